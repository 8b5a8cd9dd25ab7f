/**
 * Pacing slots per channel, shared by every instance: before posting into a channel, the channel
 * pacer (../channel-pacer.ts) reserves the next free slot in it (at least `intervalMs` after the
 * previous one) and waits for it. The slots live in Redis (REDIS_URL), where Redis's own clock
 * decides, so instances with skewed clocks still space their posts; MemorySlots stand in while
 * Redis is unreachable.
 */
import type { Redis } from "ioredis";
import type { Logger } from "../logger.js";
import { Failover } from "./failover.js";

export interface PacingSlots {
  /** Reserves the next slot in `channel`; resolves to how long to wait for it (ms). */
  reserve(channel: string, intervalMs: number): Promise<number>;
}

export class MemorySlots implements PacingSlots {
  private readonly next = new Map<string, number>();
  constructor(private readonly clock: () => number = () => performance.now()) {}

  async reserve(channel: string, intervalMs: number): Promise<number> {
    const now = this.clock();
    const at = Math.max(now, this.next.get(channel) ?? now);
    this.next.set(channel, at + intervalMs);
    // Channels whose next slot has passed carry no information; forget them while the map is large.
    if (this.next.size > 1_000) for (const [key, free] of this.next) if (free <= now) this.next.delete(key);
    return at - now;
  }
}

const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local at = math.max(now, tonumber(redis.call('GET', KEYS[1]) or now))
local free = at + tonumber(ARGV[1])
redis.call('SET', KEYS[1], free, 'PX', free - now + 1000)
return at - now`;

export class RedisSlots implements PacingSlots {
  private readonly redis: Redis & { factdeskReserve(key: string, intervalMs: number): Promise<number> };
  constructor(
    redis: Redis,
    private readonly prefix = "factdesk:pace:",
  ) {
    redis.defineCommand("factdeskReserve", { numberOfKeys: 1, lua: RESERVE });
    this.redis = redis as typeof this.redis;
  }

  reserve(channel: string, intervalMs: number): Promise<number> {
    return this.redis.factdeskReserve(this.prefix + channel, intervalMs);
  }
}

export class FailoverSlots implements PacingSlots {
  private readonly failover: Failover;
  constructor(
    private readonly primary: PacingSlots,
    private readonly backup: PacingSlots,
    log: Logger,
  ) {
    this.failover = new Failover("channel pacing", log);
  }

  reserve(channel: string, intervalMs: number): Promise<number> {
    return this.failover.run(() => this.primary.reserve(channel, intervalMs), () => this.backup.reserve(channel, intervalMs));
  }
}
