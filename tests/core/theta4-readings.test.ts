/**
 * Reading fixes of the theta4 round (issue 9), from the wrong answers of the eta4 sealed sets. Wordings
 * here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { buildCoreState } from "../../src/core-state.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { loadFactTable } from "../../src/facts/load.js";
import { parseQuestion } from "../../src/understand/parse-question.js";
import { orderClaim } from "../../src/understand/order-claim.js";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("a claim of which one came right before or after a named one", () => {
  it("is judged on the one that did, never read as the two names' order", () => {
    const yes = ask("so the summit preceding astana took place in istanbul?", NOW);
    expect(yes.status).toBe("answered");
    expect(yes.text).toMatch(/^Yes\b/);
    expect(yes.text).toMatch(/Istanbul/);
    const no = ask("was the council after vilnius held in kyiv?", NOW);
    expect(no.status).toBe("answered");
    expect(no.text).toMatch(/^No\b/);
    expect(no.text).toMatch(/Dublin/);
  });

  it("leaves the claim unjudged where a year said with the guess is not the answer's", () => {
    const a = ask("the summit preceding astana was istanbul 2003?", NOW);
    expect(a.text).not.toMatch(/^(?:Yes|No)\b/);
  });

  it("checks where the guess says its one is from", () => {
    const a = ask("SG right after aragona — kubis, slovak?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
    const b = ask("SG right after aragona — kubis, czech?", NOW);
    expect(b.text).toMatch(/^No\b/);
  });

  it("keeps two names' order as a comparison where a name comes before the order word", () => {
    const a = ask("was the Lisbon summit before the Istanbul one?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
  });
});

describe("orderClaim", () => {
  const { vocab } = buildCoreState(loadFactTable(defaultFactsDir()).table);
  const read = (t: string) => parseQuestion(t, new Date(`${NOW}T00:00:00Z`), vocab);

  it("makes the question of the kind named and the name ordered from, and the guess of what follows", () => {
    const c = orderClaim("and the ministerial council after vilnius was dublin 2012, right?", read);
    expect(c?.question).toBe("which ministerial council was after vilnius?");
    expect(c?.guessed.map((e) => e.name)).toEqual(["Dublin"]);
    expect(c?.years).toEqual(["2012"]);
  });

  it("is no claim where a name comes before the order word, or the kind is not named", () => {
    expect(orderClaim("did greece chair before kazakhstan?", read)).toBeNull();
    expect(orderClaim("was it before astana in istanbul?", read)).toBeNull();
  });
});

describe("a claim that one alone held something", () => {
  it("is No where someone else held it for part of the time asked", () => {
    const a = ask("is it right that Alfano was the sole Italian CiO of 2018?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Moavero/);
  });

  it("is Yes where no one else did", () => {
    const a = ask("was Zannier the only Secretary General in 2015?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
  });
});

describe("a venue asked", () => {
  it("asks the meeting's place, as 'where' does", () => {
    const a = ask("Ministerial Council 2019 — which venue?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Bratislava/);
  });

  it("is not answered with the city the question names as where the venue lies", () => {
    const a = ask("which location in Helsinki hosted the 2008 Council?", NOW);
    expect(a.text).not.toMatch(/^The 16th OSCE Ministerial Council met in Helsinki/);
  });
});

describe("the reporter's own text named after the question", () => {
  it("is no part of it: an ordinal of a paragraph is not an ordinal asked", () => {
    const a = ask("who heads ODIHR now, need it for my 3rd para", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/ODIHR/);
    expect(a.text).not.toMatch(/\b3rd\b|third/i);
  });

  it("still reads an ordinal of the thing asked", () => {
    const a = ask("where was the 3rd summit held?", NOW);
    expect(a.text).toMatch(/Helsinki/);
    expect(a.text).toMatch(/1992/);
  });
});

describe("smaller readings", () => {
  it("reads 'spend more of' a year as who held it longer", () => {
    const a = ask("did Kanerva or Stubb spend more of 2008 as OSCE chair?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^Alexander Stubb, for longer in 2008/);
  });

  it("reads the States that attended a summit as its States", () => {
    const a = ask("how many countries attended the 1975 summit in Helsinki?", NOW);
    expect(a.text).toMatch(/35 States/);
  });

  it("takes 'final figure pls' after the question as the form of the reply", () => {
    const a = ask("nur otan share in 2012? final figure pls", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/80\.99/);
  });
});

describe("the reporter's own trouble after the question", () => {
  it("is no second question", () => {
    const a = ask("who chaired the OSCE in 2012? couldn't find it in our archive", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Ireland/);
  });
});

describe("a figure asked as preliminary or final", () => {
  it("is answered with both figures, each named", () => {
    const a = ask("the desk has 80.74% for nur otan in 2012 - preliminary or final?", NOW);
    expect(a.text).toMatch(/80\.99%/);
    expect(a.text).toMatch(/preliminary figure: 80\.74%/);
  });
});
