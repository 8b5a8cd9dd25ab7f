/**
 * The compact table: every fact and entity as columns of typed arrays (role-indexed values,
 * interned strings, validities and source lists stored once as JSON), which is what the table
 * cache saves. v8 reads it back as a few memory copies instead of rebuilding ~12 objects a fact;
 * a fact or an entity becomes an object on first use (its sources and note with it) and stays one,
 * so the same number always gives the same object.
 */
import type { FactStatus, Source } from "../model/answer.js";
import type { Validity } from "../time/validity.js";
import type { Entity, Fact, FactTable, Relation, RoleValue } from "./model.js";
import { PoolBuilder, StringPool, type PoolData } from "./string-pool.js";
import { registerStore, type TableStore } from "./table-store.js";

/** What the cache stores of a table besides its small parts (relations, lexicon). */
export interface CompactData {
  strings: PoolData;
  entities: { id: Int32Array; type: Int32Array; name: Int32Array; short: Int32Array; within: Int32Array; groups: Int32Array; memberTypes: Int32Array; successors: Int32Array; file: Int32Array; aliasEnds: Uint32Array; aliases: Int32Array; byId: Int32Array };
  facts: {
    id: Int32Array; relation: Uint16Array; validity: Int32Array; period: Int32Array; status: Int32Array; note: Int32Array; checked: Int32Array;
    sources: Int32Array; file: Int32Array; line: Int32Array;
    /** Values of fact n: valueEnds[n-1] … valueEnds[n]; role = index in the relation's roles. */
    valueEnds: Uint32Array; valueRole: Uint8Array; valueKind: Uint8Array; valueData: Int32Array;
  };
}

/** The table as saved: everything but its facts and entities, which are in `compact`. */
export type SavedTable = Omit<FactTable, "facts" | "entities"> & { compact: CompactData };

const ENTITY = 0;
const TEXT = 1;
const NUMBER = 2;
const NUMBER_AS_TEXT = 3;
const PERCENT = 4;

export function compileTable(table: FactTable): SavedTable {
  const pool = new PoolBuilder();
  const entityList = [...table.entities.values()];
  const entityNumbers = new Map(entityList.map((e, i) => [e, i]));
  const n = entityList.length;
  const ent = { id: new Int32Array(n), type: new Int32Array(n), name: new Int32Array(n), short: new Int32Array(n), within: new Int32Array(n), groups: new Int32Array(n), memberTypes: new Int32Array(n), successors: new Int32Array(n), file: new Int32Array(n), aliasEnds: new Uint32Array(n), aliases: [] as number[] };
  entityList.forEach((e, i) => {
    ent.id[i] = pool.add(e.id);
    ent.type[i] = pool.add(e.type);
    ent.name[i] = pool.add(e.name);
    ent.short[i] = pool.addOptional(e.short);
    ent.within[i] = pool.addOptional(e.in);
    // (Ids and types have no spaces: a list is kept as one string.)
    ent.groups[i] = pool.addOptional(e.groups?.join(" "));
    ent.memberTypes[i] = pool.addOptional(e.memberTypes?.join(" "));
    ent.successors[i] = pool.addOptional(e.successors?.join(" "));
    ent.file[i] = pool.add(e.file);
    for (const a of e.aliases) ent.aliases.push(pool.add(a));
    ent.aliasEnds[i] = ent.aliases.length;
  });
  const byId = Int32Array.from(entityList.keys()).sort((a, b) => compare(entityList[a]!.id, entityList[b]!.id));
  const relations = [...table.relations.values()];
  const relationNumbers = new Map(relations.map((r, i) => [r, i]));
  const facts = compileFacts(table.facts, pool, relationNumbers, entityNumbers);
  const { facts: _facts, entities: _entities, ...rest } = table;
  return { ...rest, compact: { strings: pool.finish(), entities: { ...ent, aliases: Int32Array.from(ent.aliases), byId }, facts } };
}

