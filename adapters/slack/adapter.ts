/**
 * The Slack adapter on the real Bolt App: a Slack event in → `factdesk.answer()` → Block Kit out.
 *
 * - `@factdesk question` in a channel → the answer in a thread under the question (or in its thread).
 * - A direct message → the answer in the DM (in the same thread, when asked inside one).
 * - `/fact question` → ephemeral answer with a "Share in channel" button; `/fact help` → the topics.
 * - Ignores bot messages (its own included), edits and redeliveries of an event it already took.
 */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import {
  App,
  SocketModeReceiver,
  type AllMiddlewareArgs,
  type BlockButtonAction,
  type SlackActionMiddlewareArgs,
  type SlackCommandMiddlewareArgs,
  type SlackEventMiddlewareArgs,
  type webApi,
} from "@slack/bolt";
import { ChannelPacer } from "../../src/guard/channel-pacer.js";
import type { AdapterDeps, ChatAdapter } from "../shared/adapter.js";
import { createLogger, type Logger } from "../shared/logger.js";
import { createQuestionGuard } from "../shared/question-guard.js";
import { networkFailure, unreachableMessage } from "../shared/network-error.js";
import { registerSecret } from "../shared/secrets.js";
import { boltLogger } from "./bolt-logger.js";
import type { SlackConfig } from "./config.js";
import { questionFromSlackText } from "./question.js";
import { RedeliveryFilter } from "./redelivery.js";
import { renderAnswer, renderApology, renderHelp, SHARE_ACTION_ID, type SlackMessage } from "./render.js";

export interface SlackAdapterOptions {
  logger?: Logger;
  /** The bot's identity, when known: skips the auth.test call at start (tests). */
  botUserId?: string;
  botId?: string;
  /** Merged over the production Web API client options (tests shorten the retry policy). */
  clientOptions?: webApi.WebClientOptions;
  /** Bound on stop(): the socket close handshake, then in-flight replies. */
  stopTimeoutMs?: number;
  /**
   * Minimum time between two messages posted into one channel (Slack allows about one per second
   * per channel). Messages are queued per channel, in order, never dropped. Default 1000; 0 is off.
   */
  channelIntervalMs?: number;
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
  const log = (options.logger ?? createLogger()).child({ adapter: "slack" });
  const bolt = boltLogger(log.child({ component: "bolt" }));
  const now = deps.now ?? (() => new Date());
  const { factdesk } = deps;
  const guard = deps.guard ?? createQuestionGuard({ factdesk });
  const pacer = new ChannelPacer(options.channelIntervalMs ?? 1_000);
  for (const secret of [config.botToken, config.mode === "socket" ? config.appToken : config.signingSecret]) registerSecret(secret);
  // Offered when an unknown answer has no suggestions of its own (asked each time: the table may be reloaded).
  const examples = () => factdesk.help().flatMap((t) => t.examples.slice(0, 1)).slice(0, 5);
  const clientOptions: webApi.WebClientOptions = {
    ...PRODUCTION_CLIENT_OPTIONS,
    ...options.clientOptions,
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
  };
  const knownIdentity = options.botUserId !== undefined && options.botId !== undefined;

  const socketReceiver =
    config.mode === "socket"
      ? new SocketModeReceiver({
          appToken: config.appToken,
          ...(options.socketPingTimeoutMs ? { clientPingTimeout: options.socketPingTimeoutMs } : {}),
          logger: bolt,
          logLevel: bolt.getLevel(),
          // apps.connections.open goes through this client: same API base and retry policy.
          installerOptions: { clientOptions: { ...clientOptions } },
        })
      : undefined;

