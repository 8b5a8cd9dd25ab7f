/**
 * Runs in a worker thread (load-in-worker.ts): parse, validate and index the fact table there, so
 * that a big or slow table never blocks the thread answering questions. Posts back the table and
 * its derived state serialised with v8 (one transferable buffer), or the table's problems.
 */
import { serialize } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { buildCoreState, isRevivable, reviveCoreState } from "../../src/core-state.js";
import { FactLoadError } from "../../src/facts/errors.js";
import { loadFactTableCached } from "../../src/facts/table-cache.js";

const { factsDir } = workerData as { factsDir: string };
try {
  const { table, warnings, derived } = loadFactTableCached(factsDir, { build: buildCoreState, revivable: isRevivable, revive: reviveCoreState });
  // A state that cannot cross the thread boundary is rebuilt on the other side (never happens for the current core).
  const state = derived !== undefined && isRevivable(derived, table) ? derived : undefined;
  const bytes = serialize({ table, warnings, state });
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  parentPort!.postMessage({ ok: true, buffer }, [buffer]);
} catch (err) {
  if (!(err instanceof FactLoadError)) throw err; // the worker's "error" event carries it
  parentPort!.postMessage({ ok: false, problems: err.problems });
}
