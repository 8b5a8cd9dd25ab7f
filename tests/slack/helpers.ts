/**
 * What the Slack tests share: Slack-shaped payloads, request signing as Slack does it, starting
 * the adapter against the fake, and reading a posted message the way a user would see it.
 */
import { createHmac } from "node:crypto";
import { Writable } from "node:stream";
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from "../../adapters/slack/adapter.js";
import type { SlackConfig } from "../../adapters/slack/config.js";
import { createLogger } from "../../adapters/shared/logger.js";
import type { QuestionPath } from "../../adapters/shared/question-path.js";
import { loadFactdesk, type Factdesk } from "../../src/index.js";
import { CONTRACT_NOW } from "../contract/adapter-contract.js";
import { APP_TOKEN, BOT_ID, BOT_TOKEN, BOT_USER_ID, type FakeSlack } from "./fake-slack.js";

export const SIGNING_SECRET = "fake-signing-secret-0123456789abcdef";
/** Short retries so a fault costs milliseconds, not the production back-off. */
export const TEST_CLIENT_OPTIONS = { retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 50 }, timeout: 5_000 };

let factdesk: Factdesk | undefined;
export const sharedFactdesk = (): Factdesk => (factdesk ??= loadFactdesk());

/** Log lines, captured so tests can check that errors are logged and secrets never are. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    this.lines.push(...String(chunk).split("\n").filter(Boolean));
    done();
  }
  get text(): string {
    return this.lines.join("\n");
  }
}

export interface Running {
  adapter: SlackAdapter;
  /** The Events API endpoint (HTTP mode). */
  url: string;
  logs: LogCapture;
}

export interface StartOptions extends SlackAdapterOptions {
  factdesk?: Factdesk;
  /** The shared question path (e.g. with a flag log); the adapter builds a plain one otherwise. */
  path?: QuestionPath;
  config?: Partial<SlackConfig>;
}

export async function startAdapter(fake: FakeSlack, mode: "http" | "socket", options: StartOptions = {}): Promise<Running> {
  const { factdesk: fd = sharedFactdesk(), config: override, path, ...adapterOptions } = options;
  const config = {
    ...(mode === "http"
      ? { mode, botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl }
      : { mode, botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: fake.apiUrl }),
    ...override,
  } as SlackConfig;
  const logs = new LogCapture();
  const adapter = createSlackAdapter(
    config,
    { factdesk: fd, now: () => CONTRACT_NOW, logger: createLogger({ level: "debug", destination: logs }), ...(path ? { path } : {}) },
    { clientOptions: TEST_CLIENT_OPTIONS, ...adapterOptions },
  );
  try {
    await adapter.start();
  } catch (err) {
    throw Object.assign(err as Error, { logs });
  }
  return { adapter, url: `http://127.0.0.1:${adapter.port}/slack/events`, logs };
}

/** Skip auth.test: the bot identity as the fake knows it. */
export const KNOWN_BOT = { botUserId: BOT_USER_ID, botId: BOT_ID };

// ---- Slack payloads -------------------------------------------------------------------------

let seq = 0;
export const nextTs = (): string => `1767000000.${String(++seq).padStart(6, "0")}`;
export const nextEventId = (): string => `Ev${String(++seq).padStart(8, "0")}`;

export function eventCallback(event: Record<string, unknown>, eventId = nextEventId()): Record<string, unknown> {
  return {
    token: "legacy-verification-token",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: eventId,
    event_time: 1767000000,
    authorizations: [{ team_id: "T1", user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    event,
  };
}

export function mention(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = nextTs();
  return { type: "app_mention", user: "UASKER", text: `<@${BOT_USER_ID}> ${text}`, ts, event_ts: ts, channel: "CNEWS", ...extra };
}

export function directMessage(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = nextTs();
  return { type: "message", channel_type: "im", user: "UASKER", text, ts, event_ts: ts, channel: "DASKER", ...extra };
}

export function slashCommand(text: string, responseUrl: string): URLSearchParams {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T1",
    team_domain: "fake",
    channel_id: "CNEWS",
    channel_name: "newsroom",
    user_id: "UASKER",
    user_name: "asker",
    command: "/fact",
    text,
    api_app_id: "A1",
    response_url: responseUrl,
    trigger_id: "1.2.3",
  });
}

/** A click on the "Wrong or outdated?" button carrying `value` (the answer's flag id). */
export function flagClick(value: string, channel = "CNEWS"): URLSearchParams {
  const payload = {
    type: "block_actions",
    token: "legacy-verification-token",
    api_app_id: "A1",
    team: { id: "T1", domain: "fake" },
    user: { id: "UASKER", username: "asker", team_id: "T1" },
    container: { type: "message", message_ts: "1767000000.000001", channel_id: channel, is_ephemeral: false },
    channel: { id: channel, name: "newsroom" },
    trigger_id: "4.5.6",
    actions: [{ type: "button", action_id: "factdesk_flag", block_id: "b2", value, text: { type: "plain_text", text: "Wrong or outdated?" }, action_ts: "1767000002.000001" }],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) });
}

