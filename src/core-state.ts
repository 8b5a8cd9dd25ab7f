/**
 * Everything createFactdesk derives from a fact table before it can answer: the vocabulary (names,
 * concepts, typo index), the relation profiles, the fact index and the autocomplete questions.
 * Built in ~0.1 s for the real table and a few seconds at 100,000 facts, it is saved with the
 * table in the compiled-table cache (facts/table-cache.ts) and revived on the next start.
 *
 * The cache key includes the compiled code, so a revived state always comes from the same code.
 * Only plain data and the classes below survive serialisation; `isRevivable` refuses anything else
 * (a function, another class), and the state is then simply rebuilt on every start.
 */
import type { FactTable } from "./facts/model.js";
import { buildSuggestionData, type SuggestionData } from "./help/suggestions.js";
import { FactIndex } from "./query/fact-index.js";
import { FuzzyIndex } from "./understand/fuzzy.js";
import { buildProfiles, type RelationProfile } from "./understand/relation-profile.js";
import { buildVocabulary, Vocabulary } from "./understand/vocabulary.js";

export interface CoreState {
  vocab: Vocabulary;
  profiles: RelationProfile[];
  index: FactIndex;
  suggestions: SuggestionData;
}

export function buildCoreState(table: FactTable): CoreState {
  const vocab = buildVocabulary(table);
  const profiles = buildProfiles(table, vocab);
  vocab.compact();
  vocab.pack(table);
  // The typo index is built here, so it is saved in the cache: no question stalls on the first typo.
  vocab.fuzzy.warm();
  return { vocab, profiles, index: new FactIndex(table), suggestions: buildSuggestionData(table) };
}

const PLAIN = new Set<object | null>([null, Object.prototype, Array.prototype, Map.prototype, Set.prototype, Date.prototype, RegExp.prototype]);
/** Typed arrays (the typo index's rows) serialise as they are; their elements are numbers, not walked. */
const TYPED = new Set<object>([Uint8Array.prototype, Uint16Array.prototype, Uint32Array.prototype, Int32Array.prototype, Float64Array.prototype]);

/** Non-enumerable properties (not saved) that `reviveCoreState` attaches again: the table's store, the packed vocabulary's reader. */
const REATTACHED = new Set(["store", "packed"]);

/** The class instances of a state, where they are: what serialisation loses and `reviveCoreState` restores. */
function instances(state: CoreState): Array<[object, object]> {
  return [
    [state.vocab, Vocabulary.prototype],
    [state.vocab.fuzzy, FuzzyIndex.prototype],
    [state.index, FactIndex.prototype],
  ];
}

/**
 * Plain data, and class instances only where `reviveCoreState` expects them (the table's
 * relations and lexicon are saved with the table and not walked again).
 */
export function isRevivable(state: CoreState, table: FactTable): boolean {
  const expected = new Map(instances(state));
  // Facts and entities are referred to by number: met here, they would be saved as copies.
  const seen = new Set<unknown>([table, table.lexicon, ...table.relations.values()]);
  const stack: unknown[] = [state];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") return false;
    if (v === null || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    const proto = Object.getPrototypeOf(v) as object | null;
    if (proto && TYPED.has(proto)) continue;
    if (!PLAIN.has(proto) && expected.get(v) !== proto) return false;
    if (Object.getOwnPropertySymbols(v).length) return false;
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    else if (v instanceof Set) for (const x of v) stack.push(x);
    else if (Array.isArray(v)) for (const x of v) stack.push(x);
    else
      for (const n of Object.getOwnPropertyNames(v)) {
        // Accessors and non-enumerable properties would not survive serialisation.
        const d = Object.getOwnPropertyDescriptor(v, n)!;
        // What reads the table's facts and entities is left out on purpose and attached on revival.
        if (REATTACHED.has(n) && !d.enumerable) continue;
        if (!d.enumerable || d.get || d.set) return false;
        stack.push(d.value);
      }
  }
  return true;
}

/** Gives a deserialised state its classes back, and the revived table to reach facts and entities through. */
export function reviveCoreState(state: CoreState, table: FactTable): CoreState {
  for (const [target, proto] of instances(state)) Object.setPrototypeOf(target, proto);
  state.index.attach(table);
  state.vocab.attach(table);
  return state;
}
