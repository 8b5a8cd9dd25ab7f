/**
 * Two `npm start` processes in Slack HTTP mode behind one (imaginary) load balancer, sharing a real
 * redis-server: one reply per event whichever instance Slack's deliveries and retries reach, a
 * retry answered by the survivor when the first instance died, one budget per user across both,
 * and both still answering, and saying so, when Redis goes away. The same event sent to two
 * instances without REDIS_URL is answered twice: the control that shows what Redis is for.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, startRedisServer, type RedisServer } from "../helpers/redis-server.js";
import { BOT_TOKEN, FakeSlack } from "../slack/fake-slack.js";
import { deliver, eventCallback, mention, SIGNING_SECRET, slashCommand } from "../slack/helpers.js";

const MAIN = resolve("dist/adapters/main.js");
const cwd = mkdtempSync(join(tmpdir(), "factdesk-two-"));
const figures: Record<string, unknown> = {};
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
  // The figures for the record (the assertions above are what must hold).
  console.log(`two-instance figures: ${JSON.stringify(figures)}`);
});

interface Instance {
  name: string;
  child: ChildProcess;
  url: string;
  status: string;
  output: () => string;
  exited: Promise<unknown>;
}

async function startInstance(name: string, fake: FakeSlack, env: Record<string, string>): Promise<Instance> {
  const [port, statusPort] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [MAIN], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      TZ: "UTC",
      LOG_LEVEL: "info",
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: String(port),
      FACTDESK_STATUS_PORT: String(statusPort),
      FACTDESK_RELOAD: "off",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (c) => (output += c));
  child.stderr!.on("data", (c) => (output += c));
  const exited = once(child, "exit");
  const instance = { name, child, url: `http://127.0.0.1:${port}/slack/events`, status: `http://127.0.0.1:${statusPort}`, output: () => output, exited };
  await until(() => output.includes("factdesk is answering"), 20_000, `${name} to start:\n${output}`);
  return instance;
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const repliesIn = (fake: FakeSlack, thread: string) => fake.callsTo("chat.postMessage").filter((c) => c.args.thread_ts === thread);
let channels = 0;
/** A question in a channel of its own (pacing is per channel), from `user`. */
const question = (text: string, user = `U${channels}`) => mention(text, { channel: `CTWO${++channels}`, user });

