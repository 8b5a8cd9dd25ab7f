/**
 * "the current SG was appointed at which ministerial?": a post said as "the current …" stands for the
 * one who holds it now. The holder is asked for first ("who is the current SG?"), and where one
 * name answers, the question is asked again of that name — never of every holder the post had.
 */
import type { Answer } from "../model/answer.js";

/** "the current SG", "the present CiO", "the sitting president", then the verb the question goes on with. */
const CURRENT_POST = /\bthe\s+(?:current|present|sitting|incumbent)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+?)(?:'s)?\s+(?=(?:was|were|has|had|did|got|take|took|get|become|became|serve|served|start|begin|began|hold|held|win|won|from|is\s+from|comes\s+from|came\s+from|\p{L}{3,}ed)\b)/iu;

/** A question that itself asks who holds the post now is no question of another thing. */
const ASKS_HOLDER = /^\W*(?:who|whom)\s+(?:is|was)\b/i;

/**
 * The question with the post's holder named in place of "the current …", or null where it does not
 * say "the current …" of a post, or no one name answers who holds it.
 */
export function withCurrentHolderNamed(text: string, ask: (question: string) => Answer): string | null {
  const m = CURRENT_POST.exec(text);
  if (!m || ASKS_HOLDER.test(text)) return null;
  const holder = ask(`who is the current ${m[1]}?`);
  const role = holder.intent?.asks;
  if (holder.status !== "answered" || !role || holder.intent?.shape !== "value") return null;
  const named = new Set(holder.facts.filter((f) => f.relation === holder.intent!.relation).map((f) => f.values[role]).filter((v): v is string => !!v));
  if (named.size !== 1) return null;
  return `${text.slice(0, m.index)}${[...named][0]} ${text.slice(m.index + m[0].length)}`;
}
