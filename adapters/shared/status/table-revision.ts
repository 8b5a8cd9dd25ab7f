/**
 * A short hash of the fact table's files (their paths and contents): the same table gives the same
 * revision on every instance, so /healthz and /metrics show whether all of them serve one table.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Metrics } from "./metrics.js";

export function tableRevision(factsDir: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/i.test(entry.name)) files.push(path);
    }
  };
  walk(factsDir);
  const hash = createHash("sha256");
  for (const file of files.sort()) hash.update(`${relative(factsDir, file)}\0`).update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 12);
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
