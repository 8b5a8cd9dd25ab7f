/**
 * Time in questions, read with chrono-node extended the way chrono is meant to be extended: a clone
 * of the casual English parser with factdesk's own parsers (bare years, decades, year ranges,
 * "'10") and refiners (since/before/after, false friends) added. chrono 2.10 alone parses none of
 * the bare years, decades, year ranges or "since 2012", and reads "in the year 2010" as a
 * relative date.
 */
import { createRequire } from "node:module";
import type * as chrono from "chrono-node";
import type { ParsingContext, ParsingResult } from "chrono-node";
import { dayNumber, dayOfDate, lastDayOfMonth, MONTH_NAMES } from "./days.js";

export type TimeMode = "at" | "before" | "after" | "since" | "until";
export type TimeGrain = "day" | "month" | "year" | "decade" | "range";

export interface TimeQuery {
  /** First and last day the expression covers (inclusive). */
  start: number;
  end: number;
  grain: TimeGrain;
  mode: TimeMode;
  /** Relative to the reference date ("this year", "two years ago", "now"). */
  relative: boolean;
  /** Where the expression sits in the text it was read from. */
  index: number;
  length: number;
  /** For answers: "2010", "March 2008", "the 1990s", "2004–2006". */
  label: string;
}

const TAG = "factdesk";
const YEAR = "((?:1[5-9]|2[01])\\d{2})";
const NOT_A_FIGURE = "(?![.,]\\d|\\d|\\s*(?:%|percent\\b|per cent\\b))";
const END = "(?=\\W|$)";

function fixedYearResult(context: ParsingContext, index: number, text: string, from: number, to = from, tag = "year"): ParsingResult {
  const result = context.createParsingResult(index, text, { year: from, month: 1, day: 1 }, { year: to, month: 12, day: 31 });
  return result.addTag(`${TAG}/${tag}`);
}

/** A parser whose pattern starts with a `(\W|^)` boundary group that is not part of the match. */
function boundaryParser(inner: string, build: (context: ParsingContext, index: number, text: string, m: RegExpMatchArray) => ParsingResult | null): chrono.Parser {
  const pattern = new RegExp(`(\\W|^)${inner}`, "i");
  return {
    pattern: () => pattern,
    extract(context, match) {
      const lead = match[1] ?? "";
      return build(context, (match.index ?? 0) + lead.length, match[0].slice(lead.length), match);
    },
  };
}

const yearRangeParser = boundaryParser(`(?:between\\s+|from\\s+)?${YEAR}\\s*(?:and|to|until|till|through|-|–|—)\\s*${YEAR}${END}`, (ctx, index, text, m) => {
  const a = Number(m[2]);
  const b = Number(m[3]);
  return b >= a ? fixedYearResult(ctx, index, text, a, b, "range") : null;
});

const decadeParser = boundaryParser(`(?:the\\s+)?(?:(1[5-9]|20|21)(\\d)0|'?([0-9])0)'?s${END}`, (ctx, index, text, m) => {
  const start = m[2] !== undefined ? Number(m[2] + m[3] + "0") : Number(m[4]) >= 3 ? 1900 + Number(m[4]) * 10 : 2000 + Number(m[4]) * 10;
  return fixedYearResult(ctx, index, text, start, start + 9, "decade");
});

const bareYearParser = boundaryParser(`(?:(?:in|of|during|for)\\s+)?(?:the\\s+year\\s+)?${YEAR}${NOT_A_FIGURE}${END}`, (ctx, index, text, m) =>
  fixedYearResult(ctx, index, text, Number(m[2])),
);

const shortYearParser = boundaryParser(`(?:in\\s+)?'(\\d{2})${END}`, (ctx, index, text, m) => {
  const yy = Number(m[2]);
  return fixedYearResult(ctx, index, text, yy >= 50 ? 1900 + yy : 2000 + yy);
});

