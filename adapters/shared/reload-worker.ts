/**
 * Runs in a worker thread (load-in-worker.ts), for as long as the bot does: each message names a
 * facts directory to parse, validate and index here, so that a big or slow table never blocks the
 * thread answering questions (and later loads run on warm code). Posts back the table and its
 * derived state serialised with v8 (one transferable buffer), or the table's problems, or the error.
 */
import { serialize } from "node:v8";
import { parentPort } from "node:worker_threads";
import { buildCoreState, isRevivable, reviveCoreState } from "../../src/core-state.js";
import { FactLoadError } from "../../src/facts/errors.js";
import { saveTable } from "../../src/facts/compact-table.js";
import { loadFactTableCached } from "../../src/facts/table-cache.js";

function load(factsDir: string): void {
  try {
    const { table, warnings, derived } = loadFactTableCached(factsDir, { build: buildCoreState, revivable: isRevivable, revive: reviveCoreState });
    // A state that cannot cross the thread boundary is rebuilt on the other side (never happens for the current core).
    const state = derived !== undefined && isRevivable(derived, table) ? derived : undefined;
    const bytes = serialize({ table: saveTable(table), warnings, state });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    parentPort!.postMessage({ ok: true, buffer }, [buffer]);
  } catch (err) {
    if (err instanceof FactLoadError) parentPort!.postMessage({ ok: false, problems: err.problems });
    else parentPort!.postMessage({ ok: false, error: { message: (err as Error)?.message ?? String(err), stack: (err as Error)?.stack } });
  }
}

parentPort!.on("message", ({ factsDir }: { factsDir: string }) => load(factsDir));
