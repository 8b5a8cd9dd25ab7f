/**
 * "Which years between 2000 and 2010 had two Chairpersons-in-Office?", "the most recent year in which
 * the OSCE had two CiOs", "how many years saw two SGs?": the calendar years in which so many different
 * holders of a one-at-a-time post held it (a handover within the year). Years are counted from the
 * facts' possible spans, so a term known only to the month counts in each year it may reach.
 */
import type { Fact } from "../facts/model.js";
import { dayNumber, yearOf } from "../time/days.js";
import { possibleEnd, possibleStart } from "../time/validity.js";

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, "2": 2, "3": 3, "4": 4 };
/** "had two CiOs", "saw more than one SG", "with two different Chairpersons-in-Office": the count (1) and the post (2). */
const HOLDERS_SAID = /\b(?:had|have|has|saw|see|with)\s+(two|three|four|[234]|more\s+than\s+one|several|multiple)\s+(?:different\s+|separate\s+|distinct\s+)?(?:(?:osce|csce)\s+)?([\p{L}.]+(?:[\s-]in[\s-]office)?)/iu;
/** "did the CiO change mid-year", "did the chair change hands during the year": two holders of one term (1) in a year. */
const CHANGED_WITHIN_TERM = /\b(?:did|does|has|had)\s+(?:the\s+)?((?:osce\s+|csce\s+)?[\p{L}.]+(?:[\s-]in[\s-]office)?)\s+(?:change|changed|switch|switched)(?:\s+hands)?\s+(?:mid[\s-]?year|mid[\s-]?term|during\s+the\s+year|within\s+the\s+year|in\s+mid[\s-]?year)\b/iu;
/** "which chairs changed CiO mid-year": the post (1) changed by its holders' chairmanships. */
const CHANGED_POST_WITHIN_TERM = /\b(?:chairs|chairmanships|countries|states)\s+(?:changed|switched)\s+(?:their\s+|its\s+|the\s+)?((?:osce\s+|csce\s+)?[\p{L}.]+(?:[\s-]in[\s-]office)?)\s+(?:mid[\s-]?year|mid[\s-]?term|during\s+the\s+year|within\s+the\s+year|in\s+mid[\s-]?year)\b/iu;
/** The question asks for the chairmanships (terms) themselves: "how many chairmanships", "which chairs". */
const TERMS_ASKED = /\b(?:chairmanships?|chairs)\b/i;
/** The question asks for years: "which years", "what year", "when", "how many years". */
const YEARS_ASKED = /\b(?:years?|yrs?|when)\b/i;

export interface HoldersAsked {
  /** How many holders in a year; with `atLeast`, that many or more. */
  count: number;
  atLeast: boolean;
  /** The post as said ("Chairpersons-in-Office"). */
  post: string;
  /** The question without the holders' part ("which years between 2000 and 2010"). */
  rest: string;
  pick: "first" | "last" | null;
  counts: boolean;
  /** "changed mid-year": the holders counted are of one term (the same chairmanship), not any two in the year. */
  withinTerm: boolean;
}

/** The holders-per-year question in a text, or null. */
export function holdersPerYearAsked(text: string): HoldersAsked | null {
  // (A cheap look first: most questions say neither word.)
  const changed = /chang|switch/i.test(text) ? CHANGED_WITHIN_TERM.exec(text) : null;
  if (changed && YEARS_ASKED.test(text.slice(0, changed.index))) return { ...asked(text, changed, "two"), withinTerm: true };
  // ("which chairs changed CiO mid-year? list years": the chairmanships are their years.)
  const changedPost = changed ? null : /chang|switch/i.test(text) ? CHANGED_POST_WITHIN_TERM.exec(text) : null;
  if (changedPost) return { ...asked(text, changedPost, "two"), withinTerm: true };
  const m = HOLDERS_SAID.exec(text);
  if (!m) return null;
  // ("how many chairmanships had two different CiOs": terms asked for are the holders' own terms.)
  if (TERMS_ASKED.test(text.slice(0, m.index))) return { ...asked(text, m, m[1]!), withinTerm: true };
  if (!YEARS_ASKED.test(text.slice(0, m.index))) return null;
  return { ...asked(text, m, m[1]!), withinTerm: false };
}

/** What a match of the holders' part asks: how many (said), of which post (group 1 or 2), in the rest of the question. */
function asked(text: string, m: RegExpExecArray, count: string): Omit<HoldersAsked, "withinTerm"> {
  const said = count.toLowerCase().replace(/\s+/g, " ");
  const atLeast = !(said in COUNT_WORDS);
  return {
    count: COUNT_WORDS[said] ?? 2,
    atLeast,
    post: m[m.length - 1]!,
    rest: `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim(),
    pick: /\b(?:most\s+recent|latest|last)\b/i.test(text) ? "last" : /\b(?:first|earliest)\b/i.test(text) ? "first" : null,
    counts: /\bhow\s+many\b/i.test(text),
  };
}

export interface YearHolders {
  year: number;
  holders: string[];
}

/** Each year from `from` to `to` in which the facts name so many different holders (by `holderOf`). */
export function yearsWithHolders(facts: readonly Fact[], holderOf: (f: Fact) => string | undefined, asked: Pick<HoldersAsked, "count" | "atLeast">, from: number, to: number, today: number, termOf: (f: Fact) => string = () => ""): YearHolders[] {
  const out: YearHolders[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    const [start, end] = [dayNumber(year), dayNumber(year, 12, 31)];
    const within = facts.filter((f) => f.validity && possibleStart(f.validity) <= end && possibleEnd(f.validity, today) >= start);
    const byStart = [...within].sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
    // (Of one term each: Sweden's CiO handing over to Italy's in December is no change within a chairmanship.)
    for (const term of new Set(byStart.map(termOf))) {
      const holders = [...new Set(byStart.filter((f) => termOf(f) === term).map(holderOf).filter((h): h is string => !!h))];
      if (asked.atLeast ? holders.length >= asked.count : holders.length === asked.count) {
        out.push({ year, holders });
        break;
      }
    }
  }
  return out;
}
