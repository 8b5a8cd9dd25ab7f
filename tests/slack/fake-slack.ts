/**
 * A fake Slack on 127.0.0.1 for driving the real Bolt app offline:
 * - the Web API (`/api/<method>`): records every call, answers HTTP 200 with an `ok` field like
 *   Slack does, with fault injection (a 429 `ratelimited` with Retry-After, an HTTP 500, or an
 *   `ok: false` error) and an optional delay per method (a slow Slack);
 * - response URLs (`/response/<id>`), where slash-command and button replies are posted;
 * - a Socket Mode server (`/socket`, the URL apps.connections.open returns): says `hello`, sends
 *   envelopes on demand and records the acks; an envelope sent with `lateAck` is redelivered as
 *   Slack does when the ack came too late (retry_attempt 1, retry_reason "timeout").
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

export const BOT_TOKEN = "xoxb-fake-bot-token-1234567890";
export const APP_TOKEN = "xapp-fake-app-token-1234567890";
export const BOT_USER_ID = "UBOT";
export const BOT_ID = "BBOT";

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  /** The bearer token the call was made with. */
  token: string | undefined;
  /** Set when the call was answered with an injected fault (so it delivered nothing). */
  fault?: Fault;
  /** When the fake answered the call (Date.now()), after any delay. */
  respondedAt?: number;
}
export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}
export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}
/** `ratelimited`: HTTP 429 + Retry-After; `http_500`: HTTP 500; any other string: HTTP 200 `{ ok: false, error }`. */
export type Fault = "ratelimited" | "http_500" | (string & {});

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  readonly acks: SocketAck[] = [];
  readonly socketConnections: number[] = [];
  /** Close codes of finished socket connections (1000: the client's normal closure). */
  readonly socketCloses: number[] = [];
  /** Seconds in the Retry-After header of an injected `ratelimited`. */
  retryAfterSeconds = 1;
  private readonly faults = new Map<string, Fault[]>();
  /** Milliseconds a call to a method waits before it is answered (after it was recorded). */
  readonly delays = new Map<string, number>();
  /** Envelopes redelivered because their ack was (made) late. */
  redeliveries = 0;
  private readonly server: Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private ts = 1_700_000_000;
  private envelopes = 0;
  private waiters: (() => void)[] = [];

  constructor() {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers }) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(body));
        this.notify();
      });
    });
    this.server.on("upgrade", (req, socket, head) => {
      if (req.url !== "/socket") return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws));
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }
  responseUrl(id: string): string {
    return `${this.origin}/response/${id}`;
  }

  /** The next `times` calls to `method` fail with `fault`. */
  inject(method: string, fault: Fault, times = 1): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...Array<Fault>(times).fill(fault)]);
  }

  /** Forget recorded calls, responses and acks (between load rounds, to measure the bot's memory, not ours). */
  clearRecords(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.acks.length = 0;
  }

  /** Calls to `method` that Slack accepted (injected faults left out). */
  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method && !c.fault);
  }

  /** Resolves once `check` returns something truthy (re-checked after every request and ack). */
  async waitFor<T>(check: () => T | undefined | false, timeoutMs = 5_000, what = "the fake Slack"): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Sends an `events_api` envelope to every connected socket client; returns its envelope id. */
  sendEnvelope(payload: unknown, extra: { retry_attempt?: number; retry_reason?: string; type?: string; lateAck?: boolean; ackTimeoutMs?: number } = {}): string {
    const envelope_id = `env-${++this.envelopes}`;
    const message = { envelope_id, type: extra.type ?? "events_api", payload, accepts_response_payload: false, retry_attempt: extra.retry_attempt ?? 0, retry_reason: extra.retry_reason ?? "" };
    for (const ws of this.sockets) ws.send(JSON.stringify(message));
    if (extra.lateAck) {
      // Slack saw no ack in time (the bot was slow, or the ack was lost): it sends the event again.
      setTimeout(() => {
        this.redeliveries++;
        this.sendEnvelope(payload, { type: message.type, retry_attempt: message.retry_attempt + 1, retry_reason: "timeout" });
      }, extra.ackTimeoutMs ?? 20);
    }
    return envelope_id;
  }

  get openSockets(): number {
    return this.sockets.size;
  }

  /** Stop reading from the connected sockets: a peer that never answers the close frame. */
  stallSockets(): void {
    for (const ws of this.sockets) (ws as unknown as { _socket: { pause(): void } })._socket.pause();
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  private onSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    this.socketConnections.push(Date.now());
    ws.on("message", (data) => {
      try {
        this.acks.push(JSON.parse(String(data)) as SocketAck);
      } catch {
        /* not an ack */
      }
      this.notify();
    });
    ws.on("close", (code) => {
      this.sockets.delete(ws);
      this.socketCloses.push(code);
      this.notify();
    });
    ws.send(JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A1" }, debug_info: { host: "fake" } }));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? "/", this.origin).pathname;
    if (path.startsWith("/response/")) {
      this.responses.push({ id: path.slice("/response/".length), body: JSON.parse(raw || "{}") as Record<string, unknown> });
      return { status: 200, body: { ok: true } };
    }
    if (!path.startsWith("/api/")) return { status: 404, body: { ok: false, error: "unknown_path" } };

    const method = path.slice("/api/".length);
    const args = parseArgs(raw, req.headers["content-type"]);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? (args.token as string | undefined);
    const fault = this.faults.get(method)?.shift();
    const call: ApiCall = { method, args, token, ...(fault ? { fault } : {}) };
    this.calls.push(call);

    const delay = this.delays.get(method);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    call.respondedAt = Date.now();
    if (fault === "ratelimited") return { status: 429, body: { ok: false, error: "ratelimited" }, headers: { "retry-after": String(this.retryAfterSeconds) } };
    if (fault === "http_500") return { status: 500, body: { ok: false, error: "internal_error" } };
    if (fault) return { status: 200, body: { ok: false, error: fault } };

    switch (method) {
      case "auth.test":
        return token === BOT_TOKEN
          ? { status: 200, body: { ok: true, url: "https://fake.slack.com/", team: "Fake", user: "factdesk", team_id: "T1", user_id: BOT_USER_ID, bot_id: BOT_ID } }
          : { status: 200, body: { ok: false, error: "invalid_auth" } };
      case "apps.connections.open":
        return token === APP_TOKEN
          ? { status: 200, body: { ok: true, url: `${this.origin.replace("http", "ws")}/socket` } }
          : { status: 200, body: { ok: false, error: "invalid_auth" } };
      case "chat.postMessage": {
        const ts = `${++this.ts}.000100`;
        return { status: 200, body: { ok: true, channel: args.channel, ts, message: { text: args.text, ts, bot_id: BOT_ID } } };
      }
      case "chat.postEphemeral":
        return { status: 200, body: { ok: true, message_ts: `${++this.ts}.000200` } };
      default:
        return { status: 200, body: { ok: true } };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** The Web API client sends form fields, with objects (blocks) as JSON strings. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes("application/json")) return JSON.parse(raw || "{}") as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}
