/**
 * `npm run bench:reload`: what a huge edit to facts/ costs a running bot. A copy of facts/ gets one
 * YAML file of valid entities (default 50 MB) while questions are asked every 5 ms on the answering
 * thread; prints the answers' latency and the process's RSS while the reload runs, twice: with the
 * default file-size limit (the file is refused before it is read) and with the limit raised so the
 * worker thread really parses it (under its heap limit).
 *
 *   npm run bench:reload [-- --mb 50]
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "../adapters/shared/logger.js";
import { createReloadingFactdesk, DEFAULT_MAX_FILE_BYTES } from "../adapters/shared/reloading-factdesk.js";
import { defaultFactsDir } from "../src/factdesk.js";

const NOW = new Date("2026-01-15T12:00:00Z");
const QUESTION = "Who chaired the OSCE in 2010?";
const mbArg = process.argv.indexOf("--mb");
const targetBytes = (mbArg > 0 ? Number(process.argv[mbArg + 1]) : 50) * 1e6;

function bigYaml(bytes: number): string {
  const lines = ["entities:"];
  let size = 10;
  for (let i = 0; size < bytes; i++) {
    const line = `  - {id: bulk_person_${i}, type: person, name: Bulkperson Number${i.toString(36)}}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n") + "\n";
}

async function measure(maxFileBytes: number, yaml: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "factdesk-bench-reload-"));
  cpSync(defaultFactsDir(), dir, { recursive: true });
  const factdesk = createReloadingFactdesk({ factsDir: dir, logger: createLogger({ level: "silent" }), watch: false, maxFileBytes });
  try {
    factdesk.answer(QUESTION, { now: NOW });
    writeFileSync(join(dir, "entities/zz-bulk.yaml"), yaml);
    const times: number[] = [];
    let peakRss = process.memoryUsage().rss;
    const started = performance.now();
    let done = false;
    const reloading = factdesk.reloadIfChanged().finally(() => (done = true));
    while (!done) {
      const t = performance.now();
      if (!factdesk.answer(QUESTION, { now: NOW }).text.includes("Kazakhstan")) throw new Error("the last good table stopped answering");
      times.push(performance.now() - t);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const outcome = await reloading;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
    const verdict = outcome?.ok ? "loaded" : `refused (${outcome?.problems[0]?.message ?? "the worker failed; see the log"})`;
    return `limit ${(maxFileBytes / 1e6).toFixed(0)} MB: ${verdict} after ${seconds} s; ${times.length} answers meanwhile, median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms; peak RSS ${(peakRss / 1e6).toFixed(0)} MB`;
  } finally {
    factdesk.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const yaml = bigYaml(targetBytes);
console.log(`one YAML file of ${(yaml.length / 1e6).toFixed(1)} MB dropped into facts/ while answering every 5 ms:`);
console.log(`  ${await measure(DEFAULT_MAX_FILE_BYTES, yaml)}`);
console.log(`  ${await measure(2 * targetBytes, yaml)}`);
