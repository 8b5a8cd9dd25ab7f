/**
 * One table size, measured in a fresh process (so load time and RSS are those of a real start):
 *   node dist/bench/worker.js --dir DIR --questions FILE [--load-only] [--budget-ms 6000]
 * Prints one JSON line.
 */
import { readFileSync } from "node:fs";
import { loadFactdesk } from "../src/factdesk.js";
import { accuracy, answerLatency, autocompleteLatency, fromGenerated, loadDevQuestions, nowOf, prefixesOf, round, throughput, type BenchQuestion } from "./pipeline.js";
import type { GeneratedQuestion } from "./generate-facts.js";

export interface WorkerResult {
  facts: number;
  relations: number;
  entities: number;
  loadMs: number;
  rssMb: number;
  heapMb: number;
  accuracy?: ReturnType<typeof accuracy>;
  dev?: { questions: number; pass: number; miss: number; wrong: number };
  latency?: ReturnType<typeof answerLatency>;
  /** Latency of the generated questions only, by intent (median µs). */
  medianByIntent?: Record<string, number>;
  throughput?: number;
  autocomplete?: ReturnType<typeof autocompleteLatency>;
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export function runWorker(argv: string[]): WorkerResult {
  const dir = arg(argv, "--dir")!;
  const t0 = performance.now();
  const fd = loadFactdesk({ factsDir: dir });
  const loadMs = round(performance.now() - t0, 1);
  const mem = process.memoryUsage();
  const base: WorkerResult = { ...fd.stats, loadMs, rssMb: round(mem.rss / 2 ** 20, 1), heapMb: round(mem.heapUsed / 2 ** 20, 1) };
  if (argv.includes("--load-only")) return base;

  const generated = fromGenerated(
    readFileSync(arg(argv, "--questions")!, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as GeneratedQuestion),
  );
  const dev = loadDevQuestions();
  const all: BenchQuestion[] = [...dev, ...generated];

  const acc = accuracy(fd, generated);
  const devAcc = accuracy(fd, dev);

  // Rounds of the latency run: about `budget` ms in all, from the time of one pass.
  const budget = Number(arg(argv, "--budget-ms") ?? 6000);
  const t1 = performance.now();
  for (const q of all) fd.answer(q.q, { now: nowOf(q) });
  const passMs = performance.now() - t1;
  const rounds = Math.max(1, Math.min(10, Math.floor(budget / Math.max(passMs, 1))));
  const latency = answerLatency(fd, all, rounds);

  const medianByIntent: Record<string, number> = {};
  const intents = new Map<string, BenchQuestion[]>();
  for (const q of all) (intents.get(q.intent) ?? intents.set(q.intent, []).get(q.intent)!).push(q);
  for (const [intent, qs] of intents) medianByIntent[intent] = answerLatency(fd, qs, 2).median;

  const qps = throughput(fd, all, Math.min(2000, budget / 3));
  const autocomplete = autocompleteLatency(fd, prefixesOf(all));
  return {
    ...base,
    accuracy: { ...acc, examples: acc.examples.slice(0, 12) },
    dev: { questions: devAcc.questions, pass: devAcc.pass, miss: devAcc.miss, wrong: devAcc.wrong },
    latency,
    medianByIntent,
    throughput: qps,
    autocomplete,
  };
}

if (process.argv[1]?.endsWith("/worker.js")) process.stdout.write(`${JSON.stringify(runWorker(process.argv.slice(2)))}\n`);
