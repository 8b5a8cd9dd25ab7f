/**
 * Facts indexed by what questions look up: relation; relation + role + entity; relation + year.
 * Built once at load so a question never scans the whole table.
 */
import type { Fact, FactTable } from "../facts/model.js";
import { yearOf } from "../time/days.js";
import { FAR_PAST, possibleEnd, possibleStart } from "../time/validity.js";

const NONE: readonly Fact[] = Object.freeze([]);

/** Per relation: its facts in time order, by role and entity, and by the years they may hold in. */
interface RelationFacts {
  all: Fact[];
  /** role → entity id → facts, in time order */
  byRole: Map<string, Map<string, Fact[]>>;
  /** year → facts that may hold at some time in that year (ongoing facts: only up to their start year, see `ongoing`) */
  byYear: Map<number, Fact[]>;
  /** Facts without an end ("still so"), by start: they hold from their start to the reference date. */
  ongoing: Fact[];
  /** Facts without validity (always in scope). */
  timeless: Fact[];
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
  private readonly long = new Map<string, Fact[]>();
  /** A fact's place in its relation's list (time order), to return subsets in the same order (built on first use). */
  private position: Map<Fact, number> | null = null;
  /** Facts by id (built on first use). */
  private ids: Map<string, Fact> | null = null;

  constructor(table: FactTable) {
    // Time order: earliest first, timeless facts first (stable for equal starts: file order).
    const sorted = table.facts.map((f, i) => ({ f, s: start(f), i })).sort((a, b) => a.s - b.s || a.i - b.i);
    for (const { f } of sorted) {
      const id = f.relation.id;
      let r = this.relations.get(id);
      if (!r) {
        r = { all: [], byRole: new Map(), byYear: new Map(), ongoing: [], timeless: [], first: Infinity, lastWritten: -Infinity, ongoingStart: -Infinity };
        this.relations.set(id, r);
      }
      r.all.push(f);
      for (const [role, values] of f.values) {
        for (const v of values) {
          if (v.kind !== "entity") continue;
          let byEntity = r.byRole.get(role);
          if (!byEntity) r.byRole.set(role, (byEntity = new Map()));
          const list = byEntity.get(v.entity.id);
          if (list) list.push(f);
          else byEntity.set(v.entity.id, [f]);
        }
      }
      const v = f.validity;
      if (!v) {
        r.timeless.push(f);
        continue;
      }
      const s = possibleStart(v);
      r.first = Math.min(r.first, s);
      if (v.kind === "span" && v.to === null) {
        r.ongoing.push(f);
        r.ongoingStart = Math.max(r.ongoingStart, s);
        continue;
      }
      const e = possibleEnd(v, s);
      r.lastWritten = Math.max(r.lastWritten, e);
      if (s <= FAR_PAST || yearOf(e) - yearOf(s) > MAX_BUCKET_YEARS) {
        (this.long.get(id) ?? this.long.set(id, []).get(id)!).push(f);
        continue;
      }
      for (let y = yearOf(s); y <= yearOf(e); y++) {
        const list = r.byYear.get(y);
        if (list) list.push(f);
        else r.byYear.set(y, [f]);
      }
    }
  }

  /** Every fact of a relation, earliest first. */
  facts(relationId: string): readonly Fact[] {
    return this.relations.get(relationId)?.all ?? NONE;
  }

  /** Facts of a relation with this entity in this role, earliest first. */
  withEntity(relationId: string, role: string, entityId: string): readonly Fact[] {
    return this.relations.get(relationId)?.byRole.get(role)?.get(entityId) ?? NONE;
  }

  /** Does the table hold any fact of `relation` with this entity in this role? */
  has(relationId: string, role: string, entityId: string): boolean {
    return this.relations.get(relationId)?.byRole.get(role)?.has(entityId) ?? false;
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
    const out: Fact[] = [...r.timeless];
    const seen = new Set<Fact>();
    const y0 = yearOf(Math.max(start, r.first === Infinity ? start : r.first));
    const y1 = yearOf(Math.min(end, Math.max(r.lastWritten, start)));
    for (let y = y0; y <= y1; y++)
      for (const f of r.byYear.get(y) ?? NONE)
        if (!seen.has(f)) {
          seen.add(f);
          if (possibleStart(f.validity!) <= end && possibleEnd(f.validity!, today) >= start) out.push(f);
        }
    for (const f of this.long.get(relationId) ?? NONE) if (possibleStart(f.validity!) <= end && possibleEnd(f.validity!, today) >= start) out.push(f);
    for (const f of r.ongoing) if (possibleStart(f.validity!) <= end && possibleEnd(f.validity!, today) >= start) out.push(f);
    if (!this.position) {
      this.position = new Map();
      for (const rel of this.relations.values()) rel.all.forEach((f, i) => this.position!.set(f, i));
    }
    const position = this.position;
    return out.sort((a, b) => position.get(a)! - position.get(b)!);
  }

  /** First and last day a relation's dated facts may hold ("my records cover 1991–2026"), or null. */
  byId(id: string): Fact | undefined {
    if (!this.ids) {
      this.ids = new Map();
      for (const r of this.relations.values()) for (const f of r.all) this.ids.set(f.id, f);
    }
    return this.ids.get(id);
  }

  coverage(relationId: string, today: number): [number, number] | null {
    const r = this.relations.get(relationId);
    if (!r || r.first === Infinity) return null;
    const last = Math.max(r.lastWritten, r.ongoing.length ? Math.max(today, r.ongoingStart) : -Infinity);
    return [r.first, last];
  }
}

function start(f: Fact): number {
  return f.validity ? possibleStart(f.validity) : FAR_PAST - 1;
}
