/**
 * The commonest times in questions, one year alone ("who was mayor of Velmar in 2013?"), a range of
 * years alone ("between 2004 and 2006") or the present alone ("who is currently mayor?"), read
 * without chrono: its parsers, results and refiners took a quarter of a typical question's time.
 *
 * Taken only where chrono's casual parsers cannot match (fast-path.ts) and the text's only digits
 * are one run of four (a year), two (a range) or none (the present); where no other factdesk
 * parser's pattern matches anywhere (those that need more digits cannot; the bare years inside a
 * range may), the year's, the range's or the present's pattern matches once, nothing after it
 * could be a time zone and no year is unreadable. factdesk's parsers then give that one result (a
 * range's bare years lie inside it, shorter: overlap removal keeps the range, unless one starts
 * before it, "in the year 2004-2006", which is left to chrono), and every refiner of chrono 2.10's
 * casual English parser and of factdesk but the since/before/after one leaves it as it is:
 *   - overlap removal and the merging refiners (date range, date and time, weekday, relative dates)
 *     need two results;
 *   - ExtractTimezoneOffset needs digits after it; ForwardDate the `forwardDate` option (not given);
 *   - ENEndOfPeriod changes a result only if its text is a relative period or it has a month and no
 *     day; ENExtractYearSuffix only one without a year;
 *   - ENUnlikelyFormatFilter drops only "may" and "… the second"; UnlikelyFormatFilter,
 *     falseFriendRefiner and yearSuffixRefiner keep factdesk's own results;
 *   - ExtractTimezoneAbbr extends a date-only result with an upper-case abbreviation right after it
 *     ("2013 CET"): such a text is left to chrono.
 * The since/before/after word before it and the "onward"/"or later" after it are taken as
 * modeRefiner takes them (it leaves a range alone; a year's or the present's text has no "to" or
 * dash), and the result read as toTimeQuery reads it.
 * tests/core/time-fast-path.test.ts compares every reading with chrono's full parser's.
 */
import type * as chrono from "chrono-node";
import { bareYearParser, MORE_DIGITS_PARSERS, OWN_PARSERS, presentParser, yearRangeParser } from "./own-parsers.js";
import { anyMayMatch, boundaryPattern } from "./parser-kit.js";
import { modeWordAfter, modeWordBefore, type TimeMode } from "./refiners.js";
import { SPELLED_PARSERS } from "./spelled-years.js";
import { presentQuery, yearQuery, yearRangeQuery, type TimeQuery } from "./time-query.js";
import { unreadableYearSpans } from "./unreadable-years.js";

/** ExtractTimezoneAbbrRefiner's pattern (chrono 2.10). */
const TIMEZONE_ABBR = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;

/** Whether chrono's ExtractTimezoneAbbr may extend a date-only result followed by `after` (an upper-case abbreviation: "2013 CET"). */
export function takesTimezoneAbbr(after: string): boolean {
  const abbr = TIMEZONE_ABBR.exec(after);
  return abbr !== null && abbr[1] === abbr[1]!.toUpperCase();
}

type Query = (m: RegExpExecArray, mode: TimeMode, index: number, length: number) => TimeQuery | null;

/** A parser that may read a lone time, whether another may match beside it, and whether a since/before word counts. */
interface Lone {
  pattern: RegExp;
  othersMayMatch: (text: string) => boolean;
  takesMode: boolean;
}

function lone(parser: chrono.Parser, takesMode: boolean, besides: chrono.Parser[] = []): Lone {
  const others = [...OWN_PARSERS, ...SPELLED_PARSERS].filter((p) => p !== parser && !MORE_DIGITS_PARSERS.includes(p) && !besides.includes(p));
  return { pattern: boundaryPattern(parser)!, othersMayMatch: anyMayMatch(others), takesMode };
}

const YEAR = lone(bareYearParser, true);
const PRESENT = lone(presentParser, true);
/** (modeRefiner leaves a range alone: "from 2004 to 2006" is not "since 2004".) */
const RANGE = lone(yearRangeParser, false, [bareYearParser]);

/** The text's one time, a year, a range of years or the present, as chrono with factdesk's parsers and refiners reads it; null where that is not certain. */
export function readLoneTime(text: string, now: Date): TimeQuery | null {
  const runs = text.match(/\d+/g);
  if (runs === null) return readLone(text, PRESENT, (_, mode, index, length) => presentQuery(now, mode, index, length));
  if (runs.some((r) => r.length !== 4)) return null;
  if (runs.length === 1) return readLone(text, YEAR, (m, mode, index, length) => yearQuery(Number(m[2]), mode, index, length));
  return runs.length === 2 ? readLone(text, RANGE, yearRange) : null;
}

/** As the year-range parser builds its result (none for "2006-2004"), if no bare year starts before it. */
function yearRange(m: RegExpExecArray, _mode: TimeMode, index: number, length: number): TimeQuery | null {
  const [from, to] = [Number(m[2] ?? m[3]), Number(m[4])];
  const bare = YEAR.pattern.exec(m.input);
  return to < from || (bare && bare.index + bare[1]!.length < index) ? null : yearRangeQuery(from, to, index, length);
}

function readLone(text: string, { pattern, othersMayMatch, takesMode }: Lone, query: Query): TimeQuery | null {
  if (othersMayMatch(text)) return null;
  const m = pattern.exec(text);
  if (!m) return null;
  // As boundaryParser's extract: the boundary character is not part of the result.
  let index = m.index + m[1]!.length;
  let length = m[0].length - m[1]!.length;
  // (chrono looks for more only after the result.)
  const after = text.slice(index + length);
  if (takesTimezoneAbbr(after) || pattern.test(after) || unreadableYearSpans(text).length > 0) return null;
  const trailing = takesMode ? modeWordAfter(text, index + length) : null;
  if (trailing) length += trailing.word.length;
  const mode = takesMode ? modeWordBefore(text, index) : null;
  if (mode) {
    index -= mode.word.length;
    length += mode.word.length;
  }
  return query(m, trailing?.mode ?? mode?.mode ?? "at", index, length);
}
