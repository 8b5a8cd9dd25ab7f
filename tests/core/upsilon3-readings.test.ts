/**
 * Reading fixes of this round (issue 9, the upsilon3 round). Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("a month of a year counted from today", () => {
  it("is that month of that year, not the latest such month", () => {
    expect(ask("which city had the Ministerial Council in december two years ago?", "2026-01-15").text).toMatch(/December 2024/);
    expect(ask("where was the ministerial in December of the year before last?", "2026-01-15").text).toMatch(/Malta/);
  });

  it("counts \"last year\" after the month too", () => {
    expect(ask("where did the Ministerial Council meet in december last year?", "2026-12-20").text).toMatch(/Vienna on 4-5 December 2025/);
  });
});

describe("a claim about the first of something, with words left loose", () => {
  it("never confirms a later one by ignoring \"first\"", () => {
    const a = ask("the story says the original CSCE secretariat was in vienna — ok?");
    expect(a.text).not.toMatch(/^Yes/);
  });

  it("still confirms where the fact's own note says it was the first", () => {
    expect(ask("Tokayev's 2022 win was the first election under a single seven-year term, right?").text).toMatch(/^Yes/);
  });
});

describe("when the first meeting after a named one was", () => {
  it("dates the one after it, never the named one", () => {
    const a = ask("so when did the first summit after the Istanbul one happen?");
    expect(a.text).toMatch(/Astana/);
    expect(a.text).toMatch(/2010/);
  });

  it("reads \"before\" the same way", () => {
    expect(ask("when was the summit held before the one in Astana?").text).toMatch(/Istanbul on 18-19 November 1999/);
  });
});

describe("the exact month asked of two years", () => {
  it("answers each year's", () => {
    const a = ask("the 2015 and 2019 presidential votes: what month was each held?");
    expect(a.text).toMatch(/April 2015/);
    expect(a.text).toMatch(/June 2019/);
  });
});

describe("a State admitted under another name", () => {
  it("says the name it was admitted under", () => {
    const a = ask("which country joined the OSCE in November 2000?");
    expect(a.text).toMatch(/Federal Republic of Yugoslavia/);
  });

  it("keeps a note that only says which in order it was out", () => {
    expect(ask("how many participating States does the OSCE have?").text).not.toMatch(/admitted as the 57th/);
  });
});

describe("the period with the most", () => {
  it("counts the facts of each decade", () => {
    const a = ask("in what decade were the most CSCE/OSCE summits held?");
    expect(a.text).toMatch(/1990s: 5/);
    expect(a.text).not.toMatch(/1970s/);
  });

  it("counts each year's, naming the first few it counted", () => {
    expect(ask("in which year did the most states join the OSCE?").text).toMatch(/^Most OSCE participating States — 1975: 35 \(Austria 1975, Belgium 1975, Bulgaria 1975, Canada 1975 and 31 more\)/);
  });

  it("ranks a figure named instead of counting", () => {
    expect(ask("in which year did Nur Otan take the most seats?").text).toMatch(/2007/);
  });
});

describe("\"still\" with a period that holds today", () => {
  it("asks about today, not any day of the period", () => {
    const a = ask("is kanerva still chairing the osce this month?", "2008-04-10");
    expect(a.text).toMatch(/^No/);
    expect(a.text).toMatch(/Stubb/);
  });

  it("still says Yes of one holding today", () => {
    expect(ask("is stubb still the chairperson this month?", "2008-04-10").text).toMatch(/^Yes/);
  });
});

describe("\"one of N\" without \"the\"", () => {
  it("is the size of a group no fact counts: never a No from counting the one named", () => {
    const a = ask("my editor thinks kazakhstan was one of 10 states admitted in january 1992, true?");
    expect(a.text).not.toMatch(/^No/);
  });
});

describe("a question of its own in parentheses at the end", () => {
  it("is a second question, never folded into the first", () => {
    const a = ask("which city hosted the 1996 summit (what is it called now)?");
    expect(a.text).toMatch(/Lisbon/);
    expect(a.text).not.toMatch(/Organization for Security/);
  });

  it("leaves a specifying part in parentheses to the question", () => {
    expect(ask("where did kazakhstan join the csce (which council)").text).toMatch(/Prague/);
  });
});

describe("\"how did …\" after a few words of chat", () => {
  it("asks how it went, never yes or no", () => {
    expect(ask("right so how did malta end up chairing in 2024?").text).not.toMatch(/^Yes/);
  });
});

describe("a name set aside at the end with \"instead of\"", () => {
  it("is denied, and the one who held it then answers", () => {
    expect(ask("what country held the 2009 chair rather than kazakhstan?").text).toMatch(/^Greece held the 2009/);
  });

  it("is no name where a time or a thing follows", () => {
    expect(ask("what were the Madrid council's decisions other than the chair package?").text).not.toMatch(/^The decision that Greece/);
  });
});

describe("\"before\" its current name", () => {
  it("asks the name it had before, never the current one", () => {
    const a = ask("what was odihr called before it received its present name?");
    expect(a.text).toMatch(/Office for Free Elections/);
  });

  it("leaves a current name asked alone", () => {
    expect(ask("what is odihr's current name?").text).not.toMatch(/Free Elections/);
  });
});
