/**
 * `npm start` as a process (dist/adapters/main.js) against the fake Discord and Slack: it answers on
 * both; SIGTERM (and SIGINT) close the gateway and the socket, let the replies in flight finish, and
 * exit 0 within the bound; a token the platform rejects at start is a clear fatal message and exit 1;
 * a bad setting is exit 2. No token ever appears in what the process prints.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeDiscord, type FakeDiscord } from "../discord/fake-discord.js";
import { APP_TOKEN, BOT_TOKEN, FakeSlack } from "../slack/fake-slack.js";
import { eventCallback, mention } from "../slack/helpers.js";
import { delivered, until } from "./harness.js";

const MAIN = "dist/adapters/main.js";
const SHUTDOWN_MS = 4_000;
const dir = mkdtempSync(join(tmpdir(), "factdesk-process-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; at: number }>;
}

function start(env: Record<string, string>): Running {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? "", TZ: "UTC", LOG_LEVEL: "info", FACTDESK_SHUTDOWN_MS: String(SHUTDOWN_MS), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = once(child, "exit").then(([code]) => ({ code: code as number | null, at: Date.now() }));
  return { child, output: () => output, exited };
}

function slackEnv(fake: FakeSlack, botToken = BOT_TOKEN): Record<string, string> {
  return { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl };
}

describe.skipIf(!existsSync(MAIN))("npm start as a process", () => {
  it("answers on Discord and Slack; SIGTERM closes both connections, finishes the replies in flight, exits 0", async () => {
    const discord = await startFakeDiscord();
    const slack = await new FakeSlack().start();
    const gaps = join(dir, "gaps.jsonl");
    const bot = start({ ...(discord.env() as Record<string, string>), ...slackEnv(slack), FACTDESK_GAPS_LOG: gaps });
    try {
      await until(() => bot.output().includes("factdesk is answering"), 15_000, `the bot to start:\n${bot.output()}`);
      expect(discord.openConnections).toBe(1);
      expect(slack.openSockets).toBe(1);

      // It answers on both, and logs what it could not answer.
      const known = discord.command("fact", { question: "Who chaired the OSCE in 2010?" });
      await discord.waitForReply(known.id);
      slack.sendEnvelope(eventCallback(mention("What's the weather in Almaty?", { channel: "CPROC" })));
      await until(() => slack.callsTo("chat.postMessage").length === 1, 5_000, "the Slack reply");
      await until(() => existsSync(gaps) && readFileSync(gaps, "utf8").includes("weather"), 5_000, "the gaps log line");

      // Replies in flight: both platforms are slow to accept them.
      discord.replyDelayMs = 800;
      slack.delays.set("chat.postMessage", 800);
      let discordReplied = 0;
      discord.on("reply", () => (discordReplied = Date.now()));
      const inFlight = discord.command("fact", { question: "Who chaired the OSCE in 2011?" });
      slack.sendEnvelope(eventCallback(mention("Who chaired the OSCE in 2012?", { channel: "CFLIGHT" })));
      await until(
        () => discord.requests.some((r) => r.path.includes(inFlight.id)) && slack.calls.some((c) => c.method === "chat.postMessage" && c.args.channel === "CFLIGHT"),
        5_000,
        "both replies to be on their way",
      );
      const sent = Date.now();
      bot.child.kill("SIGTERM");
      const { code, at } = await bot.exited;

      expect(code).toBe(0);
      expect(at - sent).toBeLessThan(SHUTDOWN_MS);
      // Both in-flight replies were delivered, once, before the process exited.
      expect(delivered(discord, inFlight.id)).toHaveLength(1);
      expect(discordReplied).toBeLessThanOrEqual(at);
      const flight = slack.callsTo("chat.postMessage").filter((c) => c.args.channel === "CFLIGHT");
      expect(flight).toHaveLength(1);
      expect(flight[0]!.respondedAt).toBeLessThanOrEqual(at);
      expect(discordReplied - sent).toBeGreaterThan(500); // they really were in flight at SIGTERM
      expect(bot.output()).toMatch(/"msg":"shutting down[^"]*".*"signal":"SIGTERM"|"signal":"SIGTERM".*"msg":"shutting down/);
      expect(bot.output()).toContain("discord adapter stopped");
      expect(bot.output()).toContain("slack: stopped");
      // Connections closed cleanly: no gateway socket left, Slack's closed with a normal closure.
      await until(() => discord.openConnections === 0 && slack.openSockets === 0, 2_000, "the connections to close");
      expect(slack.socketCloses).toContain(1000);
      for (const token of [discord.token, BOT_TOKEN, APP_TOKEN]) expect(bot.output()).not.toContain(token);
      // The gaps log was flushed and holds the unanswered question, not who asked it.
      const lines = readFileSync(gaps, "utf8").trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines).toEqual([{ time: expect.any(String), platform: "slack", question: "What's the weather in Almaty?" }]);
    } finally {
      bot.child.kill("SIGKILL");
      await discord.close();
      await slack.stop();
    }
  }, 40_000);

  it("SIGINT stops it the same way (exit 0, socket closed normally)", async () => {
    const slack = await new FakeSlack().start();
    const bot = start(slackEnv(slack));
    try {
      await until(() => bot.output().includes("factdesk is answering"), 15_000, `the bot to start:\n${bot.output()}`);
      bot.child.kill("SIGINT");
      const { code } = await bot.exited;
      expect(code).toBe(0);
      await until(() => slack.openSockets === 0, 2_000, "the socket to close");
      expect(slack.socketCloses).toContain(1000);
    } finally {
      bot.child.kill("SIGKILL");
      await slack.stop();
    }
  }, 30_000);

  it("tokens the platforms reject at start: a clear fatal message per adapter, exit 1, no token printed", async () => {
    const discord: FakeDiscord = await startFakeDiscord();
    const slack = await new FakeSlack().start();
    const wrongDiscord = "wrong-discord-token.aaaa.bbbbbbbbbbbbbbbb";
    const wrongSlack = "xoxb-revoked-0000-invalid";
    const bot = start({ ...(discord.env({ DISCORD_TOKEN: wrongDiscord }) as Record<string, string>), ...slackEnv(slack, wrongSlack) });
    try {
      const { code } = await bot.exited;
      expect(code).toBe(1);
      const out = bot.output();
      expect(out).toContain("factdesk: cannot start the slack adapter: Slack rejected SLACK_BOT_TOKEN at auth.test (invalid_auth)");
      expect(out).toMatch(/factdesk: cannot start the discord adapter: .*token/i);
      expect(out).toContain('"msg":"an adapter failed to start"');
      for (const token of [wrongDiscord, wrongSlack, "bbbbbbbbbbbbbbbb"]) expect(out).not.toContain(token);
    } finally {
      bot.child.kill("SIGKILL");
      await discord.close();
      await slack.stop();
    }
  }, 30_000);

  it("a bad setting stops the start with exit 2, naming the variable, never the value", async () => {
    const bot = start({ SLACK_BOT_TOKEN: "xoxb-would-be-secret-123", SLACK_APP_TOKEN: "xapp-also-secret-456", FACTDESK_RATE_PER_MINUTE: "xoxb-pasted-here-by-mistake" });
    const { code } = await bot.exited;
    expect(code).toBe(2);
    expect(bot.output()).toContain("factdesk: factdesk configuration is invalid:\n  FACTDESK_RATE_PER_MINUTE: must be a whole number from 0 to 10000");
    for (const secret of ["xoxb-would-be-secret-123", "xapp-also-secret-456", "xoxb-pasted-here-by-mistake"]) expect(bot.output()).not.toContain(secret);
  }, 15_000);
});
