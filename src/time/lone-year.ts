/**
 * The commonest time in a question, one year ("who was mayor of Velmar in 2013?"), read without
 * chrono: its parsers, results and refiners took a quarter of a typical question's time for it.
 *
 * Taken only where chrono's casual parsers cannot match (fast-path.ts), the text's only digits are
 * one run of four, no other factdesk parser's pattern matches anywhere (those that need more
 * digits cannot), the bare-year pattern matches once, nothing after the year could be a time zone
 * and no year is unreadable. factdesk's parsers then give one result, the bare year's, and every
 * refiner of chrono 2.10's casual English parser and of factdesk but the since/before/after one
 * leaves it as it is:
 *   - overlap removal and the merging refiners (date range, date and time, weekday, relative dates)
 *     need two results;
 *   - ExtractTimezoneOffset needs digits after it; ForwardDate the `forwardDate` option (not given);
 *   - ENEndOfPeriod changes a result only if its text is a relative period or it has a month and no
 *     day; ENExtractYearSuffix only one without a year;
 *   - ENUnlikelyFormatFilter drops only "may" and "… the second"; UnlikelyFormatFilter,
 *     falseFriendRefiner and yearSuffixRefiner keep factdesk's own results;
 *   - ExtractTimezoneAbbr extends a date-only result with an upper-case abbreviation right after it
 *     ("2013 CET"): such a text is left to chrono.
 * The since/before/after word is taken as modeRefiner takes it (the range exception there cannot
 * apply: a bare year's text has no "to" and no dash), and the result read as toTimeQuery reads it.
 * tests/core/time-fast-path.test.ts compares every reading with chrono's full parser's.
 */
import { bareYearParser, MORE_DIGITS_PARSERS, OWN_PARSERS } from "./own-parsers.js";
import { boundaryPattern, mayMatch } from "./parser-kit.js";
import { modeWordBefore } from "./refiners.js";
import { SPELLED_PARSERS } from "./spelled-years.js";
import { yearQuery, type TimeQuery } from "./time-query.js";
import { unreadableYearSpans } from "./unreadable-years.js";

/** Those that may match a text whose only digits are one run of four, besides the bare year's. */
const OTHER_PARSERS = [...OWN_PARSERS, ...SPELLED_PARSERS].filter((p) => p !== bareYearParser && !MORE_DIGITS_PARSERS.includes(p));
const BARE_YEAR = boundaryPattern(bareYearParser)!;

/** ExtractTimezoneAbbrRefiner's pattern (chrono 2.10). */
const TIMEZONE_ABBR = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;

/** The text's only digits are one run of four, and no factdesk parser but the bare year's can match. */
export function mayBeLoneYear(text: string): boolean {
  const runs = text.match(/\d+/g);
  return runs?.length === 1 && runs[0]!.length === 4 && !OTHER_PARSERS.some((p) => mayMatch(p, text));
}

/** The text's one time, its year, as chrono with factdesk's parsers and refiners reads it; null where that is not certain. */
export function readLoneYear(text: string): TimeQuery | null {
  const m = BARE_YEAR.exec(text);
  if (!m) return null;
  // As boundaryParser's extract and the bare-year parser: the boundary character is not part of it.
  let index = m.index + m[1]!.length;
  let length = m[0].length - m[1]!.length;
  const after = text.slice(index + length);
  const abbr = TIMEZONE_ABBR.exec(after);
  if ((abbr && abbr[1] === abbr[1]!.toUpperCase()) || BARE_YEAR.test(after) || unreadableYearSpans(text).length > 0) return null;
  const mode = modeWordBefore(text, index);
  if (mode) {
    index -= mode.word.length;
    length += mode.word.length;
  }
  return yearQuery(Number(m[2]), mode?.mode ?? "at", index, length);
}
