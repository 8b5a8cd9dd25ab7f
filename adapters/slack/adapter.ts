/**
 * The Slack adapter on the real Bolt App: a Slack event in → the shared question path → Block Kit out.
 *
 * - `@factdesk question` in a channel → the answer in a thread under the question (or in its thread).
 * - A direct message → the answer in the DM (in the same thread, when asked inside one).
 * - `/fact question` → ephemeral answer with a "Share in channel" button; `/fact help` → the topics.
 * - Ignores bot messages (its own included), edits and redeliveries of an event it already took.
 * - HTTP mode: a gate in front of Bolt (http-gate.ts, http-server.ts) refuses unsigned, stale,
 *   future-dated, oversized and replayed requests before they cost anything.
 */
import { App, type Logger as BoltLogger, type webApi } from "@slack/bolt";
import type { AdapterDeps, ChatAdapter, StopReport } from "../shared/adapter.js";
import { ChannelPacer, type Pacer } from "../shared/channel-pacer.js";
import { createLogger, type Logger } from "../shared/logger.js";
import { createQuestionPath, settlesWithin } from "../shared/question-path.js";
import { registerSecret } from "../shared/secrets.js";
import { networkFailure, unreachableMessage } from "../shared/network-error.js";
import { MemorySeenStore, type SeenStore } from "../shared/seen-store.js";
import type { AdapterHealth } from "../shared/status/health.js";
import { MemoryClaims } from "../shared/state/claims.js";
import { Deduplicator } from "../shared/state/deduplicator.js";
import { boltLogger } from "./bolt-logger.js";
import type { SlackConfig } from "./config.js";
import { DEFAULT_HTTP_LIMITS, type SlackHttpLimits } from "./http-server.js";
import { listen } from "./listeners.js";
import { listenForFlags } from "./flag-listeners.js";
import { createSlackReceiver, type SlackReceiver } from "./receiver.js";
import { createSlackReplies, slackErrorCode } from "./replies.js";

export interface SlackAdapterOptions {
  /** The bot's identity, when known: skips the auth.test call at start (tests). */
  botUserId?: string;
  botId?: string;
  /** Merged over the production Web API client options (tests shorten the retry policy). */
  clientOptions?: webApi.WebClientOptions;
  /** Bound on stop(): the socket close handshake, then in-flight replies. */
  stopTimeoutMs?: number;
  /**
   * Minimum time between two messages posted into one channel (Slack allows about one per second
   * per channel). Messages are queued per channel, in order, up to `channelQueue` waiting; a
   * question beyond that is told politely to try again in a minute. Default 1000; 0 is off.
   */
  channelIntervalMs?: number;
  /** Messages that may wait in one channel's queue (default 5). */
  channelQueue?: number;
  /** Pacing state (in memory by default; a shared store for several instances). */
  pacer?: Pacer;
  /** De-duplication state for replayed requests (in memory by default; shared/state for several instances). */
  seen?: SeenStore;
  /** Claims on event ids, so each event is answered once across retries and instances (in memory by default). */
  deliveries?: Deduplicator;
  /** HTTP mode: body limit, timeouts, connection cap. */
  http?: Partial<SlackHttpLimits>;
  /**
   * Socket Mode: how long the client waits for a pong, and the step of its reconnect back-off after
   * a dropped connection (the library's default, 5 s, in production; tests shorten it).
   */
  socketPingTimeoutMs?: number;
}

export interface SlackAdapter extends ChatAdapter {
  readonly platform: "slack";
  /** HTTP mode: the port listened on (config port 0 picks a free one); set by start(). */
  readonly port: number | undefined;
}

/**
 * Production policy: a few quick retries (honouring Retry-After on 429), then give up and log —
 * an answer that arrives half an hour late is worse than an apology. The library's default is
 * 10 retries over ~30 minutes.
 */
export const PRODUCTION_CLIENT_OPTIONS: webApi.WebClientOptions = {
  retryConfig: { retries: 3, factor: 2, minTimeout: 1_000, maxTimeout: 10_000, randomize: true },
  timeout: 15_000,
};

export function createSlackAdapter(config: SlackConfig, deps: AdapterDeps, options: SlackAdapterOptions = {}): SlackAdapter {
  const log = (deps.logger ?? createLogger()).child({ adapter: "slack" });
  const bolt = boltLogger(log.child({ component: "bolt" }));
  const path = deps.path ?? createQuestionPath({ factdesk: deps.factdesk });
  const seen = options.seen ?? new MemorySeenStore();
  for (const secret of [config.botToken, config.mode === "socket" ? config.appToken : config.signingSecret]) registerSecret(secret);
  const clientOptions: webApi.WebClientOptions = { ...PRODUCTION_CLIENT_OPTIONS, ...options.clientOptions, ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}) };
  const intake = slackIntake(config, options, { bolt, log, clientOptions, seen });
  const app = boltApp(config, options, intake, bolt, clientOptions);
  const pacer = options.pacer ?? new ChannelPacer(options.channelIntervalMs ?? 1_000, { maxQueued: options.channelQueue ?? 5 });
  let accepting = true;
  listen(app, {
    replies: createSlackReplies(deps.factdesk, pacer),
    deliveries: options.deliveries ?? new Deduplicator(new MemoryClaims()),
    now: deps.now ?? (() => new Date()),
    log,
    ask: (question, reply) => (accepting ? path.ask({ ...question, platform: "slack", log }, reply) : Promise.resolve()),
  });
  if (path.flagging) listenForFlags(app, path.flagging, { now: deps.now ?? (() => new Date()), log });

  let state: "new" | "started" | "stopped" = "new";
  let port: number | undefined;
  const stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
  let stopped: Promise<StopReport> | undefined;

  return {
    platform: "slack",
    get port() {
      return port;
    },
    health: () => slackHealth(state, intake),
    async start() {
      if (state !== "new") return;
      port = await connect(app, intake, config);
      state = "started";
      log.info({ mode: config.mode, ...(port !== undefined ? { port } : {}) }, "slack: ready");
    },
    stop() {
      if (state === "new") return Promise.resolve({ undelivered: 0 });
      state = "stopped";
      stopped ??= (async () => {
        accepting = false;
        await closeIntake(intake, stopTimeoutMs, log);
        const undelivered = await path.drain("slack", stopTimeoutMs);
        log.info({ undelivered }, "slack: stopped");
        return { undelivered };
      })();
      return stopped;
    },
  };
}

