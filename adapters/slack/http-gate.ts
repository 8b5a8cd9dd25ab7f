/**
 * What a request to the Events endpoint must show before Bolt sees it, checked as cheaply as
 * possible so that hostile traffic costs next to nothing:
 *
 * 1. headers first, before a byte of the body is read: a signature and a timestamp within five
 *    minutes of now, past *or future* (Bolt only refuses old ones); a declared body over the limit;
 * 2. the body, read up to the limit (Slack's payloads are far smaller than Bolt's 4 MB default);
 * 3. the signature (HMAC of the body with the signing secret);
 * 4. replays: the same signed request delivered again within the replay window is acknowledged
 *    and dropped (a slash command or a button click must not be answered twice). Slack's own
 *    retries of events carry X-Slack-Retry-Num and are left to the event claims (adapter.ts, state/deduplicator.ts).
 *
 * A refused request is answered at once and its connection closed, so a flood of unsigned bodies
 * neither buffers nor holds anything.
 */
import type { IncomingMessage } from "node:http";
import { HTTPModuleFunctions, isValidSlackRequest } from "@slack/bolt";
import type { Logger } from "../shared/logger.js";
import type { SeenStore } from "../shared/seen-store.js";

/** Slack's replay window: requests stamped further than this from now, either way, are refused. */
export const REPLAY_WINDOW_S = 5 * 60;

export interface GateOptions {
  signingSecret: string;
  bodyLimitBytes: number;
  seen: SeenStore;
  log: Logger;
  /** Seconds since the epoch (tests move it). */
  nowSeconds?: () => number;
}

export type Verdict = { pass: true } | { pass: false; status: number; reason: string };

/** Checks a request; on `pass` its body is buffered on the request (req.rawBody) for Bolt. */
export function createSlackGate(options: GateOptions): (req: IncomingMessage) => Promise<Verdict> {
  const { signingSecret, bodyLimitBytes, seen } = options;
  const nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const refuse = (status: number, reason: string): Verdict => ({ pass: false, status, reason });

  return async (req) => {
    const signature = req.headers["x-slack-signature"];
    const stamp = req.headers["x-slack-request-timestamp"];
    if (typeof signature !== "string" || typeof stamp !== "string" || !/^\d{1,12}$/.test(stamp)) return refuse(401, "unsigned");
    if (Math.abs(nowSeconds() - Number(stamp)) > REPLAY_WINDOW_S) return refuse(401, "timestamp outside the replay window");
    if (Number(req.headers["content-length"] ?? 0) > bodyLimitBytes) return refuse(413, "body over the limit");
    let body: string;
    try {
      body = (await HTTPModuleFunctions.bufferIncomingMessage(req, bodyLimitBytes)).rawBody.toString();
    } catch (err) {
      return HTTPModuleFunctions.isRawBodyError(err) && err.type === "entity.too.large" ? refuse(413, "body over the limit") : refuse(400, "unreadable body");
    }
    const valid = isValidSlackRequest({
      signingSecret,
      body,
      headers: { "x-slack-signature": signature, "x-slack-request-timestamp": Number(stamp) },
      nowMilliseconds: nowSeconds() * 1000,
    });
    if (!valid) return refuse(401, "bad signature");
    // A request can be replayed until its timestamp leaves the window: at most two windows from now.
    if (req.headers["x-slack-retry-num"] === undefined && !(await seen.firstSeen(`slack:request:${signature}`, 2 * REPLAY_WINDOW_S * 1000)))
      return refuse(200, "replayed request");
    return { pass: true };
  };
}
