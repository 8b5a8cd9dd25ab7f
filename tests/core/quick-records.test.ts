/**
 * A fact's common fields and an entity checked by hand (src/facts/quick-records.ts) must give
 * exactly what FactBaseSchema and EntitySchema give whenever they give anything, and hand every
 * record they are not sure of to zod (null): never accept what zod refuses, never read a value
 * differently.
 */
import { rmSync } from "node:fs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generateFacts } from "../../bench/generate-facts.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { quickEntity, quickFactBase } from "../../src/facts/quick-records.js";
import { listYamlFiles, readYamlFile } from "../../src/facts/read-yaml.js";
import { EntitySchema, FactBaseSchema } from "../../src/facts/schema.js";

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

function listOf(dir: string, list: "facts" | "entities"): unknown[] {
  return listYamlFiles(dir).flatMap((p) => ((readYamlFile(dir, p, [])!.data as Record<string, unknown[]> | null)?.[list] ?? []));
}

const SOURCE = { publisher: "OSCE", title: "Annual report", url: "https://www.osce.org/report" };
const FACT = { id: "chair-2010", valid: 2010, country: "kazakhstan", checked: "2025-01-10", sources: [SOURCE] };

describe("a fact's common fields by hand", () => {
  it.each([
    ["the real facts", defaultFactsDir()],
    ["a generated table", generated.dir],
  ])("reads every fact of %s as zod does, and nearly all of them itself", (_, dir) => {
    const facts = listOf(dir, "facts");
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

function expectEntityAgrees(raw: unknown): void {
  const quick = quickEntity(raw);
  if (quick === null) return;
  const r = EntitySchema.safeParse(raw);
  expect(r.success ? r.data : null, JSON.stringify(raw)).toEqual(quick);
}

const ENTITY = { id: "karim_massimov", type: "person", name: "Karim Massimov", aliases: ["Massimov", 1990] };

describe("an entity by hand", () => {
  it.each([
    ["the real facts", defaultFactsDir()],
    ["a generated table", generated.dir],
  ])("reads every entity of %s as zod does, and nearly all of them itself", (_, dir) => {
    const entities = listOf(dir, "entities");
    expect(entities.length).toBeGreaterThan(100);
    for (const raw of entities) expectEntityAgrees(raw);
    expect(entities.filter((raw) => quickEntity(raw) !== null).length).toBeGreaterThan(0.95 * entities.length);
  });

  it("reads a plain entity itself, a number alias as text and no aliases as none", () => {
    expect(quickEntity(ENTITY)).toEqual({ ...ENTITY, aliases: ["Massimov", "1990"] });
    expect(quickEntity({ id: "x", type: "city", name: "X" })).toEqual({ id: "x", type: "city", name: "X", aliases: [] });
  });

  it.each([
    ["a name to trim", { ...ENTITY, name: "Karim Massimov " }],
    ["a blank alias", { ...ENTITY, aliases: [" "] }],
    ["a null alias list", { ...ENTITY, aliases: null }],
    ["a type in capitals", { ...ENTITY, type: "Person" }],
    ["an unknown field", { ...ENTITY, born: 1965 }],
    ["an 'in' that is no id", { ...ENTITY, in: "Kazakhstan" }],
    ["a short form to trim", { ...ENTITY, short: " Massimov" }],
  ])("hands %s to zod", (_, raw) => {
    expect(quickEntity(raw)).toBeNull();
  });

  it("never reads an entity otherwise than zod (random entities, mostly plain, some values off)", () => {
    const mostly = (good: unknown[], off: unknown[]) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...off) });
    const entity = fc.record(
      {
        id: mostly(["kazakhstan", "a.b_c-1"], ["Kazakhstan", "", 3]), type: mostly(["country", "party_list"], ["Country", "", "a1"]), name: mostly(["Kazakhstan"], [" Kazakhstan", "", 3, null]),
        aliases: fc.oneof({ weight: 6, arbitrary: fc.array(mostly(["KZ", 1990], [" KZ", "", Number.NaN, null]), { maxLength: 3 }) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(null, "KZ") }),
        short: mostly(["KZ"], ["", " KZ"]), in: mostly(["asia"], ["Asia", 3]), note: mostly(["a note", ""], [3]),
      },
      { requiredKeys: ["id", "type", "name"] },
    );
    let read = 0;
    fc.assert(
      fc.property(entity, (raw) => {
        expectEntityAgrees(raw);
        if (quickEntity(raw) !== null) read++;
      }),
      { numRuns: 5000, seed: 14 },
    );
    expect(read).toBeGreaterThan(250);
  });
});
