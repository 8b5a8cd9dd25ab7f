/**
 * factdesk's chrono parsers for what chrono 2.10 does not read: bare years ("2010", "in the year
 * 2010"), year ranges ("between 2004 and 2006", "2003/2004"), two years written as one season
 * ("2003/04", "2009-10"), decades, "'10", a month with a short year ("Oct. '01"), relative years
 * ("last year", "last December"), "2k10", and the present ("right now", "currently", "at the moment").
 */
import type * as chrono from "chrono-node";
import { anyMayMatch, boundaryParser, END, MONTH_NAME, NOT_A_FIGURE, TAG, YEAR, YEAR_LEAD, monthNumber, yearOfTwoDigits, yearSpanResult } from "./parser-kit.js";
import { SPELLED_PARSERS } from "./spelled-years.js";
import { recentPastParser } from "./recent-past.js";

/** What a two-digit number counts or measures, where it is no year. */
const COUNTED = "(?:%|percent\\b|per\\s*cent\\b|th\\b|st\\b|nd\\b|rd\\b|seats?\\b|votes\\b|states?\\b|observers?\\b|people\\b)";

/**
 * "between 2004 and 2006", "from 2004 to 2006", "2004-2006", "2003/2004"; "2003 and 2005" are two years.
 * ("from 1996 to 99", "between 1996 and '99": the later year's century is the first's, within thirty years.)
 */
export const yearRangeParser = boundaryParser(
  `(?:between\\s+${YEAR}\\s+and|(?:from\\s+)?${YEAR}\\s*(?:to|until|till|through|-|–|—|/))\\s*(?:${YEAR}|(?<=(?:between|from)\\s+\\d{4}\\s+(?:and|to|until|till|through)\\s+)'?(\\d{2})(?!\\s*${COUNTED}))${NOT_A_FIGURE}${END}`,
  (ctx, index, text, m) => {
    const a = Number(m[2] ?? m[3]);
    const short = m[5] === undefined ? null : a - (a % 100) + Number(m[5]);
    const b = short === null ? Number(m[4]) : short <= a ? short + 100 : short;
    return b >= a && (short === null || b - a <= 30) ? yearSpanResult(ctx, index, text, a, b, "range") : null;
  },
);

/** "2003/04", "2009-10", "1999/00": the first year and the next (up to nine years on), not an ISO date. */
const seasonParser = boundaryParser(`${YEAR_LEAD}${YEAR}\\s*[/–-]\\s*(\\d{2})(?![/:–-]\\d)${NOT_A_FIGURE}${END}`, (ctx, index, text, m) => {
  const a = Number(m[2]);
  let b = a - (a % 100) + Number(m[3]);
  if (b <= a) b += 100;
  return b - a <= 9 ? yearSpanResult(ctx, index, text, a, b, "season") : null;
});

/** Years of a decade meant by "the early / mid / late 1990s" (from its start). */
const PART_OF_DECADE: Record<string, [number, number]> = { early: [0, 3], mid: [4, 6], middle: [4, 6], late: [7, 9] };

// ("since the early 1990s": the part of the decade said, never the whole decade with the word dropped.)
const decadeParser = boundaryParser(`(?:the\\s+)?(?:(early|mid|middle|late)(?:\\s*-\\s*|\\s+))?(?:(1[5-9]|20|21)(\\d)0|'?([0-9])0)'?s${END}`, (ctx, index, text, m) => {
  const start = m[3] !== undefined ? Number(m[3] + m[4] + "0") : Number(m[5]) >= 3 ? 1900 + Number(m[5]) * 10 : 2000 + Number(m[5]) * 10;
  const part = m[2]?.toLowerCase();
  if (!part) return yearSpanResult(ctx, index, text, start, start + 9, "decade");
  const [from, to] = PART_OF_DECADE[part]!;
  // (Not tagged a range: "since the early 1990s" keeps its "since".)
  return yearSpanResult(ctx, index, text, start + from, start + to, "part-of-decade");
});

// A share is never over 100: "tokayev 2022 %" asks a share in 2022. (A decimal or a longer figure is still a figure.)
export const bareYearParser = boundaryParser(`${YEAR_LEAD}${YEAR}(?![.,]\\d|\\d)${END}`, (ctx, index, text, m) => yearSpanResult(ctx, index, text, Number(m[2])));

