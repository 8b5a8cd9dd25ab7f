/**
 * The commonest times only chrono's casual parsers read — a month of a year ("in June 2015",
 * "Sept. 2011"), a relative year ("last year", "during the next year"), years ago ("two years
 * ago") and the present ("now", "today") — read without chrono when they stand alone: through
 * chrono's full parser they cost ~70 µs a question, here a few.
 *
 * Why the reading is chrono's (2.10, with factdesk's parsers and refiners). The text is A E B, E the
 * expression after whitespace or nothing and before a non-word character or nothing. A and B hold
 * no digit, and with E blanked out no casual trigger (fast-path.ts) and no factdesk pattern matches:
 * every trigger's context admits a blank, so no parser matches within A or B. What is left:
 *   - inside E: "June 2015" is chrono's month-name result (an "in" before it is not part of it) and
 *     factdesk's bare year "2015", which overlap removal drops for the longer month; no time of day
 *     reads a four-digit year 1500–2199 (over 100 without minutes: none; with am/pm, past 12: none),
 *     no day-and-month pattern a month followed by a year. "last year" is factdesk's relative year
 *     and chrono's "this/last/past/next year", never longer and found after it (overlap removal
 *     keeps the first of two as long). "3 years ago" is chrono's years-ago result; the time of day
 *     "12" inside "12 years ago" is shorter. "now", "today": chrono's casual date alone.
 *   - across E's edges, a match that takes in the word before: a day before a month ("first of
 *     June"), this/last/… before a month (factdesk's relative month reads "last Sept" of "last
 *     Sept. 2011"), "after this year", and before a number within/in/for, about/around/…,
 *     this/last/past/next/after, at/from (a time of day), "half" ("half a year"), a spelled number
 *     that makes a spelled year ("twenty ten"), "-" or "+": such words keep E off this path (as a
 *     word's ending, whatever starts it: a superset). After E only a year takes more: an era ("2015
 *     AD") or a unit ("2015 years ago"), kept off too.
 * The refiners then see one result: the merging ones need two; ENEndOfPeriod changes only a month
 * or "this/last/next year" after "end of" or "last day of" (kept off); ExtractTimezoneAbbr extends a date-only result only
 * with an upper-case abbreviation (kept off); the time-zone offset needs digits; the unlikely-format
 * filters keep it; the since/before/after words are taken as modeRefiner takes them, and the result
 * read as toTimeQuery reads it. tests/core/time-lone-casual.test.ts compares every reading with
 * chrono's full parser's.
 */
import { casualMayMatch, UNIT } from "./fast-path.js";
import { takesTimezoneAbbr } from "./lone-time.js";
import { relativeYearOffset, relativeYearParser, wordsOnlyMayMatch } from "./own-parsers.js";
import { boundaryPattern, monthNumber, YEAR } from "./parser-kit.js";
import { modeWordAfter, modeWordBefore, type TimeMode } from "./refiners.js";
import { monthQuery, presentQuery, yearQuery, type TimeQuery } from "./time-query.js";
import { unreadableYearSpans } from "./unreadable-years.js";

type Read = (m: RegExpExecArray, now: Date, mode: TimeMode, index: number, length: number) => TimeQuery;

/** An expression (group 1: what precedes it, whitespace or nothing), the words chrono would join to it before and after, and its reading. */
interface Form {
  pattern: RegExp;
  notBefore: RegExp | null;
  notAfter: RegExp | null;
  read: Read;
}

/** ENEndOfPeriodRefiner's prefix (chrono 2.10): "the end of June 2015" is its last day. */
const END_OF_PERIOD = String.raw`\b(?:last\s+day|end)\s+of\s+(?:the\s+)?`;
/** The endings of chrono's ordinal words ("first", "twenty-second", "thirteenth", "thirtieth"). */
const ORDINAL = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth)";
/** The months as chrono's dictionary spells them: a dot only after an abbreviation ("June. 2015" is "June" alone). */
const MONTH = String.raw`(?:(january|february|march|april|may|june|july|august|september|october|november|december)|(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)`;
const NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
/** Words a number may follow in chrono's and factdesk's patterns (durations, times of day, spelled years). */
const BEFORE_A_NUMBER =
  "(?:within|in|for|about|around|roughly|approximately|just|this|last|past|next|after|at|from|half|and|oh|hundred|thousand|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

/** The words before a month factdesk's part-of-month parser takes with it (a superset). */
const PART_OF_MONTH_BEFORE = String.raw`\b(?:early|mid|middle|late|start|beginning|end|half)\W*(?:of\s+)?`;

