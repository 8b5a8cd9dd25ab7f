/**
 * One answer's readings (src/understand/readings.ts): a text is read once per answer and shared,
 * the reading is the one parseQuestion gives, and nothing is kept past `clear()`.
 */
import { describe, expect, it } from "vitest";
import { buildCoreState } from "../../src/core-state.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { loadFactTable } from "../../src/facts/load.js";
import { parseQuestion } from "../../src/understand/parse-question.js";
import { AnswerReadings } from "../../src/understand/readings.js";

describe("the readings of one answer", () => {
  const { vocab } = buildCoreState(loadFactTable(defaultFactsDir()).table);
  const now = new Date("2026-01-15T12:00:00Z");
  const q = "who was Secretary General when Kazakhstan chaired in 2010?";

  it("reads a text once and gives parseQuestion's reading", () => {
    const readings = new AnswerReadings(vocab);
    const first = readings.read(q, now);
    expect(readings.read(q, now)).toBe(first);
    expect(first).toEqual(parseQuestion(q, now, vocab));
  });

  it("reads the text again against another reference date, and after clear()", () => {
    const readings = new AnswerReadings(vocab);
    const first = readings.read("who chaired last year?", now);
    const later = readings.read("who chaired last year?", new Date("2027-01-15T12:00:00Z"));
    expect(later).not.toBe(first);
    expect(later.times[0]!.label).not.toBe(first.times[0]!.label);
    readings.clear();
    expect(readings.read("who chaired last year?", now)).not.toBe(first);
  });
});
