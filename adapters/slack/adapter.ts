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
import {
  App,
  HTTPReceiver,
  SocketModeReceiver,
  type AllMiddlewareArgs,
  type BlockButtonAction,
  type SlackActionMiddlewareArgs,
  type SlackCommandMiddlewareArgs,
  type SlackEventMiddlewareArgs,
  type webApi,
} from "@slack/bolt";
import type { AdapterDeps, ChatAdapter, StopReport } from "../shared/adapter.js";
import { ChannelPacer, type Pacer } from "../shared/channel-pacer.js";
import { createLogger } from "../shared/logger.js";
import { networkFailure, unreachableMessage } from "../shared/network-error.js";
import { createQuestionPath, settlesWithin, type Question, type ReplyTarget } from "../shared/question-path.js";
import { registerSecret } from "../shared/secrets.js";
import { MemorySeenStore, type SeenStore } from "../shared/seen-store.js";
import { MemoryClaims } from "../shared/state/claims.js";
import { Deduplicator } from "../shared/state/deduplicator.js";
import { boltLogger } from "./bolt-logger.js";
import type { SlackConfig } from "./config.js";
import { createSlackGate } from "./http-gate.js";
import { createSlackHttpServer, DEFAULT_HTTP_LIMITS, type SlackHttpLimits, type SlackHttpServer } from "./http-server.js";
import { questionFromSlackText } from "./question.js";
import { renderAnswer, renderApology, renderHelp, SHARE_ACTION_ID, type SlackMessage } from "./render.js";

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

/** Never let Slack turn names into mentions or expand link previews under an answer. */
const POST_DEFAULTS = { link_names: false, unfurl_links: false, unfurl_media: false } as const;

type Client = AllMiddlewareArgs["client"];
/** The last overload of app.error(): the handler that also gets the body (extendedErrorHandler). */
type ExtendedErrorHandler = Parameters<App["error"]>[0];

