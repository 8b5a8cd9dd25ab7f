/**
 * "The OSCE deemed Kazakhstan's 2011 vote free and fair": no verdict of 2011 says those words, and a
 * later text of the same names says none ever was ("as of March 2012, no election in Kazakhstan had
 * ever been deemed free and fair"). That later text denies the claim, which the verdicts alone cannot.
 */
import type { Fact } from "../facts/model.js";
import type { FactIndex } from "../query/fact-index.js";
import { hasBindings } from "../query/plan-facts.js";
import { possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import { saysNoneEver } from "./denial.js";

/** The relation's facts, dated no earlier than every fact the claim is of, that say no one ever had the claim's checked words. */
export function deniedLater(plan: QueryPlan, claimedOf: readonly Fact[], index: FactIndex): Fact[] {
  if (plan.checkedCueWords.length === 0 || claimedOf.length === 0 || plan.saysNoOne) return [];
  const latest = Math.max(...claimedOf.map((f) => (f.validity ? possibleStart(f.validity) : Infinity)));
  return index
    .facts(plan.relation.id)
    .filter((f) => f.status === "final" && !!f.validity && possibleStart(f.validity) >= latest && hasBindings(f, plan.bindings) && saysNoneEver(f, plan.checkedCueWords));
}