  const app = new App({
    token: config.botToken,
    ...(config.mode === "http" ? { signingSecret: config.signingSecret } : { receiver: socketReceiver!, socketMode: true }),
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
  const answerMessage = (question: string, at: Date, share: boolean, requestLog: Logger): SlackMessage => {
    if (isHelp(question)) return renderHelp(factdesk.help());
    const { answer } = guard.answer(question, { platform: "slack", now: at, log: requestLog });
    const shareValue = share && answer.status === "answered" ? JSON.stringify({ q: question, at: at.toISOString() }) : undefined;
    return renderAnswer(answer, { examples: examples(), ...(shareValue !== undefined ? { shareValue } : {}) });
  };
  /** chat.postMessage through the per-channel pacer: queued in order, never dropped. */
  const post = (client: Client, args: { channel: string } & Record<string, unknown>) =>
    pacer.run(args.channel, () => client.chat.postMessage({ ...args, ...POST_DEFAULTS } as Parameters<Client["chat"]["postMessage"]>[0]));

  // In-flight replies, so stop() can let them finish.
  const inflight = new Set<Promise<unknown>>();
  const track =
    <A>(handler: (args: A) => Promise<void>) =>
    (args: A): Promise<void> => {
      const run = handler(args);
      inflight.add(run);
      return run.finally(() => inflight.delete(run));
    };

  /** Answer into a conversation; on failure log with context and post a short apology instead. */
  async function reply(
    client: Client,
    where: { channel: string; thread_ts?: string },
    text: string,
    context: Record<string, unknown>,
    user: string | undefined,
  ) {
    const requestLog = guard.requestLog(log, context);
    try {
      const refusal = guard.admit("slack", user, requestLog);
      if (refusal) {
        // Only the asker sees it, and only once per streak: a flood gets one notice, not a flood back.
        if (refusal.notify && user)
          await client.chat
            .postEphemeral({ ...where, user, ...renderAnswer(refusal.answer) })
            .catch((err: unknown) => requestLog.warn({ err, ...context }, "slack: could not tell a user about the rate limit"));
        return;
      }
      const question = questionFromSlackText(text);
      requestLog.debug({ question }, "slack: question");
      await post(client, { ...where, ...answerMessage(question, now(), false, requestLog) });
    } catch (err) {
      requestLog.error({ err, ...context }, "slack: failed to answer");
      await post(client, { ...where, ...renderApology() }).catch((err2: unknown) =>
        requestLog.error({ err: err2, ...context }, "slack: failed to post the apology"),
      );
    }
  }

  // Redelivered events (Slack's retries) are acked by Bolt and dropped here, before any listener.
  const redelivery = new RedeliveryFilter();
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && redelivery.isRedelivery(eventId, context.retryNum, context.retryReason)) {
      log.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, "slack: skipped a redelivered event");
      return;
    }
    await next();
  });

  app.event(
    "app_mention",
    track(async ({ event, body, client }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs) => {
      // Bots (this one included) and edits are not questions; in a DM the message listener answers.
      if (event.bot_id || event.subtype || event.edited || event.channel.startsWith("D")) return;
      const where = { channel: event.channel, thread_ts: event.thread_ts ?? event.ts };
      await reply(client, where, event.text, { eventId: body.event_id, channel: event.channel, ts: event.ts }, event.user);
    }),
  );

  app.message(
    track(async ({ message, body, client }: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs) => {
      // Only plain user messages in DMs: subtypes are edits, deletions, joins, bot messages …
      if (message.channel_type !== "im" || message.subtype !== undefined || message.bot_id) return;
      const where = { channel: message.channel, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) };
      await reply(client, where, message.text ?? "", { eventId: body.event_id, channel: message.channel, ts: message.ts }, message.user);
    }),
  );

  app.command(
    "/fact",
    track(async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
      await ack(); // within Slack's 3 s, before any work
      const context = { command: command.command, channel: command.channel_id, user: command.user_id };
      const requestLog = guard.requestLog(log, context);
      try {
        const refusal = guard.admit("slack", command.user_id, requestLog);
        if (refusal) {
          await respond({ response_type: "ephemeral", ...renderAnswer(refusal.answer) });
          return;
        }
        const question = questionFromSlackText(command.text);
        await respond({ response_type: "ephemeral", ...answerMessage(question, now(), true, requestLog) });
      } catch (err) {
        requestLog.error({ err, ...context }, "slack: failed to answer /fact");
        await respond({ response_type: "ephemeral", ...renderApology() }).catch((err2: unknown) =>
          log.error({ err: err2, ...context }, "slack: failed to post the apology"),
        );
      }
    }),
  );

  app.action<BlockButtonAction>(
    SHARE_ACTION_ID,
    track(async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
      await ack();
      const channel = body.channel?.id;
      const context = { action: SHARE_ACTION_ID, channel, user: body.user.id };
      const requestLog = guard.requestLog(log, context);
      try {
        const refusal = guard.admit("slack", body.user.id, requestLog);
        if (refusal) {
          await respond({ response_type: "ephemeral", replace_original: false, ...renderAnswer(refusal.answer) });
          return;
        }
        // The button carries the question and its reference date: re-answering is stateless.
        const { q, at } = JSON.parse(action.value ?? "{}") as { q?: unknown; at?: unknown };
        if (typeof q !== "string" || typeof at !== "string" || !channel) throw new Error("malformed share button");
        const message = answerMessage(q, new Date(at), false, requestLog);
        try {
          await post(client, { channel, ...message });
        } catch (err) {
          // The bot can only post where it is a member; the response_url can post anywhere /fact ran.
          if (!isSlackError(err, ["not_in_channel", "channel_not_found"])) throw err;
          await respond({ response_type: "in_channel", ...message });
          return;
        }
        await respond({ delete_original: true });
      } catch (err) {
        requestLog.error({ err, ...context }, "slack: failed to share an answer");
        await respond({ response_type: "ephemeral", replace_original: false, ...renderApology() }).catch((err2: unknown) =>
          log.error({ err: err2, ...context }, "slack: failed to post the apology"),
        );
      }
    }),
  );

  // Anything that escapes the listeners (Bolt internals, authorization) is logged with its context.
  const onError: ExtendedErrorHandler = async ({ error, body }) => {
    const b = body as { type?: string; event_id?: string; event?: { type?: string } };
    log.error({ err: error, type: b?.type, eventId: b?.event_id, event: b?.event?.type }, "slack: unhandled error");
  };
  app.error(onError);

  let state: "new" | "started" | "stopped" = "new";
  let port: number | undefined;
  const stopTimeoutMs = options.stopTimeoutMs ?? 10_000;

  return {
    platform: "slack",
    get port() {
      return port;
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
        if (config.mode === "http") {
          const server: Server = await app.start(config.port);
          port = (server.address() as AddressInfo).port;
        } else await app.start(); // apps.connections.open, then the WebSocket until Slack's hello
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
    async stop() {
      if (state !== "started") return;
      state = "stopped";
      // Stop taking new events first. In Socket Mode wait for the WebSocket close handshake: Bolt's
      // stop() does not, and the client keeps a 30 s timer alive until the peer answers. If the
      // peer never does, a second disconnect() terminates the socket and clears that timer.
      if (socketReceiver) {
        if (!(await settlesWithin(socketReceiver.client.disconnect(), stopTimeoutMs))) {
          log.warn("slack: Socket Mode peer did not complete the close handshake; closing the connection");
          await settlesWithin(socketReceiver.client.disconnect(), 1_000);
        }
      } else await app.stop();
      await settlesWithin(Promise.allSettled([...inflight]), stopTimeoutMs);
      log.info("slack: stopped");
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

/** Waits for `promise` at most `ms`; true when it settled in time. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = promise.then(
    () => true,
    () => true,
  );
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const result = await Promise.race([settled, timedOut]);
  clearTimeout(timer);
  return result;
}