/** "(need it in 10)", "filing in 20": minutes to a deadline, not '10 or '20. */
const NOT_A_DEADLINE = "(?<!\\b(?:need|needs|needed|want|wants|wanted|filing|file|files|due|ready|print|printing|publish|publishing|deadline)\\s+(?:it\\s+|this\\s+|that\\s+|them\\s+)?)";

/**
 * Reporters' shorthand "in 97", "yr 98", "since 04": two digits after a word that introduces a year.
 * Not a count ("in 56 participating States", "in 40 % of polling stations", "grew from 35 to what"), an ordinal, a figure or a deadline.
 */
const leadTwoDigitYearParser = boundaryParser(
  `(?:${NOT_A_DEADLINE}(?:in|yr|year)\\s+|(?<=\\b(?:since|until|till|before|after|from)\\s))(\\d{2})(?![.,]?\\d|\\s*(?:%|percent\\b|per\\s*cent\\b|th\\b|st\\b|nd\\b|rd\\b))(?!\\s+(?:[a-z]+s|participating|member|people|polling|per|of|out|more|less|years?|days?|months?|weeks?|to\\s+(?:what|which|how|\\d{2}\\s+(?:[a-z]+s|participating|member|pS)))\\b)${END}`,
  (ctx, index, text, m) => yearSpanResult(ctx, index, text, yearOfTwoDigits(Number(m[2]))),
);

/**
 * "from 98 to 01", "between 05 and 08": two two-digit years, the later no more than thirty years on and
 * not after next year — "from 35 to 57 states" and "grew from 35 to what" are counts, not years.
 */
const twoDigitYearRangeParser = boundaryParser(
  `(?:between\\s+'?(\\d{2})\\s+and|from\\s+'?(\\d{2})\\s*(?:to|until|till|through|-|–|—))\\s*'?(\\d{2})(?![.,]?\\d|\\s*(?:%|percent\\b|per\\s*cent\\b|th\\b|st\\b|nd\\b|rd\\b))(?!\\s+(?:[a-z]+s|participating|member|people)\\b)${END}`,
  (ctx, index, text, m) => {
    const [a, b] = [yearOfTwoDigits(Number(m[2] ?? m[3])), yearOfTwoDigits(Number(m[4]))];
    return b >= a && b - a <= 30 && b <= ctx.refDate.getUTCFullYear() + 1 ? yearSpanResult(ctx, index, text, a, b, "range") : null;
  },
);

/** Words of a dated event a reporter writes a two-digit year next to: "istanbul 99 summit", "budapest summit 94". */
const EVENT_NOUN = "(?:summits?|elections?|votes?|polls?|results?|ministerial|mc|chairmanship|presidency|referendum|mazhilis|parliamentary|presidential)";

/**
 * "istanbul 99 summit", "budapest summit 94", "the 05 election", "share 07": two digits next to a
 * dated event, or with a leading zero (never a count), are its year. Not a figure or a count ("the 77
 * Mazhilis seats").
 */
const eventTwoDigitYearParser = boundaryParser(
  `(?:(?<=\\b${EVENT_NOUN}\\s)(\\d{2})|(\\d{2})(?=\\s+${EVENT_NOUN}\\b(?!\\s+(?:seats?|members?|deputies|candidates?|observers?)\\b))|(0\\d))(?![./,:–-]?\\d|\\s*${COUNTED})${END}`,
  (ctx, index, text, m) => yearSpanResult(ctx, index, text, yearOfTwoDigits(Number(m[2] ?? m[3] ?? m[4]))),
);

/**
 * "'10", "in '92", and with a month "Oct. '01", "in Dec '04" (chrono reads the month alone and
 * takes its year from the reference date). "in 99" without the apostrophe is not a year, nor is a
 * count after a quotation mark ("copy says '56 participating States'").
 */
const shortYearParser = boundaryParser(`(?:in\\s+)?(?:(${MONTH_NAME})\\.?\\s*)?'(\\d{2})(?!\\s*${COUNTED}|\\s+(?:participating|member|pS)\\b)${END}`, (ctx, index, text, m) => {
  const year = yearOfTwoDigits(Number(m[3]));
  if (m[2] === undefined) return yearSpanResult(ctx, index, text, year);
  return ctx.createParsingResult(index, text, { year, month: monthNumber(m[2]) }).addTag(`${TAG}/month`);
});

/**
 * "apr 04", "in april 04", "sept 99": a month and two digits that no day is written as — zero-padded
 * or above 31 — with no year after them, is that month of the two-digit year ("april 04" is April 2004).
 */
