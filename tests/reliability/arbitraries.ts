/**
 * Hostile input for the fuzz tests: what anyone can type in a channel, and answers with anything
 * in their fields. FUZZ_RUNS scales every property (CI default small; `npm run fuzz` runs many more).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse } from "yaml";
import { defaultFactsDir } from "../../src/factdesk.js";
import type { Answer, Factdesk, Source } from "../../src/index.js";

/** Runs per property: FUZZ_RUNS when set (npm run fuzz), else `ci`. */
export function runs(ci: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : ci;
}

/** Per-test timeout: vitest's default in CI, generous for long runs. */
export const FUZZ_TIMEOUT_MS = process.env.FUZZ_RUNS ? 3_600_000 : 20_000;

/** A fixed seed in CI (reproducible), a fresh one in long runs (FUZZ_SEED to replay one). */
export function seed(): number | undefined {
  if (process.env.FUZZ_SEED) return Number(process.env.FUZZ_SEED);
  return process.env.FUZZ_RUNS ? undefined : 20260115;
}

export const BIG = 100_000;

const SPECIALS = [
  // right-to-left text and direction overrides
  "من رأس منظمة الأمن والتعاون في أوروبا؟", "מי עמד בראש OSCE?", "\u202Eevil\u202C", "\u200F", "\u2067x\u2069",
  // combining marks, zero-width and invisible characters
  "e\u0301", "Kazakhsta\u0308n", "\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307", "Z\u0351\u0352\u0353\u0354\u0355", "\u200B", "\u200C\u200D", "\uFEFF", "\u2060", "\u00AD",
  // emoji: sequences, flags, modifiers
  "👩‍👩‍👧‍👦", "🇰🇿", "👍🏽", "🏳️‍🌈", "😀",
  // control characters and odd line breaks
  "\u0000", "\u0007", "\u001B[31m", "\u001B]8;;https://evil.example\u0007x\u001B]8;;\u0007", "\r\n", "\u0085", "\u2028", "\u2029", "\t", "\u007F",
  // lone surrogates
  "\uD800", "\uDC00",
  // markdown (Discord and Slack)
  "**", "__", "~~", "`", "```", "||spoiler||", "> quote", "# heading", "- item", "1. item", "[x](https://evil.example)", "![i](https://evil.example/i.png)", "\\", "*_`~|",
  // Discord mentions
  "@everyone", "@here", "<@123456789012345678>", "<@!123456789012345678>", "<@&123456789012345678>", "<#123456789012345678>", "</fact:123456789012345678>", "<:emoji:123456789012345678>", "<t:1700000000:R>",
  // Slack mentions, links and entities
  "<!here>", "<!channel>", "<!everyone>", "<!here|here>", "<@U0123ABCD>", "<@W0123|bob>", "<!subteam^S0123|@editors>", "<#C0123|general>", "<https://evil.example|click>", "&lt;!here&gt;", "&amp;", "<!date^1392734382^{date}|x>",
  // numbers, dates and times
  "2010", "'10", "1850", "the 90s", "1990s", "since 2000", "before 1975", "after 2030", "99999999999999999999", "-1", "1e400", "NaN", "Infinity", "0x1F", "2010-13-45", "31/02/2011", "yesterday", "next year", "in the 21st century",
  // question words and fillers
  "who", "what", "when", "how many", "which", "did", "is", "chaired", "won", "percent", "%", "?", "??", "!", "…", "'s",
];

const special = fc.constantFrom(...SPECIALS);
const anyText = fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ maxLength: 30 }));
const piece = fc.oneof({ weight: 3, arbitrary: special }, { weight: 2, arbitrary: anyText }, { weight: 1, arbitrary: fc.constantFrom(" ", "  ", "\n") });

/** Up to ~100 kB of one repeated piece, or of random pieces. */
const huge = fc.oneof(
  fc.tuple(fc.oneof(special, fc.string({ minLength: 1, maxLength: 5 }))).map(([p]) => p.repeat(Math.ceil(BIG / p.length)).slice(0, BIG)),
  fc.array(special, { minLength: 50, maxLength: 200 }).map((parts) => {
    const base = parts.join(" ");
    return base.repeat(Math.ceil(BIG / Math.max(1, base.length))).slice(0, BIG);
  }),
);

