/**
 * The Discord adapter: a discord.js gateway client that sends /fact and /fact-help down the shared
 * question path (with the reply in reply.ts) and answers autocomplete from the core, each
 * interaction as interactions.ts says. Every interaction gets exactly one answer.
 */
import { Client, Events, GatewayIntentBits, Status } from "discord.js";
import type { AdapterDeps, ChatAdapter, StopReport } from "../shared/adapter.js";
import { createLogger, type Logger } from "../shared/logger.js";
import { networkFailure, unreachableMessage } from "../shared/network-error.js";
import { createQuestionPath } from "../shared/question-path.js";
import { registerSecret } from "../shared/secrets.js";
import type { AdapterHealth } from "../shared/status/health.js";
import { logClientEvents } from "./client-logs.js";
import { DEFAULT_API_BASE, type DiscordConfig } from "./config.js";
import { handleInteraction, type InteractionContext } from "./interactions.js";

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

  const client = discordClient(config);
  const interactions: InteractionContext = { deps, path, log, now, deferAfterMs };
  let accepting = true;
  client.on(Events.InteractionCreate, (interaction) => {
    if (accepting) void handleInteraction(interactions, interaction);
  });
  logClientEvents(client, log);

  let starting: Promise<void> | undefined;
  let stopping: Promise<StopReport> | undefined;

  return {
    platform: "discord",
    client,
    health: () => gatewayHealth(client),
    start() {
      starting ??= logIn(client, config, log);
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

function discordClient(config: DiscordConfig): Client {
  return new Client({
    // Interactions arrive without any privileged intent; Guilds is the minimum discord.js expects.
    intents: [GatewayIntentBits.Guilds],
    // Second line of defence: render.ts sets this on every payload too.
    allowedMentions: { parse: [] },
    ...(config.apiBase ? { rest: { api: config.apiBase } } : {}),
  });
}

function gatewayHealth(client: Client): AdapterHealth {
  // The manager's status stays "ready" while a shard reconnects: ask each shard.
  const shards = [...client.ws.shards.values()];
  const status = shards.find((shard) => shard.status !== Status.Ready)?.status ?? (shards.length ? Status.Ready : client.ws.status);
  return status === Status.Ready ? { connected: true } : { connected: false, detail: `gateway ${Status[status]?.toLowerCase() ?? status}` };
}

/** Logs in and waits for READY; an unreachable API is said as such, naming the settings to check. */
async function logIn(client: Client, config: DiscordConfig, log: Logger): Promise<void> {
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
}
