/**
 * Outbound pacing per channel: tasks for one key run one after another, each starting at least
 * `intervalMs` after the previous one started (Slack allows about one message per second per
 * channel). Nothing is dropped: a burst is queued, in order. Keys with nothing queued are
 * forgotten once their interval has passed, so memory follows the channels that are busy now.
 */
interface Lane {
  tail: Promise<void>;
  pending: number;
  lastStart: number;
}

export class ChannelPacer {
  private readonly lanes = new Map<string, Lane>();
  private readonly clock: () => number;

  constructor(
    readonly intervalMs: number,
    options: { clock?: () => number } = {},
  ) {
    this.clock = options.clock ?? (() => performance.now());
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
    l.pending++;
    const result = l.tail.then(async () => {
      const wait = l.lastStart + this.intervalMs - this.clock();
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
