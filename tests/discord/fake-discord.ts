/**
 * A small fake Discord on 127.0.0.1 for driving the real discord.js client offline: the REST calls
 * the adapter and `register` make, and a JSON gateway (HELLO, IDENTIFY → READY, heartbeat ACK,
 * RESUME → RESUMED with replay, INTERACTION_CREATE dispatch). Faults can be injected on the
 * interaction callback (500 once, 429 + Retry-After once), on edits of the original reply, as a
 * delay before REST answers (a slow Discord), and on the socket (close, drop).
 *
 * Shapes follow Discord API v10 and the traps measured with discord.js 14.28: READY lists no
 * guilds (else the client waits 15 s for GUILD_CREATE), every heartbeat is ACKed (else it
 * reconnects in a loop that destroy() does not stop), interactions carry `entitlements` and
 * `authorizing_integration_owners` (else discord.js throws inside its handler), the callback is
 * POSTed with ?with_response=false and answered 204, and `@original` arrives URL-encoded.
 */
import { EventEmitter, once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, WebSocket } from "ws";

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A snowflake for `at` (ms since the Unix epoch): Discord derives createdTimestamp from it. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) % 4096n;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export const InteractionType = { ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4, ModalSubmit: 5 } as const;
export const CallbackType = { ChannelMessage: 4, DeferredChannelMessage: 5, AutocompleteResult: 8, Modal: 9 } as const;
export const OptionType = { String: 3, Boolean: 5 } as const;

export interface RecordedRequest {
  method: string;
  /** Decoded path without the /api/v10 prefix, e.g. "/webhooks/1/tok/messages/@original". */
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  /** The status the fake answered with. */
  status: number;
}

/** One reply-carrying request for an interaction: callback, follow-up or edit of @original. */
export interface ReplyRequest {
  kind: "callback" | "followup" | "edit";
  status: number;
  body: any;
}

export interface DispatchedInteraction {
  id: string;
  token: string;
}

interface Fault {
  status: 500 | 429;
  retryAfterSeconds?: number;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  /** Sent in HELLO. Short enough that heartbeats (and their ACKs) really happen during tests. */
  heartbeatIntervalMs?: number;
  /** Recommended shard count and identify concurrency returned by GET /gateway/bot. */
  shards?: number;
  maxConcurrency?: number;
}

export class FakeDiscord extends EventEmitter {
  readonly token: string;
  readonly applicationId: string;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly userId = snowflake();
  readonly requests: RecordedRequest[] = [];
  /** Deployed commands: "global" or a guild id → what GET returns. */
  readonly deployed = new Map<string, any[]>();
  readonly gateway = { identifies: 0, resumes: 0, heartbeats: 0, connections: 0 };

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly heartbeatIntervalMs: number;
  private readonly shards: number;
  private readonly maxConcurrency: number;
  private port = 0;
  private readonly faults: Fault[] = [];
  private readonly editFaults: Fault[] = [];
  /** Milliseconds every interaction callback and webhook request waits before it is answered. */
  replyDelayMs = 0;
  private readonly replies = new Map<string, ReplyRequest[]>();
  private readonly tokens = new Map<string, string>(); // interaction token → id
  private socket: WebSocket | null = null;
  /**
   * `sent`: the latest dispatches, kept as Discord keeps them so that a RESUME replays what the client
   * never read. A client that declares the connection a zombie (a heartbeat ACK late on a loaded
   * machine) closes it with dispatches still unread in its socket; without the replay they were lost.
   */
  private session: { id: string; seq: number; ready: boolean; backlog: Array<{ t: string; d: unknown }>; sent: Array<{ s: number; t: string; d: unknown }> } | null = null;

