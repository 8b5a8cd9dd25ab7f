/**
 * End to end in HTTP mode: signed Events API, slash-command and interactivity requests into the
 * real Bolt app; what it posts is read back from the fake Slack Web API and response URLs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT_TOKEN, BOT_USER_ID, FakeSlack } from "./fake-slack.js";
import {
  buttonClick,
  canPing,
  deliver,
  directMessage,
  eventCallback,
  KNOWN_BOT,
  links,
  LIVE_MENTION,
  mention,
  nextTs,
  recordingFactdesk,
  SIGNING_SECRET,
  slashCommand,
  sleep,
  startAdapter,
  visibleText,
  type Running,
} from "./helpers.js";

const fake = new FakeSlack();
const core = recordingFactdesk();
let slack: Running;

beforeAll(async () => {
  await fake.start();
  slack = await startAdapter(fake, "http", { ...KNOWN_BOT, factdesk: core });
});
afterAll(async () => {
  await slack?.adapter.stop();
  await fake.stop();
});

const posts = (where: { channel?: string; thread_ts?: string }) =>
  fake.callsTo("chat.postMessage").filter((c) => (!where.channel || c.args.channel === where.channel) && (!where.thread_ts || c.args.thread_ts === where.thread_ts));
const firstPost = (where: { channel?: string; thread_ts?: string }, what = "a reply") =>
  fake.waitFor(() => posts(where)[0], 5_000, what);
const responseTo = (id: string) => fake.waitFor(() => fake.responses.find((r) => r.id === id), 5_000, `a response to ${id}`);

function expectAnswerWithSources(call: { args: Record<string, unknown> } | { body: Record<string, unknown> }) {
  const message = "args" in call ? call.args : call.body;
  expect(visibleText(message)).toContain("Kazakhstan");
  const blocks = message.blocks as { type: string }[];
  expect(blocks[0]!.type).toBe("section");
  expect(blocks.some((b) => b.type === "context")).toBe(true);
  expect(links(message).length).toBeGreaterThan(0);
  expect(canPing(message)).toBe(false);
}

describe("mentions in channels", () => {
  it("answers in a thread under the question, as Block Kit with linked sources and a text fallback", async () => {
    const event = mention("Who chaired the OSCE in 2010?");
    const res = await deliver(slack.url, eventCallback(event));
    expect(res.status).toBe(200);
    const reply = await firstPost({ thread_ts: event.ts as string });
    expect(reply.args.channel).toBe("CNEWS");
    expect(reply.args.thread_ts).toBe(event.ts);
    expect(reply.token).toBe(BOT_TOKEN);
    expect(reply.args.text).toContain("Kazakhstan");
    expect(reply.args.link_names).toBe("false");
    expect(reply.args.unfurl_links).toBe("false");
    expectAnswerWithSources(reply);
    // The bot identity was given, so Bolt never needed auth.test.
    expect(fake.callsTo("auth.test")).toHaveLength(0);
  });

  it("answers inside the thread it was asked in", async () => {
    const event = mention("Who chaired the OSCE in 2010?", { thread_ts: "1767000000.999999" });
    await deliver(slack.url, eventCallback(event));
    const reply = await firstPost({ channel: "CNEWS", thread_ts: "1767000000.999999" });
    expect(reply.args.thread_ts).toBe("1767000000.999999");
  });

  it("asks the core the question without the bot's mention or any other mention syntax", async () => {
    const event = mention("who chaired the OSCE in 2010? cc <@U999|ann> <!here>", { channel: "CSTRIP" });
    await deliver(slack.url, eventCallback(event));
    await firstPost({ channel: "CSTRIP" });
    expect(core.questions.at(-1)).toBe("who chaired the OSCE in 2010? cc");
    expect(core.questions.some((q) => q.includes(BOT_USER_ID))).toBe(false);
  });

  it("a bare mention (or \"help\") lists the topics from the data", async () => {
    const event = mention("", { channel: "CHELP" });
    await deliver(slack.url, eventCallback(event));
    const reply = await firstPost({ channel: "CHELP" });
    for (const topic of core.help()) expect(visibleText(reply.args)).toContain(topic.name);
  });

  it("says plainly when it does not know, offering questions it can answer", async () => {
    const event = mention("What's the weather in Almaty?", { channel: "CUNKNOWN" });
    await deliver(slack.url, eventCallback(event));
    const reply = await firstPost({ channel: "CUNKNOWN" });
    expect(visibleText(reply.args)).toMatch(/don.t know|not sure|can.t answer/i);
    expect(visibleText(reply.args)).toMatch(/\?/);
    expect(visibleText(reply.args)).not.toContain("Kazakhstan held");
  });
});

describe("direct messages", () => {
  it("answers a DM in the DM, no mention needed", async () => {
    const event = directMessage("Who chaired the OSCE in 2010?", { channel: "DONE" });
    expect((await deliver(slack.url, eventCallback(event))).status).toBe(200);
    const reply = await firstPost({ channel: "DONE" });
    expect(reply.args.thread_ts).toBeUndefined();
    expectAnswerWithSources(reply);
  });

  it("answers in the DM thread when asked inside one", async () => {
    const event = directMessage("Who chaired the OSCE in 2010?", { channel: "DTWO", thread_ts: "1767000000.123456" });
    await deliver(slack.url, eventCallback(event));
    const reply = await firstPost({ channel: "DTWO" });
    expect(reply.args.thread_ts).toBe("1767000000.123456");
  });
});

describe("/fact and the share button", () => {
  let shareValue: string;

  it("acks at once and answers ephemerally, with a Share in channel button", async () => {
    const res = await deliver(slack.url, slashCommand("who chaired the OSCE in 2010?", fake.responseUrl("cmd-1")));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3_000);
    const { body } = await responseTo("cmd-1");
    expect(body.response_type).toBe("ephemeral");
    expectAnswerWithSources({ body });
    const button = (body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .flatMap((b) => (b.type === "actions" ? (b.elements ?? []) : []))
      .find((e) => e.action_id === "factdesk_share");
    expect(button).toBeDefined();
    shareValue = button!.value;
    // Ephemeral: nothing went to the channel.
    expect(posts({ channel: "CNEWS" }).filter((c) => !c.args.thread_ts)).toHaveLength(0);
  });

  it("the button posts the answer to the channel and removes the ephemeral copy", async () => {
    const res = await deliver(slack.url, buttonClick(shareValue, fake.responseUrl("share-1")));
    expect(res.status).toBe(200);
    const shared = await fake.waitFor(() => posts({ channel: "CNEWS" }).find((c) => !c.args.thread_ts), 5_000, "the shared answer");
    expectAnswerWithSources(shared);
    expect((shared.args.blocks as { type: string }[]).some((b) => b.type === "actions")).toBe(false);
    expect((await responseTo("share-1")).body.delete_original).toBe(true);
  });

  it("where the bot is not a member, the button shares through the response URL instead", async () => {
    fake.inject("chat.postMessage", "not_in_channel");
    await deliver(slack.url, buttonClick(shareValue, fake.responseUrl("share-2"), "CPRIVATE"));
    const { body } = await responseTo("share-2");
    expect(body.response_type).toBe("in_channel");
    expectAnswerWithSources({ body });
  });

  it("/fact help lists the topics from the data", async () => {
    await deliver(slack.url, slashCommand("help", fake.responseUrl("help-1")));
    const { body } = await responseTo("help-1");
    expect(body.response_type).toBe("ephemeral");
    for (const topic of core.help()) expect(visibleText(body)).toContain(topic.name);
  });
});

const now = () => Math.floor(Date.now() / 1000);

describe("request authenticity", () => {
  const stale = Math.floor(Date.now() / 1000) - 6 * 60;
  const cases: [string, Parameters<typeof deliver>[2]][] = [
    ["unsigned", { signature: false }],
    ["signed with another secret", { secret: "not-the-signing-secret" }],
    ["signed with a malformed signature", { signature: "v0=deadbeef" }],
    ["stale (more than 5 minutes old)", { timestamp: stale }],
    ["stamped ten minutes in the future", { timestamp: now() + 10 * 60 }],
    ["stamped a day in the future", { timestamp: now() + 24 * 3600 }],
    ["stamped ten years in the future", { timestamp: now() + 10 * 365 * 24 * 3600 }],
  ];
  for (const [name, delivery] of cases) {
    it(`rejects a request ${name} with 401 and posts nothing`, async () => {
      const event = mention("Who chaired the OSCE in 2010?", { channel: "CFORGED" });
      const res = await deliver(slack.url, eventCallback(event), delivery);
      expect(res.status).toBe(401);
      const command = await deliver(slack.url, slashCommand("who chaired the OSCE in 2010?", fake.responseUrl("forged")), delivery);
      expect(command.status).toBe(401);
      await sleep(200);
      expect(posts({ channel: "CFORGED" })).toHaveLength(0);
      expect(fake.responses.filter((r) => r.id === "forged")).toHaveLength(0);
    });
  }
});

describe("replays and oversized requests", () => {
  const at = () => Math.floor(Date.now() / 1000);

  it("the same signed /fact delivered twice is answered once (the replay is acked and dropped)", async () => {
    const command = slashCommand("who chaired the OSCE in 2010?", fake.responseUrl("replayed-cmd"));
    const timestamp = at();
    const first = await deliver(slack.url, command, { timestamp });
    const replay = await deliver(slack.url, command, { timestamp });
    expect([first.status, replay.status]).toEqual([200, 200]);
    await responseTo("replayed-cmd");
    await sleep(300);
    expect(fake.responses.filter((r) => r.id === "replayed-cmd")).toHaveLength(1);
    expect(slack.logs.text).toContain("replayed request");
  });

  it("the same signed Share click delivered three times posts once", async () => {
    const value = JSON.stringify({ q: "Who chaired the OSCE in 2011?", at: "2026-01-15T00:00:00.000Z" });
    const click = buttonClick(value, fake.responseUrl("replayed-share"), "CREPLAY");
    const timestamp = at();
    for (let i = 0; i < 3; i++) expect((await deliver(slack.url, click, { timestamp })).status).toBe(200);
    await fake.waitFor(() => posts({ channel: "CREPLAY" })[0], 5_000, "the shared answer");
    await sleep(2_200); // posts to one channel are paced 1 s apart: time for any repeat to show
    expect(posts({ channel: "CREPLAY" })).toHaveLength(1);
  });

  it("a new click (a new signed request) on the same button still shares again", async () => {
    const value = JSON.stringify({ q: "Who chaired the OSCE in 2012?", at: "2026-01-15T00:00:00.000Z" });
    await deliver(slack.url, buttonClick(value, fake.responseUrl("again-1"), "CAGAIN"), { timestamp: at() - 2 });
    await deliver(slack.url, buttonClick(value, fake.responseUrl("again-2"), "CAGAIN"), { timestamp: at() });
    await fake.waitFor(() => (posts({ channel: "CAGAIN" }).length === 2 ? true : undefined), 5_000, "two shares");
  });

  it("refuses a body over the limit with 413 before reading it, and a signed one that lies about its length", async () => {
    const big = eventCallback(mention(`Who chaired the OSCE in 2010? ${"x".repeat(600 * 1024)}`, { channel: "CBIG" }));
    const res = await deliver(slack.url, big);
    expect(res.status).toBe(413);
    await sleep(200);
    expect(posts({ channel: "CBIG" })).toHaveLength(0);
  });
});

describe("faults", () => {
  it("chat.postMessage rate-limited once (429 + Retry-After): the reply still arrives, once", async () => {
    fake.inject("chat.postMessage", "ratelimited");
    const event = mention("Who chaired the OSCE in 2010?", { channel: "CRATE" });
    await deliver(slack.url, eventCallback(event));
    const attempts = () => fake.calls.filter((c) => c.method === "chat.postMessage" && c.args.channel === "CRATE");
    await firstPost({ channel: "CRATE" });
    await sleep(300);
    expect(attempts().map((c) => c.fault ?? "ok")).toEqual(["ratelimited", "ok"]);
    expect(posts({ channel: "CRATE" })).toHaveLength(1);
  });

  it("an event Slack retries (X-Slack-Retry-Num) after a slow ack is answered once", async () => {
    const body = eventCallback(mention("Who chaired the OSCE in 2010?", { channel: "CRETRY" }));
    expect((await deliver(slack.url, body)).status).toBe(200);
    expect((await deliver(slack.url, body, { retryNum: 1, retryReason: "http_timeout" })).status).toBe(200);
    expect((await deliver(slack.url, body, { retryNum: 2, retryReason: "http_error" })).status).toBe(200);
    await firstPost({ channel: "CRETRY" });
    await sleep(300);
    expect(posts({ channel: "CRETRY" })).toHaveLength(1);
  });

  it("a timeout retry of an event no instance took (the first died before acknowledging) is answered, once", async () => {
    const body = eventCallback(mention("Who chaired the OSCE in 2010?", { channel: "CELSEWHERE" }));
    expect((await deliver(slack.url, body, { retryNum: 1, retryReason: "http_timeout" })).status).toBe(200);
    await firstPost({ channel: "CELSEWHERE" });
    expect((await deliver(slack.url, body, { retryNum: 2, retryReason: "http_timeout" })).status).toBe(200);
    await sleep(300);
    expect(posts({ channel: "CELSEWHERE" })).toHaveLength(1);
  });

  it("a retry after an error is answered when the original never arrived", async () => {
    const body = eventCallback(mention("Who chaired the OSCE in 2010?", { channel: "CLOST" }));
    await deliver(slack.url, body, { retryNum: 1, retryReason: "http_error" });
    await firstPost({ channel: "CLOST" });
  });

  it("mass mentions in the question are never echoed back live", async () => {
    const noisy = "<!channel> <!here> <!everyone> <!subteam^S0EDITORS|@editors> <@U999> @here who chaired the OSCE in 2010?";
    for (const [channel, text] of [
      ["CNOISY1", noisy],
      ["CNOISY2", `${noisy} and what's the weather?`],
    ] as const) {
      const event = mention(text, { channel });
      await deliver(slack.url, eventCallback(event));
      const reply = await firstPost({ channel });
      expect(canPing(reply.args)).toBe(false);
      const all = JSON.stringify(reply.args);
      expect(all).not.toMatch(LIVE_MENTION);
      expect(visibleText(reply.args)).not.toMatch(/@(here|channel|everyone)\b/);
    }
  });

  it("ignores bot messages, its own messages, edits, other subtypes and channel chatter", async () => {
    const ignored = [
      directMessage("Who chaired the OSCE in 2010?", { channel: "DIGNORE", bot_id: "BOTHER", subtype: "bot_message" }),
      directMessage("Who chaired the OSCE in 2010?", { channel: "DIGNORE", bot_id: "BOTHER" }),
      directMessage("Who chaired the OSCE in 2010?", { channel: "DIGNORE", user: BOT_USER_ID, bot_id: "BBOT" }),
      {
        type: "message",
        subtype: "message_changed",
        channel: "DIGNORE",
        channel_type: "im",
        ts: nextTs(),
        message: { type: "message", user: "UASKER", text: "Who chaired the OSCE in 2010?", ts: "1767000000.000001", edited: { user: "UASKER", ts: nextTs() } },
      },
      { type: "message", subtype: "message_deleted", channel: "DIGNORE", channel_type: "im", ts: nextTs(), deleted_ts: "1767000000.000001" },
      directMessage("Who chaired the OSCE in 2010?", { channel: "CIGNORE", channel_type: "channel" }),
      mention("Who chaired the OSCE in 2010?", { channel: "CIGNORE", bot_id: "BOTHER" }),
      mention("Who chaired the OSCE in 2010?", { channel: "CIGNORE", edited: { user: "UASKER", ts: nextTs() } }),
    ];
    for (const event of ignored) expect((await deliver(slack.url, eventCallback(event))).status).toBe(200);
    await sleep(300);
    expect(posts({ channel: "DIGNORE" })).toHaveLength(0);
    expect(posts({ channel: "CIGNORE" })).toHaveLength(0);
  });
});

describe("errors", () => {
  it("a failed post is logged with its context and answered with a short apology", async () => {
    fake.inject("chat.postMessage", "fatal_error");
    const event = mention("Who chaired the OSCE in 2010?", { channel: "CFAIL" });
    const body = eventCallback(event);
    await deliver(slack.url, body);
    const apology = await firstPost({ channel: "CFAIL" });
    expect(apology.args.thread_ts).toBe(event.ts);
    expect(visibleText(apology.args)).toMatch(/sorry/i);
    const line = slack.logs.lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === "failed to answer; apologising");
    expect(line).toMatchObject({ level: 50, eventId: body.event_id, channel: "CFAIL", ts: event.ts });
    expect(JSON.stringify(line)).toContain("fatal_error");
  });

  it("a failure in the core is logged and apologised for, in /fact too", async () => {
    await deliver(slack.url, slashCommand("explode-core please", fake.responseUrl("boom")));
    const { body } = await responseTo("boom");
    expect(body.response_type).toBe("ephemeral");
    expect(visibleText(body)).toMatch(/sorry/i);
    expect(slack.logs.text).toContain("the core failed (test)");
  });

  it("never logs the bot token or the signing secret", () => {
    expect(slack.logs.lines.length).toBeGreaterThan(0);
    expect(slack.logs.text).not.toContain(BOT_TOKEN);
    expect(slack.logs.text).not.toContain(SIGNING_SECRET);
  });
});

