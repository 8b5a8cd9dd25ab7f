/**
 * What each Discord interaction gets: /fact goes down the shared question path (with the reply in
 * reply.ts), /fact-help gets the topics, autocomplete the core's suggestions, and the flag button
 * and its modal a note and a thank-you. Every interaction gets exactly one answer.
 */
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
} from "discord.js";
import type { AdapterDeps } from "../shared/adapter.js";
import { flagReply } from "../shared/flagging.js";
import type { Logger } from "../shared/logger.js";
import type { QuestionPath } from "../shared/question-path.js";
import { FACT_COMMAND, HELP_COMMAND, PRIVATE_OPTION, QUESTION_OPTION } from "./commands.js";
import { FLAG_BUTTON_PREFIX, FLAG_MODAL_PREFIX, FLAG_NOTE_INPUT, LIMITS, renderApology, renderFlagModal, renderHelp, toChoices } from "./render.js";
import { replyTo } from "./reply.js";

/** What the handlers answer with. */
export interface InteractionContext {
  deps: AdapterDeps;
  path: QuestionPath;
  log: Logger;
  now: () => Date;
  /** An interaction older than this is deferred first (DiscordAdapterOptions.deferAfterMs). */
  deferAfterMs: number;
}

export async function handleInteraction(ctx: InteractionContext, interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) return autocomplete(ctx, interaction);
  if (interaction.isButton() && interaction.customId.startsWith(FLAG_BUTTON_PREFIX)) return openFlagNote(ctx, interaction);
  if (interaction.isModalSubmit() && interaction.customId.startsWith(FLAG_MODAL_PREFIX)) return submitFlag(ctx, interaction);
  if (!interaction.isChatInputCommand()) return; // no other buttons or menus
  if (interaction.commandName === FACT_COMMAND) return answerFact(ctx, interaction);
  return answerFixed(ctx, interaction);
}

/** /fact-help, or any other command: a reply that needs no question answered. */
async function answerFixed({ deps, path, log, now }: InteractionContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const help = interaction.commandName === HELP_COMMAND;
  // A command we no longer define, still registered on Discord's side, gets the apology.
  if (!help) log.warn({ command: interaction.commandName }, "unknown command; run npm run discord:register");
  return path.ask(
    { platform: "discord", text: "", at: now(), where: whereOf(interaction), log, context: { interactionId: interaction.id, command: interaction.commandName } },
    { ...replyTo(interaction, true), instead: () => (help ? renderHelp(deps.factdesk.help(), deps.factdesk.stats) : renderApology()) },
  );
}

async function answerFact({ path, log, now, deferAfterMs }: InteractionContext, interaction: ChatInputCommandInteraction): Promise<void> {
  // createdTimestamp comes from Discord's clock; a skewed local clock only defers more or less often.
  const late = Date.now() - interaction.createdTimestamp > deferAfterMs;
  const ephemeral = interaction.options.getBoolean(PRIVATE_OPTION) === true;
  const question = {
    platform: "discord" as const,
    text: interaction.options.getString(QUESTION_OPTION, true),
    user: interaction.user.id,
    at: now(),
    where: whereOf(interaction),
    log,
    context: { interactionId: interaction.id, guildId: interaction.guildId, deferred: late },
  };
  // A deferral cannot be made private afterwards: a late interaction's refusal follows `private`.
  if (late) await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {}).catch((err: unknown) => log.error({ err, interactionId: interaction.id }, "could not defer the reply"));
  return path.ask(question, replyTo(interaction, ephemeral));
}

/** "Wrong or outdated?": the modal for an optional note. */
async function openFlagNote({ log }: InteractionContext, interaction: ButtonInteraction): Promise<void> {
  const flagId = interaction.customId.slice(FLAG_BUTTON_PREFIX.length);
  await interaction.showModal(renderFlagModal(flagId)).catch((err: unknown) => log.error({ err, interactionId: interaction.id }, "could not open the flag modal"));
}

/** The note submitted: one line in the flag log, and a thank-you only the flagger sees. */
async function submitFlag({ path, log, now }: InteractionContext, interaction: ModalSubmitInteraction): Promise<void> {
  const flagId = interaction.customId.slice(FLAG_MODAL_PREFIX.length);
  const outcome = path.flagging ? path.flagging.flag(flagId, noteOf(interaction), now()) : "failed";
  log.info({ interactionId: interaction.id, outcome }, "answer flagged");
  await interaction.reply({ content: flagReply(outcome), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } }).catch((err: unknown) => log.error({ err, interactionId: interaction.id }, "could not thank for the flag"));
}

async function autocomplete({ deps, log, now }: InteractionContext, interaction: AutocompleteInteraction): Promise<void> {
  try {
    const focused = interaction.options.getFocused(true);
    const suggestions =
      focused.name === QUESTION_OPTION
        ? deps.factdesk.complete(String(focused.value), { now: now(), limit: LIMITS.choices })
        : [];
    await interaction.respond(toChoices(suggestions));
  } catch (err) {
    // No apology channel for autocomplete: the user just sees no suggestions.
    log.error({ err, interactionId: interaction.id }, "autocomplete failed");
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
  }
}

/** The modal's note; none when the field is absent (an older modal, a client that leaves it out). */
function noteOf(interaction: ModalSubmitInteraction): string | undefined {
  try {
    return interaction.fields.getTextInputValue(FLAG_NOTE_INPUT);
  } catch {
    return undefined;
  }
}

function whereOf(interaction: ChatInputCommandInteraction): { channel?: string } {
  return interaction.channelId ? { channel: interaction.channelId } : {};
}
