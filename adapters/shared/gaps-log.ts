/**
 * The unanswered-question log: one JSON line per question the core answered `unknown`, for
 * curators to see what the table is missing (`npm run facts:gaps`). A line holds the question as
 * the core reads it (platform markup, mentions and control characters already stripped; e-mail
 * addresses, phone numbers and channel names redacted: gaps-redact.ts), when it was asked and on
 * which platform; never who asked.
 *
 * One append-mode write stream per process: writes are queued in order, each line is one write,
 * and O_APPEND keeps lines whole when several processes (Discord shards) share the file.
 */
import { closeSync, createWriteStream, openSync, type WriteStream } from "node:fs";
import { cleanQuestion } from "../../src/text/normalise.js";
import { redactPersonalData } from "./gaps-redact.js";

export interface GapEntry {
  /** ISO time the question was asked. */
  time: string;
  platform: string;
  question: string;
}

export class GapsLog {
  private readonly stream: WriteStream;
  private failed: Error | null = null;
  private closing: Promise<void> | null = null;
  /** Lines accepted for writing (for logs and tests). */
  written = 0;

  /** Opens (creating) `path` for appending; throws at once when it cannot be written. */
  constructor(
    readonly path: string,
    private readonly onError: (err: Error) => void = () => {},
  ) {
    const fd = openSync(path, "a");
    this.stream = createWriteStream(path, { fd, flags: "a" });
    this.stream.on("error", (err) => {
      // A full disk or a vanished directory must not take the bot down: stop logging, report once.
      if (!this.failed) this.onError(err);
      this.failed = err;
    });
  }

  /** Records an unanswered question; returns false when there was nothing worth recording. */
  record(question: string, platform: string, at: Date = new Date()): boolean {
    if (this.failed || this.closing) return false;
    // Redacted first: cleaning drops the "#" that marks a channel name.
    const text = cleanQuestion(redactPersonalData(question));
    if (!/[\p{L}\p{N}]/u.test(text)) return false; // nothing a curator could act on
    const entry: GapEntry = { time: at.toISOString(), platform, question: text };
    this.stream.write(`${JSON.stringify(entry)}\n`);
    this.written++;
    return true;
  }

  /** Flushes what was written and closes the file. Safe to call twice. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      if (this.stream.destroyed) return resolve();
      this.stream.end(() => resolve());
      this.stream.once("error", () => resolve());
    });
    return this.closing;
  }
}

/** Checks at start that `path` can be appended to (the directory exists, permissions allow it). */
export function checkWritable(path: string): void {
  closeSync(openSync(path, "a"));
}
