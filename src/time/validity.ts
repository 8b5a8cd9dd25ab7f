import { type Bound, formatBound, parseBound } from "./bound.js";
import { dayNumber, MONTH_NAMES, ymd } from "./days.js";

/**
 * When a fact holds. `single` (valid: 2010) holds throughout the written period; `span` runs from
 * sometime in `from` to sometime in `to` (either may be absent: unknown start, still so);
 * `as_of` was observed on a date, nothing said of before or after.
 */
export type Validity =
  | { kind: "single"; at: Bound }
  | { kind: "span"; from: Bound | null; to: Bound | null }
  | { kind: "as_of"; at: Bound };

export const FAR_PAST = -1_000_000;

export function parseValidity(value: unknown): Validity | string {
  if (value === undefined || value === null) return "missing";
  if (typeof value === "number" || typeof value === "string") {
    const at = parseBound(value);
    return at ? { kind: "single", at } : `a date as YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(value)})`;
  }
  if (typeof value !== "object" || Array.isArray(value)) return "a date, or { from, to } or { as_of }";
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v);
  const unknownKey = keys.find((k) => !["from", "to", "as_of"].includes(k));
  if (unknownKey) return `only from, to or as_of (got "${unknownKey}")`;
  if ("as_of" in v) {
    if (keys.length > 1) return "as_of alone (not with from/to)";
    const at = parseBound(v.as_of);
    return at ? { kind: "as_of", at } : `as_of as YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(v.as_of)})`;
  }
  const from = v.from === undefined || v.from === null ? null : parseBound(v.from);
  const to = v.to === undefined || v.to === null ? null : parseBound(v.to);
  if (v.from !== undefined && v.from !== null && !from) return `from as YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(v.from)})`;
  if (v.to !== undefined && v.to !== null && !to) return `to as YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(v.to)})`;
  if (!from && !to) return "from and/or to";
  if (from && to && to.last < from.first) return `to (${to.text}) not before from (${from.text})`;
  return { kind: "span", from, to };
}

/** The earliest day the fact may hold. */
export function possibleStart(v: Validity): number {
  if (v.kind === "span") return v.from ? v.from.first : FAR_PAST;
  return v.at.first;
}

/** The last day the fact may hold; an ongoing fact is never extended past `today`. */
export function possibleEnd(v: Validity, today: number): number {
  if (v.kind === "span") return v.to ? v.to.last : Math.max(today, v.from ? v.from.first : today);
  return v.at.last;
}

/** The days on which the fact surely holds, for overlap lint: [latest start, earliest end]. */
export function certainSpan(v: Validity): [number, number] {
  if (v.kind === "span") return [v.from ? v.from.last : FAR_PAST, v.to ? v.to.first : Number.MAX_SAFE_INTEGER];
  return [v.at.first, v.at.last];
}

export function isOngoing(v: Validity): boolean {
  return v.kind === "span" && v.to === null;
}

/** Label without a preposition: "2010", "4 April – 31 December 2008", "since 6 December 2024". */
export function validityLabel(v: Validity): string {
  if (v.kind === "single") return formatBound(v.at);
  if (v.kind === "as_of") return `as of ${formatBound(v.at)}`;
  if (!v.from) return `until ${formatBound(v.to!)}`;
  if (!v.to) return `since ${formatBound(v.from)}`;
  return formatRange(v.from, v.to);
}

/** As a phrase in a sentence: "in 2010", "on 4 December 2005", "from 1999 to 2007". */
export function validityPhrase(v: Validity): string {
  if (v.kind === "single") return (v.at.precision === "day" ? "on " : "in ") + formatBound(v.at);
  if (v.kind === "as_of") return `as of ${formatBound(v.at)}`;
  if (!v.from) return `until ${formatBound(v.to!)}`;
  if (!v.to) return `since ${formatBound(v.from)}`;
  const range = formatRange(v.from, v.to);
  if (/^\d{4}$/.test(range)) return `in ${range}`;
  if (/^\d+[-–]\d+ /.test(range)) return `on ${range}`;
  return range.includes(" – ") ? `from ${range.replace(" – ", " to ")}` : `in ${range}`;
}

/** The year a period label names: the fact's own `period`, or its start year. */
export function periodYear(v: Validity): number | null {
  if (v.kind === "span") return v.from ? ymd(v.from.first).year : null;
  return ymd(v.at.first).year;
}

function formatRange(from: Bound, to: Bound): string {
  // A whole calendar year written as days reads as the year.
  const a = ymd(from.first);
  const b = ymd(to.last);
  if (from.first === dayNumber(a.year) && to.last === dayNumber(a.year, 12, 31) && from.precision !== "day") return String(a.year);
  if (from.first === dayNumber(a.year) && to.last === dayNumber(a.year, 12, 31) && a.year === b.year) return String(a.year);
  if (from.precision === "day" && to.precision === "day" && a.year === b.year) {
    // (Days of one month with a plain hyphen, as newsroom style writes them: "1-2 December 2010".)
    return a.month === b.month
      ? `${a.day}-${b.day} ${MONTH_NAMES[a.month - 1]} ${a.year}`
      : `${a.day} ${MONTH_NAMES[a.month - 1]} – ${b.day} ${MONTH_NAMES[b.month - 1]} ${a.year}`;
  }
  if (from.text === to.text) return formatBound(from);
  return `${formatBound(from)} – ${formatBound(to)}`;
}
