/**
 * A Factdesk that follows edits to facts/ while the bot runs. It answers from the current table;
 * when a YAML file changes (fs.watch, debounced) the whole table is loaded again in a worker thread
 * (load-in-worker.ts: parse, validate and index off the answering thread, under a heap limit) and
 * swapped in only if it loaded cleanly, in one assignment: a question is answered by the old table
 * or the new one, never by a half-loaded one, and with the old table's latency while the new one
 * loads. An edit that does not load is logged problem by problem (file, line, entry, field) and the
 * last good table keeps serving. A file over the size limit is refused before anything reads it.
 *
 * A load that overlapped a further edit is discarded and retried, so the files a table was built
 * from are the files as they stand. One load runs at a time.
 */
import { EventEmitter } from "node:events";
import { watch, type FSWatcher } from "node:fs";
import type { Logger } from "pino";
import { FactLoadError, loadFactdesk, type Factdesk } from "../../src/index.js";
import type { FactProblem } from "../../src/facts/errors.js";
import type { Answer, AnswerOptions } from "../../src/model/answer.js";
import type { CompleteOptions, Explanation, HelpTopic } from "../../src/factdesk.js";
import { oversizedFactFiles, stampOf } from "./fact-files.js";
import { createTableLoader, type TableLoader } from "./load-in-worker.js";

export interface ReloadingOptions {
  factsDir: string;
  logger: Logger;
  /** Quiet time after the last change before reloading (editors write in several steps). */
  debounceMs?: number;
  /** Used when fs.watch is unavailable (or fails): how often to compare file stamps. */
  pollMs?: number;
  /** false: load once and never watch (the same object, for short-lived processes). */
  watch?: boolean;
  /** Largest YAML file read (bytes); a table with a bigger one is refused. Default 8 MiB. */
  maxFileBytes?: number;
  /** How a table is loaded at start (on this thread: nothing to answer yet); defaults to loadFactdesk. */
  load?: (factsDir: string) => Factdesk;
  /** How a changed table is loaded; defaults to a worker thread (load-in-worker.ts). */
  reload?: (factsDir: string) => Promise<Factdesk>;
}

export const DEFAULT_MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface ReloadOutcome {
  ok: boolean;
  /** Problems of a rejected edit (errors), or warnings of an accepted one. */
  problems: FactProblem[];
}

export interface ReloadingFactdesk extends Factdesk {
  /** 1 for the table loaded at start, +1 per edit swapped in. */
  readonly generation: number;
  /** "reload" (ReloadOutcome) after every attempt, accepted or rejected. */
  readonly events: EventEmitter;
  /** Reload now if any file changed since the last attempt (the watcher calls this, debounced); null when nothing changed or a load is already running. */
  reloadIfChanged(): Promise<ReloadOutcome | null>;
  /** Stop watching. Safe to call twice. */
  close(): void;
}

/** Loads the table now (throws FactLoadError like loadFactdesk) and starts watching its directory. */
export function createReloadingFactdesk(options: ReloadingOptions): ReloadingFactdesk {
  const log = options.logger.child({ component: "facts" });
  const load = options.load ?? ((factsDir: string) => loadFactdesk({ factsDir }));
  let worker: TableLoader | undefined;
  const reload = options.reload ?? ((factsDir: string) => (worker ??= createTableLoader()).load(factsDir));
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const dir = options.factsDir;
  const debounceMs = options.debounceMs ?? 500;
  const events = new EventEmitter();

  let stamp = stampOf(dir);
  const tooBig = oversizedFactFiles(dir, maxFileBytes);
  if (tooBig.length) throw new FactLoadError(tooBig);
  let current = load(dir);
  let generation = 1;
  let closed = false;
  let loading = false;

  async function reloadIfChanged(): Promise<ReloadOutcome | null> {
    if (closed || loading) return null;
    const before = stampOf(dir);
    if (before === stamp) return null;
    loading = true;
    let next: Factdesk;
    try {
      const tooBig = oversizedFactFiles(dir, maxFileBytes);
      if (tooBig.length) throw new FactLoadError(tooBig);
      next = await reload(dir);
    } catch (err) {
      if (closed) return null; // closed while loading: the worker was stopped
      if (stampOf(dir) !== before) return retry(); // edited again while loading: judge the newer files
      stamp = before; // the same broken files are not reported again
      return rejected(err);
    } finally {
      loading = false;
    }
    if (closed) return null;
    if (stampOf(dir) !== before) return retry();
    current = next; // the swap: one assignment, between two questions
    stamp = before;
    generation++;
    const warnings = next.warnings ?? [];
    for (const p of warnings) log.warn({ file: p.file, line: p.line, entry: p.entry, field: p.field, problem: p.message }, "fact table warning");
    log.info({ generation, stats: next.stats }, "fact table reloaded");
    const outcome = { ok: true, problems: warnings };
    events.emit("reload", outcome);
    return outcome;
  }

  function rejected(err: unknown): ReloadOutcome {
    const problems = err instanceof FactLoadError ? err.problems.filter((p) => p.severity === "error") : [];
    if (problems.length === 0) log.error({ err }, "fact table reload failed; still serving the last good table");
    for (const p of problems) log.error({ file: p.file, line: p.line, entry: p.entry, field: p.field, problem: p.message }, "fact table edit rejected");
    if (problems.length) log.error({ errors: problems.length, generation }, "fact table edit rejected; still serving the last good table");
    const outcome = { ok: false, problems };
    events.emit("reload", outcome);
    return outcome;
  }

  function retry(): null {
    schedule();
    return null;
  }

  // ---- watching -------------------------------------------------------------------------------
  let timer: NodeJS.Timeout | undefined;
  let firstChange = 0;
  let watcher: FSWatcher | undefined;
  let poller: NodeJS.Timeout | undefined;

  function schedule(): void {
    if (closed) return;
    const now = Date.now();
    if (!timer) firstChange = now;
    clearTimeout(timer);
    // Trailing debounce, but never postponed past 5 quiet periods by a file that keeps changing.
    const wait = Math.max(0, Math.min(debounceMs, firstChange + 5 * debounceMs - now));
    timer = setTimeout(() => {
      timer = undefined;
      reloadIfChanged().catch((err: unknown) => log.error({ err }, "fact table reload failed; still serving the last good table"));
    }, wait);
    timer.unref();
  }

  function poll(reason: unknown): void {
    if (poller || closed) return;
    const pollMs = options.pollMs ?? 2_000;
    log.warn({ err: reason, pollMs }, "cannot watch the facts directory; checking it for changes periodically instead");
    poller = setInterval(() => {
      if (stampOf(dir) !== stamp) schedule();
    }, pollMs);
    poller.unref();
  }

  if (options.watch !== false) {
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
    log.info({ factsDir: dir, debounceMs, stats: current.stats }, "watching the fact table for edits");
  }

  return {
    answer: (question: string, opts?: AnswerOptions): Answer => current.answer(question, opts),
    help: (): HelpTopic[] => current.help(),
    complete: (prefix: string, opts?: CompleteOptions): string[] => current.complete(prefix, opts),
    explain: (question: string, opts?: AnswerOptions): Explanation => {
      if (!current.explain) throw new Error("this table does not explain");
      return current.explain(question, opts);
    },
    get stats() {
      return current.stats;
    },
    get warnings() {
      return current.warnings;
    },
    get generation() {
      return generation;
    },
    events,
    reloadIfChanged,
    close() {
      closed = true;
      void worker?.close();
      clearTimeout(timer);
      clearInterval(poller);
      watcher?.close();
      watcher = undefined;
      events.removeAllListeners();
    },
  };
}
