/**
 * Tokens never appear in logs or errors, whatever fails: the Discord and Slack adapters run at
 * trace level through a rejected token, REST 500s, rate limits and an unreachable API, and every
 * captured log line and every error (inspected in depth, causes included) is searched for the
 * token values. (Crash output of `npm start` is checked in process.test.ts.)
 */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../adapters/discord/index.js";
import { createLogger } from "../../adapters/shared/logger.js";
import { registerSecret, scrubSecrets } from "../../adapters/shared/secrets.js";
import { createSlackAdapter } from "../../adapters/slack/adapter.js";
import { CONTRACT_NOW } from "../contract/adapter-contract.js";
import { factdesk } from "../discord/bot.js";
import { startFakeDiscord } from "../discord/fake-discord.js";
import { APP_TOKEN, BOT_ID, BOT_TOKEN, BOT_USER_ID, FakeSlack } from "../slack/fake-slack.js";
import { deliver, eventCallback, mention, SIGNING_SECRET } from "../slack/helpers.js";
import { delivered, LogCapture, sleep, startDiscord, startSlack, until } from "./harness.js";

const deep = (value: unknown) => inspect(value, { depth: 12, showHidden: true, getters: true });
const failure = async (promise: Promise<unknown>) => promise.then(() => new Error("expected a failure"), (err: unknown) => err);

