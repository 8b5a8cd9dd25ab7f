/**
 * Where Slack's requests come in: Socket Mode's WebSocket, or in HTTP mode factdesk's own server
 * (http-server.ts) with the gate (http-gate.ts) in front of Bolt's HTTP receiver.
 */
import { HTTPReceiver, SocketModeReceiver, type Logger as BoltLogger, type webApi } from "@slack/bolt";
import type { Logger } from "../shared/logger.js";
import type { SeenStore } from "../shared/seen-store.js";
import type { SlackConfig } from "./config.js";
import { createSlackGate } from "./http-gate.js";
import { createSlackHttpServer, type SlackHttpLimits, type SlackHttpServer } from "./http-server.js";

export type SlackReceiver = { mode: "socket"; receiver: SocketModeReceiver } | { mode: "http"; receiver: HTTPReceiver; server: SlackHttpServer };

export function createSlackReceiver(
  config: SlackConfig,
  options: { bolt: BoltLogger; log: Logger; clientOptions: webApi.WebClientOptions; seen: SeenStore; limits: SlackHttpLimits; socketPingTimeoutMs?: number },
): SlackReceiver {
  const { bolt, log, limits } = options;
  if (config.mode === "socket") {
    const receiver = new SocketModeReceiver({
      appToken: config.appToken,
      ...(options.socketPingTimeoutMs ? { clientPingTimeout: options.socketPingTimeoutMs } : {}),
      logger: bolt,
      logLevel: bolt.getLevel(),
      // apps.connections.open goes through this client: same API base and retry policy.
      installerOptions: { clientOptions: { ...options.clientOptions } },
    });
    return { mode: "socket", receiver };
  }
  const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, bodyLimit: limits.bodyLimitBytes, logger: bolt, logLevel: bolt.getLevel() });
  const gate = createSlackGate({ signingSecret: config.signingSecret, bodyLimitBytes: limits.bodyLimitBytes, seen: options.seen, log });
  return { mode: "http", receiver, server: createSlackHttpServer({ receiver, gate, limits, log }) };
}
