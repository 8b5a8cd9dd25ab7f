/**
 * The relation pre-filter (src/understand/relation-index.ts) scores only the relations a question
 * can reach. It must change no answer: every curated example, every held-out question and the
 * sample evaluation get the same answer with and without it, over the real table and over a
 * generated one with its ~30 extra kinds of fact and questions of every intent.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateFacts } from "../../bench/generate-facts.js";
import { devQuestionsPath } from "../../bench/pipeline.js";
import { createFactdesk, defaultFactsDir } from "../../src/factdesk.js";
import { loadFactTable } from "../../src/facts/load.js";
import type { FactTable } from "../../src/facts/model.js";
import { buildCoreState } from "../../src/core-state.js";
import { parseQuestion } from "../../src/understand/parse-question.js";
import { RelationIndex } from "../../src/understand/relation-index.js";

interface Asked {
  q: string;
  now: string;
}

const evalDir = join(import.meta.dirname, "../eval");
const readJsonl = (path: string) => readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { q: string; now?: string });

/** Each held-out set (and the sample evaluation) as its own list, so each is checked in its own test. */
function heldOutSets(): Array<[string, Asked[]]> {
  const files = readdirSync(evalDir).filter((f) => f.endsWith(".jsonl")).map((f) => join(evalDir, f));
  if (existsSync(devQuestionsPath())) files.push(devQuestionsPath());
  return files.map((file) => [basename(file), readJsonl(file).map((c) => ({ q: c.q, now: c.now ?? "2026-01-15" }))]);
}

function examples(table: FactTable): Asked[] {
  return [...table.relations.values()].flatMap((r) => r.examples.map((e) => ({ q: e.q, now: e.now ?? "2026-01-15" })));
}

/** Answers with and without the pre-filter, over one table and one shared core. */
function pairOver(table: FactTable) {
  const core = buildCoreState(table);
  return { filtered: createFactdesk(table, { core }), full: createFactdesk(table, { core, prefilter: false }) };
}

/** The questions whose answers differ with and without the pre-filter (none, or the test fails). */
function differences({ filtered, full }: ReturnType<typeof pairOver>, questions: Asked[]): string[] {
  const out: string[] = [];
  for (const { q, now } of questions) {
    const at = new Date(`${now}T12:00:00Z`);
    const a = filtered.answer(q, { now: at });
    const b = full.answer(q, { now: at });
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${q}\n  with: ${a.status} ${a.text}\n  without: ${b.status} ${b.text}`);
  }
  return out;
}

describe("the relation pre-filter", () => {
  const { table } = loadFactTable(defaultFactsDir());
  const pair = pairOver(table);

  it("changes no answer to a curated example", () => {
    const questions = examples(table);
    expect(questions.length).toBeGreaterThan(300);
    expect(differences(pair, questions)).toEqual([]);
  });

  // One test per set: every held-out question is answered twice, and the sets keep growing.
  const sets = heldOutSets();
  it("finds the held-out sets and the sample evaluation", () => {
    expect(sets.length).toBeGreaterThan(10);
  });
  it.each(sets)("changes no answer to a question of %s", (_name, questions) => {
    expect(questions.length).toBeGreaterThan(0);
    expect(differences(pair, questions)).toEqual([]);
  });

  it("leaves out relations a question cannot reach", () => {
    const core = buildCoreState(table);
    const index = new RelationIndex(core.profiles, core.vocab);
    const now = new Date("2026-01-15T12:00:00Z");
    const reached = (q: string) => index.reachable(parseQuestion(q, now, core.vocab)).map((p) => p.relation.id);
    const chair = reached("who chaired the OSCE in 2010?");
    expect(chair.length).toBeGreaterThan(0);
    expect(chair.length).toBeLessThan(core.profiles.length);
    expect(reached("what is the weather like?")).toEqual([]);
    // In the profiles' order, each once.
    const order = core.profiles.map((p) => p.relation.id);
    expect(chair).toEqual(order.filter((id) => chair.includes(id)));
  });

  describe("over a generated table", () => {
    const generated = generateFacts({ facts: 1500, seed: 5, questions: 600 });
    afterAll(() => rmSync(generated.dir, { recursive: true, force: true }));

    it("changes no answer to its examples and questions of every intent", () => {
      const { table: big } = loadFactTable(generated.dir);
      const questions = [...examples(big), ...generated.questions.map((q) => ({ q: q.q, now: q.now }))];
      expect(questions.length).toBeGreaterThan(600);
      expect(differences(pairOver(big), questions)).toEqual([]);
    });
  });
});
