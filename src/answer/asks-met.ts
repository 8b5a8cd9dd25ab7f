/**
 * A part of a message that asks who (or which) answered with only a time: "when did Schmid's
 * term end, and who blocked an extension" read its second part, with the first part's words, as the
 * first question again. So is a yes/no part answered with no verdict ("2026 chair + CiO? also is it
 * their first time" gave the CiO again). Such a part is not answered; the reply says so rather than
 * pass the answer off as its own.
 */
import type { Answer } from "../model/answer.js";
import type { Clause } from "./desk.js";

// ("which year", "which months" ask a time.)
const ASKS_NO_TIME = /^\W*(?:and\s+|also\s+|plus\s+)?(?:who|whom|whose|which(?!\s+(?:years?|yrs?|months?|decades?|dates?|days?|time|period)\b))\b/i;

/** A part put as a yes/no question ("also is it their first time?"), which a verdict must lead. */
const YES_NO_PART = /^\W*(?:and\s+|also\s+|plus\s+)?(?:is|was|are|were|did|does|do|has|have|had)\b/i;
const VERDICT = /^(?:Yes|No|Not|True|False|Only|None|Nobody|No one|I can't)\b/;

export function withAsksMet(clauses: readonly Clause[], parts: Answer[]): Answer[] {
  return parts.map((part, i) => (part.status === "answered" && !met(clauses[i]!.text, part) ? { ...part, status: "unknown" } : part));
}

/** Whether the answer is of the kind the part asks: no mere time for "who", a verdict for a yes/no question. */
function met(asked: string, answer: Answer): boolean {
  if (answer.intent?.shape === "when" && ASKS_NO_TIME.test(asked)) return false;
  // (A choice put as a question — "is it 97.7 or 97.75?" — is answered by what was chosen.)
  return !YES_NO_PART.test(asked) || /\bor\b/i.test(asked) || VERDICT.test(answer.text);
}
