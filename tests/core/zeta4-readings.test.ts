/**
 * Reading fixes of the zeta4 round (issue 9). Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { readTimes } from "../../src/time/parse-time.js";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";
const at = (text: string) => readTimes(text, new Date(`${NOW}T00:00:00Z`)).times.map((t) => t.label);

describe("a part of 'the year' said beside a year", () => {
  it("is of that year, before or after it, and narrows a month of it that holds the part", () => {
    expect(at("in december 2003, who held it at the very end of the year?")).toEqual(["31 December 2003"]);
    expect(at("who held it at the very end of the year, december 2003")).toEqual(["31 December 2003"]);
    expect(at("2008 — who chaired at the start of that year?")).toEqual(["January 2008"]);
  });

  it("is no time at all where no year is said (never the reference year's)", () => {
    expect(at("who was it at the end of the year?")).toEqual([]);
  });

  it("answers a check at the very end of the year from the one holding then", () => {
    const a = ask("CiO in december 2017 — was it still Kurz at the very end of the year?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Kneissl/);
  });
});

describe("a name the capital carried", () => {
  it("is the capital under that name: how long it carried it", () => {
    const a = ask("for how long did kazakhstan's capital bear the name Akmola?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Akmola/);
    expect(a.text).toMatch(/5 months/);
  });
});

describe("a place the question says the answer lies in, where it does not", () => {
  it("is corrected with the one place of the time asked: 'not in …'", () => {
    const a = ask("which Swedish city hosted the 2023 ministerial council?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^Not in Sweden: /);
    expect(a.text).toMatch(/Skopje/);
  });

  it("is still a filter where the place holds one", () => {
    const a = ask("which German city hosted the 2016 ministerial council?", NOW);
    expect(a.text).toMatch(/Hamburg/);
    expect(a.text).not.toMatch(/^Not in/);
  });
});

describe("a premise or a context said before a question", () => {
  it("gives 'that year' to a question naming its own things, and nothing else", () => {
    const a = ask("As Poland chaired in 1998, was that year's ministerial council in Warsaw?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Oslo/);
  });

  it("'that year' of an event said before is its year, never its first day", () => {
    const a = ask("Kazakhstan chaired in 2010 — did Astana host an OSCE summit that year?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
    expect(a.text).toMatch(/Astana/);
  });

  it("', so' starts a question of its own, never one clause asking both years", () => {
    const a = ask("Poland chaired in 1998, so who chaired in 1999?", NOW);
    expect(a.text).not.toMatch(/Poland held/);
    expect(a.text).not.toMatch(/Geremek/);
  });
});

describe("a clause of time said with 'did' and 'right'", () => {
  it("is dated by the main part's verb: 'the year right after Ireland did'", () => {
    const wrong = ask("Ukraine chaired the OSCE the year right after Ireland did.", NOW);
    expect(wrong.text).toMatch(/^Yes\b/);
    const claim = ask("Ireland chaired the OSCE the year just after Ukraine did.", NOW);
    expect(claim.text).toMatch(/^No\b/);
  });
});

describe("chatter words", () => {
  it("'tonights' is tonight's, and 'spelling fine' says how the answer may be written", () => {
    expect(ask("current CiO for tonights bulletin", "2018-10-01").text).toMatch(/Moavero/);
    expect(ask("2022 ministerial city? (local spelling fine)", NOW).text).toMatch(/Łódź/);
    expect(ask("2013 ministerial city (Kiev or Kyiv per our style guide, both fine)", NOW).text).toMatch(/Kyiv/);
    expect(ask("who chaired in 2012? need it for the anniversary graphic", NOW).text).toMatch(/Ireland/);
  });
});

describe("'the current …' of a post", () => {
  it("is the one who holds it now, asked of by name", () => {
    const a = ask("in which city was the current secretary general appointed?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Sinirlio/);
    expect(a.text).toMatch(/Malta/);
    expect(a.text).not.toMatch(/Schmid/);
  });

  it("is left as said where the question asks who holds it, or says 'former/current'", () => {
    expect(ask("who is the current secretary general?", NOW).text).toMatch(/Sinirlio/);
    expect(ask("zannier - which country is the former/current SG from?", NOW).text).toMatch(/Italy/);
  });
});

describe("a reappointment", () => {
  it("is a second term: a first appointment never answers it Yes", () => {
    const a = ask("was Teresa Ribeiro reappointed?", NOW);
    expect(a.text).not.toMatch(/^Yes\b/);
    expect(ask("where was Jan Kubis reappointed?", NOW).text).toMatch(/Bucharest/);
  });
});

describe("an order said of the organisation itself", () => {
  it("('before the OSCE') is no order of the post's holders", () => {
    expect(ask("what did Lamberto Zannier do before the OSCE?", NOW).status).toBe("unknown");
  });
});

describe("two statements joined, with one tag", () => {
  it("checks each of them", () => {
    const a = ask("Greece chaired in 2009 and Finland chaired in 2008, right?", NOW);
    expect(a.text).toMatch(/Greece held the 2009/);
    expect(a.text).toMatch(/Finland held the 2008/);
    expect(a.text).toMatch(/^Yes\b/);
  });
});

describe("a length of half a year more", () => {
  it("is said in years and months and as reporters write it", () => {
    const a = ask("how long was Nur-Sultan the capital?", NOW);
    expect(a.text).toMatch(/3 years and 6 months \(3\.5 years\)/);
  });
});

describe("the one asked inside a clause of time", () => {
  it("'X after Y vetoed whom?' is asked as who Y vetoed before X", () => {
    for (const q of ["Zannier became Secretary General after Turkey vetoed whom?", "zannier took the SG post after türkiye vetoed someone — who?"]) {
      const a = ask(q, NOW);
      expect(a.status, q).toBe("answered");
      expect(a.text, q).toMatch(/Plassnik/);
    }
  });

  it("'who became X after <event>' is the first to take the post after it; after a year, every one", () => {
    expect(ask("who became OSCE Secretary General after Türkiye vetoed Plassnik?", NOW).text).toMatch(/^After [^:]+: Lamberto Zannier/);
    const afterYear = ask("who became SG after 2011?", NOW).text;
    expect(afterYear).not.toMatch(/Zannier/);
    expect(afterYear).toMatch(/Greminger/);
  });
});

describe("'which country' asked with a person named", () => {
  it("is the country that acted where a reading explains the verb, the person's own otherwise", () => {
    expect(ask("which country vetoed Plassnik as Secretary General?", NOW).text).toMatch(/^Türkiye vetoed/);
    expect(ask("Lamberto Zannier - which country?", NOW).text).toMatch(/Italy/);
  });
});