const relativeYearParser = boundaryParser(`(?:(?:in|during)\\s+)?(this|last|next|previous|past|coming|the\\s+current|current|the\\s+previous|the\\s+next)\\s+year${END}`, (ctx, index, text, m) => {
  const ref = ctx.reference.instant.getUTCFullYear();
  const word = (m[2] ?? "").toLowerCase().replace(/^the\s+/, "");
  const offset = word === "last" || word === "previous" || word === "past" ? -1 : word === "next" || word === "coming" ? 1 : 0;
  return fixedYearResult(ctx, index, text, ref + offset, ref + offset, "relative-year");
});

const MODE_WORDS: Array<[RegExp, TimeMode]> = [
  [/(?:^|\W)(since|from|starting in|starting)\s+$/i, "since"],
  [/(?:^|\W)(after)\s+$/i, "after"],
  [/(?:^|\W)(before|prior to|earlier than)\s+$/i, "before"],
  [/(?:^|\W)(until|till|up to|through)\s+$/i, "until"],
];

/** "since 2012", "before 2004": fold the preposition into the result and remember the mode. */
const modeRefiner: chrono.Refiner = {
  refine(context, results) {
    for (const r of results) {
      if (r.tags().has(`${TAG}/range`)) continue;
      const before = context.text.slice(Math.max(0, r.index - 24), r.index);
      // "in 2010" already has its preposition in the match; only look for a mode word before it.
      for (const [re, mode] of MODE_WORDS) {
        const m = re.exec(before);
        if (!m) continue;
        const word = m[0].replace(/^\W/, "");
        r.index -= word.length;
        r.text = context.text.slice(r.index, r.index + word.length + r.text.length);
        r.addTag(`${TAG}/mode:${mode}`);
        break;
      }
    }
    return results;
  },
};

const MONTH_ONLY = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;

/**
 * Drop what chrono reads too eagerly in questions: a bare month name with no "in" before it
 * ("March against"), chrono's own reading of "in the year" (relative), and anything that overlaps
 * one of factdesk's own, more specific results.
 */
const falseFriendRefiner: chrono.Refiner = {
  refine(context, results) {
    const ours = results.filter(isOurs);
    return results.filter((r) => {
      if (ours.includes(r)) return true;
      if (/^(in\s+)?the\s+year$/i.test(r.text.trim())) return false;
      if (MONTH_ONLY.test(r.text.trim()) && !/\bin\s+$/i.test(context.text.slice(Math.max(0, r.index - 4), r.index))) return false;
      return !ours.some((o) => r.index < o.index + o.text.length && o.index < r.index + r.text.length);
    });
  },
};

const isOurs = (r: ParsingResult): boolean => [...r.tags()].some((t) => t.startsWith(TAG));

/** chrono's UnlikelyFormatFilter drops results that are only digits ("2010"): exempt ours from it. */
function exemptOurs(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      const kept = filter.refine(context, results.filter((r) => !isOurs(r)));
      return results.filter((r) => isOurs(r) || kept.includes(r));
    },
  };
}

interface TimeParsers {
  /** chrono's casual English parser with factdesk's parsers and refiners. */
  full: chrono.Chrono;
  /** The same with factdesk's parsers only (same refiners): years, decades, year ranges, "this year". */
  own: chrono.Chrono;
}

let parsers: TimeParsers | undefined;

/**
 * Built on the first question with a time word: a one-shot CLI answering "who chairs the OSCE?"
 * never loads chrono at all. `chrono-node/en` only (the package root loads 15 locales).
 */
function timeParsers(): TimeParsers {
  if (parsers) return parsers;
  const en = createRequire(import.meta.url)("chrono-node/en") as typeof import("chrono-node/en");
  const full = en.casual.clone();
  full.parsers.unshift(yearRangeParser, decadeParser, relativeYearParser, shortYearParser, bareYearParser);
  full.refiners = full.refiners.map((r) => (r.constructor.name === "UnlikelyFormatFilter" ? exemptOurs(r) : r));
  full.refiners.push(falseFriendRefiner, modeRefiner);
  const own = full.clone();
  own.parsers = [yearRangeParser, decadeParser, relativeYearParser, shortYearParser, bareYearParser];
  parsers = { full, own };
  return parsers;
}

