/**
 * The typo index hashes a word's deletion keys without making them (src/understand/deletion-keys.ts):
 * for every word, the hashes it emits must be exactly those of the distinct keys made as strings,
 * as many of each, or the index (and so a corrected word) would differ from one built from strings.
 */
import { describe, expect, it } from "vitest";
import { buildCoreState } from "../../src/core-state.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { loadFactTable } from "../../src/facts/load.js";
import { deletionKeys, forEachKeyHash, keyHash } from "../../src/understand/deletion-keys.js";

function emitted(word: string, depth: 1 | 2): number[] {
  const out: number[] = [];
  forEachKeyHash(word, depth, (h) => out.push(h));
  return out.sort((a, b) => a - b);
}

function fromStrings(word: string, depth: 1 | 2): number[] {
  return [...deletionKeys(word, depth)].map(keyHash).sort((a, b) => a - b);
}

describe("deletion key hashes", () => {
  // Doubled letters, a run of one letter, accents, a surrogate pair, the shortest corrected length.
  const words = ["committee", "mississippi", "aaaaaaaaaaaa", "chairmanship", "akhmetov", "zürichstraße", "naïveté", "ab😀cdefgh", "abcde", "abab", "x".repeat(300)];

  it.each(words)("%s: one hash per distinct key, at depth 1 and 2", (word) => {
    for (const depth of [1, 2] as const) expect(emitted(word, depth)).toEqual(fromStrings(word, depth));
  });

  it("counts each distinct key once where variants repeat ('committee' less either 'm')", () => {
    expect(emitted("committee", 1)).toHaveLength(deletionKeys("committee", 1).size);
    expect(deletionKeys("committee", 1).size).toBeLessThan(1 + "committee".length);
  });

  it("matches the strings for every word of the real table's typo index", () => {
    const { vocab } = buildCoreState(loadFactTable(defaultFactsDir()).table);
    const known = [...(vocab.fuzzy as unknown as { words: Set<string> }).words];
    expect(known.length).toBeGreaterThan(1000);
    for (const word of known) {
      const depth = word.length >= 9 ? 2 : 1;
      expect(emitted(word, depth), word).toEqual(fromStrings(word, depth));
    }
  });
});
