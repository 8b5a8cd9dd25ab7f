/**
 * Per-user question budgets, behind one asynchronous interface:
 *
 * - in this process: the token buckets (src/guard/token-bucket.ts), `burst` at once refilled at
 *   `perMinute`;
 * - shared by every instance (REDIS_URL): rate-limiter-flexible's Redis limiter, counting
 *   `burst` questions per window of burst × 60 / perMinute seconds (the same sustained rate; Redis
 *   expiry works in whole seconds), with an in-memory limiter of the same shape as insurance while
 *   Redis is unreachable.
 */
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { TokenBuckets, type RateLimit, type Take } from "../../../src/guard/token-bucket.js";

export interface RateLimiter {
  /** Takes one question from `key`'s budget: ok, or refused with how long to wait. */
  take(key: string): Promise<Take>;
}

export function memoryRateLimiter(limit: RateLimit): RateLimiter {
  const buckets = new TokenBuckets(limit);
  return { take: async (key) => buckets.take(key) };
}

/** The window in whole seconds that gives `perMinute` on average with `burst` per window. */
export function windowSeconds(limit: RateLimit): number {
  return Math.max(1, Math.round((limit.burst * 60) / limit.perMinute));
}

export function redisRateLimiter(redis: Redis, limit: RateLimit, keyPrefix = "factdesk:rate"): RateLimiter {
  if (limit.perMinute <= 0) return { take: async () => ({ ok: true }) };
  const shape = { points: Math.max(1, limit.burst), duration: windowSeconds(limit), keyPrefix };
  const limiter = new RateLimiterRedis({
    ...shape,
    storeClient: redis,
    // Straight to the insurance while the connection is down, instead of a failed round trip each time.
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory(shape),
  });
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return { ok: true };
      } catch (res) {
        if (!(res instanceof RateLimiterRes)) throw res;
        // Refusals are counted too: the first one over the budget is the one worth telling the user about.
        return { ok: false, retryAfterMs: res.msBeforeNext, firstRefusal: res.consumedPoints === shape.points + 1 };
      }
    },
  };
}
