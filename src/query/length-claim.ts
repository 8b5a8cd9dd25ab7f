/**
 * "Did Schmid serve more than three years as Secretary General?": the length of the named one's
 * span(s) against the length claimed (understand/length-claim.ts). Spans that follow on one another
 * (two terms in a row) count as one stretch. "Yes" or "No" only where the dates' precision settles
 * it and every stretch gives the same verdict; otherwise nothing is claimed.
 */
import type { Fact } from "../facts/model.js";
import type { LengthClaim } from "../understand/length-claim.js";
import type { QueryPlan } from "../understand/match.js";
import { renderFact } from "../compose/render-fact.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import { factsFor, type Outcome, type TimeScope } from "./execute.js";
import type { FactIndex } from "./fact-index.js";
import { finals, spanLengthText, spanRange } from "./span-length.js";

/** A stretch's length in days, counting its last day: the shortest and the longest its dates allow. */
type Range = [number, number];

// (Terms a month apart at most follow on one another: a term dated to the month may end in the month the next began.)
const FOLLOWS_ON_DAYS = 31;

export function checkLength(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope, claim: LengthClaim): Outcome {
  const facts = finals(factsFor(plan, index, today, scope))
    .filter((f) => spanRange(f, today) !== null)
    .sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  if (!facts.length || facts.length > 4 || plan.bindings.size === 0 || plan.compare) return { kind: "none", reason: "no_match", scope };
  const verdicts = new Set(stretches(facts, today).map((r) => verdict(r, claim)));
  if (verdicts.size !== 1 || verdicts.has(null)) return { kind: "none", reason: "imprecise", scope, facts };
  const said = facts.map((f) => `${renderFact(f).replace(/\.$/, "")} (${spanLengthText(f, today)})`).join("; ");
  return { kind: "derived", text: `${verdicts.has(true) ? "Yes" : "No"}. ${said}.`, facts, scope };
}

/** Facts that follow on one another joined into one stretch each. */
function stretches(facts: Fact[], today: number): Range[] {
  const out: Array<{ range: Range; end: number }> = [];
  for (const f of facts) {
    const [shortest, longest] = spanRange(f, today)!;
    const last = out.at(-1);
    if (last && possibleStart(f.validity!) - last.end <= FOLLOWS_ON_DAYS) {
      last.range = [last.range[0] + shortest + 1, last.range[1] + longest + 1];
      last.end = possibleEnd(f.validity!, today);
    } else out.push({ range: [shortest + 1, longest + 1], end: possibleEnd(f.validity!, today) });
  }
  return out.map((s) => s.range);
}

/** true or false where the whole range settles the claim; null where the dates' precision leaves it open. */
function verdict([shortest, longest]: Range, { days, unit, comparison }: LengthClaim): boolean | null {
  const settled = (holds: (d: number) => boolean) => (holds(shortest) === holds(longest) ? holds(shortest) : null);
  switch (comparison) {
    case "greater":
      return settled((d) => d > days);
    case "at_least":
      return settled((d) => d >= days - 1);
    case "lesser":
      return settled((d) => d < days);
    case "about": {
      // (Near the length said: within half its unit, or a tenth of it — "about two years" is 18 to 30 months.)
      const slack = Math.max(days * 0.1, unit / 2);
      return settled((d) => Math.abs(d - days) <= slack);
    }
  }
}
