/** factdesk's chrono refiners: since/before/after, false friends, and our results kept from chrono's filters. */
import type * as chrono from "chrono-node";
import { isOurs, MONTH_NAME, TAG } from "./parser-kit.js";

export type TimeMode = "at" | "before" | "after" | "since" | "until";

const MODE_WORDS: Array<[RegExp, TimeMode]> = [
  // ("the story is from feb 2019", "an archive piece from march 2021": where something is dated, "from" says when it is — no bound.)
  [/(?:^|\W)(since|(?<!\b(?:is|was|are|were|dated|dates|it's|that's|piece|story|article|archive|copy|photo|picture|clip|footage|interview|dispatch|cable|report|file)\s+)from|starting in|starting)\s+$/i, "since"],
  [/(?:^|\W)(after)\s+$/i, "after"],
  [/(?:^|\W)(before|prior to|earlier than)\s+$/i, "before"],
  // ("all through 2009" is the whole year, not up to it.)
  [/(?:^|\W)(until|till|up to|(?<!\ball\s)through)\s+$/i, "until"],
];

/** Words after a time that make it a bound: "2000 onward", "2015 or later", "1995 and earlier". */
const TRAILING_MODE_WORDS: Array<[RegExp, TimeMode]> = [
  // (A bare "on" only where nothing follows it but the question: "won 40 seats in 2023 on 53.9%" is no bound.)
  [/^\s*(?:onwards?\b|on(?=\s*(?:$|[?.!,;:)\]–—-]|(?:and|who|whom|which|what|how|did|was|were|has|have)\b))|and\s+(?:after|later|beyond)\b|or\s+later\b)/i, "since"],
  [/^\s*(?:and\s+(?:before|earlier)|or\s+earlier)\b/i, "until"],
];

/** "since 2012", "before 2004", "2000 onward": fold the preposition into the result and remember the mode. */
export const modeRefiner: chrono.Refiner = {
  refine(context, results) {
    for (const r of results) {
      // "from July to December 1992" is a range: its "from" starts the range, not "since".
      if (r.tags().has(`${TAG}/range`) || (r.end && /\s(?:to|until|till|through)\s|\d\s*[-–]\s*\d/i.test(r.text))) continue;
      const trailing = modeWordAfter(context.text, r.index + r.text.length);
      if (trailing) {
        r.text += trailing.word;
        r.addTag(`${TAG}/mode:${trailing.mode}`);
      }
      const found = modeWordBefore(context.text, r.index);
      if (!found) continue;
      r.index -= found.word.length;
      r.text = context.text.slice(r.index, r.index + found.word.length + r.text.length);
      r.addTag(`${TAG}/mode:${found.mode}`);
    }
    return results;
  },
};

/** The words just after a time ending at `end` that make it a bound ("2000 onward"), with the space before them. (Its mode comes first.) */
export function modeWordAfter(text: string, end: number): { word: string; mode: TimeMode } | null {
  const after = text.slice(end);
  for (const [re, mode] of TRAILING_MODE_WORDS) {
    const m = re.exec(after);
    if (m) return { word: m[0], mode };
  }
  return null;
}

/** The since/before/after/until word just before `index` ("since 2012"), with the space after it. */
export function modeWordBefore(text: string, index: number): { word: string; mode: TimeMode } | null {
  const before = text.slice(Math.max(0, index - 24), index);
  // "in 2010" already has its preposition in the match; only look for a mode word before it.
  // ("where did the capital move from in 1997?": a word left before "in 1997" is the verb's, no mode.)
  const prepositionMatched = /^(?:in|on|during)\s/i.test(text.slice(index, index + 7));
  for (const [re, mode] of prepositionMatched ? [] : MODE_WORDS) {
    const m = re.exec(before);
    if (m) return { word: m[0].replace(/^\W/, ""), mode };
  }
  // The time of a clause after "since" ("renamed since it became the capital in 1997") bounds the question
  // as "since 1997" does; its words stay outside the time, to be read.
  if (SINCE_CLAUSE.test(text.slice(Math.max(0, index - 60), index))) return { word: "", mode: "since" };
  return null;
}

