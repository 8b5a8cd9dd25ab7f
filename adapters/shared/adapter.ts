/**
 * The one interface every chat adapter implements (cli, discord, slack). An adapter only
 * translates: a platform event in → `factdesk.answer()` → the `Answer` rendered for the platform.
 */
import type { Factdesk } from "../../src/index.js";
import type { QuestionGuard } from "./question-guard.js";

export type Platform = "cli" | "discord" | "slack";

export interface ChatAdapter {
  readonly platform: Platform;
  /** Connect and begin answering. Resolves once the adapter is ready to receive questions. */
  start(): Promise<void>;
  /** Disconnect, finishing in-flight replies first (bounded). Safe to call twice. */
  stop(): Promise<void>;
}

/** What every adapter is built from: the loaded core and the reference clock. */
export interface AdapterDeps {
  factdesk: Factdesk;
  /** The reference date for relative questions; the wall clock in production, fixed in tests. */
  now?: () => Date;
  /**
   * The shared question path (rate limit, request ids, unanswered-question log). Adapters build
   * an unlimited one over `factdesk` when none is given.
   */
  guard?: QuestionGuard;
}
