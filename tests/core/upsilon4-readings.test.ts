/**
 * Reading fixes of the upsilon4 round (issue 9), from the wrong answers and misses of the upsilon4
 * sealed sets. Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("two names' turns compared with another role named", () => {
  it("the institution named binds both cities' turns: the Secretariat's Prague seat came before its Vienna one", () => {
    const a = ask("did the Secretariat sit in Prague before it moved to Vienna?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
    expect(a.text).not.toMatch(/Conflict Prevention|Documentation/);
  });

  it("a holder named with one side only does not bind the other side's turns", () => {
    const a = ask("Lithuania's Ažubalis took over from Kazakhstan in 2011, right?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^Yes\b/);
  });
});

describe("the whole of a year", () => {
  it("'full yr' after a holder and a year asks whether they held it all year, as 'full year' does", () => {
    const a = ask("copy has Andreatta as CiO in 1994 — the full yr?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Martino/);
  });
});

describe("a yes/no part whose subject is 'it'", () => {
  it("the names carried from the part before stand for 'it', never after an ordinal", () => {
    const a = ask("when did Mongolia join the OSCE? and was it the 57th?", NOW);
    expect(a.text).toMatch(/2012/);
    expect(a.text).toMatch(/Yes\. .*57th/);
    expect(a.text).not.toMatch(/\bNo\b/);
  });
});

describe("what a verdict says", () => {
  it("'ever judged … free and fair' is checked against the verdicts' words: a text saying no election was is a No", () => {
    const a = ask("has the OSCE ever found a Kazakh election to be free and fair?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/free and fair/);
  });

  it("a claim that says 'never' or 'no' itself agrees with that text", () => {
    expect(ask("By March 2012 the OSCE had never deemed a Kazakh election free and fair.", NOW).text).toMatch(/^Yes\b/);
    expect(ask("is it true that no Kazakh election had been judged free and fair by the OSCE as of 2012?", NOW).text).toMatch(/^Yes\b/);
  });

  it("a verdict that does not say the claimed words is given as it is, never confirmed", () => {
    const a = ask("did the OSCE find the 2022 Kazakh presidential vote free and fair?", NOW);
    expect(a.text).not.toMatch(/^Yes\b/);
    expect(a.text).toMatch(/competitiveness/);
  });

  it("a later text saying no election was ever judged so denies the claim of an earlier one", () => {
    const a = ask("draft line: OSCE monitors called Kazakhstan's 2007 parliamentary vote free and fair", NOW);
    expect(a.text).toMatch(/^No\. As of 2 March 2012/);
    expect(a.text).toMatch(/2007/);
  });

  it("'no other party passed the threshold' denies nothing of the threshold asked", () => {
    const a = ask("Nur Otan's 2007 share, and was there a threshold?", NOW);
    expect(a.text).toMatch(/88\.4/);
    expect(a.text).toMatch(/Yes\b/);
  });
});
