/**
 * The time rules (README, "How a question is answered", step 2): which time a question asks about,
 * short, spelled and two-year forms, and years that cannot be read. Reference date: Thursday
 * 15 January 2026, UTC.
 */
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../src/time/days.js";
import { hasTimeHint, parseTimes, readTimes, unreadableTimes, type TimeQuery } from "../../src/time/parse-time.js";

const NOW = new Date("2026-01-15T12:00:00Z");
const TODAY = dayNumber(2026, 1, 15);
const year = (y: number) => ({ start: dayNumber(y), end: dayNumber(y, 12, 31) });
const years = (a: number, b: number) => ({ start: dayNumber(a), end: dayNumber(b, 12, 31) });
const month = (y: number, m: number) => ({ start: dayNumber(y, m), end: dayNumber(y, m + 1) - 1, grain: "month" });
const day = (d: number) => ({ start: d, end: d, grain: "day" });
const one = (text: string): TimeQuery => {
  const found = parseTimes(text, NOW);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};
const chatter = (text: string) => readTimes(text, NOW).chatter.map((c) => c.text);

describe("rule 1: explicit times win over the reporter's own time", () => {
  it.each([
    ["for my 6pm piece: who chaired the OSCE in 2003?", ["6pm"]],
    ["tonight: who chaired the OSCE in 2003?", ["tonight"]],
    ["today, who was CiO in 2003", ["today"]],
    ["this morning, who chaired in 2003", ["this morning"]],
    ["this afternoon who was CiO in 2003", ["this afternoon"]],
    ["by Friday: who chaired in 2003", ["Friday"]],
    ["Friday - who chaired in 2003", ["Friday"]],
    ["5 o'clock deadline, who chaired in 2003", ["5 o'clock"]],
    ["who chaired in 2003? need it right now", ["right now"]],
    ["for this year's piece: who chaired in 2003?", ["this year"]],
  ])("%s → 2003, the rest is chatter", (text, words) => {
    expect(one(text)).toMatchObject({ ...year(2003), grain: "year", relative: false });
    expect(chatter(text)).toEqual(words);
  });

  it("need it by Monday: the explicit year, not the Monday", () => {
    expect(one("need it by Monday: chair in 2004?")).toMatchObject(year(2004));
  });

  it.each([
    ["who chairs the OSCE tonight?", TODAY],
    ["who chairs the OSCE today?", TODAY],
    ["who chaired the OSCE this morning?", TODAY],
    ["this afternoon: who is the CiO", TODAY],
    ["by Friday: who chairs the OSCE", dayNumber(2026, 1, 16)],
  ])("a deictic word alone sets the time: %s", (text, d) => {
    expect(one(text)).toMatchObject({ ...day(d), relative: true });
  });

  it.each([["for my 6pm piece: who chairs the OSCE?"], ["at 5, who chairs the OSCE"], ["5 o'clock: who chairs"], ["at noon who chairs"]])(
    "a bare time of day is never the question's time: %s",
    (text) => {
      const reading = readTimes(text, NOW);
      expect(reading.times).toEqual([]);
      expect(reading.chatter).toHaveLength(1);
    },
  );

  it.each([
    ["who is president right now", "right now"],
    ["who is president now", "now"],
    ["who is currently president", "currently"],
    ["at the moment, who is president", "at the moment"],
    ["who chairs at present", "at present"],
    ["who chairs nowadays", "nowadays"],
  ])("%s: the reference day", (text, words) => {
    const t = one(text);
    expect(t).toMatchObject({ ...day(TODAY), relative: true });
    expect(text.slice(t.index, t.index + t.length)).toBe(words);
  });

  it("a relative period beats a relative day, an explicit year beats both", () => {
    expect(one("tonight: who chaired last year")).toMatchObject({ ...year(2025), relative: true });
    expect(chatter("tonight: who chaired last year")).toEqual(["tonight"]);
    expect(one("tonight, for a last year roundup: who chaired in 2003?")).toMatchObject(year(2003));
    expect(chatter("tonight, for a last year roundup: who chaired in 2003?")).toEqual(["tonight", "last year"]);
  });

  it("the same explicit time twice is one time", () => {
    expect(one("who chaired in 2003 - yes, 2003?")).toMatchObject(year(2003));
    expect(chatter("who chaired in 2003 - yes, 2003?")).toEqual(["2003"]);
  });
});

describe("rule 2: abbreviated months, with short or full years", () => {
  it.each([
    ["who was CiO in Oct. '01?", 2001, 10],
    ["who was CiO in Oct '01?", 2001, 10],
    ["Dec '04 chair", 2004, 12],
    ["who chaired in Sept. 2011", 2011, 9],
    ["in Feb. 2008, who chaired", 2008, 2],
  ])("%s", (text, y, m) => {
    expect(one(text)).toMatchObject({ ...month(y, m), relative: false });
  });
});

