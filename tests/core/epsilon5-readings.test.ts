/**
 * Reading fixes of the epsilon5 round (issue 9), from the epsilon5 sealed sets' wrong answers and
 * misses. Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("succession in the passive", () => {
  it("'X was succeeded by Y' checks Y after X", () => {
    expect(ask("Kanerva was succeeded as CiO by Stubb.", NOW).text).toMatch(/^Yes\b/);
    expect(ask("was Greminger replaced as SG by Schmid?", NOW).text).toMatch(/^Yes\b/);
    expect(ask("Kazakhstan was followed as chair by Lithuania.", NOW).text).toMatch(/^Yes\b/);
  });

  it("'X was preceded by Y' checks Y before X", () => {
    expect(ask("was Lithuania preceded as chair by Kazakhstan?", NOW).text).toMatch(/^Yes\b/);
    expect(ask("was Lithuania preceded as chair by Ireland?", NOW).text).toMatch(/^No\b/);
  });

  it("a wrong successor is refuted with the one in between", () => {
    const a = ask("Saudabayev was succeeded as CiO by Gilmore.", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Ažubalis/);
  });

  it("'who was X succeeded by?' still asks the one after X, 'who was succeeded by Y?' the one before Y", () => {
    expect(ask("who was Kanerva succeeded by?", NOW).text).toMatch(/Stubb/);
    expect(ask("who was succeeded by Stubb as CiO?", NOW).text).toMatch(/Kanerva/);
    expect(ask("who was succeeded by Stubb as CiO?", NOW).text).not.toMatch(/^After/);
  });
});

describe("two set against each other with 'vs'", () => {
  it("is a choice the comparison decides", () => {
    const a = ask("Nazarbayev 2005 vs Tokayev 2022 — whose share was higher?", NOW);
    expect(a.text).toMatch(/^Higher in 2005\b/);
  });
});

describe("a person the message names but the table does not know", () => {
  it("is who 'she' is in a question led by her name", () => {
    expect(ask("Marta Kowalsky — what did she chair in 2010?", NOW).status).not.toBe("answered");
    const a = ask("Marta Kowalsky: what did she run in kazakhstan?", NOW);
    expect(a.status).not.toBe("answered");
    expect(a.text).not.toMatch(/Nazarbayev|Tokayev/);
  });

  it("a known name before the pronoun is still asked of", () => {
    expect(ask("Saudabayev — what did he chair in 2010?", NOW).text).toMatch(/Saudabayev .* Chairperson-in-Office/);
  });
});

describe("hearsay after a question", () => {
  it("is the reporter's talk, never the question's subject", () => {
    const a = ask("who is SG now? i heard zannier quit", "2018-03-01");
    expect(a.text).toMatch(/Greminger/);
    expect(a.text).not.toMatch(/^Until/);
  });

  it("a question that points back at the hearsay is still asked of it", () => {
    const a = ask("who chairs the OSCE this year? i heard kanerva resigned, who replaced him?", "2008-06-01");
    expect(a.text).toMatch(/Stubb/);
  });
});

describe("a yes/no question joined to the next by 'and'", () => {
  it("asks too, and is never the reporter's idle talk", () => {
    const a = ask("tokayev 2019 — was he unopposed, and what did he get?", NOW);
    expect(a.text).toMatch(/70\.96%/);
    expect(a.text).toMatch(/^No\b|don't know|only answer part/);
  });
});

describe("a kind of thing checked, after a full stop", () => {
  it("'. right number?' is a tag on the claim, never a count asked", () => {
    const a = ask("in 2003 the OSCE had 56 participating States. right number?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/55 participating States/);
  });
});

describe("a title before a known name typed in lower case", () => {
  it("is noise, never a word the question leaves unread", () => {
    expect(ask("when was mr gilmore CiO?", NOW).text).toMatch(/Gilmore .* 2012/);
    expect(ask("dr zannier was SG from when?", NOW).text).toMatch(/2011/);
  });

  it("before a word that names no one it is still not understood", () => {
    expect(ask("who was kazakhstan's ambassador in 2010?", NOW).status).not.toBe("answered");
  });
});

describe("'which X in sequence'", () => {
  it("asks which number in order", () => {
    expect(ask("which ministerial council in sequence was Basel?", NOW).text).toMatch(/\b21st\b/);
    expect(ask("what summit in the series was Istanbul?", NOW).text).toMatch(/\b6th\b/);
  });
});

describe("a statement after a check", () => {
  it("is the reporter's reason, never a word of the claim", () => {
    const a = ask("the 2024 MC was in valletta right? malta chaired", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Ta' Qali/);
  });

  it("a check framed by 'is this accurate:' still checks what follows", () => {
    expect(ask("is this accurate? Greece chaired the OSCE in 2009.", NOW).text).toMatch(/^Yes\b/);
  });

  it("what a colleague says after a question is talk; what the copy says is checked", () => {
    expect(ask("was there a ministerial council in 2010? dana says it was in astana", NOW).text).toMatch(/^No\b.*summit/);
    expect(ask("when did Mongolia join? copy says 2011", NOW).text).toMatch(/^No\b.*2012/);
  });
});

describe("'away' in 'move away from'", () => {
  it("adds nothing to the move", () => {
    expect(ask("when was it decided to move the capital away from almaty?", NOW).text).toMatch(/1994/);
  });
});

describe("a bare year after a comma", () => {
  it("is the question's own time where the rest says none", () => {
    const a = ask("date of the presidential election in kazakhstan, 2013", NOW);
    expect(a.status).not.toBe("answered");
    expect(ask("date of the presidential election in kazakhstan, 2015", NOW).text).toMatch(/26 April 2015/);
  });

  it("asked with '?' it is the reporter's guess, checked", () => {
    expect(ask("saudabayev CiO year, 2011?", NOW).text).toMatch(/2010/);
  });
});
