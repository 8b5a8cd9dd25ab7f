/**
 * Typo tolerance by symmetric deletion (SymSpell): every known word is indexed under its one-letter
 * deletions at load, so a question word is corrected with a few hash look-ups instead of comparing
 * it against the whole vocabulary. Only words of five letters or more are corrected ("NATO" is not
 * a misspelt "OSCE"), by one edit, or two for words of nine letters or more.
 */
import { editDistance } from "../text/edit-distance.js";
import { deletionKeys, forEachKeyHash, keyHash } from "./deletion-keys.js";

export const MIN_FUZZY_LENGTH = 5;

function maxEdits(length: number): 1 | 2 {
  return length >= 9 ? 2 : 1;
}

/** The most deletion keys a word of `length` letters has: itself, less one letter, less two. */
function mostKeys(length: number, depth: 1 | 2): number {
  return 1 + length + (depth === 2 ? (length * (length - 1)) / 2 : 0);
}

export class FuzzyIndex {
  /**
   * The deletion index, built by `warm()` when the table is compiled (or on the first correction):
   * every known word's deletion keys, hashed into buckets, each bucket the ids of the words with a
   * key there (compressed rows: ~10 bytes a key where a Map of strings took ~90; 100,000 facts'
   * names make ~3 million keys).
   * A bucket may also hold words of other keys (hash collisions): every candidate is checked by
   * edit distance anyway, so they change nothing.
   */
  private deletion: { list: string[]; mask: number; starts: Uint32Array; ids: Uint32Array } | null = null;
  /** Words added after the index was built (none in practice: words are added while loading). */
  private late: Map<string, string[]> | null = null;
  private readonly words = new Set<string>();
  private longest = 0;

  add(word: string): void {
    if (word.length < MIN_FUZZY_LENGTH || this.words.has(word) || /\d/.test(word)) return;
    this.words.add(word);
    this.longest = Math.max(this.longest, word.length);
    if (this.deletion) {
      this.late ??= new Map();
      for (const k of deletionKeys(word, maxEdits(word.length))) (this.late.get(k) ?? this.late.set(k, []).get(k)!).push(word);
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /**
   * Builds the deletion index now: once, when the table is compiled (src/core-state.ts), so it is
   * saved in the table cache as typed arrays and a start from the cache has it ready.
   */
  warm(): void {
    this.deletionIndex();
  }

  /** Whether the deletion index is built (it is, in a state revived from the table cache). */
  warmed(): boolean {
    return this.deletion !== null;
  }

  private deletionIndex(): NonNullable<FuzzyIndex["deletion"]> {
    if (this.deletion) return this.deletion;
    const list = [...this.words];
    // Pass 1: every (key hash, word) pair, in typed arrays sized for the most keys the words can
    // have (no copies as they grow); pass 2: counting sort into rows.
    let capacity = 0;
    for (const w of list) capacity += mostKeys(w.length, maxEdits(w.length));
    const hashes = new Uint32Array(capacity);
    const owners = new Uint32Array(capacity);
    let n = 0;
    list.forEach((w, id) => {
      forEachKeyHash(w, maxEdits(w.length), (h) => {
        hashes[n] = h;
        owners[n++] = id;
      });
    });
    let buckets = 1;
    while (buckets < n) buckets <<= 1;
    const mask = buckets - 1;
    const starts = new Uint32Array(buckets + 1);
    for (let i = 0; i < n; i++) starts[(hashes[i]! & mask) + 1]!++;
    for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
    const fill = starts.slice(0, buckets);
    const ids = new Uint32Array(n);
    for (let i = 0; i < n; i++) ids[fill[hashes[i]! & mask]!++] = owners[i]!;
    this.deletion = { list, mask, starts, ids };
    return this.deletion;
  }

  /** The closest known word within the allowed edits, or undefined (also when two are equally close). */
  correct(word: string, sameWord: (a: string, b: string) => boolean = (a, b) => a === b): { word: string; edits: number } | undefined {
    // Deletions grow with the cube of the length: a word longer than any known one (plus edits) cannot match.
    if (word.length < MIN_FUZZY_LENGTH || word.length > this.longest + 2 || /\d/.test(word)) return undefined;
    const { list, mask, starts, ids } = this.deletionIndex();
    const max = maxEdits(word.length);
    let best: string | undefined;
    let bestD = max + 1;
    let tie = false;
    const seen = new Set<string>();
    const consider = (candidate: string) => {
      if (candidate === best || seen.has(candidate)) return;
      seen.add(candidate);
      const d = editDistance(word, candidate, max);
      if (d < bestD) {
        best = candidate;
        bestD = d;
        tie = false;
        // "chaird": "chair", "chairs" and "chaired" are one word told apart by its ending, not a tie.
      } else if (d === bestD && d <= max && !sameWord(best!, candidate)) tie = true;
    };
    for (const k of deletionKeys(word, max)) {
      const b = keyHash(k) & mask;
      for (let i = starts[b]!; i < starts[b + 1]!; i++) consider(list[ids[i]!]!);
      for (const candidate of this.late?.get(k) ?? []) consider(candidate);
    }
    return best && !tie && bestD <= max ? { word: best, edits: bestD } : undefined;
  }
}
