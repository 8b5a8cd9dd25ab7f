/** A chrono result as factdesk uses it: the whole days it covers, how, and a label for answers. */
import type * as chrono from "chrono-node";
import { dayNumber, dayOfDate, lastDayOfMonth, MONTH_NAMES, ymd } from "./days.js";
import { TAG } from "./parser-kit.js";
import type { TimeMode } from "./refiners.js";

export type TimeGrain = "day" | "month" | "year" | "decade" | "range";

export interface TimeQuery {
  /** First and last day the expression covers (inclusive). */
  start: number;
  end: number;
  grain: TimeGrain;
  mode: TimeMode;
  /** Relative to the reference date ("this year", "two years ago", "now"); false: explicit. */
  relative: boolean;
  /** Where the expression sits in the text it was read from. */
  index: number;
  length: number;
  /** For answers: "2010", "March 2008", "the 1990s", "2004–2006". */
  label: string;
}

interface Covered {
  start: number;
  end: number;
  grain: TimeGrain;
}

export const RELATIVE_TAG = new RegExp(`^(?:result/relative|casualReference|${TAG}/relative)`);
/** "this morning", "this evening": chrono gives no date; they mean the reference day. */
const TIME_OF_DAY_TAG = /^casualReference\/(?:morning|afternoon|evening|night)$/;
const DATE_PARTS = ["year", "month", "day", "weekday"] as const;

/**
 * "6pm", "at 5", "5 o'clock", "noon": a time of day with no date is never the question's time.
 * `tags` are `r.tags()` (chrono builds a new set on every call, so callers get them once).
 */
export function isClockTime(r: chrono.ParsedResult, tags: string[]): boolean {
  if (tags.some((t) => t.startsWith(TAG) || TIME_OF_DAY_TAG.test(t))) return false;
  return !DATE_PARTS.some((part) => r.start.isCertain(part));
}

export function toTimeQuery(r: chrono.ParsedResult, tags: string[], now: Date): TimeQuery | null {
  if (r.start.get("year") === null) return null;
  const mode = (tags.find((t) => t.startsWith(`${TAG}/mode:`))?.split(":")[1] as TimeMode | undefined) ?? "at";
  const relative = tags.some((t) => RELATIVE_TAG.test(t)) || !r.start.isCertain("year");
  return query(covered(r, tags, now), mode, relative, r.index, r.text.length);
}

/**
 * What factdesk's bare-year result for `year` at `index` reads as (lone-time.ts reads it without
 * chrono); `relative`: a relative year's ("last year", "two years ago"; lone-casual-time.ts).
 */
export function yearQuery(year: number, mode: TimeMode, index: number, length: number, relative = false): TimeQuery {
  return query(wholeYear(year), mode, relative, index, length);
}

/** What chrono's result for a month of a year ("June 2015") reads as (lone-casual-time.ts reads it without chrono). */
export function monthQuery(year: number, month: number, mode: TimeMode, index: number, length: number): TimeQuery {
  return query({ start: dayNumber(year, month), end: lastDayOfMonth(year, month), grain: "month" }, mode, false, index, length);
}

/** A day of a year said elsewhere ("2012 … jan 15"). */
export function dayQuery(year: number, month: number, day: number, mode: TimeMode, index: number, length: number): TimeQuery {
  const d = dayNumber(year, month, day);
  return query({ start: d, end: d, grain: "day" }, mode, false, index, length);
}

/** The days from `start` to `end` of one year: a day, a whole month, or a range of days. */
export function daysQuery(start: number, end: number, mode: TimeMode, index: number, length: number): TimeQuery {
  const a = ymd(start);
  const wholeMonth = a.day === 1 && end === lastDayOfMonth(a.year, a.month);
  return query({ start, end, grain: start === end ? "day" : wholeMonth ? "month" : "range" }, mode, false, index, length);
}

function query({ start, end, grain }: Covered, mode: TimeMode, relative: boolean, index: number, length: number): TimeQuery {
  const base = label(grain, start, end);
  return { start, end, grain, mode, relative, index, length, label: mode === "at" ? base : `${mode} ${base}` };
}

/** What factdesk's result for the present ("currently") reads as (lone-time.ts reads it without chrono). */
export function presentQuery(now: Date, mode: TimeMode, index: number, length: number): TimeQuery {
  return query(theDay(now), mode, true, index, length);
}

/** What factdesk's result for a range of years ("between 2004 and 2006") reads as (lone-time.ts). */
export function yearRangeQuery(from: number, to: number, index: number, length: number): TimeQuery {
  return query(years(from, to, "range"), "at", false, index, length);
}

const years = (from: number, to: number, grain: TimeGrain): Covered => ({ start: dayNumber(from), end: dayNumber(to, 12, 31), grain });

const wholeYear = (year: number): Covered => years(year, year, "year");

function theDay(now: Date): Covered {
  const today = dayOfDate(now);
  return { start: today, end: today, grain: "day" };
}

function covered(r: chrono.ParsedResult, tags: string[], now: Date): Covered {
  const ours = (tag: string) => tags.includes(`${TAG}/${tag}`);
  if (tags.includes("casualReference/now") || tags.includes("casualReference/today") || ours("relative-now")) return theDay(now);
  const s = r.start;
  const year = s.get("year")!;
  if (ours("year") || ours("relative-year")) return wholeYear(year);
  if (ours("decade") || ours("range") || ours("season") || ours("part-of-decade")) return years(year, r.end?.get("year") ?? year, ours("decade") ? "decade" : "range");
  const span = startSpan(s, tags.some((t) => TIME_OF_DAY_TAG.test(t)));
  if (!r.end) return span;
  const e = r.end;
  const ey = e.get("year") ?? year;
  const end = e.isCertain("day") ? dayNumber(ey, e.get("month") ?? 1, e.get("day") ?? 1) : e.isCertain("month") ? lastDayOfMonth(ey, e.get("month") ?? 12) : dayNumber(ey, 12, 31);
  return span.grain === "year" ? span : { start: span.start, end, grain: "range" };
}

/** A day ("Friday" and "this morning" are the day chrono implies), a month, or a year. */
function startSpan(s: chrono.ParsedComponents, timeOfDay: boolean): Covered {
  const year = s.get("year")!;
  const month = s.get("month") ?? 1;
  if (s.isCertain("day") || s.isCertain("weekday") || timeOfDay) {
    const day = dayNumber(year, month, s.get("day") ?? 1);
    return { start: day, end: day, grain: "day" };
  }
  if (s.isCertain("month")) return { start: dayNumber(year, month), end: lastDayOfMonth(year, month), grain: "month" };
  return wholeYear(year);
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
      if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${a.getUTCFullYear()}–${b.getUTCFullYear()}`;
      return partOfYearLabel(a, b);
  }
}

/** Within one year: "1992", "September–November 1992", "1-5 March 2008", "4 April – 31 December 2008". */
function partOfYearLabel(a: Date, b: Date): string {
  const year = a.getUTCFullYear();
  const [ma, mb] = [MONTH_NAMES[a.getUTCMonth()]!, MONTH_NAMES[b.getUTCMonth()]!];
  const wholeMonths = a.getUTCDate() === 1 && new Date(b.getTime() + 86_400_000).getUTCDate() === 1;
  if (wholeMonths) return ma === "January" && mb === "December" ? String(year) : ma === mb ? `${ma} ${year}` : `${ma}–${mb} ${year}`;
  return ma === mb ? `${a.getUTCDate()}-${b.getUTCDate()} ${ma} ${year}` : `${a.getUTCDate()} ${ma} – ${b.getUTCDate()} ${mb} ${year}`;
}
