/**
 * Reading fixes of the beta4 round (issue 9): the term a change ended, a length asked of a term at a
 * time, days between two events, and every one after a name. Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { isStatement } from "../../src/understand/parse-question.js";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("how long something was so before it became something else", () => {
  it("is the one term the change ended, not the time between two renamings", () => {
    const a = ask("how many months was akmola the capital before it was renamed astana?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/10 December 1997 to 6 May 1998: about 5 months/);
    expect(a.text).not.toMatch(/apart/);
  });

  it("is not every term of that name: only the one that ended with the change", () => {
    const a = ask("how long was the capital called astana before it was renamed nur-sultan", NOW);
    expect(a.text).toMatch(/6 May 1998 to 23 March 2019/);
    expect(a.text).not.toMatch(/since 17 September 2022/);
  });

  it("counts up to the change where the term went on after it", () => {
    // Saudabayev was Foreign Minister from 4 September 2009 to April 2011; he chaired the OSCE from 1 January 2010.
    const a = ask("how long had saudabayev been foreign minister before he became chairman-in-office?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^About 4 months \(4 September 2009 to 1 January 2010\)/);
    expect(a.text).toMatch(/Foreign Minister/);
  });
});

describe("a length asked of a term at a time", () => {
  it("is of the term that held then, not of every term of the kind", () => {
    const a = ask("for how long was the SG post empty in 2020?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/18 July to 4 December 2020/);
    expect(a.text).not.toMatch(/2024/);
  });

  it("is of every term where none held then (the time is no filter that empties the answer)", () => {
    const a = ask("how long was saudabayev foreign minister in 2015?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/4 September 2009 to 8 April 2011/);
  });
});

describe("the time between two events in the unit asked", () => {
  it("is said in days where days are asked and both days are known", () => {
    const a = ask("how many days after nazarbayev announced his resignation was tokayev elected president in 2019?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^82 days apart/);
  });

  it("is said in days, as far as is known, where one day is known only to the year", () => {
    // Lithuania's 2011 Chairmanship is known by its year: from 1 January, no finer.
    const a = ask("how many days after the 2010 astana summit did lithuania take over the chairmanship", NOW);
    expect(a.text).toMatch(/^About 31 days apart/);
  });

  it("is said in weeks, with the days, where weeks are asked", () => {
    const a = ask("how many weeks after nazarbayev announced his resignation was the 2019 presidential election held?", NOW);
    expect(a.text).toMatch(/^About 12 weeks apart \(82 days\)/);
  });
});

describe("every one after a name, asked with 'all' or 'list'", () => {
  it("lists all who came after, not only the next one", () => {
    const a = ask("list every secretary general who came after Zannier", NOW);
    expect(a.status).toBe("answered");
    for (const name of ["Greminger", "Schmid", "Sinirlio"]) expect(a.text).toMatch(new RegExp(name));
  });

  it("keeps one who came right after to the next one", () => {
    const a = ask("who came right after Zannier as secretary general?", NOW);
    expect(a.text).toMatch(/Greminger/);
    expect(a.text).not.toMatch(/Sinirlio/);
  });

  it("lists one line of a relation held one per country: the capitals after Almaty", () => {
    const a = ask("list all the names the capital of Kazakhstan has had after Almaty", NOW);
    expect(a.status).toBe("answered");
    for (const name of ["Akmola", "Nur-Sultan", "since 17 September 2022"]) expect(a.text).toContain(name);
  });
});

describe("a length up to someone's appointment", () => {
  it("is of the vacancy the appointment ended", () => {
    const a = ask("how long was the secretary general post vacant before schmid took office", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/18 July to 4 December 2020: about 5 months/);
    expect(a.text).not.toMatch(/2024/);
  });
});

describe("words of a relation said in other forms", () => {
  it("'party-list seats' keep a threshold question on the threshold", () => {
    const a = ask("what threshold applied to party-list seats in the 2007 mazhilis vote?", NOW);
    expect(a.text).toMatch(/^Party lists needed at least 7%/);
  });

  it("'originally' is of Kazakhstan's bid, not of blocked candidacies", () => {
    const a = ask("which chairmanship did kazakhstan originally bid for", NOW);
    expect(a.status).toBe("answered");
    expect(a.reading?.relation).toBe("chair_bid");
  });
});

describe("an adverb of a verb makes a claim of a word that is also a noun", () => {
  it("reads '… originally bid for …' as a statement, and 'Kazakhstan bid for …' still as a noun", () => {
    expect(isStatement("Kazakhstan originally bid for the 2009 OSCE chairmanship")).toBe(true);
    expect(isStatement("Kazakhstan bid for the 2009 OSCE chairmanship")).toBe(false);
  });
});
