/**
 * Reading fixes of this round (issue 9, the phi sets' round).
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";
import { listedAsks } from "../../src/understand/segment.js";
import { meetingsNamed, type MeetingReader } from "../../src/query/meeting-named.js";
import { loadFactTable } from "../../src/facts/load.js";
import { defaultFactsDir } from "../../src/factdesk.js";

describe("a meeting named by its city is a time", () => {
  it("dates the question it is said in, and the answer says when the meeting was", () => {
    const a = ask("chair country at time of Porto MC");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Portugal/);
    expect(a.text).toMatch(/Porto on 6-7 December 2002/);
    expect(ask("Secretary General during the 2010 Astana summit?").text).toMatch(/Perrin de Brichambaut/);
    expect(ask("who was Chairperson-in-Office at the 1st CSCE Council in Berlin?").text).toMatch(/Genscher/);
  });

  it("a check dated by a meeting that says 'No' also says when it was", () => {
    const a = ask("Kazakhstan joined the CSCE at the Helsinki summit of 1992 — correct?");
    expect(a.text).toMatch(/^No/);
    expect(a.text).toMatch(/Prague/);
  });

  it("a meeting that acts dates only an event, and only a yes/no", () => {
    const a = ask("Did the Brussels ministerial of 2006 pick the 2009 chair?");
    expect(a.text).toMatch(/^No, not in 4-5 December 2006/);
    expect(a.text).toMatch(/Madrid/);
    // What a meeting said, or who hosted it, is not asked of its days.
    expect(ask("What did the Oslo Ministerial Council say about the chair?").status).not.toBe("answered");
    expect(ask("Was the Oslo Ministerial Council hosted by the chairing country?").text).not.toMatch(/^Yes/);
  });

  it("a meeting the table cannot date to one fact dates nothing", () => {
    // (Vienna hosted several Councils: which one is not said.)
    expect(ask("Secretary General at the Vienna ministerial?").status).not.toBe("answered");
  });
});

describe("meetingsNamed", () => {
  const { table } = loadFactTable(defaultFactsDir());
  const athens = table.facts.find((f) => f.relation.id === "osce_ministerial_council" && f.validity && JSON.stringify(f.validity).includes("2009-12-01"))!;
  const reader = (dated: Record<string, typeof athens | undefined>): MeetingReader => ({
    read: (text) => ({ entities: /^athens$/i.test(text) ? [{ entity: table.entities.get("athens")!, fuzzy: false }] : [] }) as never,
    datedFact: (q) => dated[q.toLowerCase()],
  });

  it("finds the span and the question without it", () => {
    const found = meetingsNamed("who was CiO at the Athens MC?", reader({ "when was the athens mc": athens }));
    expect(found).toHaveLength(1);
    expect(found[0]!.rest).toBe("who was CiO?");
    expect(found[0]!.led).toBe(true);
  });

  it("takes a city and a year only when said as a time, and asks each kind of meeting", () => {
    const r = reader({ "when was the athens ministerial council in 2009": athens });
    expect(meetingsNamed("CiO at Athens 2009?", r)).toHaveLength(1);
    expect(meetingsNamed("Athens 2009 was a good year?", r)).toHaveLength(0);
  });

  it("drops a meeting its own question does not date, or dates by a fact that does not name the city", () => {
    expect(meetingsNamed("who was CiO at the Athens MC?", reader({}))).toHaveLength(0);
    const other = table.facts.find((f) => f.relation.id === "osce_ministerial_council" && f !== athens && f.validity)!;
    expect(meetingsNamed("who was CiO at the Athens MC?", reader({ "when was the athens mc": other }))).toHaveLength(0);
  });
});

describe("a yes/no question naming two years", () => {
  it("holds only if it holds at each; never 'Yes' from the first alone", () => {
    const a = ask("was the 2009 chair decided in 2006?");
    expect(a.text).not.toMatch(/^Yes/);
  });

  it("where one year names the term, the other is when its facts happened", () => {
    expect(ask("Was Malta picked for 2024 back in 2021?").text).toMatch(/^No, not in 2021.*2023/);
    expect(ask("Was Malta picked for 2024 in 2023?").text).toMatch(/^Yes/);
  });
});

describe("a holder asked of a time it did not hold", () => {
  it("of one event then, is corrected with what that event had", () => {
    const a = ask("What was Nazarbayev's share in the 2022 presidential election?");
    expect(a.text).toMatch(/^Not Nursultan Nazarbayev in 2022: /);
    expect(a.text).toMatch(/Tokayev won .* 2022 with 81\.31%/);
    expect(ask("when did Nazarbayev win the 2019 election?").text).toMatch(/^Not Nursultan Nazarbayev in 2019: .*Tokayev/);
  });

  it("says the name's own facts when there are one or two, and cites them", () => {
    const a = ask("with what share did Tokayev win in 2005?");
    expect(a.text).toMatch(/^Not Kassym-Jomart Tokayev in 2005: Kassym-Jomart Tokayev won .* 2019/);
    expect(a.facts.some((f) => f.values.winner?.includes("Tokayev"))).toBe(true);
    expect(a.facts.some((f) => f.values.winner?.includes("Nazarbayev"))).toBe(true);
    // A name offered after the question is a guess to check: "No", with who won.
    expect(ask("who won the 2005 presidential election, Tokayev?").text).toMatch(/^No: Nursultan Nazarbayev won .* 2005/);
  });

  it("never dates a question by a clause whose premise it corrected", () => {
    const a = ask("when Kazakhstan chaired in 2008, who was its foreign minister?");
    expect(a.text).not.toMatch(/Tazhin/);
  });
});

describe("a role's default", () => {
  it("is what a question naming nothing of the relation means", () => {
    expect(ask("how many presidential elections are on record?").text).toMatch(/^7 presidential elections\b/);
    // Every OSCE body has a seat; the OSCE's own is its Secretariat's.
    expect(ask("where is the OSCE headquartered?").text).toMatch(/^The OSCE Secretariat has been based in Vienna/);
    expect(ask("the presidential election with the smallest winning share?").text).toMatch(/Tokayev .* 2019/);
  });

  it("never hides a fact the question names", () => {
    expect(ask("where is ODIHR based?").text).toMatch(/Warsaw/);
    expect(ask("where is ODIHR based?").text).not.toMatch(/Vienna/);
    // Another country's presidential election is not in the table: no Kazakh one stands in for it.
    expect(ask("Putin's share in the 2012 election?").text).toMatch(/^I don't know/);
  });
});

describe("a count in digits before a plural noun", () => {
  it("says how many things are meant, like a count in words", () => {
    const a = ask("the 2 cios of 2008?");
    expect(a.text).toMatch(/Kanerva/);
    expect(a.text).toMatch(/Stubb/);
    expect(ask("the 2 finnish cios of 2008").text).toMatch(/Kanerva.*Stubb/);
  });

  it("of a relation of texts, counts its facts", () => {
    expect(ask("list the 3 dimensions").text).toMatch(/politico-military.*economic.*human/);
  });
});

describe("a count of a kind whose one member is named", () => {
  it("is never that member's count of facts, with a time or without", () => {
    for (const q of ["how many states when FRY was admitted in 2000", "how many participating states was Montenegro in 2010"]) expect(ask(q).text, q).not.toMatch(/^1 time/);
  });
});

describe("'besides X'", () => {
  it("leaves out the facts that name or say X", () => {
    const a = ask("which countries held the chair in 2008-2012 other than Kazakhstan");
    expect(a.text).toMatch(/Finland.*Greece.*Lithuania.*Ireland/);
    expect(a.text).not.toMatch(/Kazakhstan/);
    expect(ask("who did passy meet apart from nazarbayev").text).not.toMatch(/Nazarbayev/);
  });

  it("is no answer where no fact has X: the table does not see what the reporter sees", () => {
    expect(ask("who did Passy meet in Almaty besides Tokayev").status).not.toBe("answered");
  });

  it("is no word left unread in a yes/no question", () => {
    expect(ask("Besides its summits, did Helsinki host a Ministerial Council too?").text).toMatch(/^Yes.*2008/);
  });
});

describe("two names each with its own time", () => {
  it("are checked pair by pair, in order, with one verdict for the whole", () => {
    const a = ask("Greece chaired in 2009 and Ireland in 2013 — correct?");
    expect(a.text).toMatch(/^No\. Greece held the 2009/);
    expect(a.text).toMatch(/Ireland held the 2012/);
    expect(ask("Did Greece chair in 2009 and Lithuania in 2011?").text).toMatch(/^Yes\. Greece .* Lithuania/);
  });

  it("not where the two are measured against each other", () => {
    expect(ask("Did Tokayev in 2022 top Nazarbayev's 2005 share?").text).not.toMatch(/^Yes\. Kassym-Jomart Tokayev won .* Nursultan/);
  });
});

describe("where a meeting named by its city was held", () => {
  it("is said by the facts held there, with their days", () => {
    expect(ask("where did the Budapest summit take place?").text).toMatch(/Budapest on 5-6 December 1994/);
  });

  it("not where the question asks a place within a country, or a pick", () => {
    expect(ask("Where in Malta was the 2024 Ministerial Council held?").text).not.toMatch(/met in Malta on/);
    expect(ask("the Astana summit was held first where?").status).not.toBe("answered");
  });
});

describe("a first name and a near surname", () => {
  it("a longer surname is only a slip by one added letter: 'Jan Kubiak' is no Kubiš", () => {
    expect(ask("What did Jan Kubiak do after 2005?").text).not.toMatch(/Kubiš/);
    expect(ask("Who succeeded Jan Kubiak as Secretary General?").status).toBe("unknown");
    expect(ask("Solomon Pasi - which year was he chairman in office").text).toMatch(/Passy .* 2004/);
  });
});

describe("listedAsks: short asks listed after a year, or joined by '+'", () => {
  it("asks each part at that year", () => {
    expect(listedAsks("2019: kz winner, osce chair, MC venue")).toEqual(["kz winner 2019", "osce chair 2019", "MC venue 2019"]);
    expect(listedAsks("2015 presidential winner + osce chair that yr")).toEqual(["2015 presidential winner", "osce chair 2015"]);
    expect(listedAsks("2016 mazhilis share and that year's osce chair")).toEqual(["2016 mazhilis share", "2016 osce chair"]);
  });

  it("not two things of one subject, nor questions of their own", () => {
    expect(listedAsks("MC 2014: city + dates")).toBeNull();
    expect(listedAsks("2016 nur otan share + seats")).toBeNull();
    expect(listedAsks("2010: who chaired, where was the summit")).toBeNull();
    expect(listedAsks("Kazakhstan, Kyrgyzstan and Tajikistan joined when")).toBeNull();
  });

  it("each part is answered in order", () => {
    const a = ask("2019: kz winner, osce chair, MC venue");
    expect(a.text).toMatch(/Tokayev.*Slovakia.*Bratislava/);
  });
});

describe("an announced resignation", () => {
  it("is what was said, dated by the statement, not the end of a term", () => {
    expect(ask("On what date did Nazarbayev announce that he was stepping down?").text).toMatch(/19 March 2019/);
    expect(ask("Nazarbayev announced his resignation on 20 March 2019 — right?").text).not.toMatch(/^Yes/);
  });
});

describe("'oldest' and a year moved from a name", () => {
  it("the oldest of things is the first; of people it is no reading", () => {
    expect(ask("the oldest ministerial council?").text).toMatch(/Berlin .* 1991/);
    expect(ask("who was the oldest Secretary General").status).toBe("unknown");
  });

  it("'two years before Kazakhstan' is dated by the question's own verb", () => {
    expect(ask("which country held the chair two years before Kazakhstan?").text).toMatch(/^Finland held the 2008/);
  });
});

describe("'that year' in the second of two joined asks", () => {
  it("is the year of the first, even where the second names its own thing", () => {
    expect(ask("2015 presidential % and who chaired the osce that year").text).toMatch(/97\.75%.*Serbia held the 2015/);
  });
});

describe("which time, of one named thing", () => {
  it("'first or second' says where the time said falls among its facts", () => {
    expect(ask("was Italy's 2018 chairmanship its first or second?").text).toMatch(/^The second\. Italy held the 1994 and 2018/);
    expect(ask("Switzerland's 1996 chairmanship - first, second or third?").text).toMatch(/^The first\./);
  });
});

describe("a successor asked at a time finer than a year", () => {
  it("began then, or nobody replaced the one named then", () => {
    expect(ask("Who took over from Saudabayev as CiO in March 2010?").status).not.toBe("answered");
    expect(ask("who replaced Kanerva as Chairperson-in-Office in April 2008").text).toMatch(/Stubb/);
  });
});

describe("'name of the <kind>'", () => {
  it("of a country or a person asks which one", () => {
    expect(ask("name of the country that chaired the OSCE in 2005").text).toMatch(/^Slovenia held the 2005/);
    expect(ask("name of the first Secretary General").text).toMatch(/Höynck/);
  });
});

describe("one place claimed of a named thing", () => {
  it("'its first?' and 'first time …?' are checked against its place", () => {
    expect(ask("italy's 2018 chairmanship was its first?").text).toMatch(/^No: the second\. Italy held the 1994 and 2018/);
    expect(ask("poland 1998 - first time chairing?").text).toMatch(/^Yes: the first\./);
  });
});

describe("a check answered with the facts themselves", () => {
  it("says 'Yes' when they hold every name, figure and year offered", () => {
    expect(ask("nazarbayev got 97.75 in 2015?").text).toMatch(/^Yes[.:] Nursultan Nazarbayev won/);
    expect(ask("2008 CiO - stubb right?").text).toMatch(/^Yes/);
  });

  it("never where the question asks something else, or negates", () => {
    expect(ask("who succeeded Moratinos in 2008?").text).not.toMatch(/^Yes/);
    expect(ask("Nazarbayev didn't get 95.5 in 2011?").text).not.toMatch(/^Yes:/);
  });
});

describe("corrections said as 'correction', 'scratch that', 'typo'", () => {
  it("put the time corrected in place of the one said", () => {
    expect(ask("nazarbayev's share 2005 - correction, 2011").text).toMatch(/3 April 2011 with 95\.5%/);
    expect(ask("cio 2018, scratch that, 2019").text).toMatch(/Lajčák/);
    expect(ask("osce chair 2002 — typo, 2012").text).toMatch(/^Ireland held the 2012/);
  });

  it("'N qs:' after a word of chatter is each part asked", () => {
    expect(ask("sorry, 2 qs: chair 2013, MC city 2013").text).toMatch(/Ukraine.*Kyiv/);
  });
});

describe("a zero or a one among a word's letters", () => {
  it("is read as the letter it looks like, where that makes a known word", () => {
    expect(ask("Wh0 chaired the OSCE in 2001?").text).toMatch(/^Romania held the 2001/);
    expect(ask("when did Montenegr0 join?").text).toMatch(/2006/);
  });
});
