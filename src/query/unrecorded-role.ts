/**
 * "Who did Passy meet in Almaty in April 2004?": the facts name Almaty for one meeting and no place at
 * all for the others. Those others are neither in Almaty nor elsewhere as far as the table knows — they
 * are given apart, said to have no place recorded, never left out as if they were not of the question.
 */
import type { Fact } from "../facts/model.js";
import type { QueryPlan } from "../understand/match.js";

/** An optional role the question binds, and the facts of the question that do not record it at all. */
export function unrecordedRole(plan: QueryPlan, found: Fact[], factsOf: (p: QueryPlan) => Fact[]): { role: string; facts: Fact[] } | null {
  if (plan.shape !== "value" || plan.pick || found.length === 0) return null;
  for (const role of plan.relation.roles) {
    if (!role.optional || role === plan.asked || !plan.bindings.has(role.name)) continue;
    const bindings = new Map([...plan.bindings].filter(([name]) => name !== role.name));
    const facts = factsOf({ ...plan, bindings }).filter((f) => !f.values.has(role.name) && !found.includes(f));
    if (facts.length) return { role: role.name, facts };
  }
  return null;
}
