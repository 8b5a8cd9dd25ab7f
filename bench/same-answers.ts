/**
 * Proof that a change to the core leaves every answer as it was: `npm run bench:same -- --out FILE`
 * writes, for every question we have, its `Answer` and its `--jsonl` line as JSON (one line each);
 * `--against FILE` writes the same to a temporary file and compares, line by line, printing the
 * first differences (exit 1 if any).
 *
 * The questions: every held-out set (tests/eval/*.jsonl), the sample evaluation
 * (../shared/eval/dev.jsonl, or `--dev PATH`) and every relation's examples, asked of the real
 * facts/; then, for each generated table (`--sizes 1000,10000`, seed 7, as `npm run bench`), its
 * generated questions, the sample evaluation and its relations' examples. Each table is loaded
 * from YAML and then again from the cache (both are asked), in a cache directory of its own.
 *
 * Run it on the build before a change (`--out`) and after (`--against`).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { jsonlRecord } from "../adapters/cli/jsonl.js";
import { loadFactTable } from "../src/facts/load.js";
import { defaultFactsDir, loadFactdesk } from "../src/factdesk.js";
import { generateFacts } from "./generate-facts.js";
import { devQuestionsPath, loadDevQuestions } from "./pipeline.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DEFAULT_NOW = "2026-01-15";

interface Asked {
  q: string;
  now: string;
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function heldOut(): Asked[] {
  const dir = join(ROOT, "tests/eval");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n").filter((l) => l.trim()))
    .map((l) => JSON.parse(l) as { q: string; now?: string })
    .map((c) => ({ q: c.q, now: c.now ?? DEFAULT_NOW }));
}

function examples(factsDir: string): Asked[] {
  const { table } = loadFactTable(factsDir);
  return [...table.relations.values()].flatMap((r) => r.examples.map((e) => ({ q: e.q, now: e.now ?? DEFAULT_NOW })));
}

/** Answer and `--jsonl` line of every question, from YAML and then from the cache. */
export function answersOf(label: string, factsDir: string, questions: Asked[]): string[] {
  const cache = mkdtempSync(join(tmpdir(), "factdesk-same-"));
  const cacheBefore = process.env.FACTDESK_CACHE_DIR;
  process.env.FACTDESK_CACHE_DIR = cache;
  const lines: string[] = [];
  try {
    for (const start of ["yaml", "cache"]) {
      const fd = loadFactdesk({ factsDir });
      for (const { q, now } of questions) {
        const answer = fd.answer(q, { now: new Date(`${now}T12:00:00Z`) });
        lines.push(`${label} ${start} answer ${JSON.stringify(answer)}`, `${label} ${start} jsonl ${JSON.stringify(jsonlRecord(q, answer))}`);
      }
    }
  } finally {
    if (cacheBefore === undefined) delete process.env.FACTDESK_CACHE_DIR;
    else process.env.FACTDESK_CACHE_DIR = cacheBefore;
    rmSync(cache, { recursive: true, force: true });
  }
  return lines;
}

function allAnswers(argv: string[]): string[] {
  const dev = loadDevQuestions(arg(argv, "--dev") ?? devQuestionsPath()).map((d) => ({ q: d.q, now: d.now }));
  const sizes = (arg(argv, "--sizes") ?? "1000,10000").split(",").filter(Boolean).map(Number);
  const lines = answersOf("real", defaultFactsDir(), [...heldOut(), ...dev, ...examples(defaultFactsDir())]);
  for (const size of sizes) {
    const table = generateFacts({ facts: size, seed: 7 });
    try {
      const generated = table.questions.map((g) => ({ q: g.q, now: g.now }));
      lines.push(...answersOf(`facts-${size}`, table.dir, [...generated, ...dev, ...examples(table.dir)]));
    } finally {
      rmSync(table.dir, { recursive: true, force: true });
    }
  }
  return lines;
}

/** The differing lines (at most `limit`), or a count mismatch. */
export function compare(before: string[], after: string[], limit = 5): string[] {
  const out: string[] = [];
  if (before.length !== after.length) out.push(`${before.length} lines before, ${after.length} after`);
  for (let i = 0; i < Math.min(before.length, after.length) && out.length < limit; i++)
    if (before[i] !== after[i]) out.push(`line ${i + 1}:\n  before ${before[i]!.slice(0, 600)}\n  after  ${after[i]!.slice(0, 600)}`);
  return out;
}

function main(argv: string[]): void {
  const lines = allAnswers(argv);
  const out = arg(argv, "--out");
  if (out) writeFileSync(out, `${lines.join("\n")}\n`);
  const against = arg(argv, "--against");
  if (!against) {
    process.stdout.write(`${lines.length / 2} answers written${out ? ` to ${out}` : ""}\n`);
    return;
  }
  const before = readFileSync(against, "utf8").split("\n").filter(Boolean);
  const differences = compare(before, lines);
  if (differences.length) {
    process.stdout.write(`DIFFERENT from ${against}:\n${differences.join("\n")}\n`);
    process.exitCode = 1;
  } else process.stdout.write(`same: ${lines.length / 2} answers and --jsonl lines identical to ${against}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
