/**
 * The Discord adapter: a discord.js gateway client that sends /fact and /fact-help down the shared
 * question path (with the reply in reply.ts) and answers autocomplete from the core. Every
 * interaction gets exactly one answer.
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Status,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
} from "discord.js";
import { flagReply } from "../shared/flagging.js";
import type { AdapterDeps, ChatAdapter, StopReport } from "../shared/adapter.js";
import { createLogger } from "../shared/logger.js";
import { networkFailure, unreachableMessage } from "../shared/network-error.js";
import { createQuestionPath } from "../shared/question-path.js";
import { registerSecret } from "../shared/secrets.js";
import { FACT_COMMAND, HELP_COMMAND, PRIVATE_OPTION, QUESTION_OPTION } from "./commands.js";
import { logClientEvents } from "./client-logs.js";
import { DEFAULT_API_BASE, type DiscordConfig } from "./config.js";
import { FLAG_BUTTON_PREFIX, FLAG_MODAL_PREFIX, FLAG_NOTE_INPUT, LIMITS, renderApology, renderFlagModal, renderHelp, toChoices } from "./render.js";
import { replyTo } from "./reply.js";

export interface DiscordAdapter extends ChatAdapter {
  readonly platform: "discord";
  readonly client: Client;
}

export interface DiscordAdapterOptions {
  /**
   * Discord drops a reply sent more than 3 s after the interaction was created. An interaction
   * already older than this when we get to it (a busy process, events replayed after a resume) is
   * acknowledged with deferReply first, which leaves 15 minutes for the answer.
   */
  deferAfterMs?: number;
  /** How long stop() waits for replies in flight before closing the connection. */
  stopGraceMs?: number;
}

export function createDiscordAdapter(config: DiscordConfig, deps: AdapterDeps, options: DiscordAdapterOptions = {}): DiscordAdapter {
  const log = (deps.logger ?? createLogger({ name: "factdesk" })).child({ adapter: "discord" });
  const now = deps.now ?? (() => new Date());
  const path = deps.path ?? createQuestionPath({ factdesk: deps.factdesk });
  registerSecret(config.token);
  const deferAfterMs = options.deferAfterMs ?? 2_000;
  const stopGraceMs = options.stopGraceMs ?? 5_000;

  const client = new Client({
    // Interactions arrive without any privileged intent; Guilds is the minimum discord.js expects.
    intents: [GatewayIntentBits.Guilds],
    // Second line of defence: render.ts sets this on every payload too.
    allowedMentions: { parse: [] },
    ...(config.apiBase ? { rest: { api: config.apiBase } } : {}),
  });

  let accepting = true;
  client.on(Events.InteractionCreate, (interaction) => {
    if (accepting) void handle(interaction);
  });
  logClientEvents(client, log);

  async function handle(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return autocomplete(interaction);
    if (interaction.isButton() && interaction.customId.startsWith(FLAG_BUTTON_PREFIX)) return openFlagNote(interaction);
    if (interaction.isModalSubmit() && interaction.customId.startsWith(FLAG_MODAL_PREFIX)) return submitFlag(interaction);
    if (!interaction.isChatInputCommand()) return; // no other buttons or menus
    if (interaction.commandName === FACT_COMMAND) return answerFact(interaction);
    const help = interaction.commandName === HELP_COMMAND;
    // A command we no longer define, still registered on Discord's side, gets the apology.
    if (!help) log.warn({ command: interaction.commandName }, "unknown command; run npm run discord:register");
    return path.ask(
      { platform: "discord", text: "", at: now(), where: whereOf(interaction), log, context: { interactionId: interaction.id, command: interaction.commandName } },
      { ...replyTo(interaction, true), instead: () => (help ? renderHelp(deps.factdesk.help(), deps.factdesk.stats) : renderApology()) },
    );
  }

  async function answerFact(interaction: ChatInputCommandInteraction): Promise<void> {
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
  async function openFlagNote(interaction: ButtonInteraction): Promise<void> {
    const flagId = interaction.customId.slice(FLAG_BUTTON_PREFIX.length);
    await interaction.showModal(renderFlagModal(flagId)).catch((err: unknown) => log.error({ err, interactionId: interaction.id }, "could not open the flag modal"));
  }

  /** The note submitted: one line in the flag log, and a thank-you only the flagger sees. */
  async function submitFlag(interaction: ModalSubmitInteraction): Promise<void> {
    const flagId = interaction.customId.slice(FLAG_MODAL_PREFIX.length);
    const outcome = path.flagging ? path.flagging.flag(flagId, noteOf(interaction), now()) : "failed";
    log.info({ interactionId: interaction.id, outcome }, "answer flagged");
    await interaction.reply({ content: flagReply(outcome), flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } }).catch((err: unknown) => log.error({ err, interactionId: interaction.id }, "could not thank for the flag"));
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
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

  let starting: Promise<void> | undefined;
  let stopping: Promise<StopReport> | undefined;

  return {
    platform: "discord",
    client,
    health() {
      // The manager's status stays "ready" while a shard reconnects: ask each shard.
      const shards = [...client.ws.shards.values()];
      const status = shards.find((shard) => shard.status !== Status.Ready)?.status ?? (shards.length ? Status.Ready : client.ws.status);
      return status === Status.Ready ? { connected: true } : { connected: false, detail: `gateway ${Status[status]?.toLowerCase() ?? status}` };
    },
    start() {
      starting ??= (async () => {
        // Listen before login(): READY may be processed before login() resolves.
        const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
        try {
          await client.login(config.token);
          await ready;
        } catch (err) {
          await client.destroy();
          const code = networkFailure(err);
          if (!code) throw err;
          throw new Error(unreachableMessage(new URL(config.apiBase ?? DEFAULT_API_BASE).host, code, "DISCORD_API_BASE", "DISCORD_TOKEN"), { cause: err });
        }
        log.info({ user: client.user?.tag, shards: [...client.ws.shards.keys()] }, "discord adapter ready");
      })();
      return starting;
    },
    stop() {
      stopping ??= (async () => {
        accepting = false;
        const undelivered = await path.drain("discord", stopGraceMs);
        await client.destroy();
        client.removeAllListeners();
        log.info({ undelivered }, "discord adapter stopped");
        return { undelivered };
      })();
      return stopping;
    },
  };
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
