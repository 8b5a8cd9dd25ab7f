/**
 * Loads a fact table in a worker thread (reload-worker.ts) with a heap limit: parsing, validation
 * and indexing cost the answering thread nothing but the final deserialisation, and a table too big
 * for the limit kills only the worker (its memory goes with it), never the bot.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { deserialize } from "node:v8";
import { Worker } from "node:worker_threads";
import { buildCoreState, reviveCoreState, type CoreState } from "../../src/core-state.js";
import type { FactTable } from "../../src/facts/model.js";
import { createFactdesk, FactLoadError, type Factdesk, type FactProblem } from "../../src/index.js";

/** Heap for one load: the real table needs a few tens of MB; 100,000 facts a few hundred. */
export const DEFAULT_WORKER_HEAP_MB = 1_024;

type WorkerReply = { ok: true; buffer: ArrayBuffer } | { ok: false; problems: FactProblem[] };

/** The compiled worker; running from TypeScript sources (the tests), the build's copy of it. */
function workerFile(): string {
  const here = import.meta.url;
  const url = here.endsWith(".ts") ? new URL("../../dist/adapters/shared/reload-worker.js", here) : new URL("./reload-worker.js", here);
  const file = fileURLToPath(url);
  if (!existsSync(file)) throw new Error(`the reload worker ${file} is missing: run npm run build`);
  return file;
}

/** Resolves to the loaded Factdesk; rejects with FactLoadError for a broken table, or the worker's failure. */
export function loadInWorker(factsDir: string, options: { maxHeapMb?: number } = {}): Promise<Factdesk> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile(), { workerData: { factsDir }, resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? DEFAULT_WORKER_HEAP_MB } });
    worker.once("message", (reply: WorkerReply) => {
      if (!reply.ok) return reject(new FactLoadError(reply.problems));
      try {
        const { table, warnings, state } = deserialize(Buffer.from(reply.buffer)) as { table: FactTable; warnings: FactProblem[]; state?: CoreState };
        table.dir = factsDir;
        resolve(createFactdesk(table, { warnings, core: state ? reviveCoreState(state) : buildCoreState(table) }));
      } catch (err) {
        reject(err as Error);
      }
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the fact table worker stopped (exit code ${code}) before sending a table`)));
  });
}
