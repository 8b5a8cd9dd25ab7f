import { dayNumber, lastDayOfMonth, MONTH_NAMES } from "./days.js";

/** A date written at some precision: "2010", "2009-10", "2005-12-04". */
export interface Bound {
  /** First day the written date can mean. */
  first: number;
  /** Last day the written date can mean. */
  last: number;
  precision: "year" | "month" | "day";
  /** As written, for display. */
  text: string;
}

const BOUND_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (also a bare YAML number 2010); null when malformed. */
export function parseBound(value: unknown): Bound | null {
  const text = typeof value === "number" && Number.isInteger(value) ? String(value) : typeof value === "string" ? value.trim() : null;
  if (text === null) return null;
  const m = BOUND_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { first: dayNumber(year), last: dayNumber(year, 12, 31), precision: "year", text };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { first: dayNumber(year, month), last: lastDayOfMonth(year, month), precision: "month", text };
  const day = Number(m[3]);
  const d = dayNumber(year, month, day);
  if (day < 1 || d > lastDayOfMonth(year, month)) return null;
  return { first: d, last: d, precision: "day", text };
}

/** Each bound's words, made once: a fact's dates are said in every answer that uses it. */
const formatted = new WeakMap<Bound, string>();

/** "2010", "October 2009", "4 April 2008" */
export function formatBound(b: Bound): string {
  let text = formatted.get(b);
  if (text === undefined) formatted.set(b, (text = formatBoundOnce(b)));
  return text;
}

function formatBoundOnce(b: Bound): string {
  const [y, m, d] = b.text.split("-").map(Number);
  if (b.precision === "year") return String(y);
  if (b.precision === "month") return `${MONTH_NAMES[(m ?? 1) - 1]} ${y}`;
  return `${d} ${MONTH_NAMES[(m ?? 1) - 1]} ${y}`;
}
