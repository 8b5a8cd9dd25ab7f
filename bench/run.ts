/**
 * `npm run bench`: factdesk at 1,000, 10,000 and 100,000 facts, and the cold start of the CLI.
 *
 * For each size, a synthetic table (bench/generate-facts.ts, seeded) is written to a temporary
 * directory and measured by a fresh process (bench/worker.ts): once loading from YAML (which also
 * writes the compiled-table cache), once more as a normal start (from the cache), then answer
 * latency, throughput, precision on the generated questions and autocomplete latency.
 * Prints a table, then one JSON line with every figure.
 *
 * NLP.js (bench/nlpjs.ts), trained on the same table's example questions, is timed on the same
 * questions in a process of its own, and printed beside factdesk.
 *
 *   npm run bench [-- --sizes 1000,10000] [--questions 1500] [--budget-ms 6000] [--runs 7] [--synthetic-only] [--no-nlpjs]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateFacts } from "./generate-facts.js";
import { distribution, loadDevQuestions, round } from "./pipeline.js";
import type { WorkerResult } from "./worker.js";
import type { NlpjsResult } from "./nlpjs.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WORKER = fileURLToPath(new URL("./worker.js", import.meta.url));
const NLPJS = fileURLToPath(new URL("./nlpjs.js", import.meta.url));
const COLD_QUESTION = "who chaired the OSCE in 2010?";

interface SizeResult {
  size: number;
  generateMs: number;
  yamlBytes: number;
  questions: number;
  /** Loading from YAML (validate, lint, index; writes the cache). */
  firstLoad?: WorkerResult;
  /** A normal start, and the measurements. */
  run?: WorkerResult;
  /** NLP.js trained on the same table's examples, timed on the same questions. */
  nlpjs?: NlpjsResult;
  error?: string;
}

let argv: string[] = process.argv.slice(2);

function arg(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function worker<T = WorkerResult>(args: string[], env: NodeJS.ProcessEnv, script = WORKER): T {
  const r = spawnSync(process.execPath, ["--max-old-space-size=4096", script, ...args], { env, encoding: "utf8", timeout: 170_000, maxBuffer: 64 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`worker failed (${r.signal ?? r.status}): ${(r.stderr || "").slice(-600)}`);
  const last = r.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as T;
}

function measureSize(size: number, questions: number, budget: number, cacheDir: string, includeReal: boolean, withNlpjs: boolean): SizeResult {
  const t0 = performance.now();
  const table = generateFacts({ facts: size, seed: 7, questions, includeReal });
  const result: SizeResult = { size, generateMs: round(performance.now() - t0), yamlBytes: table.bytes, questions: table.questions.length };
  const qfile = `${table.dir}.questions.jsonl`;
  writeFileSync(qfile, table.questions.map((q) => JSON.stringify(q)).join("\n") + "\n");
  const env = { ...process.env, TZ: "UTC", FACTDESK_CACHE_DIR: cacheDir };
  try {
    result.firstLoad = worker(["--dir", table.dir, "--load-only"], env);
    result.run = worker(["--dir", table.dir, "--questions", qfile, "--budget-ms", String(budget)], env);
    if (withNlpjs) result.nlpjs = worker<NlpjsResult>(["--dir", table.dir, "--questions", qfile, "--budget-ms", String(budget)], env, NLPJS);
  } catch (e) {
    result.error = (e as Error).message;
  } finally {
    rmSync(table.dir, { recursive: true, force: true });
    rmSync(qfile, { force: true });
  }
  return result;
}

/**
 * `--jsonl` as the evaluation runs it (`bin.js --jsonl --now …`, questions on stdin): the sample
 * evaluation's questions repeated to `lines` and to twice as many lines; the difference, per line,
 * leaves out the start and the one-time costs (chrono's compilation, the word list).
 */
function jsonlPerQuestion(lines: number): { lines: number; us: number } | null {
  const dev = loadDevQuestions().map((q) => q.q);
  if (dev.length === 0) return null;
  const input = (n: number) => Array.from({ length: n }, (_, i) => dev[i % dev.length]).join("\n") + "\n";
  const bin = join(ROOT, "dist/adapters/cli/bin.js");
  const run = (text: string) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, [bin, "--jsonl", "--now", "2026-01-15"], { cwd: ROOT, input: text, env: { ...process.env, TZ: "UTC" }, encoding: "utf8", maxBuffer: 1024 * 2 ** 20 });
    if (r.status !== 0) throw new Error(`--jsonl exited ${r.status}: ${r.stderr.slice(-400)}`);
    return performance.now() - t;
  };
  const once = input(lines);
  const twice = input(2 * lines);
  run(once);
  const one = distribution([run(once), run(once), run(once)]).median;
  const two = distribution([run(twice), run(twice), run(twice)]).median;
  return { lines, us: round(((two - one) * 1000) / lines, 1) };
}

