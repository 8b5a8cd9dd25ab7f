/**
 * Claims and the de-duplicator on both stores: in this process, and on a real redis-server with
 * two connections standing for two instances.
 */
import { describe, expect, it } from "vitest";
import { MemoryClaims, RedisClaims, type ClaimStore } from "../../adapters/shared/state/claims.js";
import { Deduplicator, type Claimed } from "../../adapters/shared/state/deduplicator.js";
import { useRedisServer } from "../helpers/redis-server.js";

const redis = useRedisServer();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let n = 0;
const key = () => `k${++n}-${Date.now()}`;

/** Two handles on one store: two connections to Redis, or the same memory. */
function twoInstances(kind: "memory" | "redis"): [ClaimStore, ClaimStore] {
  if (kind === "memory") {
    const shared = new MemoryClaims();
    return [shared, shared];
  }
  return [new RedisClaims(redis.client()), new RedisClaims(redis.client())];
}

describe.each(["memory", "redis"] as const)("claims in %s", (kind) => {
  it("one owner takes a key; others see it held, then done once completed", async () => {
    const [a, b] = twoInstances(kind);
    const k = key();
    expect(await a.claim(k, "A", 5_000)).toBe("taken");
    expect(await b.claim(k, "B", 5_000)).toBe("held");
    expect(await a.claim(k, "A", 5_000)).toBe("held"); // a second copy on the same instance waits too
    await b.complete(k, "B", 5_000); // not B's to complete
    expect(await b.claim(k, "B", 5_000)).toBe("held");
    await a.complete(k, "A", 5_000);
    expect(await b.claim(k, "B", 5_000)).toBe("done");
  });

  it("a lease that is not renewed runs out and the key can be taken again; a renewed one does not", async () => {
    const [a, b] = twoInstances(kind);
    const dead = key();
    const alive = key();
    expect(await a.claim(dead, "A", 200)).toBe("taken");
    expect(await a.claim(alive, "A", 200)).toBe("taken");
    for (let i = 0; i < 4; i++) {
      await sleep(100);
      await a.renew(alive, "A", 200);
    }
    expect(await b.claim(dead, "B", 5_000)).toBe("taken");
    expect(await b.claim(alive, "B", 5_000)).toBe("held");
  });

  it("a done key is forgotten after keepMs", async () => {
    const [a, b] = twoInstances(kind);
    const k = key();
    await a.claim(k, "A", 1_000);
    await a.complete(k, "A", 150);
    expect(await b.claim(k, "B", 1_000)).toBe("done");
    await sleep(250);
    expect(await b.claim(k, "B", 1_000)).toBe("taken");
  });
});

describe.each(["memory", "redis"] as const)("the de-duplicator in %s", (kind) => {
  const options = { leaseMs: 300, keepMs: 10_000, pollMs: 20, maxWaitMs: 5_000 };

  it("the same delivery to two instances at once: one handles it, the other waits and skips", async () => {
    const [sa, sb] = twoInstances(kind);
    const k = key();
    const takes = [new Deduplicator(sa, options, "A").take(k), new Deduplicator(sb, options, "B").take(k)];
    const settled = await Promise.all(takes.map((t) => Promise.race([t, sleep(150).then(() => "waiting" as const)])));
    const winner = settled.findIndex((s) => s !== "waiting" && s !== undefined);
    expect(winner).toBeGreaterThanOrEqual(0);
    expect(settled[1 - winner]).toBe("waiting");
    await sleep(400); // longer than a lease: the holder's beat keeps it
    await (settled[winner] as Claimed).finish();
    expect(await takes[1 - winner]).toBeUndefined();
  });

  it("an instance that dies holding a claim: the copy elsewhere takes it over after the lease", async () => {
    const [sa, sb] = twoInstances(kind);
    const k = key();
    // "A" claims without a Deduplicator: nothing renews it, as if the process was killed.
    expect(await sa.claim(k, "A", 300)).toBe("taken");
    const b = new Deduplicator(sb, options, "B");
    const started = Date.now();
    const claimed = await b.take(k);
    expect(claimed).toBeDefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await claimed!.finish();
    expect(await new Deduplicator(sa, options, "C").take(k)).toBeUndefined();
  });

  it("firstSeen(): a replayed trigger id is refused everywhere", async () => {
    const [sa, sb] = twoInstances(kind);
    const k = key();
    expect(await new Deduplicator(sa, options, "A").firstSeen(k)).toBe(true);
    expect(await new Deduplicator(sb, options, "B").firstSeen(k)).toBe(false);
    expect(await new Deduplicator(sa, options, "A").firstSeen(k)).toBe(false);
  });
});
