/**
 * "last mazhilis election? (writing this in spring 2023 before the vote)", "share 4 yrs ago? (today =
 * early 2016)": the reporter says when they stand. That time is the question's "now" (what "last",
 * "ago" and "still" count from), never the time asked about: the aside is taken out and the rest asked
 * as of the first day the stated time covers — the day that never counts in what came after it.
 */
import type { Answer } from "../model/answer.js";
import { dateOfDay, dayOfDate, formatDay } from "../time/days.js";
import { parseTimes } from "../time/parse-time.js";
import { TIME_ANAPHOR } from "./wording.js";

/** Words that say when the reporter stands, before the time itself (never "writing about 2010": that is what is written of). */
const STANDS_AT = String.raw`(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+)?(?:writing|filing|asking|drafting)(?:\s+(?:this|it|the\s+(?:piece|story|copy)))?(?:\s+(?:in|on|during|around|as\s+of)|(?!\s+(?:about|up|for|of|a|an|my|our|the|his|her|their)\b))|as\s+i\s+(?:write|type|ask)(?:\s+(?:in|on))?|(?:at\s+(?:the\s+)?)?time\s+of\s+writing\s*[:=,]?(?:\s*it'?s)?|(?:(?:assume|pretend|say|suppose|imagine)\s+(?:that\s+)?)?(?:today'?s\s+date|today|the\s+date|now)\s*(?:=|:|is|being)|(?:assume|pretend|say|suppose|imagine)\s+(?:that\s+)?it'?s`;

/** The aside: in brackets anywhere, or after a dash, comma or semicolon at the end. */
const IN_BRACKETS = new RegExp(String.raw`\s*[(\[]\s*(?:${STANDS_AT})\s+([^()\[\]?]+?)\s*[)\]]`, "i");
const AT_THE_END = new RegExp(String.raw`\s*(?:[,;—–]|\s-)\s*(?:${STANDS_AT})\s+([^()\[\]?]+?)\s*$`, "i");

export interface StatedToday {
  /** The message without the aside. */
  text: string;
  /** The first day of the time the reporter stated. */
  now: Date;
  /** "1 March 2023": said before the answer, so the reporter sees the day counted from; null where it is the real today. */
  label: string | null;
}

/** The reporter's own "today", where the message states one; null otherwise. */
export function statedToday(text: string, now: Date): StatedToday | null {
  const m = IN_BRACKETS.exec(text) ?? AT_THE_END.exec(text);
  if (!m) return null;
  const time = parseTimes(m[1]!, now).find((t) => t.mode === "at");
  if (!time) return null;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
  // ("who was SG at the time? (now = jan 2019)": a time pointed back at is the one the aside names.)
  if (!/[\p{L}\p{N}]/u.test(rest) || TIME_ANAPHOR.test(rest)) return null;
  // (A stated time not yet begun is no later than the real today: "writing this in spring 2023", sent in February.)
  if (time.start > dayOfDate(now)) return { text: rest, now, label: null };
  return { text: rest, now: dateOfDay(time.start), label: formatDay(time.start) };
}

/** The answer, said to count from the reporter's day ("Taking today as 1 March 2023: …"). */
export function withStatedToday(a: Answer, stated: StatedToday): Answer {
  // (Not where the answer says the day itself: "About 2 years as of 1 January 2012: …".)
  const said = a.status !== "answered" || stated.label === null || a.text.includes(`as of ${stated.label}`);
  return said ? a : { ...a, text: `Taking today as ${stated.label}: ${a.text}` };
}
