/**
 * Two pre-scans of the time reading. A text without digits is tested only against the parsers
 * that can match without digits (WORDS_ONLY_PARSERS): every other one must match no such text.
 * And readTimes does not run factdesk's parsers on a text with a digit run they cannot take
 * ("16th", "5", "100"): their results would leave a digit for chrono's own parsers, so chrono's
 * full parser reads it anyway. The pre-scan must never skip them where they could have covered
 * every digit: checked against running them, on every example and held-out question.
 */
import { describe, expect, it } from "vitest";
import { exampleQuestions, heldOutQuestions } from "../helpers/example-questions.js";
import { cleanQuestion } from "../../src/text/normalise.js";
import { digitsOursCannotTake, digitsOutside } from "../../src/time/fast-path.js";
import { OWN_PARSERS, WORDS_ONLY_PARSERS, wordsOnlyMayMatch } from "../../src/time/own-parsers.js";
import { readWithOwnParsers } from "../../src/time/parse-time.js";
import { anyMayMatch, boundaryPattern } from "../../src/time/parser-kit.js";
import { SPELLED_PARSERS } from "../../src/time/spelled-years.js";

const NOWS = [new Date("2026-01-15T12:00:00Z"), new Date("1999-12-31T23:00:00Z")];



/** Digits next to everything factdesk's parsers and the timezone offset refiner may take. */
const EDGES = [
  "the 16th ministerial in 2010", "2nd half of 1991", "2004th", "2004through 2006", "2004 through 2006", "1990st", "the 1990s", "'92", "in '92",
  "2003/04", "2003/04th", "in 97", "in 56 States", "in 2010 GMT+3", "in 2010 +5", "2010 -5", "2010 +0530", "in 2010 (UTC+05:30)", "2010 +123",
  "5 years", "in 2010, 5 of them", "100 observers in 2010", "in 12345", "81.31% in 2010", "in 2010.5", "'95%", "2010 3rd", "in 2010-5", "T2010",
];

describe("the pre-scan for digits factdesk's parsers cannot take", () => {
  const raw = [...exampleQuestions(), ...heldOutQuestions(), ...EDGES];
  const corpus = [...new Set([...raw, ...raw.map(cleanQuestion)])];

  it("skips them only where their results would leave a digit outside", () => {
    const wrongSkips: string[] = [];
    let skipped = 0;
    for (const text of corpus) {
      if (!digitsOursCannotTake(text)) continue;
      skipped++;
      for (const now of NOWS) if (!digitsOutside(text, readWithOwnParsers(text, now))) wrongSkips.push(`${text} @ ${now.toISOString().slice(0, 10)}`);
    }
    expect(wrongSkips).toEqual([]);
    expect(corpus.length).toBeGreaterThan(10_000);
    expect(skipped).toBeGreaterThan(200);
  });

  it("finds ordinals and runs of other lengths, not years, two digits or a timezone offset's", () => {
    expect(["the 16th MC", "2nd half", "5 states", "100 observers", "in 12345", "2010 3rd"].filter((t) => !digitsOursCannotTake(t))).toEqual([]);
    expect(["in 2010", "'92", "in 97", "2003/04", "the 1990s", "2004 through 2006", "2004through 2006", "2010 +5", "2010 -123", "2010 +0530"].filter(digitsOursCannotTake)).toEqual([]);
  });
});

describe("the parsers a text without digits is tested against", () => {
  const raw = [...exampleQuestions(), ...heldOutQuestions(), ...EDGES];
  // Each question without its digits, with them as spaces, and with each time word blanked out as lone-casual-time.ts does.
  const digitless = [...new Set(raw.flatMap((q) => [q.replace(/\d/g, ""), q.replace(/\d/g, " "), q.replace(/\d+|\b(?:now|today|last year|june)\b/gi, (m) => " ".repeat(m.length))]))];
  const needDigits = [...OWN_PARSERS, ...SPELLED_PARSERS].filter((p) => !WORDS_ONLY_PARSERS.includes(p));

  it("every other parser's pattern needs a digit", () => {
    expect(needDigits.length).toBe(14);
    const matched = digitless.flatMap((text) => needDigits.filter((p) => boundaryPattern(p)!.test(text)).map((p) => `${boundaryPattern(p)!.source.slice(0, 30)}: ${text}`));
    expect(matched).toEqual([]);
  });

  it("they match the same digit-free texts as all of factdesk's parsers", () => {
    const all = anyMayMatch([...OWN_PARSERS, ...SPELLED_PARSERS]);
    expect(digitless.filter((text) => wordsOnlyMayMatch(text) !== all(text))).toEqual([]);
    expect(digitless.filter(wordsOnlyMayMatch).length).toBeGreaterThan(100);
    expect(digitless.length).toBeGreaterThan(10_000);
  });
});
