/**
 * Words that ask when something began, two at a time ("took office", "set up", "sworn in"): reading
 * looks a pair up only after a word that begins one of the lexicon's phrases (read-tokens.ts,
 * `pairStartsOf`). Every such phrase of the real lexicon must still be read as a beginning.
 */
import { describe, expect, it } from "vitest";
import { defaultFactsDir } from "../../src/factdesk.js";
import { loadFactTable } from "../../src/facts/load.js";
import { buildVocabulary } from "../../src/understand/vocabulary.js";
import { parseQuestion } from "../../src/understand/parse-question.js";

describe("phrases of two words that ask when something began", () => {
  const { table } = loadFactTable(defaultFactsDir());
  const vocab = buildVocabulary(table);
  const now = new Date("2026-01-15T12:00:00Z");
  const pairs = [...vocab.starting].filter((p) => p.includes(" "));

  it("are each read as a beginning, wherever they stand", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(5);
    for (const pair of pairs) {
      expect(parseQuestion(`when did Tokayev ${pair}?`, now, vocab).starting, pair).toBe(true);
      expect(parseQuestion(`${pair} when, Tokayev?`, now, vocab).starting, pair).toBe(true);
    }
  });

  it("are not read where only their first word stands", () => {
    for (const first of new Set(pairs.map((p) => p.split(" ")[0]!).filter((w) => !vocab.starting.has(w))))
      expect(parseQuestion(`when did Tokayev ${first} nothing?`, now, vocab).starting, first).toBe(false);
  });
});