describe("secrets never reach logs or errors", () => {
  it("Discord: a rejected token at start", async () => {
    const fake = await startFakeDiscord();
    const wrong = "wrong-discord-token.secret-part.0123456789";
    const logs = new LogCapture();
    const adapter = createDiscordAdapter({ token: wrong, applicationId: fake.applicationId, apiBase: fake.apiBase }, { factdesk: factdesk(), logger: createLogger({ level: "trace", destination: logs }) });
    try {
      const err = await failure(adapter.start());
      expect(deep(err)).not.toContain(wrong);
      expect(deep(err)).not.toContain("secret-part");
      expect(logs.text).not.toContain(wrong);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });

  it("Discord: REST 500s until it gives up, and 429s, at trace level", async () => {
    const rig = await startDiscord({ level: "trace" });
    try {
      for (let i = 0; i < 4; i++) rig.fake.failNextCallback(500);
      const first = rig.fake.command("fact", { question: "Who chaired the OSCE in 2010?" });
      await until(() => delivered(rig.fake, first.id).length === 1, 10_000, "the apology");
      rig.fake.failNextCallback(429, 0.05);
      const second = rig.fake.command("fact", { question: "Who chaired the OSCE in 2011?" });
      await until(() => delivered(rig.fake, second.id).length === 1, 10_000, "the answer");
      await sleep(50);
      expect(rig.logs.text).toContain("failed to answer; apologising"); // the failure was logged …
      expect(rig.logs.text).toContain("rate limited by Discord");
      expect(rig.logs.text).toContain('"level":20'); // … with discord.js's debug output
      expect(rig.logs.text).not.toContain(rig.fake.token);
      // Nor its secret part: discord.js's debug line shows the token's first two segments (the bot's
      // id and a timestamp, public) and masks the signature, the third.
      expect(rig.logs.text).toContain("Provided token:");
      expect(rig.logs.text).not.toContain(rig.fake.token.split(".").at(-1)!);
    } finally {
      await rig.stop();
    }
  });

  it("Slack: a bot token and an app token Slack rejects at start", async () => {
    const fake = await new FakeSlack().start();
    try {
      for (const config of [
        { mode: "socket" as const, botToken: "xoxb-revoked-bot-token-777", appToken: APP_TOKEN, apiUrl: fake.apiUrl },
        { mode: "socket" as const, botToken: BOT_TOKEN, appToken: "xapp-revoked-app-token-777", apiUrl: fake.apiUrl },
      ]) {
        const logs = new LogCapture();
        const adapter = createSlackAdapter(config, { factdesk: factdesk(), logger: createLogger({ level: "trace", destination: logs }) });
        const err = await failure(adapter.start());
        expect((err as Error).message).toMatch(/invalid_auth/);
        for (const token of [config.botToken, config.appToken]) {
          expect(deep(err)).not.toContain(token);
          expect(logs.text).not.toContain(token);
        }
      }
    } finally {
      await fake.stop();
    }
  });

  it("Slack: ratelimited, HTTP 500 and errors on every post, at debug level", async () => {
    const rig = await startSlack({ level: "debug", adapter: { channelIntervalMs: 0 } });
    rig.fake.retryAfterSeconds = 0;
    try {
      // Retried faults, then one Slack refuses outright (the user gets an apology instead).
      rig.fake.inject("chat.postMessage", "ratelimited", 2);
      rig.fake.inject("chat.postMessage", "http_500", 2);
      rig.fake.inject("chat.postMessage", "fatal_error", 1);
      for (const channel of ["CSEC1", "CSEC2", "CSEC3"]) rig.fake.sendEnvelope(eventCallback(mention("Who chaired the OSCE in 2010?", { channel })));
      await until(() => rig.fake.callsTo("chat.postMessage").length === 3, 10_000, "three replies (answers or an apology)");
      expect(rig.logs.text).toMatch(/rate limit/i);
      expect(rig.logs.text).toContain("failed to answer; apologising");
      for (const token of [BOT_TOKEN, APP_TOKEN]) expect(rig.logs.text).not.toContain(token);
    } finally {
      await rig.stop();
    }
  });

  it("Slack: an unreachable Web API (network errors carry the request) never leaks the token or the signing secret", async () => {
    const logs = new LogCapture();
    const adapter = createSlackAdapter(
      // HTTP mode: events arrive signed on our port; every Web API call goes nowhere (port 9, discard).
      { mode: "http", botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0, apiUrl: "http://127.0.0.1:9/api/" },
      { factdesk: factdesk(), now: () => CONTRACT_NOW, logger: createLogger({ level: "trace", destination: logs }) },
      { botUserId: BOT_USER_ID, botId: BOT_ID, clientOptions: { retryConfig: { retries: 0 }, timeout: 500 }, channelIntervalMs: 0 },
    );
    try {
      await adapter.start();
      const res = await deliver(`http://127.0.0.1:${adapter.port}/slack/events`, eventCallback(mention("Who chaired the OSCE in 2010?", { channel: "CNET" })));
      expect(res.status).toBe(200);
      await until(() => logs.text.includes("could not send the apology either"), 10_000, "the failure to be logged");
      expect(logs.text).toContain("failed to answer; apologising");
      for (const secret of [BOT_TOKEN, SIGNING_SECRET]) expect(logs.text).not.toContain(secret);
    } finally {
      await adapter.stop();
    }
  });

  it("the last line of defence: a registered secret is scrubbed wherever it hides in a log line", () => {
    const secret = "xoxb-hidden-in-a-cause-0123456789";
    registerSecret(secret);
    const logs = new LogCapture();
    const log = createLogger({ level: "info", destination: logs });
    const err = new Error(`request failed with ${secret}`, { cause: { config: { headers: { Authorization: `Bearer ${secret}` } }, url: `https://x/?token=${encodeURIComponent(secret)}` } });
    log.error({ err, nested: { deeper: { value: secret } } }, `message mentioning ${secret}`);
    expect(logs.text).toContain("request failed with [redacted]");
    expect(logs.text).not.toContain(secret);
    expect(scrubSecrets(`crash: ${secret}`)).toBe("crash: [redacted]");
    registerSecret("short"); // too short to be a token: never scrubbed (would mangle ordinary words)
    expect(scrubSecrets("a short note")).toBe("a short note");
  });
});

describe("per-request tokens in URLs", () => {
  it("scrubs Discord interaction and webhook tokens and Slack response URLs from any text", () => {
    const text = [
      "POST http://127.0.0.1:1/api/v10/interactions/1234567890/aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQ/callback?with_response=false",
      '"url":"https://discord.com/api/v10/webhooks/987654321/aW50ZXJhY3Rpb246c2Vjb25k/messages/@original"',
      "response_url=https://hooks.slack.com/commands/T0001/1234/SeCrEtHoOkToKeN",
    ].join("\n");
    const out = scrubSecrets(text);
    for (const secret of ["aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQ", "aW50ZXJhY3Rpb246c2Vjb25k", "SeCrEtHoOkToKeN"]) expect(out).not.toContain(secret);
    expect(out).toContain("/interactions/1234567890/[redacted]/callback");
    expect(out).toContain("/webhooks/987654321/[redacted]/messages/@original");
    expect(out).toContain("hooks.slack.com/[redacted]");
  });
});
