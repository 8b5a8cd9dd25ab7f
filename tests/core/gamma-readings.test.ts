/**
 * Reading fixes of this round (issue 9, the gamma sets' round). Wordings here are not the held-out
 * sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("regions and groups of States (entities' `groups`)", () => {
  it("picks the first of a group's members", () => {
    const a = ask("name the earliest former Soviet republic to take the OSCE chair");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Kazakhstan held the 2010/);
  });

  it("checks a claim of being the first of a group among that group only", () => {
    expect(ask("Did Kazakhstan become the first ex-Soviet country to chair the OSCE?").text).toMatch(/^Yes/);
    const no = ask("Did Ukraine become the first ex-Soviet country to chair the OSCE?");
    expect(no.text).toMatch(/^No/);
    expect(no.text).toMatch(/Kazakhstan/);
  });

  it("lists and counts a group's members", () => {
    const list = ask("Which Central Asian states take part in the OSCE?");
    for (const name of ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]) expect(list.text).toContain(name);
    expect(list.text).not.toMatch(/Russia|Mongolia/);
    const countries = ask("how many Nordic countries have held the OSCE chair?");
    expect(countries.text).toMatch(/^4\b/);
    expect(countries.text).not.toMatch(/Malta|Kazakhstan/);
    // (The terms when they are what is counted.)
    expect(ask("how many times has a Nordic country held the OSCE chair?").text).toMatch(/^6 times/);
  });

  it("finds places through the country they lie in", () => {
    expect(ask("was the 2010 summit the first one held in Central Asia?").text).toMatch(/^Yes/);
  });

  it("names no neighbour in time from a group ('the next Central Asian chair after Kazakhstan' is not Lithuania)", () => {
    expect(ask("which Central Asian country chaired right after Kazakhstan?").text).not.toMatch(/Lithuania/);
  });

  it("does not read an area of a post as the holder's country", () => {
    expect(ask("who is the OSCE's special envoy for Central Asia?").status).not.toBe("answered");
  });

  it("keeps a role that takes the group itself", () => {
    expect(ask("how many former Soviet republics were admitted to the CSCE at Prague?").text).toMatch(/10/);
  });
});

describe("a verb of beginning another topic knows does not hide a pick", () => {
  it("checks 'did X become the first …' against the first", () => {
    const a = ask("did Finland become the first country to hold the OSCE chair?");
    expect(a.text).toMatch(/^No/);
    expect(a.text).toMatch(/Germany/);
  });
});
