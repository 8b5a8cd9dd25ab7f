/**
 * The pieces of the shared question path, on a fake clock: the per-user token bucket, the
 * per-channel outbound pacer (queues, never drops, keeps order), the bound on one question's
 * work, and the question path that ties them to the core (request ids, polite refusals, faults).
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/shared/logger.js";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GapsLog } from "../../adapters/shared/gaps-log.js";
import { busyAnswer, rateLimitedAnswer } from "../../adapters/shared/polite-answers.js";
import { createQuestionPath, type Refusal, type ReplyTarget } from "../../adapters/shared/question-path.js";
import type { Answer } from "../../src/index.js";
import { boundQuestion, MAX_RAW_QUESTION, MAX_WORD } from "../../adapters/shared/bound-question.js";
import { ChannelBusyError, ChannelPacer } from "../../adapters/shared/channel-pacer.js";
import { MemorySeenStore } from "../../adapters/shared/seen-store.js";
import { TokenBuckets } from "../../adapters/shared/token-bucket.js";
import { realFactdesk } from "../helpers/factdesk.js";
import { AnswerSchema } from "./answer-schema.js";

const NOW = new Date("2026-01-15T12:00:00Z");

describe("per-user token bucket", () => {
  it("allows a burst, then one question per refill interval, per user", () => {
    let t = 0;
    const buckets = new TokenBuckets({ perMinute: 6, burst: 3 }, { clock: () => t });
    expect([1, 2, 3].map(() => buckets.take("u1").ok)).toEqual([true, true, true]);
    const refused = buckets.take("u1");
    expect(refused).toEqual({ ok: false, retryAfterMs: 10_000, firstRefusal: true });
    expect(buckets.take("u1")).toMatchObject({ ok: false, firstRefusal: false }); // told once per streak
    expect(buckets.take("u2").ok).toBe(true); // another user is not affected
    t = 9_999;
    expect(buckets.take("u1").ok).toBe(false);
    t = 10_001;
    expect(buckets.take("u1").ok).toBe(true);
    expect(buckets.take("u1")).toMatchObject({ ok: false, firstRefusal: true }); // a new streak is told again
  });

  it("is off with perMinute 0", () => {
    const buckets = new TokenBuckets({ perMinute: 0, burst: 1 });
    for (let i = 0; i < 100; i++) expect(buckets.take("u").ok).toBe(true);
    expect(buckets.size).toBe(0);
  });

  it("keeps memory bounded: full buckets are forgotten first, then the least recently used", () => {
    let t = 0;
    const buckets = new TokenBuckets({ perMinute: 60, burst: 2 }, { maxKeys: 100, clock: () => t });
    for (let i = 0; i < 10_000; i++) {
      buckets.take(`user-${i}`);
      t += 1;
    }
    expect(buckets.size).toBeLessThanOrEqual(100);
    // An active user over the limit stays tracked while idle ones come and go.
    t += 10_000_000;
    buckets.take("busy");
    buckets.take("busy");
    expect(buckets.take("busy").ok).toBe(false);
    for (let i = 0; i < 50; i++) buckets.take(`idle-${i}`);
    expect(buckets.take("busy").ok).toBe(false);
  });
});

describe("per-channel outbound pacer", () => {
  it("queues a burst in one channel, in order, spaced by the interval; other channels are not held up", async () => {
    const pacer = new ChannelPacer(60);
    const started: Array<[string, number]> = [];
    const t0 = performance.now();
    const send = (channel: string, n: number) =>
      pacer.run(channel, async () => {
        started.push([`${channel}${n}`, performance.now() - t0]);
        return n;
      });
    const results = await Promise.all([send("A", 1), send("A", 2), send("A", 3), send("B", 1)]);
    expect(results).toEqual([1, 2, 3, 1]); // nothing dropped
    const a = started.filter(([k]) => k.startsWith("A"));
    expect(a.map(([k]) => k)).toEqual(["A1", "A2", "A3"]);
    for (let i = 1; i < a.length; i++) expect(a[i]![1] - a[i - 1]![1]).toBeGreaterThanOrEqual(55);
    expect(started.find(([k]) => k === "B1")![1]).toBeLessThan(40);
  });

  it("a failed send does not block the ones queued behind it, and idle channels are forgotten", async () => {
    const pacer = new ChannelPacer(10);
    const failed = pacer.run("C", async () => {
      throw new Error("slack said no");
    });
    const next = pacer.run("C", async () => "sent");
    await expect(failed).rejects.toThrow("slack said no");
    await expect(next).resolves.toBe("sent");
    expect(pacer.size).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(pacer.size).toBe(0);
    expect(pacer.pending).toBe(0);
  });
});

describe("bounding one question's work", () => {
  it("cuts raw text the core would not read anyway, and words longer than any the table knows", () => {
    expect(boundQuestion("Who chaired the OSCE in 2010?")).toBe("Who chaired the OSCE in 2010?");
    expect(boundQuestion("x".repeat(100_000)).length).toBe(MAX_WORD);
    const long = `who chaired ${"Kazakhstan".repeat(30)} in 2010?`;
    expect(boundQuestion(long)).toBe(`who chaired ${"Kazakhstan".repeat(30).slice(0, MAX_WORD)} in 2010?`);
    expect(boundQuestion("a ".repeat(5_000)).length).toBe(MAX_RAW_QUESTION);
    // Never leaves half a surrogate pair.
    const cut = boundQuestion("😀".repeat(2_000));
    expect((cut as unknown as { isWellFormed(): boolean }).isWellFormed()).toBe(true);
  });
});

describe("the question path", () => {
  const factdesk = realFactdesk();
  const capture = () => {
    const lines: Array<Record<string, unknown>> = [];
    const destination = new Writable({
      write(chunk, _e, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    return { lines, log: createLogger({ level: "debug", destination }) };
  };
  /** A reply target that records what the path did with one question. */
  const recorder = () => {
    const seen: { sent: Answer[]; refused: Refusal[]; apologies: number } = { sent: [], refused: [], apologies: 0 };
    const reply: ReplyTarget<Answer> = {
      render: (answer) => answer,
      send: async (answer) => void seen.sent.push(answer),
      refuse: async (refusal) => void seen.refused.push(refusal),
      apologise: async () => void seen.apologies++,
    };
    return { seen, reply };
  };

  it("gives each question a request id on every log line about it, and never logs the question at info", async () => {
    const { lines, log } = capture();
    const path = createQuestionPath({ factdesk });
    const { seen, reply } = recorder();
    await path.ask({ platform: "slack", text: "Who chaired the OSCE in 2010?", at: NOW, where: { channel: "C1" }, log, context: { channel: "C1" } }, reply);
    await path.ask({ platform: "slack", text: "Who chaired the OSCE in 2011?", at: NOW, where: {}, log }, reply);
    expect(seen.sent.map((a) => a.status)).toEqual(["answered", "answered"]);
    const answered = lines.filter((l) => l.msg === "question answered");
    expect(answered[0]).toMatchObject({ channel: "C1", platform: "slack", status: "answered", relation: seen.sent[0]!.intent?.relation });
    expect(answered[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answered[1]!.requestId).not.toBe(answered[0]!.requestId); // two questions, two ids
    for (const l of lines.filter((l) => (l.level as number) >= 30)) expect(JSON.stringify(l)).not.toContain("Who chaired");
  });

  it("refuses politely over the per-user limit, with a valid Answer that names the wait", async () => {
    const { lines, log } = capture();
    const path = createQuestionPath({ factdesk, limiter: { perMinute: 2, burst: 2 } });
    const { seen, reply } = recorder();
    const ask = (platform: "discord" | "slack", user: string | undefined) =>
      path.ask({ platform, text: "Who chaired the OSCE in 2010?", at: NOW, where: {}, log, ...(user ? { user } : {}) }, reply);
    for (let i = 0; i < 4; i++) await ask("discord", "U1");
    expect(seen.sent).toHaveLength(2);
    expect(seen.refused.map((r) => r.notify)).toEqual([true, false]);
    const refusal = seen.refused[0]!;
    expect(AnswerSchema.safeParse(refusal.answer).success).toBe(true);
    expect(refusal.answer.text).toMatch(/^You are asking faster than I can answer\. Please wait about \d+ seconds? and ask again\.$/);
    await ask("slack", "U1"); // per platform and user
    await ask("discord", undefined); // no user id: nothing to key on
    expect(seen.sent).toHaveLength(4);
    expect(lines.filter((l) => l.msg === "question refused: per-user rate limit")).toHaveLength(2);
    expect(JSON.stringify(lines)).not.toContain("U1"); // no user ids in the path's logs
    expect(rateLimitedAnswer(125_000).text).toContain("3 minutes");
  });

  it("reports a fault inside the core at error level with the request id, and never logs it as a gap", async () => {
    const { lines, log } = capture();
    const dir = mkdtempSync(join(tmpdir(), "factdesk-fault-"));
    const gaps = new GapsLog(join(dir, "gaps.jsonl"));
    const path = createQuestionPath({ factdesk, gaps });
    const { seen, reply } = recorder();
    // A reference date that breaks the core from inside: answer() catches it and must report it.
    const broken = new Proxy(NOW, { get: () => { throw new Error("clock exploded (test)"); } });
    await path.ask({ platform: "slack", text: "Who chaired the OSCE last year?", at: broken, where: { channel: "C9" }, log }, reply);
    await path.close();
    expect(seen.sent[0]?.text).toMatch(/something went wrong/);
    const fault = lines.find((l) => l.msg === "the core failed while answering; told the asker something went wrong");
    expect(fault).toMatchObject({ level: 50, platform: "slack", err: { message: "clock exploded (test)" } });
    expect(fault!.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.some((l) => l.msg === "question answered")).toBe(false);
    expect(readFileSync(join(dir, "gaps.jsonl"), "utf8")).toBe("");
    rmSync(dir, { recursive: true, force: true });
  });

  it("tells the asker the channel is busy when its queue is full, and apologises when sending fails", async () => {
    const { lines, log } = capture();
    const path = createQuestionPath({ factdesk });
    const { seen, reply } = recorder();
    await path.ask({ platform: "slack", text: "Who chaired the OSCE in 2010?", at: NOW, where: {}, log }, { ...reply, send: () => Promise.reject(new ChannelBusyError("C1", 5)) });
    expect(seen.refused.map((r) => [r.reason, r.notify, r.answer.text])).toEqual([["busy", true, busyAnswer().text]]);
    await path.ask({ platform: "slack", text: "Who chaired the OSCE in 2010?", at: NOW, where: { channel: "C2" }, log }, { ...reply, send: () => Promise.reject(new Error("slack down")) });
    expect(seen.apologies).toBe(1);
    expect(lines.find((l) => l.msg === "failed to answer; apologising")).toMatchObject({ level: 50, channel: "C2" });
  });
});

