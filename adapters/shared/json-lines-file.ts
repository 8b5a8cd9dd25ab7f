/**
 * An append-only file of JSON lines (the unanswered-question log, the flag log). One append-mode
 * write stream per process: writes are queued in order, each line is one write, and O_APPEND keeps
 * lines whole when several processes (Discord shards) share the file.
 */
import { createWriteStream, openSync, type WriteStream } from "node:fs";

export class JsonLinesFile {
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
      // A full disk or a vanished directory must not take the bot down: stop writing, report once.
      if (!this.failed) this.onError(err);
      this.failed = err;
    });
  }

  /** Appends one line; false when the file can no longer be written or is closing. */
  append(entry: unknown): boolean {
    if (this.failed || this.closing) return false;
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