/** "… since it became the capital in": a question before it (so no "since" meaning "because"), a pronoun after it. */
const SINCE_CLAUSE = /\w\W+since\s+(?:it|he|she|they)\s+(?:[a-z'-]+\s+){1,5}(?:in\s+)?$/i;

const MONTH_ONLY = new RegExp(`^${MONTH_NAME}\\.?$`, "i");

/**
 * Drop what chrono reads too eagerly in questions: a bare month name with no "in" before it
 * ("March against"), chrono's own reading of "in the year" (relative), and anything that overlaps
 * one of factdesk's own, more specific results.
 */
export const falseFriendRefiner: chrono.Refiner = {
  refine(context, results) {
    const ours = results.filter(isOurs);
    return results.filter((r) => {
      if (ours.includes(r)) return true;
      if (/^(in\s+)?the\s+year$/i.test(r.text.trim())) return false;
      // "president for about 7 years": a length of time, never a time 7 years from today.
      if (/^for\s+(?:\S+\s+){0,2}(?:days?|weeks?|months?|years?|yrs?|decades?)$/i.test(r.text.trim())) return false;
      // "the first in 11 years" counts back from the thing said, never a time 11 years from today.
      if (/^in\s+\S+\s+(?:years?|months?|decades?)$/i.test(r.text.trim()) && /\b(?:first|last|only|highest|lowest|biggest|largest|best|worst)\s+$/i.test(context.text.slice(0, r.index))) return false;
      // "the year after Kazakhstan" is the next after a thing named, not the year after today. ("two years
      // after Kazakhstan" stays a time: no reading counts an order two steps on, so it is never the next one.)
      if (/^(?:the|a|one)\s+year\s+(?:after|before|later|earlier)$/i.test(r.text.trim()) && /^\s+[\p{L}\d]/u.test(context.text.slice(r.index + r.text.length))) return false;
      if (MONTH_ONLY.test(r.text.trim()) && !/\bin\s+$/i.test(context.text.slice(Math.max(0, r.index - 4), r.index))) return false;
      return !ours.some((o) => r.index < o.index + o.text.length && o.index < r.index + r.text.length);
    });
  },
};

/**
 * "the 1990s after the renaming", "the 90s after 1995": a decade, never "1990 seconds after …". Run
 * before chrono's overlap rule, which would keep that longer reading and drop the decade.
 */
export const decadeNotSecondsRefiner: chrono.Refiner = {
  refine(_context, results) {
    return results.filter((r) => isOurs(r) || !/^\d{2,4}s\b/i.test(r.text.trim()));
  },
};

/** chrono's UnlikelyFormatFilter drops results that are only digits ("2010"): exempt ours from it. */
export function exemptOurs(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      const kept = filter.refine(context, results.filter((r) => !isOurs(r)));
      return results.filter((r) => isOurs(r) || kept.includes(r));
    },
  };
}

/**
 * "the fourth of December, two thousand and five": chrono reads a date without a year and
 * factdesk a spelled year after it; the date takes the year (chrono does this for "2005" itself).
 */
export const yearSuffixRefiner: chrono.Refiner = {
  refine(context, results) {
    const out: typeof results = [];
    for (let i = 0; i < results.length; i++) {
      const date = results[i]!;
      const year = results[i + 1];
      const takesYear = year && !date.end && !date.start.isCertain("year") && date.start.isCertain("month") && year.tags().has(`${TAG}/year`) && !isOurs(date);
      if (takesYear && /^\s*,?\s*$/.test(context.text.slice(date.index + date.text.length, year.index))) {
        date.start.assign("year", year.start.get("year")!);
        date.text = context.text.slice(date.index, year.index + year.text.length);
        i++;
      }
      out.push(date);
    }
    return out;
  },
};
