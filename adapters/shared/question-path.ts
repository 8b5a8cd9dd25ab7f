/**
 * The one path every chat adapter sends a question down:
 *
 *   rate limit → bound → answer → render → send → apologise on failure
 *
 * An adapter turns a platform event into a `Question` and a `ReplyTarget` (how to render, send,
 * refuse and apologise on its platform) and calls `path.ask()`; everything else happens here, once:
 * the per-user limit, a request id on every log line, the bound on one question's work and the
 * core's answer with its faults reported (answer-step.ts), the unanswered-question log, a polite "busy" when a channel's queue is full, and the bookkeeping that
 * lets shutdown deliver every accepted question or say which were not delivered.
 */
import { randomUUID } from "node:crypto";
import type { Answer, Factdesk } from "../../src/index.js";
import { createAnswerStep } from "./answer-step.js";
import type { Platform } from "./adapter.js";
import { boundQuestion } from "./bound-question.js";
import { ChannelBusyError } from "./channel-pacer.js";
import type { GapsLog } from "./gaps-log.js";
import type { Flagging } from "./flagging.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./status/metrics.js";
import { busyAnswer, rateLimitedAnswer } from "./polite-answers.js";
import { TokenBuckets, type RateLimit, type RateLimiter } from "./token-bucket.js";

/** Where a reply goes: logged when it fails or is still undelivered at shutdown. */
export interface Where {
  channel?: string;
  thread?: string;
}

export interface Question {
  platform: Platform;
  text: string;
  /** Who asked, for the per-user limit; never written to the gaps log. */
  user?: string;
  /** The reference date for relative questions. */
  at: Date;
  where: Where;
  /** The adapter's logger; the path adds a request id and `context`. */
  log: Logger;
  context?: Record<string, unknown>;
}

export interface Refusal {
  reason: "rate_limited" | "busy";
  /** The polite reply, as an Answer every renderer already knows how to show. */
  answer: Answer;
  retryAfterMs: number;
  /** First refusal since the user was last allowed: worth telling them; later ones may go unanswered where silence is allowed. */
  notify: boolean;
}

/** How one platform replies to one question. */
export interface ReplyTarget<M> {
  /** A reply that is not an answer (help), or undefined to ask the core. */
  instead?(question: string): M | undefined;
  /** `flagId`: the answer can be flagged "Wrong or outdated?" with this id (flagging is on). */
  render(answer: Answer, question: string, flagId?: string): M;
  send(message: M): Promise<void>;
  /** Tell the asker they were refused, where the platform wants them told (see Refusal.notify). */
  refuse(refusal: Refusal): Promise<void>;
  apologise(): Promise<void>;
}

export interface QuestionPath {
  /** Resolves once the question is answered, refused or apologised for; never rejects. */
  ask<M>(question: Question, reply: ReplyTarget<M>): Promise<void>;
  /**
   * Waits up to `ms` for every accepted question of `platform` to be delivered (questions that
   * arrive meanwhile included); each one still undelivered then is logged at error level with its
   * platform, channel and thread. Returns how many were not delivered.
   */
  drain(platform: Platform, ms: number): Promise<number>;
  /** "Wrong or outdated?" flags, when FACTDESK_FLAGS_LOG is set. */
  readonly flagging?: Flagging;
  /** Flushes the gaps and flag logs. */
  close(): Promise<void>;
}

export interface QuestionPathOptions {
  factdesk: Factdesk;
  /** A RateLimiter, or the in-memory token buckets' settings; none: no limit. */
  limiter?: RateLimiter | RateLimit;
  gaps?: GapsLog;
  flagging?: Flagging;
  /** Counts questions, latency, refusals and failed replies for /metrics. */
  metrics?: Metrics;
}

interface InFlight {
  platform: Platform;
  where: Where;
  log: Logger;
  done: Promise<void>;
}

