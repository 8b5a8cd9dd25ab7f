/**
 * Regions and groups ("Central Asia", "former Soviet republics"): each entity's `groups` made whole
 * with those of the entity it lies in (Astana, in Kazakhstan, is in Central Asia), and each group's
 * member types, so a question naming a group can be read into a role its members fill.
 */
import type { Entity } from "./model.js";
import type { FactProblem } from "./errors.js";

/** Checks every `groups` id, then completes the entities in place. */
export function linkGroups(entities: Map<string, Entity>, problems: FactProblem[]): void {
  for (const e of entities.values())
    for (const g of e.groups ?? [])
      if (!entities.has(g)) problems.push({ file: e.file, entry: e.id, field: "groups", message: `names unknown entity "${g}"`, severity: "error" });
  const own = new Map([...entities.values()].map((e) => [e.id, e.groups ?? []]));
  for (const e of entities.values()) {
    const around = e.in ? (own.get(e.in) ?? []) : [];
    const all = [...new Set([...(own.get(e.id) ?? []), ...around])].filter((g) => entities.has(g));
    if (all.length) e.groups = all;
    else delete e.groups;
    for (const g of all) {
      const group = entities.get(g)!;
      if (!group.memberTypes?.includes(e.type)) group.memberTypes = [...(group.memberTypes ?? []), e.type];
    }
  }
}
