/**
 * The recent past as a reporter says it, read as the days it can mean (chrono reads "last week" as
 * the one day a week ago, and none of the others): "last week" is the calendar week before this one
 * (Monday to Sunday), "this week" this one and the seven days just gone, "last weekend" the Saturday and Sunday just gone, "earlier this week / month /
 * year" from its start to yesterday, "Sunday's" the latest Sunday, and "a couple of / a few weeks /
 * months ago" a window round that long ago.
 */
import type { ParsingContext } from "chrono-node";
import { boundaryParser, END, TAG } from "./parser-kit.js";

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** Days ago, nearest and farthest, of "a couple of weeks ago" and the like. */
const AGO_WINDOWS: Record<string, [number, number]> = { "couple weeks": [8, 24], "few weeks": [8, 45], "couple months": [30, 100], "few months": [45, 200] };

export const recentPastParser = boundaryParser(
  `(?:(?:in|during|at|from|over|on)\\s+)?(?:the\\s+)?(?:(?:last|past|previous)\\s+(week|weekend)(?:['’]s)?|earlier\\s+this\\s+(week|month|year)|(?:a\\s+)?(few|couple(?:\\s+of)?)\\s+(weeks|months)\\s+ago|(?:last\\s+)?(${WEEKDAYS.join("|")})['’]s|(?:this|current)\\s+(week))${END}`,
  (ctx, index, text, m) => {
    const today = Math.floor(ctx.reference.instant.getTime() / 86_400_000);
    const span = daysMeant(today, m);
    return span && result(ctx, index, text, span);
  },
);

/** The first and last day meant, counted from 1970-01-01, or null. */
function daysMeant(today: number, m: RegExpMatchArray): [number, number] | null {
  const dow = new Date(today * 86_400_000).getUTCDay();
  const monday = today - ((dow + 6) % 7);
  const [, , lastOf, earlierThis, amount, unit, weekday, thisWeek] = m as unknown as (string | undefined)[];
  // ("this week's election", asked on a Monday of the Sunday's: a reporter's week is also the seven days just gone.)
  if (thisWeek) return [Math.min(monday, today - 6), monday + 6];
  if (lastOf?.toLowerCase() === "week") return [monday - 7, monday - 1];
  if (lastOf) {
    const sunday = today - (dow === 0 ? 7 : dow);
    return [sunday - 1, sunday];
  }
  if (earlierThis) {
    const d = new Date(today * 86_400_000);
    const start = earlierThis.toLowerCase() === "week" ? monday : earlierThis.toLowerCase() === "month" ? today - (d.getUTCDate() - 1) : Math.floor(Date.UTC(d.getUTCFullYear(), 0, 1) / 86_400_000);
    return [start, Math.max(start, today - 1)];
  }
  if (amount && unit) {
    const [near, far] = AGO_WINDOWS[`${amount.toLowerCase().startsWith("couple") ? "couple" : "few"} ${unit.toLowerCase()}`]!;
    return [today - far, today - near];
  }
  if (weekday) return [today - ((dow - WEEKDAYS.indexOf(weekday.toLowerCase()) + 7) % 7), today - ((dow - WEEKDAYS.indexOf(weekday.toLowerCase()) + 7) % 7)];
  return null;
}

function result(ctx: ParsingContext, index: number, text: string, [from, to]: [number, number]) {
  const [a, b] = [new Date(from * 86_400_000), new Date(to * 86_400_000)];
  const day = (d: Date) => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  return (from === to ? ctx.createParsingResult(index, text, day(a)) : ctx.createParsingResult(index, text, day(a), day(b))).addTag(`${TAG}/relative-past`);
}
