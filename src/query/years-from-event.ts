/**
 * "Which country chaired two years after Germany's 2016 chairmanship?", "Who was CiO three years before
 * Kazakhstan's chairmanship?", "Where was the MC held the year before Kazakhstan's chairmanship?": a question asked so many years after (or before) a thing that a
 * question of its own ("when …") dates to one fact. The question is asked again in that year; with no
 * one dated fact for the thing ("Germany's chairmanship": 1991 and 2016) there is no such question.
 * (A bare year — "two years after 2016" — is the time parser's.)
 */
import type { Fact } from "../facts/model.js";
import { yearOf } from "../time/days.js";
import { possibleStart } from "../time/validity.js";
import { CARDINAL_WORDS } from "../understand/word-numbers.js";

/** The main part, how many years, which way, and the thing ("Germany's 2016 chairmanship"), never a bare time. */
const YEARS_FROM = /^(.+?)(?:\s+in)?\s+(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|the)\s+years?\s+(after|before|following|prior\s+to)\s+(?!(?:the\s+)?(?:\d|'\d|year\b|now\b|today\b))(.{4,}?)[\s?.!]*$/i;

export interface YearsDater {
  /** The one dated fact that answers a "when …" question, if one does. */
  datedFact: (question: string) => Fact | undefined;
}

export interface YearsFromEvent {
  /** The main part asked in that year ("Which country chaired in 2018"). */
  question: string;
  /** How it was reached, to lead the answer: "In 2018 (2 years after 2016)". */
  lead: string;
}

/** The question asked in the year so many years from the thing, or null where it is not of this kind. */
export function yearsFromEventQuestion(text: string, dater: YearsDater): YearsFromEvent | null {
  const m = YEARS_FROM.exec(text.trim());
  if (!m) return null;
  const [, main, count, way, thing] = m as unknown as [string, string, string, string, string];
  // ("the year before Kazakhstan's chairmanship": one year.)
  const years = /^\d+$/.test(count) ? Number(count) : /^(?:a|one|the)$/i.test(count) ? 1 : CARDINAL_WORDS.indexOf(count.toLowerCase());
  if (years < 1) return null;
  const fact = dater.datedFact(`when ${thing}`) ?? dater.datedFact(`when was ${thing}`);
  if (!fact?.validity) return null;
  const from = yearOf(possibleStart(fact.validity));
  const year = from + (/^(?:after|following)$/i.test(way) ? years : -years);
  return { question: `${main} in ${year}`, lead: `In ${year} (${years} year${years === 1 ? "" : "s"} ${way.toLowerCase().replace(/\s+/g, " ")} ${from})` };
}