describe("two instances on one Redis", () => {
  let redis: RedisServer;
  let fake: FakeSlack;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    redis = await startRedisServer();
    fake = await new FakeSlack().start();
    const env = { REDIS_URL: redis.url, FACTDESK_RATE_PER_MINUTE: "6", FACTDESK_RATE_BURST: "3" };
    [a, b] = await Promise.all([startInstance("A", fake, env), startInstance("B", fake, env)]);
  }, 40_000);

  afterAll(async () => {
    for (const i of [a, b]) i?.child.kill("SIGKILL");
    await fake?.stop();
    await redis?.stop();
  });

  it("reports itself healthy, with Redis connected", async () => {
    const res = await fetch(`${a.status}/healthz`);
    const body = (await res.json()) as Record<string, unknown>;
    figures.healthz = { status: res.status, body };
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ status: "ok", adapters: { slack: "connected" }, redis: "connected", revision: expect.stringMatching(/^[0-9a-f]{12}$/) });
    expect(body.facts).toBeGreaterThan(100);
  });

  it("the same event delivered to both instances at once: one reply", async () => {
    const event = question("Who chaired the OSCE in 2010?");
    const payload = eventCallback(event);
    const [ra, rb] = await Promise.all([deliver(a.url, payload), deliver(b.url, payload)]);
    expect([ra.status, rb.status]).toEqual([200, 200]);
    await until(() => repliesIn(fake, event.ts as string).length > 0, 5_000, "the reply");
    await sleep(1_000);
    figures.sameEventToBoth = repliesIn(fake, event.ts as string).length;
    expect(repliesIn(fake, event.ts as string)).toHaveLength(1);
  });

  it("an http_error retry that lands on the other instance: one reply", async () => {
    const event = question("Who chaired the OSCE in 2011?");
    const payload = eventCallback(event);
    await deliver(a.url, payload);
    await until(() => repliesIn(fake, event.ts as string).length > 0, 5_000, "the first reply");
    await deliver(b.url, payload, { retryNum: 1, retryReason: "http_error" });
    await sleep(1_000);
    figures.httpErrorRetryToOther = repliesIn(fake, event.ts as string).length;
    expect(repliesIn(fake, event.ts as string)).toHaveLength(1);
    expect(b.output()).toContain("slack: skipped a redelivered event");
  });

  it("a signed /fact replayed to the other instance: answered once", async () => {
    const command = slashCommand("who chaired the OSCE in 2010?", fake.responseUrl("replayed-fact"));
    command.set("user_id", "UREPLAY");
    const timestamp = Math.floor(Date.now() / 1000);
    const [first, replay] = [await deliver(a.url, command, { timestamp }), await deliver(b.url, command, { timestamp })];
    expect([first.status, replay.status]).toEqual([200, 200]);
    await until(() => fake.responses.some((r) => r.id === "replayed-fact"), 5_000, "the answer");
    await sleep(1_000);
    figures.replayedCommandToOther = fake.responses.filter((r) => r.id === "replayed-fact").length;
    expect(fake.responses.filter((r) => r.id === "replayed-fact")).toHaveLength(1);
  });

  it("one user's questions spread over both instances share one budget", async () => {
    const user = "UBUDGET";
    const events = Array.from({ length: 8 }, () => question("Who chaired the OSCE in 2012?", user));
    for (const [i, event] of events.entries()) await deliver(i % 2 ? b.url : a.url, eventCallback(event));
    await sleep(1_500);
    const answered = events.filter((e) => repliesIn(fake, e.ts as string).length > 0).length;
    const notices = fake.callsTo("chat.postEphemeral").filter((c) => c.args.user === user).length;
    figures.sharedBudget = { asked: 8, burst: 3, answered, refusalNotices: notices };
    expect(answered).toBe(3);
    expect(notices).toBe(1);
  });

  it("after the first instance dies before acknowledging, the timeout retry to the other is answered, once", async () => {
    const event = question("Who chaired the OSCE in 2013?");
    const payload = eventCallback(event);
    // A is frozen: the delivery reaches its socket, it never acknowledges; Slack gives up waiting.
    a.child.kill("SIGSTOP");
    const lost = await Promise.race([deliver(a.url, payload).then(() => "acked"), sleep(1_000).then(() => "no ack")]);
    expect(lost).toBe("no ack");
    a.child.kill("SIGKILL");
    await a.exited;
    const sent = Date.now();
    await deliver(b.url, payload, { retryNum: 1, retryReason: "http_timeout" });
    await until(() => repliesIn(fake, event.ts as string).length > 0, 5_000, "the retry's reply");
    await sleep(1_000);
    figures.timeoutRetryAfterDeath = { replies: repliesIn(fake, event.ts as string).length, ms: repliesIn(fake, event.ts as string)[0]!.respondedAt! - sent };
    expect(repliesIn(fake, event.ts as string)).toHaveLength(1);
    a = await startInstance("A2", fake, { REDIS_URL: redis.url, FACTDESK_RATE_PER_MINUTE: "6", FACTDESK_RATE_BURST: "3" });
  }, 30_000);

  it("an instance that dies after taking an event but before replying: the retry elsewhere waits out its lease and answers, once", async () => {
    // Two questions into one channel: A posts the first, and holds the second for the channel's 1 s pacing.
    const channel = `CPACE${Date.now()}`;
    const first = mention("Who chaired the OSCE in 2014?", { channel, user: "UPACE" });
    const second = mention("Who chaired the OSCE in 2015?", { channel, user: "UPACE" });
    await deliver(a.url, eventCallback(first));
    await until(() => repliesIn(fake, first.ts as string).length > 0, 5_000, "the first reply");
    const payload = eventCallback(second);
    await deliver(a.url, payload);
    await sleep(200); // A has claimed it and waits for the channel's slot
    a.child.kill("SIGKILL");
    await a.exited;
    expect(repliesIn(fake, second.ts as string)).toHaveLength(0);
    const sent = Date.now();
    await deliver(b.url, payload, { retryNum: 1, retryReason: "http_timeout" });
    await until(() => repliesIn(fake, second.ts as string).length > 0, 15_000, "the retry's reply");
    const waited = repliesIn(fake, second.ts as string)[0]!.respondedAt! - sent;
    await sleep(1_000);
    figures.leaseTakeover = { replies: repliesIn(fake, second.ts as string).length, waitedMs: waited };
    expect(repliesIn(fake, second.ts as string)).toHaveLength(1);
    expect(waited).toBeGreaterThan(2_000); // it waited for the dead instance's lease to run out
    a = await startInstance("A3", fake, { REDIS_URL: redis.url, FACTDESK_RATE_PER_MINUTE: "6", FACTDESK_RATE_BURST: "3" });
  }, 40_000);

  it("Redis stopped mid-run: both keep answering on their own state, say so in the log and in /healthz", async () => {
    await redis.stop();
    await until(() => a.output().includes("redis: connection lost") && b.output().includes("redis: connection lost"), 5_000, "both to log the outage");
    const events = [question("Who chaired the OSCE in 2016?"), question("Who chaired the OSCE in 2017?")];
    await deliver(a.url, eventCallback(events[0]!));
    await deliver(b.url, eventCallback(events[1]!));
    await until(() => events.every((e) => repliesIn(fake, e.ts as string).length === 1), 5_000, "both replies");
    const res = await fetch(`${b.status}/healthz`);
    const body = (await res.json()) as Record<string, unknown>;
    figures.redisDown = { answered: events.length, healthz: { status: res.status, redis: body.redis } };
    expect(res.status).toBe(200);
    expect(body.redis).toBe("unreachable");
    const metrics = await (await fetch(`${b.status}/metrics`)).text();
    figures.metricsExcerpt = metrics.split("\n").filter((l) => /^factdesk_(questions_total|rate_limited_total|reply_failures_total|facts |table_revision_info|reloads_total|answer_duration_seconds_count)/.test(l));
    expect(metrics).toMatch(/factdesk_questions_total\{platform="slack",status="answered"\} \d+/);
  }, 20_000);
});

describe("control: two instances without REDIS_URL", () => {
  it("the same event to both is answered twice (what Redis prevents)", async () => {
    const fake = await new FakeSlack().start();
    const [a, b] = await Promise.all([startInstance("A", fake, {}), startInstance("B", fake, {})]);
    try {
      const event = question("Who chaired the OSCE in 2010?");
      await Promise.all([deliver(a.url, eventCallback(event)), deliver(b.url, eventCallback(event))]);
      await until(() => repliesIn(fake, event.ts as string).length === 2, 5_000, "two replies");
      figures.withoutRedisSameEventToBoth = repliesIn(fake, event.ts as string).length;
    } finally {
      for (const i of [a, b]) i.child.kill("SIGKILL");
      await fake.stop();
    }
  }, 40_000);
});
