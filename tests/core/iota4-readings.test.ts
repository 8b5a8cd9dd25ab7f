/**
 * Reading fixes of the iota4 round (issue 9), from the wrong answers of the theta4 sealed sets. Wordings
 * here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("a claim that a State became the n-th in a year", () => {
  it("is checked against the year it began, not a year it merely held", () => {
    const late = ask("our draft: mongolia was admitted as the 57th participating state in 2014 — fine?", NOW);
    expect(late.status).toBe("answered");
    expect(late.text).toMatch(/^No\b/);
    expect(late.text).toMatch(/2012/);
    const right = ask("mongolia was admitted as the 57th participating state in 2012 — fine?", NOW);
    expect(right.text).toMatch(/^Yes\b/);
  });

  it("still holds a state word in a later year", () => {
    // (Being the 57th is a state: in 2014 Mongolia still was.)
    const held = ask("was mongolia the 57th participating state in 2014?", NOW);
    expect(held.text).toMatch(/^Yes\b/);
  });
});

describe("a post asked at a year and at a meeting held in another year", () => {
  it("is not answered for the year alone", () => {
    const a = ask("who held the chairmanship in 2009 at the istanbul summit?", NOW);
    expect(a.status).toBe("unknown");
    expect(a.text).toMatch(/which time you mean/);
    expect(a.text).toMatch(/1999/);
  });

  it("is answered where the meeting is in the year", () => {
    const a = ask("who held the chairmanship in 2010 at the astana summit?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Kazakhstan/);
  });

  it("leaves an event's year sought to the meeting that dated it", () => {
    // ("the 2009 bid": the year sought, not the time of what happened at the Brussels Council.)
    const a = ask("what became of kazakhstan's 2009 bid at the brussels ministerial council in 2006?", NOW);
    expect(a.text).not.toMatch(/which time you mean/);
  });
});

describe("a name said where the asked role's slot is", () => {
  it("fills that role, and the other of its type is asked", () => {
    // ("became {to}": the name after it is the new name, so the old one is asked.)
    const a = ask("what name did the capital have just before it was renamed nur-sultan?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/from Astana to Nur-Sultan/);
    expect(a.text).not.toMatch(/from Nur-Sultan to Astana/);
  });
});

describe("the time since the one before or after a named one", () => {
  it("counts from that one, never from the named one", () => {
    const a = ask("how many years since the summit that came before lisbon?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Budapest/);
    expect(a.text).not.toMatch(/Lisbon/);
    const b = ask("how long since the summit after helsinki 1992?", NOW);
    expect(b.text).toMatch(/Budapest/);
  });
});

describe("a name the reporter's notes give after a who-question", () => {
  it("is a guess checked against the whole answer, never the question narrowed to it", () => {
    const a = ask("who was CiO in 2017? our notes say kneissl but not sure", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Kurz/);
    expect(a.text).toMatch(/Kneissl/);
  });
});

describe("the reporter's own belief after a question", () => {
  it("neither derails nor forces an abstention", () => {
    const a = ask("which country chaired in 2003? thought the dutch were meant to go later", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Netherlands/);
    const b = ask("who was CiO in 2017? i've got kurz but a colleague said kneissl", NOW);
    expect(b.status).toBe("answered");
    expect(b.text).toMatch(/Kurz/);
    expect(b.text).toMatch(/Kneissl/);
  });
});

describe("a source the reporter read, said in the plural", () => {
  it("is no word of the question", () => {
    const a = ask("which countries backed kazakhstan's bid (per dec 2006 press reports)?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Belgium/);
  });
});

describe("an event asked at a meeting", () => {
  it("is not answered with one done elsewhere, at another time", () => {
    const a = ask("what became of the decision on the 2009 chairmanship at the brussels ministerial council of 2006?", NOW);
    expect(a.status).toBe("unknown");
    expect(a.text).not.toMatch(/Madrid/);
  });

  it("is answered where one was done at the meeting", () => {
    const a = ask("what was decided on the 2011 chair at the madrid ministerial in 2007?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Lithuania/);
  });
});

describe("the highest of a label", () => {
  it("is never a ranking by a figure the question does not name", () => {
    const a = ask("which was the highest-numbered summit of the CSCE?", NOW);
    expect(a.text).not.toMatch(/^The highest states/);
    expect(a.text).not.toMatch(/Helsinki from 30 July/);
  });
});

describe("the year before or after a named one", () => {
  it("is every one that held that calendar year, not the one neighbour", () => {
    const a = ask("who held the CiO post the year after the netherlands?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Passy/);
    // (A year said with the named one dates it, not the one asked.)
    const b = ask("who was CiO the year after finland in 2008?", NOW);
    expect(b.text).toMatch(/Bakoyannis/);
    expect(b.text).toMatch(/Papandreou/);
    expect(b.text).not.toMatch(/Stubb/);
  });
});

describe("has been … since a time", () => {
  it("is held up to now: No where it ended, with who held it after", () => {
    const a = ask("greminger has been secretary general since 2017, correct?", NOW);
    expect(a.text).toMatch(/^No, not now\b/);
    expect(a.text).toMatch(/2020/);
    const b = ask("has tokayev been president since 2019?", NOW);
    expect(b.text).toMatch(/^Yes\b/);
  });

  it("is a state no event checks, and never a passive of an event or 'has there been'", () => {
    const a = ask("has the capital been named astana ever since 1998?", NOW);
    expect(a.text).not.toMatch(/^Yes\b/);
    const b = ask("has there been an OSCE summit since istanbul?", NOW);
    expect(b.text).toMatch(/^Yes\b/);
  });
});

describe("the reporter asking for the final figure, not the early one", () => {
  it("is a form of reply, no second question", () => {
    const a = ask("tokayev 2022 share? need the final CEC number, not the early one", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/81\.31/);
  });
});

describe("a claim that one never in a complete list was the first of a group", () => {
  it("is No, with the first that was", () => {
    const a = ask("draft says kyrgyzstan was the first central asian country to chair the OSCE — ok?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Kazakhstan/);
  });
});

describe("a count or list after an event said as a clause", () => {
  it("counts from the event's day, with a lower-case name or 'after'", () => {
    const a = ask("how many times has the capital been renamed after the move from almaty?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^3 times\b/);
  });
});

describe("the n-th person", () => {
  it("counts people, not facts: a re-election is no new person", () => {
    const a = ask("who was the second individual elected kazakh president?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Tokayev/);
    expect(a.text).not.toMatch(/1999/);
  });
});
