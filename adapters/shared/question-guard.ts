/**
 * The one path every chat adapter sends a question through: the per-user rate limit, a request
 * id and a child logger per question, a bound on the work one message can cost (boundQuestion),
 * the core's answer, and the unanswered-question log.
 *
 *   const refusal = guard.admit("slack", userId);          // undefined: go ahead
 *   const { answer, log } = guard.answer(question, { platform: "slack", now, log: requestLog });
 *
 * Adapters get it in AdapterDeps.guard; without one they build the default (no limit, no log), so
 * tests and production run the same code.
 */
import { randomUUID } from "node:crypto";
import type { Answer, Factdesk } from "../../src/index.js";
import { boundQuestion } from "./bound-question.js";
import type { GapsLog } from "./gaps-log.js";
import { TokenBuckets, type RateLimit } from "./token-bucket.js";
import type { Platform } from "./adapter.js";
import type { Logger } from "./logger.js";

export interface Refusal {
  /** The polite reply, as an Answer every renderer already knows how to show. */
  answer: Answer;
  retryAfterMs: number;
  /** First refusal since the user was last allowed: worth telling them; later ones may go unanswered where silence is allowed. */
  notify: boolean;
}

export interface Answered {
  answer: Answer;
  requestId: string;
  /** The request's logger (carries requestId). */
  log: Logger;
}

export interface QuestionGuard {
  /** Takes a token from the user's bucket: undefined when they may ask, else the polite refusal. */
  admit(platform: Platform, user: string | undefined, log?: Logger): Refusal | undefined;
  /** A child logger with a fresh request id (and any context), for one question's lines. */
  requestLog(log: Logger, context?: Record<string, unknown>): Logger;
  /** Answers through the core; an `unknown` answer is appended to the gaps log, if one is on. */
  answer(question: string, options: { platform: Platform; now: Date; log: Logger }): Answered;
  /** Flushes the gaps log. */
  close(): Promise<void>;
}

export interface QuestionGuardOptions {
  factdesk: Factdesk;
  rate?: RateLimit;
  gaps?: GapsLog;
}

export function createQuestionGuard(options: QuestionGuardOptions): QuestionGuard {
  const { factdesk, gaps } = options;
  const buckets = options.rate && options.rate.perMinute > 0 ? new TokenBuckets(options.rate) : undefined;
  const requestIds = new WeakMap<Logger, string>();

  return {
    admit(platform, user, log) {
      if (!buckets || !user) return undefined;
      const take = buckets.take(`${platform}:${user}`);
      if (take.ok) return undefined;
      log?.warn({ platform, retryAfterMs: take.retryAfterMs, notify: take.firstRefusal }, "question refused: per-user rate limit");
      return { answer: rateLimitedAnswer(take.retryAfterMs), retryAfterMs: take.retryAfterMs, notify: take.firstRefusal };
    },
    requestLog(log, context = {}) {
      const requestId = randomUUID();
      const child = log.child({ requestId, ...context });
      requestIds.set(child, requestId);
      return child;
    },
    answer(question, { platform, now, log }) {
      let requestId = requestIds.get(log);
      if (!requestId) {
        requestId = randomUUID();
        log = log.child({ requestId });
      }
      const started = performance.now();
      question = boundQuestion(question);
      const answer = factdesk.answer(question, { now });
      const ms = Math.round((performance.now() - started) * 10) / 10;
      // The question itself is not logged at info: it is the user's text.
      log.info({ platform, status: answer.status, relation: answer.intent?.relation, ms }, "question answered");
      if (answer.status === "unknown" && gaps) gaps.record(question, platform);
      return { answer, requestId, log };
    },
    close: async () => {
      await gaps?.close();
    },
  };
}

/** "Please wait": status unknown, no facts, no suggestions (nothing to click that would ask again). */
export function rateLimitedAnswer(retryAfterMs: number): Answer {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const wait = seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
  return {
    status: "unknown",
    text: `You are asking faster than I can answer. Please wait about ${wait} and ask again.`,
    intent: null,
    facts: [],
    sources: [],
    suggestions: [],
  };
}
