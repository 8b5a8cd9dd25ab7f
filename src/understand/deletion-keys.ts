/**
 * The hashes of a word's deletion keys (the word, and every string made by deleting up to `depth`
 * of its letters), one per distinct key, without making the keys: the typo index (fuzzy.ts) needs
 * only their hashes, and making ~3 million short strings at 100,000 facts cost about a second of a
 * first start and as much again in garbage collection.
 *
 * Each variant is hashed from the word's prefix hashes; variants whose hashes are equal (a doubled
 * letter: "committee" less either "m") are made as strings and counted once each, so the hashes
 * emitted are exactly those of the distinct keys, as many times as there are distinct keys.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** FNV-1a, 30 bits (small integers in V8): the hash of a deletion key. */
export function keyHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return finish(h);
}

function finish(h: number): number {
  return (h >>> 2) & 0x3fffffff;
}

/** A variant is sorted as hash × SLOT + its number: one numeric sort, no comparator. */
const SLOT = 2 ** 20;
/** Longer words (none in practice) have too many variants to number in a slot: made as strings. */
const LONGEST_HASHED = 256;

/** Calls `emit` with the hash of every distinct deletion key of `word` (word included). */
export function forEachKeyHash(word: string, depth: 1 | 2, emit: (hash: number) => void): void {
  if (word.length > LONGEST_HASHED) {
    for (const k of deletionKeys(word, depth)) emit(keyHash(k));
    return;
  }
  const variants = hashedVariants(word, depth);
  for (let start = 0; start < variants.length; ) {
    const hash = Math.floor(variants[start]! / SLOT);
    let end = start + 1;
    while (end < variants.length && Math.floor(variants[end]! / SLOT) === hash) end++;
    // Equal hashes: the same key reached twice, or (rarely) two keys that collide; count the keys.
    const distinct = end - start === 1 ? 1 : new Set(Array.from(variants.subarray(start, end), (v) => variantOf(word, v % SLOT))).size;
    for (let i = 0; i < distinct; i++) emit(hash);
    start = end;
  }
}

/**
 * Every variant (with repeats) as hash × SLOT + number, sorted. Numbers: 0 the word, 1 + i the
 * word less letter i, then the word less letters i < j in order.
 */
function hashedVariants(word: string, depth: 1 | 2): Float64Array {
  const n = word.length;
  const prefix = new Int32Array(n + 1);
  prefix[0] = FNV_OFFSET;
  for (let i = 0; i < n; i++) prefix[i + 1] = Math.imul(prefix[i]! ^ word.charCodeAt(i), FNV_PRIME);
  const out = new Float64Array(1 + n + (depth === 2 ? (n * (n - 1)) / 2 : 0));
  let at = 0;
  out[at] = finish(prefix[n]!) * SLOT + at;
  at++;
  for (let i = 0; i < n; i++, at++) out[at] = finish(hashFrom(word, prefix[i]!, i + 1, n)) * SLOT + at;
  if (depth === 2)
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++, at++) out[at] = finish(hashFrom(word, hashFrom(word, prefix[i]!, i + 1, j), j + 1, n)) * SLOT + at;
  return out.sort();
}

/** The FNV state `h` continued over word[from … to). */
function hashFrom(word: string, h: number, from: number, to: number): number {
  for (let k = from; k < to; k++) h = Math.imul(h ^ word.charCodeAt(k), FNV_PRIME);
  return h;
}

/** The string of variant number `v` (as numbered by `hashedVariants`). */
function variantOf(word: string, v: number): string {
  const n = word.length;
  if (v === 0) return word;
  if (v <= n) return word.slice(0, v - 1) + word.slice(v);
  let k = v - 1 - n;
  for (let i = 0; i < n; i++) {
    const pairs = n - 1 - i;
    if (k < pairs) {
      const j = i + 1 + k;
      return word.slice(0, i) + word.slice(i + 1, j) + word.slice(j + 1);
    }
    k -= pairs;
  }
  throw new Error(`no variant ${v} of a word of ${n} letters`);
}

/** A word and its deletions up to `depth` letters, as strings (what a question's word is looked up by). */
export function deletionKeys(word: string, depth: number): Set<string> {
  const keys = new Set<string>([word]);
  deletions(word, depth, keys);
  return keys;
}

function deletions(word: string, depth: number, into: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!into.has(d)) {
      into.add(d);
      deletions(d, depth - 1, into);
    }
  }
}
