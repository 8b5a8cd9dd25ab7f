/**
 * Reading fixes found by the zeta question sets (issue 9): a cue word that is also a name, a
 * claim about a detail the facts hold in words, a telegraphic question dated by a clause, and
 * words that were left unexplained.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("a cue word that is also a name", () => {
  it("'mazhilis' names the chamber and cues its elections", () => {
    expect(ask("2016 mazhilis date").text).toMatch(/20 March 2016/);
    expect(ask("2021 mazhilis — date?").text).toMatch(/10 January 2021/);
  });

  it("the chamber alone, with nothing asked of its elections, is not an election question", () => {
    expect(ask("who chairs the mazhilis").text).not.toMatch(/won .* of the vote/);
  });
});

describe("a claim or yes/no question checks the detail it names", () => {
  it("a format the facts do not hold is not confirmed", () => {
    const a = ask("The 2019 Ministerial Council in Bratislava was held online.");
    expect(a.text).not.toMatch(/^Yes/);
    expect(ask("The 2020 Ministerial Council in Tirana was held online.").text).toMatch(/^Yes/);
  });

  it("'in person' is never dropped as a word about people", () => {
    for (const q of ["was the 2020 tirana MC held in person?", "The 2020 Ministerial Council in Tirana was held in person."]) {
      const a = ask(q);
      expect(a.text, q).not.toMatch(/^Yes/);
      expect(a.text, q).toMatch(/online/);
    }
  });

  it("'person' asking who is a word about the holder", () => {
    expect(ask("Who was the third person to serve as OSCE Secretary General?").text).toMatch(/Kubiš/);
  });
});

describe("a when-clause dates a telegraphic question", () => {
  it("'capital when …' is the capital at that time", () => {
    expect(ask("capital when nazarbayev won in 1991").text).toMatch(/^Almaty/);
    expect(ask("capital at the time of the jan 1999 presidential vote").text).toMatch(/^Astana/);
  });

  it("an event after 'at' dates the question even with its month ('at the Athens ministerial in Dec 2009')", () => {
    expect(ask("who was chairing at the athens ministerial in dec 2009").text).toMatch(/Papandreou/);
  });

  it("never when the parts were joined by the reading itself", () => {
    // "decided when?" after "slovakia 2019 chair": the decision about Slovakia, not the ones taken in 2019.
    expect(ask("slovakia 2019 chair - decided when?").text).toMatch(/Slovakia would hold the 2019/);
  });
});

describe("words that were left unexplained", () => {
  it("plural titles with hyphens are the title", () => {
    const a = ask("All the Chairmen-in-Office in 2008, please.");
    expect(a.text).toMatch(/Kanerva/);
    expect(a.text).toMatch(/Stubb/);
  });

  it("'the org' is the organisation", () => {
    expect(ask("how many pS does the org have these days").text).toMatch(/57/);
  });

  it("'sworn in after the election' asks the swearing-in", () => {
    expect(ask("when was nazarbayev sworn in after the april 2011 vote").text).toMatch(/8 April 2011/);
  });
});

describe("ruling is wider than the presidency", () => {
  it("since when someone ruled is never answered with the presidency alone", () => {
    // Bloomberg: Nazarbayev "has ruled since 1989" — as First Secretary, before the post of President existed.
    expect(ask("since when has naz ruled, per bloomberg?").text).not.toMatch(/^Nursultan Nazarbayev was President/);
  });

  it("who ruled in a year of the presidency is the president", () => {
    expect(ask("who ruled Kazakhstan in 2005").text).toMatch(/^Nursultan Nazarbayev was President/);
  });

  it("'the ruling party' is the party that won, never a ruler", () => {
    expect(ask("ruling party share 2016").text).toMatch(/^Nur Otan won 82.20%/);
  });
});

describe("the one before or after a name in another role", () => {
  it("'CiO before Kazakhstan' is the CiO before Kazakhstan's, never Kazakhstan's own", () => {
    expect(ask("Who was CiO before Kazakhstan?").text).toMatch(/Papandreou/);
    expect(ask("Who was CiO right before Kazakhstan took over?").text).toMatch(/Papandreou/);
    expect(ask("who was CiO after Kazakhstan").text).toMatch(/Ažubalis/);
  });

  it("a name of the thing whose names follow one another stays within its own facts", () => {
    expect(ask("what was ODIHR called before it got that name").text).toMatch(/Office for Free Elections/);
  });
});

describe("an ordinal within a year", () => {
  it("counts within the year the question names", () => {
    expect(ask("Who was the second Chairperson-in-Office of 2018?").text).toMatch(/^Enzo Moavero Milanesi/);
  });

  it("a claim's year is a detail it claims, not where to count", () => {
    expect(ask("Mongolia became the 56th participating State in 2012.").text).toMatch(/^No, the 57th\. .*57th/);
  });

  it("a lead-in naming which one is the question's subject", () => {
    expect(ask("tenth ministerial council - where?").text).toMatch(/Porto/);
  });
});

describe("two asks in one message", () => {
  it("a plus joins two telegraphic asks, each answered", () => {
    const a = ask("first SG + current SG?");
    expect(a.text).toMatch(/Höynck/);
    expect(a.text).toMatch(/Sinirlioğlu/);
  });

  it("one question word twice is two questions, not one subject asked two ways", () => {
    // (Each part answered in turn: the renaming to Astana, then the renaming that made it Nur-Sultan.)
    const a = ask("capital renamed to astana when + when did it become nur-sultan");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/1998.*(?:Nur-Sultan was the capital of Kazakhstan from|renamed from Astana to Nur-Sultan on) 23 March 2019/);
  });

  it("a part joined by 'and' is never dropped as an aside", () => {
    const a = ask("2 qs: what's the HCNM seat, and the PA's?");
    expect(a.status).toBe("unknown");
    expect(a.text).not.toMatch(/^The High Commissioner/);
  });
});

describe("a figure that picks out who is asked", () => {
  it("is looked up, never ignored for a list of other facts", () => {
    expect(ask("Who won 98.78% of the vote?").text).toMatch(/^Nursultan Nazarbayev won .* 1 December 1991/);
  });

  it("a figure no fact has is no answer", () => {
    expect(ask("Who won 12.34% of the vote?").status).toBe("unknown");
  });
});

describe("an ordinal of the named one's own turns", () => {
  it("'for the third time', 'a second term' count the named one's own facts", () => {
    expect(ask("Is this right: 'Switzerland is chairing the OSCE for the third time in 2026'").text).toMatch(/^Yes/);
    expect(ask("Switzerland chaired the OSCE for the second time in 2026.").text).toMatch(/^No, the third: Switzerland \(1996, 2014 and 2026\)/);
  });

  it("a possessive before the ordinal counts the owner's own, the OSCE's counts all", () => {
    expect(ask("Was 2014 Switzerland's second chairmanship?").text).toMatch(/^Yes/);
    expect(ask("Was 2026 Switzerland's second chairmanship?").text).toMatch(/^No, the third: .*2014/);
    expect(ask("Was Helsinki the OSCE's first summit?").text).toMatch(/^Yes/);
  });

  it("terms of office are not counted by facts: one span may hold two ('a second term')", () => {
    // Kubiš was reappointed in 2001 within one span of facts; the second SG of all was Aragona.
    expect(ask("Did Kubis get a second term as SG?").text).not.toMatch(/^(?:No|Yes)/);
    expect(ask("Jan Kubis got a second term at the Bucharest Ministerial in December 2001.").text).not.toMatch(/^No/);
  });

  it("a turn the complete list never had is a No", () => {
    expect(ask("Did Greece chair the OSCE for a second time?").text).toMatch(/^No\..*2009/);
  });
});

describe("a yes needs the words only a fact's text explains", () => {
  it("'renewed' said of Greminger, whose note says 'not renewed', is no Yes", () => {
    expect(ask("was greminger renewed as SG").text).not.toMatch(/^Yes/);
  });

  it("a fact that says it is a Yes", () => {
    expect(ask("was kubis reappointed as SG").text).toMatch(/^Yes.*Bucharest/);
  });
});

describe("a telegraphic question names the office it asks about", () => {
  it("'kazakh prime minister in 2010?' is never answered with the Foreign Minister", () => {
    expect(ask("kazakh prime minister in 2010?").text).not.toMatch(/Foreign Minister/);
  });

  it("a word names an office by its stem ('deputy' of 'Deputy Foreign Minister')", () => {
    expect(ask("kazakh deputy FM in april 2004?").text).toMatch(/^Kairat Abusaitov/);
  });

  it("a choice between two named values still asks which", () => {
    expect(ask("tirana 2020 MC - in person or virtual?").text).toMatch(/online/);
  });
});

describe("a figure asked that the fact does not give", () => {
  it("is no answer, even through the fact naming the year", () => {
    const a = ask("odihr observer count for the 2015 election?");
    expect(a.status).toBe("unknown");
    expect(a.text).not.toMatch(/Jonker/);
  });
});

describe("a difference asked in time", () => {
  it("'how many years between' two elections is years apart, never the figures' difference", () => {
    const a = ask("how many years between the 2011 and 2015 presidential elections");
    expect(a.text).toMatch(/^About 4 years/);
    expect(a.text).not.toMatch(/percentage points/);
  });

  it("a difference of figures is still asked by its words", () => {
    expect(ask("what was the difference in share between 2011 and 2015").text).toMatch(/percentage points/);
  });
});

describe("one member's membership counts nothing", () => {
  it("'what number participating State is Mongolia?' is never '1 time'", () => {
    expect(ask("What number participating State is Mongolia?").text).not.toMatch(/1 time/);
  });

  it("a count after a named member joined still counts", () => {
    expect(ask("How many participating States did the OSCE have after Montenegro joined?").text).toMatch(/56/);
  });
});

describe("a dating clause first", () => {
  it("'When Kazakhstan chaired, how many …?' is dated by the clause", () => {
    expect(ask("When Kazakhstan chaired the OSCE, how many participating States did the organisation have?").text).toMatch(/^The OSCE had 56/);
  });

  it("'When did …, and …?' is still two questions", () => {
    expect(ask("When did Kazakhstan chair, and who was CiO?").text).toMatch(/Saudabayev/);
  });
});

describe("'until' in a claim is when it ended", () => {
  it("a span that ended in another year refutes it", () => {
    expect(ask("copy reads: 'Helga Schmid, OSCE secretary general until 2025' — right?").text).toMatch(/^No\..*September 2024/);
  });

  it("a span that ended then confirms it", () => {
    expect(ask("Helga Schmid was OSCE secretary general until 2024.").text).toMatch(/^Yes/);
    expect(ask("was Alfano CiO until May 2018?").text).toMatch(/^Yes/);
  });
});

describe("'which' with a name before the type noun", () => {
  it("'which German city' asks a city: never the German CiO", () => {
    expect(ask("Which German city hosted OSCE ministers in December 2016?").text).toMatch(/^The 23rd OSCE Ministerial Council met in Hamburg/);
    expect(ask("which kazakh city was the capital in 1995").text).toMatch(/^Almaty/);
  });

  it("a question word last reads without a fault", () => {
    for (const q of ["Papandreou was CiO while also being what", "naz threatened what yesterday?"])
      expect(ask(q).text, q).not.toMatch(/something went wrong/);
  });
});

describe("what is still to come, within the time named", () => {
  it("'next year' is that year, never every chairmanship still to come", () => {
    const a = ask("Which country will hold the OSCE chair next year?", "2023-06-01");
    expect(a.text).toMatch(/Malta/);
    expect(a.text).not.toMatch(/Finland|Switzerland/);
  });

  it("a year the table does not reach is no answer", () => {
    expect(ask("Which country will hold the OSCE chair next year?").status).toBe("unknown");
  });
});
