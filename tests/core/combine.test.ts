/** One reply to several parts (src/compose/combine.ts): nothing said twice. */
import { describe, expect, it } from "vitest";
import { combineAnswers } from "../../src/compose/combine.js";
import type { Answer } from "../../src/model/answer.js";

const answered = (text: string, id = "f1"): Answer => ({
  status: "answered",
  text,
  intent: null,
  facts: [{ id, relation: "r", values: {}, status: "final", sources: [] }],
  sources: [],
  suggestions: [],
});

const SENTENCE = "Helga Maria Schmid (Germany) was OSCE Secretary General from 4 December 2020 to September 2024.";

describe("combineAnswers", () => {
  it("drops a later part's sentence that an earlier part said, keeping what it says more", () => {
    const text = combineAnswers([answered(`Until September 2024: ${SENTENCE}`), answered(`${SENTENCE} Note: Russia opposed an extension.`)]).text;
    expect(text).toBe(`Until September 2024: ${SENTENCE} Note: Russia opposed an extension.`);
  });

  it("keeps a later part whose first sentence is its own", () => {
    const other = "Thomas Greminger (Switzerland) was OSCE Secretary General from 18 July 2017 to 18 July 2020.";
    const text = combineAnswers([answered(SENTENCE), answered(`${other} Note: One term.`, "f2")]).text;
    expect(text).toBe(`${SENTENCE} ${other} Note: One term.`);
  });

  it("keeps a led part's lead and drops its sentence said before", () => {
    const text = combineAnswers([answered(SENTENCE), answered(`Until September 2024: ${SENTENCE}`)]).text;
    expect(text).toBe(`${SENTENCE} Until September 2024.`);
  });
});
