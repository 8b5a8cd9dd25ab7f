/**
 * Reading fixes of the lambda5 round (issue 9), from the lambda5 and older sealed sets' misses and
 * wrong answers. Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask, factsDirWith } from "../helpers/factdesk.js";
import { loadFactdesk } from "../../src/index.js";

const NOW = "2026-01-15";

describe("a bare 'before' after a question of now", () => {
  it("answers the part before with the one before today's holder, never today's again", () => {
    const a = ask("who holds the OSCE chair now, and who chaired before?", NOW);
    expect(a.text).toMatch(/Switzerland/);
    expect(a.text).toMatch(/Before Switzerland[^:]*: Finland/);
  });

  it("does the same for a post held by one person at a time", () => {
    const a = ask("who's the OSCE secretary general now and who was SG before?", NOW);
    expect(a.text).toMatch(/Sinirlio/);
    expect(a.text).toMatch(/Before Feridun[^:]*: Helga Maria Schmid/);
  });

  it("reads 'before now' as before whoever holds now", () => {
    const a = ask("which country chaired the OSCE before now?", NOW);
    expect(a.text).toMatch(/Finland/);
    expect(a.text).not.toMatch(/^Before[^.]*Switzerland held/);
  });

  it("keeps a context's event as what the order is after", () => {
    const a = ask("2003 maastricht MC — who became dutch FM right after?", NOW);
    expect(a.text).toMatch(/Bot/);
  });
});

describe("a word only a note explains, in a yes or no", () => {
  it("is never answered 'Yes' by a fact that says nothing of it", () => {
    const a = ask("did Greminger's term end in 2020, and was he renewed?", NOW);
    expect(a.text).not.toMatch(/^Yes\b/);
    expect(a.text).not.toMatch(/renewed\?? Yes/);
  });

  it("still answers it from the note that says it", () => {
    const a = ask("was Greminger's term renewed?", NOW);
    expect(a.text).toMatch(/^No\b/);
  });
});

describe("a month and two digits", () => {
  it("reads 'apr 04' as April 2004, never the 4th of this April", () => {
    const a = ask("kazakh deputy foreign minister in apr 04?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Abusaitov/);
  });

  it("reads a day and a month with a year after them as that day", () => {
    const a = ask("who was CiO on march 05, 2010?", NOW);
    expect(a.text).toMatch(/Saudabayev/);
  });
});

describe("a place the facts do not record", () => {
  it("gives the facts of its country that record no place, said as such", () => {
    const a = ask("the deputy foreign minister Passy talked to in Almaty, 2004?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^Not confirmed in Almaty \(no place recorded\)/);
    expect(a.text).toMatch(/Abusaitov/);
  });

  it("never gives them for a city of another country", () => {
    expect(ask("the deputy foreign minister Passy talked to in Tashkent, 2004?", NOW).status).not.toBe("answered");
  });
});

describe("the end of a name's time asked", () => {
  it("'until when' asks the end: never the day the name was given", () => {
    const a = ask("until when did the capital carry the name nur-sultan?", NOW);
    expect(a.text).toMatch(/September 2022/);
  });

  it("'between which years' asks the span, not a time between two", () => {
    const a = ask("between which years did Zannier serve as secretary general?", NOW);
    expect(a.text).toMatch(/2011/);
    expect(a.text).toMatch(/2017/);
    expect(a.text).not.toMatch(/apart/);
  });

  it("counts names held from the first, which no change made", () => {
    const a = ask("what was the third name of kazakhstan's capital?", NOW);
    expect(a.text).toMatch(/^Astana was the capital/);
  });
});

describe("a claim dated by the day its note gives", () => {
  it("is borne out by the note in the claim's own words", () => {
    const a = ask("the Centre in Astana was turned into a Programme Office by a Permanent Council decision in December 2014?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
    expect(a.text).toMatch(/18 December 2014/);
  });

  it("is still refuted at that time without them", () => {
    expect(ask("did the centre in astana become a programme office in december 2014?", NOW).text).toMatch(/^No\b/);
  });
});

describe("who said a verdict is no part of the claim", () => {
  it("answers 'No' where the verdict negates what the mission is asked to have found", () => {
    const a = ask("did the OSCE observer mission find Kazakhstan's 2007 Mazhilis vote met international standards?", NOW);
    expect(a.text).toMatch(/^No\b/);
  });

  it("never turns a bid's prose into 'No' where it says the words plainly elsewhere", () => {
    expect(ask("Was Kazakhstan's OSCE chairmanship originally sought for 2009?", NOW).text).not.toMatch(/^No\b/);
  });
});

describe("chatter words", () => {
  it("reads 'regarding' as 'about'", () => {
    const a = ask("what did Nazarbayev threaten in March 2012 regarding the OSCE?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/observer missions/);
  });

  it("reads a reporter's 'i hear' after the question as talk", () => {
    const a = ask("where was the 1998 ministerial? not warsaw i hear", NOW);
    expect(a.text).toMatch(/Oslo/);
  });
});

describe("a first claimed of a named one's list", () => {
  it("is refuted by the named one's own first where the place said never held it", () => {
    const a = ask("The CSCE Secretariat was first based in Warsaw?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Prague/);
    expect(a.text).not.toMatch(/ODIHR/);
  });

  it("is borne out by it", () => {
    expect(ask("was the CSCE secretariat first based in prague?", NOW).text).toMatch(/^Yes\b/);
  });
});

describe("a guess after the question", () => {
  it("is confirmed after a dash where the question word does not lead", () => {
    const a = ask("finland's 2025 chair was agreed at which ministerial — Stockholm 2021?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
    expect(a.text).toMatch(/Stockholm/);
  });

  it("is never confirmed by a year only a note or a refutation says", () => {
    expect(ask("which year did kazakhstan chair? 2009?", NOW).text).not.toMatch(/^Yes\b/);
    expect(ask("kazakhstan chaired in which year — 2009?", NOW).text).not.toMatch(/^Yes\b/);
  });
});

describe("a term dated by the election named (dated_by)", () => {
  it("is the term in force on the election's day, never the other rule of that year", () => {
    const a = ask("how long a term did Tokayev win in 2022?", NOW);
    expect(a.text).toMatch(/^On 20 November 2022 \(Presidential elections\): Kazakhstan.s presidential term has been 7 years/);
    expect(a.text).not.toMatch(/5 years/);
    expect(a.text).not.toMatch(/Secretary General/);
  });

  it("dates the term of an earlier win by its own election", () => {
    const a = ask("nazarbayev's win in 2011: how long was the term?", NOW);
    expect(a.text).toMatch(/5 years/);
    expect(a.text).toMatch(/3 April 2011/);
  });

  it("leaves a year with no election of the person named undated", () => {
    const a = ask("how long a term did Tokayev win in 2021?", NOW);
    expect(a.text).not.toMatch(/7 years \(a single term only\) since 17 September 2022/);
  });

  it("asks a figure of the election, never a date for the term, where the figure is named", () => {
    expect(ask("tokayev's % in 2022 and how long is the term now", NOW).text).toMatch(/81\.31%/);
  });
});

describe("a curator's dated_by, with no code", () => {
  const files = {
    "rules.yaml": `
relation:
  id: mandate_rule
  name: Mandate rules
  about: How long a mandate lasts.
  cues: [term_length]
  dated_by: [ballot]
  roles:
    years: { type: number, main: true }
  time: states
  say: "a mandate was {years} years {when}"
  patterns:
    - "how long is a mandate in {time}"
facts:
  - { id: r1, years: 4, valid: { from: 2000-01-01, to: 2010-06-30 }, checked: 2026-11-23, sources: [{ publisher: OSCE, title: T, date: 2010-06-30, url: "https://www.osce.org/x" }] }
  - { id: r2, years: 6, valid: { from: 2010-06-30 }, checked: 2026-11-23, sources: [{ publisher: OSCE, title: T, date: 2010-06-30, url: "https://www.osce.org/x" }] }
`,
    "ballots.yaml": `
relation:
  id: ballot
  name: Ballots
  about: Who won a ballot.
  cues: [election, win]
  roles:
    winner: { type: person, main: true }
  time: events
  say: "{winner} won the ballot {when}"
  patterns:
    - "who won the ballot in {time}"
facts:
  - { id: b1, winner: jane_roe, valid: 2010-11-07, checked: 2026-11-23, sources: [{ publisher: OSCE, title: T, date: 2010-11-08, url: "https://www.osce.org/y" }] }
`,
    "people.yaml": `
entities:
  - { id: jane_roe, type: person, name: Jane Roe, aliases: [Roe] }
`,
  };

  it("dates the question by the ballot's day", () => {
    const desk = loadFactdesk({ factsDir: factsDirWith(files) });
    const a = desk.answer("how long was the term Roe won in 2010?", { now: new Date(`${NOW}T12:00:00Z`) });
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/6 years/);
    expect(a.text).not.toMatch(/4 years/);
  });
});

describe("an observation mission's words", () => {
  it("reads 'pres election' and 'short-term observers' of the mission that had them", () => {
    const a = ask("kaz pres vote 2005 — who co-ordinated the short-term observers?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^Bruce George/);
  });

  it("never answers who the CiO was with a mission's leader", () => {
    const a = ask("who was CiO during kazakhstan's 2005 presidential vote?", NOW);
    expect(a.text).not.toMatch(/Bruce George|Glover/);
  });
});

describe("a meeting of the year said in a city that held another", () => {
  it("corrects the place with the year's own and the city's own", () => {
    const a = ask("what were the dates of the 2025 Council in Helsinki?", NOW);
    expect(a.text).toMatch(/^Not in Helsinki: The 32nd OSCE Ministerial Council met in Vienna/);
    expect(a.text).toMatch(/Helsinki on 4-5 December 2008/);
  });

  it("stays unknown for a city that never held one", () => {
    expect(ask("who chaired the 2013 ministerial in Almaty?", NOW).status).not.toBe("answered");
  });

  it("refutes a premise with it, before the question's answer", () => {
    const a = ask("Since the 2016 Ministerial Council met in Berlin, who chaired that year?", NOW);
    expect(a.text).toMatch(/^Your premise: Not in Berlin/);
    expect(a.text).toMatch(/Hamburg/);
  });

  it("is never joined as if it held there", () => {
    expect(ask("Which Finnish minister opened the 2025 Council in Helsinki?", NOW).text).not.toMatch(/Stubb/);
  });
});

describe("where the reporter says the question starts", () => {
  it("leaves the talk before 'what I need is:' out, its year too", () => {
    const a = ask("the desk asked me about 2013 earlier, but what I need is: who chaired the OSCE in 2021?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^Sweden/);
    expect(a.text).not.toMatch(/only answer part/);
  });
});

describe("a guess stressed after the question", () => {
  it("is the reporter's guess at the answer, never a part asked of its own", () => {
    const a = ask("who held the CiO post in 2020? the PM himself?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^Edi Rama/);
    expect(a.text).not.toMatch(/only answer part/);
  });
});
