/**
 * Reading fixes found by the lambda and earlier sets (issue 9): a post named alone asks its holder,
 * holidays are days, the reporter's sign-off is no question, and "which <word>" asks for that kind of thing.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("a post named without a question word asks who held it", () => {
  it("at the time given", () => {
    expect(ask("OSCE PA president 2015").text).toMatch(/^Ilkka Kanerva .*President of the OSCE Parliamentary Assembly/);
    expect(ask("President of the OSCE PA in 2015?").text).toMatch(/Kanerva/);
  });

  it("not an institution, which has no holder to ask for", () => {
    // (The HCNM is an institution: "how long is its term of office" is not how long it has had its seat.)
    expect(ask("how long is the HCNM's term of office").status).toBe("unknown");
  });
});

describe("holidays are days of their year", () => {
  it("Christmas (Day, Eve) and New Year's Eve with a year", () => {
    expect(ask("who was osce cio on christmas day 2017").text).toMatch(/^Karin Kneissl/);
    expect(ask("Who was OSCE Chairman-in-Office on Christmas Eve 2003?").text).toMatch(/^Ben Bot/);
    expect(ask("Who chaired the CSCE around Christmas 1992?").text).toMatch(/Ugglas/);
  });

  it("without a year, no day is guessed", () => {
    expect(ask("who was CiO at christmas").status).toBe("unknown");
  });
});

describe("the reporter's sign-off asks nothing", () => {
  it("'going to print' is no question about the future", () => {
    expect(ask("Kubis SG from when to when — going to print shortly").text).toMatch(/Kubiš .*1999 to June 2005/);
    expect(ask("SG in 2003? — going to print shortly").text).toMatch(/^Ján Kubiš/);
  });

  it("nor is 'next one:' before the question", () => {
    expect(ask("ok next one: original seat of the CSCE secretariat in 1991?").text).toMatch(/^The OSCE Secretariat was based in Prague/);
  });
});

describe("'which <word>' asks for that kind of thing", () => {
  it("a word only a relation's fact texts use is not what its names answer", () => {
    expect(ask("which document formally institutionalized the CiO post").status).toBe("unknown");
  });

  it("a word the lexicon knows after it is the noun asked", () => {
    expect(ask("What new post did the 1992 Helsinki summit create?").text).toMatch(/High Commissioner on National Minorities/);
  });

  it("plural abbreviations are read like the singular", () => {
    expect(ask("how many MCs have been held in vienna?").text).toMatch(/^3 times/);
  });
});

describe("first and last of the named one's own", () => {
  it("'the first Finnish chairmanship' is Finland's first, not the first of all", () => {
    expect(ask("was 2008 the first finnish chairmanship").text).toMatch(/^Yes\. Finland held the 2008/);
    expect(ask("Was 2014 the last Swiss chairmanship?").text).toMatch(/^No\. Switzerland held the 2026/);
  });

  it("a name in another role still picks among the others named", () => {
    expect(ask("was Schmid the first German Secretary General?").text).toMatch(/^No\. Wilhelm Höynck/);
  });
});

describe("how often something happened, as the question says it", () => {
  it("'twice', 'exactly twice', 'more than twice' are checked against the count", () => {
    expect(ask("Switzerland has chaired the OSCE exactly twice.").text).toMatch(/^No, 3 times: Switzerland \(1996, 2014 and 2026\)/);
    expect(ask("has switzerland chaired twice?").text).toMatch(/^Yes, 3 times/);
    expect(ask("has austria chaired more than twice").text).toMatch(/^No, twice/);
    expect(ask("has austria chaired at least twice").text).toMatch(/^Yes: Austria \(2000 and 2017\)/);
  });

  it("and pick the ones listed", () => {
    expect(ask("which countries chaired more than twice").text).toMatch(/^3 times or more: Switzerland \(1996, 2014 and 2026\)\.$/);
    expect(ask("which countries have chaired exactly twice").text).not.toMatch(/Switzerland/);
  });
});

describe("a fact without the thing asked does not answer", () => {
  it("'which country is X from' of a fact that names no country", () => {
    // (The appointment names no country and never answers; the institution's heads, which name his, do —
    // see chi4-readings.test.ts, "a reading that knows every name but has no fact of them together".)
    const a = ask("which country is the HCNM appointed in 2020 from");
    expect(a.text).not.toMatch(/^Kairat Abdrakhmanov was appointed/);
    expect(a.text).toMatch(/Abdrakhmanov \(Kazakhstan\)/);
  });
});

describe("a deadline's minutes are no year", () => {
  it("'(need it in 10)', 'filing in 20' date nothing; 'back in 96' still does", () => {
    expect(ask("one more: dublin ministerial year (need it in 10)").text).toMatch(/Dublin on 6-7 December 2012/);
    expect(ask("re the kazakh story — when did the capital move from almaty (need it in 10)").text).toMatch(/10 December 1997/);
    expect(ask("swiss CiO back in 96, name? need spelling").text).toMatch(/Cotti/);
  });
});

describe("a name as written beats one gathered from scattered words", () => {
  it("'the astana centre' is the Centre in Astana, not the Programme Office whose words also occur", () => {
    expect(ask("when did the astana centre become a programme office?").text).toMatch(/Centre in Astana was renamed the OSCE Programme Office in Astana on 1 January 2015/);
  });
});

describe("'which region' asks a world region", () => {
  it("of a field operation, and of nothing that has none", () => {
    expect(ask("Which region is the OSCE Mission to Moldova in?").text).toMatch(/Eastern Europe/);
    expect(ask("Which region was the 2011 strike in?").status).toBe("unknown");
  });
});

describe("a telegraphic claim that offers a name after 'was' asks whether it is the one", () => {
  it("answers yes or no", () => {
    expect(ask("CiO 2010 was Marat Tazhin?").text).toMatch(/^No\. .*Kanat Saudabayev/);
    expect(ask("CiO 2010 was Kanat Saudabayev?").text).toMatch(/^Yes\. Kanat Saudabayev/);
  });

  it("a question word still asks", () => {
    expect(ask("who was Kanat Saudabayev?").text).not.toMatch(/^(Yes|No)\b/);
  });
});

describe("small things the mu sets showed", () => {
  it("'pct' is a share", () => {
    expect(ask("wire copy: Amanat 53.9 pct in the 2023 mazhilis vote. confirm?").text).toMatch(/^Yes\. Amanat won 53\.90%/);
  });

  it("'the first time X did' is X's own first", () => {
    expect(ask("was 2008 the first time finland chaired").text).toMatch(/^Yes\. Finland held the 2008/);
    expect(ask("was 2025 the first time finland chaired").text).toMatch(/^No\. Finland held the 2008/);
  });

  it("a little word in capitals after the first is an acronym, not a second question word", () => {
    expect(ask("who's the WHO director-general").status).toBe("unknown");
    expect(ask("WHO CHAIRED THE OSCE IN 2010").text).toMatch(/Kazakhstan held the 2010/);
  });
});

describe("'counting the current one' includes the present holder", () => {
  it("and does not narrow a count to today", () => {
    expect(ask("How many Secretaries General has the OSCE had, counting the current one?").text).toMatch(/^8 Secretaries General: Wilhelm Höynck/);
  });
});
