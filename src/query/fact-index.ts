/**
 * Facts indexed by what questions look up: relation; relation + role + entity; relation + year.
 * Built once at load so a question never scans the whole table. Holds fact and entity numbers in
 * typed arrays (saved as they are in the table cache); facts are reached through the table's store.
 */
import type { Entity, Fact, FactTable } from "../facts/model.js";
import { attachStore, storeOf, type TableStore } from "../facts/table-store.js";
import { yearOf } from "../time/days.js";
import { FAR_PAST, possibleEnd, possibleStart } from "../time/validity.js";

const NONE: readonly Fact[] = Object.freeze([]);

/** Lists of fact numbers by a sorted integer key (an entity number, a year). */
interface Buckets {
  keys: Int32Array;
  /** Facts of keys[k]: facts[ends[k-1] … ends[k]]. */
  ends: Uint32Array;
  facts: Int32Array;
}

/** Per relation: its facts in time order, by role and entity, and by the years they may hold in. */
interface RelationFacts {
  all: Int32Array;
  /** role → entity number → facts, in time order */
  byRole: Map<string, Buckets>;
  /** year → facts that may hold at some time in that year (ongoing facts: only up to their start year, see `ongoing`) */
  byYear: Buckets;
  /** Facts without an end ("still so"), by start: they hold from their start to the reference date. */
  ongoing: Int32Array;
  /** Facts without validity (always in scope). */
  timeless: Int32Array;
  /** Facts spanning more than MAX_BUCKET_YEARS, kept out of the year buckets. */
  long: Int32Array;
  /** Earliest start and latest written end of the dated facts, for "my records cover …". */
  first: number;
  lastWritten: number;
  /** Latest start among ongoing facts (they end at the reference date, never before their start). */
  ongoingStart: number;
}

/** A fact spanning more years than this is kept in `long` rather than in every year bucket. */
const MAX_BUCKET_YEARS = 30;

export class FactIndex {
  private readonly relations = new Map<string, RelationFacts>();
  /** A fact's place in its relation's list (time order), to return subsets in the same order. */
  private readonly position: Int32Array;
  /** Fact numbers sorted by fact id. */
  private readonly ids: Int32Array;
  declare private store: TableStore;

