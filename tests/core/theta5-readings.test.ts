/**
 * Reading fixes of the theta5 round (issue 9), from the theta5 sealed sets' wrong answers and misses.
 * Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { buildCoreState } from "../../src/core-state.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { loadFactTable } from "../../src/facts/load.js";
import { talkEchoesAnswer } from "../../src/answer/talk-echoes.js";
import { parseQuestion } from "../../src/understand/parse-question.js";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("talk after the question that only echoes its answer", () => {
  it("is a remark: a colleague's claim about the names the answer gives", () => {
    const a = ask("who chaired the OSCE in 2003? my colleague says de hoop scheffer all year, not convinced", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Scheffer/);
    expect(a.text).toMatch(/Bot/);
  });

  it("is a remark where it asks for the form of the answer in words of a count", () => {
    const a = ask("otan in the 2016 mazhilis vote: share and seats? both numbers please", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/82\.2/);
  });

  it("is still asked where it narrows the question with 'not'", () => {
    const a = ask("Who chaired the OSCE in the year Tokayev was sworn in? (not his second term)", NOW);
    expect(a.text).not.toMatch(/Kazakhstan's presidential term/);
  });

  it("is no remark where it goes on from the question", () => {
    expect(ask("kaz capital: akmola → ? → nur-sultan. fill the gap", NOW).text).not.toMatch(/^No\b/);
  });
});

describe("a figure asked 'according to' a body", () => {
  it("is the figure the answer already gave", () => {
    const a = ask("Who won Kazakhstan's 2005 presidential election, and with what share according to the CEC?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Nazarbayev/);
    expect(a.text).toMatch(/91\.1/);
  });
});

describe("when something became so, asked at a month of a year", () => {
  it("is the change that made it so", () => {
    expect(ask("nur-sultan became astana in which month of 2022?", NOW).text).toMatch(/September 2022/);
  });
});

describe("a term 'of how many years'", () => {
  it("asks the length of the term", () => {
    expect(ask("the kazakh president serves a single term of how many years?", NOW).text).toMatch(/\b7 years\b/);
  });
});

describe("a clause naming the meeting that decided a change", () => {
  it("dates nothing by the day the change took effect", () => {
    const a = ask("Which country held the chair when the Budapest summit turned the CSCE into the OSCE?", NOW);
    expect(a.text).not.toMatch(/Hungary held the 1995/);
  });
});

describe("a reporter's story before the question", () => {
  it("is left out, 'long story' and all", () => {
    const a = ask("My sister moved to Warsaw in 2015, long story. Anyway, who was the OSCE CiO in 2013?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Kozhara/);
  });
});

describe("questions listed with commas, each led by 'when'", () => {
  it("are each asked, never the later ones read as one clause dating the other", () => {
    const a = ask("the capital: when did it become Akmola, when Astana, when Nur-Sultan?", NOW);
    expect(a.text).toMatch(/1997/);
    expect(a.text).toMatch(/6 May 1998/);
    expect(a.text).toMatch(/March 2019/);
  });
});

describe("the longest or shortest term ranked over years", () => {
  it("is no answer where the part inside the years and the whole term pick differently", () => {
    const a = ask("which SG had the shortest term in the 1990s?", NOW);
    expect(a.status).not.toBe("answered");
  });

  it("ranks terms a day or two apart as long as each other", () => {
    const a = ask("which CiO served the longest in the 2000s?", NOW);
    expect(a.text).toMatch(/Geoan/);
    expect(a.text).toMatch(/Passy/);
    expect(a.text).toMatch(/Rupel/);
  });

  it("still ranks within one year by the part inside it", () => {
    expect(ask("who was CiO for most of 2003?", NOW).text).toMatch(/^The longest in 2003: Jaap de Hoop Scheffer[^.]*\.?[^.]*$/);
  });
});

describe("names of one kind joined by 'and'", () => {
  it("fill one role that takes many, never two roles in a pattern's order", () => {
    expect(ask("so Russia and Belarus blocked Estonia's chairmanship bid, right?", NOW).text).toMatch(/^Yes\b/);
  });

  it("are still checked against the facts", () => {
    expect(ask("did Russia and Belarus block Malta's bid?", NOW).text).not.toMatch(/^Yes\b/);
  });
});

describe("an event named after 'after' that the facts refute", () => {
  it("dates nothing: the event the 'No' gives instead is another", () => {
    const a = ask("copy: Malta took the 2024 chair after Russia and Belarus blocked Lithuania. ok?", NOW);
    expect(a.text).not.toMatch(/^Yes\b/);
  });

  it("still dates by the thing named where only its time was wrong", () => {
    expect(ask("Which country chaired right after Kazakhstan's 2009 chairmanship?", NOW).text).toMatch(/Lithuania/);
  });

  it("said true is confirmed with the event it was dated by, and its source", () => {
    const a = ask("Malta got the 2024 chair after Russia and Belarus blocked Estonia — true?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
    expect(a.text).toMatch(/blocked Estonia's candidacy/);
    expect(a.sources.some((s) => /err\.ee/.test(s.url ?? ""))).toBe(true);
  });
});

describe("talkEchoesAnswer", () => {
  const { table } = loadFactTable(defaultFactsDir());
  const { vocab } = buildCoreState(table);
  const read = (t: string) => parseQuestion(t, new Date(`${NOW}T00:00:00Z`), vocab);
  const cues = new Set([...table.relations.values()].flatMap((r) => r.cues.map((w) => vocab.conceptFor(w))));
  const cio = table.relations.get("osce_cio")!;
  const explained = new Set([...cio.cues, ...cio.words, ...cio.roles.flatMap((r) => r.cues)].map((w) => vocab.conceptFor(w)));
  const question = read("who was CiO in 2009");
  const answer = ask("who was CiO in 2009?", NOW);
  const echoes = (talk: string) => talkEchoesAnswer(talk, read(talk), question, answer, cues, explained);

  it("takes talk naming only what the answer says for a remark", () => {
    expect(echoes("colleague says bakoyannis the whole year")).toBe(true);
  });

  it("never takes talk naming a kind of fact the question did not cue", () => {
    expect(echoes("greece's SG")).toBe(false);
  });

  it("never takes talk naming or dating what the answer does not say", () => {
    expect(echoes("colleague says Moratinos")).toBe(false);
    expect(echoes("colleague says bakoyannis in 2010")).toBe(false);
  });

  it("never takes talk with a question word or an ask of its own", () => {
    expect(echoes("and who was SG")).toBe(false);
    expect(echoes("was it papandreou")).toBe(false);
  });
});
