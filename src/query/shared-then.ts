/**
 * "2018 CiO — alfano?": a "Yes" about one holder of a year that another shared. Alfano held the post
 * from January to May; the Yes alone would leave Moavero Milanesi out of the reporter's sentence.
 */
import type { Fact } from "../facts/model.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { candidates, filter } from "./plan-facts.js";
import type { TimeScope } from "./execute.js";
import { valuesKey } from "./fact-keys.js";

/**
 * The facts of the same relation at the time asked that hold it for someone else, where the claim's facts
 * cover only part of that time, of a relation with one holder at a time. Empty otherwise.
 */
export function sharedThen(plan: QueryPlan, matching: readonly Fact[], index: FactIndex, scope: TimeScope, today: number): Fact[] {
  if (scope.kind !== "query" || scope.time.mode !== "at" || plan.relation.time !== "exclusive" || plan.bindings.size === 0) return [];
  const held = matching.filter((f) => f.validity);
  if (held.length !== matching.length || held.length === 0) return [];
  const start = Math.min(...held.map((f) => possibleStart(f.validity!)));
  const end = Math.max(...held.map((f) => possibleEnd(f.validity!, today)));
  if (start <= scope.time.start && end >= Math.min(scope.time.end, today)) return [];
  // (One holder at a time: any other fact of that time is someone else's.)
  const others = filter(candidates(new Map(), plan.relation, index, scope, today), new Map(), scope, today, plan.relation, plan);
  // (One at a time per post, where the relation says so: the other posts vacant then are not this one's holders.)
  const per = plan.relation.exclusivePer;
  const perKey = (f: Fact) => (per ? valuesKey(f, per) : "");
  const own = new Set(matching.map(perKey));
  return others.filter((f) => !matching.includes(f) && own.has(perKey(f)));
}
