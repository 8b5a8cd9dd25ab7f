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
    const a = ask("Who had the OSCE chair in 2016, country and minister pls");
    expect(a.text).toMatch(/Germany held the 2016 OSCE Chairmanship/);
    expect(a.text).toMatch(/Steinmeier/);
    expect(a.text).not.toMatch(/Ministerial Council/);
  });

  it("read the same after a dash", () => {
    expect(ask("who held the osce chairmanship in 2020 – the country and the person").text).toMatch(/Albania.*Rama|Rama.*Albania/s);
  });
});

describe("the names a thing has gone by", () => {
  it("lists every name, not only today's", () => {
    const a = ask("Which names has the OSCE's office in Kazakhstan gone by?");
    for (const name of ["Centre in Almaty", "Centre in Astana", "Programme Office in Nur-Sultan"]) expect(a.text).toContain(name);
  });

  it("reads \"did it go by\" the same way", () => {
    expect(ask("what names did the kazakh capital go by?").text).toMatch(/Akmola.*Nur-Sultan/s);
  });
});

describe("a State seated, its verb split by the question", () => {
  it("is the day it joined, never a field operation's seat", () => {
    const a = ask("what day was Mongolia seated in the OSCE?");
    expect(a.text).toMatch(/21 November 2012/);
    expect(a.text).not.toMatch(/Mission|Office/);
  });

  it("leaves a body's seat to where it sits", () => {
    expect(ask("when was the HCNM seated in The Hague?").text).toMatch(/based in The Hague/);
  });
});

describe("a claim about a post held one at a time per country, the country not said", () => {
  it("never answers No from Kazakhstan's holder for someone known of another country", () => {
    const a = ask("was Didier Burkhalter foreign minister in 2014?");
    expect(a.text).not.toMatch(/Foreign Ministers of Kazakhstan/);
    expect(a.text).not.toMatch(/^No/);
  });

  it("still answers No for one of Kazakhstan's own", () => {
    expect(ask("was Idrissov foreign minister in 2020?").text).toMatch(/^No.*Tileuberdi/s);
  });
});

describe("facts that do not record the place a question names", () => {
  it("are given apart, said to have no place recorded, never left out", () => {
    const a = ask("who did Solomon Passy hold talks with in Almaty in April 2004?");
    expect(a.text).toMatch(/Vikki in Almaty/);
    expect(a.text).toMatch(/Where the table records no place: .*Nazarbayev/s);
    expect(a.text).not.toMatch(/Nazarbayev in Almaty/);
  });

  it("add nothing where every fact records it", () => {
    expect(ask("where was the 2010 summit held?").text).not.toMatch(/records no/);
  });
});

describe("a clause of the name something had", () => {
  it("is the whole time it had that name, not the day it got it", () => {
    const a = ask("which country held the OSCE chair when the capital was called Akmola?");
    expect(a.text).toMatch(/Denmark/);
    expect(a.text).toMatch(/Poland/);
  });
});

describe("a post the OSCE does not have", () => {
  it("is never read as the words of two posts it does have", () => {
    const a = ask("who served as the OSCE's High Representative in 2012?");
    expect(a.status).toBe("unknown");
  });
});
