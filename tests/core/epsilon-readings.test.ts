/**
 * Reading fixes of this round (issue 9, the epsilon sets' round). Wordings here are not the
 * held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("a kind of fact that has none of the names gives way to one that has", () => {
  it("answers an appointment's date from the post held when the appointments have nobody of that name", () => {
    const a = ask("when did Greminger get appointed?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Greminger.*Secretary General from 18 July 2017/);
  });

  it("keeps a complete list's 'No' for a name it lacks", () => {
    const a = ask("Has Russia ever held the OSCE chairmanship?");
    expect(a.text).toMatch(/^No/);
  });

  it("does not read a dating clause's names as the subject ('who was CiO when … stepped down')", () => {
    const a = ask("who was CiO when Nazarbayev stepped down?");
    expect(a.text).not.toMatch(/Council of Ministers/);
  });

  it("does not move from a post held to an event of another kind (a veto is no term)", () => {
    const a = ask("Who was Secretary General when Ursula Plassnik held the post?");
    expect(a.status).not.toBe("answered");
  });
});

describe("clauses about an end or a change date the question", () => {
  it("dates 'when X resigned' by the day the post ended, not the years it was held", () => {
    const country = ask("which country held the OSCE chair when Nazarbayev resigned?");
    expect(country.status).toBe("answered");
    expect(country.text).toMatch(/Slovakia held the 2019/);
    expect(ask("who was the CiO when Nazarbayev stepped down?").text).toMatch(/Lajčák/);
  });

  it("dates 'when the CSCE became the OSCE' by the new name's first day", () => {
    const a = ask("which country held the chair when the CSCE became the OSCE?");
    expect(a.text).toMatch(/Hungary held the 1995/);
    expect(a.text).not.toMatch(/Switzerland/);
  });

  it("says the day of the resignation the note gives beside the end of the term", () => {
    const a = ask("on what date did nazarbayev step down?");
    expect(a.text).toMatch(/Until 20 March 2019/);
    expect(a.text).toMatch(/19 March 2019/);
  });

  it("picks the post whose fact says 'stepped down' of two that ended", () => {
    expect(ask("when did Nazarbayev step down?").text).toMatch(/President of Kazakhstan/);
  });

  it("answers no past end to an end still to come", () => {
    expect(ask("when will Tokayev step down?").status).toBe("unknown");
  });
});

describe("claims and counts", () => {
  it("checks a claim at a time by the facts of then, not by the person's nationality", () => {
    const a = ask("Malta's Ian Borg chaired the OSCE in 2023");
    expect(a.text).not.toMatch(/^Yes/);
    expect(ask("Slovenia's Rupel was CiO in 2005, right?").text).toMatch(/^Yes/);
  });

  it("names no 'first three' of a time with fewer", () => {
    const a = ask("name the first three CiOs in 1995");
    expect(a.status).toBe("unknown");
    expect(a.text).toMatch(/1 record of OSCE Chairperson-in-Office/);
  });

  it("counts things of the kind asked, never other things at that meeting", () => {
    const a = ask("how many states in 1992 after the stockholm council");
    expect(a.text).not.toMatch(/Secretary General/);
  });

  it("counts no host countries of a meeting in a named city ('how many states at the Stockholm Council')", () => {
    const a = ask("stockholm council 1992 - how many states?");
    expect(a.text).not.toMatch(/^1 time/);
  });

  it("answers how many States came to a summit from the summit's own figure", () => {
    expect(ask("how many countries took part in the 1975 summit?").text).toMatch(/35 States/);
    expect(ask("what number summit was the Istanbul one?").text).toMatch(/6th/);
  });

  it("judges no city 'best' by a headcount", () => {
    expect(ask("What is the best city for an OSCE summit?").status).toBe("unknown");
  });

  it("answers 'how many votes' with no share of the vote", () => {
    const a = ask("How many votes did Tokayev get in 2022?");
    expect(a.status).toBe("unknown");
    expect(ask("how much of the vote did Tokayev get in 2022?").text).toMatch(/81\.31%/);
  });
});

describe("two readings that agree", () => {
  it("answers a value two kinds of fact both give (the summit and the Charter: 34 States)", () => {
    const a = ask("how many states were at paris in 1990");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/34 States/);
  });

  it("still asks back where two places agree by chance (created and seated in Warsaw)", () => {
    const a = ask("When did ODIHR get its current name, and where?");
    expect(a.text).not.toMatch(/Warsaw by the Charter/);
  });
});

describe("posts and nationalities said of the thing asked", () => {
  it("answers 'which <post>' with the fact whose text says the post, and none where no fact says it", () => {
    const a = ask("which senate speaker did Passy meet in April 2004?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Abykaev/);
    expect(a.text).not.toMatch(/Abusaitov|Baliyeva/);
    // (The one meeting recorded in Almaty was a briefing by the Centre's Head, no Speaker of the Senate: the
    // Speaker's meeting, whose place the table does not record, is said as not confirmed there.)
    const inAlmaty = ask("Which Senate speaker did Passy meet in Almaty in 2004?");
    expect(inAlmaty.text).toMatch(/^Not confirmed in Almaty \(no place recorded\)/);
    expect(inAlmaty.text).not.toMatch(/Abykaev[^.]*in Almaty/);
  });

  it("reads 'how many Kazakh observers' as observers of that nationality, which no fact counts", () => {
    expect(ask("How many Kazakh observers were on the 2005 election mission?").status).not.toBe("answered");
    // (The country of the elections themselves still filters them.)
    expect(ask("How many Kazakh presidential elections did Nazarbayev win?").text).toMatch(/^5 Kazakh presidential elections\b/);
  });
});

describe("asks listed with commas", () => {
  it("answers each of a year's telegraphic asks, one-word ones included", () => {
    const a = ask("2022: chair country, CiO, MC city");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Poland held the 2022/);
    expect(a.text).toMatch(/Rau/);
    expect(a.text).toMatch(/Łódź/);
  });

  it("keeps a part that only qualifies the question with it", () => {
    const a = ask("When did Wilhelm Hoynck's term end exactly, which day?");
    expect(a.status).toBe("unknown");
    expect(a.text).toMatch(/to the day/);
  });

  it("keeps as one question a part that asks of the time the part before asks for", () => {
    expect(ask("first year it was called the OSCE, who chaired?").text).not.toMatch(/Switzerland held the 2026/);
  });

  it("leaves chatter out of the list", () => {
    const a = ask("SG right now and CiO right now, both pls");
    expect(a.text).toMatch(/Sinirlioğlu/);
    expect(a.text).toMatch(/Cassis/);
  });
});

describe("time words and heads of a chairmanship", () => {
  it("reads a part of a two-digit year ('the first half of '94')", () => {
    const a = ask("Who was CiO in the second half of '94?");
    expect(a.text).toMatch(/Martino/);
    expect(a.text).not.toMatch(/Andreatta/);
  });

  it("takes ', say,' as an example offered, not a statement", () => {
    expect(ask("CiO in, say, March 2001?").text).toMatch(/Geoană|Geoana/);
  });

  it("names the CiO as who led a country's chairmanship", () => {
    expect(ask("who ran the Dutch chairmanship at the start of 2003?").text).toMatch(/de Hoop Scheffer/);
    expect(ask("Who led Ireland's OSCE chairmanship?").text).toMatch(/Gilmore/);
  });

  it("reads a person's 'country' as the nationality", () => {
    expect(ask("zannier's country?").text).toMatch(/Lamberto Zannier \(Italy\)/);
  });
});

describe("claims checked against what the facts say", () => {
  it("confirms a resignation on the day its note gives, a day before the term's end", () => {
    expect(ask("Claim: Nazarbayev resigned on 19 March 2019.").text).toMatch(/^Yes/);
    expect(ask("Nazarbayev stepped down on 18 March 2019, right?").text).toMatch(/^No/);
  });

  it("needs no label word when the text value itself is named", () => {
    expect(ask("did the Istanbul summit adopt the Charter for European Security?").text).toMatch(/^Yes/);
    expect(ask("Was the 2020 Ministerial Council held in person?").text).toMatch(/^No/);
  });
});

describe("written forms", () => {
  it("reads an acronym written with dots as the acronym", () => {
    expect(ask("Who chaired the O.S.C.E. in 2006?").text).toMatch(/Belgium held the 2006/);
  });

  it("reads a quarter of a year", () => {
    const a = ask("who was CiO in Q3 2000?");
    expect(a.text).toMatch(/Ferrero-Waldner/);
    expect(a.text).not.toMatch(/Schüssel/);
  });

  it("reads chat typos of question words", () => {
    expect(ask("wen did mongolia join the osce").text).toMatch(/21 November 2012/);
  });
});

describe("requests and turns to come", () => {
  it("answers a list asked for telegraphically with no 'Yes'", () => {
    expect(ask("Every Italian OSCE chair in 2018, please.").text).not.toMatch(/^Yes/);
  });

  it("reads 'when is X chairing again' as a turn still to come", () => {
    expect(ask("when is Finland chairing again?").status).toBe("unknown");
    expect(ask("is Switzerland chairing again in 2026?").text).toMatch(/^Yes/);
  });
});

describe("a first asked of the wrong year", () => {
  it("says the named one's first turn was not in the year said, and when it was", () => {
    const a = ask("When did Sweden chair the OSCE for the first time, in 2021?");
    expect(a.text).toMatch(/^Not first in 2021: Sweden held the 1993/);
    expect(ask("when did Finland first chair the OSCE?").text).toMatch(/2008/);
  });

  it("still dates a clause by the year said ('during its first chairmanship in 2025')", () => {
    expect(ask("When did Finland host the ministerial council during its first chairmanship in 2025?").text).toMatch(/Vienna/);
  });

  it("answers no share of years for 'how many years after 2008 … again'", () => {
    expect(ask("How many years after 2008 did Finland chair again?").status).not.toBe("answered");
  });
});

describe("a statement asked with 'still … ?'", () => {
  it("is a yes/no question", () => {
    expect(ask("Helga Schmid is still OSCE SG?").text).toMatch(/^No/);
    expect(ask("astana is still the capital?").text).toMatch(/^Yes/);
  });
});

describe("a pronoun in a dating clause", () => {
  it("stands for the name the clause says before it", () => {
    expect(ask("who chaired the osce when kz renamed its capital nur-sultan?").text).toMatch(/Slovakia held the 2019/);
  });
});
