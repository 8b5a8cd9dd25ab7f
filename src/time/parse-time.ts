/**
 * Time in questions, read with chrono-node extended the way chrono is meant to be extended: a clone
 * of the casual English parser with factdesk's own parsers (bare, spelled and short years, decades,
 * year ranges and seasons, "Oct. '01", the present) and refiners (since/before/after, false
 * friends) added. chrono 2.10 alone parses none of the bare years, decades, year ranges or "since
 * 2012", and reads "in the year 2010" as a relative date. Then the question's own time is chosen
 * (question-times.ts), and years with a letter typo are reported (unreadable-years.ts).
 */
import { createRequire } from "node:module";
import type * as chrono from "chrono-node";
import type { ParsingResult } from "chrono-node";
import { casualMayMatch, digitsCasualMayRead, digitsOursCannotTake, digitsOutside } from "./fast-path.js";
import { readLoneCasualTime } from "./lone-casual-time.js";
import { readLoneTime } from "./lone-time.js";
import { OWN_PARSERS, wordsOnlyMayMatch } from "./own-parsers.js";
import { questionTimes } from "./question-times.js";
import { decadeNotSecondsRefiner, exemptOurs, falseFriendRefiner, modeRefiner, yearSuffixRefiner } from "./refiners.js";
import { TAG } from "./parser-kit.js";
import { SPELLED_PARSERS } from "./spelled-years.js";
import { dayQuery, daysQuery, isClockTime, monthQuery, RELATIVE_TAG, toTimeQuery, type TimeQuery } from "./time-query.js";
import { dayNumber, yearOf, ymd } from "./days.js";
import { unreadableYearSpans, type TimeSpan } from "./unreadable-years.js";

export type { TimeMode } from "./refiners.js";
export type { TimeGrain, TimeQuery } from "./time-query.js";
export type { TimeSpan } from "./unreadable-years.js";
export { unreadableTimes } from "./unreadable-years.js";

export interface TimeReading {
  /** The question's time(s): explicit ones if any, else relative periods, else relative days. */
  times: TimeQuery[];
  /** Time expressions that are not the question's time ("for my 6pm piece", "tonight" beside "in 2003"). */
  chatter: TimeSpan[];
  /** Year-like tokens no parser can read ("2o11"): the answer should be unknown, naming them. */
  unreadable: TimeSpan[];
}

interface TimeParsers {
  /** chrono's casual English parser with factdesk's parsers and refiners. */
  full: chrono.Chrono;
  /** The same with factdesk's parsers only (same refiners). */
  own: chrono.Chrono;
}

let parsers: TimeParsers | undefined;

/** factdesk's own parsers. */
const OWN = [...OWN_PARSERS, ...SPELLED_PARSERS];

/**
 * Built on the first question with a time word: a one-shot CLI answering "who chairs the OSCE?"
 * never loads chrono at all. `chrono-node/en` only (the package root loads 15 locales).
 */
function timeParsers(): TimeParsers {
  if (parsers) return parsers;
  const en = createRequire(import.meta.url)("chrono-node/en") as typeof import("chrono-node/en");
  const full = en.casual.clone();
  full.parsers.unshift(...OWN);
  full.refiners = full.refiners.map((r) => (r.constructor.name === "UnlikelyFormatFilter" ? exemptOurs(r) : r));
  full.refiners.unshift(decadeNotSecondsRefiner);
  full.refiners.push(yearSuffixRefiner, falseFriendRefiner, modeRefiner);
  const own = full.clone();
  own.parsers = [...OWN];
  parsers = { full, own };
  return parsers;
}

/** Words that can start a time expression; questions without any skip chrono entirely (speed). */
const TIME_HINT =
  /\d|'\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:now|today|yesterday|tomorrow|tonight|year|years|month|months|decade|decades|ago|week|weeks|weekend|recently|currently|moment|present|presently|nowadays|rn|atm|nineteen|twenty|thousands?|noughties|aughts|(?:thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies|morning|afternoon|evening|night|noon|midnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;

