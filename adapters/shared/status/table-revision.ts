/**
 * The fact table's revision (src/facts/revision.ts), read from its files: the same table gives the
 * same revision on every instance, so /healthz and /metrics show whether all of them serve one table,
 * and it is the revision stamped on every answer.
 */
import { fileDigest, tableRevision as revisionOf } from "../../../src/facts/revision.js";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Metrics } from "./metrics.js";

/** The revision of the fact files in `factsDir` now: the one the core stamps on its answers. */
export function tableRevision(factsDir: string): string {
  const files: Array<{ path: string; digest: string }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/i.test(entry.name)) files.push({ path: relative(factsDir, path), digest: fileDigest(readFileSync(path)) });
    }
  };
  walk(factsDir);
  return revisionOf(files);
}

/**
 * Keeps /metrics and /healthz current with the table answering: its fact count and revision now,
 * and after every reload attempt (counted as succeeded or failed).
 */
export function trackTable(
  factdesk: { readonly stats: { facts: number }; readonly events: { on(event: "reload", listener: (outcome: { ok: boolean }) => void): unknown } },
  factsDir: string,
  metrics: Metrics,
): { revision(): string } {
  let revision = tableRevision(factsDir);
  metrics.tableLoaded(factdesk.stats.facts, revision);
  factdesk.events.on("reload", (outcome) => {
    metrics.reloaded(outcome.ok);
    if (!outcome.ok) return;
    revision = tableRevision(factsDir);
    metrics.tableLoaded(factdesk.stats.facts, revision);
  });
  return { revision: () => revision };
}
