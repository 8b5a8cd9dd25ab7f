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

describe("time words", () => {
  it("reads a month 'of' a spelled-out year", () => {
    const a = ask("which country held the chair in April of two thousand and nine?");
    expect(a.text).toMatch(/Greece/);
    expect(ask("who was CiO in November of nineteen ninety-five?").text).toMatch(/Kov[aá]cs/);
  });

  it("reads 'all through <year>' as the whole year, not up to it", () => {
    const a = ask("was Sebastian Kurz the CiO all through 2017?");
    expect(a.text).toMatch(/^No, not all of 2017/);
    expect(a.text).toMatch(/Kneissl/);
  });

  it("still reads 'through <year>' alone as up to it", () => {
    expect(ask("which countries chaired the OSCE through 1993?").text).toMatch(/Germany/);
  });
});

describe("a present perfect over events", () => {
  it("asks of all time, not of now", () => {
    expect(ask("has an OSCE summit ever been held in Istanbul?").text).toMatch(/^Yes/);
    expect(ask("has any OSCE summit taken place in Central Asia?").text).toMatch(/^Yes.*Astana/);
  });

  it("still keeps a plain present over events unknown", () => {
    expect(ask("is the OSCE office in Astana still called the Programme Office in Nur-Sultan?").status).not.toBe("answered");
  });
});

describe("chatter and abbreviations", () => {
  it("reads a trailing y/n, 'obvs' and 'intl' without losing the question", () => {
    expect(ask("ODIHR is based in Warsaw. y/n").text).toMatch(/^Yes/);
    expect(ask("chair country 2012, obvs Ireland, confirm").text).toMatch(/Ireland/);
    expect(ask("did the 2007 mazhilis election meet intl standards according to the OSCE?").text).toMatch(/^No.*international standards/);
  });
});

describe("an era name said not to be meant", () => {
  it("reads 'the OSCE (not the CSCE)' as the time after the renaming", () => {
    const a = ask("who held the first chairmanship of the OSCE (not the CSCE)?");
    expect(a.text).toMatch(/Hungary held the 1995/);
    expect(a.text).not.toMatch(/Germany/);
  });
});

describe("a neighbour still to come", () => {
  it("picks, of a State's several turns, the one followed by a term not over yet", () => {
    const a = ask("which country is going to chair right after Finland?");
    expect(a.text).toMatch(/Switzerland/);
    expect(a.text).not.toMatch(/Greece/);
  });

  it("says nothing where no later term is in the table", () => {
    expect(ask("which country will take over the chair after Switzerland?").status).not.toBe("answered");
  });
});

describe("the time between two things of different kinds, said 'from … to …' or 'after … did …'", () => {
  it("reads 'how many years after <one> did <other>' with the subject carried back", () => {
    const a = ask("how many years after it became independent did Kazakhstan take the OSCE chair?");
    expect(a.text).toMatch(/18 years/);
    expect(a.text).toMatch(/1991/);
    expect(a.text).toMatch(/2010/);
  });

  it("reads 'from <one> to <other>' before any one fact's own length", () => {
    const a = ask("how many years were there from the CSCE becoming the OSCE to the Kazakh chairmanship?");
    expect(a.text).toMatch(/15 years/);
    expect(a.text).not.toMatch(/about 1 year\./);
  });

  it("leaves a time range alone", () => {
    expect(ask("how long was Kurz CiO from January to December 2017?").text).not.toMatch(/apart/);
  });
});

describe("one question each way", () => {
  it("asks both neighbours when the second is said again with a pronoun", () => {
    const a = ask("CiO before Saudabayev, and CiO after him");
    expect(a.text).toMatch(/Papandreou/);
    expect(a.text).toMatch(/Ažubalis|Azubalis/);
  });

  it("asks both for 'predecessor and successor'", () => {
    const a = ask("who were Lithuania's predecessor and successor in the chair?");
    expect(a.text).toMatch(/Kazakhstan/);
    expect(a.text).toMatch(/Ireland/);
  });
});

describe("a group of people (women)", () => {
  it("picks, counts and lists among the women of a post", () => {
    expect(ask("name the first woman to serve as OSCE Secretary General").text).toMatch(/Schmid/);
    expect(ask("how many female chairpersons-in-office has the OSCE had?").text).toMatch(/^6\b/);
    const list = ask("list the women who were OSCE Chairperson-in-Office");
    expect(list.text).toMatch(/af Ugglas/);
    expect(list.text).not.toMatch(/Papandreou|Genscher/);
  });

  it("checks a claim of being the first woman among the women only", () => {
    const a = ask("was Dora Bakoyannis the first female CiO?");
    expect(a.text).toMatch(/^No/);
    expect(a.text).toMatch(/af Ugglas/);
  });

  it("filters a year's holders to the women", () => {
    expect(ask("which woman was chairperson-in-office in 2017?").text).not.toMatch(/Kurz/);
  });
});

describe("a thing asked of a time when a complete list has none", () => {
  it("says there was none, with what a related kind had then", () => {
    const a = ask("in which city did the Ministerial Council meet in 2010?");
    expect(a.text).toMatch(/^None in 2010/);
    expect(a.text).toMatch(/Astana/);
  });

  it("stays unknown where nothing related happened then", () => {
    expect(ask("in which city did the OSCE summit meet in 2017?").status).not.toBe("answered");
  });
});

