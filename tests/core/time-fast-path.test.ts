/**
 * readTimes skips chrono's casual parsers when none of them can match (bare years, year ranges,
 * decades, "this year"): it must read every question exactly as the full parser does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleQuestions } from "../helpers/example-questions.js";
import { readTimes } from "../../src/time/parse-time.js";
import { generateFacts } from "../../bench/generate-facts.js";

const NOWS = [new Date("2026-01-15T12:00:00Z"), new Date("2011-03-01T12:00:00Z"), new Date("1999-12-31T23:00:00Z")];

const TIMES = [
  "in 2010", "2010", "in the year 2010", "during 2010", "of 2010", "for 2010", "since 2012", "from 2010", "at 2010", "before 2004", "after 1999",
  "until 2001", "prior to 2004", "between 2004 and 2006", "from 2004 to 2006", "2004-2006", "2004 to 2006", "2004 – 2006", "in '92", "'92",
  "the 1990s", "the '90s", "in the 90s", "2010s", "this year", "last year", "next year", "the current year", "the previous year", "two years ago",
  "3 years ago", "a year ago", "in March 2008", "March 2008", "on 4 December 2005", "4 Dec 2005", "Dec 2005", "in May", "May 2010",
  "in may 2010", "2010 pm", "2010 am", "10 pm", "at 10", "in 5 days", "in a week", "next week", "last month", "this month", "yesterday",
  "today", "now", "tomorrow", "tonight", "on Monday", "Monday", "Sunday 2010", "mid-2010", "early 2010", "late 2010", "2010/11",
  "2010-05-12", "12/05/2010", "5/2010", "the second half of 2010", "Q1 2010", "in the first quarter of 2010", "2010 and 2012",
  "2010 or 2011", "in 2010 at night", "in the morning of 2010", "in 2010 in the morning", "2010 o'clock", "T2010", "in 2010, 2011",
  "20 years later", "2010 years ago", "in 1850", "in 2040", "the 1980s and 1990s", "1992 through 1995", "in 2010 they", "them in 2010",
  "end of month 2010", "in 2010 a day", "in Amos 2010", "in Ayr in 2010", "Adam in 2010", "for as long as 2010", "in a m 2010",
  "the 2010 PM", "2010 p.m.", "since", "in 2010 the d", "2012 2013", "2010 95.5%", "2010 percent", "3rd March 2010", "first of May 2010",
  // The time rules (tests/core/time-rules.test.ts): chatter, short and spelled years, seasons, typos.
  "in 2003, for my 6pm piece", "tonight, in 2003", "this morning in 2003", "by Friday in 2003", "at 5 in 2003", "5 o'clock", "right now",
  "currently", "at the moment", "at present", "nowadays", "in Oct. '01", "Oct '01", "Dec '04", "in Feb. 2008", "Sept. 2011", "2003/04",
  "in 2011/12", "2009-10", "1999/00", "2003/2004", "since 2003/04", "2010-05", "2010/05/12", "'99", "in 99", "in 2003 and 2005",
  "2003 or 2005", "nineteen ninety-eight", "in nineteen ninety six", "twenty twelve", "two thousand and five", "two thousand five",
  "twenty ten", "twenty-twenty-two", "nineteen hundred and ninety", "since the nineties", "the nineteen eighties", "in his sixties",
  "two thousand five hundred", "twenty one", "the fourth of December 2005", "December fourth, 2005", "2o11", "in 2O11", "20l0", "199O",
  "2OO5", "199Os", "at 2o11",
  // One year or the present alone (lone-time.ts), and what keeps a text off that shortcut: a time zone after it, another time word.
  "in 2010 CET", "2010 EST", "in 2010 (UTC)", "in 2010, UTC", "in 2010 pst", "in 2010 OSCE", "in 2010 GMT+3", "the end of 2010",
  "last day of 2010", "in the year 2010 ago", "in 2010 or so", "2010 - the year", "currently 2010", "since the year 2010",
  "presently", "rn", "atm", "since right now", "until currently", "currently CET", "currently, UTC", "nowadays EST", "at present or at the moment",
  "currently this year", "currently in the nineties", "currently last may",
  "since between 2004 and 2006", "in the year 2004-2006", "in the year 2004 - 2006", "2006-2004", "between 2006 and 2004", "2004 to 2006 CET",
  "2004/2006 and 2008", "from 2004 until 2006", "of 2004 through 2006", "2004 - 2006 EST", "between 2004 and 2006 or so",
  "during 2004 - 2006", "during 2004-2006", "for 2004 - 2006", "in 2004 to 2006",
  // A bound after the time ("2000 onward"), alone and with a word before it.
  "2000 onward", "from 2020 onwards", "(2000 onward)", "2015 or later", "1999 and earlier", "since 2010 and after", "currently onward",
  "between 2004 and 2006 onward", "in 2010 on", "2010 one",
  // chrono's weekday parser reads "weekend" and "weekday" too (and merges them with a year).
  "on the weekend in 2010", "on a weekday in 2010", "in 2010 weekend", "at the weekend", "this weekend", "the weekday vote in 2010",
  // Every spelling of a weekday, and words that only start like one.
  "on Sun. in 2010", "Thurs 2010", "thur. 2010", "Thu, 2010", "wed.2010", "Mondays in 2010", "Mongolia in 2010", "Saturn in 2010",
  "sunday, 2010", "(Fri) 2010", "Tuesday's 2010 vote", "satellite 2010", "Wednesdays 2010", "on friday 2010",
  // A time of day after at/from/T: a year is none, other digits may be.
  "from 2010", "at 2010", "budget 2025", "T2010", "at 1130", "from 1130 am", "at 2010:30", "from 2010.5", "at 20105", "from 2010 pm",
  "at 1499", "from 2200", "at 2010 at night", "from 2010 in the morning", "at 2010 o'clock", "from 2010 to 2012", "at 2010-11", "from 10",
  "at 10 in 2010", "from 2010 until 10", "at 2010 - 11 pm", "from 2010 ~ 2011", "at 2010, 11",
];

const TEMPLATES = [
  "who chaired the OSCE {t}?", "{t}, who was mayor of Velmar", "was Petrov prime minister {t}", "OSCE chair {t}",
  "how many observers did ODIHR deploy {t}", "What share did Nazarbayev win {t}?", "Who is the mayor of Saint Varo {t}?",
];


function jsonlQuestions(path: string): string[] {
  try {
    return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q);
  } catch {
    return [];
  }
}

describe("the time fast path", () => {
  const corpus = [
    ...TEMPLATES.flatMap((t) => TIMES.map((x) => t.replace("{t}", x))),
    ...exampleQuestions(),
    ...jsonlQuestions(join(import.meta.dirname, "../../../shared/eval/dev.jsonl")),
    ...jsonlQuestions(join(import.meta.dirname, "../eval/holdout.jsonl")),
    ...generateFacts({ facts: 1500, includeReal: false, questions: 600 }).questions.map((q) => q.q),
  ];

  it("reads every question as chrono's full parser does: times, chatter and unreadable years", () => {
    const differences: string[] = [];
    for (const q of corpus)
      for (const now of NOWS) {
        const fast = JSON.stringify(readTimes(q, now));
        const full = JSON.stringify(readTimes(q, now, "full"));
        if (fast !== full) differences.push(`${q} @ ${now.toISOString().slice(0, 10)}: ${fast} vs ${full}`);
      }
    expect(differences).toEqual([]);
    expect(corpus.length).toBeGreaterThan(900);
  });
});
