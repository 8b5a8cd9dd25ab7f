/**
 * "how many OSCE staff were in the Astana office?": the noun "how many" counts, where it is a word
 * nothing in the table explains — the question counts something no fact has. A word before the
 * noun ("how many short-term observers") is no noun counted.
 */
import type { QuestionParse } from "./parse-question.js";

/** Words that end the counted noun phrase: a verb or a preposition after it. */
const AFTER_NOUN = new Set(["were", "was", "did", "do", "does", "are", "is", "has", "have", "had", "in", "at", "of", "on", "for", "from", "by", "to", "with", "there", "work", "worked", "served", "died", "live", "lived"]);

/** The unknown word "how many" counts, if the noun it counts is one. */
export function unknownCountedNoun(parse: QuestionParse): string | undefined {
  const m = /\bhow\s+many\s+([^?.!,;]+)/i.exec(parse.cleaned);
  if (!m || parse.ask !== "count") return undefined;
  const words = m[1]!.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const unknown = new Set(parse.unknown.map((u) => u.form.toLowerCase()));
  const head = words.findIndex((w, i) => unknown.has(w) && (i === words.length - 1 || AFTER_NOUN.has(words[i + 1]!)));
  // (Only within the noun phrase: no verb or preposition before it.)
  return head >= 0 && !words.slice(0, head).some((w) => AFTER_NOUN.has(w)) ? words[head] : undefined;
}