describe("the size of a whole named around a name", () => {
  it("reads 'one of the 57 participating States' as membership, not a figure", () => {
    expect(ask("is Mongolia one of the 57 participating States?").text).toMatch(/^Yes/);
    expect(ask("is Japan among the 57 participating States?").text).toMatch(/^No/);
  });
});

describe("a correction that names another thing", () => {
  it("puts the name (and the time) said after 'I mean' in the question's place", () => {
    const a = ask("where was the MC in 2001 — I mean 2002, the Portuguese one");
    expect(a.text).toMatch(/Porto/);
    expect(a.text).toMatch(/2002/);
  });
});

describe("'the first of its kind in how many years'", () => {
  it("counts the years back to the one before", () => {
    const a = ask("the Lisbon summit was the first OSCE summit in how many years?");
    expect(a.text).toMatch(/^2 years/);
    expect(a.text).toMatch(/Budapest/);
  });

  it("never answers with the thing's own length", () => {
    expect(ask("copenhagen was the first summit in how many years?").text).not.toMatch(/days/);
  });
});

describe("a pick stated about a name and asked with '?'", () => {
  it("checks it", () => {
    expect(ask("greece chaired the osce for the first time in 2009?").text).toMatch(/^Yes/);
    expect(ask("ukraine was the first post-soviet chair?").text).toMatch(/^No.*Kazakhstan/);
  });

  it("leaves an open end asked", () => {
    expect(ask("The third Secretary General was?").text).toMatch(/Kubiš|Kubis/);
  });
});

describe("a word that explains a question only where its role is asked (asked_cues)", () => {
  it("reads 'who chaired' a Council as its chair", () => {
    const a = ask("who chaired the OSCE ministerial in Porto?");
    expect(a.text).toMatch(/Martins da Cruz/);
  });

  it("keeps a count of chairs with the CiOs", () => {
    const a = ask("how many Italian ministers have held the OSCE chair?");
    expect(a.text).toMatch(/^4\b/);
    expect(a.text).toMatch(/Andreatta/);
  });
});

describe("a guess and its reason after the question", () => {
  it("is neither asked nor read into the question", () => {
    const a = ask("where was the 2018 MC? rome since italy chaired?");
    expect(a.text).toMatch(/Milan/);
    expect(a.status).toBe("answered");
  });
});

describe("'it' in a second question that names only the organisation", () => {
  it("stands for the name of the question before", () => {
    const a = ask("when did Mongolia join the osce and when did it chair the osce?");
    expect(a.text).toMatch(/2012/);
    expect(a.text).not.toMatch(/Switzerland held the 2026/);
  });
});

describe("'how long after <one> did <other>'", () => {
  it("is the time between them", () => {
    expect(ask("how long after its independence did Kazakhstan chair the OSCE?").text).toMatch(/18 years/);
  });
});

describe("a figure said in a 'when' question", () => {
  it("picks the time it holds for, and none where no fact has it", () => {
    expect(ask("when did Nazarbayev win 91.15% of the vote?").text).toMatch(/2005/);
    expect(ask("when did Nazarbayev win 99.9% of the vote?").status).not.toBe("answered");
  });
});

describe("a majority of the vote", () => {
  it("is more than half of it", () => {
    expect(ask("did Nur Otan win an outright majority of the vote in 2021?").text).toMatch(/^Yes/);
    expect(ask("did Daniya Yespayeva get a majority of the vote in 2019?").text).toMatch(/^No/);
  });
});

describe("halves of a year or a month", () => {
  it("reads 'the second half of <year>' and 'the first half of <month year>'", () => {
    const year = ask("who was CiO in the second half of 2009?");
    expect(year.text).toMatch(/Papandreou/);
    const month = ask("who was the CiO in the first half of December 2017?");
    expect(month.text).toMatch(/Kurz/);
    expect(month.text).not.toMatch(/Kneissl/);
  });
});

describe("a cue of several words the question says", () => {
  it("answers with the facts that say it, not every statement", () => {
    const a = ask("which politician accused the OSCE of 'dual standards'?");
    expect(a.text).toMatch(/Medvedev/);
    expect(a.text).not.toMatch(/Passy|Rupel/);
  });
});

describe("the time from an end", () => {
  it("is never the time between two starts", () => {
    const a = ask("how many years after Nazarbayev stepped down did Tokayev win an election?");
    expect(a.text).not.toMatch(/1991 to 2019/);
    expect(ask("how many days after Nazarbayev resigned was Tokayev sworn in?").text).not.toMatch(/1990/);
  });
});

describe("a comparison offered as two words", () => {
  it("answers with the word that holds of the first named", () => {
    expect(ask("was Tokayev's 2019 share above or below his 2022 share?").text).toMatch(/^Below\./);
    expect(ask("was Nazarbayev's 2015 result higher or lower than in 2011?").text).toMatch(/^(Higher|Lower)\./);
  });
});

describe("one neighbour in order", () => {
  it("comes with its related facts (the chair's CiO)", () => {
    const a = ask("which country took the chair right after Ireland?");
    expect(a.text).toMatch(/Ukraine held the 2013/);
    expect(a.text).toMatch(/Kozhara/);
  });
});
