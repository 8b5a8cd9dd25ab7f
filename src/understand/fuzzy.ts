/**
 * Typo tolerance by symmetric deletion (SymSpell): every known word is indexed under its one-letter
 * deletions at load, so a question word is corrected with a few hash look-ups instead of comparing
 * it against the whole vocabulary. Only words of five letters or more are corrected ("NATO" is not
 * a misspelt "OSCE"), by one edit, or two for words of nine letters or more.
 */
import { editDistance } from "../text/edit-distance.js";

export const MIN_FUZZY_LENGTH = 5;

function maxEdits(length: number): number {
  return length >= 9 ? 2 : 1;
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

export class FuzzyIndex {
  /** Deletion key → the known words that have it. Built on the first correction (or `warm()`). */
  private byDeletion: Map<string, string[]> | null = null;
  private readonly words = new Set<string>();
  private longest = 0;

  add(word: string): void {
    if (word.length < MIN_FUZZY_LENGTH || this.words.has(word) || /\d/.test(word)) return;
    this.words.add(word);
    if (this.byDeletion) index(this.byDeletion, word);
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /**
   * Builds the deletion index now. It is the largest structure of a big table (every name's
   * one- and two-letter deletions) and only typos need it: a one-shot question with none never
   * builds it; long-running adapters build it when idle after start-up.
   */
  warm(): void {
    this.deletionIndex();
  }

  private deletionIndex(): Map<string, string[]> {
    if (!this.byDeletion) {
      const map = new Map<string, string[]>();
      for (const w of this.words) index(map, w);
      this.byDeletion = map;
    }
    return this.byDeletion;
  }

  /** The closest known word within the allowed edits, or undefined (also when two are equally close). */
  correct(word: string): { word: string; edits: number } | undefined {
    if (word.length < MIN_FUZZY_LENGTH || /\d/.test(word)) return undefined;
    const byDeletion = this.deletionIndex();
    const max = maxEdits(word.length);
    const keys = new Set<string>([word]);
    deletions(word, max, keys);
    let best: string | undefined;
    let bestD = max + 1;
    let tie = false;
    for (const k of keys) {
      for (const candidate of byDeletion.get(k) ?? []) {
        if (candidate === best) continue;
        const d = editDistance(word, candidate, max);
        if (d < bestD) {
          best = candidate;
          bestD = d;
          tie = false;
        } else if (d === bestD && candidate !== best) tie = true;
      }
    }
    return best && !tie && bestD <= max ? { word: best, edits: bestD } : undefined;
  }
}

function index(map: Map<string, string[]>, word: string): void {
  const keys = new Set<string>([word]);
  deletions(word, maxEdits(word.length), keys);
  for (const k of keys) {
    const list = map.get(k);
    if (list) list.push(word);
    else map.set(k, [word]);
  }
}
