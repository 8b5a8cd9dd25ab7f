/**
 * A month of a year, a relative year, years ago and the present, standing alone, are read without chrono
 * (src/time/lone-casual-time.ts): each form, with every word chrono could join to it before or
 * after, must read exactly as chrono's full parser reads it, and the plain forms must take the path.
 */
import { describe, expect, it } from "vitest";
import { readTimes } from "../../src/time/parse-time.js";
import { readLoneCasualTime } from "../../src/time/lone-casual-time.js";

const NOWS = [new Date("2026-01-15T12:00:00Z"), new Date("2024-02-29T23:30:00Z"), new Date("1999-12-31T00:10:00Z")];

const MONTHS = [
  "June 2015", "june 2015", "JUNE 2015", "Jun 2015", "Jun. 2015", "jun. 2015", "Sept. 2011", "Sept 2011", "sep 2011", "Sep. 2011",
  "September 2011", "may 2010", "May 2010", "Mar. 1999", "march 1999", "Dec 2009", "dec. 2009", "December  2009", "January 1500",
  "Feb 2199", "Aug. 2024", "july 1990", "Oct 2001", "nov. 1956", "Apr 2030",
  // Not taken, or not all of it: chrono reads these otherwise.
  "June. 2015", "March. 2015", "June, 2015", "June of 2015", "June-2015", "June 1499", "June 2200", "June 2015s", "June 20155",
  "June 2015a", "Juneteenth 2015", "Sept.2011", "June 2015 2016", "Junes 2015", "Mayo 2010",
];

const RELATIVE_YEARS = [
  "this year", "last year", "next year", "previous year", "past year", "coming year", "the current year", "current year",
  "the previous year", "the next year", "in last year", "during the next year", "in this year", "THIS YEAR", "last  year",
  "last years", "the last year", "this years", "last year's", "lastyear",
];

const YEARS_AGO = [
  "3 years ago", "two years ago", "a year ago", "an year ago", "one year ago", "twelve years ago", "12 years ago", "24 years ago",
  "25 years ago", "99 years ago", "0 years ago", "03 years ago", "3 year ago", "3  years  ago", "3 years     ago", "Three Years Ago",
  "TEN YEARS AGO", "eleven years ago",
  // Not taken: other numbers, units or words.
  "100 years ago", "three yrs ago", "few years ago", "a few years ago", "couple of years ago", "3 years before", "3 years earlier",
  "3years ago", "2.5 years ago", "thirteen years ago", "3 years agony", "3 months ago",
];

const PRESENT = [
  "now", "Now", "NOW", "right now", "Right Now", "right  now", "today", "Today", "TODAY", "now's", "today's",
  // Not taken, or not alone: other words, other times.
  "nowadays", "known", "snow", "todays", "now-ish", "right-now", "tonight", "yesterday", "now and then", "last night", "today at 5",
];

/** Words before the time: mode words, and every word chrono or factdesk could join to it. */
const BEFORE = [
  "", "in ", "In ", "since ", "from ", "before ", "after ", "until ", "till ", "starting in ", "starting ", "prior to ", "up to ", "through ",
  "earlier than ", "the end of ", "end of the ", "at the end of ", "last day of ", "the last day of the ", "first ", "the first of ",
  "twenty-first ", "twenty first of ", "second ", "fifteenth of ", "thirtieth ", "last ", "this ", "next ", "past ", "coming ", "previous ",
  "early ", "mid ", "mid-", "late ", "the start of ", "within ", "for ", "about ", "around ", "roughly ", "approximately ", "just ",
  "at ", "half ", "and ", "nineteen ", "twenty ", "thirty ", "two thousand and ", "nineteen hundred and ", "oh ", "~", "~ ", "+ ",
  "- ", "-", "(", "'", "\"", "Berlin ", "Switzerland ", "on ", "of ", "the ", "a ", "an ", "x", "during ", "by ", "in the ", "T",
  "after this ", "in about ", "in 57 states ", "at 5 ", "4 ", "on 4 ", "the 4th of ", "12/", "some ", "nearly ", "the year ", "in the year ", "year ", "yr ", "in early ", "this morning ",
];