const MONTH_OF_YEAR: Form = {
  pattern: new RegExp(String.raw`(^|\s)${MONTH}\s+${YEAR}(?!\w)`, "i"),
  // (A part of the month before it, "late June 2015", is factdesk's part-of-month result.)
  notBefore: new RegExp(String.raw`(?:${END_OF_PERIOD}|${ORDINAL}\W*(?:of\W*)?|(?:this|last|next|previous|past|coming)\s+|${PART_OF_MONTH_BEFORE})$`, "i"),
  notAfter: new RegExp(String.raw`^\s*(?:be|ad|bce?|ce|${UNIT})(?!\w)`, "i"),
  read: (m, _now, mode, index, length) => monthQuery(Number(m[4]), monthNumber(m[2] ?? m[3]!), mode, index, length),
};

const RELATIVE_YEAR: Form = {
  pattern: boundaryPattern(relativeYearParser)!,
  // ("earlier this year" is factdesk's recent past, from the year's start to yesterday.)
  notBefore: new RegExp(String.raw`(?:${END_OF_PERIOD}|after\s*|earlier\s+)$`, "i"),
  notAfter: null,
  read: (m, now, mode, index, length) => yearQuery(now.getUTCFullYear() + relativeYearOffset(m[2]!), mode, index, length, true),
};

/** chrono: the reference date (timezone 0) less N years, of which only the year is certain. */
const YEARS_AGO: Form = {
  pattern: new RegExp(String.raw`(^|\s)(\d{1,2}|${NUMBERS.join("|")}|an?)\s{1,3}years?\s{1,5}ago(?!\w)`, "i"),
  notBefore: new RegExp(String.raw`(?:${BEFORE_A_NUMBER}\W*|[-–~+]\s*)$`, "i"),
  notAfter: null,
  read: (m, now, mode, index, length) => yearQuery(now.getUTCFullYear() - count(m[2]!), mode, index, length, true),
};

/**
 * chrono's "now" and "today", factdesk's "right now" (chrono's "now" inside it is shorter; "right"
 * after any non-word character, "mid-right now", is kept off): the reference day. chrono's "now"
 * carries a clock time, so ExtractTimezoneAbbr may extend it with an abbreviation in any case
 * ("now utc"): any word of two to four letters after it keeps it off.
 */
const PRESENT: Form = {
  pattern: /(^|\s)(?:right\s+now|now|today)(?=\W|$)/i,
  notBefore: /right\s+$/i,
  notAfter: /^\s*,?\s*\(?[a-z]{2,4}\)?(?=\W|$)/i,
  read: (_m, now, mode, index, length) => presentQuery(now, mode, index, length),
};

const FORMS = [MONTH_OF_YEAR, RELATIVE_YEAR, YEARS_AGO, PRESENT];

/** "3", "three", "a": as chrono's parseNumberPattern reads them. */
function count(word: string): number {
  const w = word.toLowerCase();
  return /^\d/.test(w) ? Number(w) : w === "a" || w === "an" ? 1 : NUMBERS.indexOf(w) + 1;
}

/** The text's one time, if it is one of the forms above standing alone, as chrono with factdesk's parsers and refiners reads it; null where that is not certain. */
export function readLoneCasualTime(text: string, now: Date): TimeQuery | null {
  for (const form of FORMS) {
    const m = form.pattern.exec(text);
    if (m && /^\s?$/.test(m[1]!)) return readAlone(text, m, form, now);
  }
  return null;
}

function readAlone(text: string, m: RegExpExecArray, form: Form, now: Date): TimeQuery | null {
  const index = m.index + m[1]!.length;
  const end = m.index + m[0].length;
  const after = text.slice(end);
  if (!standsAlone(text, index, end) || form.notBefore?.test(text.slice(0, index)) || form.notAfter?.test(after) || takesTimezoneAbbr(after)) return null;
  const trailing = modeWordAfter(text, end);
  const before = modeWordBefore(text, index);
  const start = index - (before?.word.length ?? 0);
  return form.read(m, now, trailing?.mode ?? before?.mode ?? "at", start, end + (trailing?.word.length ?? 0) - start);
}

/** No digit outside the expression, nothing any parser could read with it blanked out, no unreadable year. */
function standsAlone(text: string, index: number, end: number): boolean {
  const rest = text.slice(0, index) + " ".repeat(end - index) + text.slice(end);
  return !/\d/.test(rest) && !casualMayMatch(rest) && !wordsOnlyMayMatch(rest) && unreadableYearSpans(text).length === 0;
}
