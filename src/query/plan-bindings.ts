/**
 * The names a plan binds to roles: one swapped in, one left out, or only the groups a role is asked among.
 */
import type { Entity } from "../facts/model.js";
import type { QueryPlan } from "../understand/match.js";

/** The plan with one of two compared names in its role: each side of "A or B" read on its own. */
export function withName(plan: QueryPlan, role: string, entity: Entity): QueryPlan {
  return { ...plan, bindings: new Map(plan.bindings).set(role, [entity]) };
}

/**
 * The bindings without the names of `role`, keeping the groups its value is asked among: "was
 * Lithuania the first post-Soviet State to chair?" picks among the post-Soviet chairs.
 */
export function withoutNamed(plan: QueryPlan, role: string): Map<string, Entity[]> {
  const others = new Map([...plan.bindings].filter(([r]) => r !== role));
  const groups = groupsIn(plan, role);
  if (groups.length) others.set(role, groups);
  return others;
}

/** Whether `role` is bound to a name of its own, not only to a group its value belongs to. */
export function namedIn(plan: QueryPlan, role: string): boolean {
  return (plan.bindings.get(role)?.length ?? 0) > groupsIn(plan, role).length;
}

/** The regions and groups bound to `role` through their members ("post-Soviet"). */
export function groupsIn(plan: QueryPlan, role: string): Entity[] {
  const types = plan.relation.roles.find((r) => r.name === role)?.types ?? [];
  return (plan.bindings.get(role) ?? []).filter((e) => !types.includes(e.type));
}
