/**
 * How long a fact's span lasted, at the precision of its dates, and one fact per thing described
 * (the final figure over a preliminary one): shared by the operations that measure spans.
 */
import type { Fact } from "../facts/model.js";
import { possibleEnd } from "../time/validity.js";
import { identityKey } from "./execute.js";

/** One fact per thing described: the final figure where a preliminary one exists too. */
export function finals(facts: Fact[]): Fact[] {
  const best = new Map<string, Fact>();
  for (const f of facts) {
    const key = identityKey(f);
    const had = best.get(key);
    if (!had || (f.status === "final" && had.status !== "final")) best.set(key, f);
  }
  return [...best.values()];
}

/** A span's length in days: [shortest, longest] it can be at the precision of its dates. */
export function spanRange(f: Fact, today: number): [number, number] | null {
  const v = f.validity;
  // "Kazakhstan held the 2010 Chairmanship" (valid: 2010) held throughout the year; an event dated
  // only to a year happened sometime in it, for no length the table knows.
  if (v?.kind === "single" && f.relation.time !== "events") return [v.at.last - v.at.first, v.at.last - v.at.first];
  if (!v || v.kind !== "span" || !v.from) return null;
  const end = possibleEnd(v, today);
  const surelyEnds = v.to ? v.to.first : end;
  return [Math.max(0, surelyEnds - v.from.last), end - v.from.first];
}

/** For display: the middle of what the dates allow, counting the last day ("July 2011 to 30 June 2017": 6 years). */
export function spanDays(f: Fact, today: number): number | null {
  const r = spanRange(f, today);
  return r && Math.round((r[0] + r[1]) / 2) + 1;
}

/** "3 years", "6 years and 2 months", "3 years and 6 months (3.5 years)": whole months of a day count (approximate where bounds are months); under six weeks the days ("29 days"). */
export function lengthText(days: number): string {
  if (days < 45) return `${days} days`;
  const months = Math.round(days / 30.4375);
  const y = Math.floor(months / 12);
  const m = months % 12;
  const parts = [y ? `${y} year${y === 1 ? "" : "s"}` : "", m ? `${m} month${m === 1 ? "" : "s"}` : ""].filter(Boolean);
  // ("3 years and 6 months (3.5 years)": the half year as reporters write it too.)
  const half = y && m === 6 ? ` (${y}.5 years)` : "";
  return parts.length ? `${parts.join(" and ")}${half}` : `${days} days`;
}

/**
 * "about 6 years"; where the dates leave much of it open ("from 1996 to 1999", "from September to
 * December 2011"), the bounds too: "about 3 months (2 months to 4 months by the dates given)" — the
 * middle alone would say more than the dates do.
 */
export function spanLengthText(f: Fact, today: number): string | null {
  const r = spanRange(f, today);
  if (!r) return null;
  const [shortest, longest] = [r[0] + 1, r[1] + 1];
  const middle = Math.round((r[0] + r[1]) / 2) + 1;
  // (Open by more than a third of its length.)
  const open = longest - shortest > middle / 3 ? ` (${lengthText(shortest)} to ${lengthText(longest)} by the dates given)` : "";
  return `about ${lengthText(middle)}${almostWholeYears(middle)}${open}`;
}

/** " (almost 21 years)" of 20 years and ten or eleven months: the round figure a reporter asking "about how many years" writes. */
export function almostWholeYears(days: number): string {
  const months = Math.round(days / 30.4375);
  return months >= 22 && months % 12 >= 10 ? ` (almost ${Math.ceil(months / 12)} years)` : "";
}
