/**
 * A post nobody held: where a relation lists every holder (`closed`, one at a time) and the time asked
 * falls wholly between two terms, the answer is that the post was vacant — with the terms either side —
 * rather than "I have no record" ("who was Secretary General in October 2024?"). Where the time asked
 * holds a term and a vacancy ("who was SG in 2024?"), the vacancy is said after the terms (vacantWithin).
 */
import type { Fact } from "../facts/model.js";
import { renderFact } from "../compose/render-fact.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import type { Outcome, TimeScope } from "./execute.js";

export function vacancy(plan: QueryPlan, index: FactIndex, scope: TimeScope, today: number): Outcome | null {
  const relation = plan.relation;
  if (!relation.closed || relation.time !== "exclusive" || relation.exclusivePer || plan.bindings.size > 0 || (plan.shape !== "value" && plan.shape !== "check")) return null;
  const [start, end] = scope.kind === "query" ? [scope.time.start, scope.time.end] : scope.kind === "now" ? [scope.day, scope.day] : [NaN, NaN];
  if (Number.isNaN(start)) return null;
  let before: Fact | undefined;
  let after: Fact | undefined;
  for (const f of index.facts(relation.id)) {
    if (f.status !== "final" || !f.validity) continue;
    const [s, e] = [possibleStart(f.validity), possibleEnd(f.validity, today)];
    if (e >= start && s <= end) return null;
    if (e < start && (!before || e > possibleEnd(before.validity!, today))) before = f;
    if (s > end && (!after || s < possibleStart(after.validity!))) after = f;
  }
  if (!before || !after) return null;
  // A term that begins after the reference date is not told as news already.
  const known = possibleStart(after.validity!) <= today ? [before, after] : [before];
  const text = `Nobody: my fact table lists every ${relation.name} and none held it then — the post was vacant${known.length === 2 ? " between these terms" : " after this term"}. ${known.map((f) => renderFact(f)).join(" ")}`;
  return { kind: "derived", text, facts: known, scope };
}

/** The holder a fact of the relation names in its main role. */
function holderOf(plan: QueryPlan, f: Fact): string | undefined {
  const v = f.values.get(plan.relation.mainRole.name)?.[0];
  return v?.kind === "entity" ? v.entity.name : undefined;
}

/**
 * "who was SG in 2024?", "between sept and dec 2024": where a relation lists every holder (closed, one
 * at a time) and part of the time asked fell between two terms, a sentence saying so — never two terms
 * alone, as if one had followed the other. Null where no such gap falls in the time asked.
 */
export function vacantWithin(plan: QueryPlan, index: FactIndex, scope: TimeScope, facts: readonly Fact[], today: number): string | null {
  const relation = plan.relation;
  if (!relation.closed || relation.time !== "exclusive" || relation.exclusivePer || plan.bindings.size > 0 || plan.shape !== "value" || scope.kind !== "query" || facts.length === 0) return null;
  const terms = index.facts(relation.id).filter((f) => f.status === "final" && f.validity).sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  for (const [i, before] of terms.entries()) {
    const after = terms[i + 1];
    if (!after || possibleStart(after.validity!) > today) continue;
    const [gapFrom, gapTo] = [possibleEnd(before.validity!, today) + 1, possibleStart(after.validity!) - 1];
    if (gapFrom > gapTo || gapTo < scope.time.start || gapFrom > scope.time.end) continue;
    const [a, b] = [holderOf(plan, before), holderOf(plan, after)];
    if (a && b && (facts.includes(before) || facts.includes(after))) return `Between ${a}'s term and ${b}'s the post was vacant: my fact table lists every ${relation.name}.`;
  }
  return null;
}