const monthTwoDigitYearParser = boundaryParser(`(?:in\\s+)?(${MONTH_NAME})\\.?\\s+(0[1-9]|3[2-9]|[4-9]\\d)(?![.,:]?\\s*'?\\d)(?!\\s*${COUNTED}|\\s+(?:participating|member|pS)\\b)${END}`, (ctx, index, text, m) =>
  ctx.createParsingResult(index, text, { year: yearOfTwoDigits(Number(m[3])), month: monthNumber(m[2]!) }).addTag(`${TAG}/month`),
);

/** "2k10", "in 2K19": a year of this century in chat shorthand. */
const kiloYearParser = boundaryParser(`(?:in\\s+)?2k(\\d{2})${END}`, (ctx, index, text, m) => yearSpanResult(ctx, index, text, 2000 + Number(m[2])));

// ("the previous calendar year", "this calendar year": a year.)
export const relativeYearParser = boundaryParser(`(?:(?:in|during)\\s+)?(this|last|next|previous|past|coming|the\\s+current|current|the\\s+previous|the\\s+next)\\s+(?:calendar\\s+)?year${END}`, (ctx, index, text, m) => {
  const year = ctx.reference.instant.getUTCFullYear() + relativeYearOffset(m[2] ?? "");
  return yearSpanResult(ctx, index, text, year, year, "relative-year");
});

/** "a decade ago", "two decades ago": the year that many tens of years before the reference (chrono knows no decades). */
const decadesAgoParser = boundaryParser(`(a|one|two|three)\\s+decades?\\s+ago${END}`, (ctx, index, text, m) => {
  const tens = { a: 1, one: 1, two: 2, three: 3 }[m[2]!.toLowerCase() as "a"]!;
  const year = ctx.reference.instant.getUTCFullYear() - 10 * tens;
  return yearSpanResult(ctx, index, text, year, year, "relative-year");
});

/** "the year before last" (two years back), "the year after next" (two ahead). */
const yearBeforeLastParser = boundaryParser(`(?:(?:in|during)\\s+)?the\\s+year\\s+(before\\s+last|after\\s+next)${END}`, (ctx, index, text, m) => {
  const year = ctx.reference.instant.getUTCFullYear() + (/^before/i.test(m[2]!) ? -2 : 2);
  return yearSpanResult(ctx, index, text, year, year, "relative-year");
});

/**
 * "in 2010 and the year after", "2009 or the one before", "in 2010 and the following year": a year
 * next to the last year said before it. (Only with nothing after it that could be what it is after:
 * "the year after Kazakhstan chaired" is a clause of time, read elsewhere.)
 */
const yearNextToSaidParser = boundaryParser(
  `(?:(?:and|or|&|then)\\s+)(?:in\\s+|during\\s+)?(?:the\\s+)?(?:(?:year|one)\\s+(after|before)(?:\\s+that)?|(following|next|previous|preceding)\\s+(?:year|one))(?=\\s*(?:[?,.!;:—–)]|$)|\\s+(?:too|as\\s+well|both|pls|please)\\b)`,
  (ctx, index, text, m) => {
    // (The year said is a year's digits or a year relative to the reference one: "next year and the year after".)
    const said = [...ctx.text.slice(0, index).matchAll(/\b(?:(1[89]\d\d|20\d\d)|(this|last|next|previous|coming)\s+year)\b/gi)].at(-1);
    if (!said) return null;
    const saidYear = said[1] ? Number(said[1]) : ctx.reference.instant.getUTCFullYear() + relativeYearOffset(said[2]!);
    const later = /^(?:after|following|next)$/i.test(m[2] ?? m[3] ?? "");
    const year = saidYear + (later ? 1 : -1);
    return said[1] ? yearSpanResult(ctx, index, text, year) : yearSpanResult(ctx, index, text, year, year, "relative-year");
  },
);

/** -1 for "last year" (previous, past), 1 for "next year" (coming), 0 for "this year" (current). */
export function relativeYearOffset(word: string): number {
  const w = word.toLowerCase().replace(/^the\s+/, "");
  return w === "last" || w === "previous" || w === "past" ? -1 : w === "next" || w === "coming" ? 1 : 0;
}

/**
 * "last December", "this March", "next June": that month's latest occurrence before the reference
 * month, in the reference year, or its next one after. (chrono reads none of these.)
 */
