/**
 * Sentences of an answer's text (src/compose/tidy.ts): `sentencesOf` splits in one pass where
 * `SENTENCE_BREAK` says, and must split every text exactly as that pattern does (a repeated sentence
 * is left out of an answer by these parts, so a different split would change answers).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SENTENCE_BREAK, sentencesOf, withoutRepeats } from "../../src/compose/tidy.js";

const bySplit = (text: string) => text.split(SENTENCE_BREAK).filter((s) => s.trim());

/** The characters the pattern looks at, and a few it does not. */
const CHARS = [".", "!", "?", '"', "”", ")", "“", "(", " ", " ", "\n", "\t", "\u00a0", "\u2003", "A", "Z", "b", "1", "é", "'", ","];

describe("sentencesOf", () => {
  it("splits as SENTENCE_BREAK does, on texts made of the characters it looks at", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((cs) => cs.join("")), (text) => {
        expect(sentencesOf(text)).toEqual(bySplit(text));
      }),
      { numRuns: 20_000, seed: 18 },
    );
  });

  it("splits answers as SENTENCE_BREAK does", () => {
    const texts = [
      "",
      "   ",
      "Kassym-Jomart Tokayev has been President of Kazakhstan since 20 March 2019.",
      'Yes. Switzerland held the 1996, 2014 and 2026 OSCE Chairmanships. "Quoted." (Bracketed.) 2019 was a year.',
      "Note: the count is preliminary (final: 98 seats).  Next one!  And?No split.",
      "Dr. Smith said \u201cHello.\u201d Then left. e.g. nothing? 3 more.",
    ];
    for (const t of texts) expect(sentencesOf(t), t).toEqual(bySplit(t));
    expect(sentencesOf("One. Two! Three? four.")).toEqual(["One.", "Two!", "Three? four."]);
  });

  it("leaves out a sentence said before", () => {
    expect(withoutRepeats("Romania held the 2001 OSCE Chairmanship. Romania held the 2001 OSCE Chairmanship. So it did.")).toBe(
      "Romania held the 2001 OSCE Chairmanship. So it did.",
    );
  });
});
