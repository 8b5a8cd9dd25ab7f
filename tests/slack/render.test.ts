/** Answer → Block Kit, as pure functions: escaping, inert mentions, sources, Block Kit limits. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS, mrkdwn, renderAnswer, renderHelp, SHARE_ACTION_ID } from "../../adapters/slack/render.js";
import type { Answer, HelpTopic, Source } from "../../src/index.js";
import { blockTexts, canPing, links, LIVE_MENTION, visibleText } from "./helpers.js";

const source: Source = { publisher: "OSCE", title: "Kazakhstan's OSCE Chairmanship 2010", date: "2010-01-14", url: "https://www.osce.org/cio/50751" };
const answered = (over: Partial<Answer> = {}): Answer => ({
  status: "answered",
  text: "Kazakhstan held the 2010 OSCE Chairmanship.",
  intent: { relation: "osce_chair", shape: "value", confidence: 1 },
  facts: [],
  sources: [source],
  suggestions: [],
  validFor: "2010",
  ...over,
});
const unknown = (over: Partial<Answer> = {}): Answer => ({
  status: "unknown",
  text: "I don't know that.",
  intent: null,
  facts: [],
  sources: [],
  suggestions: [],
  ...over,
});

type AnyBlock = { type: string; text?: { text: string }; elements?: { type: string; text?: unknown; value?: string; action_id?: string }[] };
const blocksOf = (m: { blocks: unknown[] }) => m.blocks as AnyBlock[];

/** Every Block Kit limit this renderer promises to respect. */
function expectWithinLimits(message: { text: string; blocks: unknown[] }) {
  const blocks = blocksOf(message);
  expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  expect(message.text.length).toBeLessThanOrEqual(LIMITS.fallback);
  for (const b of blocks) {
    if (b.type === "context") expect(b.elements!.length).toBeLessThanOrEqual(LIMITS.contextElements);
  }
  for (const t of blockTexts(message.blocks)) expect(t.length).toBeLessThanOrEqual(LIMITS.text);
}

/** No raw <, > or & except Slack's own link syntax and the three entities. */
function expectEscaped(message: { text: string; blocks: unknown[] }) {
  for (const t of [message.text, ...blockTexts(message.blocks)]) {
    const withoutLinks = t.replace(/<https?:\/\/[^\s|<>]+\|[^<>]*>/g, "");
    expect(withoutLinks).not.toMatch(/[<>]/);
    expect(withoutLinks.replace(/&(amp|lt|gt);/g, "")).not.toContain("&");
  }
}

describe("answered", () => {
  it("renders the answer section, then a context block with linked title · publisher · date, and the validity", () => {
    const m = renderAnswer(answered());
    const [section, context] = blocksOf(m);
    expect(section).toEqual({ type: "section", text: { type: "mrkdwn", text: "Kazakhstan held the 2010 OSCE Chairmanship." } });
    expect(context!.type).toBe("context");
    expect(context!.elements!.map((e) => e.text)).toEqual([
      "<https://www.osce.org/cio/50751|Kazakhstan's OSCE Chairmanship 2010> · OSCE · 2010-01-14",
      ":calendar: 2010",
    ]);
    expect(m.text).toContain("Kazakhstan held the 2010 OSCE Chairmanship.");
    expect(m.text).toContain("Kazakhstan's OSCE Chairmanship 2010");
  });

  it("prints a source without a URL (a seed document) as text, naming the document", () => {
    const m = renderAnswer(answered({ sources: [{ publisher: "CEC", title: "Final results", document: "cec-2019.pdf" }] }));
    expect(blockTexts(m.blocks)).toContain("Final results · CEC · _cec-2019.pdf_");
    expect(links(m)).toEqual([]);
  });

  it("links only http(s) URLs and keeps | and > from breaking the link", () => {
    const m = renderAnswer(
      answered({
        sources: [
          { publisher: "X", title: "Evil", url: "javascript:alert(1)" },
          { publisher: "Y", title: "Pipes", url: "https://example.org/a|b?c=1&d=2" },
        ],
      }),
    );
    const texts = blockTexts(m.blocks);
    expect(texts).toContain("Evil · X");
    expect(texts).toContain("<https://example.org/a%7Cb?c=1&amp;d=2|Pipes> · Y");
    expect(links(m)).toEqual(["https://example.org/a%7Cb?c=1&d=2"]);
  });

  it("offers the share button only when asked to, within the button value limit", () => {
    const withButton = blocksOf(renderAnswer(answered(), { shareValue: '{"q":"x"}' })).at(-1)!;
    expect(withButton.type).toBe("actions");
    expect(withButton.elements![0]).toMatchObject({ action_id: SHARE_ACTION_ID, value: '{"q":"x"}' });
    expect(blocksOf(renderAnswer(answered())).some((b) => b.type === "actions")).toBe(false);
    expect(blocksOf(renderAnswer(answered(), { shareValue: "x".repeat(LIMITS.buttonValue + 1) })).some((b) => b.type === "actions")).toBe(false);
  });
});