/** Where Slack's requests come in (receiver.ts), with the HTTP limits and Socket Mode ping set by the options. */
function slackIntake(config: SlackConfig, options: SlackAdapterOptions, parts: { bolt: BoltLogger; log: Logger; clientOptions: webApi.WebClientOptions; seen: SeenStore }): SlackReceiver {
  return createSlackReceiver(config, {
    ...parts,
    limits: { ...DEFAULT_HTTP_LIMITS, ...options.http },
    ...(options.socketPingTimeoutMs ? { socketPingTimeoutMs: options.socketPingTimeoutMs } : {}),
  });
}

function boltApp(config: SlackConfig, options: SlackAdapterOptions, intake: SlackReceiver, bolt: BoltLogger, clientOptions: webApi.WebClientOptions): App {
  const knownIdentity = options.botUserId !== undefined && options.botId !== undefined;
  return new App({
    token: config.botToken,
    receiver: intake.receiver,
    ...(intake.mode === "socket" ? { socketMode: true } : {}),
    ...(knownIdentity ? { botUserId: options.botUserId, botId: options.botId } : {}),
    // No network in the constructor: auth.test (if needed) runs in start(), where it can fail cleanly.
    deferInitialization: true,
    tokenVerificationEnabled: !knownIdentity,
    logger: bolt,
    logLevel: bolt.getLevel(), // so Bolt does not reset our logger's level
    clientOptions: { ...clientOptions },
    extendedErrorHandler: true,
  });
}

function slackHealth(state: "new" | "started" | "stopped", intake: SlackReceiver): AdapterHealth {
  if (state !== "started") return { connected: false, detail: state === "new" ? "not started" : "stopped" };
  // HTTP mode is connected while it listens; Socket Mode while its WebSocket is open.
  if (intake.mode === "socket" && !intake.receiver.client.websocket?.isActive()) return { connected: false, detail: "socket reconnecting" };
  return { connected: true };
}

/** auth.test, then listening (HTTP mode: the port listened on) or Socket Mode's WebSocket; each failure says which setting to check. */
async function connect(app: App, intake: SlackReceiver, config: SlackConfig): Promise<number | undefined> {
  try {
    await app.init(); // auth.test, unless the bot identity was given
  } catch (err) {
    throw unreachable(config, err, "SLACK_BOT_TOKEN") ?? new Error(`Slack rejected SLACK_BOT_TOKEN at auth.test (${slackErrorCode(err)})`, { cause: err });
  }
  try {
    if (intake.mode === "http" && config.mode === "http") return await intake.server.listen(config.port);
    await app.start(); // apps.connections.open, then the WebSocket until Slack's hello
    return undefined;
  } catch (err) {
    const network = config.mode === "socket" ? unreachable(config, err, "SLACK_APP_TOKEN") : undefined;
    if (network) throw network;
    const what = config.mode === "http" ? `listening on PORT ${config.port}` : "opening Socket Mode with SLACK_APP_TOKEN";
    throw new Error(`Slack adapter failed ${what} (${slackErrorCode(err)})`, { cause: err });
  }
}

/** The error for a Slack API that could not be reached (naming the token it was tried with); undefined for any other failure. */
function unreachable(config: SlackConfig, err: unknown, token: string): Error | undefined {
  const code = networkFailure(err);
  const host = new URL(config.apiUrl ?? "https://slack.com/api/").host;
  return code ? new Error(unreachableMessage(host, code, "SLACK_API_URL", token), { cause: err }) : undefined;
}

/** No more requests in: HTTP mode's server closed, or Socket Mode's WebSocket (bounded by stopTimeoutMs). */
async function closeIntake(intake: SlackReceiver, stopTimeoutMs: number, log: Logger): Promise<void> {
  if (intake.mode === "http") return intake.server.close(Math.min(1_000, stopTimeoutMs));
  // Socket Mode: wait for the WebSocket close handshake: Bolt's stop() does not, and the client
  // keeps a 30 s timer alive until the peer answers. If the peer never does, a second
  // disconnect() terminates the socket and clears that timer.
  const socket = intake.receiver.client;
  if (!(await settlesWithin(socket.disconnect(), stopTimeoutMs))) {
    log.warn("slack: Socket Mode peer did not complete the close handshake; closing the connection");
    await settlesWithin(socket.disconnect(), 1_000);
  }
}