  constructor(table: FactTable) {
    const store = storeOf(table);
    attachStore(this, store);
    const count = store.factCount;
    const starts = new Float64Array(count);
    for (let n = 0; n < count; n++) {
      const v = store.fact(n).validity;
      starts[n] = v ? possibleStart(v) : FAR_PAST - 1;
    }
    const sorted = timeOrder(starts);
    const building = new Map<string, Building>();
    for (const n of sorted) {
      const f = store.fact(n);
      let r = building.get(f.relation.id);
      if (!r) building.set(f.relation.id, (r = newBuilding()));
      r.add(n, f, store);
    }
    this.position = new Int32Array(count);
    for (const [id, r] of building) {
      const done = r.finish();
      done.all.forEach((n, i) => (this.position[n] = i));
      this.relations.set(id, done);
    }
    const ids = Array.from({ length: count }, (_, n) => store.factId(n));
    this.ids = Int32Array.from(ids.keys()).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : a - b));
  }

  /** After the table cache revived the index: the numbers are the revived table's. */
  attach(table: FactTable): void {
    attachStore(this, storeOf(table));
  }

  /** An entity of the table by its id, if there is one. */
  entityById(id: string): Entity | undefined {
    const n = this.store.entityNumber(id);
    return n < 0 ? undefined : this.store.entity(n);
  }

  /** The ids of the relations that have facts. */
  relationIds(): IterableIterator<string> {
    return this.relations.keys();
  }

  /** Every fact of a relation, earliest first (made once: scans ask for it again and again). */
  facts(relationId: string): readonly Fact[] {
    const r = this.relations.get(relationId);
    if (!r) return NONE;
    let all = madeLists.get(r.all);
    if (!all) madeLists.set(r.all, (all = this.objects(r.all)));
    return all;
  }

  /**
   * Facts of a relation with this entity in this role, earliest first; or with a place that lies in
   * it, where the relation never names the entity itself ("decided together with Switzerland's
   * chairmanship" is not about the decisions taken in Basel).
   */
  withEntity(relationId: string, role: string, entityId: string): readonly Fact[] {
    const direct = this.listed(relationId, role, entityId);
    const within = this.listed(relationId, withinKey(role), entityId);
    if (!within || this.namesItself(relationId, entityId)) return direct ? this.objects(direct) : NONE;
    const both = direct ? Int32Array.from([...direct, ...within]) : within;
    return this.objects(both.sort((a, b) => this.position[a]! - this.position[b]!));
  }

  private namesItself(relationId: string, entityId: string): boolean {
    const r = this.relations.get(relationId);
    return !!r && [...r.byRole.keys()].some((key) => !key.endsWith(WITHIN) && this.listed(relationId, key, entityId) !== null);
  }

  private listed(relationId: string, key: string, entityId: string): Int32Array | null {
    const b = this.relations.get(relationId)?.byRole.get(key);
    const k = b ? find(b.keys, this.store.entityNumber(entityId)) : -1;
    return k < 0 ? null : b!.facts.subarray(k === 0 ? 0 : b!.ends[k - 1]!, b!.ends[k]!);
  }

  /** Does the table hold any fact of `relation` with this entity in this role? */
  has(relationId: string, role: string, entityId: string): boolean {
    const b = this.relations.get(relationId)?.byRole.get(role);
    return b ? find(b.keys, this.store.entityNumber(entityId)) >= 0 : false;
  }

  /**
   * Facts of a relation that may hold at some time between the days `start` and `end` (inclusive),
   * plus its timeless facts, in the order of `facts()`: what a question about a time needs, without
   * a scan of the relation. An ongoing fact holds from its start to `today` (never extended past it). A
   * superset of what `inScope(…, "at")` keeps; callers still apply their own time test.
   */
  between(relationId: string, start: number, end: number, today: number): Fact[] {
    const r = this.relations.get(relationId);
    if (!r) return [];
    const out: number[] = [...r.timeless];
    const seen = new Set<number>();
    const holds = (n: number) => {
      const v = this.store.fact(n).validity!;
      return possibleStart(v) <= end && possibleEnd(v, today) >= start;
    };
    const y0 = yearOf(Math.max(start, r.first === Infinity ? start : r.first));
    const y1 = yearOf(Math.min(end, Math.max(r.lastWritten, start)));
    const { keys, ends, facts } = r.byYear;
    for (let k = lowerBound(keys, y0); k < keys.length && keys[k]! <= y1; k++)
      for (let i = k === 0 ? 0 : ends[k - 1]!; i < ends[k]!; i++) {
        const n = facts[i]!;
        if (!seen.has(n)) {
          seen.add(n);
          if (holds(n)) out.push(n);
        }
      }
    for (const n of r.long) if (holds(n)) out.push(n);
    for (const n of r.ongoing) if (holds(n)) out.push(n);
    out.sort((a, b) => this.position[a]! - this.position[b]!);
    return out.map((n) => this.store.fact(n));
  }

  byId(id: string): Fact | undefined {
    let lo = 0;
    let hi = this.ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.store.factId(this.ids[mid]!) < id) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.ids.length && this.store.factId(this.ids[lo]!) === id ? this.store.fact(this.ids[lo]!) : undefined;
  }

  /** First and last day a relation's dated facts may hold ("my records cover 1991–2026"), or null. */
  coverage(relationId: string, today: number): [number, number] | null {
    const r = this.relations.get(relationId);
    if (!r || r.first === Infinity) return null;
    const last = Math.max(r.lastWritten, r.ongoing.length ? Math.max(today, r.ongoingStart) : -Infinity);
    return [r.first, last];
  }

  private objects(numbers: Int32Array): Fact[] {
    const out = new Array<Fact>(numbers.length);
    for (let i = 0; i < numbers.length; i++) out[i] = this.store.fact(numbers[i]!);
    return out;
  }
}

/**
 * Fact numbers in time order: earliest first, timeless facts first, equal starts in file order.
 * Sorted as one number each (start × slot + number, exact for whole-day starts) with no comparator
 * to call ~2 million times at 100,000 facts; any other start (none in practice) sorts by comparator.
 */
function timeOrder(starts: Float64Array): Int32Array {
  const count = starts.length;
  const slot = 2 ** Math.ceil(Math.log2(count + 1));
  const keys = new Float64Array(count);
  for (let n = 0; n < count; n++) {
    keys[n] = starts[n]! * slot + n;
    if (!Number.isInteger(starts[n]) || !Number.isSafeInteger(keys[n])) return timeOrderByComparator(starts);
  }
  keys.sort();
  return Int32Array.from(keys, (k) => k - Math.floor(k / slot) * slot);
}

