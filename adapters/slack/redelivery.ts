/**
 * Slack re-sends an event when it did not see the ack in time (X-Slack-Retry-Num / the Socket Mode
 * envelope's retry_attempt). Answering it again would post the answer twice.
 *
 * Two checks, so that HTTP mode stays stateless across instances behind a load balancer:
 * - a small bounded LRU of event ids this process already took (the only state the adapter keeps);
 * - a retry whose reason is a timeout means the original *was* delivered — to this instance or to
 *   another one, which is answering it (Bolt acks events before handling them) — so ack and skip.
 *   Other retry reasons (http_error, unknown_error …) mean the original may have been lost: handle it.
 */
export class RedeliveryFilter {
  private readonly seen = new Map<string, true>();
  constructor(private readonly capacity = 2000) {}

  /** True when this delivery repeats one already taken; otherwise records it and returns false. */
  isRedelivery(eventId: string, retryNum?: number, retryReason?: string): boolean {
    if (this.seen.has(eventId)) return true;
    this.seen.set(eventId, true);
    // Map keeps insertion order: the first key is the oldest.
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.keys().next().value!);
    return (retryNum ?? 0) > 0 && /timeout/i.test(retryReason ?? "");
  }
}
