/**
 * Reading fixes of this round (issue 9, the theta3/iota3 sets' round). Wordings here are not the
 * held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { readTimes } from "../../src/time/parse-time.js";
import { REFERENCE_NOW, ask } from "../helpers/factdesk.js";

describe("a check beside a question in one message", () => {
  it("leads the answer with Yes where the check alone is confirmed by facts the answer gives", () => {
    expect(ask("12th ministerial — sofia 2004? which dates").text).toMatch(/^Yes\b.*Sofia.*6-7 December 2004/);
    expect(ask("zannier - italian? when did he start as SG").text).toMatch(/^Yes\b.*Zannier/);
  });

  it("says no Yes where the check is wrong", () => {
    const a = ask("12th ministerial — athens 2004? which dates");
    expect(a.text).not.toMatch(/^Yes\b/);
  });
});

describe("a guessed year after dots", () => {
  it("is the reporter's guess, checked ('… year... 2001?')", () => {
    expect(ask("portugal osce chair year... 2002?").text).toMatch(/^Yes\b.*2002/);
    expect(ask("portugal osce chair year... 2003?").text).toMatch(/^No\b.*2002/);
  });
});

describe("the reporter's talk after a question's '?'", () => {
  it("is left out where it names, dates, counts and asks nothing, so a wrong premise is corrected", () => {
    for (const q of ["geremek CiO in 1999? 🙏", "geremek CiO in 1999? my desk editor insists", "geremek CiO in 1999? triple-checking"]) {
      const a = ask(q);
      expect(a.text, q).toMatch(/^Not Bronisław Geremek in 1999\b/);
      expect(a.text, q).toMatch(/Vollebæk/);
    }
  });

  it("stays a check where it confirms ('… ? right')", () => {
    expect(ask("geremek CiO in 1998? right").text).toMatch(/^Yes\b/);
  });
});

describe("a word of one kind of fact that is also a word of another", () => {
  it("never brings that other kind in: 'the ruling party' is no capital that 'carried' a name", () => {
    expect(ask("kazakh ruling party names over the years, list").text).not.toMatch(/Almaty, then Akmola/);
    // (The capital still "carries" its names.)
    expect(ask("What name did the kazakh capital carry from 2019 until 2022?").text).toMatch(/Nur-Sultan/);
  });
});

describe("which of two things came first", () => {
  it("dates a part answered by an end by that end ('… stepping down')", () => {
    const a = ask("Which was earlier: Nazarbayev stepping down as president or the capital being renamed Nur-Sultan?");
    expect(a.text).toMatch(/^First: Until 20 March 2019: Nursultan Nazarbayev was President.*Then: .*Nur-Sultan on 23 March 2019/);
  });

  it("asks each part at the time said before the two ('… first in 2019: A or B?')", () => {
    // (Tokayev won two elections; in 2019, one.)
    const a = ask("What came first in 2019: Tokayev's election win or the capital becoming Nur-Sultan?");
    expect(a.text).toMatch(/^First: .*Nur-Sultan.* 23 March 2019.*\. Then: .*Tokayev won .* 9 June 2019/);
  });

  it("is tried before the whole, which would compare two things of one kind by their figures", () => {
    const a = ask("What came first in 2019: Nazarbayev's resignation or Tokayev's election victory?");
    expect(a.text).toMatch(/^First: Until 20 March 2019: .*Then: .*Tokayev won/);
  });

  it("counts the time between two things from their beginnings only", () => {
    expect(ask("How many months between Nazarbayev stepping down as president and the capital being renamed Nur-Sultan?").text).not.toMatch(/apart/);
  });
});

describe("'this week'", () => {
  it("is a time of its own: this calendar week and the seven days just gone", () => {
    expect(readTimes("osce SG this week?", REFERENCE_NOW).times.map((t) => t.label)).toEqual(["9-18 January 2026"]);
    expect(readTimes("osce SG this week?", new Date("2026-01-19T12:00:00Z")).times.map((t) => t.label)).toEqual(["13-25 January 2026"]);
    // (Thursday 15 January 2026: from Friday 9 to Sunday 18 January.)
    const a = ask("who is the osce secretary general this week?");
    expect(a.text).toMatch(/Sinirlio/);
    // (Another country's foreign minister "this week" is not a chairman of another year.)
    expect(ask("poland's foreign minister this week?").status).toBe("unknown");
  });

  it("is the reporter's own time beside a year said", () => {
    expect(ask("filing this week: who chaired the OSCE in 2003?").text).toMatch(/Netherlands|de Hoop Scheffer/);
  });
});

describe("a claim of one holder at a time, with more said of the holder", () => {
  it("is a No where someone else held it then, whatever country the claim gives", () => {
    const a = ask("geremek was CiO for poland in 1999, right?");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Vollebæk \(Norway\) was OSCE Chairperson-in-Office in 1999/);
  });

  it("stays unconfirmed with no time said, where 'now' would say today's holder of a claim about the past", () => {
    expect(ask("copy: 'Geremek, the Czech CiO' — ok?").text).not.toMatch(/Cassis/);
  });
});

describe("an end asked at a time", () => {
  it("is the end of the post that ended then, of two posts that ended", () => {
    expect(ask("when did nazarbayev leave office in 1989?").text).toMatch(/^Until 1989: .*Council of Ministers/);
    expect(ask("when did nazarbayev leave office in 2019?").text).toMatch(/^Until 20 March 2019: .*President of Kazakhstan/);
  });

  it("says how it ended where it dates one of two things", () => {
    const a = ask("In March 2019, which was earlier: Nazarbayev's resignation or the capital's renaming to Nur-Sultan?");
    expect(a.text).toMatch(/^First: Until 20 March 2019: .*resigned .*Then: .*Nur-Sultan on 23 March 2019/);
  });
});

describe("holding a post, in other words", () => {
  it("'held office' is holding the post, never a field office", () => {
    expect(ask("which OSCE secretaries general held office in the 2000s?").text).toMatch(/Kubiš.*Brichambaut|Brichambaut.*Kubiš/);
  });

  it("'belonged to' is holding it", () => {
    expect(ask("the osce chairmanship of 2017 belonged to which state?").text).toMatch(/^Austria held the 2017 OSCE Chairmanship/);
  });
});

describe("a year in chat shorthand", () => {
  it("'2k10' is 2010 ('in 2K19' too)", () => {
    expect(readTimes("osce cio 2k11?", REFERENCE_NOW).times.map((t) => t.label)).toEqual(["2011"]);
    expect(readTimes("who was SG in 2K18", REFERENCE_NOW).times.map((t) => t.label)).toEqual(["2018"]);
    expect(ask("osce chairmanship 2k11?").text).toMatch(/Lithuania held the 2011 OSCE Chairmanship/);
  });

  it("'2k' alone is no year", () => {
    expect(readTimes("the 2k figure", REFERENCE_NOW).times).toEqual([]);
  });
});

describe("the reporter's remark led by 'it's'", () => {
  it("is no yes/no question of its own", () => {
    expect(ask("It's 2025 and I still mix them up: who chaired the OSCE in 2012?").text).toMatch(/^Ireland held the 2012 OSCE Chairmanship/);
  });

  it("leaves a yes/no question led by 'is it' one", () => {
    expect(ask("is it true that kazakhstan chaired the osce in 2010?").text).toMatch(/^Yes\b/);
  });
});

describe("so many years after (or before) a thing dated by a question of its own", () => {
  it("is asked in that year, and says how it got there", () => {
    expect(ask("which country held the chair three years after Switzerland's 2014 chairmanship?").text).toMatch(/^In 2017 \(3 years after 2014\): Austria held the 2017 OSCE Chairmanship/);
    expect(ask("who was SG two years before the Astana summit?").text).toMatch(/^In 2008 \(2 years before 2010\): .*Brichambaut/);
  });
});

describe("so many years after a name alone", () => {
  it("stays the turns' order, stepped along", () => {
    expect(ask("Which country chaired two years after Lithuania?").text).toMatch(/Ukraine/);
  });
});

describe("a name alone asked after a question", () => {
  it("asks the same question of that name", () => {
    const a = ask("is monaco an osce participating state? and andorra?");
    expect(a.text).toMatch(/Monaco has been an OSCE participating State/);
    expect(a.text).toMatch(/Andorra has been an OSCE participating State/);
    expect(ask("when did Serbia chair the OSCE? what about Slovakia?").text).toMatch(/Serbia held the 2015.*Slovakia held the 2019/);
  });

  it("leaves a question with no name of that kind as it was", () => {
    expect(ask("who chaired in 2010? and in 2011?").text).toMatch(/Kazakhstan.*Lithuania/);
  });
});

describe("as many things as the times said", () => {
  it("is one at each time, never the count asked of each", () => {
    const a = ask("which two countries chaired in 2014 and 2015?");
    expect(a.text).toMatch(/Switzerland held the 2014 OSCE Chairmanship.*Serbia held the 2015 OSCE Chairmanship/);
  });
});

describe("a check asked as whether it is wrong", () => {
  it("is answered Right or Wrong, never a Yes that would say the opposite", () => {
    expect(ask("draft says switzerland chaired the osce in 2014 - wrong?").text).toMatch(/^Right\. Switzerland held the 2014/);
    expect(ask("draft says switzerland chaired the osce in 2013 — that's wrong isn't it?").text).toMatch(/^Wrong\b/);
  });
});

describe("what the reporter heard, after the question", () => {
  it("is a hedged guess: the question is answered alone where the whole is not", () => {
    const a = ask("who was CiO for finland in 2008? heard kanerva, maybe stubb too");
    expect(a.text).toMatch(/Kanerva.*Stubb/);
  });
});

describe("a main part of two letters before a clause of time", () => {
  it("is the question the clause dates ('SG when …')", () => {
    expect(ask("SG when poland chaired in 2022?").text).toMatch(/Schmid/);
  });
});

describe("part of a decade", () => {
  it("is the years meant ('the early 1990s' 1990–1993), never the whole decade with the word dropped", () => {
    expect(readTimes("since the early 1990s", REFERENCE_NOW).times.map((t) => t.label)).toEqual(["since 1990–1993"]);
    expect(readTimes("in the late 90s", REFERENCE_NOW).times.map((t) => t.label)).toEqual(["1997–1999"]);
    expect(readTimes("the mid-2000s", REFERENCE_NOW).times.map((t) => t.label)).toEqual(["2004–2006"]);
    expect(ask("every name kazakhstan's capital has had since the early 1990s?").text).toMatch(/Akmola.*Astana.*Nur-Sultan/);
  });

  it("offered as a guess after a when-question, is the reporter's guess, not the question's time", () => {
    expect(ask("when did liechtenstein join? early 70s?").text).toMatch(/1975/);
  });
});
