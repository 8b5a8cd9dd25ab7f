/**
 * Reading fixes of this round (issue 9, the sigma sets' round).
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";
import { asksJudgement } from "../../src/understand/judgement.js";

describe("judgements, forecasts and what might have been", () => {
  it("are never answered with the facts their names match", () => {
    for (const q of ["Should the OSCE have given Kazakhstan the chair?", "Would Estonia have been a better chair than Malta?", "what would've happened if kz chaired in 2009", "How would Kazakhstan's voters rate the OSCE?", "Is Tokayev a better president than Nazarbayev?", "Was Nazarbayev right to threaten the OSCE observer missions?"]) {
      const a = ask(q);
      expect(a.status, q).toBe("unknown");
      expect(a.text, q).toMatch(/judgement/);
    }
  });

  it("a modal that reports what was said or decided, or asks politely, is a fact question", () => {
    for (const q of ["Where was it decided that Kazakhstan would chair the OSCE in 2010?", "could you tell me who chaired in 2010", "Which law did Passy say should meet OSCE standards?", "Did Tokayev do better in 2019 or 2022?", "Would it be right to say Kazakhstan chaired in 2010?"]) expect(asksJudgement(q), q).toBe(false);
    expect(ask("Where was it decided that Kazakhstan would chair the OSCE in 2010?").text).toMatch(/Madrid/);
    expect(ask("could you tell me who chaired in 2010").text).toMatch(/Kazakhstan/);
  });
});

describe("a yes/no question about what is still to come, with no time", () => {
  it("is no forecast: 'I don't know' where the table holds nothing to come", () => {
    expect(ask("Will Kazakhstan chair the OSCE a second time?").status).toBe("unknown");
  });

  it("is yes where the table already holds it", () => {
    const a = ask("Will Switzerland chair the OSCE again?", "2025-06-01");
    expect(a.text).toMatch(/^Yes/);
    expect(a.text).toMatch(/2026/);
  });
});

describe("'for the first time in YEAR' is one's own first of all times", () => {
  it("is refuted by an earlier time, and confirmed by the first", () => {
    expect(ask("Poland chaired the OSCE for the first time in 2022 - check").text).toMatch(/^No.*1998/);
    expect(ask("Did Poland chair the OSCE for the first time in 2022?").text).toMatch(/^No.*1998/);
    expect(ask("Poland chaired for the first time in 1998.").text).toMatch(/^Yes/);
  });

  it("'the first CiO of 2009' still picks within the year", () => {
    expect(ask("who was the first CiO of 2009?").text).toMatch(/Bakoyannis/);
  });
});

describe("a figure offered for checking", () => {
  it("after a dash, is checked: Yes where it holds, No with the figure where not", () => {
    expect(ask("Nur Otan share in 2007 — 88.4%?").text).toMatch(/^Yes.*88\.4%/);
    expect(ask("Nur Otan share in 2007 — 80%?").text).toMatch(/^No.*88\.4%/);
    expect(ask("Mongolia — 57th participating State?").text).toMatch(/^Yes/);
    expect(ask("Kazakhstan chair year — 2010?").text).toMatch(/^Yes/);
  });

  it("not a day without its year, nor a choice, nor with a question word", () => {
    expect(ask("nur-sultan decree date - 20 or 23 march?").text).not.toMatch(/^(?:Yes|No)\b/);
    expect(ask("exact date ferrero-waldner took over the CiO role — 4 feb?").text).not.toMatch(/^(?:Yes|No)\b/);
    expect(ask("Kazakhstan — when did it join the CSCE?").text).toMatch(/30 January 1992/);
  });

  it("a confirmation after a question mark, or 'good to go?', makes the part before it a check", () => {
    expect(ask("the 30th MC was in skopje? confirm").text).toMatch(/^Yes.*Skopje/);
    expect(ask("'Nazarbayev, who won 98.78% unopposed in 1991' — good to go?").text).toMatch(/^Yes/);
  });
});

describe("a claim of every seat", () => {
  it("is confirmed only by a fact whose text says all of them", () => {
    expect(ask("Nur Otan won every elected Mazhilis seat in 2007.").text).toMatch(/^Yes/);
    expect(ask("Did Nur Otan win every elected Mazhilis seat in 2012?").text).not.toMatch(/^Yes/);
    expect(ask("Nur Otan won every elected Mazhilis seat in 2012.").text).not.toMatch(/^Yes/);
  });
});

describe("'I mean the year before that'", () => {
  it("asks the question again a year earlier or later than the year it said", () => {
    expect(ask("who held the osce chair last year? sorry, i mean the year before that").text).toMatch(/Malta/);
    expect(ask("who chaired in 2010? i mean the year after").text).toMatch(/Lithuania/);
    expect(ask("who chaired in 2010? sorry, I mean the one before").text).toMatch(/Greece/);
  });
});

describe("numbers in words", () => {
  it("a year's last two digits after an apostrophe or 'in'/'since' is a 1900s year", () => {
    expect(ask("who was CSCE chair in ninety-three").text).toMatch(/Sweden held the 1993/);
    expect(ask("Who was OSCE Secretary General in 'ninety-eight?").text).toMatch(/Aragona/);
    expect(ask("since ninety-two, how many chairs").text).toBe(ask("since 1992, how many chairs").text);
  });

  it("a percentage in words is the figure, never a year", () => {
    expect(ask("nazarbayev ninety-one percent — which election was that?").text).toMatch(/2005.*91\.15%/);
    expect(ask("did amanat get over fifty percent in 2023").text).toMatch(/^Yes/);
  });
});

describe("the source the reporter read", () => {
  it("'per the Dec 2006 report', 'according to the press release' leave the noun out and keep the date", () => {
    const a = ask("who headed the osce centre in almaty in 2004 per the press release");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Vikki/);
  });
});

describe("'showing' is a share", () => {
  it("'best showing' ranks the shares", () => {
    expect(ask("What was Nur Otan's best Mazhilis showing?").text).toMatch(/88\.4%/);
  });
});

describe("renamed at a time", () => {
  it("is the change then, not a name that merely held then", () => {
    expect(ask("was the CSCE renamed in 1999?").text).toMatch(/^No/);
    expect(ask("claim: the OSCE was renamed at the istanbul summit").text).toMatch(/^No/);
    expect(ask("was the CSCE renamed in 1995?").text).toMatch(/^Yes/);
  });

  it("a meeting's decision may take effect within a month of it", () => {
    expect(ask("was the CSCE renamed at the Budapest summit?").text).toMatch(/^Yes/);
  });

  it("the old name's end is the renaming", () => {
    expect(ask("ODIHR: original name before the 1992 rename?").text).toMatch(/Office for Free Elections/);
  });
});

describe("a year before the noun that names a term", () => {
  it("'the 2009 chair decision' is the decision on the 2009 term, not one taken in 2009", () => {
    expect(ask("where was the decision on the 2009 chairmanship taken?").text).toMatch(/Greece would hold the 2009.*Madrid/);
    expect(ask("when was the 2009 chairmanship decided?").text).toMatch(/2007/);
  });

  it("'decided in 2009' still dates the decision", () => {
    expect(ask("which chairmanship was decided in 2009?").text).toMatch(/Ireland would hold the 2012/);
  });
});

describe("a correction that is a question about 'it'", () => {
  it("asks it of what the part before named", () => {
    expect(ask("ministerial in 2013? I mean where was it held, city").text).toMatch(/Kyiv/);
  });
});

describe("a message of a check and a question", () => {
  it("'serbia chaired in 2015? and who was CiO' answers the check, then the question", () => {
    const a = ask("serbia chaired in 2015? and who was CiO");
    expect(a.text).toMatch(/^Yes\. Serbia held the 2015/);
    expect(a.text).toMatch(/Dačić/);
  });

  it("a question led by 'date' asks when, whatever year it names", () => {
    expect(ask("date kz got the 2010 chair").text).not.toMatch(/^Yes/);
    expect(ask("date montenegro joined").text).toMatch(/22 June 2006/);
  });
});

describe("a place offered as the answer", () => {
  it("is checked against the answer even where another role takes a city", () => {
    expect(ask("which city is the capital of kazakhstan - astana?").text).toMatch(/^Yes: Astana is the capital/);
    expect(ask("Which city is the capital of Kazakhstan — still Almaty?").text).toMatch(/^No: Astana is the capital/);
  });
});

describe("a comparison of two times", () => {
  it("names each side by the time asked, not the year its fact began", () => {
    const a = ask("Which had more participating States: the CSCE of 1975 or the OSCE of 1997?");
    expect(a.text).toMatch(/^Higher in 1997, lower in 1975/);
  });
});

describe("reporters' shorthand", () => {
  it("'fifteen years ago' counts back in words", () => {
    expect(ask("who was chair fifteen years ago", "2026-01-15").text).toMatch(/Lithuania held the 2011/);
  });

  it("'ya?' is a question tag, 'incl. this year' counts up to now", () => {
    expect(ask("the 2025 chair was Sweden, ya?").text).toMatch(/^No.*Finland/);
    expect(ask("how many times has switzerland chaired the osce incl. this year").text).toMatch(/^3 times/);
  });
});

describe("a claim framed by who says it", () => {
  it("'a reader says …', 'the report says … Accurate?', 'is it accurate that …' are checked", () => {
    expect(ask("A reader says the CSCE became OSCE on 1 January 1995. True?").text).toMatch(/^Yes/);
    expect(ask("The report says Nazarbayev got 95.5 percent in 2011. Accurate?").text).toMatch(/^Yes/);
    expect(ask("Is it accurate that Nazarbayev won 98.78% in 1991?").text).toMatch(/^Yes/);
  });

  it("not when a question of its own follows the claim", () => {
    expect(ask("copy says Tokayev won 70.76% in 2019 — final?").text).toMatch(/70\.96%/);
  });
});

describe("a figure claimed for the wrong time", () => {
  it("is No, with the time the figure belongs to", () => {
    const a = ask("Nur Otan won 88.4% in 2012.");
    expect(a.text).toMatch(/^No\. Nur Otan won 80\.99%/);
    expect(a.text).toMatch(/88\.4%.*2007/);
  });
});

describe("how long a person named held a post", () => {
  it("is asked by the operation, with no question word", () => {
    expect(ask("How long did Angelino Alfano chair the OSCE?").text).toMatch(/about 5 months/);
  });

  it("an institution's 'term of office' is no length of its seat", () => {
    expect(ask("how long is the HCNM's term of office").status).not.toBe("answered");
  });
});

describe("which end a question of resigning means", () => {
  it("is the post whose fact says the word ('until he resigned'), not one that simply ended", () => {
    expect(ask("when did nazarbayev resign").text).toMatch(/2019/);
    expect(ask("Verify: Nazarbayev resigned in March 2019.").text).toMatch(/^Yes/);
    expect(ask("nazarbayev resigned in 2018 - check").text).toMatch(/^No/);
  });
});

describe("half the vote", () => {
  it("is 50% of the vote", () => {
    expect(ask("Did the Amanat party win more than half the vote in 2023?").text).toMatch(/^Yes.*53\.90%/);
  });
});

describe("a pick or a count after an event", () => {
  it("is asked again with the event's day in its place", () => {
    expect(ask("What was the first Ministerial Council after the Astana summit?").text).toMatch(/Vilnius/);
    expect(ask("What was the last ministerial council before the Astana summit?").text).toMatch(/Athens/);
    expect(ask("who was the first CiO after the CSCE became the OSCE").text).toMatch(/Kovács/);
  });

  it("a count after a meeting is the count the day after it", () => {
    expect(ask("How many CSCE participating States after the December 1992 Stockholm Council?").text).toMatch(/52 participating States/);
  });

  it("a pick of one that comes out as several is no answer", () => {
    // (Four heads were appointed on one day at the Tirana Council.)
    expect(ask("Who was the first OSCE official appointed after the 2020 vacancy?").status).not.toBe("answered");
  });
});

describe("the first n", () => {
  it("'the first three' picks three", () => {
    const a = ask("Name the first three CiOs after the CSCE became the OSCE.");
    for (const name of ["Kovács", "Cotti", "Petersen"]) expect(a.text).toMatch(name);
  });
});

describe("the n-th of a time that has fewer than n", () => {
  it("is the n-th of the related facts then: the second chair of 2008 is its second chairperson", () => {
    expect(ask("Who was the 2nd chair of the OSCE in 2008?").text).toMatch(/^Alexander Stubb/);
    expect(ask("who was the second chair of 2003").text).toMatch(/^Ben Bot/);
  });

  it("with no n-th there either, no answer", () => {
    expect(ask("who was the third chair in 2008").status).not.toBe("answered");
  });
});

describe("winning the presidency", () => {
  it("is a presidential election, not a chairmanship", () => {
    expect(ask("Which year did Tokayev first win the presidency?").text).toMatch(/2019/);
  });
});

describe("a difference in points of one thing at two times", () => {
  it("needs no question word", () => {
    expect(ask("By how many percentage points did Nur Otan fall from 2016 to 2021?").text).toMatch(/11\.11 percentage points/);
  });
});

describe("'3 q's:' and that many parts", () => {
  it("answers each part between the commas", () => {
    const a = ask("three qs: SG now, CiO now, chair country now");
    expect(a.status).toBe("answered");
    for (const name of ["Sinirlioğlu", "Cassis", "Switzerland held the 2026"]) expect(a.text).toMatch(name);
  });

  it("not a part dated by another part's answer", () => {
    expect(ask("Three things: the 57th participating State, the year it joined, and the chair country at the time.").text).not.toMatch(/2026/);
  });
});

describe("sigma round, after the sealed scoring (training data)", () => {
  it("'sorry meant 2011', and 'no wait, I mean 2017 — country?' correct the year", () => {
    expect(ask("who was cio in 2012, sorry meant 2011").text).toMatch(/Ažubalis/);
    expect(ask("who chaired in 2007 — no wait I mean 2017 — country?").text).toMatch(/^Austria held the 2017/);
  });

  it("'the best chairmanship ever' judges: no count stands in for it", () => {
    expect(ask("best osce chairmanship ever - which one?").status).toBe("unknown");
    expect(ask("what does factdesk think of the 2023 mazhilis vote").status).toBe("unknown");
    expect(ask("Nazarbayev's best ever result?").text).toMatch(/98\.78%/);
  });

  it("'the three years Switzerland chaired' are three", () => {
    expect(ask("the three years switzerland chaired").text).toMatch(/1996, 2014 and 2026/);
  });
});

describe("a total after a joining", () => {
  it("'how many participating States after Montenegro joined?' is the total then", () => {
    expect(ask("How many participating States after Montenegro joined?").text).toMatch(/56 participating States/);
    expect(ask("how many states joined after Montenegro").text).toMatch(/Mongolia/);
  });
});

describe("a correction with nothing before it", () => {
  it("is the question", () => {
    expect(ask("I mean the 2003 MC - city and cio at that time").text).toMatch(/Maastricht.*de Hoop Scheffer/);
  });
});

describe("look-alike characters in an acronym", () => {
  it("a zero for O or an l for I is the acronym", () => {
    expect(ask("Who chaired the 0SCE in 2019?").text).toMatch(/Slovakia/);
    expect(ask("Where is ODlHR based?").text).toMatch(/Warsaw/);
  });
});

describe("how many states", () => {
  it("the states counted still cue the number of participating States", () => {
    expect(ask("who chaired 2004 and how many states then").text).toMatch(/55 participating States/);
    expect(ask("how many states are there now").text).toMatch(/57/);
  });
});

describe("'incl 2026' at the end of a count", () => {
  it("counts up to and including that year", () => {
    expect(ask("how many times has switzerland chaired the osce incl 2026").text).toMatch(/^3 times/);
    expect(ask("how many times has austria chaired including 2000").text).toMatch(/^1 time/);
  });
});

describe("a rank with no figure", () => {
  it("counts how often only with 'most', 'least', 'often'", () => {
    expect(ask("what is the largest number of participating states the osce has had").text).toMatch(/57 participating States/);
    expect(ask("which country chaired most often").text).toMatch(/Switzerland: 3 times/);
  });

  it("'acted as CiO' is served as CiO", () => {
    expect(ask("Which people acted as CiO for Austria in 2000?").text).toMatch(/Schüssel.*Ferrero-Waldner/);
  });
});

describe("none in a list complete up to a day (complete_until)", () => {
  it("a count of none is 'None', citing the latest fact before the time asked", () => {
    const a = ask("How many OSCE summits were held between 2011 and 2025?");
    expect(a.text).toMatch(/^None in 2011–2025: .* up to 31 December 2025\. The latest before: .*Astana/);
    expect(a.sources.length).toBeGreaterThan(0);
  });

  it("a time reaching past that day is answered only up to it", () => {
    expect(ask("how many summits since 2011", "2026-01-15").text).toMatch(/^None from 1 January 2011 to 31 December 2025/);
  });

  it("a time after that day, or a relation without it, is still 'I don't know'", () => {
    expect(ask("how many summits in 2026").status).toBe("unknown");
  });
});

describe("'which was the n-th time'", () => {
  it("asks when: the n-th chairmanship, not the n-th chairperson", () => {
    expect(ask("Which was the second time Austria chaired? Give the year.").text).toMatch(/^Austria held the 2017/);
  });
});

describe("two names compared at their own n-th", () => {
  it("'Italy's second chairmanship … Austria's second' compares 2018 with 2017", () => {
    expect(ask("Did Italy's second chairmanship come before or after Austria's second one?").text).toMatch(/^After: Italy held the 2018.*Austria held the 2017/);
  });
});
