import { describe, expect, it } from "vitest";
import { consecutiveGap, consecutiveGapAsked } from "../../src/query/consecutive-gap.js";
import type { Fact } from "../../src/facts/model.js";
import { dayNumber } from "../../src/time/days.js";

const at = (id: string, y: number): Fact => ({ id, validity: { kind: "single", at: { first: dayNumber(y), last: dayNumber(y), precision: "day", text: String(y) } } }) as unknown as Fact;

describe("consecutiveGap", () => {
  const facts = [at("a", 1990), at("b", 1992), at("c", 1999), at("d", 2000)];
  it("picks the pair furthest apart, or closest", () => {
    expect(consecutiveGap(facts, true, dayNumber(1900), dayNumber(2100))!.map((f) => f.id)).toEqual(["b", "c"]);
    expect(consecutiveGap(facts, false, dayNumber(1900), dayNumber(2100))!.map((f) => f.id)).toEqual(["c", "d"]);
  });

  it("keeps to the time given, and says nothing of a tie", () => {
    expect(consecutiveGap(facts, true, dayNumber(1999), dayNumber(2100))!.map((f) => f.id)).toEqual(["c", "d"]);
    expect(consecutiveGap([at("a", 2001), at("b", 2002), at("c", 2003)], true, dayNumber(1900), dayNumber(2100))).toBeNull();
    expect(consecutiveGap([at("a", 1990)], true, dayNumber(1900), dayNumber(2100))).toBeNull();
  });
});

describe("consecutiveGapAsked", () => {
  it("reads the gap's words, and nothing else", () => {
    expect(consecutiveGapAsked("longest gap between two consecutive summits?")).toMatchObject({ longest: true, kind: "summits" });
    expect(consecutiveGapAsked("which two successive councils were closest together")).toMatchObject({ longest: false, kind: "councils" });
    expect(consecutiveGapAsked("how many years between the 1999 and 2010 summits?")).toBeNull();
  });
});
