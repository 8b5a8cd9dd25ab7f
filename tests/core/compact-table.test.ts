/**
 * The compact table (src/facts/compact-table.ts) and the packed vocabulary
 * (src/understand/compact-vocabulary.ts) are what a start from the table cache reads: they must
 * give back every fact, entity, phrase and name exactly, one object per number, and answer every
 * question as the table of objects does, over the real table and a generated one.
 */
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { generateFacts } from "../../bench/generate-facts.js";
import { createFactdesk, defaultFactsDir } from "../../src/factdesk.js";
import { compileTable, openTable } from "../../src/facts/compact-table.js";
import { loadFactTable } from "../../src/facts/load.js";
import type { Fact, FactTable } from "../../src/facts/model.js";
import { storeOf } from "../../src/facts/table-store.js";
import { quickPhraseVariants } from "../../src/text/quick-forms.js";
import { buildVocabulary, type Vocabulary } from "../../src/understand/vocabulary.js";

const generated = generateFacts({ facts: 3000, seed: 11, questions: 300, includeReal: true });
afterAll(() => rmSync(generated.dir, { recursive: true, force: true }));

const tables: Array<[string, FactTable]> = [
  ["the real table", loadFactTable(defaultFactsDir()).table],
  ["a generated table", loadFactTable(generated.dir).table],
];

const plain = (f: Fact) => ({ ...f, relation: f.relation.id });

describe.each(tables)("the compact form of %s", (_, table) => {
  const opened = openTable(compileTable(table));

  it("gives back every fact and entity field for field", () => {
    expect(opened.facts.map(plain)).toEqual(table.facts.map(plain));
    expect([...opened.entities.values()]).toEqual([...table.entities.values()]);
    expect(opened.revision).toBe(table.revision);
    // Relations are the table's own; an entity in a fact is the table's entity.
    for (const f of opened.facts) {
      expect(f.relation).toBe(opened.relations.get(f.relation.id));
      for (const values of f.values.values()) for (const v of values) if (v.kind === "entity") expect(v.entity).toBe(opened.entities.get(v.entity.id));
    }
  });

  it("makes one object per number, and finds entities by id", () => {
    const store = storeOf(opened);
    expect(store.factCount).toBe(table.facts.length);
    expect(store.fact(3)).toBe(store.fact(3));
    expect(store.factId(3)).toBe(table.facts[3]!.id);
    for (const [id, e] of opened.entities) expect(store.entity(store.entityNumber(id))).toBe(e);
    expect(store.entityNumber("no_such_entity")).toBe(-1);
  });

  it("packs the vocabulary without changing a phrase or a name", () => {
    const unpacked = buildVocabulary(opened);
    const packed = buildVocabulary(opened);
    packed.pack(opened);
    const read = (v: Vocabulary, forms: string[]) => ({
      phrases: forms.map((_, i) => v.phraseAt(forms, i)),
      names: v.namesInAnyOrder(forms),
      known: forms.map((f) => v.isKnownWord(f)),
    });
    const lexiconWords = Object.values(opened.lexicon.concepts).flat();
    const texts = [...[...opened.entities.values()].flatMap((e) => [e.name, ...e.aliases]), ...lexiconWords, "who chaired the osce in 2010", "zzz unknown words"];
    // Twice: the second time, every list and every word known to have none comes from what the first look-up kept.
    for (const round of [1, 2])
      for (const text of texts) {
        const forms = (quickPhraseVariants(text)[0] ?? "").split(" ");
        expect(read(packed, forms), `round ${round}: ${text}`).toEqual(read(unpacked, forms));
      }
  });
});

describe("answers from the compact table", () => {
  it("are the answers from the table of objects", () => {
    const [, table] = tables[1]!;
    const objects = createFactdesk(table);
    const compact = createFactdesk(openTable(compileTable(table)));
    const examples = objects.help().flatMap((t) => t.examples.map((q) => ({ q, now: "2026-01-15" })));
    for (const { q, now } of [...examples, ...generated.questions]) {
      const at = { now: new Date(`${now}T12:00:00Z`) };
      expect(compact.answer(q, at)).toEqual(objects.answer(q, at));
    }
    expect(compact.stats).toEqual(objects.stats);
  });
});
