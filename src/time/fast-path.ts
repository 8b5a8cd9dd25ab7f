/**
 * When none of chrono's own (casual) parsers can match, the full parser's results are exactly those
 * of factdesk's parsers run through the same refiners: `own` is then enough, at a fraction of the
 * cost (~3 µs instead of ~22 µs a question, and no compiling of chrono's big regular expressions on
 * a cold start). A casual parser can only match text with one of the following (derived from
 * chrono 2.10's en patterns, each a superset of what a pattern needs; tests/core/time-fast-path.test.ts
 * checks that both parsers agree on every question we have):
 *   - a duration: a number (digits, "one"…"twelve", "a", "the", "few" …) then a unit ("days", "yr",
 *     "m"), or this/last/past/next then a unit ("this week");
 *   - a weekday as chrono's dictionary spells it ("Mongolia" is none; "weekend", "weekday" are) or a
 *     month name (or abbreviation) where chrono's patterns can start one;
 *   - a casual date or time word (now, today, tomorrow, yesterday, noon, morning, night …), "month";
 *   - digits that factdesk's parsers did not take, or a time of day around digits ("at 10",
 *     "from 10", "10 pm", "10 o'clock"); not "at/from 2010": chrono reads no time of day in a
 *     year 1500–2199 (four digits: with minutes or without am/pm none, with am/pm the hour is over
 *     12), and factdesk's parsers take it.
 */
import type { ParsingResult } from "chrono-node";

/** A time unit as chrono's duration patterns spell it ("yr", "mos", "d"). */
export const UNIT = "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|mos?|mon|qtrs?|quarters?|years?|yrs?|s|m|h|d|w|y)";
const NUMBER = "(?:\\d+(?:\\.\\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half(?:\\s{0,2}an?)?|an?\\b(?:\\s{0,2}few)?|few|several|the|a?\\s{0,2}couple\\s{0,2}(?:of)?)";
const NUMBER_START = "\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?\\b|few|several|the|couple";
const CASUAL_TRIGGERS: RegExp[] = [
  new RegExp(`(?:^|\\W|in|for|within|this|last|past|next|after|about|around|roughly|approximately|just|~|\\+|-)\\s*${NUMBER}\\s{0,3}${UNIT}(?=\\W|$|and|about|around|ago|before|earlier|later|after|from|henceforth|forward|out|${NUMBER_START})`, "i"),
  new RegExp(`(?:this|last|past|next)\\s*${UNIT}(?=\\W|$)`, "i"),
  /(?:^|\W|on|this|last|past|next)\s*(?:(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|thurs|thur|thu|sun|mon|tue|wed|fri|sat)\.?|weekend|weekday)(?=\W|$)/i,
  /(?:^|\W|in|of|st|nd|rd|th|\d)\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?=\W|$|\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twent|thirt)/i,
  /(?:^|\W)(?:now|today|tonight|tomorrow|overmorrow|tmrw?|yesterday|last\s*night)(?=\W|$)|(?:morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)|month/i,
  /(?:at|from|T)\s*(?!(?:1[5-9]|2[01])\d\d(?!\d))\d|\d\s*(?:a\.?m\.?|p\.?m\.?|a|p|o\W*clock)(?=\W|$)/i,
];

/** The triggers as one pattern: one pass over the text instead of six (the same answer). */
const CASUAL_TRIGGER = new RegExp(CASUAL_TRIGGERS.map((re) => `(?:${re.source})`).join("|"), "i");

export function casualMayMatch(text: string): boolean {
  return CASUAL_TRIGGER.test(text);
}

/**
 * A run of digits none of factdesk's parsers can take ("16th", "5", "100", "12345"): they take
 * whole runs of two or four digits only, each followed by a non-word character, an apostrophe or
 * the "s" of a decade (or, in a range, by "to", "until", "till", "through"), never by an
 * ordinal's "st", "nd", "rd", "th" — and the digit of a quarter ("Q3 2017") and the 2 of "2k10"; and the one refiner that adds digits to a result, chrono's
 * timezone offset, takes them right after a + or - sign. Where such a run is found, their results
 * would leave a digit outside (digitsOutside), so they need not be run at all.
 * (tests/core/time-prescan.test.ts checks this on every question we have.)
 */
const DIGITS_OURS_CANNOT_TAKE = /(?<![+\-\d]|\bq)(?:\d+(?:st|nd|rd|th)\b|(?:\d(?!k\d\d(?!\d))|\d{3}|\d{5,})(?!\d))/i;

export function digitsOursCannotTake(text: string): boolean {
  return DIGITS_OURS_CANNOT_TAKE.test(text);
}

/**
 * Digits chrono's casual parsers may read where no casual trigger is found (chrono 2.10): a date
 * or a time needs two digit runs joined by a separator ("5.30", "1/2", "2010-5-3", "2010 5 3",
 * "5 - 7", "5 to 7"), and a time of day alone ("21") is one or two digits up to 24 (or four up to
 * 0024) followed by no letter, a lone digit and three digits being rejected by chrono ("5", "930").
 * Without either ("the 16th MC", "in 56 States", "5 states", "100 observers", "in 2010"), chrono's
 * own parsers find nothing, so factdesk's parsers alone give the full parser's results.
 * (tests/core/time-inert-digits.test.ts checks this against chrono on many texts.)
 */
const DIGITS_CASUAL_MAY_READ = /\d(?:\s|[.:：/\-–~〜?+]|to|until|through|till)+\d|(?<!\d)(?:[01]\d|2[0-4]|00[01]\d|002[0-4])(?!\w)/i;

export function digitsCasualMayRead(text: string): boolean {
  return DIGITS_CASUAL_MAY_READ.test(text);
}

/** Digits outside every result: chrono's own parsers (times, dates) may read them. */
export function digitsOutside(text: string, results: ParsingResult[]): boolean {
  let at = 0;
  for (const r of [...results].sort((a, b) => a.index - b.index)) {
    if (/\d/.test(text.slice(at, r.index))) return true;
    at = Math.max(at, r.index + r.text.length);
  }
  return /\d/.test(text.slice(at));
}