/*
 * When none of chrono's own (casual) parsers can match, the full parser's results are exactly those
 * of factdesk's parsers run through the same refiners: `own` is then enough, at a fraction of the
 * cost (~3 µs instead of ~22 µs a question, and no compiling of chrono's big regular expressions on
 * a cold start). A casual parser can only match text with one of the following (derived from
 * chrono 2.10's en patterns, each a superset of what a pattern needs; tests/core/time-fast-path.test.ts
 * checks that both parsers agree on every question we have):
 *   - a duration: a number (digits, "one"…"twelve", "a", "the", "few" …) then a unit ("days", "yr",
 *     "m"), or this/last/past/next then a unit ("this week");
 *   - a weekday or a month name (or abbreviation) where chrono's patterns can start one;
 *   - a casual date or time word (now, today, tomorrow, yesterday, noon, morning, night …), "month";
 *   - digits that factdesk's parsers did not take, or a time of day around digits ("at 10",
 *     "from 2010", "10 pm", "10 o'clock").
 */
const UNIT = "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|mos?|mon|qtrs?|quarters?|years?|yrs?|s|m|h|d|w|y)";
const NUMBER = "(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)";
const NUMBER_START = "\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\\b|few|several|the|couple";
const CASUAL_TRIGGERS: RegExp[] = [
  new RegExp(`(?:^|\\W|in|for|within|this|last|past|next|after|about|around|roughly|approximately|just|~|\\+|-)\\s*${NUMBER}\\s{0,3}${UNIT}(?=\\W|$|and|about|around|ago|before|earlier|later|after|from|henceforth|forward|out|${NUMBER_START})`, "i"),
  new RegExp(`(?:this|last|past|next)\\s*${UNIT}(?=\\W|$)`, "i"),
  /(?:^|\W|on|this|last|past|next)\s*(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?(?=\W|$)/i,
  /(?:^|\W|in|of|st|nd|rd|th|\d)\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?=\W|$|\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt)/i,
  /(?:^|\W)(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?=\W|$)|(?:morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)|month/i,
  /(?:at|from|T)\s*\d|\d\s*(?:a\.?m\.?|p\.?m\.?|a|p|o\W*clock)(?=\W|$)/i,
];

function casualMayMatch(text: string): boolean {
  for (const re of CASUAL_TRIGGERS) if (re.test(text)) return true;
  return false;
}

/** Digits outside every result: chrono's own parsers (times, dates) may read them. */
function digitsOutside(text: string, results: ParsingResult[]): boolean {
  let at = 0;
  for (const r of [...results].sort((a, b) => a.index - b.index)) {
    if (/\d/.test(text.slice(at, r.index))) return true;
    at = Math.max(at, r.index + r.text.length);
  }
  return /\d/.test(text.slice(at));
}

/** Words that can start a time expression; questions without any skip chrono entirely (speed). */
const TIME_HINT =
  /\d|'\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:now|today|yesterday|tomorrow|tonight|year|years|month|months|decade|decades|ago|week|weeks|recently|currently)\b/i;

export function hasTimeHint(text: string): boolean {
  return TIME_HINT.test(text);
}

/** Every time expression in `text`, read against the reference date `now` (UTC). */
export function parseTimes(text: string, now: Date): TimeQuery[] {
  if (!hasTimeHint(text)) return [];
  const { full, own } = timeParsers();
  const ref = { instant: now, timezone: 0 };
  let results: ParsingResult[] | null = null;
  if (!casualMayMatch(text)) {
    results = own.parse(text, ref) as ParsingResult[];
    if (digitsOutside(text, results)) results = null;
  }
  return toTimeQueries(results ?? full.parse(text, ref), now);
}

/** The same, always through chrono's full casual parser (the tests compare the two). */
export function parseTimesFull(text: string, now: Date): TimeQuery[] {
  if (!hasTimeHint(text)) return [];
  return toTimeQueries(timeParsers().full.parse(text, { instant: now, timezone: 0 }), now);
}

