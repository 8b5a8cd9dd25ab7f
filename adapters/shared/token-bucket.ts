/**
 * Per-key token buckets (one per user): `burst` questions at once, refilled at `perMinute`.
 * Memory stays bounded: a full bucket carries no information and is dropped when the map grows,
 * and past `maxKeys` the least recently used keys go first.
 */
export interface RateLimit {
  /** Sustained questions per minute per key; 0 turns limiting off. */
  perMinute: number;
  /** Questions that may arrive at once (the bucket's size). */
  burst: number;
}

export type Take = { ok: true } | { ok: false; retryAfterMs: number; /** the first refusal since this key was last allowed */ firstRefusal: boolean };

/**
 * What the question path asks of a rate limiter: one take per question, keyed by platform and
 * user. In memory here (TokenBuckets); a shared store (Redis) can stand behind the same call.
 */
export interface RateLimiter {
  take(key: string): Take | Promise<Take>;
}

interface Bucket {
  tokens: number;
  at: number;
  refused: boolean;
}

/** The in-memory RateLimiter: buckets live in this process. */
export class TokenBuckets implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private readonly maxKeys: number;
  private readonly clock: () => number;

  constructor(
    readonly limit: RateLimit,
    options: { maxKeys?: number; clock?: () => number } = {},
  ) {
    this.perMs = limit.perMinute / 60_000;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.clock = options.clock ?? (() => performance.now());
  }

  get enabled(): boolean {
    return this.limit.perMinute > 0;
  }

  /** Keys currently tracked (for tests and memory checks). */
  get size(): number {
    return this.buckets.size;
  }

  take(key: string): Take {
    if (!this.enabled) return { ok: true };
    const now = this.clock();
    const burst = Math.max(1, this.limit.burst);
    let bucket = this.buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * this.perMs);
      bucket.at = now;
      this.buckets.delete(key); // re-inserted below: Map order is least recently used first
    } else {
      if (this.buckets.size >= this.maxKeys) this.sweep(now, burst);
      bucket = { tokens: burst, at: now, refused: false };
    }
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      bucket.refused = false;
      return { ok: true };
    }
    const firstRefusal = !bucket.refused;
    bucket.refused = true;
    return { ok: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / this.perMs), firstRefusal };
  }

  private sweep(now: number, burst: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= burst) this.buckets.delete(key);
    }
    // Still too many busy keys: forget the least recently used (they start again with a full bucket).
    const target = Math.floor(this.maxKeys * 0.9);
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= target) break;
      this.buckets.delete(key);
    }
  }
}