export function hasTimeHint(text: string): boolean {
  return TIME_HINT.test(text);
}

/**
 * Every time expression in `text`, read against the reference date `now` (UTC), sorted into the
 * question's time, chatter and unreadable years. `parser: "full"` always runs chrono's casual
 * parsers (the tests compare the two).
 */
export function readTimes(text: string, now: Date, parser: "fast" | "full" = "fast"): TimeReading {
  if (!hasTimeHint(text)) return { times: [], chatter: [], unreadable: [] };
  const fast = parser === "fast" && !casualMayMatch(text);
  // No parser, chrono's or factdesk's, can match ("who was mayor …", "how many times …"), and no
  // digits (which chrono's own parsers would be asked about): chrono would find nothing.
  if (fast && !/\d/.test(text) && !wordsOnlyMayMatch(text)) return { times: [], chatter: [], unreadable: [] };
  const lone = fast ? readLoneTime(text, now) : parser === "fast" ? readLoneCasualTime(text, now) : null;
  if (lone) return { times: [lone], chatter: [], unreadable: [] };
  const results = fast ? ownParsersAlone(text, now) : null;
  return sortOut(text, results ?? timeParsers().full.parse(text, { instant: now, timezone: 0 }), now);
}

/**
 * factdesk's parsers' results, where no digits are left that chrono's own parsers may read: none in
 * the text ("the 16th ministerial", "in 56 States"), or none outside their results. Null otherwise,
 * and then without running them where a digit run is one they cannot take ("at 16th", "sweden 5 -
 * 7"): chrono's full parser must read such a text.
 */
function ownParsersAlone(text: string, now: Date): ParsingResult[] | null {
  if (!digitsCasualMayRead(text)) return readWithOwnParsers(text, now);
  if (digitsOursCannotTake(text)) return null;
  const results = readWithOwnParsers(text, now);
  return digitsOutside(text, results) ? null : results;
}

/** Every result of factdesk's parsers (and the same refiners) alone. */
export function readWithOwnParsers(text: string, now: Date): ParsingResult[] {
  return timeParsers().own.parse(text, { instant: now, timezone: 0 }) as ParsingResult[];
}

/** The question's time(s) in `text`: readTimes without the chatter. */
export function parseTimes(text: string, now: Date): TimeQuery[] {
  return readTimes(text, now).times;
}

/** The same, always through chrono's full casual parser. */
export function parseTimesFull(text: string, now: Date): TimeQuery[] {
  return readTimes(text, now, "full").times;
}

function sortOut(text: string, results: chrono.ParsedResult[], now: Date): TimeReading {
  const unreadable = unreadableYearSpans(text);
  const found: TimeQuery[] = [];
  const chatter: TimeSpan[] = [];
  const parts: TimeQuery[] = [];
  for (const r of results) {
    // Nothing may be read out of a token that looks like a year ("20l0" is not "20").
    const inUnreadable = unreadable.some((u) => r.index < u.index + u.length && u.index < r.index + r.text.length);
    const tags = [...r.tags()];
    const q = isClockTime(r, tags) || inUnreadable || isGreeting(text, r) ? null : toTimeQuery(r, tags, now);
    if (q) found.push(ofTheYearSaidBefore(text, r, tags, q, found) ?? q);
    else chatter.push({ index: r.index, length: r.text.length, text: r.text });
    if (q && tags.includes(`${TAG}/part-of-the-year`)) parts.push(q);
  }
  for (const part of parts) ofTheYearSaid(text, part, found, chatter);
  const chosen = questionTimes(found);
  for (const t of chosen.chatter) chatter.push({ index: t.index, length: t.length, text: text.slice(t.index, t.index + t.length) });
  return { times: chosen.times, chatter: chatter.sort((a, b) => a.index - b.index), unreadable };
}

