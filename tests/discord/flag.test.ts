/**
 * "Wrong or outdated?" end to end through the real discord.js and the fake Discord: the answer
 * carries the button and, in its footer, how the question was read and from which table; the
 * button opens a modal; submitting it appends one line to the flag log and thanks the user
 * ephemerally. Never who flagged.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLAG_BUTTON_PREFIX, FLAG_MODAL_PREFIX, FLAG_NOTE_INPUT } from "../../adapters/discord/render.js";
import { createFlagging, FLAG_FORGOTTEN, FLAG_THANKS } from "../../adapters/shared/flagging.js";
import { FlagsLog } from "../../adapters/shared/flags-log.js";
import { createQuestionPath } from "../../adapters/shared/question-path.js";
import { CONTRACT_NOW } from "../contract/adapter-contract.js";
import { until } from "../reliability/harness.js";
import { factdesk, startBot, type TestBot } from "./bot.js";
import { CallbackType } from "./fake-discord.js";

const KNOWN = "Who chaired the OSCE in 2010?";
const EPHEMERAL = 64;

describe("discord: flagging an answer", () => {
  const logPath = join(mkdtempSync(join(tmpdir(), "factdesk-discord-flags-")), "flags.jsonl");
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startBot({ path: createQuestionPath({ factdesk: factdesk(), flagging: createFlagging(new FlagsLog(logPath)) }) });
  });
  afterAll(() => bot?.stop());

  it("button → modal → submit → one log line and an ephemeral thank-you", async () => {
    const expected = factdesk().answer(KNOWN, { now: CONTRACT_NOW });
    const { id } = bot.fake.command("fact", { question: KNOWN });
    const answer = await bot.fake.waitForReply(id);
    const message = answer.body.data;
    expect(message.embeds[0].footer.text).toContain(`Read as: ${expected.reading!.summary}`);
    expect(message.embeds[0].footer.text).toContain(`table ${expected.revision}`);
    const button = message.components[0].components[0];
    expect(button).toMatchObject({ type: 2, style: 2, label: "Wrong or outdated?" });
    expect(button.custom_id.startsWith(FLAG_BUTTON_PREFIX)).toBe(true);

    const click = bot.fake.clickButton(button.custom_id, answer);
    const modal = await bot.fake.waitForReply(click.id);
    expect(modal.body.type).toBe(CallbackType.Modal);
    expect(modal.body.data.custom_id).toBe(`${FLAG_MODAL_PREFIX}${button.custom_id.slice(FLAG_BUTTON_PREFIX.length)}`);
    expect(modal.body.data.components[0].components[0]).toMatchObject({ custom_id: FLAG_NOTE_INPUT, required: false });

    const submit = bot.fake.submitModal(modal.body.data.custom_id, { [FLAG_NOTE_INPUT]: "Kazakhstan chaired in 2010, but the CiO changed" });
    const thanks = await bot.fake.waitForReply(submit.id);
    expect(thanks.body.type).toBe(CallbackType.ChannelMessage);
    expect(thanks.body.data.content).toBe(FLAG_THANKS);
    expect(thanks.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);

    await until(() => readFileSync(logPath, "utf8").endsWith("\n"), 2_000, "the flag line");
    const lines = readFileSync(logPath, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toEqual({
      time: CONTRACT_NOW.toISOString(),
      platform: "discord",
      question: KNOWN,
      answer: expected.text,
      facts: expected.facts.map((f) => f.id),
      revision: expected.revision,
      note: "Kazakhstan chaired in 2010, but the CiO changed",
    });
    expect(lines[0]).not.toContain(bot.fake.userId);
  });

  it("a flag on an answer the bot no longer remembers is told to ask again, and logs nothing", async () => {
    const before = readFileSync(logPath, "utf8");
    const submit = bot.fake.submitModal(`${FLAG_MODAL_PREFIX}forgotten123`, { [FLAG_NOTE_INPUT]: "" });
    const reply = await bot.fake.waitForReply(submit.id);
    expect(reply.body.data.content).toBe(FLAG_FORGOTTEN);
    expect(reply.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(readFileSync(logPath, "utf8")).toBe(before);
  });

  it("no button without a flag log, and none on a greeting", async () => {
    const plain = await startBot();
    try {
      const { id } = plain.fake.command("fact", { question: KNOWN });
      expect((await plain.fake.waitForReply(id)).body.data.components ?? []).toEqual([]);
    } finally {
      await plain.stop();
    }
    const { id } = bot.fake.command("fact", { question: "hello" });
    const greeting = (await bot.fake.waitForReply(id)).body.data;
    expect(greeting.embeds[0].description).toMatch(/^Hello!/);
    expect(greeting.components ?? []).toEqual([]);
  });
});