/** Words after it: bounds, eras, units, times of day, time zones, ranges, another time. */
const AFTER = [
  "", "?", ".", ",", "!", ")", "'s", " onward", " onwards", " or later", " and earlier", " and after", " on", " AD", " BC", " bce", " CE",
  " be", " ad", " Ad", " CET", " EST", ", UTC", " (UTC)", " cet", " GMT+3", " years ago", " days", " d later", " years", " yr", " s",
  " pm", " am", " a.m.", " p", " o'clock", " at night", " in the morning", " to", " - ", " until", " through", " who", ", who was",
  " and July 2016", " to July", " to 2016", "-2016", "/16", " or", " last year", " two years ago", " tonight", " now", " 10 pm",
  " at 5", " with 15 observers", " the second", " ago", " later", " and a day", " before", " hence", " utc", " UTC", " gmt", ", est", " ok", " pls", " (CET)", " or never", " on",
  " onward", " and", " in the morning", " morning", " at noon", " tonight",
];

const TEMPLATES = ["who was mayor of Velmar {t}", "{t}, who chaired the OSCE?", "What was inflation in Bramemstan {t}?"];

function differences(times: string[]): string[] {
  const found: string[] = [];
  const texts = new Set<string>();
  for (const t of times) {
    for (const b of BEFORE) texts.add(`${b}${t}`);
    for (const a of AFTER) texts.add(`${t}${a}`);
  }
  for (const x of texts)
    for (const template of TEMPLATES)
      for (const now of NOWS) {
        const q = template.replace("{t}", x);
        const fast = JSON.stringify(readTimes(q, now));
        const full = JSON.stringify(readTimes(q, now, "full"));
        if (fast !== full) found.push(`${q} @ ${now.toISOString()}: ${fast} vs ${full}`);
      }
  return found;
}

describe("times read without chrono's casual parsers", () => {
  it("a month of a year, with any word before or after it, reads as chrono reads it", () => {
    expect(differences(MONTHS)).toEqual([]);
  });

  it("a relative year, with any word before or after it, reads as chrono reads it", () => {
    expect(differences(RELATIVE_YEARS)).toEqual([]);
  });

  it("years ago, with any word before or after it, reads as chrono reads it", () => {
    expect(differences(YEARS_AGO)).toEqual([]);
  });

  it("the present, with any word before or after it, reads as chrono reads it", () => {
    expect(differences(PRESENT)).toEqual([]);
  });

  it("the plain forms take the path", () => {
    const now = NOWS[0]!;
    const plain = [
      "who was mayor in June 2015?", "in Sept. 2011, who chaired?", "dec 2009 inflation", "since March 2008", "who won last year",
      "during the next year", "this year, who is mayor?", "two years ago, who was mayor?", "who won the prize 3 years ago?",
      "before a year ago", "June 2015 onward", "population of Fedrofut in July 2023", "who is CiO now?", "who chairs the OSCE right now",
      "what is the population today?", "who has chaired until now?",
    ];
    expect(plain.filter((q) => readLoneCasualTime(q, now) === null)).toEqual([]);
    expect(readLoneCasualTime("who was mayor in June 2015?", now)).toMatchObject({ label: "June 2015", grain: "month", relative: false, index: 17, length: 9 });
    expect(readLoneCasualTime("who won last year", now)).toMatchObject({ label: "2025", grain: "year", relative: true });
    expect(readLoneCasualTime("since two years ago", now)).toMatchObject({ label: "since 2024", mode: "since", index: 0, length: 19 });
  });

  it("keeps off what chrono would read otherwise", () => {
    const now = NOWS[0]!;
    const joined = ["the first of June 2015", "last Sept. 2011", "end of June 2015", "June 2015 AD", "June 2015 years ago", "after this year", "half a year ago", "twenty ten years ago", "in 3 years ago", "June 2015 CET", "now utc", "today, UTC"];
    expect(joined.filter((q) => readLoneCasualTime(q, now) !== null)).toEqual([]);
  });
});
