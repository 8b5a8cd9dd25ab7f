/**
 * Exactly one reply per Slack delivery, across instances (over a shared ClaimStore):
 *
 * - `take(eventId)` for events, which Slack retries: the first delivery claims the id and answers;
 *   a copy that arrives while that claim is live (the same event on two instances, an http_error
 *   or http_timeout retry) waits for it: done → skipped; its lease ran out because the instance
 *   that claimed it died → this one takes it over and answers. While an instance works on a claim
 *   it renews the lease, so a slow answer (a paced channel) is not taken over.
 * - `firstSeen(id, ttlMs)` for slash commands and buttons, which Slack does not retry: a replay of the same
 *   trigger id is skipped, whichever instance it reaches.
 */
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { ClaimStore } from "./claims.js";

export interface Claimed {
  /** Marks the delivery done everywhere and stops renewing the lease. */
  finish(): Promise<void>;
}

export interface DeduplicatorOptions {
  /** How long a claim outlives an instance that died holding it. */
  leaseMs?: number;
  /** How long a finished delivery is remembered (Slack's last retry comes ~5 minutes after the first). */
  keepMs?: number;
  /** How often a waiting copy looks again. */
  pollMs?: number;
  /** A copy gives up waiting after this (the holder is alive but stuck); it is then skipped. */
  maxWaitMs?: number;
}

export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export class Deduplicator {
  private readonly leaseMs: number;
  private readonly keepMs: number;
  private readonly pollMs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly store: ClaimStore,
    options: DeduplicatorOptions = {},
    private readonly owner = INSTANCE_ID,
  ) {
    this.leaseMs = options.leaseMs ?? 6_000;
    this.keepMs = options.keepMs ?? 3_600_000;
    this.pollMs = options.pollMs ?? 250;
    this.maxWaitMs = options.maxWaitMs ?? 120_000;
  }

  /** The claim on `key`, once this instance holds it; undefined when the delivery must be skipped. */
  async take(key: string): Promise<Claimed | undefined> {
    const deadline = Date.now() + this.maxWaitMs;
    for (;;) {
      const result = await this.store.claim(key, this.owner, this.leaseMs);
      if (result === "taken") return this.hold(key);
      if (result === "done" || Date.now() > deadline) return undefined;
      await new Promise((resolve) => setTimeout(resolve, this.pollMs));
    }
  }

  /** True the first time `key` is seen (within `ttlMs`) by any instance. */
  async firstSeen(key: string, ttlMs = this.keepMs): Promise<boolean> {
    return (await this.store.claim(key, this.owner, ttlMs)) === "taken";
  }

  private hold(key: string): Claimed {
    // Three beats per lease: one missed renewal does not lose the claim.
    const beat = setInterval(() => void this.store.renew(key, this.owner, this.leaseMs), this.leaseMs / 3);
    beat.unref();
    return {
      finish: async () => {
        clearInterval(beat);
        await this.store.complete(key, this.owner, this.keepMs);
      },
    };
  }
}
