/**
 * End to end: the real discord.js client logs in to the fake Discord through DISCORD_API_BASE,
 * receives INTERACTION_CREATE over the gateway and answers over REST, as it would in production.
 */
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../adapters/discord/index.js";
import { plain } from "../../adapters/discord/render.js";
import { createLogger } from "../../adapters/shared/logger.js";
import type { Factdesk } from "../../src/index.js";
import { until } from "../reliability/harness.js";
import { factdesk, settle, startBot, type TestBot } from "./bot.js";
import { CallbackType, renderedText, startFakeDiscord } from "./fake-discord.js";

const KNOWN = "Who chaired the OSCE in 2010?";
const UNKNOWN = "What's the weather in Almaty?";
const EPHEMERAL = 64;

describe("discord adapter, driven through a fake Discord", () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(() => bot?.stop());

  it("answers /fact with one embed: the answer, linked sources, the validity footer, no pings", async () => {
    const { id } = bot.fake.command("fact", { question: KNOWN });
    const reply = await bot.fake.waitForReply(id);
    await settle();

    expect(bot.fake.repliesTo(id)).toHaveLength(1);
    expect(reply.kind).toBe("callback");
    expect(reply.body.type).toBe(CallbackType.ChannelMessage);
    const message = reply.body.data;
    expect(message.flags ?? 0).toBe(0); // public
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds).toHaveLength(1);
    const [embed] = message.embeds;
    expect(embed.description).toContain("Kazakhstan");
    const sources = embed.fields.find((field: { name: string }) => /^Sources?$/.test(field.name));
    expect(sources?.value).toMatch(/\[[^\]]+\]\(https?:\/\/[^)\s]+\)/); // a linked title
    const expected = factdesk().answer(KNOWN, { now: new Date("2026-01-15T12:00:00Z") });
    expect(sources?.value).toContain(expected.sources[0]?.publisher);
    expect(embed.footer?.text).toContain(expected.validFor ?? "");
  });

  it("replies ephemerally (flags 64) with private:true", async () => {
    const reply = await bot.ask(KNOWN, { private: true });
    expect(reply.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.visibleText).toContain("Kazakhstan");
    expect(reply.replyCount).toBe(1);
  });

  it("offers autocomplete choices (callback type 8), at most 25, each at most 100 characters, fast", async () => {
    const started = Date.now();
    const { id } = bot.fake.autocomplete("Who chaired the OSCE in 20");
    const reply = await bot.fake.waitForReply(id);
    expect(Date.now() - started).toBeLessThan(2_000); // Discord allows 3 s; slack left for a loaded CI machine
    expect(reply.body.type).toBe(CallbackType.AutocompleteResult);
    const choices: Array<{ name: string; value: string }> = reply.body.data.choices;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value).toBe(choice.name);
    }
    expect(choices.some((choice) => /OSCE/i.test(choice.name))).toBe(true);
  });

  it("answers autocomplete exactly once even when nothing matches", async () => {
    const { id } = bot.fake.autocomplete("zzzz qqqq xxxx");
    const reply = await bot.fake.waitForReply(id);
    await settle();
    expect(reply.body.type).toBe(CallbackType.AutocompleteResult);
    expect(Array.isArray(reply.body.data.choices)).toBe(true);
    expect(bot.fake.repliesTo(id)).toHaveLength(1);
  });

  it("/fact-help lists what the table knows, with examples, only to the asker", async () => {
    const { id } = bot.fake.command("fact-help");
    const reply = await bot.fake.waitForReply(id);
    const { visibleText, flags } = renderedText(reply.body);
    expect(flags & EPHEMERAL).toBe(EPHEMERAL);
    const topics = factdesk().help();
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics.slice(0, 5)) expect(visibleText).toContain(plain(topic.name));
    expect(visibleText).toContain(plain(topics[0]?.examples[0] ?? "")); // example questions
  });

  it("says plainly when it does not know, with example questions and no sources", async () => {
    const reply = await bot.ask(UNKNOWN);
    expect(reply.visibleText).toMatch(/don.t know|not sure|can.t answer/i);
    expect(reply.visibleText).toContain("Try asking");
    expect(reply.visibleText).toMatch(/•.*\?/);
    expect(reply.links).toEqual([]);
    expect(reply.replyCount).toBe(1);
  });

  it("never pings, whatever the question contains", async () => {
    const reply = await bot.ask(`@everyone @here <@${bot.fake.userId}> <@&123456789012345678> ${KNOWN}`);
    expect(reply.canPing).toBe(false);
    expect(reply.visibleText).not.toMatch(/@everyone|@here|<@/);
    expect(reply.replyCount).toBe(1);
  });

  it("survives a 500 on the interaction callback: retried, delivered once", async () => {
    bot.fake.failNextCallback(500);
    const reply = await bot.ask(KNOWN);
    expect(reply.visibleText).toContain("Kazakhstan");
    expect(bot.fake.repliesTo(reply.id).map((r) => r.status)).toEqual([500, 204]);
    expect(reply.replyCount).toBe(1);
  });

  it("survives a 429 with Retry-After on the callback: waits, retries, delivered once", async () => {
    bot.fake.failNextCallback(429, 0.05);
    const reply = await bot.ask(KNOWN);
    expect(reply.visibleText).toContain("Kazakhstan");
    expect(bot.fake.repliesTo(reply.id).map((r) => r.status)).toEqual([429, 204]);
    expect(reply.replyCount).toBe(1);
    expect(bot.logs()).toContain("rate limited by Discord");
  });

  it("resumes after the gateway closes the socket, and answers the next question", async () => {
    const resumed = once(bot.fake, "resume");
    bot.fake.closeGateway(4000);
    await resumed;
    const reply = await bot.ask(KNOWN);
    expect(reply.visibleText).toContain("Kazakhstan");
    expect(bot.fake.gateway.identifies).toBe(1); // resumed, not re-identified
    expect(bot.fake.gateway.resumes).toBe(1);
  });

  it("after a dropped connection, answers the question Discord replays on resume", async () => {
    bot.fake.dropGateway();
    await settle(20);
    const { id } = bot.fake.command("fact", { question: KNOWN }); // queued while disconnected
    const reply = await bot.fake.waitForReply(id);
    expect(renderedText(reply.body).visibleText).toContain("Kazakhstan");
    expect(bot.fake.gateway.resumes).toBe(2);
  });

  it("defers an interaction that is already late, then edits the deferred reply (once each)", async () => {
    const { id } = bot.fake.command("fact", { question: KNOWN, private: true }, { createdAt: Date.now() - 2_500 });
    const reply = await bot.fake.waitForReply(id);
    await settle();
    const requests = bot.fake.repliesTo(id);
    expect(requests.map((r) => r.kind)).toEqual(["callback", "edit"]);
    expect(requests[0]?.body).toMatchObject({ type: CallbackType.DeferredChannelMessage, data: { flags: EPHEMERAL } });
    expect(reply.kind).toBe("edit");
    expect(renderedText(reply.body).visibleText).toContain("Kazakhstan");
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
  });

  it("heartbeats were acknowledged and the token never reached the logs", () => {
    expect(bot.fake.gateway.heartbeats).toBeGreaterThan(0);
    expect(bot.logs()).toContain("discord adapter ready");
    expect(bot.logs()).not.toContain(bot.fake.token);
  });
});