describe("rule 3: two years written as one, short years, several times", () => {
  it.each([
    ["osce chair 2003/04?", 2003, 2004],
    ["who chaired in 2011/12", 2011, 2012],
    ["chair 2009-10", 2009, 2010],
    ["the 2010/11 chair", 2010, 2011],
    ["chair 1999/00", 1999, 2000],
    ["chair 2003/2004", 2003, 2004],
  ])("%s covers both years", (text, a, b) => {
    expect(one(text)).toMatchObject({ ...years(a, b), grain: "range", relative: false, label: `${a}–${b}` });
  });

  it("a season keeps its mode; an ISO date stays a date", () => {
    expect(one("chairs since 2003/04")).toMatchObject({ ...years(2003, 2004), mode: "since" });
    expect(one("on 2010-05-12")).toMatchObject(day(dayNumber(2010, 5, 12)));
  });

  it("'99 is 1999; two digits after in/yr/since are a year, never a count, ordinal or figure", () => {
    expect(one("who chaired in '99")).toMatchObject(year(1999));
    expect(one("who chaired in 99")).toMatchObject(year(1999));
    expect(one("poland chair yr 98 who was the cio")).toMatchObject(year(1998));
    expect(one("what was agreed in 07")).toMatchObject(year(2007));
    expect(one("any summit since 99?")).toMatchObject({ ...year(1999), mode: "since" });
    for (const text of ["in 56 participating States", "in 40 % of polling stations", "in 57th place", "in 10 years", "ranked 12 in 2010 terms", "in 95.5 cases"])
      expect(parseTimes(text, NOW).filter((t) => t.label.length === 4 && Number(t.label) < 2010)).toEqual([]);
  });

  it("a year followed by a per-cent sign is still a year (no share is over 100)", () => {
    expect(one("tokayev 2022 %")).toMatchObject(year(2022));
  });

  it.each([["who chaired in 2003 and 2005?"], ["who chaired in 2003 or 2005?"], ["2003 and in 2005, who chaired"]])("two different explicit years stay two: %s", (text) => {
    expect(parseTimes(text, NOW)).toMatchObject([year(2003), year(2005)]);
  });

  it("between … and … is still one range", () => {
    expect(one("between 2003 and 2005")).toMatchObject({ ...years(2003, 2005), grain: "range" });
  });
});

describe("rule 4: years and dates in words", () => {
  it.each([
    ["who chaired in nineteen ninety-eight", 1998],
    ["nineteen ninety six chair", 1996],
    ["who chaired in twenty twelve", 2012],
    ["two thousand and five chair", 2005],
    ["in two thousand five", 2005],
    ["in the year two thousand and five", 2005],
    ["twenty ten", 2010],
    ["twenty-twenty-two", 2022],
    ["nineteen hundred and ninety", 1990],
    ["nineteen oh five", 1905],
  ])("%s", (text, y) => {
    expect(hasTimeHint(text)).toBe(true);
    expect(one(text)).toMatchObject({ ...year(y), grain: "year", relative: false });
  });

  it("with a mode word", () => {
    expect(one("who has chaired since nineteen ninety-eight")).toMatchObject({ ...year(1998), mode: "since" });
  });

  it.each([
    ["the nineteen nineties", 1990],
    ["since the nineties", 1990],
    ["nineteen eighties", 1980],
    ["the twenty twenties", 2020],
  ])("decades: %s", (text, y) => {
    expect(one(text)).toMatchObject({ ...years(y, y + 9), grain: "decade" });
  });

  it.each([["two thousand observers"], ["two thousand five hundred observers"], ["twenty one states"], ["nineteen states"], ["in his sixties"], ["twenty percent"]])(
    "counts and ages are not years: %s",
    (text) => {
      expect(parseTimes(text, NOW)).toEqual([]);
    },
  );

  it.each([
    ["on the fourth of December 2005", dayNumber(2005, 12, 4)],
    ["December fourth, 2005", dayNumber(2005, 12, 4)],
    ["on the twenty-first of March 2008", dayNumber(2008, 3, 21)],
    ["the fourth of December, two thousand and five", dayNumber(2005, 12, 4)],
    ["March 3rd, nineteen ninety-eight", dayNumber(1998, 3, 3)],
  ])("spelled days and years in dates: %s", (text, d) => {
    expect(one(text)).toMatchObject({ ...day(d), relative: false });
  });

  it("a month takes the spelled year after it", () => {
    expect(one("in March nineteen ninety-eight")).toMatchObject(month(1998, 3));
  });
});

describe("rule 5: a year with a letter typo is reported, never dropped or misread", () => {
  it.each([["2o11"], ["2O11"], ["20l0"], ["199O"], ["2OO5"], ["I999"], ["199Os"]])("%s", (token) => {
    const text = `who chaired the OSCE in ${token}?`;
    expect(unreadableTimes(text)).toEqual([token]);
    const reading = readTimes(text, NOW);
    expect(reading).toMatchObject({ times: [], chatter: [], unreadable: [{ index: text.indexOf(token), length: token.length, text: token }] });
  });

  it("nothing is read out of the token, and the other times stay", () => {
    expect(readTimes("at 2o11, who chaired", NOW)).toMatchObject({ times: [], chatter: [], unreadable: [{ text: "2o11" }] });
    const reading = readTimes("who chaired in 20l0 and 2011", NOW);
    expect(reading.times).toMatchObject([year(2011)]);
    expect(reading.unreadable.map((u) => u.text)).toEqual(["20l0"]);
  });

  it.each([["in 2011"], ["the G20 summit"], ["1OOO observers"], ["IOOl"], ["the 1990s"], ["Room 2B11"], ["2nd round"], ["l00k"]])("not a typo year: %s", (text) => {
    expect(unreadableTimes(text)).toEqual([]);
  });
});

describe("ranges written with from … to", () => {
  it("'from July to December 1992' is that range, not 'since'", () => {
    expect(one("who chaired from July to December 1992")).toMatchObject({ mode: "at", label: "July–December 1992" });
    expect(one("chairs from March 2008")).toMatchObject({ mode: "since" });
    expect(one("who chaired from 1 to 5 March 2008")).toMatchObject({ mode: "at", label: "1-5 March 2008" });
  });
});
