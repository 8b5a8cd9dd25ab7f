/**
 * A Factdesk that follows edits to facts/ while the bot runs. It answers from the current table;
 * when a YAML file changes (fs.watch, debounced) it loads the whole table again and swaps it in
 * only if it loaded cleanly, in one assignment: a question is answered by the old table or the
 * new one, never by a half-loaded one. An edit that does not load is logged problem by problem
 * (file, line, entry, field) and the last good table keeps serving.
 *
 * A load that overlapped a further edit is discarded and retried, so the files a table was built
 * from are the files as they stand. Loading is synchronous (a few hundred ms for the real table),
 * once per settled edit.
 */
import { EventEmitter } from "node:events";
import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import { join, relative } from "node:path";
import type { Logger } from "pino";
import { FactLoadError, loadFactdesk, type Factdesk } from "../../src/index.js";
import type { FactProblem } from "../../src/facts/errors.js";
import type { Answer, AnswerOptions } from "../../src/model/answer.js";
import type { CompleteOptions, Explanation, HelpTopic } from "../../src/factdesk.js";

export interface ReloadingOptions {
  factsDir: string;
  logger: Logger;
  /** Quiet time after the last change before reloading (editors write in several steps). */
  debounceMs?: number;
  /** Used when fs.watch is unavailable (or fails): how often to compare file stamps. */
  pollMs?: number;
  /** false: load once and never watch (the same object, for short-lived processes). */
  watch?: boolean;
  /** How a table is loaded (tests inject failures); defaults to loadFactdesk. */
  load?: (factsDir: string) => Factdesk;
}

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
  /** Reload now if any file changed since the last attempt (the watcher calls this, debounced). */
  reloadIfChanged(): ReloadOutcome | null;
  /** Stop watching. Safe to call twice. */
  close(): void;
}

/** Loads the table now (throws FactLoadError like loadFactdesk) and starts watching its directory. */
export function createReloadingFactdesk(options: ReloadingOptions): ReloadingFactdesk {
  const log = options.logger.child({ component: "facts" });
  const load = options.load ?? ((factsDir: string) => loadFactdesk({ factsDir }));
  const dir = options.factsDir;
  const debounceMs = options.debounceMs ?? 500;
  const events = new EventEmitter();

  let stamp = stampOf(dir);
  let current = load(dir);
  let generation = 1;
  let closed = false;

  function reloadIfChanged(): ReloadOutcome | null {
    if (closed) return null;
    const before = stampOf(dir);
    if (before === stamp) return null;
    let next: Factdesk;
    try {
      next = load(dir);
    } catch (err) {
      if (stampOf(dir) !== before) return retry(); // edited again while loading: judge the newer files
      stamp = before; // the same broken files are not reported again
      const problems = err instanceof FactLoadError ? err.problems.filter((p) => p.severity === "error") : [];
      if (problems.length === 0) log.error({ err }, "fact table reload failed; still serving the last good table");
      for (const p of problems)
        log.error({ file: p.file, line: p.line, entry: p.entry, field: p.field, problem: p.message }, "fact table edit rejected");
      if (problems.length) log.error({ errors: problems.length, generation }, "fact table edit rejected; still serving the last good table");
      const outcome = { ok: false, problems };
      events.emit("reload", outcome);
      return outcome;
    }
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
      try {
        reloadIfChanged();
      } catch (err) {
        log.error({ err }, "fact table reload failed; still serving the last good table");
      }
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
      clearTimeout(timer);
      clearInterval(poller);
      watcher?.close();
      watcher = undefined;
      events.removeAllListeners();
    },
  };
}

/** Path, size, modification time and inode of every YAML file: changes when any of them is edited. */
export function stampOf(dir: string): string {
  const parts: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      parts.push(`!${relative(dir, d)}`);
      return;
    }
    for (const e of entries) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.ya?ml$/i.test(e.name)) {
        try {
          const s = statSync(path, { bigint: true });
          parts.push(`${relative(dir, path)}:${s.size}:${s.mtimeNs}:${s.ino}`);
        } catch {
          parts.push(`?${relative(dir, path)}`);
        }
      }
    }
  };
  walk(dir);
  return parts.sort().join("|");
}
