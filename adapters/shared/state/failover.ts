/**
 * Runs a store operation on Redis and, when Redis cannot answer, on the store's in-process twin:
 * the bot keeps answering through an outage, each instance on its own state (the connection logs
 * the outage; this logs the first fallback of each store per outage).
 */
import type { Logger } from "../logger.js";

export class Failover {
  private fallingBack = false;
  constructor(
    private readonly store: string,
    private readonly log: Logger,
  ) {}

  async run<T>(primary: () => Promise<T>, backup: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await primary();
    } catch (err) {
      if (!this.fallingBack) this.log.warn({ err, store: this.store }, `redis: ${this.store} falls back to this instance's own state`);
      this.fallingBack = true;
      return backup();
    }
    if (this.fallingBack) this.log.info({ store: this.store }, `redis: ${this.store} is shared again`);
    this.fallingBack = false;
    return result;
  }
}
