/**
 * Reading fixes of this round (issue 9, the omicron sets' round).
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("which of two came earlier or later", () => {
  it("'earlier' names the earlier one whichever is named first", () => {
    const a = ask("Who was Secretary General earlier, Zannier or Aragona?");
    expect(a.text).toMatch(/Aragona/);
    expect(a.text).not.toMatch(/Zannier/);
  });

  it("'later' and 'more recent' name the later one", () => {
    for (const q of ["which summit came later, Lisbon or Istanbul?", "which was the more recent summit, Istanbul or Lisbon?"]) {
      const a = ask(q);
      expect(a.text, q).toMatch(/Istanbul/);
      expect(a.text, q).not.toMatch(/Lisbon/);
    }
  });

  it("'earlier or later than' asks the order, not one of the two", () => {
    const a = ask("Was the Basel Ministerial Council earlier or later than the Belgrade one?");
    expect(a.text).toMatch(/Basel/);
    expect(a.text).toMatch(/Belgrade/);
  });

  it("a yes/no about the order still says before or after", () => {
    expect(ask("Did Kazakhstan join before or after Estonia?").text).toMatch(/^After/);
  });
});

describe("the post named as a post", () => {
  it("'the post of Secretary General' asks about its holders", () => {
    expect(ask("How long did Wilhelm Hoynck hold the post of Secretary General?").text).toMatch(/3 years/);
    expect(ask("Who held the Secretary General post in 2014?").text).toMatch(/Zannier/);
  });

  it("the post itself is still what was created and fell vacant", () => {
    expect(ask("when was the post of Secretary General created").text).toMatch(/Stockholm/);
    expect(ask("was the SG post vacant in 2020").text).toMatch(/^Yes/);
  });
});

describe("a list of the role the question names", () => {
  it("'every name' of the field presence lists its names, not its cities", () => {
    const a = ask("List all names of the OSCE field presence in Kazakhstan.");
    expect(a.text).toMatch(/Centre in Almaty.*Programme Office in Nur-Sultan/);
  });

  it("naming the listed things and their cities keeps the cities", () => {
    expect(ask("Name the OSCE institutions and the cities they sit in.").text).toMatch(/Warsaw.*The Hague/);
  });

  it("a vetoed candidate for the SG post is the veto's", () => {
    expect(ask("Which country vetoed Ursula Plassnik for the SG post?").text).toMatch(/Türkiye/);
  });
});

describe("'only once' is a count of one", () => {
  it("checks the count", () => {
    expect(ask("Has Finland chaired the OSCE only once?").text).toMatch(/^No, twice/);
    expect(ask("has Kazakhstan chaired just once?").text).toMatch(/^Yes/);
    expect(ask("which countries have chaired the OSCE only once?").text).toMatch(/^Exactly once: .*Kazakhstan \(2010\)/);
  });

  it("'once' alone is not a count", () => {
    expect(ask("Which country held the first chairmanship once the renaming took effect?").text).not.toMatch(/^(Yes|No|Exactly)\b|\d times/);
  });

  it("a yes/no about the one thing all the facts are of counts them all", () => {
    expect(ask("has the capital been renamed only once?").text).toMatch(/^No, 3 times/);
    expect(ask("has the capital been renamed exactly twice?").text).toMatch(/^No, 3 times/);
    expect(ask("has any country chaired more than twice?").text).toMatch(/Switzerland/);
  });
});

describe("chatter about the reporter's reading and the bot's table", () => {
  it("'I read that …' is a claim to check", () => {
    expect(ask("I read that Nazarbayev won 95.5% in 2011, correct?").text).toMatch(/^Yes/);
  });

  it("'according to the table' asks the table", () => {
    expect(ask("How many presidential elections did Nazarbayev win according to the table?").status).toBe("answered");
  });
});

describe("a count of times leaves none out", () => {
  it("past three, every time is said", () => {
    const a = ask("how many presidential elections did nazarbayev win");
    expect(a.text).toMatch(/^5 presidential elections\b/);
    for (const year of ["1991", "1999", "2005", "2011", "2015"]) expect(a.text).toContain(year);
  });

  it("three or fewer keep their sentences", () => {
    expect(ask("how many times has Switzerland chaired the OSCE").text).toMatch(/^3 times\. Switzerland held/);
  });
});

describe("one time named with two names picks the turn then", () => {
  it("'Switzerland's 2014 term' is that turn, not its first", () => {
    expect(ask("Did Serbia chair before Switzerland's 2014 term?").text).toMatch(/^No\. Serbia held the 2015 .* Switzerland held the 2014/);
    expect(ask("How many years after Kazakhstan's chairmanship does Switzerland's 2026 chair come?").text).toMatch(/16 years/);
  });

  it("with no time named, every turn still counts", () => {
    expect(ask("did serbia chair before germany?").text).toMatch(/^It depends on the turn/);
  });
});

describe("a count of neighbours in order", () => {
  it("'the two chairs before Kazakhstan' names both, in order", () => {
    expect(ask("which two countries chaired before Kazakhstan?").text).toMatch(/^The two before Kazakhstan \(2010\): Finland .*2008.* Greece .*2009/);
    expect(ask("who were the three SGs before Zannier?").text).toMatch(/^The three before Lamberto Zannier .*Aragona.*Kubiš.*Perrin de Brichambaut/);
  });

  it("'what are the three …' only says how many to list", () => {
    expect(ask("What are the three dimensions of the OSCE?").status).toBe("answered");
  });

  it("one neighbour asked is still one", () => {
    expect(ask("who chaired before Kazakhstan?").text).toMatch(/^Before Kazakhstan \(2010\): Greece/);
  });

  it("more than the table holds is not answered with fewer", () => {
    expect(ask("which three SGs came before Höynck?").status).not.toBe("answered");
  });
});

describe("a who-question that offers its answer", () => {
  it("says 'Yes' when the name offered is the one", () => {
    expect(ask("Who was OSCE Chairman-in-Office in 2004 — Passy?").text).toMatch(/^Yes: Solomon Passy/);
    expect(ask("who was secretary general in 2009, Perrin de Brichambaut?").text).toMatch(/^Yes: Marc Perrin de Brichambaut/);
  });

  it("not when the name is only one of several then", () => {
    expect(ask("who was CiO in 2009, Bakoyannis?").text).not.toMatch(/^Yes/);
  });

  it("corrects a wrong name", () => {
    expect(ask("Who was OSCE Chairman-in-Office in 2004 — Rupel?").text).toMatch(/^Not Dimitrij Rupel/);
  });

  it("a plain who-question gets no 'Yes'", () => {
    expect(ask("who was CiO in 2004").text).toMatch(/^Solomon Passy/);
  });
});

describe("'replace' as a verb of succession", () => {
  it("'who did X replace' asks the one before, 'who replaced X' the one after", () => {
    expect(ask("who did zannier replace").text).toMatch(/^Before Lamberto Zannier.*Perrin de Brichambaut/);
    expect(ask("who replaced Zannier").text).toMatch(/^After Lamberto Zannier.*Greminger/);
  });
});

describe("the year after or before an event", () => {
  it("moves the event's year", () => {
    expect(ask("Who chaired the OSCE the year after the Astana summit?").text).toMatch(/^In 2011 \(1 year after 2010\): Lithuania held the 2011/);
    expect(ask("Who chaired the OSCE the year before the Astana summit?").text).toMatch(/^In 2009 \(1 year before 2010\): Greece held the 2009/);
    expect(ask("which country chaired two years after the Lisbon summit").text).toMatch(/^In 1998 \(2 years after 1996\): Poland held the 1998/);
  });

  it("a holder named is still an order, not a year", () => {
    expect(ask("which country chaired the year after Kazakhstan").text).toMatch(/^After Kazakhstan \(2010\): Lithuania/);
  });

  it("an event of several years moves nothing", () => {
    expect(ask("who chaired the year after the Vienna Ministerial Council?").status).not.toBe("answered");
  });
});

describe("a two-digit year next to a dated event", () => {
  it("is the event's year, never dropped", () => {
    expect(ask("istanbul 99 summit - what got adopted?").text).toMatch(/Istanbul .*1999/);
    expect(ask("budapest summit 94 - what changed").text).toMatch(/Budapest .*1994/);
    expect(ask("who won the 05 election").text).toMatch(/2005/);
    expect(ask("nur otan share 07").text).toMatch(/^Nur Otan won 88\.4%/);
  });

  it("a date written with slashes next to the event is the date", () => {
    expect(ask("kazakh parliamentary election: 19/03/2023 — what did the winning party get").text).toMatch(/Amanat/);
  });

  it("a count next to the event is no year", () => {
    expect(ask("How many of the 77 Mazhilis seats did Otan win in 2004?").text).toMatch(/42 seats/);
  });
});

describe("a figure compared selects the facts it holds for", () => {
  it("'with over 90%' leaves out the 1999 election (79.78%)", () => {
    const a = ask("which elections did nazarbayev win with over 90%");
    expect(a.text).toMatch(/98\.78%.*91\.15%.*95\.5%.*97\.75%/);
    expect(a.text).not.toMatch(/79\.78/);
  });
});

describe("a beginning before or after a time", () => {
  it("'did Mongolia join before 2013' counts its 2012 joining", () => {
    expect(ask("did Mongolia join before 2013").text).toMatch(/^Yes/);
    expect(ask("did Mongolia join before 2012").text).toMatch(/^No\. Mongolia: not found among OSCE participating States records before 2012/);
    expect(ask("did Mongolia join after 2010").text).toMatch(/^Yes/);
  });
});

describe("Kazakhstan's foreign ministers in one list", () => {
  it("lists Tazhin and Saudabayev with the others, in order", () => {
    expect(ask("who were Kazakhstan's foreign ministers").text).toMatch(/^Foreign Ministers of Kazakhstan: .*Tazhin.*Saudabayev.*Kazykhanov/);
    expect(ask("who succeeded Tazhin as foreign minister").text).toMatch(/Saudabayev/);
  });

  it("a gap in the list is no successor, and no other post stands in", () => {
    expect(ask("who succeeded Saudabayev as foreign minister").status).toBe("unknown");
    expect(ask("who succeeded Saudabayev as CiO").text).toMatch(/Ažubalis/);
  });
});

describe("a count of the values of the role asked", () => {
  it("'how many (different) countries have provided an SG' counts nationalities, not people", () => {
    expect(ask("how many countries have provided an SG").text).toMatch(/^6 countries: Germany, Italy, Slovakia, France, Switzerland and Türkiye/);
    expect(ask("How many different countries have provided an OSCE Secretary General?").text).toMatch(/^6 countries:/);
    expect(ask("how many SGs came from Italy").text).toMatch(/^2: Giancarlo Aragona and Lamberto Zannier/);
  });

  it("a count of events is of the kind said", () => {
    expect(ask("how many times was the capital moved").text).toMatch(/^1 time\. .*Almaty to Akmola/);
    expect(ask("how many times has the capital been renamed").text).toMatch(/^3 times/);
  });

  it("a role's own word picks no kind", () => {
    expect(ask("How many times has Ak Zhol won seats in the Mazhilis?").text).toMatch(/^5 times/);
  });
});

describe("a post nobody knows after 'became'", () => {
  it("is what began, found in the facts' text, not the start of the facts' own post", () => {
    expect(ask("Which Austrian CiO became Chancellor in February 2000?").text).toMatch(/^Wolfgang Schüssel/);
    expect(ask("Who became Austrian Chancellor in Feb 2000 after starting the OSCE chairmanship?").text).toMatch(/^Wolfgang Schüssel/);
  });

  it("'became' of the facts' own post still asks its start", () => {
    expect(ask("who became SG in 2011").text).toMatch(/^Lamberto Zannier/);
  });
});

describe("a 'before' that ends a yes/no question", () => {
  it("is 'ever', not the one before", () => {
    expect(ask("has Sweden chaired before").text).toMatch(/^Yes\. Sweden held the 1993/);
    expect(ask("has Sweden chaired before").text).not.toMatch(/Czechoslovakia|Albania/);
  });

  it("'who chaired before' with nothing to order by is not the current chair", () => {
    expect(ask("who chaired before").status).toBe("unknown");
  });
});

describe("a qualifier the question says", () => {
  it("a fact without it is another post", () => {
    expect(ask("who was ODIHR director's deputy in 2010?").status).toBe("unknown");
  });

  it("a fact with it answers", () => {
    expect(ask("who was deputy foreign minister of kazakhstan in 2004").text).toMatch(/Abusaitov/);
  });
});

describe("'which' with a title named", () => {
  it("asks who held the title, never another post of the time", () => {
    expect(ask("Which CiO in 2020 was also prime minister?").text).not.toMatch(/High Commissioner/);
    expect(ask("which prime minister of russia in 2012").text).toMatch(/Putin/);
  });
});

describe("how a person is described beside the post", () => {
  it("'Kazakh diplomat' asks the post's holder", () => {
    expect(ask("Which Kazakh diplomat became OSCE High Commissioner on National Minorities in December 2020?").text).toMatch(/Abdrakhmanov/);
  });

  it("'chief diplomat' is the foreign minister", () => {
    expect(ask("who was Kazakhstan's chief diplomat in 2008").text).toMatch(/Tazhin/);
  });
});

describe("a list whose earliest entries are missing", () => {
  it("has no 'first', and no other post stands in", () => {
    expect(ask("Who was Kazakhstan's first foreign minister?").status).toBe("unknown");
  });

  it("a complete one still has", () => {
    expect(ask("who was the first SG").text).toMatch(/^Wilhelm Höynck/);
    expect(ask("who was the first CiO").text).toMatch(/^Hans-Dietrich Genscher/);
  });

  it("the FM answer adds no other post of the time", () => {
    expect(ask("who was kaz FM in 2010").text).not.toMatch(/Speaker/);
  });
});

describe("'as president' is the post a fact must name", () => {
  it("another post's end does not date the question", () => {
    expect(ask("who was CiO when nazarbayev resigned as president").text).not.toMatch(/Council of Ministers/);
    expect(ask("when did nazarbayev resign as president").text).toMatch(/20 March 2019/);
  });
});

describe("a count up to a name", () => {
  it("counts every one until the named one, it included", () => {
    expect(ask("How many Secretaries General have there been, up to Sinirlioglu?").text).toMatch(/^8 Secretaries General: Wilhelm Höynck.*Feridun Sinirlioğlu/);
    expect(ask("how many SGs were there up to Zannier").text).toMatch(/^5: /);
  });
});

describe("a count anchored on a name", () => {
  it("'how many states joined after Montenegro' counts those after it", () => {
    expect(ask("how many states joined after Montenegro").text).toMatch(/^1 state: Mongolia/);
  });

  it("'how many were there after X joined' is a total, never a count of X's own facts", () => {
    expect(ask("how many participating states were there after montenegro joined").text).not.toMatch(/^1 time/);
    expect(ask("How many participating States were there in mid-2006 after Montenegro?").text).not.toMatch(/Spain/);
  });
});

describe("'sit' is where a body is based", () => {
  it("answers the seat", () => {
    expect(ask("where does the HCNM sit").text).toMatch(/The Hague/);
  });
});

describe("a statement asked with '?'", () => {
  it("a wrong holder is corrected", () => {
    expect(ask("Saudabayev was CiO in 2011?").text).toMatch(/^No\. Kanat Saudabayev: not found .* in 2011\. Audronius Ažubalis/);
  });

  it("a right one is answered", () => {
    expect(ask("Saudabayev was CiO in 2010?").text).toMatch(/^Yes\. Kanat Saudabayev/);
  });
});

describe("the moment right after an event", () => {
  it("'how many States after Montenegro joined' is the total then", () => {
    expect(ask("How many participating States did the OSCE have after Montenegro joined?").text).toMatch(/56 participating States/);
  });

  it("'before or after X joined' compares, it dates nothing", () => {
    expect(ask("Was the Secretary General post created before or after Kazakhstan joined the CSCE?").text).not.toMatch(/High Commissioner/);
  });
});

describe("counts read after the omicron scoring", () => {
  it("events up to a name count each event, a city twice if it hosted twice", () => {
    expect(ask("how many osce summits have there been up to astana").text).toMatch(/^7 summits\b/);
  });

  it("'different people' of a relation with no person counts nothing", () => {
    expect(ask("How many different people chaired the OSCE in 2008?").text).not.toMatch(/^1: Finland/);
    expect(ask("how many people died in the january 2022 unrest").status).toBe("answered");
  });
});
