/**
 * A part of a message that asks who (or which) answered with only a time: "when did Schmid's
 * term end, and who blocked an extension" read its second part, with the first part's words, as the
 * first question again. Such a part is not answered; the reply says so rather than repeat the first.
 */
import type { Answer } from "../model/answer.js";
import type { Clause } from "./desk.js";

// ("which year", "which months" ask a time.)
const ASKS_NO_TIME = /^\W*(?:and\s+|also\s+|plus\s+)?(?:who|whom|whose|which(?!\s+(?:years?|yrs?|months?|decades?|dates?|days?|time|period)\b))\b/i;

export function withAsksMet(clauses: readonly Clause[], parts: Answer[]): Answer[] {
  return parts.map((part, i) => (part.status === "answered" && part.intent?.shape === "when" && ASKS_NO_TIME.test(clauses[i]!.text) ? { ...part, status: "unknown" } : part));
}
