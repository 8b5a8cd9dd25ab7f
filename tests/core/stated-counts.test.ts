/**
 * A count said in words ("Finland's two chairmanships", "which two opposition leaders", "italy had
 * three CiOs") is part of the question (issue 9): the answer is held to it, never dropped.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("the years between a named thing's two facts", () => {
  it("is the gap between its first and second, with the calendar years", () => {
    expect(ask("How many years passed between Finland's two chairmanships?").text).toMatch(/^About 17 years apart: Finland held the 2008 .* 2025/);
    expect(ask("How far apart were Sweden's two chairmanships?").text).toMatch(/1993 to 2021: 28 years by the calendar/);
    expect(ask("how many years between the two helsinki summits").text).toMatch(/1975 to 1992: 17 years by the calendar/);
  });

  it("is unknown where the named thing has not exactly two", () => {
    // Switzerland chaired three times: "its two chairmanships" is a premise the table does not bear out.
    expect(ask("How many years passed between Switzerland's two chairmanships?").status).toBe("unknown");
  });
});

describe("a count of the things asked for", () => {
  it("holds when the table has as many", () => {
    expect(ask("Which two opposition leaders were arrested on 25 February 2012?").text).toMatch(/Abilov and Amirzhan Kosanov/);
    expect(ask("italy had two CiOs in 94 — names pls").text).toMatch(/^Yes\. .*Andreatta.*Martino/);
  });

  it("refutes or leaves unanswered when it does not", () => {
    expect(ask("italy had three CiOs in 94 — names pls").text).toMatch(/^No\. .*Andreatta.*Martino/);
    const listed = ask("name the three Secretaries General from Italy");
    expect(listed.status).toBe("unknown");
    expect(listed.text).toMatch(/which 3 you mean: my fact table has 2/);
  });

  it("said of another noun after the question word, it does not count the answer", () => {
    // ("the year two thousand" is read as 2000 since the alpha round: a year, no count of countries.)
    const a = ask("In the year two thousand, which country chaired the OSCE?");
    expect(a.text).toMatch(/^Austria held the 2000/);
    expect(a.text).not.toMatch(/which 2|^No\b/);
    expect(ask("two quick ones for the desk: which country chaired the OSCE in 2005?").text).toMatch(/^Slovenia/);
  });
});

describe("how many did something more than once", () => {
  it("counts them, then names them", () => {
    expect(ask("How many countries have chaired the OSCE two or more times?").text).toMatch(/^7: Germany \(1991 and 2016\)/);
    expect(ask("which countries chaired more than once").text).toMatch(/^More than once: Germany/);
  });
});
