/**
 * Platform faults through the real adapters and the fake platforms, in bursts of concurrent
 * questions: Discord REST 500s and 429s (on replies and on edits of deferred replies) and gateway
 * disconnects mid-session; Slack `ratelimited`, HTTP 500s, slow acks that make Slack redeliver, and
 * a dropped socket. Every question gets exactly one reply, and it is the answer: none lost, none
 * doubled. Also: the per-user limit and Slack's per-channel pacing as users see them.
 */
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONTRACT_NOW } from "../contract/adapter-contract.js";
import { factdesk } from "../discord/bot.js";
import { renderedText } from "../discord/fake-discord.js";
import { directMessage, eventCallback, mention, visibleText } from "../slack/helpers.js";
import { delivered, sleep, startDiscord, startSlack, until, type DiscordRig, type SlackRig } from "./harness.js";

/** "Who chaired the OSCE in <year>?" and the country the core names, for years with one answer. */
const QUESTIONS = Array.from({ length: 31 }, (_, i) => 1995 + i)
  .map((year) => {
    const q = `Who chaired the OSCE in ${year}?`;
    const country = factdesk().answer(q, { now: CONTRACT_NOW }).facts[0]?.values.country;
    return { q, expected: country ?? "" };
  })
  .filter((x) => x.expected && !/[*_~`|[\]]/.test(x.expected));

const EPHEMERAL = 64;
const figures = { discord: { questions: 0, faults: 0, lost: 0, doubled: 0 }, slack: { questions: 0, faults: 0, lost: 0, doubled: 0 } };
afterAll(() => {
  for (const [platform, f] of Object.entries(figures))
    console.info(`[faults] ${platform}: ${f.questions} questions, ${f.faults} faults injected, ${f.lost} replies lost, ${f.doubled} doubled`);
});

describe("Discord faults", () => {
  let rig: DiscordRig;
  beforeAll(async () => {
    rig = await startDiscord();
  });
  afterAll(() => rig?.stop());

  it("REST 500s and 429s on replies and edits, and two gateway disconnects, in bursts: every question answered exactly once", async () => {
    expect(QUESTIONS.length).toBeGreaterThan(20);
    const { fake } = rig;
    const asked: Array<{ id: string; expected: string }> = [];
    const burst = (n: number, options: { late?: boolean } = {}) => {
      for (let i = 0; i < n; i++) {
        const { q, expected } = QUESTIONS[(asked.length + i) % QUESTIONS.length]!;
        // A late interaction (2.5 s old) is deferred, then its reply is edited in.
        const createdAt = options.late && i % 2 === 0 ? Date.now() - 2_500 : undefined;
        const { id } = fake.command("fact", { question: q }, { userId: `user-${asked.length + i}`, ...(createdAt ? { createdAt } : {}) });
        asked.push({ id, expected });
      }
    };
    const faults = () => {
      fake.failNextCallback(500);
      fake.failNextCallback(500);
      fake.failNextCallback(429, 0.05);
      fake.failNextCallback(429, 0.05);
      figures.discord.faults += 4;
    };

    // 1: REST faults on the interaction callback.
    faults();
    burst(12);
    // 2: the connection drops; questions asked meanwhile are replayed on resume.
    await sleep(50);
    const firstResume = once(fake, "resume");
    fake.dropGateway();
    figures.discord.faults++;
    await sleep(10);
    faults();
    burst(12);
    await firstResume;
    // 3: deferred replies whose edits fail (500, 429), and the gateway closed mid-burst.
    fake.failNextEdit(500);
    fake.failNextEdit(429, 0.05);
    figures.discord.faults += 2;
    burst(6, { late: true });
    const resumed = once(fake, "resume");
    fake.closeGateway(4000);
    figures.discord.faults++;
    burst(6, { late: true });
    await resumed;

    await until(() => asked.every(({ id }) => delivered(fake, id).length > 0), 15_000, "every reply");
    await sleep(200); // room for a duplicate to show up
    figures.discord.questions += asked.length;
    for (const { id, expected } of asked) {
      const replies = delivered(fake, id);
      if (replies.length === 0) figures.discord.lost++;
      if (replies.length > 1) figures.discord.doubled++;
      expect(replies).toHaveLength(1);
      const text = renderedText(replies[0]!.body).visibleText;
      expect(text).toContain(expected);
      expect(text).not.toMatch(/^Sorry/);
    }
    // The faults really happened and were retried.
    const statuses = asked.flatMap(({ id }) => fake.repliesTo(id).map((r) => r.status));
    expect(statuses.filter((s) => s === 500)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(fake.gateway.resumes).toBe(2);
    expect(fake.gateway.identifies).toBe(1);
    expect(rig.logs.text).toContain("Discord server error; retrying");
    expect(rig.logs.text).toContain("rate limited by Discord");
    expect(rig.logs.text).not.toContain(fake.token);
  });
});

describe("Discord per-user limit", () => {
  it("over the limit a user gets one polite ephemeral reply per question; others are unaffected", async () => {
    const rig = await startDiscord({ rate: { perMinute: 1, burst: 2 } });
    try {
      const ask = async (userId: string) => {
        const { id } = rig.fake.command("fact", { question: "Who chaired the OSCE in 2010?" }, { userId });
        await rig.fake.waitForReply(id);
        await sleep(50);
        const replies = delivered(rig.fake, id);
        expect(replies).toHaveLength(1);
        return { text: renderedText(replies[0]!.body).visibleText, flags: renderedText(replies[0]!.body).flags };
      };
      expect((await ask("eager")).text).toContain("Kazakhstan");
      expect((await ask("eager")).text).toContain("Kazakhstan");
      const refused = await ask("eager");
      expect(refused.text).toMatch(/asking faster than I can answer.*wait about \d+ seconds/);
      expect(refused.flags & EPHEMERAL).toBe(EPHEMERAL); // only the asker sees it
      expect((await ask("eager")).text).toMatch(/asking faster/); // every interaction still gets its one reply
      expect((await ask("patient")).text).toContain("Kazakhstan");
      expect(rig.logs.text).toContain("question refused: per-user rate limit");
    } finally {
      await rig.stop();
    }
  });
});

describe("Slack faults", () => {
  let rig: SlackRig;
  beforeAll(async () => {
    rig = await startSlack({ adapter: { socketPingTimeoutMs: 500 } });
    rig.fake.retryAfterSeconds = 0; // honoured at once: the test is about correctness, not waiting
  });
  afterAll(() => rig?.stop());

  it("ratelimited, HTTP 500s, slow acks (redelivered events) and a dropped socket, in bursts: every question answered exactly once", async () => {
    const { fake } = rig;
    const asked: Array<{ channel: string; expected: string }> = [];
    const burst = (n: number, options: { lateAck?: boolean } = {}) => {
      for (let i = 0; i < n; i++) {
        const k = asked.length;
        const { q, expected } = QUESTIONS[k % QUESTIONS.length]!;
        const channel = `CCHAOS${k}`;
        const event = k % 3 === 0 ? directMessage(q, { channel: `D${channel}`, user: `U${k}` }) : mention(q, { channel, user: `U${k}` });
        // A slow ack: Slack did not see it in time and sends the same event again (retry_attempt 1, "timeout").
        fake.sendEnvelope(eventCallback(event), { lateAck: options.lateAck && i % 2 === 0, ackTimeoutMs: 5 + i });
        asked.push({ channel: event.channel as string, expected });
      }
    };
    const faults = () => {
      fake.inject("chat.postMessage", "ratelimited", 2);
      fake.inject("chat.postMessage", "http_500", 2);
      figures.slack.faults += 4;
    };

    faults();
    burst(12);
    faults();
    burst(12, { lateAck: true });
    await until(() => fake.redeliveries === 6, 5_000, "the redeliveries");
    figures.slack.faults += fake.redeliveries;
    // The socket drops mid-session: Socket Mode reconnects (apps.connections.open again).
    await until(() => asked.every(({ channel }) => fake.callsTo("chat.postMessage").some((c) => c.args.channel === channel)), 15_000, "the first replies");
    for (const ws of (fake as unknown as { sockets: Set<{ terminate(): void }> }).sockets) ws.terminate();
    figures.slack.faults++;
    await until(() => fake.openSockets === 1 && fake.socketConnections.length === 2, 10_000, "the reconnection");
    faults();
    burst(12);

    const posts = (channel: string) => fake.callsTo("chat.postMessage").filter((c) => c.args.channel === channel);
    await until(() => asked.every(({ channel }) => posts(channel).length > 0), 15_000, "every reply");
    await sleep(300);
    figures.slack.questions += asked.length;
    for (const { channel, expected } of asked) {
      const replies = posts(channel);
      if (replies.length === 0) figures.slack.lost++;
      if (replies.length > 1) figures.slack.doubled++;
      expect(replies).toHaveLength(1);
      expect(visibleText(replies[0]!.args)).toContain(expected);
      expect(visibleText(replies[0]!.args)).not.toMatch(/sorry/i);
    }
    const attempts = fake.calls.filter((c) => c.method === "chat.postMessage");
    expect(attempts.filter((c) => c.fault === "ratelimited")).toHaveLength(6);
    expect(attempts.filter((c) => c.fault === "http_500")).toHaveLength(6);
    expect(rig.logs.text).toContain("skipped a redelivered event");
  });
});

describe("Slack per-user limit and per-channel pacing", () => {
  it("a burst in one channel is posted in order, about one per interval, none dropped", async () => {
    const rig = await startSlack({ adapter: { channelIntervalMs: 150 } });
    try {
      const years = [2004, 2005, 2006, 2007];
      for (const [i, year] of years.entries())
        rig.fake.sendEnvelope(eventCallback(mention(`Who chaired the OSCE in ${year}?`, { channel: "CBUSY", user: `UP${i}`, ts: `1767000100.00000${i}` })));
      const posts = () => rig.fake.callsTo("chat.postMessage").filter((c) => c.args.channel === "CBUSY");
      await until(() => posts().length === years.length, 5_000, "four posts");
      expect(posts().map((c) => c.args.thread_ts)).toEqual(years.map((_, i) => `1767000100.00000${i}`));
      // Spacing as the platform saw it (the fake's own clock): a test that polls can itself be late
      // on a busy machine and see two posts at once.
      const times = posts().map((c) => c.respondedAt!);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(100);
    } finally {
      await rig.stop();
    }
  });

  it("over the limit a user gets one ephemeral notice, not a flood; others are answered", async () => {
    const rig = await startSlack({ rate: { perMinute: 1, burst: 2 }, adapter: { channelIntervalMs: 0 } });
    try {
      for (let i = 0; i < 6; i++) rig.fake.sendEnvelope(eventCallback(mention("Who chaired the OSCE in 2010?", { channel: "CFLOOD", user: "UFLOOD" })));
      rig.fake.sendEnvelope(eventCallback(mention("Who chaired the OSCE in 2010?", { channel: "CFLOOD", user: "UCALM" })));
      await until(() => rig.fake.callsTo("chat.postMessage").length === 3 && rig.fake.callsTo("chat.postEphemeral").length === 1, 5_000, "the replies");
      await sleep(200);
      expect(rig.fake.callsTo("chat.postMessage")).toHaveLength(3); // two for UFLOOD, one for UCALM
      const [notice] = rig.fake.callsTo("chat.postEphemeral");
      expect(notice!.args.user).toBe("UFLOOD");
      expect(visibleText(notice!.args)).toMatch(/asking faster than I can answer/);
      expect(rig.fake.callsTo("chat.postEphemeral")).toHaveLength(1);
    } finally {
      await rig.stop();
    }
  });
});
