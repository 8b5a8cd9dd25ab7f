/**
 * The relation pre-filter (src/understand/relation-index.ts) scores only the relations a question
 * can reach. It must change no answer: every curated example, every held-out question and the
 * sample evaluation get the same answer with and without it, over the real table and over a
 * generated one with its ~30 extra kinds of fact and questions of every intent.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
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

function heldOutQuestions(): Asked[] {
  const files = readdirSync(evalDir).filter((f) => f.endsWith(".jsonl")).map((f) => join(evalDir, f));
  if (existsSync(devQuestionsPath())) files.push(devQuestionsPath());
  return files.flatMap(readJsonl).map((c) => ({ q: c.q, now: c.now ?? "2026-01-15" }));
}

function examples(table: FactTable): Asked[] {
  return [...table.relations.values()].flatMap((r) => r.examples.map((e) => ({ q: e.q, now: e.now ?? "2026-01-15" })));
}

/** The questions whose answers differ with and without the pre-filter (none, or the test fails). */
function differences(table: FactTable, questions: Asked[]): string[] {
  const core = buildCoreState(table);
  const filtered = createFactdesk(table, { core });
  const full = createFactdesk(table, { core, prefilter: false });
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

  it("changes no answer to an example, a held-out or a sample-evaluation question", () => {
    const questions = [...examples(table), ...heldOutQuestions()];
    expect(questions.length).toBeGreaterThan(500);
    expect(differences(table, questions)).toEqual([]);
    // (Every held-out question answered twice: the time grows with the sets, not with a slowdown.)
  }, 120_000);

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
      expect(differences(big, questions)).toEqual([]);
    });
  });
});
