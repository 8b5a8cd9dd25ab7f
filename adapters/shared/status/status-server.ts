/**
 * FACTDESK_STATUS_PORT: GET /healthz (JSON, 200 or 503, see ./health.ts) and GET /metrics
 * (Prometheus text, see ./metrics.ts) for orchestrators, load balancers and Prometheus.
 * Nothing else is served; it never sees a question.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { healthReport, type HealthSources } from "./health.js";
import type { Metrics } from "./metrics.js";

export interface StatusServer {
  /** The port listened on (0 in the options picks a free one). */
  readonly port: number;
  close(): Promise<void>;
}

export async function startStatusServer(options: { port: number; host?: string; health: HealthSources; metrics: Metrics }): Promise<StatusServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://status").pathname;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (path === "/healthz") {
      const { httpStatus, body } = healthReport(options.health);
      res.writeHead(httpStatus, { "content-type": "application/json", "cache-control": "no-store" }).end(JSON.stringify(body));
      return;
    }
    if (path === "/metrics") {
      options.metrics.registry.metrics().then(
        (text) => res.writeHead(200, { "content-type": options.metrics.registry.contentType }).end(text),
        (err: Error) => res.writeHead(500, { "content-type": "text/plain" }).end(`cannot collect metrics: ${err.message}\n`),
      );
      return;
    }
    res.writeHead(404, { "content-type": "text/plain" }).end("not found: GET /healthz or /metrics\n");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
