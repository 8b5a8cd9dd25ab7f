/**
 * Facts and entities by number: how the derived state (fact index, vocabulary) refers to them, so
 * it holds typed arrays of numbers rather than object graphs. A table loaded from YAML is read
 * through its own objects (`ObjectStore`); a compact table (facts/compact-table.ts) makes each
 * object on first use. Either way the same number always gives the same object.
 */
import type { Entity, Fact, FactTable } from "./model.js";

export interface TableStore {
  readonly factCount: number;
  readonly entityCount: number;
  fact(n: number): Fact;
  /** A fact's id, without making the fact. */
  factId(n: number): string;
  entity(n: number): Entity;
  /** The number of the entity with this id, or -1. */
  entityNumber(id: string): number;
  /** The number of one of this store's entities (faster than by id). */
  numberOf(entity: Entity): number;
}

/** A table of plain objects (loaded from YAML, or made by a test), by number. */
class ObjectStore implements TableStore {
  private readonly entities: Entity[];
  private readonly numbers: Map<string, number>;

  constructor(private readonly table: FactTable) {
    this.entities = [...table.entities.values()];
    this.numbers = new Map(this.entities.map((e, i) => [e.id, i]));
  }

  get factCount(): number {
    return this.table.facts.length;
  }

  get entityCount(): number {
    return this.entities.length;
  }

  fact(n: number): Fact {
    return this.table.facts[n]!;
  }

  factId(n: number): string {
    return this.table.facts[n]!.id;
  }

  entity(n: number): Entity {
    return this.entities[n]!;
  }

  entityNumber(id: string): number {
    return this.numbers.get(id) ?? -1;
  }

  numberOf(entity: Entity): number {
    return this.entityNumber(entity.id);
  }
}

const stores = new WeakMap<FactTable, TableStore>();

/** The store of a table: its compact store, or one over its objects (made once per table). */
export function storeOf(table: FactTable): TableStore {
  let store = stores.get(table);
  if (!store) stores.set(table, (store = new ObjectStore(table)));
  return store;
}

/** A compact table registers its store here (facts/compact-table.ts). */
export function registerStore(table: FactTable, store: TableStore): void {
  stores.set(table, store);
}

/** Counts for logs and help, without making every fact of a compact table. */
export function tableStats(table: FactTable): { facts: number; relations: number; entities: number } {
  const store = storeOf(table);
  return { facts: store.factCount, relations: table.relations.size, entities: store.entityCount };
}

/**
 * Derived state keeps its store in a property v8's serialiser leaves out (not enumerable): the
 * table cache saves the numbers, and `reviveCoreState` attaches the revived table's store again.
 */
export function attachStore(holder: object, store: TableStore): void {
  Object.defineProperty(holder, "store", { value: store, enumerable: false, writable: true, configurable: true });
}
