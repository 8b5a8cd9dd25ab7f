/**
 * Reading fixes of the delta5 round (issue 9), from the delta5 sealed sets' wrong answers and
 * misses. Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("another post, in every fallback", () => {
  it("a qualified post with no holder now is never answered with the plain post's last holder", () => {
    const a = ask("who holds the deputy chairperson-in-office for kazakhstan post?", NOW);
    expect(a.status).not.toBe("answered");
  });

  it("the plain post still falls back to its latest holder", () => {
    const a = ask("who holds the chairperson-in-office for kazakhstan post?", NOW);
    expect(a.text).toMatch(/Saudabayev/);
  });
});

describe("a count after a pick", () => {
  it("'the last 2 SGs' in figures lists two", () => {
    const a = ask("who were the last 2 secretaries general", NOW);
    expect(a.text).toMatch(/Schmid/);
    expect(a.text).toMatch(/Sinirlio/);
    expect(a.text).not.toMatch(/Greminger/);
  });

  it("is checked among as many as picked: Yes where the named one is among them", () => {
    const a = ask("was malta one of the last three chairmanships?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
  });

  it("and No, with the ones picked, where it is not", () => {
    const a = ask("was sweden among the first 3 chairs?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
    const b = ask("was ireland among the first 3 chairs?", NOW);
    expect(b.text).toMatch(/^No\b/);
    expect(b.text).toMatch(/Germany/);
  });

  it("'newest first' at the end asks the list, never the first one", () => {
    const a = ask("the last 2 council host cities, newest first", NOW);
    expect(a.text).toMatch(/Malta|Ta' Qali/);
    expect(a.text).toMatch(/Vienna/);
    expect(a.text).not.toMatch(/Berlin/);
  });
});

describe("a meeting beside a year of a claim", () => {
  it("a decision taken at the meeting confirms the claim", () => {
    const a = ask("lithuania got the 2011 chair at the madrid MC?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
    expect(a.text).toMatch(/Madrid/);
  });

  it("is never checked by the chairmanship held at the meeting's time", () => {
    const a = ask("Italy's 1994 chairmanship began at the Rome Council.", NOW);
    expect(a.text).not.toMatch(/^Yes\b/);
  });
});

describe("a short form in a check of prose", () => {
  it("'MC' is said by the fact's 'Ministerial Council'", () => {
    const a = ask("greece got the 2009 chair at the madrid MC", NOW);
    expect(a.text).toMatch(/^Yes\b/);
  });
});

describe("a move to a place", () => {
  it("is when being there began: a claim of a later year is No", () => {
    const a = ask("kazakhstan's capital moved to akmola in 1998, correct?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/1997/);
  });

  it("and of its year, Yes", () => {
    const a = ask("did the capital move to akmola in 1997?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
  });
});

describe("a publisher the reporter names", () => {
  it("puts first the reading its report gives", () => {
    const a = ask("according to bloomberg, nazarbayev had ruled kazakhstan since when?", NOW);
    expect(a.text).toMatch(/1989/);
    expect(a.text).toMatch(/Bloomberg/);
  });

  it("changes nothing where no publisher is named", () => {
    const a = ask("since when had nazarbayev been president of kazakhstan?", NOW);
    expect(a.text).toMatch(/1990/);
  });
});

describe("a complete list, of a year", () => {
  it("a place named that held none that year is No, with what there was", () => {
    const a = ask("did kazakhstan host an OSCE ministerial council in 2010?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/summit/i);
  });

  it("a claim that there was none is never answered No", () => {
    const a = ask("kazakhstan hosted no ministerial council in 2010, right?", NOW);
    expect(a.text).not.toMatch(/^No\b/);
  });
});

describe("the election commission's chair", () => {
  it("is asked by 'headed'", () => {
    expect(ask("who headed the kazakh central election commission in 2004?", NOW).text).toMatch(/Baliyeva/);
  });
});

describe("a noun described by what it did", () => {
  it("is no claim to say Yes to", () => {
    const a = ask("the madrid ministerial that gave greece 2009", NOW);
    expect(a.text).not.toMatch(/^Yes\b/);
  });
});

describe("parts of a message", () => {
  it("a second ask the first answer said whole adds no sentence", () => {
    const a = ask("2012 mazhilis: nur otan % + seats pls", NOW);
    expect(a.status).toBe("answered");
    expect(a.text.match(/Nur Otan won/g)).toHaveLength(1);
  });

  it("'it' after a thing named before, beside a country of its own, is that thing", () => {
    const a = ask("odihr seat + year created, plus who from poland led it", NOW);
    expect(a.text).not.toMatch(/Geremek|Chairperson-in-Office/);
  });
});

describe("the reporter's reasons and concessions", () => {
  it("', since X chaired' is the reporter's reason, never a time", () => {
    const a = ask("the 2008 ministerial was in helsinki, since finland chaired?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
  });

  it("'even though' claims both sides", () => {
    const a = ask("the 2025 MC was in vienna even though finland chaired — correct?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
    expect(a.text).toMatch(/Finland/);
  });
});

describe("where a body was set up", () => {
  it("is where it first sat", () => {
    const a = ask("in which city was the CSCE secretariat set up?", NOW);
    expect(a.text).toMatch(/Prague/);
  });
});

describe("a counted lead", () => {
  it("may name the colleague the asks are for, and 'that year' is the year of the part before", () => {
    const a = ask("two things for @sam: SG in 2003 + where that year's ministerial council met", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Kubi/);
    expect(a.text).toMatch(/Maastricht/);
  });
});

describe("a city the text of a meeting role names", () => {
  it("binds the meeting: who was appointed at a Council named by its city", () => {
    const a = ask("who was appointed RFoM at tirana?", NOW);
    expect(a.text).toMatch(/Ribeiro/);
  });

  it("a country claimed after the name is never dropped as an aside", () => {
    const a = ask("is the ODIHR director appointed at Tirana in 2020, Mecacci, from spain?", NOW);
    expect(a.text).not.toMatch(/^Yes\b/);
  });

  it("one who began on the event's day is never the one after it", () => {
    const a = ask("who was SG after the one the tirana council appointed?", NOW);
    expect(a.text).not.toMatch(/^Helga Maria Schmid/);
  });
});

describe("how long had …", () => {
  it("by a time is the length up to then", () => {
    const a = ask("how long had Aragona been secretary general by the end of 1997?", NOW);
    expect(a.text).toMatch(/by December 1997: about 2 years/);
  });

  it("when something happened before the term began is nothing", () => {
    const a = ask("How long had Zannier been SG when Nazarbayev won in 2005?", NOW);
    expect(a.status).not.toBe("answered");
  });

  it("a publisher said after the clause is the main question's", () => {
    const a = ask("how long had nazarbayev ruled kazakhstan when he threatened to halt osce vote monitoring in 2012, according to bloomberg?", NOW);
    expect(a.text).toMatch(/1989/);
  });
});
