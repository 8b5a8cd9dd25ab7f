import { describe, expect, it } from "vitest";
import { factsDirWith } from "../helpers/factdesk.js";
import { spawn } from "node:child_process";
import { BIN, chat, cli } from "./run-cli.js";

describe("terminal adapter (compiled CLI)", () => {
  it("prints the answer, its sources and what it is valid for", () => {
    const r = cli(["--now", "2026-01-15", "who chaired the OSCE in 2010?"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Kazakhstan/);
    expect(r.stdout).toMatch(/Sources:\n  - /);
    expect(r.stdout).toMatch(/Valid for: 2010/);
  });

  it("--json prints one Answer object with the question", () => {
    const r = cli(["--json", "--now", "2026-01-15", "Is Mongolia a participating State?"]);
    const a = JSON.parse(r.stdout);
    expect(a).toMatchObject({ question: "Is Mongolia a participating State?", status: "answered", intent: { shape: "check" } });
    expect(a.sources.length).toBeGreaterThan(0);
  });

  it("--jsonl answers every line in order, bad input included, and exits 0 at end of input", () => {
    const lines = [
      "who chaired the OSCE in 2010?",
      "",
      "x".repeat(10_000),
      "\u0001\u0002\u0007 \u001b[31m zzkx \u0000",
      "Is Japan a participating State?",
      "<@U1> @everyone who chaired NATO?",
      "who\u0007 chaired\u200b the OSCE in 2010?",
    ];
    const binary = Buffer.concat([Buffer.from(lines.join("\n") + "\n"), Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x0a]), Buffer.from("who chaired last year?\r\n")]);
    const r = cli(["--jsonl", "--now", "2011-03-01"], binary);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(out).toHaveLength(lines.length + 2);
    expect(out[0]).toMatchObject({ status: "answered" });
    expect(out[0].text).toContain("Kazakhstan");
    // A lean line: the answer's sources once, not again under every fact.
    expect(out[0]).toMatchObject({ question: lines[0], intent: expect.anything(), revision: expect.any(String) });
    expect(out[0].facts[0]).toMatchObject({ id: "osce-chair-2010", values: { country: "Kazakhstan" }, valid: "2010" });
    expect(out[0].sources.length).toBeGreaterThan(0);
    for (const a of out) for (const f of a.facts) expect(f).not.toHaveProperty("sources");
    for (const i of [1, 2, 3, 5]) expect(out[i].status, JSON.stringify(out[i]).slice(0, 200)).not.toBe("answered");
    expect(out[4].text).toMatch(/^No/);
    expect(out[6].text).toContain("Kazakhstan"); // control characters stripped, question understood
    expect(out[8]).toMatchObject({ status: "answered" });
    expect(out[8].text).toContain("Kazakhstan"); // "last year" read against --now 2011-03-01
    for (const a of out) expect(a.text).not.toMatch(/@everyone|<@U1>/);
  });

  it("--jsonl whose reader stops early (| head) ends quietly with exit 0", async () => {
    const child = spawn(process.execPath, [BIN, "--jsonl", "--now", "2026-01-15"], { env: { ...process.env, TZ: "UTC" } });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    // The first line read, the reader goes away while thousands of answers are still to be written.
    child.stdout.once("data", () => child.stdout.destroy());
    child.stdin.on("error", () => {}); // (the child may be gone before all the input is written)
    child.stdin.end("who chaired the OSCE in 2010?\n".repeat(5_000));
    const status = await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|unexpected error/);
    expect(status).toBe(0);
  });

  it("bad usage: a clear message and exit 2", () => {
    expect(cli(["--now", "15/01/2026", "q"])).toMatchObject({ status: 2, stderr: expect.stringMatching(/--now expects a date as YYYY-MM-DD/) });
    expect(cli(["--bogus"])).toMatchObject({ status: 2, stderr: expect.stringMatching(/Unknown option '--bogus'/) });
    expect(cli(["--jsonl", "question"])).toMatchObject({ status: 2 });
  });

  it("a broken fact table: file, entry, field, and exit 2", () => {
    const dir = factsDirWith({ "e.yaml": "entities:\n  - { id: x, type: country, name: X, nickname: y }\n" });
    const r = cli(["--facts", dir, "who chaired the OSCE in 2010?"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/e\.yaml:2, entry x.*unknown field\(s\) "nickname"/);
  });

  it("--help documents every flag", () => {
    const r = cli(["--help"]);
    expect(r.status).toBe(0);
    for (const flag of ["--json", "--jsonl", "--now", "--facts", "--explain"]) expect(r.stdout).toContain(flag);
  });

  it("interactive chat: help, a question, quit", async () => {
    const r = await chat(["help", "who chaired the OSCE in 2004?", "quit", "who chaired the OSCE in 2010?"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/I know about:/);
    expect(r.stdout).toMatch(/OSCE Chairmanship/);
    expect(r.stdout).toContain("Bulgaria");
    expect(r.stdout).not.toContain("Kazakhstan held"); // nothing answered after quit
  });
});
