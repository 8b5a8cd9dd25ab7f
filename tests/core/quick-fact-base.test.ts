/**
 * A fact's common fields checked by hand (src/facts/quick-fact-base.ts) must give exactly what
 * FactBaseSchema gives whenever it gives anything, and hand every fact it is not sure of to zod
 * (null): never accept what zod refuses, never read a value differently.
 */
import { rmSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generateFacts } from "../../bench/generate-facts.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { quickFactBase } from "../../src/facts/quick-fact-base.js";
import { listYamlFiles, readYamlFile } from "../../src/facts/read-yaml.js";
import { FactBaseSchema } from "../../src/facts/schema.js";

const generated = generateFacts({ facts: 2000, seed: 5, questions: 10, includeReal: false });
afterAll(() => rmSync(generated.dir, { recursive: true, force: true }));

/** What zod gives of the fields the loader reads, or null where it refuses the fact. */
function byZod(raw: unknown): unknown {
  const r = FactBaseSchema.safeParse(raw);
  if (!r.success) return null;
  const { id, valid, period, status, note, checked, sources } = r.data;
  return { id, valid, period, status, note, checked, sources };
}

function expectAgrees(raw: unknown): void {
  const quick = quickFactBase(raw);
  if (quick !== null) expect(quick, JSON.stringify(raw)).toEqual(byZod(raw));
}

function factsOf(dir: string): unknown[] {
  return listYamlFiles(dir).flatMap((p) => ((readYamlFile(dir, p, [])!.data as { facts?: unknown[] } | null)?.facts ?? []));
}

const SOURCE = { publisher: "OSCE", title: "Annual report", url: "https://www.osce.org/report" };
const FACT = { id: "chair-2010", valid: 2010, country: "kazakhstan", checked: "2025-01-10", sources: [SOURCE] };

describe("a fact's common fields by hand", () => {
  it.each([
    ["the real facts", defaultFactsDir()],
    ["a generated table", generated.dir],
  ])("reads every fact of %s as zod does, and nearly all of them itself", (_, dir) => {
    const facts = factsOf(dir);
    expect(facts.length).toBeGreaterThan(100);
    for (const raw of facts) expectAgrees(raw);
    expect(facts.filter((raw) => quickFactBase(raw) !== null).length).toBeGreaterThan(0.95 * facts.length);
  });

  it("reads a plain fact itself, with the default status", () => {
    expect(quickFactBase(FACT)).toEqual({ ...byZod(FACT)!, status: "final" });
  });

  it.each([
    ["a title to trim", { ...FACT, sources: [{ ...SOURCE, title: " Annual report" }] }],
    ["a line break in a URL", { ...FACT, sources: [{ ...SOURCE, url: "https://www.osce.org/\nreport" }] }],
    ["a URL that is not one", { ...FACT, sources: [{ ...SOURCE, url: "www.osce.org" }] }],
    ["a null status", { ...FACT, status: null }],
    ["an unknown status", { ...FACT, status: "draft" }],
    ["a day that does not exist", { ...FACT, checked: "2025-02-30" }],
    ["no sources", { ...FACT, sources: [] }],
    ["a source with nowhere to check it", { ...FACT, sources: [{ publisher: "OSCE", title: "Annual report" }] }],
    ["a field a source does not have", { ...FACT, sources: [{ ...SOURCE, page: 3 }] }],
    ["a blank period", { ...FACT, period: "  " }],
    ["an infinite period", { ...FACT, period: Number.POSITIVE_INFINITY }],
    ["a date that is no date", { ...FACT, sources: [{ ...SOURCE, date: 2010.5 }] }],
    ["an id in capitals", { ...FACT, id: "Chair-2010" }],
  ])("hands %s to zod", (_, raw) => {
    expect(quickFactBase(raw)).toBeNull();
  });

  it("never reads a fact otherwise than zod (random facts, mostly plain, some values off)", () => {
    /** Mostly a good value, now and then one that is off. */
    const mostly = (good: unknown[], off: unknown[]) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...off) });
    const text = mostly(["OSCE", "Annual report"], [" OSCE", "OSCE ", "", "  ", 2010, null]);
    const date = mostly([2010, "2010", "2010-05", "2010-05-01"], ["2010-13-40", "2010-5", 2010.5, Number.POSITIVE_INFINITY, "", null]);
    const url = mostly(["https://osce.org/a", "http://x.y/b?c#d", "mailto:a@b.c"], ["https://osce.org/a ", " https://osce.org", "https://osce.org/\tb", "osce.org", "https://", "", 3]);
    const source = fc.record(
      { publisher: text, title: text, date, url, document: mostly(["x.pdf", "a_b.txt"], ["seed doc.txt", "x.doc", 1]), copy_url: url, note: mostly(["remark", ""], [1, null]) },
      { requiredKeys: ["publisher", "title"] },
    );
    const fact = fc.record(
      {
        id: mostly(["chair-2010", "a.b_c-1"], ["Chair", "", " chair", 7]), valid: fc.constantFrom<unknown>(2010, "2010-05/2011", null, { from: 2010 }),
        period: mostly(["2010/11", 2010], [" 2010", "", Number.NaN, null]), status: mostly(["final", "preliminary", "reported"], ["draft", null]),
        note: mostly(["a note", " a note ", ""], [3]), curator_note: mostly(["why"], [3]), checked: mostly(["2025-01-10", "2024-02-29"], ["2025-02-30", "2025-1-10", 20250110]),
        sources: fc.oneof({ weight: 6, arbitrary: fc.array(source, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constantFrom<unknown>([], null, "OSCE") }),
        country: fc.constantFrom<unknown>("kazakhstan", 3),
      },
      { requiredKeys: ["id", "checked", "sources"] },
    );
    let read = 0;
    fc.assert(
      fc.property(fact, (raw) => {
        expectAgrees(raw);
        if (quickFactBase(raw) !== null) read++;
      }),
      { numRuns: 5000, seed: 14 },
    );
    // Not a test of nothing: a good share of the facts are read by hand.
    expect(read).toBeGreaterThan(250);
  });
});