describe("discord adapter failures", () => {
  it("answers with a short apology and logs the error when the core throws", async () => {
    const real = factdesk();
    const broken: Factdesk = {
      help: () => real.help(),
      stats: real.stats,
      answer: () => {
        throw new Error("core exploded");
      },
      complete: () => {
        throw new Error("completion exploded");
      },
    };
    const bot = await startBot({ factdesk: broken });
    try {
      const reply = await bot.ask(KNOWN);
      expect(reply.visibleText).toMatch(/^Sorry/);
      expect(reply.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(reply.replyCount).toBe(1);
      expect(reply.canPing).toBe(false);
      expect(bot.logs()).toContain("failed to answer; apologising");
      expect(bot.logs()).toContain("core exploded");

      const { id } = bot.fake.autocomplete("who");
      const suggestion = await bot.fake.waitForReply(id);
      await settle();
      expect(suggestion.body.data.choices).toEqual([]);
      expect(bot.fake.repliesTo(id)).toHaveLength(1);
      expect(bot.logs()).toContain("completion exploded");
    } finally {
      await bot.stop();
    }
  });

  it("logs and apologises once when the reply cannot be delivered, without a second answer", async () => {
    const bot = await startBot();
    try {
      // 500 four times: discord.js gives up after its 3 retries; the apology then goes through.
      for (let i = 0; i < 4; i++) bot.fake.failNextCallback(500);
      const reply = await bot.ask(KNOWN);
      expect(reply.visibleText).toMatch(/^Sorry/);
      expect(reply.replyCount).toBe(1);
      expect(bot.logs()).toContain("failed to answer; apologising");
      // The failed request's URL carries the interaction's token: never in a log line.
      expect(bot.logs()).toContain(`/interactions/${reply.id}/[redacted]/callback`);
      expect(bot.logs()).not.toContain(`itoken-${reply.id}`);
    } finally {
      await bot.stop();
    }
  });

  it("a failed edit of a deferred reply logs no webhook token either", async () => {
    const bot = await startBot();
    try {
      for (let i = 0; i < 4; i++) bot.fake.failNextEdit(500);
      const { id } = bot.fake.command("fact", { question: KNOWN }, { createdAt: Date.now() - 2_500 });
      await until(() => bot.logs().includes("failed to answer; apologising"), 5_000, "the failure to be logged");
      expect(bot.logs()).toMatch(/\/webhooks\/\d+\/\[redacted\]\/messages/);
      expect(bot.logs()).not.toContain(`itoken-${id}`);
    } finally {
      await bot.stop();
    }
  });

  it("start() fails clearly on a rejected token, without printing it", async () => {
    const fake = await startFakeDiscord();
    const wrongToken = "wrong-token.definitely-secret.42";
    const adapter = createDiscordAdapter(
      { token: wrongToken, applicationId: fake.applicationId, apiBase: fake.apiBase },
      { factdesk: factdesk(), logger: createLogger({ level: "silent" }) },
    );
    try {
      const error = await adapter.start().then(
        () => undefined,
        (err: unknown) => err as Error,
      );
      expect(error?.message).toMatch(/token/i);
      expect(error?.message).not.toContain(wrongToken);
      expect(fake.gateway.connections).toBe(0);
    } finally {
      await adapter.stop();
      await adapter.stop(); // safe twice
      await fake.close();
    }
  });
});
