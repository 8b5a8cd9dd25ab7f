/**
 * The status server over real HTTP: /healthz's 200 and 503 with reasons, /metrics in Prometheus
 * text with every series the operator needs, and the container's health check script.
 */
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AdapterHealth } from "../../adapters/shared/status/health.js";
import { createMetrics } from "../../adapters/shared/status/metrics.js";
import { startStatusServer, type StatusServer } from "../../adapters/shared/status/status-server.js";
import { tableRevision } from "../../adapters/shared/status/table-revision.js";

const metrics = createMetrics();
const adapters: Record<string, AdapterHealth> = { slack: { connected: true }, discord: { connected: true } };
let server: StatusServer;
beforeAll(async () => {
  server = await startStatusServer({
    port: 0,
    host: "127.0.0.1",
    metrics,
    health: { adapters: () => adapters, facts: () => 412, revision: () => "abc123def456", redis: () => "unreachable" },
  });
});
afterAll(() => server?.close());
const get = (path: string, method = "GET") => fetch(`http://127.0.0.1:${server.port}${path}`, { method });

describe("/healthz", () => {
  it("200 with the adapters, facts and revision when everything is connected (Redis down does not make it unhealthy)", async () => {
    const res = await get("/healthz");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ status: "ok", adapters: { slack: "connected", discord: "connected" }, facts: 412, revision: "abc123def456", redis: "unreachable" });
  });

  it("503 with the reason when an adapter is not connected", async () => {
    adapters.discord = { connected: false, detail: "gateway reconnecting" };
    try {
      const res = await get("/healthz");
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: "unavailable", reasons: ["discord: gateway reconnecting"], adapters: { discord: "gateway reconnecting" } });
    } finally {
      adapters.discord = { connected: true };
    }
  });

  it("nothing else is served", async () => {
    expect((await get("/")).status).toBe(404);
    expect((await get("/healthz", "POST")).status).toBe(405);
  });

  it("the container's health check exits 0 on 200 and 1 otherwise", async () => {
    // Asynchronously: the server answering it runs in this process.
    const check = (port: string) =>
      new Promise<{ code: number; stdout: string }>((done) => {
        const env = { PATH: process.env.PATH ?? "", FACTDESK_STATUS_PORT: port };
        execFile(process.execPath, [resolve("dist/adapters/shared/status/healthcheck.js")], { env, cwd: "/" }, (err, stdout) =>
          done({ code: err ? Number(err.code) : 0, stdout }),
        );
      });
    const ok = await check(String(server.port));
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('200 {"status":"ok"');
    adapters.slack = { connected: false, detail: "socket closed" };
    try {
      expect((await check(String(server.port))).code).toBe(1);
    } finally {
      adapters.slack = { connected: true };
    }
    expect((await check("1")).code).toBe(1);
  });
});

describe("/metrics", () => {
  it("questions by platform and status, latency, failed replies, rate-limited questions, reloads, facts, revision", async () => {
    metrics.answered("slack", "answered", 0.0004);
    metrics.answered("slack", "answered", 0.002);
    metrics.answered("discord", "unknown", 0.0007);
    metrics.rateLimited("slack");
    metrics.replyFailed("discord");
    metrics.reloaded(true);
    metrics.reloaded(false);
    metrics.tableLoaded(100, "rev-one");
    metrics.tableLoaded(412, "abc123def456");
    const res = await get("/metrics");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toContain('factdesk_questions_total{platform="slack",status="answered"} 2');
    expect(text).toContain('factdesk_questions_total{platform="discord",status="unknown"} 1');
    expect(text).toContain('factdesk_answer_duration_seconds_bucket{le="0.0005",platform="slack"} 1');
    expect(text).toContain('factdesk_answer_duration_seconds_count{platform="slack"} 2');
    expect(text).toContain('factdesk_rate_limited_total{platform="slack"} 1');
    expect(text).toContain('factdesk_reply_failures_total{platform="discord"} 1');
    expect(text).toContain('factdesk_reloads_total{outcome="succeeded"} 1');
    expect(text).toContain('factdesk_reloads_total{outcome="failed"} 1');
    expect(text).toContain("factdesk_facts 412");
    expect(text).toContain('factdesk_table_revision_info{revision="abc123def456"} 1');
    expect(text).not.toContain("rev-one");
    expect(text).toContain("factdesk_process_resident_memory_bytes");
  });
});

describe("the table revision", () => {
  it("is a short hash of the fact files: stable, and the same for the same files", () => {
    const a = tableRevision(resolve("facts"));
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(tableRevision(resolve("facts"))).toBe(a);
    expect(tableRevision(resolve("tests/fixtures/heads-of-government"))).not.toBe(a);
  });
});
