/**
 * Calendar arithmetic on whole UTC days ("day numbers": days since 1970-01-01). Facts and
 * questions are compared as inclusive day spans, so no time zone or clock time ever enters.
 */
const MS_PER_DAY = 86_400_000;

export const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

export function dayNumber(year: number, month = 1, day = 1): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function dayOfDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** The UTC midnight that begins day `dayNum`. */
export function dateOfDay(dayNum: number): Date {
  return new Date(dayNum * MS_PER_DAY);
}

export function lastDayOfMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - 1;
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function ymd(dayNum: number): YMD {
  const d = new Date(dayNum * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function yearOf(dayNum: number): number {
  return new Date(dayNum * MS_PER_DAY).getUTCFullYear();
}

/** "4 December 2005" */
export function formatDay(dayNum: number): string {
  const { year, month, day } = ymd(dayNum);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** "2005-12-04" */
export function isoDay(dayNum: number): string {
  const { year, month, day } = ymd(dayNum);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