const relativeMonthParser = boundaryParser(`(?:(?:in|during)\\s+)?(this|last|next|previous|past|coming)\\s+(${MONTH_NAME})\\.?(?!\\s*'?\\d)${END}`, (ctx, index, text, m) => {
  const ref = ctx.reference.instant;
  const [refYear, refMonth] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1];
  const month = monthNumber(m[3]!);
  const word = m[2]!.toLowerCase();
  const year = word === "this" ? refYear : word === "next" || word === "coming" ? (month > refMonth ? refYear : refYear + 1) : month < refMonth ? refYear : refYear - 1;
  return ctx.createParsingResult(index, text, { year, month }).addTag(`${TAG}/month`);
});

const SMALL_COUNTS = ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/**
 * "december two years ago", "in June of last year", "march the year before last": a month of a year
 * counted from the reference. chrono reads the month and the years ago apart, and the month alone
 * becomes the latest such month.
 */
const monthOfRelativeYearParser = boundaryParser(
  `(?:(?:in|during)\\s+)?(${MONTH_NAME})\\.?\\s+(?:of\\s+)?(?:(this|last|next|previous|past)\\s+year|(\\d{1,2}|${SMALL_COUNTS.join("|")})\\s+years?\\s+ago|the\\s+year\\s+before\\s+last)${END}`,
  (ctx, index, text, m) => {
    const ref = ctx.reference.instant.getUTCFullYear();
    const back = m[4] ? countOf(m[4]) : m[3] ? -relativeYearOffset(m[3]) : 2;
    return ctx.createParsingResult(index, text, { year: ref - back, month: monthNumber(m[2]!) }).addTag(`${TAG}/month`).addTag(`${TAG}/relative-month`);
  },
);

/** "2", "two", "a": the count of years back. */
function countOf(word: string): number {
  const w = word.toLowerCase();
  return /^\d/.test(w) ? Number(w) : Math.max(1, SMALL_COUNTS.indexOf(w) - 1);
}

/** The reference day. chrono reads "now" (and then only the "now" of "right now"), nothing else here. */
export const presentParser = boundaryParser(`(?:right\\s+now|currently|at\\s+the\\s+moment|at\\s+present|nowadays|presently|rn|atm)${END}`, (ctx, index, text) => {
  const day = ctx.reference.instant;
  return ctx.createParsingResult(index, text, { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() }).addTag(`${TAG}/relative-now`);
});

const VERY_END = /\bvery\s+end\b/i;
/** "until the end of 2017", "stay through the end of 2010", "right to the end of 2017": held to its last day, not to some day of December. */
const UNTIL_BEFORE = /\b(?:until|till|til|through|thru|right\s+(?:up\s+)?to|all\s+the\s+way\s+(?:up\s+)?to|up\s+to)\s+$/i;
/** "was he still CiO at the end of 2003?": "still" then, asked of the year's end — its last day too. */
const STILL_BEFORE = /\bstill\b[^?.!;]*$/i;

/** Months of a part of a year: seasons of the northern hemisphere, and early / mid / late. */
const PART_OF_YEAR: Record<string, [number, number]> = {
  spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], early: [1, 4], mid: [5, 8], middle: [5, 8], late: [9, 12],
  "first half": [1, 6], "second half": [7, 12],
  q1: [1, 3], q2: [4, 6], q3: [7, 9], q4: [10, 12],
  "first quarter": [1, 3], "second quarter": [4, 6], "third quarter": [7, 9], "fourth quarter": [10, 12],
  // "at the (very) start of 1994": its first month, never "began in 1994" (the one who took office then).
  start: [1, 1], beginning: [1, 1], outset: [1, 1], end: [12, 12],
};

/** "the first (few) months of 2011", "the closing months of 2000": as "early 2011", "late 2000". */
const FEW_MONTHS = String.raw`(?:first|opening|last|final|closing)\s+(?:few\s+|couple\s+of\s+)?months(?=\s+of\s)`;

/**
 * "the autumn of 1992", "summer 2020", "early 2008", "mid-2025", "the first half of '94", "spring 92", "the start of 1994", "the start of its
 * 1994 CSCE presidency" (a chairmanship is the calendar year): those months, not the whole year.
 * (Winter spans two years: not read.)
 */