function compileFacts(list: Fact[], pool: PoolBuilder, relations: Map<Relation, number>, entities: Map<Entity, number>): CompactData["facts"] {
  const n = list.length;
  const cols = {
    id: new Int32Array(n), relation: new Uint16Array(n), validity: new Int32Array(n), period: new Int32Array(n), status: new Int32Array(n), note: new Int32Array(n),
    checked: new Int32Array(n), sources: new Int32Array(n), file: new Int32Array(n), line: new Int32Array(n), valueEnds: new Uint32Array(n),
  };
  const role: number[] = [];
  const kind: number[] = [];
  const data: number[] = [];
  // The loader shares validities between facts: each is written out once.
  const validities = new Map<Validity, number>();
  const validityOf = (v: Validity) => validities.get(v) ?? validities.set(v, pool.add(JSON.stringify(v))).get(v)!;
  list.forEach((f, i) => {
    cols.id[i] = pool.add(f.id);
    cols.relation[i] = relations.get(f.relation)!;
    cols.validity[i] = f.validity ? validityOf(f.validity) : -1;
    cols.period[i] = pool.addOptional(f.period);
    cols.status[i] = pool.add(f.status);
    cols.note[i] = pool.addOptional(f.note);
    cols.checked[i] = pool.add(f.checked);
    cols.sources[i] = pool.add(JSON.stringify(f.sources));
    cols.file[i] = pool.add(f.file);
    cols.line[i] = f.line ?? 0;
    for (const [name, values] of f.values) {
      const r = f.relation.roles.findIndex((x) => x.name === name);
      for (const v of values) {
        role.push(r);
        if (v.kind === "entity") kind.push(ENTITY), data.push(entities.get(v.entity)!);
        else if (v.kind === "text") kind.push(TEXT), data.push(pool.add(v.text));
        else kind.push((typeof v.value === "number" ? NUMBER : NUMBER_AS_TEXT) | (v.percent ? PERCENT : 0)), data.push(pool.add(String(v.value)));
      }
    }
    cols.valueEnds[i] = role.length;
  });
  return { ...cols, valueRole: Uint8Array.from(role), valueKind: Uint8Array.from(kind), valueData: Int32Array.from(data) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const savedForms = new WeakMap<FactTable, SavedTable>();

/** The compact form of a table, to save or send to another thread: its own if it was opened from one. */
export function saveTable(table: FactTable): SavedTable {
  return savedForms.get(table) ?? compileTable(table);
}

/** A saved table made usable: facts and entities made on first use, `facts`/`entities` on first read. */
export function openTable(saved: SavedTable): FactTable {
  const { compact, ...rest } = saved;
  const store = new CompactStore(compact, [...saved.relations.values()]);
  const table = rest as FactTable;
  let facts: Fact[] | undefined;
  let entities: Map<string, Entity> | undefined;
  // Only tools (lint, tests) read every fact or entity: answering goes through the store.
  Object.defineProperty(table, "facts", { enumerable: true, configurable: true, get: () => (facts ??= Array.from({ length: store.factCount }, (_, i) => store.fact(i))) });
  Object.defineProperty(table, "entities", {
    enumerable: true,
    configurable: true,
    get: () => (entities ??= new Map(Array.from({ length: store.entityCount }, (_, i) => [store.entity(i).id, store.entity(i)]))),
  });
  registerStore(table, store);
  savedForms.set(table, saved);
  return table;
}

class CompactStore implements TableStore {
  private readonly strings: StringPool;
  private readonly facts: Array<Fact | undefined>;
  private readonly entities: Array<Entity | undefined>;
  private readonly numbers = new WeakMap<Entity, number>();
  private readonly knownIds = new Map<string, number>();
  /** Validities are shared between facts, as the loader shares them. */
  private readonly validities = new Map<number, Validity>();

  constructor(private readonly data: CompactData, private readonly relations: Relation[]) {
    this.strings = new StringPool(data.strings);
    this.facts = new Array(data.facts.id.length);
    this.entities = new Array(data.entities.id.length);
  }

  get factCount(): number {
    return this.facts.length;
  }

  get entityCount(): number {
    return this.entities.length;
  }

  factId(n: number): string {
    return this.strings.get(this.data.facts.id[n]!);
  }

  entity(n: number): Entity {
    let e = this.entities[n];
    if (!e) {
      this.entities[n] = e = this.makeEntity(n);
      this.numbers.set(e, n);
    }
    return e;
  }

  numberOf(entity: Entity): number {
    return this.numbers.get(entity) ?? this.entityNumber(entity.id);
  }

  entityNumber(id: string): number {
    let n = this.knownIds.get(id);
    if (n === undefined) {
      n = this.searchId(id);
      // Only ids the table has are kept: at most one entry an entity, whatever questions ask.
      if (n >= 0) this.knownIds.set(id, n);
    }
    return n;
  }

  private searchId(id: string): number {
    const { byId } = this.data.entities;
    let lo = 0;
    let hi = byId.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.strings.get(this.data.entities.id[byId[mid]!]!) < id) lo = mid + 1;
      else hi = mid;
    }
    return lo < byId.length && this.strings.get(this.data.entities.id[byId[lo]!]!) === id ? byId[lo]! : -1;
  }

  fact(n: number): Fact {
    return (this.facts[n] ??= this.makeFact(n));
  }

  private makeEntity(n: number): Entity {
    const e = this.data.entities;
    const s = this.strings;
    const aliases: string[] = [];
    for (let i = n === 0 ? 0 : e.aliasEnds[n - 1]!; i < e.aliasEnds[n]!; i++) aliases.push(s.get(e.aliases[i]!));
    const short = s.optional(e.short[n]!);
    const within = s.optional(e.within[n]!);
    const groups = s.optional(e.groups[n]!)?.split(" ");
    const memberTypes = s.optional(e.memberTypes[n]!)?.split(" ");
    const successors = s.optional(e.successors[n]!)?.split(" ");
    return {
      id: s.get(e.id[n]!), type: s.get(e.type[n]!), name: s.get(e.name[n]!), ...(short !== undefined ? { short } : {}), ...(within !== undefined ? { in: within } : {}),
      ...(groups ? { groups } : {}), ...(memberTypes ? { memberTypes } : {}), ...(successors ? { successors } : {}), aliases, file: s.get(e.file[n]!),
    };
  }

  private makeFact(n: number): Fact {
    const f = this.data.facts;
    const s = this.strings;
    const relation = this.relations[f.relation[n]!]!;
    const period = s.optional(f.period[n]!);
    const note = s.optional(f.note[n]!);
    return {
      id: s.get(f.id[n]!), relation, values: this.values(n, relation), validity: this.validity(f.validity[n]!), ...(period !== undefined ? { period } : {}),
      status: s.get(f.status[n]!) as FactStatus, ...(note !== undefined ? { note } : {}), checked: s.get(f.checked[n]!),
      sources: JSON.parse(s.get(f.sources[n]!)) as Source[], file: s.get(f.file[n]!), ...(f.line[n] ? { line: f.line[n]! } : {}),
    };
  }

  private values(n: number, relation: Relation): Map<string, RoleValue[]> {
    const f = this.data.facts;
    const out = new Map<string, RoleValue[]>();
    for (let i = n === 0 ? 0 : f.valueEnds[n - 1]!; i < f.valueEnds[n]!; i++) {
      const role = relation.roles[f.valueRole[i]!]!.name;
      const kind = f.valueKind[i]!;
      const data = f.valueData[i]!;
      const value: RoleValue =
        kind === ENTITY
          ? { kind: "entity", entity: this.entity(data) }
          : kind === TEXT
            ? { kind: "text", text: this.strings.get(data) }
            : { kind: "number", value: (kind & ~PERCENT) === NUMBER ? Number(this.strings.get(data)) : this.strings.get(data), percent: (kind & PERCENT) !== 0 };
      const list = out.get(role);
      if (list) list.push(value);
      else out.set(role, [value]);
    }
    return out;
  }

  private validity(i: number): Validity | null {
    if (i < 0) return null;
    let v = this.validities.get(i);
    if (!v) this.validities.set(i, (v = JSON.parse(this.strings.get(i)) as Validity));
    return v;
  }
}
