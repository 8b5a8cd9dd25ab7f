/**
 * Replies that are not the core's: "please wait" (rate limit) and "busy, try in a minute" (a full
 * channel queue). Both are Answers so every renderer already knows how to show them: status
 * unknown, no facts, no suggestions (nothing to click that would ask again at once).
 */
import type { Answer } from "../../src/index.js";

const politeAnswer = (text: string): Answer => ({ status: "unknown", text, intent: null, facts: [], sources: [], suggestions: [] });

export function rateLimitedAnswer(retryAfterMs: number): Answer {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const wait = seconds < 90 ? `${seconds} second${seconds === 1 ? "" : "s"}` : `${Math.ceil(seconds / 60)} minutes`;
  return politeAnswer(`You are asking faster than I can answer. Please wait about ${wait} and ask again.`);
}

export function busyAnswer(): Answer {
  return politeAnswer("I'm busy answering in this channel right now. Please try again in a minute.");
}
