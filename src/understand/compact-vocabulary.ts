/**
 * The vocabulary's two big look-up tables (phrases by their first word, multi-word names by their
 * rarest word) packed into typed arrays once the table is compiled: what the table cache saves
 * and a start reads back without rebuilding hundreds of thousands of small objects. A word's list
 * becomes objects on its first look-up; entities are reached by number through the table's store.
 */
import type { Entity } from "../facts/model.js";
import { PoolBuilder, StringPool, type PoolData } from "../facts/string-pool.js";
import type { TableStore } from "../facts/table-store.js";
import type { Meaning } from "./vocabulary.js";

export interface Phrase {
  tokens: string[];
  meanings: Meaning[];
}

export interface Name {
  entity: Entity;
  words: string[];
  seq: number;
}

/** Lists by string key: an open-addressing hash of the keys, then each key's range of items. */
interface KeyedData {
  slots: Int32Array;
  keys: Int32Array;
  ends: Uint32Array;
}

export interface CompactVocabData {
  strings: PoolData;
  phrases: KeyedData & { tokenEnds: Uint32Array; tokens: Int32Array; meaningEnds: Uint32Array; meaningKind: Uint8Array; meaningData: Int32Array; meaningRaw: Int32Array };
  names: KeyedData & { entity: Int32Array; seq: Int32Array; wordEnds: Uint32Array; words: Int32Array };
}

const KINDS = ["entity", "concept", "ask", "order", "operation", "figure"] as const;

/** Marks a word known to start no phrase. */
const NO_PHRASES: Phrase[] = [];
/** Marks a word known to be no name's key (most words of a question). */
const NO_NAMES: Name[] = [];
/** At most this many words are remembered (phrases or none): memory stays bounded whatever is asked. */
const MAX_KEPT = 200_000;

export function compactVocabulary(byFirst: Map<string, Phrase[]>, namesByWord: Map<string, Name[]>, entityNumber: (e: Entity) => number): CompactVocabData {
  const pool = new PoolBuilder();
  const p = { tokenEnds: [] as number[], tokens: [] as number[], meaningEnds: [] as number[], meaningKind: [] as number[], meaningData: [] as number[], meaningRaw: [] as number[] };
  const phraseKeys = keyed(byFirst, pool, (phrase) => {
    for (const t of phrase.tokens) p.tokens.push(pool.add(t));
    p.tokenEnds.push(p.tokens.length);
    for (const m of phrase.meanings) {
      p.meaningKind.push(KINDS.indexOf(m.kind));
      p.meaningData.push(m.kind === "entity" ? entityNumber(m.entity) : pool.add(m.kind === "concept" ? m.concept : m.kind === "ask" ? m.ask : m.kind === "order" ? m.order : m.kind === "figure" ? m.figure : m.operation));
      p.meaningRaw.push(m.kind === "entity" ? pool.addOptional(m.requireRaw) : -1);
    }
    p.meaningEnds.push(p.meaningKind.length);
  });
  const n = { entity: [] as number[], seq: [] as number[], wordEnds: [] as number[], words: [] as number[] };
  const nameKeys = keyed(namesByWord, pool, (name) => {
    n.entity.push(entityNumber(name.entity));
    n.seq.push(name.seq);
    for (const w of name.words) n.words.push(pool.add(w));
    n.wordEnds.push(n.words.length);
  });
  return {
    strings: pool.finish(),
    phrases: {
      ...phraseKeys, tokenEnds: Uint32Array.from(p.tokenEnds), tokens: Int32Array.from(p.tokens), meaningEnds: Uint32Array.from(p.meaningEnds),
      meaningKind: Uint8Array.from(p.meaningKind), meaningData: Int32Array.from(p.meaningData), meaningRaw: Int32Array.from(p.meaningRaw),
    },
    names: { ...nameKeys, entity: Int32Array.from(n.entity), seq: Int32Array.from(n.seq), wordEnds: Uint32Array.from(n.wordEnds), words: Int32Array.from(n.words) },
  };
}