interface ColdStart {
  runs: number;
  nodeMs: number;
  cliMs: number;
  npmMs: number;
  /** The compiled CLI with the table cache turned off (what every start cost before the cache). */
  cliNoCacheMs: number;
  cliRatio: number;
  npmRatio: number;
  /** µs a question through `--jsonl` (the real table), start-up and one-time costs excluded. */
  jsonl: { lines: number; us: number } | null;
}

function wall(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, env: { ...env, TZ: "UTC" }, encoding: "utf8" });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${r.stderr.slice(-400)}`);
  return ms;
}

function coldStart(runs: number): ColdStart {
  const node: number[] = [];
  const cli: number[] = [];
  const npm: number[] = [];
  const noCache: number[] = [];
  const bin = join(ROOT, "dist/adapters/cli/bin.js");
  for (let i = 0; i <= runs; i++) {
    // Round 0 warms the file system cache (and writes the table cache if the code changed): not counted.
    const n = wall(process.execPath, ["-e", "0"]);
    const c = wall(process.execPath, [bin, COLD_QUESTION]);
    const m = wall("npm", ["run", "-s", "ask", "--", COLD_QUESTION]);
    const u = i % 2 === 1 || runs < 2 ? wall(process.execPath, [bin, COLD_QUESTION], { ...process.env, FACTDESK_CACHE: "off" }) : -1;
    if (i === 0) continue;
    node.push(n);
    cli.push(c);
    npm.push(m);
    if (u >= 0) noCache.push(u);
  }
  const med = (xs: number[]) => distribution(xs).median;
  const nodeMs = med(node);
  return {
    runs,
    nodeMs: round(nodeMs, 1),
    cliMs: round(med(cli), 1),
    npmMs: round(med(npm), 1),
    cliNoCacheMs: round(med(noCache), 1),
    cliRatio: round(med(cli) / nodeMs, 2),
    npmRatio: round(med(npm) / nodeMs, 2),
    jsonl: jsonlPerQuestion(runs > 1 ? 5000 : 100),
  };
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

function printTable(sizes: SizeResult[], cold: ColdStart | null): void {
  const head = ["facts", "load YAML ms", "load ms", "RSS MB", "median µs", "p99 µs", "max µs", "q/s", "accuracy", "wrong", "dev", "compl. p99 µs", "NLP.js med µs", "NLP.js p99 µs"];
  const widths = [8, 12, 8, 7, 10, 8, 9, 8, 9, 6, 6, 13, 13, 13];
  const line = (cells: Array<string | number>) => cells.map((c, i) => pad(c, widths[i]!)).join(" ");
  process.stdout.write(`${line(head)}\n`);
  for (const s of sizes) {
    if (!s.run || !s.firstLoad) {
      process.stdout.write(`${pad(s.size, 8)}  error: ${s.error}\n`);
      continue;
    }
    const r = s.run;
    process.stdout.write(
      `${line([
        r.facts, s.firstLoad.loadMs, r.loadMs, r.rssMb, r.latency!.median, r.latency!.p99, r.latency!.max, r.throughput!,
        `${r.accuracy!.accuracy}%`, r.accuracy!.wrong, `${r.dev!.pass}/${r.dev!.questions}`, r.autocomplete!.p99,
        s.nlpjs?.latency.median ?? "-", s.nlpjs?.latency.p99 ?? "-",
      ])}\n`,
    );
  }
  const beside = sizes.filter((s) => s.run?.latency && s.nlpjs);
  if (beside.length)
    process.stdout.write(
      `\nfactdesk answer() against NLP.js process() on the same questions (median, p99): ${beside
        .map((s) => `${s.size} facts ${round(s.run!.latency!.median / s.nlpjs!.latency.median, 2)}×, ${round(s.run!.latency!.p99 / s.nlpjs!.latency.p99, 2)}×`)
        .join("; ")} (NLP.js: ${beside[0]!.nlpjs!.intents} intents, ${beside[0]!.nlpjs!.utterances} examples, trained in ${beside[0]!.nlpjs!.trainMs} ms)\n`,
    );
  if (cold)
    process.stdout.write(
      `\ncold start (median of ${cold.runs}): node -e 0 ${cold.nodeMs} ms; node dist/adapters/cli/bin.js ${cold.cliMs} ms (${cold.cliRatio}×); ` +
        `npm run -s ask ${cold.npmMs} ms (${cold.npmRatio}×); bin.js without the table cache ${cold.cliNoCacheMs} ms` +
        (cold.jsonl ? `\n--jsonl: ${cold.jsonl.us} µs a question (${cold.jsonl.lines} more lines; start-up and one-time costs excluded)\n` : "\n"),
    );
}

export function main(args: string[]): void {
  argv = args;
  const started = performance.now();
  const sizes = (arg("--sizes") ?? "1000,10000,100000").split(",").map(Number);
  const questions = Number(arg("--questions") ?? 1500);
  const budget = Number(arg("--budget-ms") ?? 6000);
  const runs = Number(arg("--runs") ?? 7);
  const cacheDir = mkdtempSync(join(tmpdir(), "factdesk-bench-cache-"));
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) {
      process.stderr.write(`bench: ${size} facts …\n`);
      results.push(measureSize(size, questions, budget, cacheDir, !argv.includes("--synthetic-only"), !argv.includes("--no-nlpjs")));
    }
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  process.stderr.write(`bench: cold start …\n`);
  let cold: ColdStart | null = null;
  try {
    cold = runs > 0 ? coldStart(runs) : null;
  } catch (e) {
    process.stderr.write(`bench: cold start failed: ${(e as Error).message}\n`);
  }
  printTable(results, cold);
  for (const s of results) {
    const ex = s.run?.accuracy?.examples ?? [];
    if (ex.length) process.stdout.write(`\n${s.size} facts, some generated questions not answered right:\n${ex.slice(0, 6).map((e) => `  [${e.verdict}, ${e.intent}] ${e.q} → ${e.text.slice(0, 110)}`).join("\n")}\n`);
  }
  const summary = {
    bench: "factdesk",
    node: process.version,
    seconds: round((performance.now() - started) / 1000, 1),
    sizes: results.map((s) => ({
      facts: s.run?.facts ?? s.size,
      relations: s.run?.relations,
      entities: s.run?.entities,
      yamlBytes: s.yamlBytes,
      generateMs: s.generateMs,
      loadYamlMs: s.firstLoad?.loadMs,
      loadMs: s.run?.loadMs,
      rssMb: s.run?.rssMb,
      rssYamlMb: s.firstLoad?.rssMb,
      latencyUs: s.run?.latency,
      medianByIntentUs: s.run?.medianByIntent,
      throughputQps: s.run?.throughput,
      accuracy: s.run?.accuracy ? { questions: s.run.accuracy.questions, pass: s.run.accuracy.pass, miss: s.run.accuracy.miss, wrong: s.run.accuracy.wrong, percent: s.run.accuracy.accuracy, byIntent: s.run.accuracy.byIntent } : undefined,
      dev: s.run?.dev,
      autocompleteUs: s.run?.autocomplete,
      nlpjs: s.nlpjs ? { ...s.nlpjs, medianRatio: s.run?.latency ? round(s.run.latency.median / s.nlpjs.latency.median, 2) : undefined } : undefined,
      ...(s.error ? { error: s.error } : {}),
    })),
    coldStart: cold,
  };
  process.stdout.write(`\n${JSON.stringify(summary)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
