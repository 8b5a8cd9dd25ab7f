/** A new kind of fact is a data file: heads of government, loaded from a fixture directory, no code. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFactdesk } from "../../src/index.js";
import { factsDirWith } from "../helpers/factdesk.js";

const FIXTURE = join(import.meta.dirname, "../fixtures/heads-of-government");
const files = Object.fromEntries(readdirSync(FIXTURE).map((f) => [f, readFileSync(join(FIXTURE, f), "utf8")]));
const factdesk = loadFactdesk({ factsDir: factsDirWith(files) });
const ask = (q: string, now = "2025-06-01") => factdesk.answer(q, { now: new Date(`${now}T12:00:00Z`) });

describe("a relation added as a data file", () => {
  it("answers by time, by present tense, inverse, order, yes/no", () => {
    expect(ask("Who was prime minister of Kazakhstan in 2013?").text).toContain("Serik Akhmetov");
    expect(ask("who is Finland's prime minister?").text).toContain("Petteri Orpo");
    expect(ask("When was Massimov prime minister?").text).toContain("2007");
    expect(ask("Who was prime minister of Kazakhstan before Akhmetov?").text).toContain("Massimov");
    expect(ask("Was Marin prime minister in 2021?").text).toMatch(/^Yes/);
    expect(ask("Was Orpo prime minister in 2021?").text).toMatch(/^No/);
  });

  it("carries the fixture's sources", () => {
    expect(ask("Who was prime minister of Kazakhstan in 2013?").sources[0]!.url).toBe("https://example.org/akhmetov");
  });

  it("stays precise: other entities and other kinds of question are unknown", () => {
    expect(ask("Who was prime minister of NATO in 2010?").status).toBe("unknown");
    expect(ask("Who chaired the OSCE in 2010?").status).toBe("unknown");
  });

  it("documents itself: help comes from the data", () => {
    expect(factdesk.help()).toEqual([expect.objectContaining({ relation: "head_of_government", name: "Heads of government" })]);
  });
});
