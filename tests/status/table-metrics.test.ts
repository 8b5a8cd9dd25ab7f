/**
 * /metrics follows the table: reloads counted as succeeded or failed, the fact count and the
 * revision of the table answering now (a rejected edit leaves the old revision).
 */
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { defaultFactsDir } from "../../src/factdesk.js";
import { createLogger } from "../../adapters/shared/logger.js";
import { createReloadingFactdesk } from "../../adapters/shared/reloading-factdesk.js";
import { createMetrics } from "../../adapters/shared/status/metrics.js";
import { trackTable } from "../../adapters/shared/status/table-revision.js";

const dir = mkdtempSync(join(tmpdir(), "factdesk-table-metrics-"));
cpSync(defaultFactsDir(), dir, { recursive: true });
const factdesk = createReloadingFactdesk({ factsDir: dir, logger: createLogger({ level: "silent" }), watch: false });
afterAll(() => {
  factdesk.close();
  rmSync(dir, { recursive: true, force: true });
});

const series = async (metrics: ReturnType<typeof createMetrics>, name: string) =>
  (await metrics.registry.metrics()).split("\n").filter((line) => line.startsWith(name));

it("counts reloads by outcome and shows the revision and size of the table answering", async () => {
  const metrics = createMetrics({ defaultMetrics: false });
  const table = trackTable(factdesk, dir, metrics);
  const first = table.revision();
  expect(await series(metrics, "factdesk_facts")).toEqual([`factdesk_facts ${factdesk.stats.facts}`]);

  const relation = join(dir, "osce", readdirSync(join(dir, "osce")).find((f) => f.endsWith(".yaml"))!);
  appendFileSync(relation, "\n# a curator's note\n");
  expect((await factdesk.reloadIfChanged())?.ok).toBe(true);
  const second = table.revision();
  expect(second).not.toBe(first);
  expect(await series(metrics, "factdesk_table_revision_info")).toEqual([`factdesk_table_revision_info{revision="${second}"} 1`]);

  writeFileSync(join(dir, "osce", "broken.yaml"), "relation: [unclosed\n");
  expect((await factdesk.reloadIfChanged())?.ok).toBe(false);
  expect(table.revision()).toBe(second); // the last good table still answers
  expect(await series(metrics, "factdesk_reloads_total")).toEqual(['factdesk_reloads_total{outcome="succeeded"} 1', 'factdesk_reloads_total{outcome="failed"} 1']);
});
