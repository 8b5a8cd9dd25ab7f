/**
 * Tells the reloader when facts/ may have changed: fs.watch on the directory, debounced; where
 * fs.watch is unavailable (or fails), a periodic comparison of file stamps instead.
 */
import { watch, type FSWatcher } from "node:fs";
import type { Logger } from "pino";

export interface FactsDirWatchOptions {
  dir: string;
  log: Logger;
  /** Quiet time after the last change before `onQuiet`. */
  debounceMs: number;
  /** How often to compare file stamps when fs.watch cannot be used (default 2 s). */
  pollMs?: number;
  /** Polling: whether the files differ from the ones last judged. */
  changed: () => boolean;
  /** Once true, nothing more is scheduled or polled. */
  closed: () => boolean;
  /** The directory has been quiet long enough: time to reload. */
  onQuiet: () => void;
}

export interface FactsDirWatch {
  /** A change seen (or a reload to try again): `onQuiet` after the quiet time. */
  schedule(): void;
  /** Starts fs.watch, or polling when it cannot watch. */
  start(): void;
  /** Clears the pending timer and the poll, and closes the watcher. */
  stop(): void;
}

export function watchFactsDir(options: FactsDirWatchOptions): FactsDirWatch {
  const { dir, log, debounceMs, changed, closed, onQuiet } = options;
  let timer: NodeJS.Timeout | undefined;
  let firstChange = 0;
  let watcher: FSWatcher | undefined;
  let poller: NodeJS.Timeout | undefined;

  function schedule(): void {
    if (closed()) return;
    const now = Date.now();
    if (!timer) firstChange = now;
    clearTimeout(timer);
    // Trailing debounce, but never postponed past 5 quiet periods by a file that keeps changing.
    const wait = Math.max(0, Math.min(debounceMs, firstChange + 5 * debounceMs - now));
    timer = setTimeout(() => {
      timer = undefined;
      onQuiet();
    }, wait);
    timer.unref();
  }

  function poll(reason: unknown): void {
    if (poller || closed()) return;
    const pollMs = options.pollMs ?? 2_000;
    log.warn({ err: reason, pollMs }, "cannot watch the facts directory; checking it for changes periodically instead");
    poller = setInterval(() => {
      if (changed()) schedule();
    }, pollMs);
    poller.unref();
  }

  function start(): void {
    try {
      watcher = watch(dir, { recursive: true, persistent: false }, () => schedule());
      watcher.on("error", (err) => {
        watcher?.close();
        watcher = undefined;
        poll(err);
      });
    } catch (err) {
      poll(err);
    }
  }

  function stop(): void {
    clearTimeout(timer);
    clearInterval(poller);
    watcher?.close();
    watcher = undefined;
  }

  return { schedule, start, stop };
}
