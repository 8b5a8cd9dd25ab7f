/**
 * Which of the times found in a question are the question's time. Reporters wrap questions in
 * their own time ("for my 6pm piece", "need it by Friday", "tonight"): that only sets the
 * question's time when nothing more specific does.
 */
import type { TimeQuery } from "./time-query.js";

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
  return { times, chatter };
}