/**
 * "who was CiO in January 2000 and who in March?": a month (or a day of it) named with no year, after a time said
 * within one year, is of that year — never this year's March, nor dropped beside it as chatter.
 */
function ofTheYearSaidBefore(text: string, r: chrono.ParsedResult, tags: string[], q: TimeQuery, before: TimeQuery[]): TimeQuery | null {
  if ((q.grain !== "month" && q.grain !== "day") || r.start.isCertain("year") || !r.start.isCertain("month") || tags.some((t) => RELATIVE_TAG.test(t))) return null;
  const said = saidYearBefore(text, before);
  if (!said) return null;
  // ("the 2012 vote — jan 15?": a day and month alone are of the year said before, too.)
  const year = yearOf(said.start);
  return q.grain === "day" ? dayQuery(year, r.start.get("month")!, r.start.get("day")!, q.mode, q.index, q.length) : monthQuery(year, r.start.get("month")!, q.mode, q.index, q.length);
}

/** The last time said before, written with its year, within one year. (A year written out: "this month" is no year said, whatever chrono's tags.) */
function saidYearBefore(text: string, before: TimeQuery[]): TimeQuery | undefined {
  return before.filter((t) => !t.relative && yearOf(t.start) === yearOf(t.end) && /\d{4}/.test(text.slice(t.index, t.index + t.length))).at(-1);
}

/**
 * "dutch CiO in december 2003 — still him at the very end of the year?": a part of "the year" is of
 * the year said beside it (before it, else after it), and a time said that holds the part is
 * narrowed to it (31 December 2003).
 */
function ofTheYearSaid(text: string, part: TimeQuery, found: TimeQuery[], chatter: TimeSpan[]): void {
  const others = found.filter((t) => t !== part);
  const said = saidYearBefore(text, others.filter((t) => t.index < part.index)) ?? saidYearBefore(text, others);
  // (No year said: it is left unread, as the words of a time of no year — "CiO 2009, I mean the one at
  // the start of the year" loses its year to the correction, and the message's other clause gives it.)
  if (!said) {
    found.splice(found.indexOf(part), 1);
    chatter.push(spanOf(text, part));
    return;
  }
  const shift = (day: number) => dayNumber(yearOf(said.start), ymd(day).month, ymd(day).day);
  const query = daysQuery(shift(part.start), shift(part.end), part.mode, part.index, part.length);
  const narrowed = said.start <= query.start && query.end <= said.end;
  if (narrowed) chatter.push(spanOf(text, said));
  found.splice(0, found.length, ...found.filter((t) => t !== part && !(narrowed && t === said)), query);
}

const spanOf = (text: string, t: TimeQuery): TimeSpan => ({ index: t.index, length: t.length, text: text.slice(t.index, t.index + t.length) });

/** "morning, need the swiss chair years", "morning all, …": a greeting opening the message is no time of the question. */
function isGreeting(text: string, r: chrono.ParsedResult): boolean {
  return /^(?:good\s+)?(?:morning|afternoon|evening)$/i.test(r.text.trim()) && /^\W*(?:(?:hi|hey|hello)\W+)?$/i.test(text.slice(0, r.index)) && GREETING_END.test(text.slice(r.index + r.text.length));
}

/** What may follow a greeting's word: punctuation, after whom it greets. */
const GREETING_END = /^\s*(?:(?:all|team|folks|everyone|everybody|guys|y'?all|people|desk|friends|bot|factdesk)\s*)?(?:[,!:;.]|[-–—]\s)/i;

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
    "in Oct. '01, in 2003/04, in nineteen ninety-eight, two thousand and five, right now, at the moment, 2o11",
  ];
  for (let round = 0; round < 2; round++)
    for (const text of texts) {
      full.parse(text, new Date(0));
      own.parse(text, new Date(0));
      casualMayMatch(text);
      unreadableYearSpans(text);
    }
}
