/**
 * Reading fixes of the eta4 round (issue 9). Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { offeredPair } from "../../src/answer/offered-pair.js";
import { buildCoreState } from "../../src/core-state.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { loadFactTable } from "../../src/facts/load.js";
import { parseQuestion } from "../../src/understand/parse-question.js";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("a question, then two names offered as its answer", () => {
  it("is the question asked alone, answered where its answer names one of the two", () => {
    const seat = ask("ODIHR headquarters — vienna or warsaw?", NOW);
    expect(seat.status).toBe("answered");
    expect(seat.text).toMatch(/Warsaw/);
    const cio = ask("who was the Swiss CiO in 2014? burkhalter or cassis", NOW);
    expect(cio.status).toBe("answered");
    expect(cio.text).toMatch(/Burkhalter/);
    expect(cio.text).not.toMatch(/Cassis/);
  });

  it("keeps the reporter's talk after the names out of the question", () => {
    const a = ask("MC 2019 host city: bratislava or vienna, can't recall", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Bratislava/);
  });
});

describe("offeredPair", () => {
  const { vocab } = buildCoreState(loadFactTable(defaultFactsDir()).table);
  const read = (t: string) => parseQuestion(t, new Date(`${NOW}T00:00:00Z`), vocab);

  it("splits off two names of one kind after the question's last break", () => {
    const pair = offeredPair("ODIHR headquarters — vienna or warsaw?", read);
    expect(pair?.question).toBe("ODIHR headquarters?");
    expect(pair?.names.map((e) => e.name)).toEqual(["Vienna", "Warsaw"]);
  });

  it("offers nothing where the two are not one kind of name, or no question comes before them", () => {
    expect(offeredPair("ODIHR headquarters — vienna or 2010?", read)).toBeNull();
    expect(offeredPair("which city hosted: vienna or switzerland?", read)).toBeNull();
    expect(offeredPair("vienna or warsaw?", read)).toBeNull();
  });
});

describe("'was A before or after B?'", () => {
  it("says which, of A, with both dated in the order they happened", () => {
    const a = ask("Did the Istanbul summit happen before or after the Oslo Ministerial Council?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^After\. First: .*Oslo.* Then: .*Istanbul/);
    const b = ask("was the Oslo ministerial before or after the Istanbul summit?", NOW);
    expect(b.text).toMatch(/^Before\. First: .*Oslo/);
  });
});

describe("people offered by name, compared by how long each held what is asked", () => {
  it("picks the one who held it longer in the year said, with each one's time and facts", () => {
    const a = ask("who held the CiO post for a larger share of 2003, Ben Bot or de Hoop Scheffer?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^Jaap de Hoop Scheffer, for longer in 2003: about 11 months \(Ben Bot, about 29 days\)/);
    expect(a.facts).toHaveLength(2);
    expect(ask("Who was CiO for more of 2008: Stubb or Kanerva?", NOW).text).toMatch(/^Alexander Stubb, for longer in 2008/);
  });

  it("leaves a comparison the whole reading answers to it ('the shortest: …')", () => {
    const a = ask("Who had the shortest spell as Secretary General: Zannier or Greminger?", NOW);
    expect(a.text).toMatch(/Thomas Greminger/);
    expect(a.text).not.toMatch(/Lamberto Zannier \(/);
  });

  it("gives no answer where one of the people never held it then", () => {
    expect(ask("Who was CiO for longer in 2010, Saudabayev or Tazhin?", NOW).status).not.toBe("answered");
  });
});

describe("'which did it first, A or B?' with one verb said once", () => {
  it("dates each subject with the verb and says which came first", () => {
    // (Where the whole reading names the earlier alone, that answer stands: "Andorra has been …".)
    expect(ask("did mongolia or andorra join first?", NOW).text).toMatch(/^Andorra has been/);
    const a = ask("Who joined the CSCE earlier, the Baltic states or Kazakhstan?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^First: the Baltic states — .* Then: Kazakhstan/);
  });

  it("says every fact of a day that dates one of them", () => {
    const a = ask("Who joined the CSCE earlier, the Baltic states or Kazakhstan?", NOW);
    expect(a.text).toMatch(/Estonia.*Latvia.*Lithuania.* Then: Kazakhstan/);
  });
});

describe("one figure asked of two things: which is higher", () => {
  it("asks each side alone and puts the higher first, with each side as asked", () => {
    const a = ask("were there more participating states in 1993 or in 2001?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^More in 2001: The OSCE had 55 participating States.*\(in 1993: The OSCE had 52 .*The OSCE had 53 /);
  });

  it("gives no answer where the two sides' figures overlap", () => {
    expect(ask("were there more participating states in 2000 or in 1999?", NOW).text).not.toMatch(/^More/);
  });
});

describe("'which is older, A or B?'", () => {
  it("is which was created first", () => {
    const a = ask("what's older — the RFoM or ODIHR?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^First: The Office for Democratic Institutions.* Then: The Representative on Freedom of the Media/);
  });

  it("gives no answer of people, who were never created", () => {
    expect(ask("Which is older, Zannier or Greminger?", NOW).status).not.toBe("answered");
  });
});

describe("a part naming nothing of its own, asking what another part's fact already says", () => {
  it("is answered by that fact, said once", () => {
    const a = ask("Charter of Paris signed when, and by how many states?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toBe("The Charter of Paris for a New Europe: Paris, on 21 November 1990, by 34 States.");
  });

  it("is not, where the part says what it asks of ('where was he named')", () => {
    expect(ask("which kazakh became HCNM, and where was he named?", NOW).status).not.toBe("answered");
  });
});

describe("'which of these never …: A, B or C?'", () => {
  it("is checked of each name like 'did not', the ones the table says No of answered", () => {
    const a = ask("Which of these was never OSCE Secretary General: Zannier, Plassnik or Greminger?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^Not Ursula Plassnik\./);
  });
});

describe("offered names, where the answer reads more widely than the choice", () => {
  it("is no answer when a fact of the same kind names neither", () => {
    expect(ask("kazakhstan's capital before astana — akmola or almaty?", NOW).status).not.toBe("answered");
  });
});

describe("the reporter's word on the form of the reply, and a guess they are 'pretty sure' of", () => {
  it("leaves 'y/n is fine', 'years fine' out of the question", () => {
    const a = ask("did switzerland chair the osce in 2014? yes/no is fine", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^Yes\b/);
  });

  it("leaves 'exact date if poss' and 'need the CEC number' out too", () => {
    expect(ask("when did Nur-Sultan become Astana again? exact date if poss", NOW).text).toMatch(/17 September 2022/);
    expect(ask("nazarbayev's 2011 share? need the CEC number", NOW).text).toMatch(/95\.5%/);
  });

  it("answers the guess with a verdict", () => {
    const a = ask("who was the SG in 2012? i'm fairly sure it was greminger", NOW);
    expect(a.text).toMatch(/^No: Lamberto Zannier/);
  });
});

describe("whose year it was, said by the way after the question", () => {
  it("is no part of the question", () => {
    const a = ask("who was CiO in 2014? swiss year", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Burkhalter/);
    expect(a.text).not.toMatch(/part of your question/);
  });
});

describe("the time since the previous event of a kind", () => {
  it("dates the event named and the one of its kind before it", () => {
    const a = ask("how many years since the previous summit when Istanbul hosted it?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^About 3 years apart: .*Lisbon.*Istanbul/);
  });

  it("gives no answer where the event named is not dated by one fact", () => {
    expect(ask("how long had the OSCE gone without a summit before the ministerial?", NOW).text).not.toMatch(/apart/);
  });
});

describe("'originally' in a question asking which one", () => {
  it("picks the first, never the one holding now", () => {
    const a = ask("CSCE secretariat originally based in which city?", NOW);
    expect(a.text).toMatch(/^The OSCE Secretariat was based in Prague/);
    expect(a.text).not.toMatch(/Vienna since/);
  });

  it("leaves a yes/no alone: it checks what was said, not the first of it", () => {
    expect(ask("was kaz originally bidding for 2009?", NOW).text).not.toMatch(/^No\b/);
  });
});
