/**
 * The middle of the question path (question-path.ts), synchronous: bound the question's work, ask
 * the core, report. A fault inside the core (reported through AnswerOptions.onError; the answer is
 * then a plain "something went wrong") is logged at error level with the request's logger and is
 * never written to the unanswered-question log: it says nothing about what the table lacks.
 */
import type { Answer, Factdesk } from "../../src/index.js";
import type { Platform } from "./adapter.js";
import { boundQuestion } from "./bound-question.js";
import type { GapsLog } from "./gaps-log.js";
import type { Logger } from "./logger.js";
import type { Metrics } from "./status/metrics.js";

export interface AnswerContext {
  platform: Platform;
  at: Date;
  /** The request's logger (it carries the request id). */
  log: Logger;
}

export type AnswerStep = (question: string, context: AnswerContext) => Answer;

export function createAnswerStep(factdesk: Factdesk, gaps?: GapsLog, metrics?: Metrics): AnswerStep {
  return (text, { platform, at, log }) => {
    const question = boundQuestion(text);
    const started = performance.now();
    let fault: unknown;
    const answer = factdesk.answer(question, { now: at, onError: (err) => (fault = err) });
    const elapsed = performance.now() - started;
    const ms = Math.round(elapsed * 10) / 10;
    metrics?.answered(platform, fault === undefined ? answer.status : "error", elapsed / 1000);
    if (fault !== undefined) {
      log.error({ err: fault, platform, ms }, "the core failed while answering; told the asker something went wrong");
      return answer;
    }
    // The question itself is not logged at info: it is the user's text.
    log.info({ platform, status: answer.status, relation: answer.intent?.relation, ms }, "question answered");
    // A greeting or thanks is not something the table lacks.
    if (answer.status === "unknown" && !answer.smallTalk) gaps?.record(question, platform);
    return answer;
  };
}
