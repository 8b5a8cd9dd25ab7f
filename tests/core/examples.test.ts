/** Every relation's curated example questions, asked of the real core (as facts:check does). */
import { describe, expect, it } from "vitest";
import { checkExamples } from "../../src/facts/check-examples.js";
import { loadFactTable } from "../../src/facts/load.js";
import { createFactdesk, defaultFactsDir } from "../../src/factdesk.js";

describe("curated examples in facts/", () => {
  it("all answer as their relation file says", () => {
    const { table } = loadFactTable(defaultFactsDir());
    const total = [...table.relations.values()].reduce((n, r) => n + r.examples.length, 0);
    expect(total).toBeGreaterThan(100);
    const problems = checkExamples(table, createFactdesk(table));
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([]);
  });
});