/** Writes every list's items in key order (through `item`) and hashes the keys. */
function keyed<T>(map: Map<string, T[]>, pool: PoolBuilder, item: (x: T) => void): KeyedData {
  const keys = new Int32Array(map.size);
  const ends = new Uint32Array(map.size);
  let size = 2;
  while (size < map.size * 2) size <<= 1;
  const slots = new Int32Array(size).fill(-1);
  let k = 0;
  let count = 0;
  for (const [key, list] of map) {
    keys[k] = pool.add(key);
    let s = hash(key) & (size - 1);
    while (slots[s] !== -1) s = (s + 1) & (size - 1);
    slots[s] = k;
    for (const x of list) item(x);
    ends[k++] = count += list.length;
  }
  return { slots, keys, ends };
}

/** Reads a packed vocabulary; each key's list is made once, on its first look-up. */
export class CompactVocabulary {
  private readonly strings: StringPool;
  private readonly phraseLists = new Map<string, Phrase[]>();
  private readonly nameLists = new Map<string, Name[]>();

  constructor(private readonly data: CompactVocabData, private readonly store: TableStore) {
    this.strings = new StringPool(data.strings);
  }

  phrases(first: string): Phrase[] | undefined {
    let list = this.phraseLists.get(first);
    if (list === NO_PHRASES) return undefined;
    if (!list) {
      const range = this.range(this.data.phrases, first);
      if (!range) {
        // Words that start no phrase are asked about again and again ("the", "who"); kept up to a bound.
        if (this.phraseLists.size < MAX_KEPT) this.phraseLists.set(first, NO_PHRASES);
        return undefined;
      }
      list = [];
      for (let i = range[0]; i < range[1]; i++) list.push(this.phrase(i));
      this.phraseLists.set(first, list);
    }
    return list;
  }

  names(word: string): Name[] | undefined {
    let list = this.nameLists.get(word);
    if (list === NO_NAMES) return undefined;
    if (!list) {
      const range = this.range(this.data.names, word);
      if (!range) {
        // Every word of every question is looked up here, and most are no name's key: kept up to a bound.
        if (this.nameLists.size < MAX_KEPT) this.nameLists.set(word, NO_NAMES);
        return undefined;
      }
      const d = this.data.names;
      list = [];
      for (let i = range[0]; i < range[1]; i++) list.push({ entity: this.store.entity(d.entity[i]!), words: this.list(d.words, d.wordEnds, i), seq: d.seq[i]! });
      this.nameLists.set(word, list);
    }
    return list;
  }

  /** Every list (to add to a packed vocabulary, which no start does). */
  allPhrases(): Map<string, Phrase[]> {
    return new Map(Array.from(this.data.phrases.keys, (k) => this.strings.get(k)).map((key) => [key, [...this.phrases(key)!]]));
  }

  allNames(): Map<string, Name[]> {
    return new Map(Array.from(this.data.names.keys, (k) => this.strings.get(k)).map((key) => [key, [...this.names(key)!]]));
  }

  private phrase(i: number): Phrase {
    const d = this.data.phrases;
    const meanings: Meaning[] = [];
    for (let m = i === 0 ? 0 : d.meaningEnds[i - 1]!; m < d.meaningEnds[i]!; m++) {
      const kind = KINDS[d.meaningKind[m]!]!;
      const data = d.meaningData[m]!;
      if (kind === "entity") {
        const raw = this.strings.optional(d.meaningRaw[m]!);
        meanings.push({ kind, entity: this.store.entity(data), ...(raw !== undefined ? { requireRaw: raw } : {}) });
      } else meanings.push({ kind, [kind]: this.strings.get(data) } as Meaning);
    }
    return { tokens: this.list(d.tokens, d.tokenEnds, i), meanings };
  }

  private list(items: Int32Array, ends: Uint32Array, i: number): string[] {
    const out: string[] = [];
    for (let t = i === 0 ? 0 : ends[i - 1]!; t < ends[i]!; t++) out.push(this.strings.get(items[t]!));
    return out;
  }

  /** The item range of `key`, or null. */
  private range(d: KeyedData, key: string): [number, number] | null {
    const mask = d.slots.length - 1;
    for (let s = hash(key) & mask; d.slots[s] !== -1; s = (s + 1) & mask) {
      const k = d.slots[s]!;
      if (this.strings.get(d.keys[k]!) === key) return [k === 0 ? 0 : d.ends[k - 1]!, d.ends[k]!];
    }
    return null;
  }
}

/** FNV-1a. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
