/**
 * Claims on keys (Slack event ids, slash-command and button trigger ids), shared by every instance
 * through Redis or kept in this process:
 *
 * - `claim` takes a free key for `owner` with a lease (it expires unless renewed, so a claim held
 *   by an instance that died is free again after at most one lease), or reports it "held" by a
 *   live claim or "done";
 * - `renew` extends a lease its owner still holds;
 * - `complete` marks the key done for `keepMs` (further deliveries are skipped).
 */
import type { Redis } from "ioredis";
import { Failover } from "./failover.js";
import type { Logger } from "../logger.js";

export type ClaimResult = "taken" | "held" | "done";

export interface ClaimStore {
  claim(key: string, owner: string, leaseMs: number): Promise<ClaimResult>;
  renew(key: string, owner: string, leaseMs: number): Promise<void>;
  complete(key: string, owner: string, keepMs: number): Promise<void>;
}

interface Entry {
  owner: string | null; // null once done
  expiresAt: number;
}

/** The in-process twin: the same answers for one instance, bounded to `capacity` keys. */
export class MemoryClaims implements ClaimStore {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly options: { capacity?: number; clock?: () => number } = {}) {}

  private now(): number {
    return (this.options.clock ?? Date.now)();
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.expiresAt > this.now()) return entry;
    this.entries.delete(key);
    return undefined;
  }

  private put(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    // Map order is insertion order: the oldest go first past the bound.
    const capacity = this.options.capacity ?? 10_000;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= capacity) break;
      this.entries.delete(oldest);
    }
  }

  async claim(key: string, owner: string, leaseMs: number): Promise<ClaimResult> {
    const entry = this.live(key);
    if (entry) return entry.owner === null ? "done" : "held";
    this.put(key, { owner, expiresAt: this.now() + leaseMs });
    return "taken";
  }

  async renew(key: string, owner: string, leaseMs: number): Promise<void> {
    const entry = this.live(key);
    if (entry?.owner === owner) entry.expiresAt = this.now() + leaseMs;
  }

  async complete(key: string, owner: string, keepMs: number): Promise<void> {
    const entry = this.live(key);
    if (!entry || entry.owner === owner) this.put(key, { owner: null, expiresAt: this.now() + keepMs });
  }
}

// Each script is one atomic step on one key: "done", or "claimed:<owner>" with a PX lease.
const CLAIM = `
local v = redis.call('GET', KEYS[1])
if not v then redis.call('SET', KEYS[1], 'claimed:' .. ARGV[1], 'PX', ARGV[2]) return 'taken' end
if v == 'done' then return 'done' end
return 'held'`;
const RENEW = `
if redis.call('GET', KEYS[1]) == 'claimed:' .. ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;
const COMPLETE = `
local v = redis.call('GET', KEYS[1])
if (not v) or v == 'claimed:' .. ARGV[1] then redis.call('SET', KEYS[1], 'done', 'PX', ARGV[2]) end
return 0`;

type ScriptedRedis = Redis & {
  factdeskClaim(key: string, owner: string, ms: number): Promise<string>;
  factdeskRenew(key: string, owner: string, ms: number): Promise<number>;
  factdeskComplete(key: string, owner: string, ms: number): Promise<number>;
};

export class RedisClaims implements ClaimStore {
  private readonly redis: ScriptedRedis;
  constructor(
    redis: Redis,
    private readonly prefix = "factdesk:claim:",
  ) {
    redis.defineCommand("factdeskClaim", { numberOfKeys: 1, lua: CLAIM });
    redis.defineCommand("factdeskRenew", { numberOfKeys: 1, lua: RENEW });
    redis.defineCommand("factdeskComplete", { numberOfKeys: 1, lua: COMPLETE });
    this.redis = redis as ScriptedRedis;
  }

  async claim(key: string, owner: string, leaseMs: number): Promise<ClaimResult> {
    return (await this.redis.factdeskClaim(this.prefix + key, owner, leaseMs)) as ClaimResult;
  }

  async renew(key: string, owner: string, leaseMs: number): Promise<void> {
    await this.redis.factdeskRenew(this.prefix + key, owner, leaseMs);
  }

  async complete(key: string, owner: string, keepMs: number): Promise<void> {
    await this.redis.factdeskComplete(this.prefix + key, owner, keepMs);
  }
}

/** Redis while it answers, this process's own claims while it does not. */
export class FailoverClaims implements ClaimStore {
  private readonly failover: Failover;
  constructor(
    private readonly primary: ClaimStore,
    private readonly backup: ClaimStore,
    log: Logger,
  ) {
    this.failover = new Failover("de-duplication", log);
  }

  claim(key: string, owner: string, leaseMs: number): Promise<ClaimResult> {
    return this.failover.run(() => this.primary.claim(key, owner, leaseMs), () => this.backup.claim(key, owner, leaseMs));
  }
  renew(key: string, owner: string, leaseMs: number): Promise<void> {
    return this.failover.run(() => this.primary.renew(key, owner, leaseMs), () => this.backup.renew(key, owner, leaseMs));
  }
  complete(key: string, owner: string, keepMs: number): Promise<void> {
    return this.failover.run(() => this.primary.complete(key, owner, keepMs), () => this.backup.complete(key, owner, keepMs));
  }
}