export function createSlackAdapter(config: SlackConfig, deps: AdapterDeps, options: SlackAdapterOptions = {}): SlackAdapter {
  const log = (deps.logger ?? createLogger()).child({ adapter: "slack" });
  const bolt = boltLogger(log.child({ component: "bolt" }));
  const now = deps.now ?? (() => new Date());
  const { factdesk } = deps;
  const path = deps.path ?? createQuestionPath({ factdesk });
  const pacer = options.pacer ?? new ChannelPacer(options.channelIntervalMs ?? 1_000, { maxQueued: options.channelQueue ?? 5 });
  const seen = options.seen ?? new MemorySeenStore();
  const deliveries = options.deliveries ?? new Deduplicator(new MemoryClaims());
  for (const secret of [config.botToken, config.mode === "socket" ? config.appToken : config.signingSecret]) registerSecret(secret);
  // Offered when an unknown answer has no suggestions of its own (asked each time: the table may be reloaded).
  const examples = () => factdesk.help().flatMap((t) => t.examples.slice(0, 1)).slice(0, 5);
  const clientOptions: webApi.WebClientOptions = {
    ...PRODUCTION_CLIENT_OPTIONS,
    ...options.clientOptions,
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
  };
  const knownIdentity = options.botUserId !== undefined && options.botId !== undefined;
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.http };

  const receiver =
    config.mode === "socket"
      ? new SocketModeReceiver({
          appToken: config.appToken,
          ...(options.socketPingTimeoutMs ? { clientPingTimeout: options.socketPingTimeoutMs } : {}),
          logger: bolt,
          logLevel: bolt.getLevel(),
          // apps.connections.open goes through this client: same API base and retry policy.
          installerOptions: { clientOptions: { ...clientOptions } },
        })
      : new HTTPReceiver({ signingSecret: config.signingSecret, bodyLimit: limits.bodyLimitBytes, logger: bolt, logLevel: bolt.getLevel() });
  const httpServer: SlackHttpServer | undefined =
    config.mode === "http" && receiver instanceof HTTPReceiver
      ? createSlackHttpServer({
          receiver,
          gate: createSlackGate({ signingSecret: config.signingSecret, bodyLimitBytes: limits.bodyLimitBytes, seen, log }),
          limits,
          log,
        })
      : undefined;

  const app = new App({
    token: config.botToken,
    receiver,
    ...(config.mode === "socket" ? { socketMode: true } : {}),
    ...(knownIdentity ? { botUserId: options.botUserId, botId: options.botId } : {}),
    // No network in the constructor: auth.test (if needed) runs in start(), where it can fail cleanly.
    deferInitialization: true,
    tokenVerificationEnabled: !knownIdentity,
    logger: bolt,
    logLevel: bolt.getLevel(), // so Bolt does not reset our logger's level
    clientOptions: { ...clientOptions },
    extendedErrorHandler: true,
  });

  const isHelp = (q: string) => q === "" || /^(help|\?)\W*$/i.test(q);
  const helpInstead = (question: string) => (isHelp(question) ? renderHelp(factdesk.help()) : undefined);
  const render = (answer: Parameters<typeof renderAnswer>[0], shareValue?: string) =>
    renderAnswer(answer, { examples: examples(), ...(shareValue !== undefined ? { shareValue } : {}) });
  /** chat.postMessage through the per-channel pacer: queued in order, or ChannelBusyError when the queue is full. */
  const post = (client: Client, args: { channel: string } & Record<string, unknown>) =>
    pacer.run(args.channel, () => client.chat.postMessage({ ...args, ...POST_DEFAULTS } as Parameters<Client["chat"]["postMessage"]>[0]));
  let accepting = true;
  /** Resolves once the question is answered, refused or apologised for. */
  const ask = <M>(question: Omit<Question, "platform" | "log">, reply: ReplyTarget<M>): Promise<void> =>
    accepting ? path.ask({ ...question, platform: "slack", log }, reply) : Promise.resolve();

  /** A mention or DM: answered in the conversation; refusals only the asker sees, once per streak. */
  const conversationReply = (client: Client, where: { channel: string; thread_ts?: string }, user: string | undefined): ReplyTarget<SlackMessage> => ({
    instead: helpInstead,
    render: (answer) => render(answer),
    send: async (message) => void (await post(client, { ...where, ...message })),
    async refuse(refusal) {
      // A flood gets one notice, not a flood back.
      if (refusal.notify && user) await client.chat.postEphemeral({ ...where, user, ...renderAnswer(refusal.answer) });
    },
    apologise: async () => void (await post(client, { ...where, ...renderApology() })),
  });

  // Each event is answered once, whichever instance its deliveries reach (Bolt has acked it already):
  // the first claims its id; a copy (a retry, the same event on another instance) waits for that
  // claim and is dropped once it is done, or takes it over if the instance holding it died.
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== "string") return next();
    const claim = await deliveries.take(`slack:event:${eventId}`);
    if (!claim) {
      log.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, "slack: skipped a redelivered event");
      return;
    }
    try {
      await next(); // the listeners wait for their reply to be delivered
    } finally {
      await claim.finish();
    }
  });

  app.event("app_mention", async ({ event, body, client }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs) => {
    // Bots (this one included) and edits are not questions; in a DM the message listener answers.
    if (event.bot_id || event.subtype || event.edited || event.channel.startsWith("D")) return;
    const where = { channel: event.channel, thread_ts: event.thread_ts ?? event.ts };
    await ask(
      { text: questionFromSlackText(event.text), user: event.user, at: now(), where: { channel: where.channel, thread: where.thread_ts }, context: { eventId: body.event_id, ts: event.ts } },
      conversationReply(client, where, event.user),
    );
  });

  app.message(async ({ message, body, client }: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs) => {
    // Only plain user messages in DMs: subtypes are edits, deletions, joins, bot messages …
    if (message.channel_type !== "im" || message.subtype !== undefined || message.bot_id) return;
    const where = { channel: message.channel, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) };
    await ask(
      { text: questionFromSlackText(message.text ?? ""), user: message.user, at: now(), where: { channel: message.channel, ...(message.thread_ts ? { thread: message.thread_ts } : {}) }, context: { eventId: body.event_id, ts: message.ts } },
      conversationReply(client, where, message.user),
    );
  });

  app.command("/fact", async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack(); // within Slack's 3 s, before any work
    const at = now();
    const ephemeral = (message: SlackMessage) => respond({ response_type: "ephemeral", ...message }).then(() => undefined);
    ask(
      { text: questionFromSlackText(command.text), user: command.user_id, at, where: { channel: command.channel_id }, context: { command: command.command, user: command.user_id } },
      {
        instead: helpInstead,
        render: (answer, question) => render(answer, answer.status === "answered" ? JSON.stringify({ q: question, at: at.toISOString() }) : undefined),
        send: ephemeral,
        refuse: (refusal) => ephemeral(renderAnswer(refusal.answer)),
        apologise: () => ephemeral(renderApology()),
      },
    );
  });

  app.action<BlockButtonAction>(SHARE_ACTION_ID, async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const channel = body.channel?.id;
    // The button carries the question and its reference date: re-answering is stateless.
    const { q, at } = JSON.parse(action.value ?? "{}") as { q?: unknown; at?: unknown };
    const malformed = typeof q !== "string" || typeof at !== "string" || !channel || Number.isNaN(new Date(at).getTime());
    const aside = (message: SlackMessage) => respond({ response_type: "ephemeral", replace_original: false, ...message }).then(() => undefined);
    ask(
      { text: malformed ? "" : q, user: body.user.id, at: malformed ? now() : new Date(at), where: channel ? { channel } : {}, context: { action: SHARE_ACTION_ID, user: body.user.id } },
      {
        // A malformed button is a failure to answer: the path logs it and apologises.
        instead: () => {
          if (malformed) throw new Error("malformed share button");
          return undefined;
        },
        render: (answer) => render(answer),
        async send(message) {
          try {
            await post(client, { channel: channel!, ...message });
          } catch (err) {
            // The bot can only post where it is a member; the response_url can post anywhere /fact ran.
            if (!isSlackError(err, ["not_in_channel", "channel_not_found"])) throw err;
            await respond({ response_type: "in_channel", ...message });
            return;
          }
          await respond({ delete_original: true });
        },
        refuse: (refusal) => aside(renderAnswer(refusal.answer)),
        apologise: () => aside(renderApology()),
      },
    );
  });

  // Anything that escapes the listeners (Bolt internals, authorization) is logged with its context.
  const onError: ExtendedErrorHandler = async ({ error, body }) => {
    const b = body as { type?: string; event_id?: string; event?: { type?: string } };
    log.error({ err: error, type: b?.type, eventId: b?.event_id, event: b?.event?.type }, "slack: unhandled error");
  };
  app.error(onError);

  let state: "new" | "started" | "stopped" = "new";
  let port: number | undefined;
  const stopTimeoutMs = options.stopTimeoutMs ?? 10_000;
  let stopped: Promise<StopReport> | undefined;

  async function stopIntake(): Promise<void> {
    accepting = false;
    if (httpServer) return httpServer.close(Math.min(1_000, stopTimeoutMs));
    // Socket Mode: wait for the WebSocket close handshake: Bolt's stop() does not, and the client
    // keeps a 30 s timer alive until the peer answers. If the peer never does, a second
    // disconnect() terminates the socket and clears that timer.
    const socket = (receiver as SocketModeReceiver).client;
    if (!(await settlesWithin(socket.disconnect(), stopTimeoutMs))) {
      log.warn("slack: Socket Mode peer did not complete the close handshake; closing the connection");
      await settlesWithin(socket.disconnect(), 1_000);
    }
  }

  return {
    platform: "slack",
    get port() {
      return port;
    },
    health() {
      if (state !== "started") return { connected: false, detail: state === "new" ? "not started" : "stopped" };
      // HTTP mode is connected while it listens; Socket Mode while its WebSocket is open.
      if (receiver instanceof SocketModeReceiver && !receiver.client.websocket?.isActive()) return { connected: false, detail: "socket reconnecting" };
      return { connected: true };
    },
    async start() {
      if (state !== "new") return;
      const unreachable = (err: unknown, token: string) => {
        const code = networkFailure(err);
        const host = new URL(config.apiUrl ?? "https://slack.com/api/").host;
        return code ? new Error(unreachableMessage(host, code, "SLACK_API_URL", token), { cause: err }) : undefined;
      };
      try {
        await app.init(); // auth.test, unless the bot identity was given
      } catch (err) {
        throw unreachable(err, "SLACK_BOT_TOKEN") ?? new Error(`Slack rejected SLACK_BOT_TOKEN at auth.test (${slackErrorCode(err)})`, { cause: err });
      }
      try {
        if (httpServer && config.mode === "http") port = await httpServer.listen(config.port);
        else await app.start(); // apps.connections.open, then the WebSocket until Slack's hello
      } catch (err) {
        if (config.mode === "socket") {
          const network = unreachable(err, "SLACK_APP_TOKEN");
          if (network) throw network;
        }
        const what = config.mode === "http" ? `listening on PORT ${config.port}` : "opening Socket Mode with SLACK_APP_TOKEN";
        throw new Error(`Slack adapter failed ${what} (${slackErrorCode(err)})`, { cause: err });
      }
      state = "started";
      log.info({ mode: config.mode, ...(port !== undefined ? { port } : {}) }, "slack: ready");
    },
    stop() {
      if (state === "new") return Promise.resolve({ undelivered: 0 });
      state = "stopped";
      stopped ??= (async () => {
        await stopIntake();
        const undelivered = await path.drain("slack", stopTimeoutMs);
        log.info({ undelivered }, "slack: stopped");
        return { undelivered };
      })();
      return stopped;
    },
  };
}

function slackErrorCode(err: unknown): string {
  const data = (err as { data?: { error?: unknown } })?.data;
  if (typeof data?.error === "string") return data.error;
  return (err as { code?: string })?.code ?? "no response";
}

function isSlackError(err: unknown, codes: string[]): boolean {
  return codes.includes(slackErrorCode(err));
}
