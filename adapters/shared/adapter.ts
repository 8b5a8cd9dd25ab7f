/**
 * The one interface every chat adapter implements (terminal, discord, slack), and the one shape of
 * their factories: `createXAdapter(config, deps, options?)`. An adapter only translates: a platform
 * event in → the shared question path (./question-path.ts) → the `Answer` rendered for the platform.
 */
import type { Factdesk } from "../../src/index.js";
import type { Logger } from "./logger.js";
import type { QuestionPath } from "./question-path.js";
import type { AdapterHealth } from "./status/health.js";

export type Platform = "cli" | "discord" | "slack";

export interface StopReport {
  /** Acknowledged questions whose reply could not be delivered within the bound (each logged at error level). */
  undelivered: number;
}

export interface ChatAdapter {
  readonly platform: Platform;
  /** Connect and begin answering. Resolves once the adapter is ready to receive questions. */
  start(): Promise<void>;
  /** Stop taking questions, deliver the accepted ones (bounded), disconnect. Safe to call twice. */
  stop(): Promise<StopReport>;
  /** Whether it is connected to its platform now (for /healthz). */
  health(): AdapterHealth;
}

/** What every adapter is built from. */
export interface AdapterDeps {
  factdesk: Factdesk;
  /** The reference date for relative questions; the wall clock in production, fixed in tests. */
  now?: () => Date;
  /**
   * The shared question path (rate limit, request ids, gaps log, delivery bookkeeping). Adapters
   * build one with no limit and no log over `factdesk` when none is given.
   */
  path?: QuestionPath;
  logger?: Logger;
}

export type AdapterFactory<Config, Options, Adapter extends ChatAdapter> = (config: Config, deps: AdapterDeps, options?: Options) => Adapter;
