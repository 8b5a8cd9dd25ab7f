/**
 * A Factdesk that follows edits to facts/ while the bot runs. It answers from the current table;
 * when a YAML file changes (facts-dir-watch.ts: fs.watch, debounced) the whole table is loaded
 * again in a worker thread (load-in-worker.ts: parse, validate and index off the answering thread,
 * under a heap limit) and swapped in only if it loaded cleanly, in one assignment: a question is
 * answered by the old table or the new one, never by a half-loaded one, and with the old table's
 * latency while the new one loads. An edit that does not load is logged problem by problem (file,
 * line, entry, field) and the last good table keeps serving. A file over the size limit is refused
 * before anything reads it.
 *
 * A load that overlapped a further edit is discarded and retried, so the files a table was built
 * from are the files as they stand. One load runs at a time.
 */
import { EventEmitter } from "node:events";
import type { Logger } from "pino";
import { FactLoadError, loadFactdesk, type Factdesk } from "../../src/index.js";
import type { FactProblem } from "../../src/facts/errors.js";
import type { Answer, AnswerOptions } from "../../src/model/answer.js";
import type { CompleteOptions, Explanation, HelpTopic } from "../../src/factdesk.js";
import { oversizedFactFiles, stampOf } from "./fact-files.js";
import { watchFactsDir } from "./facts-dir-watch.js";
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

  const table = loadAtStart(dir, maxFileBytes, load);
  const reloadIfChanged = createReloader({ dir, maxFileBytes, reload, table, log, events, retry: () => watching.schedule() });
  const watching = watchFactsDir({
    dir,
    log,
    debounceMs,
    pollMs: options.pollMs,
    changed: () => stampOf(dir) !== table.stamp,
    closed: () => table.closed,
    onQuiet: () => {
      reloadIfChanged().catch((err: unknown) => log.error({ err }, "fact table reload failed; still serving the last good table"));
    },
  });
  if (options.watch !== false) {
    watching.start();
    log.info({ factsDir: dir, debounceMs, stats: table.current.stats }, "watching the fact table for edits");
  }

  return servedFrom(table, events, reloadIfChanged, () => {
    table.closed = true;
    void worker?.close();
    watching.stop();
    events.removeAllListeners();
  });
}

/** The table answering now, and what the reloader knows of the files it came from. */
interface TableState {
  current: Factdesk;
  generation: number;
  /** stampOf(dir) at the last attempt, accepted or rejected: an attempt is made when it changes. */
  stamp: string;
  /** close() was called: nothing more is swapped in, scheduled or reported. */
  closed: boolean;
}

/** The table at start, on this thread. The stamp is taken before the load, so an edit made during it is seen. */
function loadAtStart(dir: string, maxFileBytes: number, load: (factsDir: string) => Factdesk): TableState {
  const stamp = stampOf(dir);
  refuseOversized(dir, maxFileBytes);
  return { current: load(dir), generation: 1, stamp, closed: false };
}

/** A file over the size limit is refused before anything reads it. */
function refuseOversized(dir: string, maxFileBytes: number): void {
  const tooBig = oversizedFactFiles(dir, maxFileBytes);
  if (tooBig.length) throw new FactLoadError(tooBig);
}

/** What a reload reads, swaps and reports to. */
interface ReloadContext {
  dir: string;
  maxFileBytes: number;
  reload: (factsDir: string) => Promise<Factdesk>;
  table: TableState;
  log: Logger;
  events: EventEmitter;
  /** Try again after the quiet time (the files changed during the load). */
  retry: () => void;
}

/** reloadIfChanged: one load at a time, swapped in only if it loaded cleanly from the files as they stand. */
function createReloader(r: ReloadContext): () => Promise<ReloadOutcome | null> {
  const { dir, table } = r;
  let loading = false;
  const retry = (): null => {
    r.retry();
    return null;
  };

  return async function reloadIfChanged(): Promise<ReloadOutcome | null> {
    if (table.closed || loading) return null;
    const before = stampOf(dir);
    if (before === table.stamp) return null;
    loading = true;
    let next: Factdesk;
    try {
      refuseOversized(dir, r.maxFileBytes);
      next = await r.reload(dir);
    } catch (err) {
      if (table.closed) return null; // closed while loading: the worker was stopped
      if (stampOf(dir) !== before) return retry(); // edited again while loading: judge the newer files
      table.stamp = before; // the same broken files are not reported again
      return rejected(r, err);
    } finally {
      loading = false;
    }
    if (table.closed) return null;
    if (stampOf(dir) !== before) return retry();
    return swapIn(r, next, before);
  };
}

function swapIn({ table, log, events }: ReloadContext, next: Factdesk, stamp: string): ReloadOutcome {
  table.current = next; // the swap: one assignment, between two questions
  table.stamp = stamp;
  table.generation++;
  const warnings = next.warnings ?? [];
  for (const p of warnings) log.warn(problemFields(p), "fact table warning");
  log.info({ generation: table.generation, stats: next.stats }, "fact table reloaded");
  const outcome = { ok: true, problems: warnings };
  events.emit("reload", outcome);
  return outcome;
}

function rejected({ table, log, events }: ReloadContext, err: unknown): ReloadOutcome {
  const problems = err instanceof FactLoadError ? err.problems.filter((p) => p.severity === "error") : [];
  if (problems.length === 0) log.error({ err }, "fact table reload failed; still serving the last good table");
  for (const p of problems) log.error(problemFields(p), "fact table edit rejected");
  if (problems.length) log.error({ errors: problems.length, generation: table.generation }, "fact table edit rejected; still serving the last good table");
  const outcome = { ok: false, problems };
  events.emit("reload", outcome);
  return outcome;
}

const problemFields = (p: FactProblem) => ({ file: p.file, line: p.line, entry: p.entry, field: p.field, problem: p.message });

/** The Factdesk the bot holds: every call goes to the table current at that moment. */
function servedFrom(table: TableState, events: EventEmitter, reloadIfChanged: () => Promise<ReloadOutcome | null>, close: () => void): ReloadingFactdesk {
  return {
    answer: (question: string, opts?: AnswerOptions): Answer => table.current.answer(question, opts),
    help: (): HelpTopic[] => table.current.help(),
    complete: (prefix: string, opts?: CompleteOptions): string[] => table.current.complete(prefix, opts),
    explain: (question: string, opts?: AnswerOptions): Explanation => {
      const current = table.current;
      if (!current.explain) throw new Error("this table does not explain");
      return current.explain(question, opts);
    },
    get stats() {
      return table.current.stats;
    },
    get warnings() {
      return table.current.warnings;
    },
    get generation() {
      return table.generation;
    },
    events,
    reloadIfChanged,
    close,
  };
}
