/**
 * Fuzzing every renderer (Discord embed, Slack Block Kit, terminal text) with the answers the
 * core gives to hostile questions and with synthetic answers holding anything in any field (100 kB
 * texts, control characters, mention and markdown syntax, broken URLs, 60 sources): the output
 * stays within each platform's limits, can ping no one, and is produced in bounded time. Slack's
 * own message → question step is fuzzed with raw Slack text too.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { formatAnswer } from "../../adapters/cli/format.js";
import { LIMITS as DISCORD, renderAnswer as renderDiscord, type ReplyPayload } from "../../adapters/discord/render.js";
import { questionFromSlackText } from "../../adapters/slack/question.js";
import { LIMITS as SLACK, renderAnswer as renderSlack, type SlackMessage } from "../../adapters/slack/render.js";
import type { Answer } from "../../src/index.js";
import { realFactdesk } from "../helpers/factdesk.js";
import { FUZZ_TIMEOUT_MS, questions, realVocabulary, runs, seed, syntheticAnswer } from "./arbitraries.js";
import { check } from "./check.js";
import { CALL_CAP_MS, CallTimes } from "./timing.js";

const factdesk = realFactdesk();
const vocab = realVocabulary(factdesk);
const NOW = new Date("2026-01-15T12:00:00Z");
const times = {
  discord: new CallTimes("discord renderAnswer()"),
  slack: new CallTimes("slack renderAnswer()"),
  cli: new CallTimes("cli formatAnswer()"),
  slackQuestion: new CallTimes("slack questionFromSlackText()"),
};
let tried = 0;

afterAll(() => {
  for (const t of Object.values(times)) console.info(`[fuzz] ${t.summary()}`);
  console.info(`[fuzz] renderers: ${tried} generated inputs in all`);
});

const wellFormed = (s: string) => (s as unknown as { isWellFormed(): boolean }).isWellFormed();
/** True when no string in the answer holds a lone surrogate (then no output may hold one either). */
function answerIsWellFormed(value: unknown): boolean {
  if (typeof value === "string") return wellFormed(value);
  if (Array.isArray(value)) return value.every(answerIsWellFormed);
  if (value && typeof value === "object") return Object.values(value).every(answerIsWellFormed);
  return true;
}

// ---- Discord -----------------------------------------------------------------------------------

/** Live Discord mention syntax: mass mentions, users, roles, channels. */
const DISCORD_LIVE = /@(everyone|here)|<@[!&]?\d|<#\d/i;

function expectDiscordOk(payload: ReplyPayload, input: Answer): void {
  expect(payload.allowedMentions).toEqual({ parse: [] });
  expect(payload.content?.length ?? 0).toBeLessThanOrEqual(DISCORD.content);
  expect(payload.embeds.length).toBeLessThanOrEqual(10);
  const texts: string[] = [payload.content ?? ""];
  for (const embed of payload.embeds) {
    const fields = embed.fields ?? [];
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD.title);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD.description);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD.footer);
    expect(fields.length).toBeLessThanOrEqual(DISCORD.fields);
    for (const f of fields) {
      expect(f.name.length).toBeGreaterThan(0);
      expect(f.name.length).toBeLessThanOrEqual(DISCORD.fieldName);
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.value.length).toBeLessThanOrEqual(DISCORD.fieldValue);
    }
    const total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(DISCORD.embedTotal);
    texts.push(embed.title ?? "", embed.description ?? "", embed.footer?.text ?? "", ...fields.flatMap((f) => [f.name, f.value]));
  }
  for (const t of texts) {
    expect(t).not.toMatch(DISCORD_LIVE);
    // Cutting to a limit never splits a surrogate pair the input did not already split.
    if (answerIsWellFormed(input)) expect(wellFormed(t), `Discord text with a split surrogate pair: ${JSON.stringify(t.slice(-20))}`).toBe(true);
  }
}

// ---- Slack -------------------------------------------------------------------------------------

/** Live Slack mention syntax (and any <…> that is not one of the renderer's own http links). */
const SLACK_LIVE = /<!(channel|here|everyone)|<@[UW]|<!subteam\^|@(here|channel|everyone)\b/i;

type AnyBlock = { type: string; text?: { type: string; text: string }; elements?: Array<{ type: string; text?: unknown; value?: string }> };