export function createQuestionPath(options: QuestionPathOptions): QuestionPath {
  const { metrics } = options;
  const answer = createAnswerStep(options.factdesk, options.gaps, metrics);
  const limiter = toLimiter(options.limiter);
  const inflight = new Set<InFlight>();

  async function admit(q: Question, log: Logger): Promise<Refusal | undefined> {
    if (!limiter || !q.user) return undefined;
    const take = await limiter.take(`${q.platform}:${q.user}`);
    if (take.ok) return undefined;
    log.warn({ retryAfterMs: take.retryAfterMs, notify: take.firstRefusal }, "question refused: per-user rate limit");
    metrics?.rateLimited(q.platform);
    return { reason: "rate_limited", answer: rateLimitedAnswer(take.retryAfterMs), retryAfterMs: take.retryAfterMs, notify: take.firstRefusal };
  }

  async function send<M>(reply: ReplyTarget<M>, message: M, log: Logger): Promise<void> {
    try {
      await reply.send(message);
    } catch (err) {
      if (!(err instanceof ChannelBusyError)) throw err;
      log.warn({ queued: err.queued }, "channel queue full: asked the user to try again in a minute");
      await reply.refuse({ reason: "busy", answer: busyAnswer(), retryAfterMs: 60_000, notify: true });
    }
  }

  /** The core's answer for the platform, with a flag id when it can be flagged (not small talk). */
  function render<M>(reply: ReplyTarget<M>, answered: Answer, platform: Platform, question: string): M {
    const flagId = options.flagging && !answered.smallTalk ? options.flagging.remember({ platform, question, answer: answered }) : undefined;
    return reply.render(answered, question, flagId);
  }

  async function run<M>(q: Question, reply: ReplyTarget<M>, log: Logger): Promise<void> {
    try {
      const refusal = await admit(q, log);
      if (refusal) return await reply.refuse(refusal);
      const question = boundQuestion(q.text);
      log.debug({ question }, "question");
      const message = reply.instead?.(question) ?? render(reply, answer(question, { platform: q.platform, at: q.at, log }), q.platform, question);
      await send(reply, message, log);
    } catch (err) {
      log.error({ err, ...q.where }, "failed to answer; apologising");
      metrics?.replyFailed(q.platform);
      await reply.apologise().catch((err2: unknown) => log.error({ err: err2, ...q.where }, "could not send the apology either"));
    }
  }

  return {
    ask(q, reply) {
      const log = q.log.child({ requestId: randomUUID(), platform: q.platform, ...q.context });
      const entry: InFlight = { platform: q.platform, where: q.where, log, done: Promise.resolve() };
      entry.done = run(q, reply, log).finally(() => inflight.delete(entry));
      inflight.add(entry);
      return entry.done;
    },
    async drain(platform, ms) {
      const deadline = Date.now() + ms;
      const mine = () => [...inflight].filter((e) => e.platform === platform);
      while (mine().length > 0 && Date.now() < deadline) await settlesWithin(Promise.allSettled(mine().map((e) => e.done)), deadline - Date.now());
      const left = mine();
      for (const e of left)
        e.log.error({ platform, channel: e.where.channel, thread: e.where.thread, boundMs: ms }, "shutdown: an acknowledged question was not delivered in time");
      return left.length;
    },
    ...(options.flagging ? { flagging: options.flagging } : {}),
    close: async () => {
      await Promise.all([options.gaps?.close(), options.flagging?.close()]);
    },
  };
}

function toLimiter(limiter: RateLimiter | RateLimit | undefined): RateLimiter | undefined {
  if (!limiter) return undefined;
  if ("take" in limiter) return limiter;
  return limiter.perMinute > 0 ? new TokenBuckets(limiter) : undefined;
}

/** Waits for `promise` at most `ms`; true when it settled in time. */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = promise.then(
    () => true,
    () => true,
  );
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, ms))));
  const result = await Promise.race([settled, timedOut]);
  clearTimeout(timer);
  return result;
}
