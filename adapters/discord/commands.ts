/**
 * The slash commands, as the JSON Discord stores. Plain data so `register` can diff it against
 * what is deployed and the adapter can share the names.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";

export const FACT_COMMAND = "fact";
export const HELP_COMMAND = "fact-help";
export const QUESTION_OPTION = "question";
export const PRIVATE_OPTION = "private";

/** Longest question accepted; far above any real one, far below what would slow the core. */
export const MAX_QUESTION_LENGTH = 500;

// Spelled out (rather than left to Discord's defaults) so the deployed copy compares equal.
const everywhere = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

export const commands: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    type: ApplicationCommandType.ChatInput,
    name: FACT_COMMAND,
    description: "Ask factdesk a factual question; answers cite their sources",
    ...everywhere,
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: QUESTION_OPTION,
        description: "Your question, e.g. Who chaired the OSCE in 2010?",
        required: true,
        autocomplete: true,
        max_length: MAX_QUESTION_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.Boolean,
        name: PRIVATE_OPTION,
        description: "Only you see the answer",
        required: false,
      },
    ],
  },
  {
    type: ApplicationCommandType.ChatInput,
    name: HELP_COMMAND,
    description: "What factdesk knows, with example questions",
    ...everywhere,
  },
];
