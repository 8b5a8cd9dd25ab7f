/**
 * A post nobody held: where a relation lists every holder (`closed`, one at a time) and the time asked
 * falls wholly between two terms, the answer is that the post was vacant — with the terms either side —
 * rather than "I have no record" ("who was Secretary General in October 2024?").
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