  constructor(options: FakeDiscordOptions = {}) {
    super();
    this.token = options.token ?? "fake-bot-token.not-a-secret.0123456789";
    this.applicationId = options.applicationId ?? snowflake();
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 1_000;
    this.shards = options.shards ?? 1;
    this.maxConcurrency = options.maxConcurrency ?? 1;
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on("upgrade", (req, socket, head) => {
      if (!req.url?.startsWith("/gateway")) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGateway(ws));
    });
  }

  async listen(): Promise<this> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** What DISCORD_API_BASE should be to reach this fake. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Gateway sockets still open (0 once every client has disconnected). */
  get openConnections(): number {
    return [...this.wss.clients].filter((ws) => ws.readyState === WebSocket.OPEN).length;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return { DISCORD_TOKEN: this.token, DISCORD_APPLICATION_ID: this.applicationId, DISCORD_API_BASE: this.apiBase, ...extra };
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.removeAllListeners();
  }

  // ---- fault injection ------------------------------------------------------------------------

  /** The next interaction callback gets this error instead of 204 (once per call). */
  failNextCallback(status: 500 | 429, retryAfterSeconds = 0.05): void {
    this.faults.push({ status, retryAfterSeconds });
  }

  /** The next edit of an original reply (PATCH @original) gets this error (once per call). */
  failNextEdit(status: 500 | 429, retryAfterSeconds = 0.05): void {
    this.editFaults.push({ status, retryAfterSeconds });
  }

  /** Forget recorded requests and finished interactions (between load rounds, to measure the bot's memory, not ours). */
  clearRecords(): void {
    this.requests.length = 0;
    this.replies.clear();
    this.tokens.clear();
  }

  /** Close the gateway socket from the server side. 4000 ("unknown error") invites a resume. */
  closeGateway(code = 4000): void {
    this.socket?.close(code, "fake Discord closed the socket");
  }

  /** Drop the TCP connection without a close frame, as a network failure would. */
  dropGateway(): void {
    this.socket?.terminate();
  }

  // ---- interactions ---------------------------------------------------------------------------

  /** Send an INTERACTION_CREATE (queued for replay if the client is disconnected, as Discord does). */
  dispatchInteraction(type: number, data: Record<string, unknown>, options: { createdAt?: number; userId?: string; message?: Record<string, unknown> } = {}): DispatchedInteraction {
    const id = snowflake(options.createdAt);
    const token = `itoken-${id}`;
    this.tokens.set(token, id);
    this.replies.set(id, []);
    const user = { id: options.userId ?? this.userId, username: "reporter", discriminator: "0", global_name: "Reporter", avatar: null };
    this.dispatch("INTERACTION_CREATE", {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      guild_id: this.guildId,
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: "newsroom" },
      member: { user, roles: [], permissions: "0", joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null },
      locale: "en-GB",
      guild_locale: "en-US",
      app_permissions: "0",
      entitlements: [],
      authorizing_integration_owners: { "0": this.guildId },
      context: 0,
      attachment_size_limit: 8_388_608,
      data: { id: snowflake(), type: 1, ...data },
      ...(options.message ? { message: options.message } : {}),
    });
    return { id, token };
  }

  /** A click on a button (custom_id) under a message the bot sent with `reply` (its callback body). */
  clickButton(customId: string, reply: ReplyRequest): DispatchedInteraction {
    const sent = reply.body?.data ?? reply.body ?? {};
    const message = {
      id: snowflake(),
      channel_id: this.channelId,
      author: { id: this.applicationId, username: "factdesk", discriminator: "0", global_name: null, avatar: null, bot: true },
      content: sent.content ?? "",
      embeds: sent.embeds ?? [],
      components: sent.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: 0,
      flags: sent.flags ?? 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
    };
    return this.dispatchInteraction(InteractionType.MessageComponent, { custom_id: customId, component_type: 2 }, { message });
  }

  /** The user submitting the modal `customId` with its text inputs (custom_id → value). */
  submitModal(customId: string, inputs: Record<string, string>): DispatchedInteraction {
    const components = Object.entries(inputs).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] }));
    return this.dispatchInteraction(InteractionType.ModalSubmit, { custom_id: customId, components });
  }

  /** /name with options, e.g. command("fact", { question: "…", private: true }). */
  command(name: string, options: Record<string, string | boolean> = {}, extra: { createdAt?: number; userId?: string } = {}): DispatchedInteraction {
    const opts = Object.entries(options).map(([optionName, value]) => ({
      name: optionName,
      type: typeof value === "boolean" ? OptionType.Boolean : OptionType.String,
      value,
    }));
    return this.dispatchInteraction(InteractionType.ApplicationCommand, { name, options: opts }, extra);
  }

  /** The user typing `value` into /fact's question option. */
  autocomplete(value: string): DispatchedInteraction {
    return this.dispatchInteraction(InteractionType.Autocomplete, {
      name: "fact",
      options: [{ name: "question", type: OptionType.String, value, focused: true }],
    });
  }

  /** Every reply-carrying request for an interaction, failed ones included. */
  repliesTo(id: string): ReplyRequest[] {
    return this.replies.get(id) ?? [];
  }

  /** Resolves with the message the user sees once the interaction has been answered successfully. */
  async waitForReply(id: string, timeoutMs = 5_000): Promise<ReplyRequest> {
    const delivered = () =>
      this.repliesTo(id).find(
        (r) => r.status < 300 && (r.kind !== "callback" || r.body?.type !== CallbackType.DeferredChannelMessage),
      );
    const found = delivered();
    if (found) return found;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off("reply", onReply);
        reject(new Error(`no reply to interaction ${id} within ${timeoutMs} ms; got ${JSON.stringify(this.repliesTo(id))}`));
      }, timeoutMs);
      const onReply = (replyTo: string) => {
        const reply = replyTo === id ? delivered() : undefined;
        if (!reply) return;
        clearTimeout(timer);
        this.off("reply", onReply);
        resolve(reply);
      };
      this.on("reply", onReply);
    });
  }

  // ---- gateway --------------------------------------------------------------------------------

  private send(ws: WebSocket, payload: unknown): void {
    if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify(payload));
  }

  private dispatch(t: string, d: unknown): void {
    const session = this.session;
    if (session && session.ready && this.socket?.readyState === WebSocket.OPEN) {
      const s = ++session.seq;
      remember(session.sent, { s, t, d });
      this.send(this.socket, { op: 0, t, s, d });
    } else if (session) {
      session.backlog.push({ t, d });
    } else {
      throw new Error(`cannot dispatch ${t}: no client has identified yet`);
    }
  }

  private onGateway(ws: WebSocket): void {
    this.gateway.connections++;
    this.send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
    ws.on("message", (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: any };
      switch (payload.op) {
        case 1: // heartbeat: always ACK, or discord.js declares the connection a zombie
          this.gateway.heartbeats++;
          this.send(ws, { op: 11 });
          break;
        case 2: // IDENTIFY
          if (payload.d?.token !== this.token) return ws.close(4004, "Authentication failed");
          this.gateway.identifies++;
          this.socket = ws;
          this.session = { id: `session-${snowflake()}`, seq: 0, ready: true, backlog: [], sent: [] };
          this.send(ws, {
            op: 0,
            t: "READY",
            s: ++this.session.seq,
            d: {
              v: 10,
              user: { id: this.applicationId, username: "factdesk", discriminator: "0", global_name: null, avatar: null, bot: true },
              guilds: [], // listing guilds makes discord.js wait up to 15 s for their GUILD_CREATE
              session_id: this.session.id,
              resume_gateway_url: this.gatewayUrl,
              shard: payload.d.shard ?? [0, 1],
              application: { id: this.applicationId, flags: 0 },
            },
          });
          this.emit("identify", payload.d);
          break;
        case 6: {
          // RESUME: replay what was missed, then RESUMED
          const session = this.session;
          if (!session || payload.d?.session_id !== session.id || payload.d?.token !== this.token) {
            this.send(ws, { op: 9, d: false });
            return;
          }
          this.gateway.resumes++;
          this.socket = ws;
          // What the client read last is its `seq`: everything after it again, then what was never sent.
          const lastRead = typeof payload.d?.seq === "number" ? payload.d.seq : 0;
          for (const event of session.sent) if (event.s > lastRead) this.send(ws, { op: 0, t: event.t, s: event.s, d: event.d });
          for (const event of session.backlog.splice(0)) {
            const s = ++session.seq;
            remember(session.sent, { s, t: event.t, d: event.d });
            this.send(ws, { op: 0, t: event.t, s, d: event.d });
          }
          this.send(ws, { op: 0, t: "RESUMED", s: ++session.seq, d: {} });
          session.ready = true;
          this.emit("resume", payload.d);
          break;
        }
      }
    });
    ws.on("close", () => {
      if (this.socket === ws) {
        this.socket = null;
        if (this.session) this.session.ready = false;
      }
    });
  }

  // ---- REST -----------------------------------------------------------------------------------

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname
      .replace(/^\/api\/v10/, "")
      .split("/")
      .map((segment) => decodeURIComponent(segment))
      .join("/");
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path,
      query: url.searchParams,
      body: text && req.headers["content-type"]?.includes("json") ? JSON.parse(text) : text,
      authorization: req.headers.authorization,
      status: 0,
    };
    this.requests.push(record);
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const authorised = () => record.authorization === `Bot ${this.token}`;
    const m = (pattern: RegExp) => pattern.exec(`${record.method} ${path}`);
    let match: RegExpExecArray | null;
    if (this.replyDelayMs > 0 && /^\/(interactions|webhooks)\//.test(path)) await new Promise((resolve) => setTimeout(resolve, this.replyDelayMs));

    if ((match = m(/^POST \/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const [, id = "", token = ""] = match;
      if (this.tokens.get(token) !== id) return reply(404, { message: "Unknown interaction", code: 10062 });
      // discord.js sends ?with_response=false for replies and nothing for autocomplete: both mean 204.
      if (url.searchParams.get("with_response") === "true") {
        this.recordReply(id, "callback", 400, record.body);
        return reply(400, { message: "this fake only answers with_response=false" });
      }
      const fault = this.faults.shift();
      if (fault?.status === 500) {
        this.recordReply(id, "callback", 500, record.body);
        return reply(500, { message: "500: Internal Server Error", code: 0 });
      }
      if (fault?.status === 429) {
        const retryAfter = String(fault.retryAfterSeconds ?? 0.05);
        this.recordReply(id, "callback", 429, record.body);
        const body = { message: "You are being rate limited.", retry_after: Number(retryAfter), global: false };
        return reply(429, body, { "retry-after": retryAfter, "x-ratelimit-scope": "user" });
      }
      if (this.repliesTo(id).some((r) => r.kind === "callback" && r.status < 300)) {
        this.recordReply(id, "callback", 400, record.body);
        return reply(400, { message: "Interaction has already been acknowledged.", code: 40060 });
      }
      this.recordReply(id, "callback", 204, record.body);
      reply(204);
      return;
    }
    if ((match = m(/^(PATCH|POST) \/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/))) {
      const [, method, appId, token = "", messageId] = match;
      const id = this.tokens.get(token);
      if (appId !== this.applicationId || !id) return reply(404, { message: "Unknown Webhook", code: 10015 });
      const kind = method === "PATCH" ? "edit" : "followup";
      if (kind === "edit" && messageId !== "@original") return reply(404, { message: "Unknown Message", code: 10008 });
      const fault = kind === "edit" ? this.editFaults.shift() : undefined;
      if (fault) {
        this.recordReply(id, kind, fault.status, record.body);
        if (fault.status === 500) return reply(500, { message: "500: Internal Server Error", code: 0 });
        const retryAfter = String(fault.retryAfterSeconds ?? 0.05);
        return reply(429, { message: "You are being rate limited.", retry_after: Number(retryAfter), global: false }, { "retry-after": retryAfter, "x-ratelimit-scope": "user" });
      }
      this.recordReply(id, kind, 200, record.body);
      return reply(200, this.message(record.body));
    }
    if ((match = m(/^GET \/gateway\/bot$/))) {
      if (!authorised()) return reply(401, { message: "401: Unauthorized", code: 0 });
      return reply(200, {
        url: this.gatewayUrl,
        shards: this.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: this.maxConcurrency },
      });
    }
    if ((match = m(/^(GET|PUT) \/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      const [, method, appId, guildId] = match;
      if (!authorised()) return reply(401, { message: "401: Unauthorized", code: 0 });
      if (appId !== this.applicationId) return reply(403, { message: "Missing Access", code: 50001 });
      const scope = guildId ?? "global";
      if (method === "PUT") this.deployed.set(scope, (record.body as any[]).map((c) => this.storeCommand(c, guildId)));
      return reply(200, this.deployed.get(scope) ?? []);
    }
    reply(404, { message: `fake Discord has no route ${record.method} ${path}`, code: 0 });
  }

  private recordReply(id: string, kind: ReplyRequest["kind"], status: number, body: unknown): void {
    this.replies.get(id)?.push({ kind, status, body });
    this.emit("reply", id);
  }

  private message(body: any): unknown {
    return {
      id: snowflake(),
      type: 20,
      channel_id: this.channelId,
      content: body?.content ?? "",
      embeds: body?.embeds ?? [],
      author: { id: this.applicationId, username: "factdesk", discriminator: "0", avatar: null, bot: true },
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: body?.flags ?? 0,
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      components: [],
      webhook_id: this.applicationId,
      application_id: this.applicationId,
    };
  }

  /** What Discord stores and returns: ids and defaults added, `required: false` dropped. */
  private storeCommand(command: any, guildId: string | undefined): unknown {
    const existing = this.deployed.get(guildId ?? "global")?.find((c) => c.name === command.name);
    const options = (command.options ?? []).map(({ required, ...option }: any) => (required ? { ...option, required } : option));
    return {
      id: existing?.id ?? snowflake(),
      application_id: this.applicationId,
      version: snowflake(),
      ...(guildId ? { guild_id: guildId } : {}),
      type: 1,
      default_member_permissions: null,
      dm_permission: true,
      nsfw: false,
      integration_types: [0],
      contexts: null,
      ...command,
      ...(options.length ? { options } : {}),
    };
  }
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).listen();
}

/** What a user sees in a reply body, flattened the way the shared contract wants it. */
export function renderedText(body: any): { visibleText: string; links: string[]; canPing: boolean; flags: number } {
  const message = body?.data ?? body ?? {};
  const parts: string[] = [message.content ?? ""];
  for (const embed of message.embeds ?? []) {
    parts.push(embed.author?.name, embed.title, embed.description);
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
    parts.push(embed.footer?.text);
  }
  const visibleText = parts.filter(Boolean).join("\n");
  const links = [
    ...(message.embeds ?? []).map((embed: any) => embed.url).filter(Boolean),
    ...[...visibleText.matchAll(/https?:\/\/[^\s)<>]+/g)].map((match) => match[0]),
  ];
  const mentions = message.allowed_mentions;
  const canPing = !(Array.isArray(mentions?.parse) && mentions.parse.length === 0 && !mentions.users?.length && !mentions.roles?.length);
  return { visibleText, links, canPing, flags: message.flags ?? 0 };
}

/** How many recent dispatches a session keeps for a RESUME (bounded: the load test checks memory stays flat). */
const RESUME_BUFFER = 1_024;

function remember(sent: Array<{ s: number; t: string; d: unknown }>, event: { s: number; t: string; d: unknown }): void {
  sent.push(event);
  if (sent.length > RESUME_BUFFER) sent.splice(0, sent.length - RESUME_BUFFER);
}
