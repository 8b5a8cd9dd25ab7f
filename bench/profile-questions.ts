/**
 * Where a question's time goes, by function: `npm run bench:profile [-- --rounds 8] [--warmup 3] [--top 45] [--questions N] [--exact]`.
 *
 * Answers every held-out question (tests/eval/*.jsonl) and the sample evaluation's, warmed up, under
 * V8's sampling profiler (node:inspector), and prints each function's share of the time: inclusive
 * (with what it calls) and self. `--exact` turns V8's inlining off before the core is loaded, so the
 * time is charged to the function that spends it (everything runs slower; the shares are truer).
 * `--questions N` profiles the first N questions only (the test of the command's output does).
 */
import { readdirSync, readFileSync } from "node:fs";
import { Session, type Profiler } from "node:inspector/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { loadDevQuestions, round } from "./pipeline.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function arg(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}

function questions(): Array<{ q: string; now: Date }> {
  const dir = join(ROOT, "tests/eval");
  const held = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n").filter((l) => l.trim()))
    .map((l) => JSON.parse(l) as { q: string; now?: string });
  return [...held, ...loadDevQuestions()].map((c) => ({ q: c.q, now: new Date(`${c.now ?? "2026-01-15"}T12:00:00Z`) }));
}

/** Inclusive and self time by function (name, file, line), in microseconds. */
export function byFunction(profile: Profiler.Profile): { total: number; rows: Array<{ key: string; inclusive: number; self: number }> } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: Profiler.ProfileNode) =>
    `${n.callFrame.functionName || "(anonymous)"} ${n.callFrame.url.replace(/^.*?\/(dist|node_modules)\//, "$1/")}${n.callFrame.url ? `:${n.callFrame.lineNumber + 1}` : ""}`;
  const spent = new Map<number, number>();
  profile.samples!.forEach((id, i) => spent.set(id, (spent.get(id) ?? 0) + (profile.timeDeltas![i] ?? 0)));
  const rows = new Map<string, { key: string; inclusive: number; self: number }>();
  const row = (k: string) => rows.get(k) ?? rows.set(k, { key: k, inclusive: 0, self: 0 }).get(k)!;
  let total = 0;
  for (const [id, us] of spent) {
    total += us;
    row(key(nodes.get(id)!)).self += us;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(nodes.get(at)!);
      if (!seen.has(k)) seen.add(k), (row(k).inclusive += us);
    }
  }
  return { total, rows: [...rows.values()] };
}

export async function main(argv: string[]): Promise<void> {
  if (argv.includes("--exact")) setFlagsFromString("--no-turbo-inlining");
  const { loadFactdesk } = await import("../src/factdesk.js");
  const factdesk = loadFactdesk();
  const qs = questions().slice(0, arg(argv, "--questions", Infinity));
  const rounds = arg(argv, "--rounds", 8);
  // (Rounds unprofiled first, so that the profile is of optimised code; the tests run one to stay short.)
  for (let r = 0; r < arg(argv, "--warmup", 3); r++) for (const { q, now } of qs) factdesk.answer(q, { now });
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const { q, now } of qs) factdesk.answer(q, { now });
  const ms = performance.now() - started;
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  const { total, rows } = byFunction(profile);
  const pct = (us: number) => `${round((100 * us) / total, 1).toFixed(1)}%`.padStart(6);
  process.stdout.write(`${qs.length} questions × ${rounds}: ${round((ms * 1000) / (qs.length * rounds), 1)} µs a question (mean, under the profiler${argv.includes("--exact") ? ", inlining off" : ""})\n`);
  process.stdout.write(`incl.   self  function (file:line)\n`);
  for (const r of rows.sort((a, b) => b.inclusive - a.inclusive).filter((r) => /dist\/(src|adapters)|chrono|\((garbage|program)/.test(r.key)).slice(0, arg(argv, "--top", 45)))
    process.stdout.write(`${pct(r.inclusive)} ${pct(r.self)}  ${r.key}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