describe("per-channel queue bound", () => {
  it("queues up to maxQueued behind the running task, refuses the next with ChannelBusyError, and takes more once it drains", async () => {
    const pacer = new ChannelPacer(20, { maxQueued: 2 });
    const ran: number[] = [];
    const task = (n: number) => () => Promise.resolve(void ran.push(n));
    const accepted = [1, 2, 3].map((n) => pacer.run("C", task(n)));
    await expect(pacer.run("C", task(4))).rejects.toBeInstanceOf(ChannelBusyError);
    await expect(pacer.run("OTHER", task(5))).resolves.toBeUndefined(); // other channels are not affected
    await Promise.all(accepted);
    await expect(pacer.run("C", task(6))).resolves.toBeUndefined();
    expect(ran).toEqual([1, 5, 2, 3, 6]);
  });
});

describe("in-memory SeenStore", () => {
  it("says first-seen once per key within its time to live, again after it, and stays within its capacity", async () => {
    let t = 0;
    const seen = new MemorySeenStore(100, { clock: () => t });
    expect(await seen.firstSeen("a", 1_000)).toBe(true);
    expect(await seen.firstSeen("a", 1_000)).toBe(false);
    t = 1_001;
    expect(await seen.firstSeen("a", 1_000)).toBe(true); // expired: a new delivery
    for (let i = 0; i < 1_000; i++) await seen.firstSeen(`k${i}`, 60_000);
    expect(seen.size).toBeLessThanOrEqual(100);
    expect(await seen.firstSeen("k999", 60_000)).toBe(false); // the newest are kept
  });
});
