/**
 * The one Redis connection (ioredis) an instance shares its state through, set up to fail fast
 * rather than queue: while Redis is unreachable every command is rejected at once (no offline
 * queue, a short command timeout), each store answers from its in-process twin instead, and the
 * bot keeps answering. Losing and regaining Redis is logged once each way.
 */
import { Redis } from "ioredis";
import type { Logger } from "../logger.js";
import { redisLocation } from "../startup-report.js";

export interface RedisConnection {
  readonly client: Redis;
  readonly status: "connected" | "unreachable";
  close(): Promise<void>;
}

export function connectRedis(url: string, logger: Logger, options: { commandTimeoutMs?: number } = {}): RedisConnection {
  const log = logger.child({ component: "redis", redis: redisLocation(url) });
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 1_000,
    connectTimeout: 2_000,
    // Keep trying, every second at most: the stores fall back meanwhile.
    retryStrategy: (attempt) => Math.min(attempt * 100, 1_000),
  });
  let up = false;
  let warned = false;
  client.on("ready", () => {
    up = true;
    warned = false;
    log.info("redis: connected; de-duplication, rate limits and pacing are shared with the other instances");
  });
  client.on("close", () => {
    if (!up) return;
    up = false;
    log.warn("redis: connection lost; each instance answers on its own in-process state until it is back");
  });
  client.on("error", (err: Error) => {
    // ioredis reports every failed reconnect; one warning per outage is enough.
    if (warned) return log.debug({ err }, "redis: still unreachable");
    warned = true;
    log.warn({ err }, up ? "redis: error" : "redis: unreachable; each instance answers on its own in-process state until it is back");
  });
  return {
    client,
    get status() {
      return client.status === "ready" ? "connected" : "unreachable";
    },
    async close() {
      client.removeAllListeners("close");
      await client.quit().catch(() => client.disconnect());
    },
  };
}
