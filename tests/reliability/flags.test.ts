/**
 * The flag log and its report: one JSON line per flag with what the curator needs and never who
 * flagged; lines stay whole under concurrent appends; `npm run facts:flags` groups by fact, most
 * flagged first, with notes and revisions.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FlagsLog, MAX_FLAG_NOTE } from "../../adapters/shared/flags-log.js";
import { RecentAnswers } from "../../adapters/shared/recent-answers.js";
import { summariseFlags } from "../../adapters/shared/flags-summary.js";
import { ask } from "../helpers/factdesk.js";

const tmp = () => mkdtempSync(join(tmpdir(), "factdesk-flags-"));
const AT = new Date("2026-01-15T12:00:00Z");

describe("the flag log", () => {
  it("appends one line: time, platform, question, answer text, fact ids, revision, note; nothing about the user", async () => {
    const path = join(tmp(), "flags.jsonl");
    const log = new FlagsLog(path);
    const answer = ask("Who chaired the OSCE in 2010?");
    expect(log.record({ platform: "discord", question: "Who chaired the OSCE in 2010?", answer }, "  the CiO is missing\u0007 ", AT)).toBe(true);
    await log.close();
    const lines = readFileSync(path, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({
      time: "2026-01-15T12:00:00.000Z",
      platform: "discord",
      question: "Who chaired the OSCE in 2010?",
      answer: answer.text,
      facts: answer.facts.map((f) => f.id),
      revision: answer.revision,
      note: "the CiO is missing",
    });
    expect(answer.facts.map((f) => f.id)).toContain("osce-chair-2010");
    expect(Object.keys(JSON.parse(lines[0]!))).not.toContain("user");
  });

  it("keeps no empty note and cuts a long one", async () => {
    const path = join(tmp(), "flags.jsonl");
    const log = new FlagsLog(path);
    const answer = ask("hello");
    log.record({ platform: "slack", question: "hello", answer }, "   ", AT);
    log.record({ platform: "slack", question: "hello", answer }, "x".repeat(2_000), AT);
    await log.close();
    const [a, b] = readFileSync(path, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { note?: string; facts: string[] });
    expect(a!.note).toBeUndefined();
    expect(a!.facts).toEqual([]);
    expect(b!.note).toHaveLength(MAX_FLAG_NOTE);
  });

  it("two writers, 2,000 flags: no line lost or torn", async () => {
    const path = join(tmp(), "flags.jsonl");
    const [one, two] = [new FlagsLog(path), new FlagsLog(path)];
    const answer = ask("Who chaired the OSCE in 2010?");
    for (let i = 0; i < 1_000; i++) {
      one.record({ platform: "discord", question: `q${i}`, answer }, `note ${i}`, AT);
      two.record({ platform: "slack", question: `q${i}`, answer }, undefined, AT);
    }
    await Promise.all([one.close(), two.close()]);
    const lines = readFileSync(path, "utf8").trim().split("\n");
    expect(lines).toHaveLength(2_000);
    expect(lines.every((l) => JSON.parse(l).answer === answer.text)).toBe(true);
  });

  it("refuses a path it cannot write at once", () => {
    expect(() => new FlagsLog(join(tmp(), "no-such-dir", "flags.jsonl"))).toThrow(/ENOENT/);
  });
});

describe("the answers a flag points back to", () => {
  it("remembers under short ids that fit a button, forgetting the oldest past its capacity", () => {
    const recent = new RecentAnswers(2);
    const answer = ask("hello");
    const ids = ["a", "b", "c"].map((question) => recent.remember({ platform: "cli", question, answer }));
    expect(ids.every((id) => /^[\w-]{12}$/.test(id))).toBe(true);
    expect(recent.recall(ids[0]!)).toBeUndefined();
    expect(recent.recall(ids[2]!)?.question).toBe("c");
    expect(recent.size).toBe(2);
  });
});

describe("facts:flags", () => {
  const line = (facts: string[], note?: string, time = "2026-01-15T12:00:00.000Z", revision = "aaaa1111") =>
    JSON.stringify({ time, platform: "discord", question: `about ${facts.join(" ")}`, answer: "…", facts, revision, ...(note ? { note } : {}) });
  const log = [
    line(["osce-chair-2010", "osce-cio-2010"], "wrong CiO"),
    line(["osce-cio-2010"], "Saudabayev resigned?", "2026-01-16T09:00:00.000Z", "bbbb2222"),
    line(["osce-cio-2010"]),
    line([]),
    "{torn",
  ].join("\n");

  it("groups by fact, most flagged first, with notes and revisions", () => {
    const s = summariseFlags(log);
    expect(s).toMatchObject({ lines: 5, skipped: 1, withoutFacts: 1 });
    expect(s.groups.map((g) => [g.fact, g.count])).toEqual([
      ["osce-cio-2010", 3],
      ["osce-chair-2010", 1],
    ]);
    expect(s.groups[0]).toMatchObject({ revisions: ["aaaa1111", "bbbb2222"], notes: ["wrong CiO", "Saudabayev resigned?"], last: "2026-01-16T09:00:00.000Z" });
  });

  const script = "dist/scripts/facts-flags.js";
  const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [script, ...args], { encoding: "utf8", env: { PATH: process.env.PATH ?? "", ...env } });

  it("prints the report from FACTDESK_FLAGS_LOG or a file, as text or JSON", () => {
    const path = join(tmp(), "flags.jsonl");
    writeFileSync(path, log);
    const text = run([], { FACTDESK_FLAGS_LOG: path });
    expect(text.status).toBe(0);
    expect(text.stdout.split("\n")[1]).toMatch(/^3 {2}osce-cio-2010 {2}\(last 2026-01-16; revision aaaa1111, bbbb2222\)/);
    expect(text.stdout).toContain('note: "Saudabayev resigned?"');
    const json = run([path, "--json", "--top", "1"]);
    expect(JSON.parse(json.stdout).groups).toHaveLength(1);
  });

  it("says what is wrong with its arguments (exit 2)", () => {
    expect(run([]).stderr).toMatch(/FACTDESK_FLAGS_LOG is not set/);
    expect(run(["--top", "0", "x"]).status).toBe(2);
    expect(run([join(tmp(), "missing.jsonl")]).stderr).toMatch(/cannot read .*ENOENT/);
  });
});