const partOfYearParser = boundaryParser(
  `(?:(?:in|during|by|at)\\s+)?(?:the\\s+)?(?:very\\s+)?(spring|summer|autumn|fall|early|mid|middle|late|(?:first|second)\\s+half|q[1-4]|(?:first|second|third|fourth)\\s+quarter|(?:start|beginning|outset|end)(?=\\s+of\\s)|${FEW_MONTHS})(?:\\s*-\\s*|\\s+)(?:of\\s+)?(?:the\\s+)?(?:(?:its|their|his|her|[a-z]+'s)\\s+)?(?:${YEAR}|['’]?(\\d{2})(?!\\s*(?:%|percent\\b|per\\s*cent\\b|years?\\b|seats?\\b|states?\\b|days?\\b|months?\\b)))(?![.,]\\d|\\d)(?:\\s+(?:osce\\s+|csce\\s+)?(?:chairmanship|chair|presidency|term))?${END}`,
  (ctx, index, text, m) => {
    const part = m[2]!.toLowerCase().replace(/\s+/, " ");
    const [from, to] = PART_OF_YEAR[part] ?? PART_OF_YEAR[/^(?:first|opening)\b/.test(part) ? "early" : "late"]!;
    // ("the first half of '94": a two-digit year after an apostrophe.)
    const year = m[3] ? Number(m[3]) : yearOfTwoDigits(Number(m[4]));
    const lastDay = new Date(Date.UTC(year, to, 0)).getUTCDate();
    // ("until the (very) end of 2017": its last day — Kurz, who left on 18 December, was not CiO then.
    // "At the very start of 1994" stays its first month: who held the post then.)
    if (part === "end" && (VERY_END.test(text) || UNTIL_BEFORE.test(ctx.text.slice(0, index)) || STILL_BEFORE.test(ctx.text.slice(0, index)))) return ctx.createParsingResult(index, text, { year, month: 12, day: 31 }).addTag(`${TAG}/part-of-year`);
    return ctx.createParsingResult(index, text, { year, month: from, day: 1 }, { year, month: to, day: lastDay }).addTag(`${TAG}/part-of-year`);
  },
);

/**
 * "2020 (start of year)", "2019, end of the year": the part said after the year, of "the year" — the
 * same months as "the start of 2020".
 */
const yearThenPartParser = boundaryParser(
  `${YEAR}\\s*(?:\\(|,|[-–—])?\\s*(?:at\\s+)?(?:the\\s+)?(start|beginning|outset|end|(?:first|second)\\s+half)\\s+of\\s+(?:the\\s+)?year\\b\\)?${END}`,
  (ctx, index, text, m) => {
    const [from, to] = PART_OF_YEAR[m[3]!.toLowerCase().replace(/\s+/, " ")]!;
    const year = Number(m[2]);
    const lastDay = new Date(Date.UTC(year, to, 0)).getUTCDate();
    return ctx.createParsingResult(index, text, { year, month: from, day: 1 }, { year, month: to, day: lastDay }).addTag(`${TAG}/part-of-year`);
  },
);

/**
 * "at the very end of the year", "the start of that year": a part of a year said before in the
 * message ("december 2003 — still him at the very end of the year?"). Its year is left implied
 * (the reference year) for parse-time.ts to take from the time said before; the same months as
 * "the end of 2003", and "the very end" its last day. ("This year" is the relative year's parser's.)
 */
const partOfTheYearSaidParser = boundaryParser(
  `(?:(?:in|during|by|at)\\s+)?(?:the\\s+)?(very\\s+)?(start|beginning|outset|end)\\s+of\\s+(?:(?:the|that)\\s+)?(?:same\\s+)?year\\b(?!\\s*['’]?\\d)${END}`,
  (ctx, index, text, m) => {
    const part = m[3]!.toLowerCase();
    const [from, to] = PART_OF_YEAR[part]!;
    const start = part === "end" && m[2] ? { month: 12, day: 31 } : { month: from, day: 1 };
    // (Its parts are January or December: 31 days.)
    const end = { month: to, day: 31 };
    return ctx.createParsingResult(index, text, start, end).addTag(`${TAG}/part-of-the-year`);
  },
);

/** Days of a part of a month: early / mid / late, the start and the end. */
const PART_OF_MONTH: Record<string, [number, number]> = {
  early: [1, 10], mid: [11, 20], middle: [11, 20], late: [21, 31], start: [1, 7], beginning: [1, 7], end: [24, 31],
  "first half": [1, 15], "second half": [16, 31],
};

/**
 * Said at the start of a time, the word of a part of a year, a month or a decade ("early 2017", "the
 * first half of 2020"): a time within which something held, never a span claimed whole.
 */