/** Submitting the flag modal (callback_id factdesk_flag_note) with its metadata and note. */
export function flagSubmission(privateMetadata: string, note: string | null): URLSearchParams {
  const payload = {
    type: "view_submission",
    token: "legacy-verification-token",
    api_app_id: "A1",
    team: { id: "T1", domain: "fake" },
    user: { id: "UASKER", username: "asker", team_id: "T1" },
    trigger_id: "7.8.9",
    view: {
      id: "VFLAG1",
      team_id: "T1",
      type: "modal",
      callback_id: "factdesk_flag_note",
      private_metadata: privateMetadata,
      hash: "1767000003.abc",
      state: { values: { note: { note_input: { type: "plain_text_input", value: note } } } },
    },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) });
}

export function buttonClick(value: string, responseUrl: string, channel = "CNEWS"): URLSearchParams {
  const payload = {
    type: "block_actions",
    token: "legacy-verification-token",
    api_app_id: "A1",
    team: { id: "T1", domain: "fake" },
    user: { id: "UASKER", username: "asker", team_id: "T1" },
    container: { type: "message", message_ts: "1767000000.000001", channel_id: channel, is_ephemeral: true },
    channel: { id: channel, name: "newsroom" },
    trigger_id: "1.2.3",
    response_url: responseUrl,
    actions: [
      { type: "button", action_id: "factdesk_share", block_id: "b1", value, text: { type: "plain_text", text: "Share in channel" }, action_ts: "1767000001.000001" },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) });
}

// ---- Signed delivery, as Slack does it --------------------------------------------------------

export interface Delivery {
  /** Seconds since the epoch in X-Slack-Request-Timestamp (default: now). */
  timestamp?: number;
  /** `false`: no signature headers at all; a string: this signature instead of the right one. */
  signature?: false | string;
  secret?: string;
  retryNum?: number;
  retryReason?: string;
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** POSTs a JSON (Events API) or form (commands, actions) body, signed like Slack signs it. */
export async function deliver(url: string, payload: Record<string, unknown> | URLSearchParams, d: Delivery = {}): Promise<{ status: number; body: string; ms: number }> {
  const isForm = payload instanceof URLSearchParams;
  const body = isForm ? payload.toString() : JSON.stringify(payload);
  const timestamp = d.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { "content-type": isForm ? "application/x-www-form-urlencoded" : "application/json" };
  if (d.signature !== false) {
    headers["x-slack-request-timestamp"] = String(timestamp);
    headers["x-slack-signature"] = d.signature ?? sign(body, timestamp, d.secret);
  }
  if (d.retryNum !== undefined) headers["x-slack-retry-num"] = String(d.retryNum);
  if (d.retryReason !== undefined) headers["x-slack-retry-reason"] = d.retryReason;
  const started = Date.now();
  const res = await fetch(url, { method: "POST", headers, body });
  return { status: res.status, body: await res.text(), ms: Date.now() - started };
}

// ---- Reading a posted message like a user -----------------------------------------------------

interface TextObject {
  type: string;
  text: string;
}

/** Every text object in the blocks (sections, context elements, buttons …). */
export function blockTexts(blocks: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const t = node as Partial<TextObject>;
    if ((t.type === "mrkdwn" || t.type === "plain_text") && typeof t.text === "string") out.push(t.text);
    for (const value of Object.values(node)) if (typeof value === "object") walk(value);
  };
  walk(blocks);
  return out;
}

const decode = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** What the user reads: links show their titles, entities are decoded. */
export function visibleText(message: { text?: unknown; blocks?: unknown }): string {
  const raw = [typeof message.text === "string" ? message.text : "", ...blockTexts(message.blocks)].join("\n");
  return decode(raw.replace(/<(https?:[^|>]+)\|([^>]*)>/g, "$2"));
}

export function links(message: { blocks?: unknown }): string[] {
  return blockTexts(message.blocks).flatMap((t) => [...t.matchAll(/<(https?:[^|>]+)(?:\|[^>]*)?>/g)].map((m) => decode(m[1]!)));
}

/** Live mention syntax Slack would turn into a notification. */
export const LIVE_MENTION = /<!(?:channel|here|everyone)(?:\|[^>]*)?>|<@[UW][A-Z0-9]*(?:\|[^>]*)?>|<!subteam\^[^>]*>/;

export function canPing(args: Record<string, unknown>): boolean {
  const linkNames = args.link_names;
  if (linkNames === true || linkNames === "true" || linkNames === "1" || linkNames === 1) return true;
  const texts = [typeof args.text === "string" ? args.text : "", ...blockTexts(args.blocks)];
  return texts.some((t) => LIVE_MENTION.test(t));
}

/** The real core, recording each question it is asked; a question containing "explode-core" throws. */
export function recordingFactdesk(inner: Factdesk = sharedFactdesk()): Factdesk & { questions: string[] } {
  const questions: string[] = [];
  return {
    questions,
    answer(question, options) {
      questions.push(question);
      if (question.includes("explode-core")) throw new Error("the core failed (test)");
      return inner.answer(question, options);
    },
    help: () => inner.help(),
    complete: (prefix, options) => inner.complete(prefix, options),
    get stats() {
      return inner.stats;
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
