/**
 * The Bolt listeners: each Slack entry point (a mention, a DM, /fact, the Share button) becomes a
 * question on the shared path with its reply (replies.ts). Each event is answered once, whichever
 * instance its deliveries reach (state/deduplicator.ts); anything that escapes the listeners is
 * logged with its context.
 */
import type {
  AllMiddlewareArgs,
  App,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
} from "@slack/bolt";
import type { Logger } from "../shared/logger.js";
import type { Question, ReplyTarget } from "../shared/question-path.js";
import { questionFromSlackText } from "./question.js";
import type { Deduplicator } from "../shared/state/deduplicator.js";
import type { SlackReplies } from "./replies.js";
import { SHARE_ACTION_ID, type SlackMessage } from "./render.js";

export interface Listening {
  replies: SlackReplies;
  deliveries: Deduplicator;
  now: () => Date;
  log: Logger;
  /** Sends one question down the shared path (unless the adapter is stopping); resolves once it is answered, refused or apologised for. */
  ask(question: Omit<Question, "platform" | "log">, reply: ReplyTarget<SlackMessage>): Promise<void>;
}

/** The last overload of app.error(): the handler that also gets the body (extendedErrorHandler). */
type ExtendedErrorHandler = Parameters<App["error"]>[0];

export function listen(app: App, { replies, deliveries, now, log, ask }: Listening): void {
  // Bolt has acked the event already. The first delivery claims its id; a copy (a retry, the same
  // event on another instance) waits for that claim and is dropped once it is done, or takes it
  // over if the instance holding it died.
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== "string") return next();
    const claim = await deliveries.take(`slack:event:${eventId}`);
    if (!claim) {
      log.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, "slack: skipped a redelivered event");
      return;
    }
    try {
      await next(); // the event listeners wait for their reply to be delivered
    } finally {
      await claim.finish();
    }
  });

  app.event("app_mention", async ({ event, body, client }: SlackEventMiddlewareArgs<"app_mention"> & AllMiddlewareArgs) => {
    // Bots (this one included) and edits are not questions; in a DM the message listener answers.
    if (event.bot_id || event.subtype || event.edited || event.channel.startsWith("D")) return;
    const thread = event.thread_ts ?? event.ts;
    await ask(
      { text: questionFromSlackText(event.text), user: event.user, at: now(), where: { channel: event.channel, thread }, context: { eventId: body.event_id, ts: event.ts } },
      replies.conversation(client, { channel: event.channel, thread_ts: thread }, event.user),
    );
  });

  app.message(async ({ message, body, client }: SlackEventMiddlewareArgs<"message"> & AllMiddlewareArgs) => {
    // Only plain user messages in DMs: subtypes are edits, deletions, joins, bot messages …
    if (message.channel_type !== "im" || message.subtype !== undefined || message.bot_id) return;
    const thread = message.thread_ts;
    await ask(
      { text: questionFromSlackText(message.text ?? ""), user: message.user, at: now(), where: { channel: message.channel, ...(thread ? { thread } : {}) }, context: { eventId: body.event_id, ts: message.ts } },
      replies.conversation(client, { channel: message.channel, ...(thread ? { thread_ts: thread } : {}) }, message.user),
    );
  });

  app.command("/fact", async ({ command, ack, respond }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack(); // within Slack's 3 s, before any work
    const at = now();
    ask(
      { text: questionFromSlackText(command.text), user: command.user_id, at, where: { channel: command.channel_id }, context: { command: command.command, user: command.user_id } },
      replies.command(respond, at),
    );
  });

  app.action<BlockButtonAction>(SHARE_ACTION_ID, async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const channel = body.channel?.id;
    // The button carries the question and its reference date: re-answering is stateless.
    const { q, at } = parseShareValue(action.value);
    ask(
      { text: q ?? "", user: body.user.id, at: at ?? now(), where: channel ? { channel } : {}, context: { action: SHARE_ACTION_ID, user: body.user.id } },
      replies.share(client, respond, channel, q === undefined || at === undefined),
    );
  });

  // Anything that escapes the listeners (Bolt internals, authorization) is logged with its context.
  const onError: ExtendedErrorHandler = async ({ error, body }) => {
    const b = body as { type?: string; event_id?: string; event?: { type?: string } };
    log.error({ err: error, type: b?.type, eventId: b?.event_id, event: b?.event?.type }, "slack: unhandled error");
  };
  app.error(onError);
}

function parseShareValue(value: string | undefined): { q?: string; at?: Date } {
  try {
    const { q, at } = JSON.parse(value ?? "{}") as { q?: unknown; at?: unknown };
    const date = typeof at === "string" ? new Date(at) : undefined;
    return { ...(typeof q === "string" ? { q } : {}), ...(date && !Number.isNaN(date.getTime()) ? { at: date } : {}) };
  } catch {
    return {};
  }
}
