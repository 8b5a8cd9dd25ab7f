/**
 * "Who did Passy meet in Almaty in April 2004?": the facts name Almaty for one meeting and no place at
 * all for the others. Those others are neither in Almaty nor elsewhere as far as the table knows — they
 * are given apart, said to have no place recorded, never left out as if they were not of the question.
 */
import type { Entity, Fact } from "../facts/model.js";
import type { QueryPlan } from "../understand/match.js";

/**
 * An optional role the question binds, and the facts of the question that do not record it at all.
 * Where no fact records the name said ("which Senate speaker did Passy meet in Almaty?"), only facts
 * that place it — a city in the country they record — are given, never one of another country.
 */
export function unrecordedRole(plan: QueryPlan, found: Fact[], factsOf: (p: QueryPlan) => Fact[]): { role: string; facts: Fact[] } | null {
  if (plan.shape !== "value" || plan.pick) return null;
  for (const role of plan.relation.roles) {
    if (!role.optional || role === plan.asked || !plan.bindings.has(role.name)) continue;
    const bindings = new Map([...plan.bindings].filter(([name]) => name !== role.name));
    const named = plan.bindings.get(role.name)!;
    const facts = factsOf({ ...plan, bindings }).filter((f) => !f.values.has(role.name) && !found.includes(f) && (found.length > 0 || liesWithin(named, f)));
    if (facts.length) return { role: role.name, facts };
  }
  return null;
}

/** Every name said lies in a country the fact records. */
function liesWithin(named: Entity[], fact: Fact): boolean {
  const countries = [...fact.values.values()].flat().flatMap((v) => (v.kind === "entity" && v.entity.type === "country" ? [v.entity.id] : []));
  return named.every((e) => e.in !== undefined && countries.includes(e.in));
}
