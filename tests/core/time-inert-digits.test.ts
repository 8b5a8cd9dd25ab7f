/**
 * Where no casual trigger is found, readTimes trusts factdesk's parsers alone on a text whose digits
 * chrono's casual parsers cannot read (digitsCasualMayRead is false: "the 16th MC", "in 56 States").
 * Checked against chrono itself, before any refiner, on every question we have and on generated
 * texts mixing lone figures, ordinals, years and the separators chrono's dates and times use.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleQuestions, heldOutQuestions } from "../helpers/example-questions.js";
import { casualMayMatch, digitsCasualMayRead } from "../../src/time/fast-path.js";
import { readTimes } from "../../src/time/parse-time.js";

const NOWS = [new Date("2026-01-15T12:00:00Z"), new Date("1999-12-31T23:00:00Z")];

const FIGURES = [
  "5", "7", "0", "16th", "1st", "2nd", "3rd", "21st", "100", "930", "024", "12345", "56", "25", "99", "21", "24", "00", "09", "2010", "1850",
  "0930", "0100", "0024", "0007", "5.30", "21.5", "1/2", "5/2010", "5 - 7", "21 - 23", "5 to 7", "21 until 23", "2010 5 3", "21?", "21 ? 23",
  "5?", "16th?", "5,", "(5)", "21%", "#5", "No.5", "5x", "t5", "t21", "5a", "21p", "x21", "21é", "21_", "+21", "-5", "21:30", "21：30",
  "5 – 7", "5~7", "5 ? 7", "5?7", "5 till 7", "5 through 7", "2010-05-12", "16th 17", "2004/05", "5 5", "'21", "21'", "21s", "56th", "100th", "5 states", "16th MC",
];
const WORDS = ["who chaired", "the", "MC", "sweden", "in", "of", "OSCE", "observers", "States", "seats", "?", ",", "by", "share", "vote", "no."];

/** A small fixed-seed generator: the same texts every run. */
function* generatedTexts(count: number): Generator<string> {
  let seed = 20261201;
  const pick = <T>(xs: T[]): T => xs[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % xs.length]!;
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    for (let n = 0; n < 2 + (i % 4); n++) parts.push(n % 2 === i % 2 ? pick(FIGURES) : pick(WORDS));
    yield parts.join(i % 7 === 0 ? "" : " ");
  }
}


/** chrono's casual English parsers alone, with no refiner to drop or merge what they find. */
function rawCasualParser() {
  const en = createRequire(import.meta.url)("chrono-node/en") as typeof import("chrono-node/en");
  const raw = en.casual.clone();
  raw.refiners = [];
  return raw;
}

describe("digits chrono's casual parsers cannot read", () => {
  const corpus = [...new Set([...FIGURES, ...generatedTexts(6000), ...exampleQuestions(), ...heldOutQuestions()])];
  const trusted = corpus.filter((t) => /\d/.test(t) && !casualMayMatch(t) && !digitsCasualMayRead(t));

  it("are where chrono's parsers find nothing", () => {
    const raw = rawCasualParser();
    const found = trusted.flatMap((t) => NOWS.flatMap((now) => raw.parse(t, now).map((r) => `${t}: ${r.text}`)));
    expect(found).toEqual([]);
    expect(trusted.length).toBeGreaterThan(1000);
  });

  it("are read as chrono's full parser reads them", () => {
    const differences: string[] = [];
    for (const t of trusted)
      for (const now of NOWS) {
        const fast = JSON.stringify(readTimes(t, now));
        const full = JSON.stringify(readTimes(t, now, "full"));
        if (fast !== full) differences.push(`${t}: ${fast} vs ${full}`);
      }
    expect(differences).toEqual([]);
  });

  it("are ordinals, lone figures and years, not an hour or two figures joined", () => {
    expect(["the 16th MC", "in 56 States", "5 states", "100 observers", "in 2010", "in 12345", "21st", "0100"].filter(digitsCasualMayRead)).toEqual([]);
    expect(["sweden 21", "5.30", "1/2", "5 - 7", "5 to 7", "2010 5 3", "0024", "21?", "5 ? 7"].filter((t) => !digitsCasualMayRead(t))).toEqual([]);
  });
});
