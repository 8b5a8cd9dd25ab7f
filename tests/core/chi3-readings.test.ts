/**
 * Reading fixes of this round (issue 9, the chi3 round). Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("a count of times after a context clause with its own time", () => {
  it("counts every time, not only the context's year", () => {
    const a = ask("Austria holds the chair this year. How often has it chaired the OSCE?", "2017-03-01");
    expect(a.text).toMatch(/^2 times/);
    expect(a.text).toMatch(/2000/);
  });

  it("still counts within a time the question says itself", () => {
    expect(ask("Austria holds the chair this year. How many times has it chaired since 2010?", "2017-03-01").text).toMatch(/^1 time/);
  });
});

describe("a present check of a named holder's own first", () => {
  it("checks the term it holds now against its own earlier ones", () => {
    const a = ask("is austria holding the osce chair for the first time?", "2017-03-01");
    expect(a.text).toMatch(/^No/);
    expect(a.text).toMatch(/2000/);
    expect(a.text).not.toMatch(/Germany/);
  });

  it("says Yes where the term now is its first", () => {
    expect(ask("is kazakhstan chairing the osce for the first time?", "2010-05-01").text).toMatch(/^Yes/);
  });

  it("reads \"this X's first\" the same way", () => {
    expect(ask("is this austria's first osce chairmanship?", "2017-03-01").text).toMatch(/^No.*2000/);
  });

  it("leaves the first of all where the question asks it", () => {
    expect(ask("is austria the first osce chair?", "2017-03-01").text).toMatch(/^No.*Germany/);
  });
});

describe("the parts a who-question's answer should name, listed at its end", () => {
  it("keep the question's relation: \"minister\" there is no Ministerial Council", () => {
    const a = ask("Who had the OSCE chair in 2016, country and minister?");
    expect(a.text).toMatch(/Germany held the 2016 OSCE Chairmanship/);
    expect(a.text).toMatch(/Steinmeier/);
    expect(a.text).not.toMatch(/Ministerial Council/);
  });

  it("read the same after a dash", () => {
    expect(ask("who held the osce chairmanship in 2020 – the country and the person").text).toMatch(/Albania.*Rama|Rama.*Albania/s);
  });
});
