/**
 * Saying nothing was found: outside the table's coverage, or none in a list complete up to a day.
 */
import type { Fact, Relation } from "../facts/model.js";
import { dayNumber, formatDay } from "../time/days.js";
import { possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { renderFact } from "../compose/render-fact.js";
import type { Outcome, TimeScope } from "./execute.js";
import { candidates, filter } from "./plan-facts.js";
import { pick } from "./picks.js";

export function none(relation: Relation, index: FactIndex, scope: TimeScope, today: number): Outcome {
  if (scope.kind !== "query") return { kind: "none", reason: "no_match", scope };
  const coverage = index.coverage(relation.id, today);
  if (!coverage) return { kind: "none", reason: "no_match", scope };
  const [first, last] = coverage;
  const outside = scope.time.end < first || scope.time.start > last;
  return { kind: "none", reason: outside ? "out_of_range" : "no_match", scope, coverage };
}

/**
 * "How many OSCE summits since 2011?": none, where the relation lists every such fact up to a day
 * (`complete_until`) after the time asked — said with that day and the latest fact before the time,
 * which is what the answer cites.
 */
export function noneInCompleteList(plan: QueryPlan, index: FactIndex, scope: TimeScope, today: number, onlyWithRelated = false): Outcome | null {
  const relation = plan.relation;
  if (!relation.completeUntil || scope.kind !== "query" || plan.bindings.size > 0) return null;
  const until = isoDayNumber(relation.completeUntil);
  const coverage = index.coverage(relation.id, today);
  // ("after 2010" begins with 2011: what came in 2010 is the latest before.)
  const from = scope.time.mode === "after" ? scope.time.end + 1 : scope.time.start;
  if (!coverage || from < coverage[0] || from > until) return null;
  // (Only where the relation has nothing then at all: "the ordinal number of the 2019 Council" counts nothing, but there was one.)
  if (!nothingThen(relation, index, scope, today)) return null;
  const before = index.facts(relation.id).filter((f) => f.validity && f.status === "final" && possibleStart(f.validity) < from);
  const latest = pick(before, "last", today)[0];
  if (!latest) return null;
  // (A time reaching past that day is answered only up to it, and says so.)
  const end = scope.time.mode === "since" || scope.time.mode === "after" ? today : Math.min(scope.time.end, today);
  const when = end > until ? `from ${formatDay(from)} to ${formatDay(until)}` : /^(?:since|after|before|from|between|until)\b/i.test(scope.time.label) ? scope.time.label : `in ${scope.time.label}`;
  // (With what the related relations have then: no Council in 2010, but the Astana Summit.)
  const then = scope.time.mode === "at" ? relatedThen(relation, index, scope, today) : [];
  if (onlyWithRelated && then.length === 0) return null;
  const text = `None ${when}: my fact table lists every one of ${relation.name} up to ${formatDay(until)}. The latest before: ${renderFact(latest)}${then.length ? ` In ${scope.time.label}: ${then.map((f) => renderFact(f)).join(" ")}` : ""}`;
  return { kind: "derived", text, facts: [latest, ...then], scope };
}

/** The relation has no fact at all at that time (whatever else the question says). */
export function nothingThen(relation: Relation, index: FactIndex, scope: TimeScope, today: number): boolean {
  return filter(candidates(new Map(), relation, index, scope, today), new Map(), scope, today, relation).length === 0;
}

/** The facts of a relation's `related` relations within the time asked. */
export function relatedThen(relation: Relation, index: FactIndex, scope: TimeScope, today: number): Fact[] {
  const found: Fact[] = [];
  for (const id of relation.related) {
    const other = index.facts(id)[0]?.relation;
    if (other) found.push(...filter(candidates(new Map(), other, index, scope, today), new Map(), scope, today, other));
  }
  return found;
}

/** The relation lists every one of its facts (`complete_until`) through the end of the time asked. */
export function listedCompletelyThen(relation: Relation, scope: TimeScope): boolean {
  if (!relation.completeUntil || scope.kind !== "query") return false;
  return scope.time.mode === "at" && scope.time.end <= isoDayNumber(relation.completeUntil);
}

/** A relation's `complete_until` or `complete_from` (YYYY-MM-DD) as a day number. */
export function isoDayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return dayNumber(y, m, d);
}
