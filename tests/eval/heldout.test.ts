/**
 * The held-out question sets (written from the reference CSV and the seed documents by people who
 * never saw the code or facts/) as a regression test: scored the way shared/eval/score.py scores
 * them, in process. It fails when a set's wrong answers rise above, or its passes fall below, the
 * figures recorded in baseline.json — wrong answers are the failure a newsroom cannot forgive.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/index.js";
import { ask } from "../helpers/factdesk.js";

interface Case {
  q: string;
  now?: string;
  status: "answered" | "unknown";
  expect: Array<string | string[]> | null;
  forbid?: string[];
}

const here = import.meta.dirname;
const baseline = JSON.parse(readFileSync(join(here, "baseline.json"), "utf8")) as Record<string, { pass: number; wrong: number; total: number }>;
const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** As score.py judges: status first, then every expected string (any of a nested list), no forbidden one. */
export function judge(c: Case, a: Answer): "pass" | "miss" | "wrong" {
  const text = fold(a.text);
  if (c.status === "unknown") return a.status === "answered" ? "wrong" : "pass";
  if (a.status !== "answered") return "miss";
  if ((c.forbid ?? []).some((f) => text.includes(fold(f)))) return "wrong";
  const ok = (c.expect ?? []).every((e) => (Array.isArray(e) ? e : [e]).some((alt) => text.includes(fold(alt))));
  return ok ? "pass" : "wrong";
}

const sets = readdirSync(here).filter((f) => f.endsWith(".jsonl"));

describe("held-out question sets", () => {
  it("every set has a recorded baseline", () => {
    expect(sets.filter((s) => !baseline[s])).toEqual([]);
  });

  it.each(sets)("%s: no more wrong answers, no fewer right ones than recorded", (set) => {
    const cases = readFileSync(join(here, set), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);
    const verdicts = cases.map((c) => judge(c, ask(c.q, c.now ?? "2026-01-15")));
    const wrong = cases.filter((_, i) => verdicts[i] === "wrong").map((c) => c.q);
    const pass = verdicts.filter((v) => v === "pass").length;
    console.log(`[eval] ${set}: ${pass}/${cases.length} right, ${wrong.length} wrong`);
    const recorded = baseline[set]!;
    expect(cases.length).toBe(recorded.total);
    expect(wrong.length, `wrong answers:\n${wrong.join("\n")}`).toBeLessThanOrEqual(recorded.wrong);
    expect(pass).toBeGreaterThanOrEqual(recorded.pass);
  });
});