function expectSlackOk(message: SlackMessage, input: Answer): void {
  const blocks = message.blocks as unknown as AnyBlock[];
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(SLACK.blocks);
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(SLACK.fallback);
  const texts = [message.text];
  for (const b of blocks) {
    if (b.type === "section") texts.push(b.text!.text);
    else if (b.type === "context") {
      expect(b.elements!.length).toBeGreaterThan(0);
      expect(b.elements!.length).toBeLessThanOrEqual(SLACK.contextElements);
      for (const e of b.elements!) texts.push((e as { text: string }).text);
    } else if (b.type === "actions") for (const e of b.elements!) expect((e.value ?? "").length).toBeLessThanOrEqual(SLACK.buttonValue);
  }
  for (const t of texts) {
    // Slack rejects an empty or over-long text object.
    expect(t.trim().length).toBeGreaterThan(0);
    expect(t.length).toBeLessThanOrEqual(SLACK.text);
    expect(t).not.toMatch(SLACK_LIVE);
    // The only <…> left are the renderer's own links; every other < > & is escaped.
    const outsideLinks = t.replace(/<https?:\/\/[^\s|<>]+\|[^<>]*>/g, "");
    expect(outsideLinks).not.toMatch(/[<>]/);
    if (answerIsWellFormed(input)) expect(wellFormed(t), `Slack text with a split surrogate pair: ${JSON.stringify(t.slice(-20))}`).toBe(true);
  }
}

// ---- terminal ----------------------------------------------------------------------------------

function expectTerminalOk(text: string): void {
  // No escape sequence or other control character reaches the terminal (tab and newline aside).
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
}

function renderAll(answer: Answer, label: string): void {
  // With the flag button (a flag id as the question path makes them): still within every limit.
  const flagId = "Xy12abCD34ef";
  const d = times.discord.time(label, () => renderDiscord(answer, flagId));
  expectDiscordOk(d.value, answer);
  const ids = (d.value.components ?? []).flatMap((row) => row.components.map((c) => ("custom_id" in c ? c.custom_id : "")));
  expect(ids.length === 1 && ids[0]!.length <= 100).toBe(true); // Discord's custom_id limit
  const s = times.slack.time(label, () => renderSlack(answer, { examples: ["Who chaired the OSCE in 2010?"], shareValue: JSON.stringify({ q: label.slice(0, 50) }), flagId }));
  expectSlackOk(s.value, answer);
  const c = times.cli.time(label, () => formatAnswer(answer));
  expectTerminalOk(c.value);
  for (const ms of [d.ms, s.ms, c.ms]) expect(ms).toBeLessThan(CALL_CAP_MS);
}

describe("renderers under hostile input", () => {
  it("the core's answers to hostile questions render within every platform's limits, with no live mention", () => {
    tried += check(
      fc.property(questions(vocab), (question) => {
        renderAll(factdesk.answer(question, { now: NOW }), question);
      }),
      { numRuns: runs(150), seed: seed() },
    );
  }, FUZZ_TIMEOUT_MS);

  it("answers with anything in any field (100 kB, control characters, mentions, broken URLs) render within limits, with no live mention", () => {
    tried += check(
      fc.property(syntheticAnswer, (answer) => {
        renderAll(answer, answer.text);
      }),
      { numRuns: runs(150), seed: seed() },
    );
  }, FUZZ_TIMEOUT_MS);

  it("Slack text → question: bounded time on any message, and no mention syntax reaches the core", () => {
    const slackText = fc.oneof(
      questions(vocab),
      fc.array(fc.constantFrom("<@", "<!", "<#C1|", "<https://x.y|", "|", ">", "&lt;", "&amp;", "<@U1>", "<!here>", "@here", " "), { maxLength: 40_000 }).map((p) => p.join("")),
    );
    tried += check(
      fc.property(slackText, (text) => {
        const { value, ms } = times.slackQuestion.time(text, () => questionFromSlackText(text));
        expect(value).not.toMatch(/<[@!][A-Z0-9^]+(\|[^>]*)?>/);
        expect(ms).toBeLessThan(CALL_CAP_MS);
      }),
      { numRuns: runs(150), seed: seed() },
    );
  }, FUZZ_TIMEOUT_MS);
});
