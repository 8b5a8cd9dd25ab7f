/**
 * "What was the longest gap between two consecutive summits?", "which two consecutive summits were
 * furthest apart?", "the shortest interval between successive Ministerial Councils": of a kind of
 * dated event, the two that came one after the other with the most (or least) time between them.
 */
import type { Fact } from "../facts/model.js";
import { possibleStart } from "../time/validity.js";

export interface ConsecutiveGapAsked {
  longest: boolean;
  /** The events as said ("CSCE/OSCE summits"). */
  kind: string;
  /** The question without the gap's words ("between 1990 and 2010, which was"): where its time is said. */
  rest: string;
}

const LONGEST = /^(?:longest|biggest|largest|widest|longer|furthest|farthest|most)$/i;
const GAP_BETWEEN = /\b(longest|shortest|biggest|largest|smallest|widest|longer|shorter)\s+(?:gap|interval|time|break|wait|stretch|pause|span)\s+(?:between|separating)\s+(?:any\s+)?(?:two\s+)?(?:consecutive|successive|back-to-back)\s+(.+?)[\s?.!]*$/i;
const WHICH_APART = /\b(?:which|what)\s+(?:two\s+)?(?:consecutive|successive)\s+(.+?)\s+(?:were|was|are|came)\s+(?:the\s+)?(furthest|farthest|most|closest|nearest|least)\s+(?:widely\s+)?(?:apart|together|spaced)\b(?:\s+in\s+time)?[\s?.!]*$/i;

/** The gap asked of consecutive events in a question, or null. */
export function consecutiveGapAsked(text: string): ConsecutiveGapAsked | null {
  // (A cheap look first: most questions say none of these words.)
  if (!/consecutive|successive|back-to-back/i.test(text)) return null;
  const gap = GAP_BETWEEN.exec(text);
  if (gap) return { longest: LONGEST.test(gap[1]!), kind: gap[2]!, rest: text.slice(0, gap.index) };
  const apart = WHICH_APART.exec(text);
  if (apart) return { longest: LONGEST.test(apart[2]!), kind: apart[1]!, rest: text.slice(0, apart.index) };
  return null;
}

/**
 * The two consecutive facts (by beginning, each within [from, to]) furthest apart, or closest; null
 * where there are not two, or where two pairs tie — which one is meant cannot be said.
 */
export function consecutiveGap(facts: readonly Fact[], longest: boolean, from: number, to: number): [Fact, Fact] | null {
  const dated = facts.filter((f) => f.validity && possibleStart(f.validity) >= from && possibleStart(f.validity) <= to).sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  const pairs = dated.slice(1).map((b, i) => ({ a: dated[i]!, b, days: possibleStart(b.validity!) - possibleStart(dated[i]!.validity!) }));
  if (pairs.length === 0) return null;
  const best = longest ? Math.max(...pairs.map((p) => p.days)) : Math.min(...pairs.map((p) => p.days));
  const chosen = pairs.filter((p) => p.days === best);
  return chosen.length === 1 ? [chosen[0]!.a, chosen[0]!.b] : null;
}
