/**
 * The state instances must agree on: which Slack deliveries were answered, each user's question
 * budget, each channel's pacing. With REDIS_URL it is shared through Redis, each store falling
 * back to an in-process twin while Redis is unreachable; without it, in this process only.
 */
import { TokenBuckets, type RateLimit, type RateLimiter } from "../token-bucket.js";
import type { Logger } from "../logger.js";
import { FailoverClaims, MemoryClaims, RedisClaims } from "./claims.js";
import { Deduplicator } from "./deduplicator.js";
import { FailoverSlots, MemorySlots, RedisSlots, type PacingSlots } from "./pacing.js";
import { redisRateLimiter } from "./rate-limiter.js";
import { connectRedis, type RedisConnection } from "./redis-connection.js";

export interface SharedState {
  deliveries: Deduplicator;
  /** Undefined when the limit is off (perMinute 0). */
  rateLimiter?: RateLimiter;
  /** Only with REDIS_URL: without it each channel pacer keeps its own times. */
  slots?: PacingSlots;
  /** Only with REDIS_URL. */
  redis?: RedisConnection;
  close(): Promise<void>;
}

export interface SharedStateOptions {
  redisUrl?: string;
  rate: RateLimit;
  logger: Logger;
}

export function createSharedState(options: SharedStateOptions): SharedState {
  const { redisUrl, rate, logger } = options;
  const limited = rate.perMinute > 0;
  if (!redisUrl)
    return {
      deliveries: new Deduplicator(new MemoryClaims()),
      ...(limited ? { rateLimiter: new TokenBuckets(rate) } : {}),
      close: async () => {},
    };
  const redis = connectRedis(redisUrl, logger);
  const log = logger.child({ component: "redis" });
  return {
    deliveries: new Deduplicator(new FailoverClaims(new RedisClaims(redis.client), new MemoryClaims(), log)),
    ...(limited ? { rateLimiter: redisRateLimiter(redis.client, rate) } : {}),
    slots: new FailoverSlots(new RedisSlots(redis.client), new MemorySlots(), log),
    redis,
    close: () => redis.close(),
  };
}