describe("unknown and ambiguous", () => {
  it("says so and lists the suggested questions", () => {
    const m = renderAnswer(unknown({ suggestions: ["Who chaired the OSCE in 2010?", "Who chairs the OSCE now?"] }));
    const text = visibleText(m);
    expect(text).toContain("I don't know that.");
    expect(text).toContain("Try asking:");
    expect(text).toContain("• Who chaired the OSCE in 2010?");
    expect(m.text).toContain("Try: Who chaired the OSCE in 2010?");
  });

  it("does not list twice a suggestion the core's text already quotes", () => {
    const m = renderAnswer(unknown({ text: 'I don\'t know. Try "Who chaired the OSCE in 2010?"', suggestions: ["Who chaired the OSCE in 2010?", "Who chairs it now?"] }));
    expect(blockTexts(m.blocks).join("\n").split("Who chaired the OSCE in 2010?")).toHaveLength(2);
    expect(visibleText(m)).toContain("• Who chairs it now?");
  });

  it("falls back to example questions from help() when the core has no suggestion", () => {
    const m = renderAnswer(unknown(), { examples: ["Who chaired the OSCE in 2010?"] });
    expect(visibleText(m)).toContain("• Who chaired the OSCE in 2010?");
  });

  it("asks which one was meant when the question is ambiguous", () => {
    const m = renderAnswer(unknown({ status: "ambiguous", text: "Which election?", suggestions: ["the 2019 presidential election?", "the 2022 presidential election?"] }));
    expect(visibleText(m)).toContain("Did you mean:");
  });
});

describe("nothing can ping, everything is escaped", () => {
  const hostile = "<!channel> <!here> <!everyone> <@U123> <@W9|ann> <!subteam^S1|@editors> @here @channel @everyone a & b < c > d";

  it("turns mention syntax in any field into inert text", () => {
    const m = renderAnswer(
      answered({ text: hostile, validFor: hostile, sources: [{ publisher: hostile, title: hostile, date: "2010", url: "https://x.org/<!here>" }] }),
      { shareValue: "v" },
    );
    const u = renderAnswer(unknown({ text: hostile, suggestions: [hostile] }));
    for (const message of [m, u]) {
      expect(canPing(message as unknown as Record<string, unknown>)).toBe(false);
      expect(JSON.stringify(message)).not.toMatch(LIVE_MENTION);
      expect(visibleText(message)).not.toMatch(/@(here|channel|everyone)\b|<!|<@/);
      expectEscaped(message);
    }
    // Still readable: the names survive, only the ping does not.
    expect(visibleText(m)).toContain("@\u200Beditors");
    expect(visibleText(m)).toContain("a & b < c > d");
  });

  it("holds for arbitrary text in every field (property)", () => {
    const piece = fc.oneof(
      fc.constantFrom("<!here>", "<!channel|channel>", "<@U1>", "<@W2|x>", "<!subteam^S1>", "@everyone", "<", ">", "&", "|", "&amp;", " ", "\n", "word", "https://a.b"),
      fc.string({ maxLength: 8 }),
    );
    const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, text, text, text, fc.boolean(), (a, b, c, d, isAnswered) => {
        const answer = isAnswered
          ? answered({ text: a, validFor: b, sources: [{ publisher: c, title: d, url: `https://x.org/${b}` }] })
          : unknown({ text: a, suggestions: [b, c, d] });
        const m = renderAnswer(answer, { shareValue: "v" });
        expect(JSON.stringify(m)).not.toMatch(LIVE_MENTION);
        expect(visibleText(m)).not.toMatch(/@(here|channel|everyone)\b/i);
        expectEscaped(m);
        expectWithinLimits(m);
      }),
      { numRuns: 300 },
    );
  });

  it("mrkdwn() escapes the three control characters", () => {
    expect(mrkdwn("AT&T <b>")).toBe("AT&amp;T &lt;b&gt;");
  });
});

describe("Block Kit limits, without cutting words or links", () => {
  it("splits a long answer into sections of at most 3,000 characters at word boundaries", () => {
    const words = Array.from({ length: 2_000 }, (_, i) => `word${i}&co`);
    const m = renderAnswer(answered({ text: words.join(" ") }));
    expectWithinLimits(m);
    const sections = blocksOf(m).filter((b) => b.type === "section").map((b) => b.text!.text);
    expect(sections.length).toBeGreaterThan(1);
    // Rejoined, nothing is lost or cut: every word (and its &amp; entity) is whole.
    expect(sections.join(" ").split(" ")).toEqual(words.map((w) => mrkdwn(w)));
  });

  it("packs 200 sources into at most 3 context blocks of 10 elements, counts the rest, keeps the footer", () => {
    const sources = Array.from({ length: 200 }, (_, i) => ({ publisher: "P", title: `Title number ${i}`, url: `https://x.org/${i}` }));
    const m = renderAnswer(answered({ sources }), { shareValue: "v" });
    expectWithinLimits(m);
    const elements = blocksOf(m).filter((b) => b.type === "context").flatMap((b) => b.elements!.map((e) => e.text as string));
    expect(elements.at(-1)).toBe(":calendar: 2010");
    expect(elements.at(-2)).toBe("…and 172 more sources");
    for (const e of elements.slice(0, -2)) expect(e).toMatch(/^<https:\/\/x\.org\/\d+\|Title number \d+> · P$/);
    expect(blocksOf(m).at(-1)!.type).toBe("actions");
  });

  it("shortens a monstrous source title at a word, never the link", () => {
    const title = Array.from({ length: 1_500 }, () => "long").join(" ");
    const m = renderAnswer(answered({ sources: [{ publisher: "P", title, url: "https://x.org/t" }] }));
    expectWithinLimits(m);
    const element = blockTexts(m.blocks).find((t) => t.startsWith("<https://x.org/t|"))!;
    expect(element).toMatch(/^<https:\/\/x\.org\/t\|(long )+long…> · P$/);
  });

  it("keeps help within 50 blocks for hundreds of topics", () => {
    const topics: HelpTopic[] = Array.from({ length: 400 }, (_, i) => ({
      relation: `r${i}`,
      name: `Topic ${i}`,
      about: "What this topic is about, in a sentence of reasonable length for a curator to write.",
      examples: [`Question ${i}?`, `Another question ${i}?`],
    }));
    const m = renderHelp(topics);
    expectWithinLimits(m);
    expectEscaped(m);
    expect(visibleText(m)).toContain("Topic 0");
    expect(visibleText(m)).toContain("Question 0?");
  });
});
