/**
 * Slack HTTP mode's server, in place of the one Bolt's receiver would create: the gate
 * (http-gate.ts) in front of Bolt, and limits on what a client can hold: time to send the headers
 * and the whole request, a cap on open connections (kept well under the file-descriptor limit, so
 * the process never fails to accept silently), and a shutdown that closes idle and half-open
 * connections instead of waiting for them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { HTTPReceiver } from "@slack/bolt";
import type { Logger } from "../shared/logger.js";
import type { Verdict } from "./http-gate.js";

export interface SlackHttpLimits {
  /** Largest request body read (Slack's payloads are a few kB; a long DM with its blocks, a few hundred). */
  bodyLimitBytes: number;
  headersTimeoutMs: number;
  /** The whole request, headers and body. */
  requestTimeoutMs: number;
  maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: SlackHttpLimits = {
  bodyLimitBytes: 512 * 1024,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  maxConnections: 256,
};

/**
 * The first refusal of each kind is logged at once; later ones are counted and logged together at
 * most once per this interval: a flood must not flood the log.
 */
const REFUSAL_LOG_INTERVAL_MS = 10_000;

export interface SlackHttpServer {
  listen(port: number): Promise<number>;
  /** Stops accepting; closes idle connections now and any still open after `graceMs`. */
  close(graceMs: number): Promise<void>;
}

export function createSlackHttpServer(options: {
  receiver: HTTPReceiver;
  gate: (req: IncomingMessage) => Promise<Verdict>;
  limits: SlackHttpLimits;
  log: Logger;
}): SlackHttpServer {
  const { receiver, gate, limits, log } = options;
  const told = new Set<string>();
  const refusals = new Map<string, number>();
  let flushTimer: NodeJS.Timeout | undefined;
  const countRefusal = (reason: string) => {
    if (!told.has(reason)) {
      told.add(reason);
      log.warn({ reason }, "slack: refused a request to the Events endpoint");
    } else refusals.set(reason, (refusals.get(reason) ?? 0) + 1);
    flushTimer ??= setTimeout(() => {
      flushTimer = undefined;
      if (refusals.size > 0) log.warn({ refused: Object.fromEntries(refusals) }, "slack: refused more requests to the Events endpoint");
      refusals.clear();
      told.clear();
    }, REFUSAL_LOG_INTERVAL_MS).unref();
  };

  const server: Server = createServer(
    { requestTimeout: limits.requestTimeoutMs, headersTimeout: limits.headersTimeoutMs, connectionsCheckingInterval: 1_000 },
    (req, res) => void handle(req, res),
  );
  server.maxConnections = limits.maxConnections;
  server.keepAliveTimeout = 5_000;
  server.on("drop", () => countRefusal("connection cap reached"));
  server.on("clientError", (_err, socket) => socket.destroy());

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = await gate(req);
    if (!verdict.pass) {
      countRefusal(verdict.reason);
      // Answer now and drop the connection: nothing more of this request is read.
      res.writeHead(verdict.status, { connection: "close" }).end();
      res.once("finish", () => req.socket.destroy());
      return;
    }
    try {
      receiver.requestListener(req, res);
    } catch {
      res.writeHead(404).end(); // not the Events endpoint (Bolt throws for paths it does not serve)
    }
  }

  return {
    listen: (port) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, () => resolve((server.address() as AddressInfo).port));
      }),
    async close(graceMs) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearTimeout(timer);
      clearTimeout(flushTimer);
    },
  };
}
