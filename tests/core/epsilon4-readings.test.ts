/**
 * Reading fixes of the epsilon4 round (issue 9): a lead-in that names which one of a kind ("the
 * last …") before a question that names nothing; a guess asked of what is still to come; a hedged
 * "best guess" that ranks nothing; the chair "given" to a country as the decision. Wordings here are
 * not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { asksJudgement } from "../../src/understand/judgement.js";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("a lead-in naming which one, before a question that names nothing", () => {
  it("is the question's subject: the last presidential election, not every Mazhilis vote", () => {
    const a = ask("most recent presidential vote — who came out on top?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Tokayev/);
    expect(a.text).toMatch(/2022/);
    expect(a.text).not.toMatch(/Mazhilis/);
  });

  it("is not taken from a remark after the question", () => {
    const a = ask("who is the osce secretary general now - the job sat empty last autumn, yes?", "2025-03-01");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Sinirlio/);
  });
});

describe("a guess asked of what is still to come", () => {
  it("is a forecast: I don't know", () => {
    for (const q of ["which party will top the next mazhilis poll, your best guess?", "what are Amanat's chances at the coming election?", "your prediction for kazakhstan's 2029 presidential vote"]) {
      expect(asksJudgement(q), q).toBe(true);
      expect(ask(q, NOW).status, q).toBe("unknown");
    }
  });

  it("is a hedge when asked of the past, and ranks nothing", () => {
    expect(asksJudgement("who was CiO in 1999, best guess?")).toBe(false);
    const a = ask("year kazakhstan held the chairmanship — best guess?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/2010/);
  });

  it("never turns a forecast reported in the past into one asked", () => {
    expect(asksJudgement("who was predicted to win Russia's 2012 vote according to Bloomberg?")).toBe(false);
  });
});

describe("the chair given to a country", () => {
  it("dates a time clause by the decision, not the Chairmanship year", () => {
    const a = ask("who was Kazakhstan's FM at the time it was given the chairmanship?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Tazhin/);
    expect(a.text).not.toMatch(/Saudabayev/);
  });
});

describe("a check of a time after an event said as a clause", () => {
  it("is of the time after the event's day, never of a neighbour of the name", () => {
    for (const q of ["did kazakhstan become a participating state after the CSCE turned into the OSCE?", "Kazakhstan joined the OSCE after the CSCE became the OSCE."]) {
      const a = ask(q, NOW);
      expect(a.status, q).toBe("answered");
      expect(a.text, q).toMatch(/^No\b/);
      expect(a.text, q).toMatch(/1992/);
      expect(a.text, q).not.toMatch(/Croatia/);
    }
    const later = ask("Mongolia joined after the CSCE became the OSCE", NOW);
    expect(later.text).toMatch(/^Yes\b/);
    expect(later.text).toMatch(/2012/);
  });

  it("leaves a choice of before or after alone", () => {
    expect(ask("did Mongolia join before or after the 2012 Dublin Ministerial Council?", NOW).text).not.toMatch(/^(?:Yes|No)\b/);
  });
});

describe("a remark that the post changed hands", () => {
  it("asks for both holders, never picks the one whose note says 'change'", () => {
    const a = ask("who held the CiO job in 2009? both pls, the greek minister changed", NOW);
    expect(a.text).toMatch(/Bakoyannis/);
    expect(a.text).toMatch(/Papandreou/);
  });
});

describe("counts and lists against the context's time", () => {
  it("counts the times up to now, never today's alone", () => {
    const a = ask("the swiss hold the chair this year — how many times is that for them now?", NOW);
    expect(a.text).toMatch(/^3 times/);
  });

  it("lists a name's other years, the context's year not the only one", () => {
    const a = ask("finland chaired in 2025 — what other years did it hold the chairmanship?", NOW);
    expect(a.text).toMatch(/2008/);
  });

  it("lists every name since an event said as a clause", () => {
    const a = ask("which names has the kazakh capital gone by since it was moved from Almaty?", NOW);
    for (const name of ["Akmola", "Astana", "Nur-Sultan"]) expect(a.text).toContain(name);
  });
});

describe("who backed and who opposed Kazakhstan's bid, asked of the year the bid was for", () => {
  it("reads the year as the Chairmanship sought, never the day of the report", () => {
    const a = ask("which government came out strongly against kazakhstan chairing in 2009?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/United States/);
  });

  it("checks a named government against its own side, and says No from the other side's report", () => {
    expect(ask("was belgium a supporter of kazakhstan's osce bid?", NOW).text).toMatch(/^Yes\b/);
    const us = ask("did the US support kazakhstan's bid to chair in 2009?", NOW);
    expect(us.text).toMatch(/^No\b/);
    expect(us.text).toMatch(/United States was reported in strong opposition/);
    expect(ask("did belgium oppose kazakhstan's candidacy?", NOW).text).toMatch(/^No\b.*Belgium/);
  });

  it("never answers a stance it did not read from the other side's facts", () => {
    for (const q of ["did the US want kazakhstan to chair?", "was america keen on kazakhstan's bid?"]) expect(ask(q, NOW).text, q).not.toMatch(/^Yes\b/);
  });
});

describe("the reporter's purpose said after a comma", () => {
  it("is no part of the question", () => {
    const a = ask("denmark's chairmanship year and its CiO please, prepping a nordic sidebar", NOW);
    expect(a.text).toMatch(/1997/);
    expect(a.text).toMatch(/Petersen/);
    expect(a.text).not.toMatch(/Sweden|Finland/);
  });
});

describe("how many different people won", () => {
  it("counts the winners, never the other candidates beside them", () => {
    const a = ask("how many different individuals won kazakhstan's presidential elections from 2010 to 2020?", NOW);
    expect(a.text).toMatch(/^2 \w+: Nursultan Nazarbayev and Kassym-Jomart Tokayev\./);
  });

  it("still counts every party that won seats", () => {
    expect(ask("how many parties won mazhilis seats in 2016?", NOW).text).toMatch(/^3 parties/);
  });
});

describe("words of a holder's time and kind", () => {
  it("reads 'spent as' as a length of time", () => {
    expect(ask("how many years did greminger spend as OSCE secretary general?", NOW).text).toMatch(/about 3 years/);
  });

  it("reads 'federal councillor' as a description of the holder", () => {
    expect(ask("which swiss federal councillor is CiO in 2026?", NOW).text).toMatch(/Cassis/);
  });

  it("reads 'the next' of the past as the one after, never one still to come", () => {
    expect(ask("after akmola, what was the next name the capital went by?", NOW).text).toMatch(/Astana/);
    expect(ask("what was audrey glover's next posting after kazakhstan?", NOW).text).not.toMatch(/Kopaj/);
  });
});

describe("a state claimed to hold since a year", () => {
  it("is No where another held it in between, with who did", () => {
    const a = ask("astana has been kazakhstan's capital since 1998, correct?", NOW);
    expect(a.text).toMatch(/^No, not without a break/);
    expect(a.text).toMatch(/Nur-Sultan was the capital of Kazakhstan from 23 March 2019/);
  });

  it("is Yes of an action done again since then", () => {
    expect(ask("has sweden held the chairmanship since 1993?", NOW).text).toMatch(/^Yes\b.*2021/);
  });
});

describe("a name, a veto and a block asked around an event", () => {
  it("answers a plain question of a name said before an event clause, where one fact answers it", () => {
    const a = ask("which SG candidate was vetoed by türkiye before zannier took the post in 2011?", NOW);
    expect(a.text).toMatch(/Plassnik/);
  });

  it("never answers the one named when the one asked is in the event", () => {
    expect(ask("zannier became SG after türkiye vetoed somebody — who was it?", NOW).text).not.toMatch(/^After .*Zannier/);
  });

  it("asks the role a possessed noun cues: the candidate, not who blocked it", () => {
    const a = ask("which country's candidacy did russia and belarus block?", NOW);
    expect(a.text).toMatch(/Estonia/);
  });
});

describe("a nationality checked after a question of one person", () => {
  it("is checked of that person", () => {
    const a = ask("when did kubis start as secretary general? and he's slovak, right", NOW);
    expect(a.text).toMatch(/1999/);
    expect(a.text).toMatch(/\bYes\b/);
    expect(a.text).not.toMatch(/don't know the answer to the second part/);
  });
});

describe("a return to an earlier name", () => {
  it("is the renaming back, said with 'switch back'", () => {
    const a = ask("when did the capital switch back to astana?", NOW);
    expect(a.text).toMatch(/17 September 2022/);
    expect(a.text).not.toMatch(/6 May 1998/);
  });
});

describe("the reporter's talk around a question", () => {
  it("a place the context denies is ruled out, never looked in", () => {
    const a = ask("the 1998 ministerial wasn't in warsaw — where was it?", NOW);
    expect(a.text).toMatch(/Oslo/);
  });

  it("'regular' or 'normal' of a meeting asks of any such meeting", () => {
    expect(ask("was there an ordinary ministerial council in 2010?", NOW).text).toMatch(/^No\b/);
  });

  it("thanks at the end is no part of the last ask", () => {
    const a = ask("2016 mazhilis vote: nur otan share + seats, thanks 🙏", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/82\.20%/);
    expect(a.text).toMatch(/84 seats/);
  });

  it("a remark that there were two, said with 'i think', asks for both", () => {
    const a = ask("2008 CiOs — there were two i think, names?", NOW);
    expect(a.text).toMatch(/Kanerva/);
    expect(a.text).toMatch(/Stubb/);
  });
});

describe("what the copy says, checked", () => {
  it("a day the copy gives after a when-question is the guess at its answer", () => {
    const a = ask("when was montenegro admitted? copy says 3 june 2006", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/22 June 2006/);
  });

  it("'the copy describes X as Y' checks Y of X", () => {
    expect(ask("our copy describes lamberto zannier as swiss — ok?", NOW).text).toMatch(/^No\b.*Italy/);
  });
});

describe("an event said before the question", () => {
  it("dates the question after it, as if said at its end", () => {
    const a = ask("before malta took the 2024 chair, which country's candidacy did russia and belarus block?", NOW);
    expect(a.text).toMatch(/^Russia and Belarus blocked Estonia's candidacy/);
  });
});

describe("a length of time up to an event said as a clause", () => {
  it("is the holder's time up to the event's day, never the time between two events", () => {
    const a = ask("about how many years was almaty the capital before the move to akmola?", NOW);
    expect(a.text).toMatch(/about 68 years/);
    expect(a.text).not.toMatch(/apart/);
  });
});
