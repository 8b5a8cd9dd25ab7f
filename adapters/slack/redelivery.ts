/**
 * Slack re-sends an event when it did not see the ack in time (X-Slack-Retry-Num / the Socket Mode
 * envelope's retry_attempt). Answering it again would post the answer twice.
 *
 * Two checks, so that HTTP mode stays stateless across instances behind a load balancer:
 * - the event ids already taken, in a SeenStore (in memory; a shared store makes instances agree);
 * - a retry whose reason is a timeout means the original *was* delivered — to this instance or to
 *   another one, which is answering it (Bolt acks events before handling them) — so ack and skip.
 *   Other retry reasons (http_error, unknown_error …) mean the original may have been lost: handle it.
 */
import { MemorySeenStore, type SeenStore } from "../shared/seen-store.js";

/** Slack retries an event three times within about an hour at most. */
const EVENT_MEMORY_MS = 60 * 60_000;

export class RedeliveryFilter {
  constructor(private readonly seen: SeenStore = new MemorySeenStore(2_000)) {}

  /** True when this delivery repeats one already taken; otherwise records it and returns false. */
  async isRedelivery(eventId: string, retryNum?: number, retryReason?: string): Promise<boolean> {
    if (!(await this.seen.firstSeen(`slack:event:${eventId}`, EVENT_MEMORY_MS))) return true;
    return (retryNum ?? 0) > 0 && /timeout/i.test(retryReason ?? "");
  }
}
