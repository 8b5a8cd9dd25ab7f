/**
 * Reading fixes of the alpha4 round (issue 9) besides the join of two relations
 * (relative-join.test.ts). Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("a guess after the question that names another of the kind asked", () => {
  it("is answered 'No', with what holds, though the guess also says context", () => {
    const a = ask("where did the 2002 MC meet? portugal chaired so lisbon?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Porto/);
  });

  it("is never refuted by a name of another kind than the one asked", () => {
    // Astana is a city; the question asks for a person: the guess is context, not the answer guessed.
    const a = ask("who was CiO in 2010? astana summit year?", NOW);
    expect(a.text).not.toMatch(/^No\b/);
  });

  it("says 'No' only where the guess names something the reading knows, and of one answer", () => {
    const a = ask("which city had the 2004 ministerial? bulgaria chaired so plovdiv?", NOW);
    expect(a.text).not.toMatch(/^No\b/);
  });
});

describe("who became what someone held, when that one left", () => {
  it("is the successor on the day the term ended, not whoever held it when the next post began", () => {
    // De Hoop Scheffer left the Chair on 3 December 2003; NATO's post began on 1 January 2004 (Passy's year).
    const a = ask("who became chairman-in-office when de hoop scheffer quit for nato", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Ben Bot/);
    expect(a.text).not.toMatch(/Passy/);
  });

  it("works for any post held once, from the table's own dates", () => {
    const a = ask("who became CiO when kanerva left", NOW);
    expect(a.text).toMatch(/Stubb/);
  });

  it("leaves who held it when someone left to the holders of that day, the leaver too", () => {
    const a = ask("who was president when nazarbayev resigned", NOW);
    expect(a.text).toMatch(/Nazarbayev/);
  });
});

describe("a meeting said after 'at' in a claim, where the thing was done", () => {
  it("never gets a 'No' from facts done at that meeting's city, dated from when they took effect", () => {
    // Renamed by the Budapest Summit (5-6 December 1994), with effect from 1 January 1995.
    const a = ask("the CSCE turned into the OSCE at the budapest summit of 1994", NOW);
    expect(a.text).not.toMatch(/^No\b/);
  });

  it("still refutes a claim dated during a meeting by what held then", () => {
    const a = ask("the kazakh capital was named nur-sultan during the 2010 summit", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Astana/);
  });

  it("still refutes a claim at another meeting's city", () => {
    const a = ask("the CSCE turned into the OSCE at the helsinki summit of 1992", NOW);
    expect(a.text).toMatch(/^No\b/);
  });
});

describe("two questions joined by ', and' where the whole answers only one", () => {
  it("answers each in turn, the first too — never only the one the whole read", () => {
    // Read whole, the 2019 of the first question dated the second: the term of 2019, and no share at all.
    const a = ask("what did tokayev get in 2019, and how long is the presidential term now?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/70\.96%/);
    expect(a.text).toMatch(/7 years/);
  });

  it("keeps the whole where one fact answers both parts", () => {
    const a = ask("which stop was almaty on passy's 2004 tour, and how long was the trip", NOW);
    expect(a.text).toMatch(/five-day/);
    expect(a.text).toMatch(/second stop/);
  });
});

describe("a count of chairmanships with so many holders", () => {
  it("counts only the terms with that many holders, never every chairmanship of the span", () => {
    const a = ask("from 2000 to 2010, how many chairmanships saw two different CiOs?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^4\b/);
    expect(a.text).not.toMatch(/\b11\b/);
  });
});

describe("a figure asked with 'what' of the relation its cue names", () => {
  it("is that relation's figure, not a party's result whose note mentions the word", () => {
    // The 2007 result's note says "no other party passed the 7% threshold": the word alone is no reading.
    const a = ask("what was the kazakh mazhilis threshold back in 2007?", NOW);
    expect(a.text).toMatch(/^Party lists needed at least 7%/);
    expect(a.text).not.toMatch(/Nur Otan/);
  });
});

describe("'succeed' with nothing after it", () => {
  it("asks an outcome, never answered 'Yes' by the facts that a bid was made", () => {
    const a = ask("so did kazakhstan's bid for the 2009 chairmanship succeed?", NOW);
    expect(a.text).not.toMatch(/^Yes\b/);
  });

  it("still orders where a name follows it", () => {
    expect(ask("did bot succeed de hoop scheffer as CiO?", NOW).text).toMatch(/^Yes\b/);
  });
});
