/**
 * Reading fixes of this round (issue 9, the psi sets' round). Wordings here are not the held-out
 * sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";
import { firstInYearsClaimed } from "../../src/query/first-in-years.js";

describe("a successor is the very next holder", () => {
  it("says No, with whoever came between, where someone did", () => {
    const a = ask("was Greminger Kubis's successor?");
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/Perrin de Brichambaut/);
    expect(a.text).toMatch(/Zannier/);
  });

  it("says Yes where the two are next to each other, of any of their turns", () => {
    expect(ask("did Lithuania chair immediately after Kazakhstan").text).toMatch(/^Yes/);
    expect(ask("did Lithuania chair immediately after Greece").text).toMatch(/^No\. Greece .*Kazakhstan .*Lithuania/);
    // Germany chaired in 1991 and 2016: the 2016 turn came right after Serbia's.
    expect(ask("Did Germany take the chair straight after Serbia?").text).toMatch(/^Yes/);
  });

  it("leaves a plain 'before' as any time before", () => {
    expect(ask("did Finland chair before Kazakhstan?").text).toMatch(/^Yes/);
  });

  it("names the first and the last of many between, not all", () => {
    const a = ask("did Switzerland chair right after Serbia?");
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/came between them/);
    expect(a.text).not.toMatch(/Poland/);
  });
});

describe("every one on a side of a named one", () => {
  it("lists all after, in order, not the next one only", () => {
    const a = ask("list all the SGs after Zannier");
    for (const name of ["Greminger", "Schmid", "Sinirlio"]) expect(a.text).toContain(name);
    expect(a.text).not.toContain("Kubiš (Slovakia) was");
  });
});

describe("a pick of another kind than the event it is dated by", () => {
  it("asks the Council before a summit, not the summit before", () => {
    const a = ask("What was the last ministerial council before the Lisbon summit?");
    expect(a.text).toMatch(/Ministerial Council met in Budapest/);
    expect(a.text).not.toMatch(/summit was held/);
  });
});

describe("times and asks read from a noun", () => {
  it("'its 1995 start' is a time, not what began then", () => {
    const a = ask("How many states belonged to the OSCE at its 1995 start?");
    expect(a.text).toMatch(/\b53\b/);
    expect(a.text).not.toMatch(/North Macedonia/);
  });

  it("an n-th thing's year asks when", () => {
    const a = ask("What was Switzerland's second chairmanship year?");
    expect(a.text).toMatch(/2014/);
    expect(a.text).not.toMatch(/^Flavio Cotti/);
  });
});

describe("words", () => {
  it("a word only some fact's text explains must be in a fact said", () => {
    expect(ask("how many staff did the OSCE Centre in Almaty have").status).not.toBe("answered");
    expect(ask("Which OSCE text made the Chairman-in-Office an institution, formally?").status).not.toBe("answered");
  });

  it("reads directing, addressing and the former as known words", () => {
    expect(ask("who directed ODIHR in 2010").text).toMatch(/Lenar/);
    expect(ask("which country is the former SG Höynck from?").text).toMatch(/Germany/);
    expect(ask("where did Nazarbayev address the foreign ambassadors in March 2012?").text).toMatch(/Astana/);
  });

  it("expelling is not blocking", () => {
    expect(ask("which state did the OSCE kick out in 2020").status).not.toBe("answered");
  });
});

describe("a role's default where the relation's context is named", () => {
  it("the OSCE's seat is its Secretariat's", () => {
    const a = ask("is the OSCE headquartered in Prague?");
    expect(a.text).toMatch(/^No/);
    expect(a.text).toMatch(/Vienna/);
  });

  it("not where the role's own word is said, or the role asked", () => {
    expect(ask("does the OSCE have a body in The Hague").text).toMatch(/^Yes.*High Commissioner/);
    const cities = ask("which cities do the osce institutions sit in").text;
    expect(cities).toMatch(/Warsaw/);
    expect(cities).toMatch(/The Hague/);
  });
});

describe("renamings", () => {
  it("'back' is the return to an earlier name", () => {
    const a = ask("when did the capital go back to being called Astana");
    expect(a.text).toMatch(/2022/);
    expect(a.text).not.toMatch(/1998/);
  });

  it("a name said twice stands where its fuller mention does", () => {
    expect(ask("when was the centre renamed Centre in Astana").text).toMatch(/2007/);
  });
});

describe("asks joined by '+'", () => {
  it("'it' in a later part is the thing before, without its 'now'", () => {
    const a = ask("kz capital now + year it was renamed back");
    expect(a.text).toMatch(/^Astana is the capital/);
    expect(a.text).toMatch(/renamed from Nur-Sultan to Astana on 17 September 2022/);
  });
});

describe("lists and picks", () => {
  it("a plural ask before a time lists every one over by then", () => {
    const a = ask("What were the chairmanships before 1994?");
    for (const c of ["Germany", "Czechoslovakia", "Sweden"]) expect(a.text).toContain(c);
    // (Italy's 1994 chair began in December 1993, but was not over before 1994.)
    expect(a.text).not.toContain("Italy");
  });

  it("two picks of one thing are each asked, without a question word", () => {
    const a = ask("first summit and latest summit pls");
    expect(a.text).toMatch(/Helsinki/);
    expect(a.text).toMatch(/Astana/);
    // (One difference between two picks is one question.)
    expect(ask("first + last name of the 2010 CiO").text).toMatch(/Saudabayev/);
  });
});

describe("phrases and what an answer adds", () => {
  it("'in the OSCE chair' is the chair, not membership", () => {
    expect(ask("Austria's foreign minister in the OSCE chair in March 2017").text).toMatch(/Kurz/);
    expect(ask("is Mongolia in the OSCE").text).toMatch(/^Yes/);
  });

  it("adds of a relation where many hold at once only what shares a name", () => {
    const a = ask("Which state became an OSCE partner in 2000?");
    expect(a.text).toMatch(/Thailand/);
    expect(a.text).not.toMatch(/participating State/);
  });
});

describe("a when-clause of two years", () => {
  it("asks the main question at each", () => {
    const a = ask("Who held the OSCE chair during the 2005 and the 2011 Kazakh presidential elections?");
    expect(a.text).toMatch(/Slovenia/);
    expect(a.text).toMatch(/Lithuania/);
  });
});

describe("a name of one era dates the question (lexicon era_names)", () => {
  it("reads 'the CSCE chair' with no time as before 1995", () => {
    const a = ask("On which day did Sweden take up the CSCE chair?");
    expect(a.text).toMatch(/1992|1993/);
    expect(a.text).not.toMatch(/2021/);
  });

  it("not for a question about the naming itself, nor with another name of it", () => {
    expect(ask("at which summit did the CSCE get its new name?").text).toMatch(/Budapest/);
    expect(ask("when did the CSCE become the OSCE").text).toMatch(/1995/);
  });
});

describe("names that do not limit a question", () => {
  it("guesses after a plural which-question are not a limit on the list", () => {
    const a = ask("which states have held the chair more than once? germany, italy...?");
    for (const c of ["Germany", "Italy", "Sweden", "Austria"]) expect(a.text).toContain(c);
  });

  it("a name said to be included is no filter on a count", () => {
    expect(ask("How many countries have chaired the OSCE twice or more, including Poland?").text).toMatch(/^7\b/);
  });
});

describe("a length of time from one named to another", () => {
  it("'how many years did X join after Y' is the years between", () => {
    const a = ask("How many years did Mongolia join after Estonia?");
    expect(a.text).toMatch(/^About 21 years .*apart/);
    // (The order said is corrected where it is wrong: Albania joined before Estonia.)
    expect(ask("How many years did Albania join after Estonia?").text).toMatch(/^Before, not after\. About 3 months apart/);
  });
});

describe("before or after, for the first time", () => {
  it("asks the order of the first turns, not which came first", () => {
    expect(ask("Did Austria chair before or after Poland for the first time?").text).toMatch(/^After: .*Austria held the 2000/);
  });
});

describe("the names a thing has had", () => {
  it("lists the names, not the places, however the names are asked", () => {
    for (const q of ["Name all the names the OSCE office in Kazakhstan has had.", "every name the OSCE office in Kazakhstan has had"]) {
      const a = ask(q);
      expect(a.text).toMatch(/Centre in Almaty/);
      expect(a.text).toMatch(/Programme Office in Nur-Sultan/);
    }
  });
});

describe("a person named for a post they did not hold", () => {
  it("the 'No' says the post they held then instead", () => {
    const a = ask("was Kubis the chairman-in-office in 2001?");
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/Ján Kubiš \(Slovakia\) was OSCE Secretary General/);
  });
});

describe("claims put up for checking", () => {
  it("a label and a colon put a claim up", () => {
    expect(ask("Statement: Sweden first chaired the OSCE in 2021.").text).toMatch(/^No\..*1993/);
  });

  it("'true or false' is answered in its own words", () => {
    expect(ask("True or false: the HCNM sits in The Hague.").text).toMatch(/^True\./);
    expect(ask("true or false - ODIHR is based in Vienna").text).toMatch(/^False\./);
  });

  it("'was first SG' without 'the' is the first of all", () => {
    const a = ask("copy says Greminger was first OSCE SG. correct?");
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/Höynck/);
  });

  it("'all of' a year in a check is the whole year", () => {
    expect(ask("Alfano was CiO all of 2018, yes?").text).toMatch(/^No, not all of 2018/);
  });
});

describe("a month of 'that year'", () => {
  it("is of the year the message named before", () => {
    const a = ask("finland chaired in 2008 right? and who was CiO in june that yr");
    expect(a.text).toMatch(/Stubb/);
    expect(a.text).not.toMatch(/Cassis/);
  });
});

describe("'the first X in N years'", () => {
  it("holds where the one before is at least that many years earlier", () => {
    const a = ask("Check: the 1999 Istanbul summit was the first OSCE summit in three years.");
    expect(a.text).toMatch(/^Yes: the one before was 3 years earlier\..*Lisbon/);
    expect(a.sources.length).toBeGreaterThan(0);
  });

  it("fails where one came sooner, and is no claim of another kind", () => {
    expect(ask("the Astana summit of 2010 was the first summit in 15 years, right?").text).toMatch(/^No: the one before was only 11 years earlier/);
    expect(ask("the Astana summit was the first ministerial council in 10 years").text).not.toMatch(/^(?:Yes|No)/);
  });
});

describe("firstInYearsClaimed", () => {
  it("reads the thing, its kind and the years, in digits or words", () => {
    expect(firstInYearsClaimed("'Astana summit 2010 was first osce summit in 11 years'")).toEqual({ thing: "Astana summit 2010", kind: "osce summit", years: 11 });
    expect(firstInYearsClaimed("The Astana Summit was the first OSCE summit in more than eleven years")?.years).toBe(11);
    expect(firstInYearsClaimed("was the Astana summit the first in 2010?")).toBeNull();
  });
});

describe("a guess taken back", () => {
  it("'X was Y? I mean who was it' asks X", () => {
    expect(ask("quick: 2016 CiO was Merkel? I mean who was it").text).toMatch(/Steinmeier/);
    expect(ask("2019 chair was austria? no wait, I mean which one actually").text).toMatch(/Slovakia/);
  });
});

describe("a country asked, a city answered", () => {
  it("says the country the city lies in", () => {
    expect(ask("which country hosted the 2013 ministerial council?").text).toMatch(/Kyiv is in Ukraine\./);
    expect(ask("in which country was the 2019 ministerial council held").text).toMatch(/Bratislava is in Slovakia\./);
    expect(ask("where was the 2019 ministerial council held").text).not.toMatch(/is in Slovakia/);
  });
});

describe("two readings that name the same person", () => {
  it("agree: no asking back", () => {
    const a = ask("who was in office as CiO in 2005");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Rupel/);
  });
});

describe("a pick before or after an event named by its kind and year", () => {
  it("dates 'the 2020 vacancy' and picks around it", () => {
    expect(ask("Who was the last SG before the 2020 vacancy?").text).toMatch(/Greminger/);
    // (After a state that is over: from its last day — Schmid began the day the vacancy ended.)
    expect(ask("who was the first SG after the 2020 vacancy").text).toMatch(/^Helga Maria Schmid/);
  });
});

describe("a telegraphic name and year asked with '?'", () => {
  it("asks the fact: no 'Yes:' where nothing is offered to confirm", () => {
    expect(ask("turnout in the 2011 kz presidential election?").text).not.toMatch(/^Yes/);
    expect(ask("Kurz was CiO in 2017?").text).toMatch(/^Yes\. Sebastian Kurz/);
  });
});

describe("what happened in the end", () => {
  it("'end up' asks what was done, never what was expected or bid for", () => {
    expect(ask("Did Kazakhstan end up chairing the OSCE in 2009?").text).not.toMatch(/^Yes/);
    expect(ask("did kazakhstan end up chairing in 2010").text).toMatch(/^Yes\. Kazakhstan held the 2010/);
  });

  it("'in office' is serving, not a field office", () => {
    expect(ask("Which Secretary General was in office when Kazakhstan chaired?").text).toMatch(/Perrin de Brichambaut/);
  });
});

describe("'how did …'", () => {
  it("is never answered yes or no", () => {
    expect(ask("How did Switzerland end up with the chair in 2026?").text).not.toMatch(/^Yes/);
    expect(ask("How did ODIHR assess the 2011 Kazakh presidential election?").status).toBe("answered");
  });
});

describe("a deed asked of a post holder", () => {
  it("'what did X do …' is not answered with the post X held", () => {
    expect(ask("what did Greminger do in his first week as SG").status).not.toBe("answered");
  });
});

describe("the holder after a time it changed within", () => {
  it("is the one that began then, not the next to begin later", () => {
    expect(ask("what was kazakhstan's capital after march 2019").text).toMatch(/Nur-Sultan was the capital/);
    expect(ask("who chaired after 2015").text).toMatch(/Germany held the 2016/);
  });
});

describe("a claim in the present tense", () => {
  it("is of now, whatever role the reading asks", () => {
    expect(ask("Helga Schmid is the OSCE Secretary General").text).toMatch(/^No\..*Sinirlio/);
  });
});

describe("small wordings", () => {
  it("'X was from?' asks X's country; 'the recent one' is the last", () => {
    expect(ask("zannier was from?").text).toMatch(/Italy/);
    expect(ask("austria osce chair year (the recent one)").text).toMatch(/^Austria held the 2017/);
  });
});
