/**
 * Matching works out what a reading says (its figures, "twice", its entities' types, its operations)
 * once and shares it with every relation it scores (src/understand/match.ts, `readingFacts`). Shared,
 * it must give each relation exactly what scoring that relation alone gives: over every example
 * question, each candidate of the full match equals the relation matched on its own.
 *
 * A candidate's plan is made when first read (`ScoredCandidate`): answering reads only the plans of
 * candidates it runs, and picks those by `shape` and confidence without making any plan. So `shape`
 * must be the plan's own, and a plan made late — after other candidates' plans, and after the
 * reading was matched again and answered — the same as one made at once.
 */
import { describe, expect, it } from "vitest";
import { defaultFactsDir, loadFactdesk } from "../../src/factdesk.js";
import { loadFactTable } from "../../src/facts/load.js";
import { buildCoreState } from "../../src/core-state.js";
import { matchRelations, type QueryPlan } from "../../src/understand/match.js";
import { parseQuestion } from "../../src/understand/parse-question.js";

/** A plan as compared: its claim words (worked out when called) by their value. */
function comparable(plan: QueryPlan | null): object | null {
  return plan && { ...plan, claimWords: plan.claimWords(), textWordSpellings: plan.textWordSpellings(), unboundNames: plan.unboundNames(), titlesSpelled: plan.titlesSpelled(), checkWordSpellings: plan.checkWordSpellings() };
}

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
        // (A plan is read through a getter, which equality does not look at.)
        expect(comparable(alone[0]!.plan), `${q} — ${candidate.profile.relation.id}: plan`).toEqual(comparable(candidate.plan));
        compared++;
      }
    }
    // Every example reaches its own relation at least, with a plan.
    expect(compared).toBeGreaterThanOrEqual(asked.length);
  });

  it("makes the same plan whenever it is read, and says its shape before", () => {
    const factdesk = loadFactdesk();
    let late = 0;
    for (const { q, now } of asked) {
      const atOnce = matchRelations(parseQuestion(q, now, vocab), profiles, vocab, hasFacts).map((c) => comparable(c.plan));
      const parse = parseQuestion(q, now, vocab);
      const candidates = matchRelations(parse, profiles, vocab, hasFacts);
      // Other work in between: the same reading matched again and its plans read, the question answered.
      for (const c of matchRelations(parse, profiles, vocab, hasFacts)) void c.plan;
      factdesk.answer(q, { now });
      // Read from the last candidate to the first, the opposite of the order answering uses.
      for (let i = candidates.length - 1; i >= 0; i--) {
        const c = candidates[i]!;
        expect(comparable(c.plan), `${q} — ${c.profile.relation.id}`).toEqual(atOnce[i]);
        expect(c.shape, `${q} — ${c.profile.relation.id}`).toBe(c.plan?.shape ?? null);
        expect(c.plan, "a plan is made once").toBe(c.plan);
        if (c.plan) late++;
      }
    }
    expect(late).toBeGreaterThanOrEqual(asked.length);
  });

  it("scores nothing when no relation is offered", () => {
    expect(matchRelations(parseQuestion("who chaired the OSCE in 2010?", new Date("2026-01-15T12:00:00Z"), vocab), [], vocab, hasFacts)).toEqual([]);
  });
});
