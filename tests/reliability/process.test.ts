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
import { connect, createServer, type Socket } from "node:net";
import { eventCallback, mention, SIGNING_SECRET } from "../slack/helpers.js";
import { delivered, sleep, until } from "./harness.js";

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

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

function slackEnv(fake: FakeSlack, botToken = BOT_TOKEN): Record<string, string> {
  return { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: fake.apiUrl };
}

describe("npm start as a process", () => {
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

  it("SIGTERM with 200 acknowledged questions in one busy channel: every one answered or told it is busy, none lost, exit 0", async () => {
    const slack = await new FakeSlack().start();
    // The production defaults: 1 message a second per channel, 5 waiting, 10 s to shut down.
    const bot = start({ ...slackEnv(slack), FACTDESK_SHUTDOWN_MS: "10000" });
    try {
      await until(() => bot.output().includes("factdesk is answering"), 15_000, `the bot to start:\n${bot.output()}`);
      for (let i = 0; i < 200; i++) slack.sendEnvelope(eventCallback(mention(`Who chaired the OSCE in ${2000 + (i % 20)}?`, { channel: "CBUSY", user: `UBUSY${i}` })));
      await until(() => slack.acks.length >= 200, 10_000, "every envelope acknowledged");
      bot.child.kill("SIGTERM");
      const { code } = await bot.exited;
      const answers = slack.callsTo("chat.postMessage").filter((c) => c.args.channel === "CBUSY" && !c.fault);
      const busy = slack.callsTo("chat.postEphemeral").filter((c) => c.args.channel === "CBUSY" && !c.fault);
      const askers = new Set([...answers, ...busy].map((c) => c.args.user ?? c.args.thread_ts));
      console.info(`[shutdown] 200 acknowledged in one channel: ${answers.length} answered, ${busy.length} told busy, ${200 - answers.length - busy.length} lost; exit ${code}`);
      expect(answers.length + busy.length).toBe(200);
      expect(askers.size).toBe(200); // each question got exactly one reply
      expect(answers.length).toBeGreaterThanOrEqual(5);
      for (const b of busy) expect(JSON.stringify(b.args)).toContain("try again in a minute");
      expect(code).toBe(0);
      expect(bot.output()).not.toContain("not delivered");
    } finally {
      bot.child.kill("SIGKILL");
      await slack.stop();
    }
  }, 40_000);

  it("when the bound runs out, each undelivered question is logged at error level (platform, channel, thread) and the exit code is 1", async () => {
    const slack = await new FakeSlack().start();
    const bot = start({ ...slackEnv(slack), FACTDESK_SHUTDOWN_MS: "1500" });
    try {
      await until(() => bot.output().includes("factdesk is answering"), 15_000, `the bot to start:\n${bot.output()}`);
      slack.delays.set("chat.postMessage", 5_000); // Slack too slow to accept replies before the bound
      const events = ["CSLOW1", "CSLOW2"].map((channel) => mention("Who chaired the OSCE in 2010?", { channel }));
      for (const event of events) slack.sendEnvelope(eventCallback(event));
      await until(() => slack.callsTo("chat.postMessage").length === 2, 5_000, "both replies on their way");
      bot.child.kill("SIGTERM");
      const { code } = await bot.exited;
      expect(code).toBe(1);
      const lines = bot.output().split("\n").filter((l) => l.includes("was not delivered")).map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.map((l) => [l.level, l.platform, l.channel, l.thread]).sort()).toEqual(events.map((e) => [50, "slack", e.channel, e.ts]).sort());
    } finally {
      bot.child.kill("SIGKILL");
      await slack.stop();
    }
  }, 30_000);

  it("idle and half-open HTTP connections do not hold shutdown (Slack HTTP mode)", async () => {
    const slack = await new FakeSlack().start();
    const port = await freePort();
    const bot = start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: String(port), SLACK_API_URL: slack.apiUrl });
    const sockets: Socket[] = [];
    try {
      await until(() => bot.output().includes("factdesk is answering"), 15_000, `the bot to start:\n${bot.output()}`);
      for (let i = 0; i < 20; i++) {
        const socket = connect(port, "127.0.0.1").on("error", () => {});
        // Half of them idle, half half-way through a request's headers.
        if (i % 2) socket.write("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n");
        sockets.push(socket);
      }
      await sleep(300);
      const sent = Date.now();
      bot.child.kill("SIGTERM");
      const { code, at } = await bot.exited;
      expect(code).toBe(0);
      expect(at - sent).toBeLessThan(2_500);
    } finally {
      sockets.forEach((s) => s.destroy());
      bot.child.kill("SIGKILL");
      await slack.stop();
    }
  }, 30_000);

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
