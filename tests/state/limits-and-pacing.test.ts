/**
 * Per-user budgets and channel pacing on both stores, and what happens when Redis goes away:
 * every store keeps answering on its in-process twin, and the outage is logged.
 */
import { describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/shared/logger.js";
import { redisRateLimiter, windowSeconds } from "../../adapters/shared/state/rate-limiter.js";
import { TokenBuckets, type RateLimiter } from "../../adapters/shared/token-bucket.js";
import { ChannelPacer } from "../../adapters/shared/channel-pacer.js";
import { MemorySlots, RedisSlots, type PacingSlots } from "../../adapters/shared/state/pacing.js";
import { createSharedState } from "../../adapters/shared/state/shared-state.js";
import { LogCapture } from "../slack/helpers.js";
import { useRedisServer } from "../helpers/redis-server.js";

const redis = useRedisServer();
/** A connection that is ready (the limiter answers from its insurance until then). */
const connect = async () => {
  const c = redis.client();
  await c.ping();
  return c;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let n = 0;
const user = () => `U${++n}-${Date.now()}`;

describe("per-user budgets", () => {
  const limit = { perMinute: 60, burst: 3 };

  it.each([
    ["memory", async () => [new TokenBuckets(limit), undefined] as const],
    ["redis", async () => [redisRateLimiter(await connect(), limit), redisRateLimiter(await connect(), limit)] as const],
  ])("%s: a burst is allowed, then refused with a wait, the user told once, allowed again after the wait", async (_kind, make) => {
    const [a, b = a] = (await make()) as readonly [RateLimiter, RateLimiter | undefined];
    const u = user();
    // Spread over two instances in Redis: one budget.

    const takes = [await a.take(u), await b!.take(u), await a.take(u), await b!.take(u), await a.take(u)];
    expect(takes.map((t) => t.ok)).toEqual([true, true, true, false, false]);
    const [first, second] = takes.slice(3) as Array<{ ok: false; retryAfterMs: number; firstRefusal: boolean }>;
    expect(first!.firstRefusal).toBe(true);
    expect(second!.firstRefusal).toBe(false);
    expect(first!.retryAfterMs).toBeGreaterThan(0);
    expect(first!.retryAfterMs).toBeLessThanOrEqual(windowSeconds(limit) * 1000);
    await sleep(first!.retryAfterMs + 50);
    expect((await b!.take(u)).ok).toBe(true);
  });

  it("windows keep the sustained rate: 10 at once per 30 s for 20 a minute", () => {
    expect(windowSeconds({ perMinute: 20, burst: 10 })).toBe(30);
    expect(windowSeconds({ perMinute: 600, burst: 2 })).toBe(1);
  });
});

describe("channel pacing", () => {
  it.each([
    ["memory", async () => { const s = new MemorySlots(); return [s, s]; }],
    ["redis", async () => [new RedisSlots(await connect()), new RedisSlots(await connect())]],
  ])("%s: posts into one channel from two instances start an interval apart, in order per instance; other channels are not held up", async (_kind, make) => {
    const [sa, sb] = (await make()) as PacingSlots[];
    // Load the Lua script on both connections first (the first call costs a round trip more).
    await Promise.all([sa!.reserve("warm-up", 1), sb!.reserve("warm-up", 1)]);
    const a = new ChannelPacer(100, { slots: sa! });
    const b = new ChannelPacer(100, { slots: sb! });
    const channel = `C${Date.now()}`;
    const starts: Array<[string, number]> = [];
    const post = (who: string) => async () => void starts.push([who, performance.now()]);
    const t0 = performance.now();
    await Promise.all([a.run(channel, post("a1")), b.run(channel, post("b1")), a.run(channel, post("a2")), b.run(channel, post("b2")), a.run(`${channel}-other`, post("other"))]);
    const inChannel = starts.filter(([who]) => who !== "other").map(([, at]) => at).sort((x, y) => x - y);
    // Each instance waits from when Redis's answer reached it, so two connections (and a busy
    // machine) add jitter to each gap; unpaced posts would start within a few ms of each other.
    for (let i = 1; i < inChannel.length; i++) expect(inChannel[i]! - inChannel[i - 1]!).toBeGreaterThanOrEqual(50);
    expect(inChannel.at(-1)! - inChannel[0]!).toBeGreaterThanOrEqual(270);
    expect(starts.findIndex(([w]) => w === "a1")).toBeLessThan(starts.findIndex(([w]) => w === "a2"));
    expect(starts.find(([w]) => w === "other")![1] - t0).toBeLessThan(80);
    expect(a.pending + b.pending).toBe(0);
  });
});

describe("Redis stopped mid-run", () => {
  it("de-duplication, budgets and pacing keep working on each instance's own state; the outage and the return are logged", async () => {
    const logs = new LogCapture();
    const state = createSharedState({ redisUrl: redis.server().url, rate: { perMinute: 60, burst: 2 }, logger: createLogger({ level: "debug", destination: logs }) });
    try {
      await until(() => state.redis!.status === "connected");
      const pacer = new ChannelPacer(50, { slots: state.slots! });
      const before = await state.deliveries.take(`ev-${Date.now()}`);
      expect(before).toBeDefined();
      await before!.finish();

      await redis.server().stop();
      await until(() => state.redis!.status === "unreachable");
      const id = `ev-down-${Date.now()}`;
      const claimed = await state.deliveries.take(id);
      expect(claimed).toBeDefined();
      await claimed!.finish();
      expect(await state.deliveries.take(id)).toBeUndefined(); // still de-duplicated, in this process
      const u = user();
      expect([await state.rateLimiter!.take(u), await state.rateLimiter!.take(u), await state.rateLimiter!.take(u)].map((t) => t.ok)).toEqual([true, true, false]);
      let posted = 0;
      await pacer.run("CDOWN", async () => void posted++);
      expect(posted).toBe(1);
      expect(logs.text).toContain("redis: connection lost");
      expect(logs.text).toContain("redis: de-duplication falls back to this instance's own state");

      await redis.server().restart();
      await until(() => state.redis!.status === "connected", 10_000);
      const after = await state.deliveries.take(`ev-back-${Date.now()}`);
      await after!.finish();
      expect(logs.text).toContain("redis: de-duplication is shared again");
    } finally {
      await state.close();
    }
  }, 30_000);
});

async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(20);
  }
}
