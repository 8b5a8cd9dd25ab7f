/**
 * What an admin sees at start: .env read (the environment winning), one line per part saying what
 * runs and why, half a configuration refused naming what is missing, misspelt variables warned
 * about with the nearest name, an unreachable platform told apart from a rejected token, and logs
 * a person can read on a terminal.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../adapters/discord/adapter.js";
import { unknownVariableWarnings } from "../../adapters/shared/known-variables.js";
import { createLogger } from "../../adapters/shared/logger.js";
import { registerSecret } from "../../adapters/shared/secrets.js";
import { settingsFromEnv } from "../../adapters/shared/settings.js";
import { redisLocation, startupLines } from "../../adapters/shared/startup-report.js";
import { createSlackAdapter } from "../../adapters/slack/adapter.js";
import { freePort } from "../helpers/redis-server.js";
import { FakeSlack } from "../slack/fake-slack.js";
import { LogCapture, sharedFactdesk, SIGNING_SECRET } from "../slack/helpers.js";

const MAIN = resolve("dist/adapters/main.js");
const dir = mkdtempSync(join(tmpdir(), "factdesk-startup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm start` in `cwd` (where its .env is), with only `env` in the environment; stdin closed. */
async function run(cwd: string, env: Record<string, string>, until?: (out: string) => boolean) {
  const child = spawn(process.execPath, [MAIN], { cwd, env: { PATH: process.env.PATH ?? "", TZ: "UTC", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  const seen = new Promise<void>((done) => {
    const read = (chunk: Buffer) => {
      out += chunk;
      if (until?.(out)) done();
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
  });
  const exited = once(child, "exit").then(([code]) => code as number);
  if (until) {
    await Promise.race([seen, exited]);
    child.kill("SIGTERM");
  }
  return { code: await exited, out };
}

function project(envFile: string): string {
  const cwd = mkdtempSync(join(dir, "p-"));
  writeFileSync(join(cwd, ".env"), envFile);
  return cwd;
}

describe("npm start reads .env", () => {
  it("from the working directory; the environment wins; the start-up lines say what runs and why; misspelt names are warned about", async () => {
    const slack = await new FakeSlack().start();
    const port = await freePort();
    const cwd = project(
      [
        "SLACK_BOT_TOKEN=xoxb-fake-bot-token-1234567890",
        `SLACK_SIGNING_SECRET=${SIGNING_SECRET}`,
        "PORT=1",
        `SLACK_API_URL=${slack.apiUrl}`,
        "FACTDESK_RATE_PER_MINUTES=5",
        "LOG_LEVEL=info",
        "",
      ].join("\n"),
    );
    try {
      // PORT from the environment wins over the file's PORT=1.
      const { out } = await run(cwd, { PORT: String(port) }, (o) => o.includes("factdesk is answering"));
      const lines = out.split("\n").filter(Boolean).map((l) => JSON.parse(l) as { msg: string; level: number });
      const messages = lines.map((l) => l.msg);
      expect(messages).toContain(`settings: ${join(cwd, ".env")} (6 variables; the environment's PORT win over the file's)`);
      expect(messages).toContain("discord: off (no DISCORD_* variable set)");
      expect(messages).toContain(`slack: HTTP mode on :${port} (SLACK_SIGNING_SECRET and PORT set)`);
      expect(messages).toContain("state: in this process only (REDIS_URL not set; run one Slack HTTP instance or set it)");
      expect(messages).toContain("status: off (FACTDESK_STATUS_PORT not set)");
      const warning = lines.find((l) => l.msg.startsWith("FACTDESK_RATE_PER_MINUTES"));
      expect(warning).toEqual(expect.objectContaining({ level: 40, msg: "FACTDESK_RATE_PER_MINUTES is not a factdesk setting and is ignored; the nearest known name is FACTDESK_RATE_PER_MINUTE" }));
      expect(out).not.toContain("xoxb-fake-bot-token-1234567890");
      expect(out).not.toContain(SIGNING_SECRET);
    } finally {
      await slack.stop();
    }
  }, 30_000);

  it("no credentials: the terminal chat, and it says why", async () => {
    const { code, out } = await run(project("FACTDESK_RELOAD=off\n"), {});
    expect(code).toBe(0);
    expect(out).toContain("factdesk: settings: ");
    expect(out).toContain("(1 variable)");
    expect(out).toContain("factdesk: terminal chat (no DISCORD_* or SLACK_* variable set)");
  }, 15_000);

  it("half a Slack configuration in .env: exit 2 naming what is missing, never a value", async () => {
    const { code, out } = await run(project("SLACK_APP_TOKEN=xapp-secret-value-123456\n"), {});
    expect(code).toBe(2);
    expect(out).toContain("factdesk: Slack configuration is incomplete:\n  SLACK_BOT_TOKEN: is required (SLACK_APP_TOKEN is set)");
    expect(out).not.toContain("xapp-secret-value-123456");
  }, 15_000);
});

describe("start-up lines", () => {
  const settings = settingsFromEnv({});
  const envFile = { status: "absent", path: "/srv/factdesk/.env" } as const;

  it("Socket Mode, Discord to one server, Redis (without its password), status port", () => {
    const lines = startupLines({
      envFile,
      settings: { ...settings, redisUrl: "redis://:hunter2-password@redis.internal:6380/2", statusPort: 9464 },
      discord: { token: "t", applicationId: "12345678901234567", guildId: "12345678901234568" },
      slack: { mode: "socket", botToken: "xoxb-1", appToken: "xapp-1" },
    });
    expect(lines).toEqual([
      "settings: environment only (no .env in /srv/factdesk)",
      "discord: gateway, commands registered to one server (DISCORD_GUILD_ID) (DISCORD_TOKEN and DISCORD_APPLICATION_ID set)",
      "slack: Socket Mode (SLACK_BOT_TOKEN and SLACK_APP_TOKEN set)",
      "shared state: Redis at redis://redis.internal:6380/2 (REDIS_URL set)",
      "status: /healthz and /metrics on :9464 (FACTDESK_STATUS_PORT set)",
    ]);
    expect(redisLocation("rediss://user:pw@h")).toBe("rediss://h:6379");
  });

  it("REDIS_URL and FACTDESK_STATUS_PORT are checked; a Redis password is scrubbed from logs", () => {
    expect(() => settingsFromEnv({ REDIS_URL: "http://redis:6379" })).toThrow("REDIS_URL: must be a redis:// or rediss:// URL");
    expect(() => settingsFromEnv({ FACTDESK_STATUS_PORT: "70000" })).toThrow("FACTDESK_STATUS_PORT: must be a port number from 1 to 65535");
    expect(settingsFromEnv({ REDIS_URL: "redis://:s3cret-redis-pass@127.0.0.1:6379", FACTDESK_STATUS_PORT: "9464" })).toMatchObject({
      redisUrl: "redis://:s3cret-redis-pass@127.0.0.1:6379",
      statusPort: 9464,
    });
    const logs = new LogCapture();
    createLogger({ destination: logs }).info({ url: "redis://:s3cret-redis-pass@127.0.0.1:6379" }, "connecting");
    expect(logs.text).not.toContain("s3cret-redis-pass");
  });

  it("unknown FACTDESK_*, SLACK_* and DISCORD_* variables get the nearest known name; others are none of our business", () => {
    expect(unknownVariableWarnings({ FACTDESK_RATE_PER_MINUTES: "5", SLACK_BOT_TOKN: "x", DISCORD_APP_ID: "1", FACTDESK_RATE_BURST: "3", HOME: "/root", PORT: "3000" })).toEqual([
      "DISCORD_APP_ID is not a factdesk setting and is ignored; the nearest known name is DISCORD_APPLICATION_ID",
      "FACTDESK_RATE_PER_MINUTES is not a factdesk setting and is ignored; the nearest known name is FACTDESK_RATE_PER_MINUTE",
      "SLACK_BOT_TOKN is not a factdesk setting and is ignored; the nearest known name is SLACK_BOT_TOKEN",
    ]);
  });
});

describe("an unreachable platform is not a rejected token", () => {
  it("Slack: 'cannot reach …', naming the network and SLACK_API_URL", async () => {
    const port = await freePort(); // nothing listens there
    const adapter = createSlackAdapter(
      { mode: "socket", botToken: "xoxb-unreachable-0000", appToken: "xapp-unreachable-0000", apiUrl: `http://127.0.0.1:${port}/api/` },
      { factdesk: sharedFactdesk(), logger: createLogger({ level: "silent" }) },
      { clientOptions: { retryConfig: { retries: 0 } } },
    );
    await expect(adapter.start()).rejects.toThrow(
      `cannot reach 127.0.0.1:${port} (ECONNREFUSED): check the network, a proxy or SLACK_API_URL; SLACK_BOT_TOKEN was not checked`,
    );
  });

  it("Discord: 'cannot reach …', naming the network and DISCORD_API_BASE", async () => {
    const port = await freePort();
    const adapter = createDiscordAdapter(
      { token: "unreachable.token.value", applicationId: "12345678901234567", apiBase: `http://127.0.0.1:${port}/api` },
      { factdesk: sharedFactdesk(), logger: createLogger({ level: "silent" }) },
    );
    await expect(adapter.start()).rejects.toThrow(
      `cannot reach 127.0.0.1:${port} (ECONNREFUSED): check the network, a proxy or DISCORD_API_BASE; DISCORD_TOKEN was not checked`,
    );
  });
});

describe("logs", () => {
  class Terminal extends Writable {
    readonly isTTY = true;
    text = "";
    override _write(chunk: Buffer, _enc: string, done: () => void): void {
      this.text += String(chunk);
      done();
    }
  }

  it("on a terminal: readable lines with the local date and time, secrets still scrubbed; elsewhere JSON", () => {
    registerSecret("xoxb-pretty-secret-999");
    const tty = new Terminal();
    createLogger({ destination: tty }).info({ channel: "C1", token: "xoxb-pretty-secret-999", note: "has xoxb-pretty-secret-999" }, "slack: ready");
    // eslint-disable-next-line no-control-regex
    const plain = tty.text.replace(/\u001b\[[0-9;]*m/g, "");
    expect(plain).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\] INFO \(factdesk\): slack: ready /);
    expect(plain).toContain('"channel":"C1"');
    expect(plain).not.toContain("xoxb-pretty-secret-999");
    expect(plain).not.toMatch(/"time":\d+/);

    const file = new LogCapture();
    createLogger({ destination: file }).info("slack: ready");
    expect(JSON.parse(file.lines[0]!)).toMatchObject({ level: 30, msg: "slack: ready", time: expect.any(Number) });
  });
});
