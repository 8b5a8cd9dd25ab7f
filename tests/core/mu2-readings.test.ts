/**
 * Reading fixes of this round (issue 9, the mu2 sets' round). Wordings here are not the
 * held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("what a clause of 'not …' leaves out", () => {
  it("never answers with the body said after ', not its'", () => {
    const a = ask("In which city does the OSCE have its headquarters, not its parliamentary assembly?");
    expect(a.text).toMatch(/Vienna/);
    expect(a.text).not.toMatch(/Copenhagen/);
  });

  it("drops a time clause said not to be meant", () => {
    const a = ask("Who was Kazakh foreign minister during its OSCE chairmanship, not when the chair was decided?");
    expect(a.text).toMatch(/Saudabayev/);
    expect(a.text).not.toMatch(/Tazhin/);
  });

  it("never answers with a person a part of whose name is said not to be meant", () => {
    const a = ask("who was president of the OSCE PA in 2005 (not bruce)");
    expect(a.text).not.toMatch(/Bruce George/);
  });

  it("leaves 'not only' alone", () => {
    expect(ask("Who chaired the OSCE in 2004, not only in January?").text).not.toMatch(/^I don't know/);
  });
});

describe("two readings as good, one of which can only ask 'which one?'", () => {
  it("answers with the one that names a seat: the OSCE's is its Secretariat's", () => {
    const a = ask("where is the OSCE headquarters?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Vienna/);
  });
});

describe("the reporter's own story before a question", () => {
  it("is no context: its place and year are not the question's", () => {
    const a = ask("My uncle worked in Almaty in 1975. Which city was Kazakhstan's capital in 1999?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Astana|Akmola/);
  });

  it("is not asked: only the question after it is answered", () => {
    const a = ask("I flew to Vienna last week for a briefing; anyway, which country chaired the OSCE in 2016?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Germany/);
    expect(a.text).not.toMatch(/part of that/);
  });

  it("still dates a question that refers back to it ('that year'), never with its places", () => {
    const a = ask("I lived in Almaty in 2012. Who chaired the OSCE that year?");
    expect(a.text).toMatch(/Ireland/);
  });

  it("keeps a first-person request or belief as part of the question", () => {
    expect(ask("I think Kazakhstan chaired the OSCE in 2009. Is that right?").text).toMatch(/^No|2010/);
  });

  it("reads what someone told the reporter as a claim to check", () => {
    const a = ask("Yesterday my neighbour said the capital of Kazakhstan is Almaty. Is that right?");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Astana/);
  });
});

describe("a correction that only says more precisely what was asked", () => {
  it("adds a noun said after 'I mean' to the question", () => {
    const a = ask("ODIHR seat, i mean the city");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Warsaw/);
  });

  it("takes the correction before a comma and its tail as a detail", () => {
    const a = ask("tokayev share 2015 — I mean 2019, the june one");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/2019/);
    expect(a.text).not.toMatch(/2015/);
  });

  it("still corrects nothing where the correction names something new", () => {
    expect(ask("HCNM seat, i mean xyzzy").status).not.toBe("answered");
  });
});

describe("a post's name asked at the end, with a please or a question mark between", () => {
  it("asks who held it", () => {
    expect(ask("ODIHR director 2012 name pls").text).toMatch(/Lenar/);
    expect(ask("last SG? name please").text).toMatch(/Sinirlio/);
  });
});

describe("the Secretariat's head", () => {
  it("is the Secretary General", () => {
    const a = ask("who was in charge of the OSCE Secretariat in 2015?");
    expect(a.text).toMatch(/Zannier/);
  });

  it("leaves the Secretariat's seat to the seats", () => {
    expect(ask("osce secretariat city").text).toMatch(/Vienna/);
    expect(ask("where is the OSCE Secretariat?").text).toMatch(/Vienna/);
  });
});

describe("a telegraphic question ending in 'city'", () => {
  it("asks the city of the thing named", () => {
    expect(ask("odihr city pls").text).toMatch(/Warsaw/);
  });

  it("leaves a 'venue' alone (it may be a building)", () => {
    expect(ask("malta ministerial 2024 venue?").text).not.toMatch(/^Valletta/);
  });
});

describe("a remark on how many there were", () => {
  it("after the question is neither asked nor context", () => {
    const a = ask("who was CiO in 1994? i think there were two of them");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Andreatta/);
    expect(a.text).toMatch(/Martino/);
    expect(a.text).not.toMatch(/part of that/);
  });

  it("after a dash is taken out before the message is split", () => {
    const a = ask("italian CiOs in 2018 — there were 2, right? names pls");
    expect(a.text).toMatch(/Alfano/);
    expect(a.text).toMatch(/Moavero/);
  });
});

describe("a claim of how long something held ('… until YEAR')", () => {
  it("is checked against the state, not the event that began it", () => {
    const a = ask("Nur-Sultan was Kazakhstan's capital until 2021.");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/2022/);
  });

  it("is never confirmed by an event before the year alone", () => {
    const a = ask("Akmola was renamed Astana, a name it kept until 2020 — right?");
    expect(a.text).not.toMatch(/^Yes\b/);
  });
});

describe("a name said to be counted", () => {
  it("in brackets ('(count X)') is no filter on the count", () => {
    expect(ask("how many secretaries general has the OSCE had (count Schmid)").text).toMatch(/^8\b/);
  });

  it("after 'incl.' is no filter, and 'incl.' ends no sentence", () => {
    expect(ask("how many SGs has the osce had incl. Helga Schmid?").text).toMatch(/^8\b/);
  });
});

describe("two picks no operation makes, and gaps between facts", () => {
  it("never answers 'the first to chair a second time' with the second chairmanship", () => {
    expect(ask("Which country was first to hold the chairmanship a second time?").status).not.toBe("answered");
  });

  it("never answers 'the latest to chair for the first time' with the first chairmanship of all", () => {
    expect(ask("Which State most recently chaired the OSCE for the first time?").status).not.toBe("answered");
  });

  it("never answers 'the longest wait between' with the longest single term", () => {
    expect(ask("Which country waited longest between two of its OSCE chairmanships?").status).not.toBe("answered");
  });
});

describe("how long something had held when an event came", () => {
  it("measures the state up to the event's day", () => {
    const a = ask("How long had Lithuania been a participating State when it took the OSCE chair?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/As of 1 January 2011/);
    expect(a.text).toMatch(/19 years/);
  });
});

describe("the year before or after a clause with a verb of its own", () => {
  it("is every holder of that year, not only the one right before", () => {
    const a = ask("Which CiOs served the year before Austria chaired in 2017?");
    expect(a.text).toMatch(/Steinmeier|Germany/);
  });

  it("gives both holders of a year with two", () => {
    const a = ask("who was CiO the year before Kazakhstan chaired?");
    expect(a.text).toMatch(/Bakoyann/);
    expect(a.text).toMatch(/Papandreou/);
  });
});

describe("a 'before' or 'after' with a pick that the reading neither orders nor dates", () => {
  it("never answers with the decision on the chairmanship named", () => {
    const a = ask("Which was the last ministerial council before Lithuania's chairmanship?");
    expect(a.text).not.toMatch(/decision/i);
  });
});

describe("a short possessive ask joined at the end ('… and its CiO?')", () => {
  it("is asked of the same subject too", () => {
    const a = ask("ireland's year in the chair and its CiO?");
    expect(a.text).toMatch(/2012/);
    expect(a.text).toMatch(/Gilmore/);
  });
});

describe("the desk's ways of asking for a check", () => {
  it("reads '— fix?', '— good?', '— hmm?' after pasted copy as 'right?'", () => {
    expect(ask("copy says almaty was the capital until 2001 — fix?").text).toMatch(/^No\b/);
    expect(ask("copy says kazakhstan chaired the osce in 2010 — good?").text).toMatch(/^Yes\b/);
  });

  it("leaves 'y/n' to the question it ends", () => {
    expect(ask("was Saudabayev CiO for all of 2010? y/n").text).toMatch(/^Yes\b/);
  });
});

describe("the reporter's talk after a question", () => {
  it("is neither asked nor context", () => {
    const a = ask("2012 chairmanship — ireland or iceland? keep confusing them");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Ireland/);
  });

  it("never swallows a follow-up ask without a mark ('? and the CiO')", () => {
    const a = ask("malta chaired which year? and the CiO");
    expect(a.text).toMatch(/2024/);
    expect(a.text).toMatch(/Borg/);
  });
});

describe("a remark on the form the answer may take", () => {
  it("is no part of the question", () => {
    expect(ask("ireland 2012 chairperson in office, first + last name").text).toMatch(/Eamon Gilmore/);
    expect(ask("nazarbayev 2015 share, two decimals please").text).toMatch(/97\.75/);
    expect(ask("list every OSCE secretary general, surnames are fine").text).toMatch(/Zannier/);
  });
});

describe("a lead-in whose only thing is a year of the reporter's", () => {
  it("never dates a question that has its own year", () => {
    expect(ask("Putting together a 2021 recap - where was the 2018 Ministerial Council?").text).toMatch(/Milan/);
    expect(ask("Before the 2025 archive shuts: who was OSCE CiO in 2013?").text).toMatch(/Yanukovych|Kozhara|Ukraine/);
  });
});

describe("the country said to host a meeting", () => {
  it("says where the city asked for lies", () => {
    expect(ask("In which city did Germany host the 2016 ministerial council?").text).toMatch(/Hamburg/);
    expect(ask("Slovakia hosted the 2019 Ministerial Council in which city?").text).toMatch(/Bratislava/);
  });

  it("never answers with a city elsewhere", () => {
    expect(ask("where did Finland host the 2025 ministerial council?").text).not.toMatch(/^The 32nd/);
  });
});

describe("since an event said without its subject", () => {
  it("is since the day of the main part's own event ('since independence')", () => {
    const a = ask("name every capital Kazakhstan has had since independence");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/since 16 December 1991/);
    expect(a.text).toMatch(/Akmola/);
  });

  it("leaves 'how many years since …' to the time elapsed", () => {
    expect(ask("how many years since kazakhstan chaired the osce?").text).toMatch(/16 years|since 2010|2010/);
  });
});

describe("an n-th said with a nationality or 'its'", () => {
  it("is the owner's own n-th ('the second finnish chairmanship')", () => {
    expect(ask("was 2025 the second finnish chairmanship?").text).toMatch(/^Yes/);
    expect(ask("Switzerland's 2014 chairmanship was its second.").text).toMatch(/^Yes/);
    expect(ask("Switzerland's 2026 chairmanship is its second.").text).toMatch(/third/);
  });
});

describe("'final' beside a share", () => {
  it("is the final count, never the last election", () => {
    const a = ask("nazarbayev 95.55% in 2011 — that's the final figure, right?");
    expect(a.text).toMatch(/2011/);
    expect(a.text).not.toMatch(/2015/);
  });

  it("never confirms a figure the answer gives only as the preliminary one", () => {
    expect(ask("tokayev 70.76% in 2019 — final?").text).not.toMatch(/^Yes/);
  });
});

describe("two question words joined by a slash", () => {
  it("ask both of one subject ('when/where'), never one dropped silently", () => {
    const a = ask("when/where was the office for free elections renamed ODIHR?");
    expect(a.text).toMatch(/1992/);
    expect(a.text).toMatch(/part of that/);
  });
});

describe("a turn again ('again', 're-elected')", () => {
  it("is a turn of one who had one before", () => {
    expect(ask("when did Poland chair the OSCE again?").text).toMatch(/2022/);
    expect(ask("when did Poland chair the OSCE again?").text).not.toMatch(/1998/);
    expect(ask("who was CiO when Tokayev was re-elected?").text).toMatch(/Rau/);
  });

  it("'its' in one of two events is the other's owner", () => {
    const a = ask("How many years after its first chairmanship did Poland chair again?");
    expect(a.text).toMatch(/1998/);
    expect(a.text).toMatch(/24 years/);
    expect(a.text).not.toMatch(/Germany/);
  });
});

describe("the role a question's own verb asks", () => {
  it("is who chaired a Council named by its year or its rank", () => {
    expect(ask("who chaired the 2016 ministerial council?").text).toMatch(/Steinmeier/);
    expect(ask("who chaired the very first CSCE council?").text).toMatch(/Genscher/);
  });

  it("leaves a noun of it alone ('whose chairmanship held …' asks the country)", () => {
    expect(ask("whose chairmanship held the 2019 MC").text).not.toMatch(/^The 26th/);
  });
});

describe("a year guessed after a question that asks when", () => {
  it("is no time of the question; the verdict on it leads the answer", () => {
    const a = ask("Ivica Dacic, year as CiO? 2016 i think");
    expect(a.text).toMatch(/^No: /);
    expect(a.text).toMatch(/2015/);
    expect(ask("Passy osce chair yr? 2004?").text).toMatch(/^Yes: .*2004/);
  });
});

describe("'— name?' after a telegraphic question", () => {
  it("asks the name of what the question names", () => {
    expect(ask("the french SG appointed in 2005 — name?").text).toMatch(/Perrin de Brichambaut/);
  });
});

describe("a reading no word of the question cued", () => {
  it("corrects no premise with facts of another kind", () => {
    expect(ask("Which OSCE Chairperson-in-Office visited Kazakhstan in 2008?").text).not.toMatch(/^Not Kazakhstan/);
  });
});

describe("the reporter's words about the answer's source or form", () => {
  it("leave the question as it is ('mentioned by Bloomberg', 'nominally', 'supplied', 'is this accurate')", () => {
    expect(ask("How many were killed in the 2011 riots mentioned by Bloomberg?").status).toBe("answered");
    expect(ask("where was the 2020 ministerial council held, nominally?").text).toMatch(/Tirana/);
    expect(ask("Every SG Italy has supplied?").text).toMatch(/Zannier/);
    expect(ask("Is this accurate: Ireland chaired the OSCE in 2012.").text).toMatch(/^Yes/);
  });
});

describe("'lose' between two elections", () => {
  it("asks the difference", () => {
    expect(ask("how many seats did Nur Otan lose from 2007 to 2012?").text).toMatch(/difference of 15/);
  });
});

describe("more words for deciding and for causes", () => {
  it("reads 'settled' as decided and 'set off' as caused", () => {
    expect(ask("which three chairmanships were settled at Madrid in 2007?").text).toMatch(/Lithuania/);
    expect(ask("what set off the riots in western Kazakhstan in December 2011?").status).toBe("answered");
  });
});

describe("an era said in so many words beside a year", () => {
  it("keeps a first claim to that era", () => {
    const a = ask("Claim: Budapest 1994 hosted the first summit under the OSCE name.");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Lisbon/);
  });
});

describe("a first or last checked against a nationality said of it", () => {
  it("picks the first of all, then checks ('was the first SG Italian?')", () => {
    const a = ask("Claim: the first OSCE Secretary General was an Italian diplomat.");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Höynck/);
    expect(ask("Was the first OSCE Secretary General German?").text).toMatch(/^Yes\. Wilhelm Höynck/);
  });

  it("still picks among a nationality said before the noun ('the first Italian SG')", () => {
    expect(ask("was the first Italian SG Aragona?").text).toMatch(/^Yes\b/);
  });
});

describe("an order of so many steps", () => {
  it("goes that far from the named one ('the second CiO after Passy', 'three chairmanships after')", () => {
    expect(ask("who was the second CiO after Passy?").text).toMatch(/^Second after Solomon Passy.*De Gucht/);
    expect(ask("Which country chaired three chairmanships after Kazakhstan?").text).toMatch(/Ukraine/);
  });

  it("leaves a list of the last few alone ('the last three chairs before …')", () => {
    const a = ask("last three chairs before switzerland 2026");
    expect(a.text).not.toMatch(/^Third before/);
  });
});
