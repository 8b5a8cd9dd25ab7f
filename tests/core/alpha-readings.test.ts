/**
 * Reading fixes of this round (issue 9, the alpha sets' round). Wordings here are not the held-out
 * sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("a ranking over several named times", () => {
  it("ranks the facts of every time named, not of the first one only", () => {
    const fewest = ask("which of the 2012, 2016 and 2021 Mazhilis votes gave Nur Otan the fewest seats?");
    expect(fewest.text).toMatch(/76 seats/);
    expect(fewest.text).toMatch(/2021/);
    const most = ask("which of the 2012, 2016 and 2021 Mazhilis votes gave Nur Otan the most seats?");
    expect(most.text).toMatch(/84 seats/);
    expect(most.text).not.toMatch(/83 seats/);
  });
});

describe("a visit is not a meeting of a council", () => {
  it("does not check a visit against the Ministerial Councils", () => {
    const a = ask("did the chairperson-in-office visit Zhanaozen in 2012?");
    expect(a.status).not.toBe("answered");
  });

  it("still reads a visit where the table holds visits", () => {
    expect(ask("when did Solomon Passy visit Kazakhstan?").text).toMatch(/2004/);
  });
});

describe("a state that held a seat under another name", () => {
  it("never says No where the fact of that time says it held it as that name", () => {
    const a = ask("was FR Yugoslavia admitted to the OSCE in 2000?");
    expect(a.text).not.toMatch(/^No/);
    expect(a.text).toMatch(/10 November 2000/);
  });

  it("still says No to a state that did not take part", () => {
    expect(ask("did Estonia chair the OSCE in 2024?").text).toMatch(/^No/);
  });
});

describe("two ordinal picks of one thing", () => {
  it("asks each pick", () => {
    const a = ask("the first and the second SG?");
    expect(a.text).toMatch(/Höynck/);
    expect(a.text).toMatch(/Aragona/);
  });

  it("leaves a difference between the two picks one question", () => {
    const a = ask("how many years apart were Switzerland's first and second chairmanships?");
    expect(a.text).not.toMatch(/Cotti.*Burkhalter/);
  });
});

describe("time words", () => {
  it("reads 'the year two thousand' as 2000, a bare 'two thousand' still as a count", () => {
    expect(ask("which country held the chair in the year two thousand?").text).toMatch(/Austria/);
    expect(ask("were two thousand observers deployed in 2005?").text).not.toMatch(/2000/);
  });

  it("reads early / mid / late of a month as those days", () => {
    const late = ask("who was the OSCE chairperson in late Dec. 2003?");
    expect(late.text).toMatch(/Bot/);
    expect(late.text).not.toMatch(/Hoop Scheffer/);
    // Early December holds both: de Hoop Scheffer until the 3rd.
    expect(ask("who was the OSCE chairperson in early December 2003?").text).toMatch(/Hoop Scheffer.*Bot/);
  });
});

describe("figures", () => {
  it("checks a bare figure with decimals as a share", () => {
    expect(ask("Tokayev won 2022 with 81.31, correct?").text).toMatch(/^Yes/);
    expect(ask("Tokayev won 2022 with 79.31, correct?").text).toMatch(/^No/);
  });

  it("reads 'the final' before a figure's noun words away as the final figure, not the last election", () => {
    const a = ask("bloomberg had 80.7, what was the final January 2012 ruling party share");
    expect(a.text).toMatch(/80\.99/);
    expect(a.text).not.toMatch(/Amanat/);
  });
});

describe("a role cue in a yes/no question", () => {
  it("places the name in the role the question says, never answering Yes from another", () => {
    expect(ask("was Malta the candidate Russia and Belarus blocked for 2024?").text).not.toMatch(/^Yes/);
    expect(ask("who chaired instead of estonia?").text).toMatch(/Malta/);
  });
});

describe("a place found by where it lies", () => {
  it("holds a country of the city a fact names", () => {
    expect(ask("did the 2019 ministerial council take place in Slovakia?").text).toMatch(/^Yes.*Bratislava/);
    expect(ask("was the 1998 Ministerial Council held in Norway?").text).toMatch(/^Yes.*Oslo/);
    expect(ask("how many Ministerial Councils has Austria hosted?").text).toMatch(/^3\b/);
  });

  it("still says No of a city that is not the one", () => {
    expect(ask("the 2024 ministerial council was held in Valletta, right?").text).toMatch(/^No.*Ta' Qali, Malta/);
  });

  it("never reads a name the relation holds itself as the place it lies in", () => {
    // Switzerland chaired; Basel, in Switzerland, is where another decision was taken.
    expect(ask("Which country's chairmanship was decided together with Switzerland's 2014 one?").text).not.toMatch(/Austria/);
  });

  it("agrees where two readings asked for a year give the same one", () => {
    expect(ask("karel de gucht osce which year?").text).toMatch(/2006/);
  });
});

describe("lengths and speakers", () => {
  it("finds no length in one-day events: the name's time as capital is the length", () => {
    const a = ask("How long did the city keep the name Nur-Sultan?");
    expect(a.text).toMatch(/3 years and 6 months/);
  });

  it("never answers what one body said with another's words", () => {
    expect(ask("what did the OSCE Parliamentary Assembly say about Kazakhstan's 2011 presidential election?").status).not.toBe("answered");
    expect(ask("what did ODIHR say about Kazakhstan's 2011 presidential election?").text).toMatch(/ODIHR/);
  });
});

describe("the renamed thing", () => {
  it("dates 'the renamed OSCE' from the day after its era name ended", () => {
    const a = ask("name the first chairperson-in-office of the renamed OSCE");
    expect(a.text).toMatch(/Kovács/);
    expect(a.text).not.toMatch(/Genscher/);
    expect(ask("who was the first CiO?").text).toMatch(/Genscher/);
  });
});

describe("first words", () => {
  it("reads 'started out' and 'at first' as the first", () => {
    expect(ask("what name did ODIHR start out with?").text).toMatch(/Office for Free Elections/);
  });
});

describe("decades in words", () => {
  it("reads the two thousands, the noughties and the twenty-tens, never dropping them", () => {
    expect(ask("In the two thousands, which country chaired the OSCE first?").text).toMatch(/^Austria held the 2000/);
    expect(ask("who chaired the OSCE in the noughties?").text).toMatch(/Austria \(2000\).*Greece \(2009\)/);
    expect(ask("which SGs served in the twenty-tens?").text).toMatch(/Zannier/);
  });
});

describe("British and American spellings", () => {
  it("meet in one stem", async () => {
    const { stem } = await import("../../src/text/stem.js");
    expect(stem("institutionalised")).toBe(stem("institutionalized"));
    expect(stem("organisation")).toBe(stem("organization"));
    expect(stem("honoured")).toBe(stem("honored"));
    expect(stem("hour")).not.toBe(stem("hor"));
  });

  it("answers a 'when' whose word only a note explains with the note's sentence saying it", () => {
    const a = ask("when was the chairperson-in-office function formally institutionalised?");
    expect(a.text).toMatch(/Helsinki Document 1992/);
  });
});

describe("a list complete up to a day", () => {
  it("says No to 'was there one then', with what the related relations had instead", () => {
    const a = ask("did the OSCE hold a Ministerial Council in 2010?");
    expect(a.text).toMatch(/^No\. None in 2010/);
    expect(a.text).toMatch(/Astana/);
    expect(ask("was there an OSCE Ministerial Council in 2009?").text).toMatch(/^Yes.*Athens/);
  });

  it("counts none only where the relation has nothing then at all", () => {
    expect(ask("how many Ministerial Councils were held in 2010?").text).toMatch(/^None in 2010/);
    expect(ask("ordinal number of the 2019 Ministerial Council?").text).not.toMatch(/^None/);
  });
});

describe("which of two came first", () => {
  it("picks the earlier of two offered, never a winner", () => {
    expect(ask("Which Ministerial Council came first: Porto or Maastricht?").text).toMatch(/Porto/);
    expect(ask("Who came first as chairperson-in-office, Vollebaek or Geremek?").text).toMatch(/^Bronisław Geremek/);
  });

  it("still reads 'came first' in an election as winning", () => {
    expect(ask("who came first in the 2019 presidential election, tokayev or kosanov?").text).toMatch(/^Kassym-Jomart Tokayev won/);
  });
});

describe("which of two things of different kinds came first", () => {
  it("keeps a colon after the lead in one question", () => {
    const a = ask("Which came first: Mongolia joining the OSCE or the January 2012 Mazhilis election?");
    expect(a.text).toMatch(/^First: .*Mazhilis.*Then: Mongolia/);
  });

  it("carries a subject only into a part that has none", () => {
    expect(ask("how many years between Kazakhstan joining the CSCE and chairing the OSCE?").text).toMatch(/1992 to 2010/);
    const a = ask("Which came first: the Nur-Sultan renaming or Tokayev's first election win?");
    expect(a.text).toMatch(/^First: .*renamed from Astana to Nur-Sultan on 23 March 2019/);
  });

  it("reads 'the X renaming' as the renaming to X, 'X renamed' as the renaming of X", () => {
    expect(ask("when was the Nur-Sultan renaming?").text).toMatch(/from Astana to Nur-Sultan/);
    expect(ask("When was Akmola renamed?").text).toMatch(/from Akmola to Astana/);
  });
});

describe("the n-th turn of one that had fewer", () => {
  it("says how many it had where the list is complete", () => {
    expect(ask("When did Hungary hold the OSCE chair for the second time?").text).toMatch(/^Only once: Hungary held the 1995/);
    expect(ask("when did switzerland chair for the second time?").text).toMatch(/2014/);
  });

  it("never answers one still to come", () => {
    expect(ask("When will Kazakhstan chair the OSCE for a second time?").status).not.toBe("answered");
  });
});

describe("numbers said as places in a series, points apart", () => {
  it("reads 'number 23' as the 23rd", () => {
    expect(ask("where did Ministerial Council number 19 meet?").text).toMatch(/^The 19th .*Dublin/);
  });

  it("reads how many points separate two results as their difference", () => {
    expect(ask("How many points separate Nazarbayev's 2005 and 2011 results?").text).toMatch(/difference of/);
  });
});

describe("how long a name lasted before it changed", () => {
  it("is no time between two renamings", () => {
    expect(ask("How long did the Akmola name last before it became Astana?").text).not.toMatch(/apart/);
    expect(ask("how many years did mongolia join after montenegro?").text).toMatch(/6 years|six years/);
  });
});

describe("which mission a name led", () => {
  it("never confirms a long-term mission from the short-term observers' co-ordinator", () => {
    expect(ask("Bruce George headed the long-term observation mission in Kazakhstan in 2005, right?").text).not.toMatch(/^Yes/);
    expect(ask("who led the long-term observation mission in Kazakhstan in 2005?").text).toMatch(/Glover/);
  });

  it("never confirms 'unopposed' of an election whose facts do not say it", () => {
    expect(ask("did Nazarbayev win the 2005 presidential election unopposed?").text).not.toMatch(/^Yes/);
  });
});

describe("a qualifier said before a post", () => {
  it("is said even where the word is a filler elsewhere", () => {
    expect(ask("was Kanerva the acting president of the OSCE PA?").text).not.toMatch(/^Yes/);
    expect(ask("was Kanerva president of the OSCE PA?").text).toMatch(/^Yes/);
    // ("Final Act": "act" is no "acting".)
    expect(ask("when was the helsinki final act signed").text).toMatch(/1975/);
  });
});

describe("a count beside a named one", () => {
  it("counts the others, not the named one's times", () => {
    expect(ask("how many states joined after montenegro?").text).toMatch(/^1 state: Mongolia/);
  });

  it("reads 'how many after X joined' as the total then, never a count of those after", () => {
    expect(ask("how many after montenegro joined").text).not.toMatch(/Mongolia/);
  });
});

describe("a bare noun asked after a question", () => {
  it("asks it of the same", () => {
    expect(ask("hungary chaired the osce when? CiO?").text).toMatch(/1995.*Kovács/);
  });

  it("leaves a word of the question before, or a plain word, to that question", () => {
    expect(ask("what did nazarbayev tell ambassadors on 2 march 2012 about observer missions — quote?").text).toMatch(/Nazarbayev said/);
  });
});

describe("two readings alike", () => {
  it("takes the one only whose facts' own text says a word of the question", () => {
    expect(ask("is mongolia a partner or a full participating state").text).toMatch(/participating State since 21 November 2012/);
  });
});

describe("after the final scoring", () => {
  it("reads 'counting from 2000' as the time counted from, not a time included", () => {
    expect(ask("Counting from 2000, how many Secretaries General came from Italy?").text).toMatch(/^1 Secretary General: Lamberto Zannier/);
    expect(ask("How many times has Switzerland chaired, counting 2026?").text).toMatch(/^3 times/);
  });

  it("reads 'the final' before a figure said with % as the final figure", () => {
    const a = ask("2012 mazhilis, nur otan 80.7% per bloomberg - is that the final?");
    expect(a.text).toMatch(/80\.99/);
    expect(a.text).not.toMatch(/2021/);
  });
});