function timeOrderByComparator(starts: Float64Array): Int32Array {
  return Int32Array.from({ length: starts.length }, (_, i) => i).sort((a, b) => starts[a]! - starts[b]! || a - b);
}

/** A relation's whole list as objects, by its list of numbers (kept out of what the cache saves). */
const madeLists = new WeakMap<Int32Array, Fact[]>();

/** Index of `key` in the sorted `keys`, or -1. */
function find(keys: Int32Array, key: number): number {
  const k = lowerBound(keys, key);
  return k < keys.length && keys[k] === key ? k : -1;
}

function lowerBound(keys: Int32Array, key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The key of a role's lists of facts by the place their value lies in. */
const WITHIN = "\u0000within";
const withinKey = (role: string) => `${role}${WITHIN}`;

/** The entity `entity` lies in (a city's country), where the role it fills takes that type too. */
function containerIn(f: Fact, role: string, entity: Entity, store: TableStore): Entity | undefined {
  const n = entity.in ? store.entityNumber(entity.in) : -1;
  const around = n >= 0 ? store.entity(n) : undefined;
  return around && f.relation.roles.some((r) => r.name === role && r.types.includes(around.type)) ? around : undefined;
}

/** A relation's lists while the index is built, as plain arrays. */
type Building = ReturnType<typeof newBuilding>;

function newBuilding() {
  const all: number[] = [];
  const byRole = new Map<string, Map<number, number[]>>();
  const byYear = new Map<number, number[]>();
  const ongoing: number[] = [];
  const timeless: number[] = [];
  const long: number[] = [];
  const bounds = { first: Infinity, lastWritten: -Infinity, ongoingStart: -Infinity };
  const push = <K>(map: Map<K, number[]>, key: K, n: number) => (map.get(key) ?? map.set(key, []).get(key)!).push(n);
  return {
    add(n: number, f: Fact, store: TableStore): void {
      all.push(n);
      for (const [role, values] of f.values)
        for (const v of values) {
          if (v.kind !== "entity") continue;
          let byEntity = byRole.get(role);
          if (!byEntity) byRole.set(role, (byEntity = new Map()));
          push(byEntity, store.numberOf(v.entity), n);
          // A place is also found by where it lies, in a role that takes that too ("the MC in Slovakia":
          // Bratislava), kept apart: which role a name goes into is decided by the facts naming it.
          // So is any value by the regions and groups it belongs to ("the Central Asian chairs").
          const around = containerIn(f, role, v.entity, store);
          if (!around && !v.entity.groups) continue;
          let within = byRole.get(withinKey(role));
          if (!within) byRole.set(withinKey(role), (within = new Map()));
          // (Once per fact: several values of a list may lie in one place.)
          for (const key of [...(around ? [store.numberOf(around)] : []), ...(v.entity.groups ?? []).map((g) => store.entityNumber(g))])
            if (within.get(key)?.at(-1) !== n) push(within, key, n);
        }
      const v = f.validity;
      if (!v) return void timeless.push(n);
      const s = possibleStart(v);
      bounds.first = Math.min(bounds.first, s);
      if (v.kind === "span" && v.to === null) {
        ongoing.push(n);
        bounds.ongoingStart = Math.max(bounds.ongoingStart, s);
        return;
      }
      const e = possibleEnd(v, s);
      bounds.lastWritten = Math.max(bounds.lastWritten, e);
      if (s <= FAR_PAST) return void long.push(n);
      const [y0, y1] = [yearOf(s), yearOf(e)];
      if (y1 - y0 > MAX_BUCKET_YEARS) return void long.push(n);
      for (let y = y0; y <= y1; y++) push(byYear, y, n);
    },
    finish(): RelationFacts {
      return {
        all: Int32Array.from(all),
        byRole: new Map([...byRole].map(([role, m]) => [role, buckets(m)])),
        byYear: buckets(byYear),
        ongoing: Int32Array.from(ongoing),
        timeless: Int32Array.from(timeless),
        long: Int32Array.from(long),
        ...bounds,
      };
    },
  };
}

/** Lists by key, as sorted keys and one array of fact numbers (each list keeps its order). */
function buckets(map: Map<number, number[]>): Buckets {
  const keys = Int32Array.from(map.keys()).sort();
  const ends = new Uint32Array(keys.length);
  const facts = new Int32Array([...map.values()].reduce((n, l) => n + l.length, 0));
  let at = 0;
  keys.forEach((k, i) => {
    const list = map.get(k)!;
    facts.set(list, at);
    ends[i] = at += list.length;
  });
  return { keys, ends, facts };
}
