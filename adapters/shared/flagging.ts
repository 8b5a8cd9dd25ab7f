/**
 * "Wrong or outdated?": every answer a platform shows with the button is remembered under the id
 * the button carries (recent-answers.ts); a flag on that id, with the user's optional note, becomes
 * one line of the flag log. The same for Discord, Slack and the terminal.
 */
import { ConfigError } from "./config-error.js";
import { FlagsLog, type Answered } from "./flags-log.js";
import type { Logger } from "./logger.js";
import { RecentAnswers } from "./recent-answers.js";

export const FLAG_BUTTON_LABEL = "Wrong or outdated?";
export const FLAG_NOTE_LABEL = "What is wrong or out of date? (optional)";
export const FLAG_THANKS = "Thank you: the curators will check this answer against its sources.";
export const FLAG_FORGOTTEN = "Sorry, I no longer have that answer (it is too old, or I restarted). Ask again and flag the new answer.";
export const FLAG_FAILED = "Sorry, I could not record that flag. Please tell the desk editor instead.";

export type FlagOutcome = "recorded" | "forgotten" | "failed";

export interface Flagging {
  /** Remembers an answer shown with the button; returns the id the button carries. */
  remember(answered: Answered): string;
  /** Records a flag on a remembered answer. */
  flag(id: string, note: string | undefined, at?: Date): FlagOutcome;
  close(): Promise<void>;
}

export function createFlagging(log: FlagsLog, recent = new RecentAnswers()): Flagging {
  return {
    remember: (answered) => recent.remember(answered),
    flag(id, note, at = new Date()) {
      const answered = recent.recall(id);
      if (!answered) return "forgotten";
      return log.record(answered, note, at) ? "recorded" : "failed";
    },
    close: () => log.close(),
  };
}

/** The flag log at `path` behind the "Wrong or outdated?" button; ConfigError when it cannot be opened. */
export function openFlagging(path: string, logger: Logger): Flagging {
  let log: FlagsLog;
  try {
    log = new FlagsLog(path, (err) => logger.error({ err }, "cannot write the flag log; no longer recording flags"));
  } catch (err) {
    throw new ConfigError(`factdesk configuration is invalid:\n  FACTDESK_FLAGS_LOG: cannot be opened for appending (${(err as NodeJS.ErrnoException).code ?? "error"})`);
  }
  logger.info({ flagsLog: path }, "recording flagged answers");
  return createFlagging(log);
}

/** The reply a user gets to a flag, visible only to them. */
export function flagReply(outcome: FlagOutcome): string {
  return outcome === "recorded" ? FLAG_THANKS : outcome === "forgotten" ? FLAG_FORGOTTEN : FLAG_FAILED;
}
