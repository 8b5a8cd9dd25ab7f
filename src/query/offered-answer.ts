/**
 * "Who was CiO in 2004 — Passy?": the question offers its own answer. It holds when every fact the
 * question asks for, read without the offered name, has that name in the role it was bound to —
 * then the answer can say "Yes". (A wrong name is corrected elsewhere: "Not Rupel: …".)
 */
import type { Entity } from "../facts/model.js";
import type { QueryPlan } from "../understand/match.js";
import { execute } from "./execute.js";
import type { FactIndex } from "./fact-index.js";

export function offeredAnswerHolds(plan: QueryPlan, offered: Entity, index: FactIndex, now: Date): boolean {
  // ("where was the 2019 MC — Bratislava?": a name of the asked role's type is left out of the reading; the answer's facts must have it there.)
  const asked = plan.asked && plan.asked.types.includes(offered.type) ? plan.asked.name : undefined;
  const role = [...plan.bindings].find(([, es]) => es.length === 1 && es[0]!.id === offered.id)?.[0] ?? asked;
  if (!role) return false;
  const open: QueryPlan = { ...plan, bindings: new Map([...plan.bindings].filter(([r]) => r !== role)) };
  const outcome = execute(open, index, now);
  if (outcome.kind !== "facts" || outcome.facts.length === 0) return false;
  return outcome.facts.every((f) => (f.values.get(role) ?? []).some((v) => v.kind === "entity" && v.entity.id === offered.id));
}
