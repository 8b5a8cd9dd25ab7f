/**
 * NLP.js (@nlpjs/*, a dev dependency of the benchmark only) side by side with factdesk: an intent
 * classifier trained on every relation's example questions (one intent per relation), then timed
 * with `process()` on the same questions factdesk answers. It only classifies (no sentiment, no
 * answer, no dates): a lower bound of what a general NLU library costs for the reading alone.
 *
 *   node dist/bench/nlpjs.js --dir DIR --questions FILE [--budget-ms 6000]   (prints one JSON line)
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { buildCoreState, isRevivable, reviveCoreState } from "../src/core-state.js";
import { loadFactTableCached } from "../src/facts/table-cache.js";
import { distribution, fromGenerated, loadDevQuestions, round, type BenchQuestion, type Distribution } from "./pipeline.js";
import type { GeneratedQuestion } from "./generate-facts.js";

interface NlpResult {
  intent: string;
  score: number;
}

/** The part of NLP.js's `Nlp` used here (the package has no types). */
interface Nlp {
  settings: Record<string, unknown>;
  addLanguage(locale: string): void;
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<void>;
  process(locale: string, utterance: string): Promise<NlpResult>;
}

interface Container {
  use(plugin: unknown): void;
  get(name: "nlp"): Nlp;
}

export interface NlpjsResult {
  utterances: number;
  intents: number;
  trainMs: number;
  latency: Distribution;
}

const require = createRequire(import.meta.url);

export async function trainNlpjs(examples: Array<{ q: string; intent: string }>): Promise<Nlp> {
  const { containerBootstrap } = require("@nlpjs/core-loader") as { containerBootstrap: () => Promise<Container> };
  const { Nlp } = require("@nlpjs/nlp") as { Nlp: unknown };
  const { LangEn } = require("@nlpjs/lang-en") as { LangEn: unknown };
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangEn);
  const nlp = container.get("nlp");
  // Nothing written to disk, nothing logged, and intent classification only.
  Object.assign(nlp.settings, { autoSave: false, autoLoad: false, log: false, calculateSentiment: false });
  nlp.addLanguage("en");
  for (const e of examples) nlp.addDocument("en", e.q, e.intent);
  await nlp.train();
  return nlp;
}

/** `process()` latency in µs, per call, as `answerLatency` measures factdesk: a warm-up pass, then `rounds`. */
export async function nlpjsLatency(nlp: Nlp, questions: string[], rounds: number): Promise<Distribution> {
  for (const q of questions) await nlp.process("en", q);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const q of questions) {
      const t = process.hrtime.bigint();
      await nlp.process("en", q);
      samples.push(Number(process.hrtime.bigint() - t) / 1000);
    }
  return distribution(samples);
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export async function runNlpjs(argv: string[]): Promise<NlpjsResult> {
  const { table } = loadFactTableCached(arg(argv, "--dir")!, { build: buildCoreState, revivable: isRevivable, revive: reviveCoreState });
  const examples = [...table.relations.values()].flatMap((r) => r.examples.map((e) => ({ q: e.q, intent: r.id })));
  const generated = fromGenerated(readFileSync(arg(argv, "--questions")!, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as GeneratedQuestion));
  const questions = [...loadDevQuestions(), ...generated].map((q: BenchQuestion) => q.q);
  const t0 = performance.now();
  const nlp = await trainNlpjs(examples);
  const trainMs = round(performance.now() - t0);
  // Rounds as the factdesk worker picks them: about the budget in all, from the time of one pass.
  const t1 = performance.now();
  for (const q of questions) await nlp.process("en", q);
  const passMs = performance.now() - t1;
  const budget = Number(arg(argv, "--budget-ms") ?? 6000);
  const rounds = Math.max(1, Math.min(10, Math.floor(budget / Math.max(passMs, 1))));
  return { utterances: examples.length, intents: table.relations.size, trainMs, latency: await nlpjsLatency(nlp, questions, rounds) };
}

if (process.argv[1]?.endsWith("/nlpjs.js")) process.stdout.write(`${JSON.stringify(await runNlpjs(process.argv.slice(2)))}\n`);