export const PART_OF_A_TIME = new RegExp(
  `^(?:(?:in|during|by|at)\\s+)?(?:the\\s+)?(?:very\\s+)?(?:${[...new Set([...Object.keys(PART_OF_YEAR), ...Object.keys(PART_OF_MONTH), ...Object.keys(PART_OF_DECADE)])].map((p) => p.replace(" ", "\\s+")).join("|")})\\b`,
  "i",
);

/** "late December 2003", "mid-Oct. 2009", "the end of June 2005": those days, not the whole month. */
const partOfMonthParser = boundaryParser(
  `(?:(?:in|during|by|at)\\s+)?(?:the\\s+)?(?:very\\s+)?(early|mid|middle|late|(?:first|second)\\s+half(?=\\s+of\\s)|(?:start|beginning|end)(?=\\s+of\\s))(?:\\s*-\\s*|\\s+)(?:of\\s+)?(${MONTH_NAME})\\.?,?\\s+${YEAR}${NOT_A_FIGURE}${END}`,
  (ctx, index, text, m) => {
    const [from, to] = PART_OF_MONTH[m[2]!.toLowerCase().replace(/\s+/, " ")]!;
    const [month, year] = [monthNumber(m[3]!), Number(m[4])];
    const lastDay = Math.min(to, new Date(Date.UTC(year, month, 0)).getUTCDate());
    return ctx.createParsingResult(index, text, { year, month, day: from }, { year, month, day: lastDay }).addTag(`${TAG}/part-of-month`);
  },
);

/** Holidays chrono does not know, as days of the year: Christmas (Day), Christmas Eve, New Year's Day and Eve. */
const HOLIDAYS: Record<string, [month: number, day: number]> = { christmas: [12, 25], "christmas day": [12, 25], "christmas eve": [12, 24], "new year day": [1, 1], "new year eve": [12, 31] };

/** "on Christmas Day 2017", "around Christmas 1992", "New Year's Eve 1999": that day (only with its year). */
const holidayParser = boundaryParser(`(?:on\\s+)?(christmas|xmas|new\\s+year'?s?)(?:\\s+(day|eve))?(?:\\s+of)?,?\\s+${YEAR}${NOT_A_FIGURE}${END}`, (ctx, index, text, m) => {
  const name = `${m[2]!.toLowerCase().replace(/^xmas$/, "christmas").replace(/^new\s+year'?s?$/, "new year")}${m[3] ? ` ${m[3].toLowerCase()}` : ""}`;
  const date = HOLIDAYS[name];
  if (!date) return null;
  return ctx.createParsingResult(index, text, { year: Number(m[4]), month: date[0], day: date[1] }).addTag(`${TAG}/holiday`);
});

/** Most specific first: at one position chrono keeps the first of two equally long results. */
export const OWN_PARSERS: chrono.Parser[] = [
  yearRangeParser, twoDigitYearRangeParser, seasonParser, holidayParser, partOfMonthParser, partOfYearParser, yearThenPartParser, partOfTheYearSaidParser, decadeParser, monthOfRelativeYearParser, yearBeforeLastParser, yearNextToSaidParser, relativeYearParser, decadesAgoParser, relativeMonthParser, shortYearParser, monthTwoDigitYearParser, kiloYearParser, bareYearParser, leadTwoDigitYearParser, eventTwoDigitYearParser, presentParser, recentPastParser,
];

/**
 * The parsers that need a run of digits besides a year's four ("2004-2006", "2003/04", "'92", "in
 * 97"): two years, or two digits alone (after an apostrophe or a space, before no digit).
 */
export const MORE_DIGITS_PARSERS: chrono.Parser[] = [yearRangeParser, twoDigitYearRangeParser, seasonParser, shortYearParser, monthTwoDigitYearParser, kiloYearParser, leadTwoDigitYearParser, eventTwoDigitYearParser];

/**
 * The parsers that can match a text without digits (the relative year and month, the present, the
 * spelled years): every other one's pattern needs two or four digits. A text without digits is
 * tested against these alone: the same answer, and ~3× faster where a time was blanked out of it
 * (the two-digit year's look-behinds cost most over a run of spaces).
 */
export const WORDS_ONLY_PARSERS: chrono.Parser[] = [partOfTheYearSaidParser, monthOfRelativeYearParser, yearBeforeLastParser, yearNextToSaidParser, relativeYearParser, decadesAgoParser, relativeMonthParser, presentParser, recentPastParser, ...SPELLED_PARSERS];

/** Whether any of factdesk's parsers may match `text`, a text without digits. */
export const wordsOnlyMayMatch = anyMayMatch(WORDS_ONLY_PARSERS);
