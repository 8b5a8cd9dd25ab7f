/**
 * The commonest times in questions, one year alone ("who was mayor of Velmar in 2013?") or the
 * present alone ("who is currently mayor?"), read without chrono: its parsers, results and
 * refiners took a quarter of a typical question's time for them.
 *
 * Taken only where chrono's casual parsers cannot match (fast-path.ts) and the text's only digits
 * are one run of four (a year) or there are none (the present); where no other factdesk parser's
 * pattern matches anywhere (those that need more digits cannot), the year's or the present's
 * pattern matches once, nothing after it could be a time zone and no year is unreadable.
 * factdesk's parsers then give that one result, and every refiner of chrono 2.10's casual English
 * parser and of factdesk but the since/before/after one leaves it as it is:
 *   - overlap removal and the merging refiners (date range, date and time, weekday, relative dates)
 *     need two results;
 *   - ExtractTimezoneOffset needs digits after it; ForwardDate the `forwardDate` option (not given);
 *   - ENEndOfPeriod changes a result only if its text is a relative period or it has a month and no
 *     day; ENExtractYearSuffix only one without a year;
 *   - ENUnlikelyFormatFilter drops only "may" and "… the second"; UnlikelyFormatFilter,
 *     falseFriendRefiner and yearSuffixRefiner keep factdesk's own results;
 *   - ExtractTimezoneAbbr extends a date-only result with an upper-case abbreviation right after it
 *     ("2013 CET"): such a text is left to chrono.
 * The since/before/after word is taken as modeRefiner takes it (its range exception cannot apply:
 * neither result has an end written with "to" or a dash), and the result read as toTimeQuery reads it.
 * tests/core/time-fast-path.test.ts compares every reading with chrono's full parser's.
 */
import type * as chrono from "chrono-node";
import { bareYearParser, MORE_DIGITS_PARSERS, OWN_PARSERS, presentParser } from "./own-parsers.js";
import { boundaryPattern, mayMatch } from "./parser-kit.js";
import { modeWordBefore, type TimeMode } from "./refiners.js";
import { SPELLED_PARSERS } from "./spelled-years.js";
import { presentQuery, yearQuery, type TimeQuery } from "./time-query.js";
import { unreadableYearSpans } from "./unreadable-years.js";

/** ExtractTimezoneAbbrRefiner's pattern (chrono 2.10). */
const TIMEZONE_ABBR = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;

type Query = (m: RegExpExecArray, mode: TimeMode, index: number, length: number) => TimeQuery;

/** A parser that may read a lone time, and the parsers that may match beside it. */
interface Lone {
  pattern: RegExp;
  others: chrono.Parser[];
}

function lone(parser: chrono.Parser): Lone {
  const others = [...OWN_PARSERS, ...SPELLED_PARSERS].filter((p) => p !== parser && !MORE_DIGITS_PARSERS.includes(p));
  return { pattern: boundaryPattern(parser)!, others };
}

const YEAR = lone(bareYearParser);
const PRESENT = lone(presentParser);

/** The text's one time, a year or the present, as chrono with factdesk's parsers and refiners reads it; null where that is not certain. */
export function readLoneTime(text: string, now: Date): TimeQuery | null {
  const runs = text.match(/\d+/g);
  if (runs === null) return readLone(text, PRESENT, (_, mode, index, length) => presentQuery(now, mode, index, length));
  if (runs.length === 1 && runs[0]!.length === 4) return readLone(text, YEAR, (m, mode, index, length) => yearQuery(Number(m[2]), mode, index, length));
  return null;
}

function readLone(text: string, { pattern, others }: Lone, query: Query): TimeQuery | null {
  if (others.some((p) => mayMatch(p, text))) return null;
  const m = pattern.exec(text);
  if (!m) return null;
  // As boundaryParser's extract: the boundary character is not part of the result.
  let index = m.index + m[1]!.length;
  let length = m[0].length - m[1]!.length;
  // (chrono looks for more only after the result.)
  const after = text.slice(index + length);
  const abbr = TIMEZONE_ABBR.exec(after);
  if ((abbr && abbr[1] === abbr[1]!.toUpperCase()) || pattern.test(after) || unreadableYearSpans(text).length > 0) return null;
  const mode = modeWordBefore(text, index);
  if (mode) {
    index -= mode.word.length;
    length += mode.word.length;
  }
  return query(m, mode?.mode ?? "at", index, length);
}
