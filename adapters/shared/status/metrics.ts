/**
 * What the bot does, counted for Prometheus (prom-client), served at /metrics by ./status-server.ts.
 * One registry per process (not prom-client's global one), so tests can run several side by side.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** The answer's status, or "error" when the core failed and the asker was told something went wrong. */
export type QuestionStatus = "answered" | "unknown" | "ambiguous" | "error";

export interface Metrics {
  readonly registry: Registry;
  /** A question the core answered, with how long the answer took (seconds). */
  answered(platform: string, status: QuestionStatus, seconds: number): void;
  /** A question refused by the per-user rate limit. */
  rateLimited(platform: string): void;
  /** A reply the platform did not take (after its client's retries). */
  replyFailed(platform: string): void;
  /** A fact-table reload attempt. */
  reloaded(ok: boolean): void;
  /** The table now answering: its fact count and revision. */
  tableLoaded(facts: number, revision: string): void;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: "factdesk_" });
  const registers = [registry];
  const questions = new Counter({
    name: "factdesk_questions_total",
    help: "Questions answered, by platform and answer status",
    labelNames: ["platform", "status"] as const,
    registers,
  });
  const latency = new Histogram({
    name: "factdesk_answer_duration_seconds",
    help: "Time the core took to answer one question",
    labelNames: ["platform"] as const,
    // The core answers in well under a millisecond at the median; the tail is what to watch.
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers,
  });
  const limited = new Counter({ name: "factdesk_rate_limited_total", help: "Questions refused by the per-user rate limit", labelNames: ["platform"] as const, registers });
  const failed = new Counter({ name: "factdesk_reply_failures_total", help: "Replies the platform did not take", labelNames: ["platform"] as const, registers });
  const reloads = new Counter({ name: "factdesk_reloads_total", help: "Fact-table reloads, by outcome", labelNames: ["outcome"] as const, registers });
  const facts = new Gauge({ name: "factdesk_facts", help: "Facts in the table now answering", registers });
  const revision = new Gauge({ name: "factdesk_table_revision_info", help: "The revision of the table now answering (value 1)", labelNames: ["revision"] as const, registers });
  // Zero series exist from the start, so a rate() over them works before the first event.
  for (const outcome of ["succeeded", "failed"]) reloads.inc({ outcome }, 0);

  return {
    registry,
    answered(platform, status, seconds) {
      questions.inc({ platform, status });
      latency.observe({ platform }, seconds);
    },
    rateLimited: (platform) => limited.inc({ platform }),
    replyFailed: (platform) => failed.inc({ platform }),
    reloaded: (ok) => reloads.inc({ outcome: ok ? "succeeded" : "failed" }),
    tableLoaded(count, rev) {
      facts.set(count);
      revision.reset();
      revision.set({ revision: rev }, 1);
    },
  };
}
