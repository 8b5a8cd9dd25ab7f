/**
 * The unanswered-question log: `unknown` answers are appended as JSONL (the core's cleaned text,
 * time, platform; no user ids), concurrent appends from two writers (two shards) lose no line, and
 * `npm run facts:gaps` summarises them for curators, most frequent first.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/shared/logger.js";
import { createAnswerStep } from "../../adapters/shared/answer-step.js";
import { GapsLog } from "../../adapters/shared/gaps-log.js";
import { summariseGaps } from "../../adapters/shared/gaps-summary.js";
import { realFactdesk } from "../helpers/factdesk.js";

const NOW = new Date("2026-01-15T12:00:00Z");
const dir = mkdtempSync(join(tmpdir(), "factdesk-gaps-"));
const log = createLogger({ level: "silent" });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const readLines = (path: string) =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { time: string; platform: string; question: string });

describe("unanswered-question log", () => {
  it("appends unknown answers only: cleaned text, time, platform, and nothing about the user", async () => {
    const path = join(dir, "gaps.jsonl");
    const gaps = new GapsLog(path);
    const answer = createAnswerStep(realFactdesk(), gaps);
    const ask = (q: string, platform: "slack" | "discord") => answer(q, { platform, at: NOW, log }).status;
    expect(ask("Who chaired the OSCE in 2010?", "slack")).toBe("answered");
    expect(ask("<@U0SECRET> What's the weather in Almaty? <!here>", "slack")).toBe("unknown");
    expect(ask("\u0000\u200b**Who won the 1850 World Cup?**", "discord")).toBe("unknown");
    expect(ask("🙂 <!channel>", "discord")).toBe("unknown"); // nothing a curator could act on: not logged
    expect(ask("hello", "slack")).toBe("unknown"); // a greeting or thanks is not a gap in the table
    expect(ask("thanks!", "discord")).toBe("unknown");
    await gaps.close();
    const lines = readLines(path);
    expect(lines.map((l) => [l.platform, l.question])).toEqual([
      ["slack", "What's the weather in Almaty?"],
      ["discord", "Who won the 1850 World Cup?"],
    ]);
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual(["platform", "question", "time"]);
      expect(Number.isNaN(Date.parse(l.time))).toBe(false);
    }
    expect(readFileSync(path, "utf8")).not.toContain("U0SECRET");
  });

  it("redacts e-mail addresses, phone numbers and channel names, and keeps years and ranges", async () => {
    const path = join(dir, "redacted.jsonl");
    const gaps = new GapsLog(path);
    gaps.record("Can anna.petrova@example.kz or +7 (701) 555-12-34 tell me about it?", "slack", NOW);
    gaps.record("Who posts in #news-desk about 555-123-4567 and the 1991-2010 presidency in 2004 2005?", "discord", NOW);
    await gaps.close();
    const text = readFileSync(path, "utf8");
    for (const secret of ["anna.petrova", "example.kz", "701", "555", "news-desk"]) expect(text).not.toContain(secret);
    expect(readLines(path).map((l) => l.question)).toEqual([
      "Can [email] or [phone] tell me about it?",
      "Who posts in [channel] about [phone] and the 1991-2010 presidency in 2004 2005?",
    ]);
  });

  it("loses no line when two writers append 2,000 lines at once (two shards, one file)", async () => {
    const path = join(dir, "concurrent.jsonl");
    const a = new GapsLog(path);
    const b = new GapsLog(path);
    const long = "why ".repeat(120); // ~480 characters: lines longer than a trivial write
    for (let i = 0; i < 1_000; i++) {
      a.record(`${long} question a${i}?`, "discord");
      b.record(`${long} question b${i}?`, "slack");
    }
    await Promise.all([a.close(), b.close()]);
    const lines = readLines(path); // every line parses: none torn or interleaved
    expect(lines).toHaveLength(2_000);
    expect(new Set(lines.map((l) => l.question)).size).toBe(2_000);
    // Each writer's lines stay in its own order.
    const order = (w: string) => lines.filter((l) => l.question.includes(` question ${w}`)).map((l) => Number(/question [ab](\d+)/.exec(l.question)![1]));
    expect(order("a")).toEqual([...Array(1_000).keys()]);
    expect(order("b")).toEqual([...Array(1_000).keys()]);
  });

  it("a log that cannot be written is reported once and never throws into the answer path", async () => {
    const errors: Error[] = [];
    expect(() => new GapsLog(join(dir, "no-such-dir", "gaps.jsonl"))).toThrow(/ENOENT/);
    const gaps = new GapsLog(join(dir, "closing.jsonl"), (err) => errors.push(err));
    await gaps.close();
    expect(gaps.record("What's the weather?", "slack")).toBe(false); // closed: dropped quietly
    await gaps.close(); // twice is fine
    expect(errors).toEqual([]);
  });
});

describe("npm run facts:gaps", () => {
  const path = join(dir, "summary.jsonl");
  const entry = (question: string, platform: string, time: string) => JSON.stringify({ time, platform, question });
  writeFileSync(
    path,
    [
      entry("Who won the 1850 World Cup?", "slack", "2026-01-10T10:00:00.000Z"),
      entry("who won the 1850 world cup", "discord", "2026-01-12T10:00:00.000Z"),
      entry("Who won the 1850 World Cup?", "slack", "2026-01-11T10:00:00.000Z"),
      entry("What's the weather in Almaty?", "slack", "2026-01-09T10:00:00.000Z"),
      '{"time":"2026-01-12T10:00:00.000Z","platform":"slack","question":"What is NATO', // a torn line
      entry("What is NATO?", "discord", "2026-01-13T10:00:00.000Z"),
      entry("what is nato", "discord", "2026-01-14T10:00:00.000Z"),
    ].join("\n") + "\n",
  );

  it("groups by normalised text, most frequent first, with the usual wording, platforms and last date", () => {
    const summary = summariseGaps(readFileSync(path, "utf8"));
    expect(summary).toMatchObject({ lines: 7, skipped: 1 });
    expect(summary.groups.map((g) => [g.count, g.example])).toEqual([
      [3, "Who won the 1850 World Cup?"],
      [2, "What is NATO?"],
      [1, "What's the weather in Almaty?"],
    ]);
    expect(summary.groups[0]).toMatchObject({ platforms: { slack: 2, discord: 1 }, first: "2026-01-10T10:00:00.000Z", last: "2026-01-12T10:00:00.000Z" });
  });

  const script = "dist/scripts/facts-gaps.js";
  it("prints the summary for curators (file argument or FACTDESK_GAPS_LOG), exit 2 without a readable file", () => {
    const run = (args: string[], env: Record<string, string> = {}) =>
      spawnSync(process.execPath, [script, ...args], { encoding: "utf8", env: { PATH: process.env.PATH ?? "", ...env } });
    const out = run([path]);
    expect(out.status).toBe(0);
    const rows = out.stdout.trim().split("\n");
    expect(rows[0]).toMatch(/^3 distinct unanswered questions in 7 lines \(1 unreadable lines skipped\)/);
    expect(rows[1]).toMatch(/^3 {2}"Who won the 1850 World Cup\?" {2}\(last 2026-01-12; slack 2, discord 1\)$/);
    expect(rows[2]).toContain('"What is NATO?"');
    expect(run([], { FACTDESK_GAPS_LOG: path }).stdout).toBe(out.stdout);
    const json = JSON.parse(run([path, "--json", "--top", "1"]).stdout) as { groups: unknown[] };
    expect(json.groups).toHaveLength(1);
    const missing = run([join(dir, "missing.jsonl")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("cannot read");
    expect(run([]).status).toBe(2);
  });
});
