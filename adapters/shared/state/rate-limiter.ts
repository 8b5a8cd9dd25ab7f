/**
 * Per-user question budgets shared by every instance (REDIS_URL), behind the question path's
 * RateLimiter (../token-bucket.ts, whose token buckets are the in-process twin): rate-limiter-flexible's Redis limiter, counting
 *   `burst` questions per window of burst × 60 / perMinute seconds (the same sustained rate; Redis
 *   expiry works in whole seconds), with an in-memory limiter of the same shape as insurance while
 *   Redis is unreachable.
 */
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import type { RateLimit, RateLimiter, Take } from "../token-bucket.js";

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
    async take(key): Promise<Take> {
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
