/**
 * Of a relation whose earliest facts are not in the table (`missing_earliest`), whether the first (or
 * the n-th from the start) asked is still among those listed: counted from a time the list covers
 * ("the second Mazhilis election since 2004"), or of a named one that first appears after the list
 * begins (Amanat, first listed in 2023 with others before it — never Otan, listed from the start,
 * whose 1999 win is not in the table).
 */
import type { Fact } from "../facts/model.js";
import { yearOf } from "../time/days.js";
import { possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import type { TimeScope } from "./execute.js";
import { hasBindings } from "./plan-facts.js";

export function firstAmongListed(plan: QueryPlan, index: FactIndex, scope: TimeScope): boolean {
  const relation = plan.relation;
  if (!relation.missingEarliest) return true;
  const starts = (facts: readonly Fact[]) => facts.flatMap((f) => (f.validity ? [possibleStart(f.validity)] : []));
  const all = index.facts(relation.id);
  const listStart = Math.min(...starts(all));
  if (!Number.isFinite(listStart)) return false;
  if (scope.kind === "query" && yearOf(scope.time.start) >= yearOf(listStart)) return true;
  const main = relation.mainRole.name;
  if (!plan.bindings.has(main)) return false;
  const named = all.filter((f) => hasBindings(f, new Map([[main, plan.bindings.get(main)!]])));
  const namedStarts = starts(named);
  return namedStarts.length > 0 && Math.min(...namedStarts) > listStart;
}
