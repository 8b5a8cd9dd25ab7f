/**
 * End to end in Socket Mode (the default): Bolt calls auth.test and apps.connections.open on the
 * fake Web API, connects to the fake socket server, gets `hello`, then events as envelopes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SlackConfig } from "../../adapters/slack/config.js";
import { APP_TOKEN, BOT_TOKEN, FakeSlack } from "./fake-slack.js";
import { canPing, directMessage, eventCallback, links, mention, sleep, startAdapter, visibleText, type Running } from "./helpers.js";

const fake = new FakeSlack();
let slack: Running;

beforeAll(async () => {
  await fake.start();
  slack = await startAdapter(fake, "socket"); // no bot identity given: Bolt asks auth.test
});
afterAll(async () => {
  await slack?.adapter.stop();
  await fake.stop();
});

const ackFor = (envelopeId: string) => fake.waitFor(() => fake.acks.find((a) => a.envelope_id === envelopeId), 5_000, `the ack of ${envelopeId}`);
const posts = (channel: string) => fake.callsTo("chat.postMessage").filter((c) => c.args.channel === channel);

describe("Socket Mode", () => {
  it("starts with auth.test (bot token) and apps.connections.open (app token), then connects", () => {
    expect(fake.callsTo("auth.test").map((c) => c.token)).toEqual([BOT_TOKEN]);
    expect(fake.callsTo("apps.connections.open").map((c) => c.token)).toEqual([APP_TOKEN]);
    expect(fake.socketConnections).toHaveLength(1);
  });

  it("acks an events_api envelope and posts the answer in a thread", async () => {
    const event = mention("Who chaired the OSCE in 2010?", { channel: "CSOCK" });
    const envelopeId = fake.sendEnvelope(eventCallback(event));
    await ackFor(envelopeId);
    const reply = await fake.waitFor(() => posts("CSOCK")[0], 5_000, "the reply");
    expect(reply.args.thread_ts).toBe(event.ts);
    expect(visibleText(reply.args)).toContain("Kazakhstan");
    expect(links(reply.args).length).toBeGreaterThan(0);
    expect(canPing(reply.args)).toBe(false);
  });

  it("answers a DM", async () => {
    const envelopeId = fake.sendEnvelope(eventCallback(directMessage("Who chaired the OSCE in 2010?", { channel: "DSOCK" })));
    await ackFor(envelopeId);
    await fake.waitFor(() => posts("DSOCK")[0], 5_000, "the DM reply");
  });

  it("acks a redelivered envelope (retry_attempt) without answering again", async () => {
    const body = eventCallback(mention("Who chaired the OSCE in 2010?", { channel: "CSOCKRETRY" }));
    await ackFor(fake.sendEnvelope(body));
    await ackFor(fake.sendEnvelope(body, { retry_attempt: 1, retry_reason: "timeout" }));
    await fake.waitFor(() => posts("CSOCKRETRY")[0]);
    await sleep(300);
    expect(posts("CSOCKRETRY")).toHaveLength(1);
  });

  it("acks /fact over the socket and answers through the response URL", async () => {
    const envelopeId = fake.sendEnvelope(
      { command: "/fact", text: "who chaired the OSCE in 2010?", team_id: "T1", channel_id: "CSOCK", user_id: "UASKER", api_app_id: "A1", response_url: fake.responseUrl("sock-cmd"), trigger_id: "1.2.3" },
      { type: "slash_commands" },
    );
    await ackFor(envelopeId);
    const response = await fake.waitFor(() => fake.responses.find((r) => r.id === "sock-cmd"));
    expect(response.body.response_type).toBe("ephemeral");
    expect(visibleText(response.body)).toContain("Kazakhstan");
  });

  it("stop() completes the close handshake promptly and does not reconnect", async () => {
    const started = Date.now();
    await slack.adapter.stop();
    expect(Date.now() - started).toBeLessThan(2_000);
    await fake.waitFor(() => fake.socketCloses.includes(1000), 1_000, "a normal closure");
    await sleep(300);
    expect(fake.socketConnections).toHaveLength(1);
    expect(fake.openSockets).toBe(0);
    await slack.adapter.stop(); // safe to call twice
  });

  it("stop() stays bounded when the peer never answers the close frame, and leaves no timer behind", async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
    const before = timers();
    const stalled = await startAdapter(fake, "socket", { stopTimeoutMs: 300 });
    fake.stallSockets();
    const started = Date.now();
    await stalled.adapter.stop();
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(stalled.logs.text).toContain("did not complete the close handshake");
    await sleep(50);
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it("never logs the bot or app token, even at debug level", () => {
    expect(slack.logs.text).toContain("apps.connections.open"); // debug logs were on
    expect(slack.logs.text).not.toContain(BOT_TOKEN);
    expect(slack.logs.text).not.toContain(APP_TOKEN);
  });
});

describe("Socket Mode start failures", () => {
  it("a bot token Slack rejects fails start() clearly, without printing the token", async () => {
    const badToken = "xoxb-revoked-token-000";
    const failure = await startAdapter(fake, "socket", { config: { botToken: badToken } }).then(
      () => new Error("start() should have failed"),
      (err: Error) => err,
    );
    expect(failure.message).toMatch(/SLACK_BOT_TOKEN.*invalid_auth/);
    expect(failure.message).not.toContain(badToken);
  });

  it("an app token Slack rejects fails start() clearly, without printing the token", async () => {
    const badToken = "xapp-revoked-token-000";
    const failure = await startAdapter(fake, "socket", { config: { appToken: badToken } as Partial<SlackConfig> }).then(
      () => new Error("start() should have failed"),
      (err: Error) => err,
    );
    expect(failure.message).toMatch(/SLACK_APP_TOKEN.*invalid_auth/);
    expect(failure.message).not.toContain(badToken);
    expect((failure as Error & { logs: { text: string } }).logs.text).not.toContain(badToken);
  });
});
