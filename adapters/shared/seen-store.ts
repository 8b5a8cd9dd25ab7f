/**
 * "Have I seen this before?" for de-duplication: Slack's redelivered events, replayed signed
 * requests. The question path and the Slack adapter ask only this; the in-memory store below keeps
 * keys for their time to live, bounded in number (oldest forgotten first). A shared store (Redis
 * SET NX PX) can stand behind the same call so that instances behind a load balancer agree.
 */
export interface SeenStore {
  /** True the first time `key` is offered within `ttlMs`; false for a repeat. Records the key. */
  firstSeen(key: string, ttlMs: number): Promise<boolean>;
}

export class MemorySeenStore implements SeenStore {
  /** key → expiry (clock ms); Map order is insertion order, so the first entries expire first-ish. */
  private readonly seen = new Map<string, number>();
  private readonly clock: () => number;

  constructor(private readonly capacity = 10_000, options: { clock?: () => number } = {}) {
    this.clock = options.clock ?? (() => Date.now());
  }

  get size(): number {
    return this.seen.size;
  }

  async firstSeen(key: string, ttlMs: number): Promise<boolean> {
    const now = this.clock();
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > now) return false;
    this.seen.delete(key);
    this.seen.set(key, now + ttlMs);
    if (this.seen.size > this.capacity) this.evict(now);
    return true;
  }

  private evict(now: number): void {
    for (const [key, expires] of this.seen) if (expires <= now) this.seen.delete(key);
    // Still full of live keys: forget the oldest.
    for (const key of this.seen.keys()) {
      if (this.seen.size <= this.capacity) break;
      this.seen.delete(key);
    }
  }
}
