/**
 * Outbound pacing per channel: tasks for one key run one after another, each starting at least
 * `intervalMs` after the previous one started (Slack allows about one message per second per
 * channel). A burst is queued, in order, up to `maxQueued` waiting per channel: past that, run()
 * rejects at once with ChannelBusyError so the asker can be told to come back (a queue that grows
 * without bound can neither be delivered before shutdown nor kept in memory). Keys with nothing
 * queued are forgotten once their interval has passed, so memory follows the channels busy now.
 * With `slots` (state/pacing.ts: Redis) the interval is kept across instances: each task first
 * reserves its start in the shared slots, so two instances posting into one channel take turns.
 */
import type { PacingSlots } from "./state/pacing.js";

export interface Pacer {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/** The channel already has its full queue of messages waiting; nothing was queued. */
export class ChannelBusyError extends Error {
  override readonly name = "ChannelBusyError";
  constructor(readonly key: string, readonly queued: number) {
    super(`channel ${key} already has ${queued} messages waiting`);
  }
}

interface Lane {
  tail: Promise<void>;
  pending: number;
  lastStart: number;
}

export const DEFAULT_MAX_QUEUED = 5;

/** The in-memory Pacer: lanes live in this process. */
export class ChannelPacer implements Pacer {
  private readonly lanes = new Map<string, Lane>();
  private readonly clock: () => number;
  readonly maxQueued: number;
  private readonly slots: PacingSlots | undefined;

  constructor(
    readonly intervalMs: number,
    options: { clock?: () => number; maxQueued?: number; slots?: PacingSlots } = {},
  ) {
    this.clock = options.clock ?? (() => performance.now());
    this.maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED;
    this.slots = options.slots;
  }

  /** Channels with a task queued or running, or paced recently. */
  get size(): number {
    return this.lanes.size;
  }

  /** Tasks queued or running over all channels. */
  get pending(): number {
    let n = 0;
    for (const lane of this.lanes.values()) n += lane.pending;
    return n;
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    if (this.intervalMs <= 0) return task();
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { tail: Promise.resolve(), pending: 0, lastStart: -Infinity };
      this.lanes.set(key, lane);
    }
    const l = lane;
    // One task may be running while maxQueued wait behind it.
    if (l.pending > this.maxQueued) return Promise.reject(new ChannelBusyError(key, l.pending - 1));
    l.pending++;
    const result = l.tail.then(async () => {
      const wait = this.slots ? await this.slots.reserve(key, this.intervalMs) : l.lastStart + this.intervalMs - this.clock();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      l.lastStart = this.clock();
      return task();
    });
    l.tail = result.then(
      () => undefined,
      () => undefined,
    );
    void l.tail.then(() => {
      if (--l.pending > 0) return;
      // Forget the lane once a new task could start at once anyway.
      setTimeout(() => {
        if (l.pending === 0 && this.lanes.get(key) === l) this.lanes.delete(key);
      }, this.intervalMs).unref();
    });
    return result;
  }
}
