/**
 * The commonest time in a question, one year ("who was mayor of Velmar in 2013?"), read by the
 * bare-year parser and the one refiner that can change its result, instead of all of factdesk's
 * parsers and chrono's refiners (a third of a typical question's time went to reading its year).
 *
 * Taken only where chrono's casual parsers cannot match (fast-path.ts), the text's only digits are
 * one run of four and no other factdesk parser's pattern matches anywhere: factdesk's parsers then
 * give the bare year's result or nothing. On that one result, every other refiner of chrono 2.10's
 * casual English parser and of factdesk leaves it as it is:
 *   - overlap removal and the merging refiners (date range, date and time, weekday, relative dates)
 *     need two results;
 *   - ExtractTimezoneOffset needs digits after it; ForwardDate the `forwardDate` option (not given);
 *   - ENEndOfPeriod changes a result only if its text is a relative period or it has a month and no
 *     day; ENExtractYearSuffix only one without a year;
 *   - ENUnlikelyFormatFilter drops only "may" and "… the second"; UnlikelyFormatFilter,
 *     falseFriendRefiner and yearSuffixRefiner keep factdesk's own results;
 *   - ExtractTimezoneAbbr extends a date with an upper-case abbreviation right after it ("2013
 *     CET"): then this shortcut is not taken.
 * The since/before/after refiner (modeRefiner) runs as in the full set. The time fast-path test
 * compares every reading with chrono's full parser's.
 */
import type * as chrono from "chrono-node";
import type { ParsingResult } from "chrono-node";
import { bareYearParser, OWN_PARSERS } from "./own-parsers.js";
import { mayMatch } from "./parser-kit.js";
import { modeRefiner } from "./refiners.js";
import { SPELLED_PARSERS } from "./spelled-years.js";

const OTHER_PARSERS = [...OWN_PARSERS, ...SPELLED_PARSERS].filter((p) => p !== bareYearParser);

/** ExtractTimezoneAbbrRefiner's pattern (chrono 2.10). */
const TIMEZONE_ABBR = /^\s*,?\s*\(?([A-Z]{2,4})\)?(?=\W|$)/i;

/** A chrono parser that reads the bare year alone, with `full`'s configuration otherwise. */
export function loneYearParser(full: chrono.Chrono): chrono.Chrono {
  const lone = full.clone();
  lone.parsers = [bareYearParser];
  lone.refiners = [modeRefiner];
  return lone;
}

/** The text's only digits are one run of four, and no factdesk parser but the bare year's can match. */
export function mayBeLoneYear(text: string): boolean {
  const runs = text.match(/\d+/g);
  return runs?.length === 1 && runs[0]!.length === 4 && !OTHER_PARSERS.some((p) => mayMatch(p, text));
}

/** The year's result, as the full set of factdesk's parsers and refiners gives it; null where that is not certain. */
export function readLoneYear(lone: chrono.Chrono, text: string, ref: chrono.ParsingReference): ParsingResult[] | null {
  const results = lone.parse(text, ref) as ParsingResult[];
  if (results.length !== 1) return null;
  const r = results[0]!;
  const abbr = TIMEZONE_ABBR.exec(text.slice(r.index + r.text.length));
  return abbr && abbr[1] === abbr[1]!.toUpperCase() ? null : results;
}
