/**
 * Loads fact tables in a worker thread (reload-worker.ts) with a heap limit: parsing, validation
 * and indexing cost the answering thread nothing but the final deserialisation, and a table too big
 * for the limit kills only the worker (its memory goes with it), never the bot. The worker is kept
 * between loads (warm code, idle it holds no table and does not keep the process alive) and started
 * again after it died.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deserialize } from "node:v8";
import { Worker } from "node:worker_threads";
import { buildCoreState, reviveCoreState, type CoreState } from "../../src/core-state.js";
import { openTable, type SavedTable } from "../../src/facts/compact-table.js";
import { createFactdesk, FactLoadError, type Factdesk, type FactProblem } from "../../src/index.js";

/** Heap for one load: the real table needs a few tens of MB; 100,000 facts a few hundred. */
export const DEFAULT_WORKER_HEAP_MB = 1_024;

type WorkerReply = { ok: true; buffer: ArrayBuffer } | { ok: false; problems: FactProblem[] } | { ok: false; error: { message: string; stack?: string } };

export interface TableLoader {
  /** Resolves to the loaded Factdesk; rejects with FactLoadError for a broken table, or the worker's failure. One load at a time. */
  load(factsDir: string): Promise<Factdesk>;
  /** Stops the worker. */
  close(): Promise<void>;
}

/** The compiled worker; running from TypeScript sources (the tests), the build's copy of it. */
function workerFile(): string {
  const here = import.meta.url;
  const url = here.endsWith(".ts") ? new URL("../../dist/adapters/shared/reload-worker.js", here) : new URL("./reload-worker.js", here);
  const file = fileURLToPath(url);
  if (!existsSync(file)) throw new Error(`the reload worker ${file} is missing: run npm run build`);
  return file;
}

function factdeskFrom(reply: WorkerReply, factsDir: string): Factdesk {
  if ("problems" in reply) throw new FactLoadError(reply.problems);
  if ("error" in reply) throw Object.assign(new Error(`loading the fact table failed in the worker: ${reply.error.message}`), { workerStack: reply.error.stack });
  const { table: saved, warnings, state } = deserialize(Buffer.from(reply.buffer)) as { table: SavedTable; warnings: FactProblem[]; state?: CoreState };
  const table = openTable({ ...saved, dir: factsDir });
  return createFactdesk(table, { warnings, core: state ? reviveCoreState(state, table) : buildCoreState(table) });
}

export function createTableLoader(options: { maxHeapMb?: number } = {}): TableLoader {
  let worker: Worker | undefined;
  let pending: { factsDir: string; resolve: (f: Factdesk) => void; reject: (e: Error) => void } | undefined;
  const settle = (outcome: (factsDir: string) => Factdesk) => {
    const p = pending;
    pending = undefined;
    worker?.unref(); // idle: nothing to wait for
    if (!p) return;
    try {
      p.resolve(outcome(p.factsDir));
    } catch (err) {
      p.reject(err as Error);
    }
  };
  const start = () => {
    const w = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB } });
    w.on("message", (reply: WorkerReply) => settle((factsDir) => factdeskFrom(reply, factsDir)));
    w.on("error", (err) =>
      settle(() => {
        throw err;
      }),
    );
    w.on("exit", (code) => {
      if (worker === w) worker = undefined;
      settle(() => {
        throw new Error(`the fact table worker stopped (exit code ${code}) before sending a table`);
      });
    });
    return w;
  };
  return {
    load(factsDir) {
      if (pending) return Promise.reject(new Error("a fact table load is already running"));
      return new Promise<Factdesk>((resolve, reject) => {
        pending = { factsDir, resolve, reject };
        worker ??= start();
        worker.ref(); // a load in progress keeps the process alive
        worker.postMessage({ factsDir });
      });
    },
    async close() {
      const w = worker;
      worker = undefined;
      await w?.terminate();
    },
  };
}
