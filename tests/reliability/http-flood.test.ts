/**
 * Hostile HTTP traffic against Slack HTTP mode, as a process (dist/adapters/main.js) so that its
 * memory is its own: 400 connections at once, each sending an unsigned body just under Bolt's
 * 4 MB default and holding the connection; then 400 "signed-looking" ones (a fresh timestamp, a
 * forged signature) with bodies just under factdesk's own limit, held. The bot's RSS is sampled
 * throughout and printed; real signed questions sent in the middle of the flood are answered.
 * Loopback only, every loop bounded.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { connect, createServer, type Socket } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { BOT_TOKEN, FakeSlack } from "../slack/fake-slack.js";
import { deliver, eventCallback, mention, SIGNING_SECRET } from "../slack/helpers.js";
import { sleep, until } from "./harness.js";

const CONNECTIONS = 400;
const figures: string[] = [];
afterAll(() => figures.forEach((f) => console.info(`[flood] ${f}`)));

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Opens a connection, sends headers and `bodyBytes` of a body declared `declared` long, and holds it. */
function holdRequest(port: number, headers: Record<string, string>, declared: number, bodyBytes: number): Socket {
  const socket = connect(port, "127.0.0.1");
  socket.on("error", () => {}); // the server may cut us off: that is the point
  const head = Object.entries({ host: "127.0.0.1", "content-type": "application/json", "content-length": String(declared), ...headers })
    .map(([k, v]) => `${k}: ${v}`)
    .join("\r\n");
  socket.write(`POST /slack/events HTTP/1.1\r\n${head}\r\n\r\n`);
  const chunk = Buffer.alloc(64 * 1024, "x");
  for (let sent = 0; sent < bodyBytes && !socket.destroyed; sent += chunk.length) socket.write(chunk.subarray(0, Math.min(chunk.length, bodyBytes - sent)));
  return socket;
}

describe("Slack HTTP mode under a flood", () => {
  it("memory stays flat and real questions are answered while 400 held connections send unsigned or forged bodies", async () => {
    const fake = await new FakeSlack().start();
    const port = await freePort();
    const bot = spawn(process.execPath, ["dist/adapters/main.js"], {
      env: { PATH: process.env.PATH ?? "", TZ: "UTC", LOG_LEVEL: "warn", SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: String(port), SLACK_API_URL: fake.apiUrl, FACTDESK_SLACK_CHANNEL_INTERVAL_MS: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    bot.stdout!.on("data", (c) => (output += c));
    bot.stderr!.on("data", (c) => (output += c));
    const held: Socket[] = [];
    try {
      const url = `http://127.0.0.1:${port}/slack/events`;
      await until(() => fake.callsTo("auth.test").length > 0, 15_000, `the bot to start:\n${output}`);
      let answered = 0;
      const askReal = async (channel: string) => {
        for (let attempt = 0; attempt < 20; attempt++) {
          const res = await deliver(url, eventCallback(mention("Who chaired the OSCE in 2010?", { channel }))).catch(() => ({ status: 0 }));
          if (res.status === 200) break;
          await sleep(100);
        }
        await until(() => fake.callsTo("chat.postMessage").some((c) => c.args.channel === channel), 10_000, `the answer in ${channel}`);
        answered++;
      };
      await askReal("CWARM"); // retried until it listens; the baseline is a bot that has answered
      const before = rssMb(bot.pid!);
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb(bot.pid!))), 50);

      // Round 1: unsigned bodies just under Bolt's 4 MB default, on held connections.
      for (let i = 0; i < CONNECTIONS; i++) held.push(holdRequest(port, {}, 4_000_000, 3_900_000));
      await askReal("CREAL1");
      await sleep(1_000);
      const afterUnsigned = peak;
      // Round 2: a fresh timestamp and a forged signature, bodies just under factdesk's limit, held.
      const stamp = String(Math.floor(Date.now() / 1000));
      for (let i = 0; i < CONNECTIONS; i++)
        held.push(holdRequest(port, { "x-slack-request-timestamp": stamp, "x-slack-signature": `v0=${"0".repeat(64)}` }, 500_000, 450_000));
      await askReal("CREAL2");
      await sleep(2_000);
      clearInterval(sampler);
      held.forEach((s) => s.destroy());
      await sleep(500);
      const after = rssMb(bot.pid!);
      figures.push(
        `RSS before ${before.toFixed(0)} MB; peak under ${CONNECTIONS} unsigned ~4 MB bodies ${afterUnsigned.toFixed(0)} MB; ` +
          `peak with ${CONNECTIONS} more forged ~450 kB bodies held ${peak.toFixed(0)} MB; after ${after.toFixed(0)} MB; real questions answered ${answered}/3`,
      );
      expect(answered).toBe(3);
      // Bounds with room: the unsigned flood buffers nothing (before the fix it reached 1.6 GB);
      // forged bodies are read up to the limit on at most the connection cap.
      expect(afterUnsigned - before).toBeLessThan(60);
      expect(peak - before).toBeLessThan(250);
      expect(output).toContain("connection cap reached"); // connections past the cap are logged, not dropped silently
      expect(output).not.toContain(SIGNING_SECRET);
    } finally {
      held.forEach((s) => s.destroy());
      bot.kill("SIGKILL");
      await fake.stop();
    }
  }, 60_000);
});
