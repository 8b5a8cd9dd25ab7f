/** The fact index answers what a scan of the table would, in the same order. */
import { describe, expect, it } from "vitest";
import { loadFactTable } from "../../src/facts/load.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { FactIndex } from "../../src/query/fact-index.js";
import { dayNumber } from "../../src/time/days.js";
import { possibleEnd, possibleStart } from "../../src/time/validity.js";

const { table } = loadFactTable(defaultFactsDir());
const index = new FactIndex(table);
const TODAY = dayNumber(2026, 1, 15);

describe("the fact index", () => {
  it("finds a relation's facts by role and entity", () => {
    for (const f of table.facts)
      for (const [role, values] of f.values)
        for (const v of values)
          if (v.kind === "entity") {
            expect(index.has(f.relation.id, role, v.entity.id)).toBe(true);
            expect(index.withEntity(f.relation.id, role, v.entity.id)).toContain(f);
          }
    expect(index.has("osce_chair", "country", "atlantis")).toBe(false);
  });

  it("finds the facts of a time span as a scan does, in the same order", () => {
    const spans: Array<[number, number]> = [];
    for (let y = 1970; y <= 2030; y += 3) spans.push([dayNumber(y), dayNumber(y, 12, 31)], [dayNumber(y, 3), dayNumber(y, 3, 31)], [dayNumber(y), dayNumber(y + 4, 12, 31)]);
    spans.push([TODAY, TODAY], [-1_000_000, dayNumber(1990)], [dayNumber(2020), 1_000_000]);
    for (const relation of table.relations.keys())
      for (const [start, end] of spans) {
        const scan = index.facts(relation).filter((f) => !f.validity || (possibleStart(f.validity) <= end && possibleEnd(f.validity, TODAY) >= start));
        expect(index.between(relation, start, end, TODAY)).toEqual(scan);
      }
  });

  it("knows the span each relation's records cover", () => {
    for (const relation of table.relations.keys()) {
      const dated = index.facts(relation).filter((f) => f.validity);
      const expected = dated.length ? [Math.min(...dated.map((f) => possibleStart(f.validity!))), Math.max(...dated.map((f) => possibleEnd(f.validity!, TODAY)))] : null;
      expect(index.coverage(relation, TODAY)).toEqual(expected);
    }
  });
});
