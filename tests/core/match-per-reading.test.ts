/**
 * Matching works out what a reading says (its figures, "twice", its entities' types, its operations)
 * once and shares it with every relation it scores (src/understand/match.ts, `readingFacts`). Shared,
 * it must give each relation exactly what scoring that relation alone gives: over every example
 * question, each candidate of the full match equals the relation matched on its own.
 */
import { describe, expect, it } from "vitest";
import { defaultFactsDir } from "../../src/factdesk.js";
import { loadFactTable } from "../../src/facts/load.js";
import { buildCoreState } from "../../src/core-state.js";
import { matchRelations } from "../../src/understand/match.js";
import { parseQuestion } from "../../src/understand/parse-question.js";

describe("matching a reading against several relations", () => {
  const { table } = loadFactTable(defaultFactsDir());
  const { vocab, profiles, index } = buildCoreState(table);
  const hasFacts = (relation: string, role: string, entity: string) => index.has(relation, role, entity);
  const asked = [...table.relations.values()].flatMap((r) => r.examples.map((e) => ({ q: e.q, now: new Date(`${e.now ?? "2026-01-15"}T12:00:00Z`) })));

  it("scores each relation as it is scored alone", () => {
    expect(asked.length).toBeGreaterThan(300);
    let compared = 0;
    for (const { q, now } of asked) {
      const all = matchRelations(parseQuestion(q, now, vocab), profiles, vocab, hasFacts);
      for (const candidate of all) {
        const alone = matchRelations(parseQuestion(q, now, vocab), [candidate.profile], vocab, hasFacts);
        expect(alone, `${q} — ${candidate.profile.relation.id}`).toEqual([candidate]);
        compared++;
      }
    }
    // Every example reaches its own relation at least, with a plan.
    expect(compared).toBeGreaterThanOrEqual(asked.length);
  });

  it("scores nothing when no relation is offered", () => {
    expect(matchRelations(parseQuestion("who chaired the OSCE in 2010?", new Date("2026-01-15T12:00:00Z"), vocab), [], vocab, hasFacts)).toEqual([]);
  });
});