/** Real names from facts/ (entity names and aliases), and the table's example questions. */
export function realVocabulary(factdesk: Factdesk): { names: string[]; questions: string[] } {
  const names = new Set<string>();
  const dir = join(defaultFactsDir(), "entities");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml"))) {
    const doc = parse(readFileSync(join(dir, file), "utf8")) as { entities?: Array<{ name?: string; aliases?: string[] }> };
    for (const e of doc.entities ?? []) {
      if (e.name) names.add(e.name);
      for (const a of e.aliases ?? []) names.add(String(a));
    }
  }
  const questions = factdesk.help().flatMap((t) => t.examples);
  return { names: [...names], questions };
}

/** A small slip a user makes: a character dropped, doubled, swapped or replaced, case or accents changed. */
function typo(text: string, at: number, kind: number): string {
  if (text.length < 2) return text;
  const i = at % (text.length - 1);
  switch (kind % 7) {
    case 0:
      return text.slice(0, i) + text.slice(i + 1);
    case 1:
      return text.slice(0, i) + text[i] + text.slice(i);
    case 2:
      return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
    case 3:
      return text.slice(0, i) + "xqz"[at % 3] + text.slice(i + 1);
    case 4:
      return text.toUpperCase();
    case 5:
      return text.normalize("NFD").replace(/([aeiou])/g, "$1\u0301");
    default:
      return text.replace(/\s+/g, "");
  }
}

/** Near-miss questions built from real entity names and example questions. */
export function nearMiss(vocab: { names: string[]; questions: string[] }): fc.Arbitrary<string> {
  const name = fc.constantFrom(...vocab.names);
  const question = fc.constantFrom(...vocab.questions);
  const slip = fc.tuple(fc.nat(), fc.nat());
  return fc.oneof(
    // an example question with a slip or two, or a name swapped in
    fc.tuple(question, slip, slip).map(([q, [a, k], [b, l]]) => typo(typo(q, a, k), b, l)),
    fc.tuple(question, name).map(([q, n]) => q.replace(/\b[A-Z][\w'-]+(?: [A-Z][\w'-]+)*/, n)),
    // a name in a template, mangled, with hostile decoration around it
    fc.tuple(fc.constantFrom("who chaired", "when did", "is", "how many", "what share did", "who led", "where is", "did"), name, slip, fc.constantFrom("", " in 2010", " in 1850", " before 2000", " now", "?", " <!here>", " @everyone", " **bold**")).map(
      ([w, n, [a, k], tail]) => `${w} ${typo(n, a, k)}${tail}`,
    ),
    fc.tuple(question, special, fc.nat()).map(([q, s, at]) => {
      const i = at % (q.length + 1);
      return q.slice(0, i) + s + q.slice(i);
    }),
    fc.array(name, { minLength: 1, maxLength: 6 }).map((ns) => ns.join(" ")),
  );
}

/** Anything a user could type, in proportion: mostly short hostile text, some near misses, some 100 kB. */
export function questions(vocab: { names: string[]; questions: string[] }): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.array(piece, { maxLength: 25 }), fc.constantFrom("", " ")).map(([parts, sep]) => parts.join(sep)) },
    { weight: 4, arbitrary: nearMiss(vocab) },
    { weight: 1, arbitrary: huge },
  );
}

// ---- synthetic answers for the renderers ---------------------------------------------------------

const field = (max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(piece, { maxLength: max }).map((p) => p.join(" ")) },
    { weight: 1, arbitrary: huge },
    { weight: 1, arbitrary: fc.constant("") },
  );

const source: fc.Arbitrary<Source> = fc.record(
  {
    publisher: field(6).map((s) => s || "P"),
    title: field(10),
    date: fc.constantFrom("2010", "2010-04", "2010-04-01"),
    url: fc.oneof(fc.webUrl(), fc.constantFrom("javascript:alert(1)", "https://x.org/<!here>|>", "https://evil.example/a)b(c]", "not a url", "")),
    document: field(3),
  },
  { requiredKeys: ["publisher", "title"] },
);

/** Answers with anything in any field: what a curator's data (or a core bug) could produce. */
export const syntheticAnswer: fc.Arbitrary<Answer> = fc.record(
  {
    status: fc.constantFrom("answered", "unknown", "ambiguous"),
    text: field(30).map((t) => t || "x"),
    intent: fc.constant(null),
    facts: fc.constant([]),
    sources: fc.array(source, { maxLength: 60 }),
    suggestions: fc.array(field(8), { maxLength: 30 }),
    validFor: field(5),
  },
  { requiredKeys: ["status", "text", "intent", "facts", "sources", "suggestions"] },
) as fc.Arbitrary<Answer>;
