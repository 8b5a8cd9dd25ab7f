/**
 * Reading fixes of the omicron4 round (issue 9), from the wrong answers and misses of the omicron4 and pi4
 * sealed sets. Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("a claim of a post names the post: another post held is no Yes", () => {
  it("an institution said by its short name, of a person appointed to another post", () => {
    const a = ask("did the Tirana council appoint Helga Schmid as HCNM?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Secretary General/);
  });

  it("a title said by its short form or written out, of a person appointed to another post", () => {
    for (const q of ["was Kairat Abdrakhmanov appointed SG in 2020?", "Kairat Abdrakhmanov was appointed secretary general, correct?"]) {
      const a = ask(q, NOW);
      expect(a.text, q).not.toMatch(/^Yes\b/);
    }
  });

  it("the post said is still a Yes where it is the one held", () => {
    const a = ask("was Helga Schmid appointed secretary general at Tirana in 2020?", NOW);
    expect(a.text).not.toMatch(/^No\b/);
    expect(a.text).toMatch(/Schmid/);
  });

  it("a choice between two posts is answered by the one held", () => {
    const a = ask("was Abdrakhmanov made High Commissioner on National Minorities or Secretary General?", NOW);
    expect(a.text).toMatch(/High Commissioner on National Minorities/);
  });

  it("a word said as any concept is no post: a claim about observers still stands", () => {
    const a = ask("ODIHR sent some 460 observers from 43 states for Kazakhstan's December 2005 vote, correct?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
  });
});

describe("a later part asking how long is asked, never dropped", () => {
  it("after a checked figure, the length asked is said unanswered rather than lost", () => {
    const a = ask("tokayev got 81.31 in 2022 yes? how long was that term then", NOW);
    expect(a.status).toBe("unknown");
    expect(a.text).toMatch(/only answer part/);
  });

  it("where the fact answered says the length, that fact answers both", () => {
    const a = ask("when was Nazarbayev sworn in after the April 2011 election? how long a term", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/five-year term/);
    expect(a.text).not.toMatch(/only answer part/);
  });

  it("one question about the time between two things is never split in two", () => {
    const a = ask("How long was it between Switzerland's 1996 and 2014 chairmanships?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/18 years/);
  });
});

describe("the name of the value asked is asked by the words before 'name'", () => {
  it("a telegraphic 'name of the … adopted at …' gives the document, as 'what's the name of …' does", () => {
    for (const q of ["name of the document the Istanbul summit adopted?", "what's the name of the document adopted at the Istanbul summit?"]) {
      const a = ask(q, NOW);
      expect(a.status, q).toBe("answered");
      expect(a.text, q).toMatch(/Charter for European Security/);
    }
  });
});

describe("the reporter's remarks after a question are no second question", () => {
  it("a bracket that mentions a colleague", () => {
    const a = ask("who won the 2022 presidential election in kaz and with what share (need it for @sam's graf)", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/81\.31/);
    expect(a.text).not.toMatch(/only answer part/);
  });

  it("a source's figure said to be fine", () => {
    const a = ask("how many were injured in the zhanaozen clashes in december 2011? the reuters number is ok", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).not.toMatch(/only answer part/);
  });

  it("a tag asking whether a figure is the final official one is part of the claim", () => {
    const a = ask("draft has Tokayev at 70.76% in 2019 - is that the final official figure?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/70\.96/);
  });

  it("'who were they' after a count is answered by the names the count gave", () => {
    const a = ask("how many people were OSCE Chairperson-in-Office in 2008, and who were they?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Kanerva/);
    expect(a.text).toMatch(/Stubb/);
  });
});

describe("a remark that the holder changed, after the question, asks nothing more", () => {
  it("'… ? think there was a switch' and '… ? both if there were two' leave the year's holders", () => {
    for (const q of ["CiO for 2009? think there was a switch", "who was CiO in 1994? both if there were two"]) {
      const a = ask(q, NOW);
      expect(a.status, q).toBe("answered");
      expect(a.text, q).not.toMatch(/yes or no|only answer part/);
    }
  });
});

describe("a list 'from the first one to today' is every one", () => {
  it("never today's holder alone, nor the first", () => {
    const a = ask("give me every OSCE Chairperson-in-Office, from the first one to today", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Genscher/);
    expect(a.text).toMatch(/Cassis/);
  });

  it("'today' alone still asks of today", () => {
    const a = ask("who is the OSCE Secretary General today?", NOW);
    expect(a.text).toMatch(/Sinirlio/);
    expect(a.text).not.toMatch(/Höynck/);
  });
});

describe("a date offered after a lead-in that asks for it, with a tag, is checked", () => {
  it("'<meeting> dates: <days>, yes?' gives a verdict either way", () => {
    expect(ask("istanbul summit dates: 18-19 nov 1999, correct?", NOW).text).toMatch(/^Yes\b/);
    expect(ask("istanbul summit dates: 20-21 nov 1999, yeah?", NOW).text).toMatch(/^No\b/);
  });
});