function toTimeQueries(results: chrono.ParsedResult[], now: Date): TimeQuery[] {
  const out: TimeQuery[] = [];
  for (const r of results) {
    const q = toTimeQuery(r, now);
    if (q) out.push(q);
  }
  return out;
}

let warm = false;

/**
 * chrono compiles its regular expressions on first use, and V8 compiles them again to machine code
 * on the second (~50 ms, then ~300 ms on a small machine): long-running adapters get this done
 * at start-up (createFactdesk schedules it for when the process is idle), not on a user's
 * question. Idempotent.
 */
export function warmTimeParser(): void {
  if (warm) return;
  warm = true;
  const { full, own } = timeParsers();
  const texts = [
    "in March 2008, since 2012, between 2004 and 2006, the 1990s, two years ago, now, on 4 December 2005 at 10 pm",
    "who chaired in 2010 before 2004, after 1999, in '92, last year, this month, next Monday, 3 days later",
  ];
  for (let round = 0; round < 2; round++)
    for (const text of texts) {
      full.parse(text, new Date(0));
      own.parse(text, new Date(0));
      casualMayMatch(text);
    }
}

function toTimeQuery(r: chrono.ParsedResult, now: Date): TimeQuery | null {
  const tags = r.tags();
  const mode = ([...tags].find((t) => t.startsWith(`${TAG}/mode:`))?.split(":")[1] as TimeMode | undefined) ?? "at";
  const relative = [...tags].some((t) => t.startsWith("result/relative") || t.startsWith("casualReference") || t === `${TAG}/relative-year`) || !r.start.isCertain("year");
  const s = r.start;
  const year = s.get("year");
  if (year === null) return null;
  let start: number;
  let end: number;
  let grain: TimeGrain;
  if (tags.has(`${TAG}/year`) || tags.has(`${TAG}/relative-year`)) {
    grain = "year";
    start = dayNumber(year);
    end = dayNumber(year, 12, 31);
  } else if (tags.has(`${TAG}/decade`) || tags.has(`${TAG}/range`)) {
    grain = tags.has(`${TAG}/decade`) ? "decade" : "range";
    start = dayNumber(year);
    end = dayNumber(r.end?.get("year") ?? year, 12, 31);
  } else if (s.isCertain("day")) {
    grain = "day";
    start = end = dayNumber(year, s.get("month") ?? 1, s.get("day") ?? 1);
  } else if (s.isCertain("month")) {
    grain = "month";
    const month = s.get("month") ?? 1;
    start = dayNumber(year, month);
    end = lastDayOfMonth(year, month);
  } else {
    grain = "year";
    start = dayNumber(year);
    end = dayNumber(year, 12, 31);
  }
  if (r.end && grain !== "decade" && grain !== "range" && grain !== "year") {
    const e = r.end;
    const ey = e.get("year") ?? year;
    end = e.isCertain("day") ? dayNumber(ey, e.get("month") ?? 1, e.get("day") ?? 1) : e.isCertain("month") ? lastDayOfMonth(ey, e.get("month") ?? 12) : dayNumber(ey, 12, 31);
    grain = "range";
  }
  if (tags.has("casualReference/now") || tags.has("casualReference/today")) {
    start = end = dayOfDate(now);
    grain = "day";
  }
  const base = label(grain, start, end);
  return { start, end, grain, mode, relative, index: r.index, length: r.text.length, label: mode === "at" ? base : `${mode} ${base}` };
}

function label(grain: TimeGrain, start: number, end: number): string {
  const a = new Date(start * 86_400_000);
  const b = new Date(end * 86_400_000);
  const month = MONTH_NAMES[a.getUTCMonth()]!;
  switch (grain) {
    case "day":
      return `${a.getUTCDate()} ${month} ${a.getUTCFullYear()}`;
    case "month":
      return `${month} ${a.getUTCFullYear()}`;
    case "year":
      return String(a.getUTCFullYear());
    case "decade":
      return `the ${a.getUTCFullYear()}s`;
    case "range":
      return a.getUTCFullYear() === b.getUTCFullYear() ? String(a.getUTCFullYear()) : `${a.getUTCFullYear()}–${b.getUTCFullYear()}`;
  }
}
