/** render.ts is pure: Discord's limits, escaping and link integrity checked without a client. */
import type { APIEmbed } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  LIMITS,
  escapeMarkdown,
  fitText,
  plain,
  renderAnswer,
  renderApology,
  renderHelp,
  safeUrl,
  sourceLine,
  toChoices,
} from "../../adapters/discord/render.js";
import type { Answer, Source } from "../../src/index.js";

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    status: "answered",
    text: "Kazakhstan held the OSCE Chairmanship in 2010.",
    intent: { relation: "osce_chair", shape: "value", confidence: 1 },
    facts: [],
    sources: [{ publisher: "OSCE", title: "Kazakhstan's Chairmanship", date: "2010-01-01", url: "https://www.osce.org/cio/50751" }],
    suggestions: [],
    validFor: "2010",
    ...overrides,
  };
}

function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

function expectWithinLimits(embed: APIEmbed): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
  for (const field of embed.fields ?? []) {
    expect(field.name.length).toBeGreaterThan(0);
    expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(field.value.length).toBeGreaterThan(0);
    expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(embedSize(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
}

/** Every masked link in the embed, and whether any "](" was left without a whole link around it. */
function links(embed: APIEmbed): { urls: string[]; broken: number } {
  const text = [embed.description, ...(embed.fields ?? []).map((field) => field.value)].join("\n");
  // A live link: unescaped "[", text without brackets, unescaped "](", an http(s) target.
  const whole = [...text.matchAll(/(?<!\\)\[[^[\]]*(?<!\\)\]\((https?:\/\/[^\s)]+)\)/g)];
  return { urls: whole.map((m) => m[1] ?? ""), broken: (text.match(/(?<!\\)\]\(/g) ?? []).length - whole.length };
}

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(" ");

describe("fitText", () => {
  it("leaves text within the limit alone", () => {
    expect(fitText("short text", 2000)).toBe("short text");
  });

  it("cuts at a word boundary and marks the cut", () => {
    const text = words(1000);
    const cut = fitText(text, LIMITS.content);
    expect(cut.length).toBeLessThanOrEqual(LIMITS.content);
    expect(cut.endsWith("…")).toBe(true);
    const kept = cut.slice(0, -1);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toBe(" "); // the next character was a space: no word was broken
  });

  it("cuts a single over-long word without splitting a surrogate pair or an escape", () => {
    expect(fitText("😀".repeat(50), 11)).toBe(`${"😀".repeat(5)}…`);
    const escaped = fitText("\\*".repeat(20), 8); // "\*\*\*\*…" not "\*\*\*\…"
    expect(escaped).toBe("\\*\\*\\*…");
  });
});

describe("escaping", () => {
  it("neutralises mass mentions, user, role and channel mentions", () => {
    const text = plain("@everyone @here <@123456789012345678> <@&123456789012345678> <#123456789012345678> <!channel>");
    expect(text).not.toMatch(/@everyone|@here|<@|<#|<!/);
  });

  it("escapes markdown so text reads literally", () => {
    expect(escapeMarkdown("**bold** _it_ `code` ~~s~~ ||spoiler|| [x](y)")).toBe(
      "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\[x\\](y)",
    );
    expect(escapeMarkdown("# not a heading\n> not a quote\n- not a list")).toBe("\\# not a heading\n\\> not a quote\n\\- not a list");
  });

  it("keeps only http(s) links, with parentheses encoded so they cannot end the link", () => {
    expect(safeUrl("https://en.wikipedia.org/wiki/Foo_(bar)")).toBe("https://en.wikipedia.org/wiki/Foo_%28bar%29");
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("not a url")).toBeUndefined();
  });
});

describe("renderAnswer", () => {
  it("renders an answer with linked sources, publisher, date and a validity footer, pinging nobody", () => {
    const reply = renderAnswer(answer());
    expect(reply.allowedMentions).toEqual({ parse: [] });
    const [embed] = reply.embeds;
    expect(embed?.description).toBe("Kazakhstan held the OSCE Chairmanship in 2010.");
    expect(embed?.fields).toEqual([
      { name: "Source", value: "1. [Kazakhstan's Chairmanship](https://www.osce.org/cio/50751) — OSCE, 2010-01-01" },
    ]);
    expect(embed?.footer?.text).toBe("Valid: 2010");
  });

  it("names a seed document when a source has no URL, and flags non-final figures", () => {
    const reply = renderAnswer(
      answer({
        sources: [{ publisher: "CEC", title: "Protocol", document: "protocol-2019.pdf" }],
        facts: [{ id: "f1", relation: "r", values: {}, status: "preliminary", sources: [] }],
      }),
    );
    expect(reply.embeds[0]?.fields?.[0]?.value).toBe("1. Protocol — CEC, `protocol-2019.pdf`");
    expect(reply.embeds[0]?.footer?.text).toBe("Valid: 2010 · Includes preliminary figures");
  });

  it("renders unknown with example questions, ambiguous with 'Did you mean'", () => {
    const unknown = renderAnswer(
      answer({ status: "unknown", text: "I don't know that one.", sources: [], validFor: undefined, suggestions: ["Who chaired the OSCE in 2010?"] }),
    );
    expect(unknown.embeds[0]?.fields).toEqual([{ name: "Try asking", value: "• Who chaired the OSCE in 2010?" }]);
    expect(unknown.embeds[0]?.footer).toBeUndefined();
    const ambiguous = renderAnswer(answer({ status: "ambiguous", text: "Which one?", sources: [], suggestions: ["A?", "B?"] }));
    expect(ambiguous.embeds[0]?.fields?.[0]).toEqual({ name: "Did you mean", value: "• A?\n• B?" });
  });

  it("cuts a long answer at a word, within 4,096 characters", () => {
    const text = words(2000);
    const description = renderAnswer(answer({ text })).embeds[0]?.description ?? "";
    expect(description.length).toBeLessThanOrEqual(LIMITS.description);
    expect(description.endsWith("…")).toBe(true);
    expect(text[description.length - 1]).toBe(" ");
  });

  it("spreads many sources over fields of whole lines, keeps every link whole, says how many were left out", () => {
    const sources: Source[] = Array.from({ length: 120 }, (_, i) => ({
      publisher: `Publisher ${i}`,
      title: `A rather long report title number ${i} about elections, observers and the chairmanship`,
      date: "2010-12-01",
      url: `https://example.org/reports/${i}/a-long-path-segment-to-make-the-url-longer?ref=factdesk`,
    }));
    const [embed] = renderAnswer(answer({ text: words(600), sources })).embeds;
    if (!embed) throw new Error("no embed");
    expectWithinLimits(embed);
    const { urls, broken } = links(embed);
    expect(broken).toBe(0);
    expect(urls).toEqual(sources.slice(0, urls.length).map((s) => s.url));
    expect(embed.fields?.[0]?.name).toBe("Sources");
    expect(embed.fields?.[1]?.name).toBe("Sources (continued)");
    expect(embed.footer?.text).toContain(`${sources.length - urls.length} more sources not shown`);
  });

  it("shortens an over-long source title rather than its link; drops a link too long to fit rather than cut it", () => {
    const title = `${"Very long title ".repeat(100)}end`;
    const line = sourceLine({ publisher: "P", title, url: "https://example.org/x" }, 1);
    expect(line.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(line).toMatch(/^1\. \[Very long title .*…\]\(https:\/\/example\.org\/x\) — P$/);
    const hugeUrl = `https://example.org/${"a".repeat(1100)}`;
    const noLink = sourceLine({ publisher: "P", title: "Short", url: hugeUrl }, 2);
    expect(noLink.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(noLink).not.toContain("](");
  });

  it("never pings and never shows raw markdown from the data", () => {
    const reply = renderAnswer(
      answer({
        text: "**Kazakhstan** @everyone <@123456789012345678>",
        sources: [{ publisher: "@here", title: "[evil](https://evil.example) title", url: "https://example.org/ok" }],
        validFor: "@everyone",
      }),
    );
    const [embed] = reply.embeds;
    const all = JSON.stringify(embed);
    expect(all).not.toMatch(/@everyone|@here|<@/);
    expect(embed?.description).toContain("\\*\\*Kazakhstan\\*\\*");
    expect(links(embed ?? {}).urls).toEqual(["https://example.org/ok"]);
    expect(embed?.fields?.[0]?.value).toBe("1. [(evil)(https://evil.example) title](https://example.org/ok) — @\u200bhere");
  });

  it("keeps any answer within every Discord limit with every link whole (property)", () => {
    // Words mixed with the pieces most likely to break markdown, links or mentions.
    const tricky = (maxParts: number) =>
      fc
        .array(
          fc.oneof(
            fc.string({ unit: "grapheme", maxLength: 60 }),
            fc.constantFrom("[x](https://evil.example)", "a](b", "[[", "]]", "@everyone", "<@123456789012345678>", "**", "\\", "😀", "\n# h"),
          ),
          { maxLength: maxParts },
        )
        .map((parts) => parts.join(" "));
    const text = tricky(200);
    const source = fc.record({
      publisher: tricky(10),
      title: tricky(60),
      date: fc.option(fc.constantFrom("2010", "2010-04", "2010-04-01"), { nil: undefined }),
      url: fc.option(fc.webUrl(), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.constantFrom("answered", "unknown", "ambiguous" as const),
        text,
        fc.array(source, { maxLength: 80 }),
        fc.array(tricky(20), { maxLength: 40 }),
        fc.option(tricky(100), { nil: undefined }),
        (status, body, sources, suggestions, validFor) => {
          const reply = renderAnswer(answer({ status, text: body, sources, suggestions, validFor }));
          expect(reply.allowedMentions).toEqual({ parse: [] });
          const [embed] = reply.embeds;
          if (!embed) throw new Error("no embed");
          expectWithinLimits(embed);
          const rendered = links(embed);
          expect(rendered.broken).toBe(0);
          expect(JSON.stringify(embed)).not.toMatch(/@everyone|@here|<@/);
          for (const url of rendered.urls) expect(sources.some((s) => s.url && safeUrl(s.url) === url)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("renderHelp, renderApology, toChoices", () => {
  it("builds /fact-help from the topics: one line each, with as many examples as fit", () => {
    const topic = (i: number) => ({
      relation: `r${i}`,
      name: `Topic ${i}`,
      about: `What topic ${i} is about.`,
      examples: [`Example question ${i}?`, `Another example ${i}?`, `Third ${i}?`, `Fourth ${i}?`],
    });
    const few = renderHelp([topic(0), topic(1)], { facts: 12, relations: 2 }).embeds[0];
    expect(few?.title).toBe("What I can answer");
    expect(few?.description).toContain("**Topic 0** — Example question 0? — Another example 0? — Third 0?\n**Topic 1** —");
    expect(few?.footer?.text).toBe("12 facts in 2 topics");

    const many = renderHelp(Array.from({ length: 100 }, (_, i) => topic(i)), { facts: 1234, relations: 100 }).embeds[0];
    if (!many) throw new Error("no embed");
    expectWithinLimits(many);
    expect(many.description).toContain("**Topic 99** — Example question 99?"); // all 100 fit with one example
    expect(many.description).not.toContain("Another example");

    const huge = renderHelp(Array.from({ length: 200 }, (_, i) => topic(i))).embeds[0];
    if (!huge) throw new Error("no embed");
    expectWithinLimits(huge);
    const listed = (huge.description?.match(/^\*\*Topic \d+\*\*/gm) ?? []).length;
    expect(huge.footer?.text).toBe(`${200 - listed} more topics not shown`);
  });

  it("apologises in plain content within 2,000 characters, pinging nobody", () => {
    const reply = renderApology();
    expect(reply.content?.length).toBeLessThanOrEqual(LIMITS.content);
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it("offers at most 25 distinct autocomplete choices, none longer than 100 characters", () => {
    const suggestions = [...Array.from({ length: 40 }, (_, i) => `Question ${i % 30}?`), "x".repeat(101), "  ", ""];
    const choices = toChoices(suggestions);
    expect(choices).toHaveLength(25);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value).toBe(choice.name);
    }
  });
});
