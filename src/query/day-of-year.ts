/**
 * "Which Ministerial Council since 2000 started latest in the calendar year?": of the facts the rest
 * of the question asks for, the one whose day (not year) comes first or last in a year. Only facts
 * dated to the day are compared; a tie names each.
 */
import type { Fact } from "../facts/model.js";
import { possibleEnd, possibleStart } from "../time/validity.js";

export interface DayOfYearAsked {
  /** The question without the words of the pick: "Which Ministerial Council since 2000?". */
  rest: string;
  which: "earliest" | "latest";
  /** "ended latest in the year": the last day, not the first. */
  byEnd: boolean;
}

/** "(started) latest in the (calendar) year", "earliest in its calendar year", "latest in December", "… day-wise". */
const PICK = /\s*\b(?:((?:started|began|begun|opened|met|held|came|took\s+place|was\s+held|ended|finished|closed)\s+)?(earliest|latest)\s+in\s+(?:the\s+|its\s+)?(?:calendar\s+year|year|december|november))\b(?:\s*,?\s*(?:day-?wise|by\s+date))?/i;

export function dayOfYearAsked(text: string): DayOfYearAsked | null {
  const m = PICK.exec(text);
  if (!m) return null;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+([?.,!])/g, "$1").replace(/\s+/g, " ").trim();
  return { rest, which: m[2]!.toLowerCase() as "earliest" | "latest", byEnd: /^(?:ended|finished|closed)\b/i.test(m[1] ?? "") };
}

/** The facts whose day of the year is the earliest (or latest); null where some fact is not dated to the day. */
export function pickByDayOfYear(facts: readonly Fact[], asked: DayOfYearAsked, today: number): Fact[] | null {
  if (facts.length < 2 || !facts.every(datedToTheDay)) return null;
  const dayOf = (f: Fact) => monthDay(asked.byEnd ? possibleEnd(f.validity!, today) : possibleStart(f.validity!));
  const days = facts.map(dayOf);
  const target = asked.which === "earliest" ? Math.min(...days) : Math.max(...days);
  return facts.filter((_, i) => days[i] === target);
}

/** A meeting's days, not a month or a year. */
function datedToTheDay(f: Fact): boolean {
  const v = f.validity;
  if (!v) return false;
  return v.kind === "span" ? !!v.from && v.from.first === v.from.last && (!v.to || v.to.first === v.to.last) : v.at.last - v.at.first < 28;
}

/** 1 December → 1201: the day's place in any year. */
function monthDay(day: number): number {
  const d = new Date(day * 86_400_000);
  return (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}
