/**
 * `npm run bench` at a tiny size, so it cannot rot: the generator writes a table that loads and
 * passes facts:check, its questions mostly answer right, and the compiled bench prints its
 * figures. No timing is asserted: this machine's speed is the bench's business, not the tests'.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateFacts } from "../../bench/generate-facts.js";
import { accuracy, answerLatency, autocompleteLatency, fromGenerated, prefixesOf, throughput } from "../../bench/pipeline.js";
import { byFunction } from "../../bench/profile-questions.js";
import { answersOf, compare } from "../../bench/same-answers.js";
import { createFactdesk, loadFactdesk } from "../../src/factdesk.js";
import { checkExamples } from "../../src/facts/check-examples.js";
import { checkFactTable } from "../../src/facts/load.js";

const ROOT = join(import.meta.dirname, "../..");
const cacheDir = mkdtempSync(join(tmpdir(), "factdesk-bench-smoke-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe("the benchmark", () => {
  const table = generateFacts({ facts: 400, includeReal: false, questions: 200, seed: 11 });
  afterAll(() => rmSync(table.dir, { recursive: true, force: true }));

  it("generates the same table for the same seed", () => {
    const again = generateFacts({ facts: 400, includeReal: false, questions: 200, seed: 11 });
    try {
      expect(again.questions).toEqual(table.questions);
      expect(again.bytes).toBe(table.bytes);
    } finally {
      rmSync(again.dir, { recursive: true, force: true });
    }
  });

  it("writes a table that passes facts:check", () => {
    const { table: loaded, problems } = checkFactTable(table.dir);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(loaded!.facts).toHaveLength(400);
    expect(loaded!.relations.size).toBeGreaterThanOrEqual(20);
    expect(checkExamples(loaded!, createFactdesk(loaded!))).toEqual([]);
  });

  it("asks questions of every intent that mostly answer right", () => {
    const fd = loadFactdesk({ factsDir: table.dir });
    const questions = fromGenerated(table.questions);
    const intents = new Set(questions.map((q) => q.intent));
    for (const intent of ["by_year", "by_month", "relative", "range", "inverse", "yes_no", "count", "order", "current", "out_of_range", "unknown_entity", "unknown_topic", "typo"])
      expect(intents, intent).toContain(intent);
    const figures = accuracy(fd, questions);
    expect(figures.questions).toBe(questions.length);
    expect(figures.accuracy).toBeGreaterThan(85);
  });

  it("bench:same writes every answer and --jsonl line, the same from YAML and from the cache, and finds a changed one", () => {
    const questions = table.questions.slice(0, 60).map((q) => ({ q: q.q, now: q.now }));
    const lines = answersOf("tiny", table.dir, questions);
    expect(lines).toHaveLength(4 * questions.length);
    const [fromYaml, fromCache] = [lines.slice(0, 2 * questions.length), lines.slice(2 * questions.length)];
    expect(compare(fromYaml, fromCache.map((l) => l.replace(" cache ", " yaml ")))).toEqual([]);
    const changed = [...lines];
    changed[7] = changed[7]!.replace(/"text":"[^"]*"/, '"text":"changed"');
    expect(compare(lines, changed)).toHaveLength(1);
    expect(compare(lines, lines.slice(1))[0]).toMatch(/lines before/);
  });

  it("measures latency, throughput and autocomplete", () => {
    const fd = loadFactdesk({ factsDir: table.dir });
    const questions = fromGenerated(table.questions).slice(0, 50);
    const latency = answerLatency(fd, questions, 1);
    expect(latency.n).toBe(50);
    expect(latency.median).toBeGreaterThan(0);
    expect(throughput(fd, questions, 50)).toBeGreaterThan(0);
    const complete = autocompleteLatency(fd, prefixesOf(questions, 2), 1);
    expect(complete.n).toBe(80);
  });

  it("runs as `npm run bench` and ends with one JSON line of figures", () => {
    const r = spawnSync(process.execPath, ["dist/bench/run.js", "--sizes", "300", "--synthetic-only", "--questions", "60", "--budget-ms", "200", "--runs", "1"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, FACTDESK_CACHE_DIR: cacheDir },
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/facts .*load .*median µs/);
    const summary = JSON.parse(lines[lines.length - 1]!) as { sizes: Array<Record<string, unknown>>; coldStart: Record<string, number> };
    const size = summary.sizes[0]!;
    expect(size.error).toBeUndefined();
    expect(size.facts).toBe(300);
    for (const key of ["loadYamlMs", "loadMs", "rssMb", "throughputQps"]) expect(size[key], key).toBeGreaterThan(0);
    expect((size.latencyUs as { median: number }).median).toBeGreaterThan(0);
    expect((size.accuracy as { percent: number }).percent).toBeGreaterThan(80);
    // NLP.js, trained on the same table's examples, timed on the same questions.
    const nlpjs = size.nlpjs as { utterances: number; intents: number; latency: { n: number; median: number } };
    expect(nlpjs.intents).toBeGreaterThanOrEqual(20);
    expect(nlpjs.utterances).toBeGreaterThan(0);
    expect(nlpjs.latency.n).toBeGreaterThanOrEqual(60);
    expect(nlpjs.latency.median).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/NLP\.js med µs/);
    expect(summary.coldStart.nodeMs).toBeGreaterThan(0);
    expect(summary.coldStart.cliRatio).toBeGreaterThan(0);
  }, 120_000);
});

describe("the per-question profile", () => {
  it("charges each sample to its function (self) and once to every function on its stack (inclusive)", () => {
    const frame = (functionName: string) => ({ functionName, url: "file:///x/dist/src/a.js", lineNumber: 0, columnNumber: 0, scriptId: "1" });
    // answer → parse → parse (recursion) and answer → compose; 30 µs in the inner parse, 10 in compose, 5 in answer.
    const profile = {
      nodes: [
        { id: 1, callFrame: frame("answer"), children: [2, 4] },
        { id: 2, callFrame: frame("parse"), children: [3] },
        { id: 3, callFrame: frame("parse") },
        { id: 4, callFrame: frame("compose") },
      ],
      startTime: 0, endTime: 45, samples: [3, 4, 3, 1], timeDeltas: [15, 10, 15, 5],
    };
    const { total, rows } = byFunction(profile);
    const row = (name: string) => rows.find((r) => r.key.startsWith(`${name} `))!;
    expect(total).toBe(45);
    expect(row("answer")).toMatchObject({ inclusive: 45, self: 5 });
    expect(row("parse")).toMatchObject({ inclusive: 30, self: 30 });
    expect(row("compose")).toMatchObject({ inclusive: 10, self: 10 });
    expect(row("parse").key).toBe("parse dist/src/a.js:1");
  });

  it("runs as `npm run bench:profile` over the held-out questions", () => {
    const r = spawnSync(process.execPath, ["dist/bench/profile-questions.js", "--rounds", "1", "--warmup", "0", "--top", "5", "--questions", "20000"], { cwd: ROOT, env: { ...process.env, TZ: "UTC", FACTDESK_CACHE_DIR: cacheDir }, encoding: "utf8", timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^20000 questions × 1: [\d.]+ µs a question/);
    expect(lines.slice(2)).toHaveLength(5);
    expect(lines.some((l) => /^\s*\d+\.\d% +\d+\.\d%  answer dist\/src\/factdesk\.js:\d+$/.test(l))).toBe(true);
  }, 180_000); // the child's own limit: the held-out sets grow (over 93,000 questions), so the first 20,000 are profiled, one round with no warm-up (what is checked is the output, not the figure)
});
