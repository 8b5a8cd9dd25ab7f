import { describe, expect, it } from "vitest";
import { dayNumber } from "../../src/time/days.js";
import { parseTimes, readTimes, type TimeQuery } from "../../src/time/parse-time.js";

const NOW = new Date("2026-01-15T12:00:00Z");
const one = (text: string, now = NOW): TimeQuery => {
  const found = parseTimes(text, now);
  expect(found, text).toHaveLength(1);
  return found[0]!;
};
const year = (y: number) => ({ start: dayNumber(y), end: dayNumber(y, 12, 31) });

describe("time in questions (chrono-node, extended)", () => {
  it.each([
    ["who chaired the OSCE in 2010?", 2010],
    ["OSCE chair 2010?", 2010],
    ["in the year 2010", 2010],
    ["chaired in '10", 2010],
    ["the 1995 chairmanship", 1995],
  ])("bare years: %s", (text, y) => {
    const t = one(text);
    expect(t).toMatchObject({ ...year(y), grain: "year", mode: "at", relative: false });
  });

  it("a month", () => {
    expect(one("who was CiO in March 2008?")).toMatchObject({ start: dayNumber(2008, 3, 1), end: dayNumber(2008, 3, 31), grain: "month" });
  });

  it("a day", () => {
    expect(one("on 4 December 2005")).toMatchObject({ start: dayNumber(2005, 12, 4), end: dayNumber(2005, 12, 4), grain: "day" });
  });

  it.each([
    ["who chairs this year?", 2026],
    ["who chaired last year?", 2025],
    ["who chaired two years ago?", 2024],
    ["who will chair next year?", 2027],
  ])("relative years against the reference date: %s", (text, y) => {
    expect(one(text)).toMatchObject({ ...year(y), grain: "year", relative: true });
  });

  it("relative years follow the reference date, not the wall clock", () => {
    expect(one("last year", new Date("2011-03-01T12:00:00Z"))).toMatchObject(year(2010));
  });

  it("now and today are the reference day", () => {
    expect(one("who chairs now?")).toMatchObject({ start: dayNumber(2026, 1, 15), end: dayNumber(2026, 1, 15), relative: true });
  });

  it("year ranges", () => {
    expect(one("between 2004 and 2006")).toMatchObject({ start: dayNumber(2004), end: dayNumber(2006, 12, 31), grain: "range" });
    expect(one("from 2004 to 2006")).toMatchObject({ start: dayNumber(2004), end: dayNumber(2006, 12, 31) });
  });

  it("decades", () => {
    expect(one("in the 1990s")).toMatchObject({ start: dayNumber(1990), end: dayNumber(1999, 12, 31), grain: "decade" });
    expect(one("in the 90s")).toMatchObject({ start: dayNumber(1990), end: dayNumber(1999, 12, 31) });
  });

  it.each([
    ["since 2012", "since"],
    ["before 2004", "before"],
    ["after 2010", "after"],
    ["until 1999", "until"],
    ["every chairmanship from 2020 onward", "since"],
    ["(2000 onwards)", "since"],
    ["which chaired 2015 or later", "since"],
    ["elections 1999 and earlier", "until"],
  ])("open ranges: %s", (text, mode) => {
    expect(one(text).mode).toBe(mode);
  });

  it("a word after a year that is not a bound leaves it a year", () => {
    expect(one("the 2010 one").mode).toBe("at");
    expect(one("2010 only").mode).toBe("at");
  });

  it("leaves figures and verbs alone", () => {
    expect(parseTimes("Nazarbayev won 95.5 percent", NOW)).toEqual([]);
    expect(parseTimes("some 460 observers from 43 states", NOW)).toEqual([]);
    expect(parseTimes("protesters march against the results", NOW)).toEqual([]);
    expect(parseTimes("who may know", NOW)).toEqual([]);
  });
});

describe("the start or end of a year", () => {
  it.each([
    ["who was CiO at the start of 1994", 1],
    ["at the very beginning of 1994", 1],
    ["at the outset of the 1994 chairmanship", 1],
    ["who was CiO at the end of 1994", 12],
  ])("%s is that month, not the year", (text, month) => {
    const t = one(text);
    expect(t.start).toBe(dayNumber(1994, month, 1));
    expect(t.end).toBe(dayNumber(1994, month, 31));
  });

  it("'at the start of 1994' asks who held it then, not who began in 1994", async () => {
    const { ask } = await import("../helpers/factdesk.js");
    expect(ask("who was CiO at the start of 1994").text).toMatch(/^Beniamino Andreatta/);
    expect(ask("which italian FM was CiO at the very start of the 1994 chairmanship").text).toMatch(/^Beniamino Andreatta/);
  });
});

describe("chat words for the present", () => {
  it.each(["who is the osce sg rn", "who is the osce sg atm?", "who is the osce sg right now"])("%s is the reference day", (text) => {
    expect(one(text)).toMatchObject({ start: dayNumber(2026, 1, 15), end: dayNumber(2026, 1, 15) });
  });
});

describe("a greeting is no time", () => {
  it("'morning,' opening a message does not date the question", () => {
    expect(readTimes("morning, need the swiss chair years for a graphic", NOW).times).toEqual([]);
    expect(readTimes("hi - good evening: who chaired in 2010?", NOW).times.map((t) => t.label)).toEqual(["2010"]);
  });

  it("'this morning' inside a question is still today", () => {
    expect(readTimes("who was president this morning", NOW).times).toHaveLength(1);
  });
});
