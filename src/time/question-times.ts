/**
 * Which of the times found in a question are the question's time. Reporters wrap questions in
 * their own time ("for my 6pm piece", "need it by Friday", "tonight"): that only sets the
 * question's time when nothing more specific does.
 */
import { daysQuery, type TimeQuery } from "./time-query.js";

/**
 * 2: explicit ("2003", "March 2008", "the 1990s"); 1: a period relative to the reference date
 * ("last year", "two years ago", "this month"); 0: a day relative to it ("today", "tonight", "now",
 * "this morning", "Friday").
 */
function specificity(t: TimeQuery): number {
  if (!t.relative) return 2;
  return t.grain === "day" ? 0 : 1;
}

const sameTime = (a: TimeQuery, b: TimeQuery): boolean => a.start === b.start && a.end === b.end && a.mode === b.mode;

/**
 * Keep the most specific kind of time present, each different time once (two different explicit
 * years stay two: the reader answers each or says the question is ambiguous); the rest is chatter.
 */
export function questionTimes(found: TimeQuery[]): { times: TimeQuery[]; chatter: TimeQuery[] } {
  const top = Math.max(...found.map(specificity));
  const times: TimeQuery[] = [];
  const chatter: TimeQuery[] = [];
  for (const t of found) {
    if (specificity(t) === top && !times.some((kept) => sameTime(kept, t))) times.push(t);
    else chatter.push(t);
  }
  return { times: boundWithinPeriod(times) ?? times, chatter };
}

/**
 * "in the 1990s after 1995", "in 2009 before October": a bound inside a period said beside it narrows
 * the period — one time, not two to answer each.
 */
function boundWithinPeriod(times: TimeQuery[]): TimeQuery[] | null {
  if (times.length !== 2) return null;
  const period = times.find((t) => t.mode === "at" && t.grain !== "day");
  const bound = times.find((t) => t.mode !== "at");
  // (A bound to the day inside a year may fall on a handover: "from 3 December 2003 to the end of that year".)
  if (!period || !bound || (bound.grain === "day" && period.grain !== "decade")) return null;
  // (Said together: "2019 cheat sheet: …, capital name after march" asks several things, each its own time.)
  const [first, second] = period.index < bound.index ? [period, bound] : [bound, period];
  if (second.index - (first.index + first.length) > 2) return null;
  const start = bound.mode === "after" ? bound.end + 1 : bound.mode === "since" ? bound.start : period.start;
  const end = bound.mode === "before" ? bound.start - 1 : bound.mode === "until" ? bound.end : period.end;
  if (start < period.start || end > period.end || start > end) return null;
  const index = Math.min(period.index, bound.index);
  return [daysQuery(start, end, "at", index, Math.max(period.index + period.length, bound.index + bound.length) - index)];
}
