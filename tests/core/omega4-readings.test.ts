/**
 * Reading fixes of the omega4 round (issue 9), from the misses the chi4 round left open and from the
 * omega4 sealed sets. Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("a part that says only another year", () => {
  it("asks the part before it again, at that year", () => {
    const a = ask("SG 2012 + 2018 names pls", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Zannier/);
    expect(a.text).toMatch(/Greminger/);
  });

  it("after a when-question that said no year, a year alone is a guess, never asked again", () => {
    const a = ask("when did finland chair? 2008?", NOW);
    expect(a.text).not.toMatch(/Kanerva.*Stubb.*Kanerva/s);
    expect(a.text).toMatch(/2008/);
  });
});

describe("a part asking the length of a term", () => {
  it("is answered by the term the other part's one fact states", () => {
    const a = ask("when was the post of secretary general created, and how long is a term?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/1992/);
    expect(a.text).toMatch(/three-year term/);
    expect(a.text).not.toMatch(/don't know/);
  });
});

describe("a topic said before the question", () => {
  it("'<name> year — <question>' answers the question, never 'I don't know the first part'", () => {
    const a = ask("kurz year — where was the ministerial", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Vienna/);
    expect(a.text).not.toMatch(/first part/);
  });

  it("a topic that is a question of its own is still answered as one", () => {
    const a = ask("bulgaria's OSCE year — which one was it?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/2004/);
  });
});

describe("an ordinal the context says of its subject", () => {
  it("'<year> chair was <country>'s first' picks no first holder: both CiOs of the year are named", () => {
    const a = ask("2008 chairmanship was finland's second — who held the CiO post?", NOW);
    expect(a.text).toMatch(/Kanerva/);
    expect(a.text).toMatch(/Stubb/);
  });
});

describe("the length of a term, asked of an event", () => {
  it("is no length of the event itself: the post's creation took no 'term'", () => {
    const a = ask("how long was the SG term when the post was set up in 1992?", NOW);
    expect(a.text).not.toMatch(/about 2 days/);
  });

  it("an event's own length is still answered", () => {
    const a = ask("how long did the istanbul summit last?", NOW);
    expect(a.text).toMatch(/2 days/);
  });
});

describe("the informal ministerial", () => {
  it("a word only a note of another kind of fact says never makes that kind the answer: no 'None in 2010'", () => {
    const a = ask("the informal ministerial ahead of the 2010 summit — which city?", NOW);
    expect(a.text).not.toMatch(/^None in 2010/);
  });

  it("is answered where Kazakhstan, its chair, is named", () => {
    const a = ask("where did the kazakh chairmanship's informal meeting of foreign ministers take place?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Almaty/);
  });
});

describe("a time asked that holds a term and a vacancy", () => {
  it("says the post was vacant between the terms, never two terms as if one followed the other", () => {
    const a = ask("name the OSCE secretary general(s) of 2020", NOW);
    expect(a.text).toMatch(/Greminger/);
    expect(a.text).toMatch(/Schmid/);
    expect(a.text).toMatch(/the post was vacant/);
  });

  it("a time wholly within one term says no vacancy", () => {
    const a = ask("name the OSCE secretary general of 2019", NOW);
    expect(a.text).toMatch(/Greminger/);
    expect(a.text).not.toMatch(/Between .* the post was vacant/);
  });

  it("a post held by several at once, or per institution, is never said vacant: a chairmanship's two CiOs follow each other", () => {
    const a = ask("name the OSCE CiOs of 2018", NOW);
    expect(a.text).toMatch(/Alfano/);
    expect(a.text).not.toMatch(/vacant/);
  });
});

describe("the reporter's own words around the question", () => {
  it("'careful' and 'whatever' are the reporter's, no part of what is asked", () => {
    expect(ask("2000 CiO? careful, it changed early that year", NOW).text).toMatch(/Ferrero-Waldner/);
    expect(ask("which city hosted the 2013 ministerial? kyiv/kiev, whatever spelling", NOW).text).toMatch(/Kyiv/);
  });

  it("'again' after the question word is 'remind me', never a turn to come", () => {
    const a = ask("odihr is based where again?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Warsaw/);
  });

  it("'again' of a turn still asks of one to come", () => {
    expect(ask("when is Malta chairing again?", NOW).status).not.toBe("answered");
  });
});

describe("two question words, each with its own verb", () => {
  it("'<verb> what year and where's it <verb>' asks two questions, each answered", () => {
    const a = ask("HCNM - set up what year and where is it based?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/1992/);
    expect(a.text).toMatch(/Hague/);
  });
});

describe("two readings of who came next that name the same person", () => {
  it("agree: 'who took over from Schmid' names Sinirlioğlu, never 'that could mean two things'", () => {
    const a = ask("who replaced helga schmid?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Sinirlio/);
  });

  it("readings that name different people still ask back", () => {
    const a = ask("who succeeded nazarbayev?", NOW);
    expect(a.status).not.toBe("answered");
  });
});

describe("two two-digit counts of a range", () => {
  it("'from 55 to 56 pS' are counts, never the year 1955", () => {
    const a = ask("when did the osce go from 55 to 56 pS?", NOW);
    expect(a.text).toMatch(/2006/);
    expect(a.text).not.toMatch(/1955/);
  });
});

describe("how a threat or a speech is put", () => {
  it("'turn away', 'kick out', 'throw out' observers is a threat to refuse them", () => {
    for (const q of ["when did nazarbayev threaten to throw out OSCE election observers?", "when did nazarbayev warn he would turn away OSCE observers?"]) {
      const a = ask(q, NOW);
      expect(a.status, q).toBe("answered");
      expect(a.text, q).toMatch(/2012/);
    }
  });

  it("where someone was speaking is where the statement was made", () => {
    const a = ask("where was rupel speaking from when he commented on the 2005 kazakh vote?", NOW);
    expect(a.text).toMatch(/Ljubljana/);
  });

  it("a language spoken is no statement", () => {
    expect(ask("does nazarbayev speak german?", NOW).status).not.toBe("answered");
  });
});

describe("a question, then the reporter's start of its answer left open", () => {
  it("'<question>? <name> and…?' is completed by the question's answer where it names the one started", () => {
    const a = ask("dutch CiO(s) of 2003? de hoop scheffer and...?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Bot/);
  });

  it("a start the answer does not name is left unknown", () => {
    expect(ask("dutch CiO(s) of 2003? kanerva and...?", NOW).status).not.toBe("answered");
  });
});

describe("two places offered after a question with no question word", () => {
  it("asks where: the one of the two it is", () => {
    const a = ask("ODIHR office — vienna or warsaw?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Warsaw/);
  });
});

describe("'still' at the end of a year", () => {
  it("is its last day: a CiO who left on 3 December was not still in office", () => {
    const a = ask("was de hoop scheffer still the CiO at the end of 2003?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Bot/);
  });

  it("one in office to 31 December was", () => {
    expect(ask("was saudabayev still the CiO at the end of 2010?", NOW).text).toMatch(/^Yes\b/);
  });
});

describe("a figure asked by a part that names nothing", () => {
  it("is the figure the other part's one fact states", () => {
    const a = ask("who won the 2011 kazakh presidential election & with what %?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/95\.5/);
    expect(a.text).not.toMatch(/second part/);
  });
});

describe("the city that hosts a body", () => {
  it("is its seat", () => {
    const a = ask("what city hosts ODIHR these days?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Warsaw/);
  });
});

describe("a lead-in saying what the reporter is writing", () => {
  it("may name anything: the question after its colon is answered", () => {
    const a = ask("prepping a dutch/finnish explainer: who was CiO in 2003 and who in 2008?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Scheffer/);
    expect(a.text).toMatch(/Stubb/);
  });
});

describe("'quitting' a post", () => {
  it("is its end", () => {
    const a = ask("when did nazarbayev say he was quitting as president?", NOW);
    expect(a.text).toMatch(/March 2019/);
  });
});

describe("a name held, asked from when to when", () => {
  it("gives the renaming that gave it and the one that gave it up", () => {
    const a = ask("from what year to what year was kazakhstan's capital named nur-sultan?", NOW);
    expect(a.text).toMatch(/2019/);
    expect(a.text).toMatch(/2022/);
  });

  it("a clause of time before the name is dated by the renaming alone", () => {
    expect(ask("which city hosted the 2010 summit, before the capital was called nur-sultan?", NOW).text).toMatch(/Astana/);
  });
});
