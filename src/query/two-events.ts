/**
 * "How many years between Kazakhstan joining the CSCE and chairing the OSCE?", "Which came first:
 * Nazarbayev's resignation or the 2019 presidential election?": two things of different kinds, each
 * dated by a question of its own ("when …"); the answer is the time between them, or which came
 * first. Each must be answered by one dated fact, else there is no answer.
 */
import type { Fact } from "../facts/model.js";
import { renderFact } from "../compose/render-fact.js";
import { possibleStart } from "../time/validity.js";
import { apart } from "./run-operation.js";

export interface TwoEvents {
  kind: "difference" | "first";
  /** What the question says before the two ("how long did Kazakhstan wait"): it may name their subject. */
  head: string;
  first: string;
  second: string;
}

const GAP = /\b(?:how\s+many\s+(?:years|months)|how\s+long|how\s+much\s+time|years|gap)\b(.*?)\b(?:between|separat\w*)\s+(.+?)\s+(?:and|&)\s+(.+?)[\s?.!]*$/i;
const FIRST = /\b(?:which|what)\s+(?:came|happened|was|occurred)\s+(?:first|earlier|sooner)\b()[\s,:;-]*(.+?)\s+or\s+(.+?)[\s?.!]*$/i;

/** The two things a question asks the time between, or which came first; null for any other question. */
export function twoEventsAsked(text: string): TwoEvents | null {
  for (const [kind, pattern] of [["difference", GAP], ["first", FIRST]] as const) {
    const m = pattern.exec(text);
    if (m) return { kind, head: `${text.slice(0, m.index)} ${m[1]}`.trim(), first: m[2]!, second: m[3]! };
  }
  return null;
}

/** "About 18 years apart (…): A. B." or "First: A. Then: B." — in the order they happened. */
export function twoEventsText(kind: TwoEvents["kind"], a: Fact, b: Fact): string {
  const [earlier, later] = possibleStart(a.validity!) <= possibleStart(b.validity!) ? [a, b] : [b, a];
  if (kind === "difference") return `${apart(a, b)}: ${renderFact(earlier)} ${renderFact(later)}`;
  return `First: ${renderFact(earlier)} Then: ${renderFact(later)}`;
}
