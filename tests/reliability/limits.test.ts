/**
 * The pieces of the shared question path, on a fake clock: the per-user token bucket, the
 * per-channel outbound pacer (queues, never drops, keeps order), the bound on one question's
 * work, and the guard that ties them to the core (request ids, polite refusals).
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/shared/logger.js";
import { createQuestionGuard, rateLimitedAnswer } from "../../adapters/shared/question-guard.js";
import { boundQuestion, MAX_RAW_QUESTION, MAX_WORD } from "../../adapters/shared/bound-question.js";
import { ChannelPacer } from "../../adapters/shared/channel-pacer.js";
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

describe("the question guard", () => {
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

  it("gives each question a request id on every log line about it, and never logs the question at info", () => {
    const { lines, log } = capture();
    const guard = createQuestionGuard({ factdesk });
    const requestLog = guard.requestLog(log, { channel: "C1" });
    const { answer, requestId } = guard.answer("Who chaired the OSCE in 2010?", { platform: "slack", now: NOW, log: requestLog });
    expect(answer.status).toBe("answered");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines.find((l) => l.msg === "question answered")!;
    expect(line).toMatchObject({ requestId, channel: "C1", platform: "slack", status: "answered", relation: answer.intent?.relation });
    expect(JSON.stringify(lines)).not.toContain("Who chaired");
    // Two questions, two ids.
    const second = guard.answer("Who chaired the OSCE in 2011?", { platform: "slack", now: NOW, log });
    expect(second.requestId).not.toBe(requestId);
  });

  it("refuses politely over the per-user limit, with a valid Answer that names the wait", () => {
    const { lines, log } = capture();
    const guard = createQuestionGuard({ factdesk, rate: { perMinute: 2, burst: 2 } });
    expect(guard.admit("discord", "U1", log)).toBeUndefined();
    expect(guard.admit("discord", "U1", log)).toBeUndefined();
    const refusal = guard.admit("discord", "U1", log)!;
    expect(refusal.notify).toBe(true);
    expect(AnswerSchema.safeParse(refusal.answer).success).toBe(true);
    expect(refusal.answer.text).toMatch(/^You are asking faster than I can answer\. Please wait about \d+ seconds? and ask again\.$/);
    expect(guard.admit("discord", "U1", log)!.notify).toBe(false);
    expect(guard.admit("slack", "U1", log)).toBeUndefined(); // per platform and user
    expect(guard.admit("discord", undefined, log)).toBeUndefined(); // no user id: nothing to key on
    expect(lines.filter((l) => l.msg === "question refused: per-user rate limit")).toHaveLength(2);
    expect(JSON.stringify(lines)).not.toContain("U1"); // no user ids in the guard's logs
    expect(rateLimitedAnswer(125_000).text).toContain("3 minutes");
  });
});
