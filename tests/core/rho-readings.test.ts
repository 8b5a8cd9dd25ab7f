/**
 * Reading fixes of this round (issue 9, the rho sets' round).
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("where was someone appointed", () => {
  it("'where' asks the Council that appointed, when the appointment is said and the person named", () => {
    expect(ask("where was Sinirlioglu appointed?").text).toMatch(/Malta Ministerial Council/);
    expect(ask("where was kubis reappointed SG").text).toMatch(/Bucharest/);
  });

  it("'where and when' gets both from the one fact", () => {
    const a = ask("where and when was Helga Schmid appointed SG");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Tirana/);
    expect(a.text).toMatch(/4 December 2020/);
  });

  it("without the appointment said, 'where is X from' never answers a venue", () => {
    expect(ask("where is Sinirlioglu from?").text).not.toMatch(/Ministerial Council/);
  });

  it("with no one named, it is not every appointment", () => {
    const a = ask("where was the current SG appointed");
    expect(a.text).not.toMatch(/Kubiš.*Schmid/);
  });
});

describe("a bare noun between the name and the question", () => {
  it("asks that of the name, and is answered with the question", () => {
    const a = ask("helga schmid - nationality and where was she appointed?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Germany/);
    expect(a.text).toMatch(/Tirana/);
  });

  it("after the question it is the reporter's talk, not a second question", () => {
    const a = ask("which MC number was the Porto one in 2002? need the ordinal");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/10th/);
  });
});

describe("the time between two of one thing's own facts", () => {
  it("'first and second', 'first and third' pick those two in time order", () => {
    expect(ask("How many years between Switzerland's first and second chairmanships?").text).toMatch(/^About 18 years apart/);
    expect(ask("How many years passed between Switzerland's first and third chairmanships?").text).toMatch(/^About 30 years apart/);
  });

  it("'apart' or 'separate' with no count said needs exactly two", () => {
    expect(ask("How many years separate Austria's chairmanships?").text).toMatch(/^About 17 years apart/);
    expect(ask("How many years apart were Switzerland's chairmanships?").status).not.toBe("answered");
  });

  it("'the first and the most recent' of all, with no one named", () => {
    expect(ask("How many years between the first and the most recent summit?").text).toMatch(/1975 to 2010: 35 years/);
  });

  it("'between X's A and its B' is the one thing twice; 'between A and B' of two things is not", () => {
    const a = ask("Gap between Germany's CSCE chair and its OSCE chair?");
    expect(a.text).toMatch(/1991 to 2016/);
    expect(a.text).not.toMatch(/Switzerland/);
    // (Two things: each dated by its own question, below — never two facts of one kind.)
    expect(ask("How many years between Kazakhstan joining the CSCE and chairing the OSCE?").text).toMatch(/participating State since 30 January 1992.*held the 2010 OSCE Chairmanship/s);
  });
});

describe("where something is, asked in the present", () => {
  it("is where it is based, not where it was created", () => {
    const a = ask("Where is ODIHR?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/based in Warsaw/);
  });

  it("three names for one role are never answered as one: each gets its own answer (sigma3 round)", () => {
    const a = ask("where are ODIHR, the HCNM and the PA based?");
    expect(a.text).toMatch(/ODIHR\) has been based in Warsaw/);
    expect(a.text).toMatch(/HCNM\) has been based in The Hague/);
    expect(a.text).toMatch(/Parliamentary Assembly was based in Copenhagen/);
  });
});

describe("one such fact a year (one_per_year)", () => {
  it("a claim of another place that year is 'No', with the one there was", () => {
    const a = ask("Was the 2025 Ministerial Council held in Helsinki?");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Vienna/);
    expect(ask("Nazarbayev won the 2019 presidential election.").text).toMatch(/^No\b.*Tokayev/s);
  });

  it("the one there was is still 'Yes'", () => {
    expect(ask("Was the 2018 Ministerial Council in Milan?").text).toMatch(/^Yes\b/);
  });

  it("a year with none of them stays unconfirmed, never 'No' from another year", () => {
    expect(ask("was the 1994 MC in Budapest?").text).not.toMatch(/^No\b/);
  });

  it("not when a person is named too, nor with a figure that may date it otherwise", () => {
    expect(ask("Solomon Passy was Romania's foreign minister when he chaired the OSCE.").text).not.toMatch(/Ministerial Council met in Sofia/);
    expect(ask("the 2012 copy says nazarbayev won 95.5% last april — match your data?").text).not.toMatch(/^No\b/);
  });
});

describe("a detail the one fact says otherwise", () => {
  it("'held in person' of the Council the table says met online is 'No'", () => {
    for (const q of ["Was the 2020 Ministerial Council held in person in Tirana?", "Was the Tirana Ministerial Council held in person?"]) {
      const a = ask(q);
      expect(a.text, q).toMatch(/^No\b/);
      expect(a.text, q).toMatch(/online/);
    }
  });

  it("where the fact says nothing of it, or several could be meant, it stays unconfirmed", () => {
    expect(ask("did the 2019 MC meet in person?").text).not.toMatch(/^(?:Yes|No)\b/);
    expect(ask("Was the Vienna Ministerial Council held in person?").text).not.toMatch(/^(?:Yes|No)\b/);
  });
});

describe("a present-tense claim checked against a recent 'as of' observation", () => {
  it("confirms with the observation's date", () => {
    const a = ask("Is the OSCE Parliamentary Assembly based in Copenhagen?");
    expect(a.text).toMatch(/^Yes\b/);
    expect(a.text).toMatch(/as of January 2025/);
  });

  it("one at a time: another value observed is 'No'", () => {
    const a = ask("Is the OSCE PA headquartered in Vienna?");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Copenhagen as of January 2025/);
  });

  it("an observation older than the grace period confirms nothing of now", () => {
    expect(ask("Is Ivar Vikki head of the OSCE Centre in Almaty?").text).not.toMatch(/^(?:Yes|No)\b/);
  });
});

describe("how long an event lasted", () => {
  it("an event dated from one day to another has a length", () => {
    expect(ask("How long did the Astana Summit last?").text).toMatch(/about 2 days/);
    expect(ask("How many days did the Astana Summit last?").text).toMatch(/2 days, counting both/);
  });

  it("of the one at the time said", () => {
    const a = ask("How long did the 1975 Helsinki summit last?");
    expect(a.text).toMatch(/about 3 days/);
    expect(a.text).not.toMatch(/1992/);
  });

  it("an event dated to one day or a year has no length the table knows", () => {
    expect(ask("how long did the 1994 decision to move the capital take").status).not.toBe("answered");
  });
});

describe("a year typed with a letter for a digit", () => {
  it("is read as the year it can only be, and the answer says so", () => {
    const a = ask("Which country chaired in 2O23?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^\(Reading "2O23" as 2023\.\)/);
    expect(a.text).toMatch(/North Macedonia/);
  });

  it("Cyrillic O and lower-case l too", () => {
    expect(ask("Who chaired the OSCE in 2О10?").text).toMatch(/Kazakhstan/);
    expect(ask("osce chair in 20l6?").text).toMatch(/Germany/);
  });

  it("if the question is still not answered, it names the token it could not read", () => {
    expect(ask("what was the weather in 2o11?").text).toMatch(/could not read "2o11"/);
  });
});

describe("a claim in the present tense", () => {
  it("'X sits in Y' is checked like a yes/no question", () => {
    expect(ask("The HCNM sits in Copenhagen.").text).toMatch(/^No\b.*The Hague/s);
    expect(ask("the HCNM sits in The Hague").text).toMatch(/^Yes\b/);
  });
});

describe("a person's nationality", () => {
  it("is checked against the roles marked nationality: yes", () => {
    expect(ask("Was Ian Borg Maltese?").text).toMatch(/^Yes\b.*Malta/s);
    expect(ask("Is Zannier Italian?").text).toMatch(/^Yes\b/);
  });

  it("and no, with the country the table has, asked or claimed", () => {
    expect(ask("Solomon Passy was Romanian.").text).toMatch(/^No\b.*Bulgaria/s);
    expect(ask("Jan Kubis was from the Czech Republic.").text).toMatch(/^No\b.*Slovakia/s);
    expect(ask("Was Lamberto Zannier French?").text).toMatch(/^No\b.*Italy/s);
  });

  it("never from a country where something happened to the person", () => {
    expect(ask("Was Abilov arrested in Kazakhstan?").text).toMatch(/arrested/);
  });

  it("not when the question is about someone else by order", () => {
    expect(ask("was Hoynck's successor italian?").text).not.toMatch(/Höynck \(Germany\)/);
  });
});

describe("'I mean' with only a time", () => {
  it("takes the place of the time the question said", () => {
    const a = ask("Who was CiO in 2011/12? I mean, in late 2011.");
    expect(a.text).toMatch(/Ažubalis/);
    expect(a.text).not.toMatch(/Gilmore/);
  });
});

describe("numbered and '?'-separated telegraphic questions", () => {
  it("each numbered part is asked, a count of questions ahead is chatter", () => {
    const a = ask("need (1) odihr seat (2) hcnm seat");
    expect(a.text).toMatch(/Warsaw/);
    expect(a.text).toMatch(/The Hague/);
    const b = ask("@factdesk two q's: (1) SG in 2010 (2) where was the summit that year");
    expect(b.text).toMatch(/Perrin de Brichambaut/);
    expect(b.text).toMatch(/Astana/);
  });

  it("telegraphic parts each asked with '?' are each answered", () => {
    const a = ask("3 quick ones: chair 2004? chair 2005? chair 2006?");
    for (const country of ["Bulgaria", "Slovenia", "Belgium"]) expect(a.text).toContain(country);
  });

  it("a dash between a subject and what is asked of it is still one question", () => {
    expect(ask("2016 ministerial — hamburg dates").text).toMatch(/^The 23rd OSCE Ministerial Council met in Hamburg on 8-9 December 2016/);
  });

  it("a year with a slash or a date is not a numbered item", () => {
    expect(ask("who chaired in 2003/04?").text).toMatch(/Netherlands.*Bulgaria/s);
  });
});

describe("the plain spelling of names with letters that do not fold", () => {
  it("is added once, at the end, for ł, æ and a person's umlauts", () => {
    expect(ask("where was MC 2022").text).toMatch(/Łódź.* Plain spelling: Lodz\.$/s);
    expect(ask("norway's FM who was CiO in 99?").text).toMatch(/Vollebæk.* Plain spelling: Knut Vollebaek\.$/s);
    expect(ask("who chaired in 2000").text).toMatch(/Plain spelling: Wolfgang Schuessel\.$/);
  });

  it("is not added where dropping the accents is enough, nor for a place's umlaut", () => {
    expect(ask("who was SG in 2000").text).not.toMatch(/Plain spelling/);
    expect(ask("who is the current SG?").text).not.toMatch(/Plain spelling/);
  });

  it("a 'which day' after a 'when' asks that one to the day", () => {
    const a = ask("When did Wilhelm Hoynck's term end exactly, which day?");
    expect(a.text).toMatch(/^I can't say that to the day/);
    expect(a.text.match(/Höynck \(Germany\) was/g)).toHaveLength(1);
  });
});

describe("a second figure the fact's own text states", () => {
  it("holds beside a figure its role holds", () => {
    expect(ask("otan took 42 of 77 seats in 04").text).toMatch(/^Yes\b/);
    expect(ask("Did Otan win 42 of the 98 seats in 2004?").text).toMatch(/^No\b/);
  });

  it("never alone, nor a number that is part of a date", () => {
    expect(ask("Did Otan win 77 seats in 2004?").text).toMatch(/^No\b/);
    expect(ask("Did Otan win 3 seats in 2004?").text).toMatch(/^No\b/);
  });
});

describe("two things of different kinds, each dated by its own question", () => {
  it("the time between them, with the subject carried to both", () => {
    for (const q of ["How many years between Kazakhstan joining the CSCE and chairing the OSCE?", "How long did Kazakhstan wait between joining the CSCE and chairing the OSCE?"]) {
      const a = ask(q);
      expect(a.text, q).toMatch(/^About 17 years and 11 months apart \(1992 to 2010: 18 years by the calendar\)/);
    }
  });

  it("which came first, in the order they happened", () => {
    const a = ask("which came first, the Vilnius MC or the Astana summit?");
    expect(a.text).toMatch(/^First: The 7th CSCE\/OSCE summit was held in Astana.* Then: The 18th OSCE Ministerial Council met in Vilnius/s);
  });

  it("a part that no one dated fact answers leaves the question unknown", () => {
    expect(ask("Which came first, Nazarbayev's resignation or the 2019 presidential election?").status).not.toBe("answered");
  });
});

describe("a 'No' about a named holder of a post no word named", () => {
  it("is evidence where the post is one at a time, the holder had it at another time and someone else then", () => {
    expect(ask("did Ian Borg chair in 2023?").text).toMatch(/^No\b.*Osmani.*Borg \(Malta\) was OSCE Chairperson-in-Office in 2024/s);
  });

  it("not about now when the question says no time", () => {
    expect(ask("Copy says the OSCE Secretariat started out in Prague. Right?").text).not.toMatch(/^No\b/);
  });

  it("an 'and' inside a when-clause joins two names, not two questions", () => {
    expect(ask("How many participating States did the OSCE have when the Swiss 2014 and Serbian 2015 chairmanships were agreed?").text).not.toMatch(/1 time/);
  });
});

describe("'used to' marks the past", () => {
  it("and is no word left unexplained", () => {
    expect(ask("Which city used to be called Akmola?").text).toMatch(/renamed from Akmola to Astana/);
  });
});

describe("a place offered as the answer", () => {
  it("is confirmed with 'Yes:' when the facts have it", () => {
    expect(ask("where was the 2019 MC — Bratislava?").text).toMatch(/^Yes: The 26th OSCE Ministerial Council met in Bratislava/);
    expect(ask("where was the 2010 chair decided? madrid?").text).toMatch(/^Yes: .*Madrid/);
  });

  it("and the answer is still given, without 'Yes', when they do not", () => {
    const a = ask("where was the 2019 MC — vienna?");
    expect(a.text).toMatch(/Bratislava/);
    expect(a.text).not.toMatch(/^Yes/);
  });
});

describe("a blank before an ordinal's ending", () => {
  it("asks which number", () => {
    expect(ask("mongolia was the ...th participating state?").text).toMatch(/57th/);
    expect(ask("madrid MC 2007 was the ...th").text).toMatch(/15th/);
  });
});

describe("a yes/no in the present with no time", () => {
  it("is whether it holds now, not whether an event once made it so", () => {
    expect(ask("Is Kazakhstan's capital still called Nur-Sultan?").text).toMatch(/^No\b.*Astana is the capital/s);
    expect(ask("Is Kazakhstan's capital called Astana?").text).toMatch(/^Yes\b/);
  });

  it("with only events to go by, it is not confirmed", () => {
    const a = ask("is kz programme office still called astana?");
    expect(a.status).not.toBe("answered");
    expect(a.text).toMatch(/whether that holds now/);
  });

  it("…but a later event that gave the name up says No (upsilon4 round)", () => {
    expect(ask("is kz programme office still called nur-sultan?").text).toMatch(/^No\. .*renamed the OSCE Programme Office in Astana/s);
  });
});

describe("a verdict the statement says negated", () => {
  it("is 'No', with the statements that negate it", () => {
    expect(ask("did the osce say the 2007 kaz vote met international standards").text).toMatch(/^No\. .*did not meet international standards/s);
    expect(ask("has the osce ever called a kazakh election free and fair").text).toMatch(/^No\. .*no election in Kazakhstan had ever been deemed "free and fair"/s);
  });

  it("a claim that says the negation itself is never turned into 'No'", () => {
    expect(ask("copy reads: 'OSCE observers concluded Kazakhstan's 2007 parliamentary vote did not meet international standards' — fine?").text).not.toMatch(/^No\b/);
  });

  it("a statement that says none of the words stays without a yes or no", () => {
    expect(ask("OSCE observers judged Kazakhstan's 2022 presidential election free and fair — right?").text).toMatch(/^I can't answer that with a yes or no/);
  });

  it("…unless a later statement says none ever was (upsilon4 round: 'no election … had ever been deemed free and fair', March 2012)", () => {
    expect(ask("OSCE observers judged Kazakhstan's 2011 presidential election free and fair — right?").text).toMatch(/^No\. As of 2 March 2012/);
  });
});

describe("a document the facts' text names", () => {
  it("picks the fact that names it, where no role holds documents", () => {
    expect(ask("Which summit produced the Astana Commemorative Declaration").text).toMatch(/^The 7th CSCE\/OSCE summit was held in Astana/);
    expect(ask("Where was the Charter of Paris summit").text).toMatch(/^The 2nd CSCE\/OSCE summit was held in Paris/);
  });

  it("a fact that does not name it is no answer", () => {
    expect(ask("Which Helsinki summit adopted the Charter of Paris?").status).not.toBe("answered");
  });

  it("not as one side of a choice between two", () => {
    expect(ask("Were there more states at the Helsinki Final Act or at the Paris summit?").text).not.toMatch(/^The 2nd CSCE\/OSCE summit was held in Paris/);
  });
});

describe("'he' and 'his' after a question", () => {
  it("stand for the one person the answer before names, never the country it asked", () => {
    expect(ask("who chaired in 2010 and what was his job").text).not.toMatch(/Tokayev/);
  });

  it("with no person named or answered, they leave the part unanswered", () => {
    expect(ask("SG in 1995 and where was he based").text).not.toMatch(/Mission to Moldova/);
  });
});

describe("a country asked of a person alone", () => {
  it("is the person's own, not the country of a meeting the person chaired", () => {
    // (A letter doubled inside a surname is asked back, with the facts of the one it may be.)
    expect(ask("Elina Valtonnen - which country?").text).toMatch(/Did you mean Elina Valtonen\? If so: Elina Valtonen \(Finland\)/);
    expect(ask("Which country was Solomon Passy from?").text).toMatch(/Bulgaria/);
  });
});

describe("'how many times has it …' after a question that asked for a thing", () => {
  it("counts the thing answered over all time, not in the year the question before said", () => {
    expect(ask("which country chairs osce in 2026 and how many times has it chaired").text).toMatch(/3 times/);
  });
});

describe("how long a city was the capital, and 'the nth'", () => {
  it("'serve as capital' is a length of the capital's term", () => {
    expect(ask("How long did Almaty serve as capital?").text).toMatch(/^Almaty was the capital of Kazakhstan from 1929 to 10 December 1997: about 68 years/);
  });

  it("'the nth' asks which number", () => {
    expect(ask("skopje MC was the nth?").text).toMatch(/30th/);
  });
});
