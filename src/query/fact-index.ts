/**
 * Facts indexed by what questions look up: relation, and relation + role + entity. Built once at
 * load so a question never scans the whole table.
 */
import type { Fact, FactTable } from "../facts/model.js";
import { FAR_PAST, possibleStart } from "../time/validity.js";

export class FactIndex {
  private readonly byRelation = new Map<string, Fact[]>();
  private readonly byRoleEntity = new Map<string, Fact[]>();

  constructor(table: FactTable) {
    for (const fact of table.facts) {
      push(this.byRelation, fact.relation.id, fact);
      for (const [role, values] of fact.values)
        for (const v of values) if (v.kind === "entity") push(this.byRoleEntity, key(fact.relation.id, role, v.entity.id), fact);
    }
    // Time order: earliest first, timeless facts first.
    for (const list of this.byRelation.values()) list.sort((a, b) => start(a) - start(b));
    for (const list of this.byRoleEntity.values()) list.sort((a, b) => start(a) - start(b));
  }

  facts(relationId: string): readonly Fact[] {
    return this.byRelation.get(relationId) ?? [];
  }

  withEntity(relationId: string, role: string, entityId: string): readonly Fact[] {
    return this.byRoleEntity.get(key(relationId, role, entityId)) ?? [];
  }
}

function start(f: Fact): number {
  return f.validity ? possibleStart(f.validity) : FAR_PAST - 1;
}

function key(relation: string, role: string, entity: string): string {
  return `${relation}\u0000${role}\u0000${entity}`;
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}
