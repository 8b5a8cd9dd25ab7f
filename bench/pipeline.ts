/**
 * The benchmark's measurements, shared by `npm run bench` (bench/run.ts, one child process per
 * table size) and the smoke test (tests/bench/bench-smoke.test.ts, tiny sizes, in process).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Answer } from "../src/model/answer.js";
import type { Factdesk } from "../src/factdesk.js";
import type { GeneratedQuestion } from "./generate-facts.js";

/** A generated question (or a sample-evaluation one), and where it came from. */
export type BenchQuestion = Omit<GeneratedQuestion, "relation"> & {
  /** "dev" for the sample evaluation, "generated" otherwise. */
  source: "dev" | "generated";
};

export interface Distribution {
  n: number;
  median: number;
  p99: number;
  max: number;
  mean: number;
}

export interface AccuracyFigures {
  questions: number;
  pass: number;
  miss: number;
  wrong: number;
  /** pass / questions, in % */
  accuracy: number;
  byIntent: Record<string, { n: number; pass: number; miss: number; wrong: number }>;
  /** A few failures, for a curator to look at. */
  examples: Array<{ q: string; verdict: string; intent: string; text: string }>;
}

const DEFAULT_NOW = "2026-01-15";

export function devQuestionsPath(): string {
  return fileURLToPath(new URL(import.meta.url.includes("/dist/") ? "../../../shared/eval/dev.jsonl" : "../../shared/eval/dev.jsonl", import.meta.url));
}

/** The sample evaluation questions (../shared/eval/dev.jsonl), when present. */
export function loadDevQuestions(path = devQuestionsPath()): BenchQuestion[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { q: string; now?: string; status: "answered" | "unknown"; expect: Array<string | string[]> | null; forbid?: string[] })
    .map((c) => ({ q: c.q, now: c.now ?? DEFAULT_NOW, status: c.status, expect: c.expect ?? [], ...(c.forbid ? { forbid: c.forbid } : {}), intent: "dev", source: "dev" as const }));
}

export function fromGenerated(qs: GeneratedQuestion[]): BenchQuestion[] {
  return qs.map((q) => ({ ...q, source: "generated" as const }));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function fold(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/**
 * As ../shared/eval/score.py: pass, miss (no answer where one was due), or wrong (an answer that is
 * not right). Generated names are matched as whole words ("Petrov" is not in "Petrova").
 */
export function judge(q: BenchQuestion, a: Answer): "pass" | "miss" | "wrong" {
  const text = fold(a.text);
  if (a.status !== q.status) {
    if (q.status === "unknown" && a.status === "answered") return "wrong";
    if (q.status === "unknown" && a.status === "ambiguous") return "pass";
    return "miss";
  }
  const has = (x: string) => (q.source === "generated" ? new RegExp(`(?:^|[^a-z0-9])${escape(fold(x))}(?:$|[^a-z0-9])`).test(text) : text.includes(fold(x)));
  for (const f of q.forbid ?? []) if (has(f)) return "wrong";
  for (const e of q.expect) {
    const alts = Array.isArray(e) ? e : [e];
    if (!alts.some(has)) return "wrong";
  }
  // A leading figure must be the whole figure ("12" is not the start of "120").
  if (q.prefix && !(text.startsWith(fold(q.prefix)) && !/^\d/.test(text.slice(fold(q.prefix).length)))) return "wrong";
  return "pass";
}

const dateCache = new Map<string, Date>();
export function nowOf(q: BenchQuestion): Date {
  let d = dateCache.get(q.now);
  if (!d) dateCache.set(q.now, (d = new Date(`${q.now}T12:00:00Z`)));
  return d;
}

export function accuracy(fd: Factdesk, questions: BenchQuestion[]): AccuracyFigures {
  const out: AccuracyFigures = { questions: questions.length, pass: 0, miss: 0, wrong: 0, accuracy: 0, byIntent: {}, examples: [] };
  for (const q of questions) {
    const a = fd.answer(q.q, { now: nowOf(q) });
    const v = judge(q, a);
    out[v]++;
    const b = (out.byIntent[q.intent] ??= { n: 0, pass: 0, miss: 0, wrong: 0 });
    b.n++;
    b[v]++;
    if (v !== "pass" && out.examples.length < 40) out.examples.push({ q: q.q, verdict: v, intent: q.intent, text: a.text.slice(0, 200) });
  }
  out.accuracy = questions.length ? round((100 * out.pass) / questions.length, 1) : 0;
  return out;
}

export function distribution(samples: number[]): Distribution {
  const s = Float64Array.from(samples).sort();
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return { n: s.length, median: round(at(0.5), 1), p99: round(at(0.99), 1), max: round(s[s.length - 1] ?? 0, 1), mean: round(mean, 1) };
}

/** Answer latency in µs, per call: `rounds` passes over the questions after one warm-up pass. */
export function answerLatency(fd: Factdesk, questions: BenchQuestion[], rounds: number): Distribution {
  for (const q of questions) fd.answer(q.q, { now: nowOf(q) });
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const now = nowOf(q);
      const t = process.hrtime.bigint();
      fd.answer(q.q, { now });
      samples.push(Number(process.hrtime.bigint() - t) / 1000);
    }
  }
  return distribution(samples);
}

/** Questions per second on this thread, answering the set over and over for about `ms`. */
export function throughput(fd: Factdesk, questions: BenchQuestion[], ms: number): number {
  if (questions.length === 0) return 0;
  const nows = questions.map(nowOf);
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < questions.length; i++) fd.answer(questions[i]!.q, { now: nows[i]! });
    n += questions.length;
    elapsed = performance.now() - start;
  }
  return Math.round((n * 1000) / elapsed);
}

/** Prefixes of 1–40 characters of the given questions (as a user types them). */
export function prefixesOf(questions: BenchQuestion[], perLength = 25): string[] {
  const out: string[] = [];
  for (let len = 1; len <= 40; len++) {
    let taken = 0;
    for (let i = 0; i < questions.length && taken < perLength; i++) {
      const q = questions[(i * 7919 + len * 31) % questions.length]!.q;
      if (q.length < len) continue;
      out.push(q.slice(0, len));
      taken++;
    }
  }
  return out;
}

export function autocompleteLatency(fd: Factdesk, prefixes: string[], rounds = 3): Distribution & { empty: number } {
  let empty = 0;
  for (const p of prefixes) if (fd.complete(p).length === 0) empty++;
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const p of prefixes) {
      const t = process.hrtime.bigint();
      fd.complete(p);
      samples.push(Number(process.hrtime.bigint() - t) / 1000);
    }
  return { ...distribution(samples), empty };
}

export function round(x: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
