/**
 * Reading fixes of this round (issue 9): a qualified post is another post.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("a qualifier the question does not say makes the title another post", () => {
  it("a Deputy Foreign Minister does not answer 'who was foreign minister'", () => {
    expect(ask("who was kazakhstan's foreign minister in 2004").status).toBe("unknown");
    expect(ask("Who was Kazakhstan's deputy foreign minister in 2004?").text).toMatch(/^Kairat Abusaitov was Deputy Foreign Minister/);
  });

  it("a claim of the unqualified post is No, with the post held", () => {
    expect(ask("Was Abusaitov foreign minister in 2004?").text).toMatch(/^No\. Kairat Abusaitov was Deputy Foreign Minister/);
    expect(ask("Was Abusaitov deputy foreign minister in 2004?").text).toMatch(/^Yes\./);
  });

  it("a question naming no post still gets the qualified title", () => {
    expect(ask("What post did Abusaitov hold in 2004?").text).toMatch(/Deputy Foreign Minister/);
    expect(ask("Was Marat Tazhin foreign minister in 2008?").text).toMatch(/^Yes\. Marat Tazhin was Kazakhstan's Foreign Minister/);
  });
});

describe("'the most' without a figure counts how often a main value occurs, and nothing else", () => {
  it("a total asked is no frequency: each State once names none 'most often'", () => {
    expect(ask("What is the largest number of participating States the OSCE has had?").text).not.toMatch(/Most often/);
    expect(ask("What's the highest-numbered Ministerial Council you know of?").status).toBe("unknown");
  });

  it("a real frequency is still ranked", () => {
    expect(ask("which country has chaired the osce most often").text).toMatch(/^Most often — Switzerland: 3 times/);
    expect(ask("which city hosted the most ministerial councils").text).toMatch(/^Most often — Vienna: 3 times/);
  });
});

describe("'more than once' of a named thing counts its events of the kind said", () => {
  it("renamings, not the move", () => {
    expect(ask("Has Kazakhstan's capital been renamed more than once?").text).toMatch(/^Yes: Astana \(1998\), Nur-Sultan \(2019\) and Astana \(2022\)/);
    expect(ask("has kazakhstan's capital been renamed twice").text).toMatch(/^Yes, 3 times/);
    expect(ask("Has Kazakhstan's capital moved more than once?").text).toMatch(/^No: Akmola \(1997\)/);
  });
});

describe("'for most of <time>' is the longest part of that time", () => {
  it("the holder with the longer share of the year", () => {
    expect(ask("who was CiO for most of 2000").text).toMatch(/^The longest in 2000: Benita Ferrero-Waldner/);
    expect(ask("which Dutch minister chaired the OSCE for most of 2003?").text).toMatch(/Jaap de Hoop Scheffer/);
  });

  it("one fact in that time ranks nothing", () => {
    expect(ask("who chaired the OSCE for most of 2017").text).not.toMatch(/The longest/);
  });

  it("'most recently' is the last", () => {
    expect(ask("Which participating State joined most recently?").text).toMatch(/^Mongolia/);
  });
});

describe("two picks joined by 'and' are two questions", () => {
  it("the first and the current holder, each answered", () => {
    const text = ask("Who were the first and the current OSCE Secretaries General?").text;
    expect(text).toMatch(/^Wilhelm Höynck .*Feridun Sinirlioğlu .*has been OSCE Secretary General/);
  });

  it("a word of the present outweighs a past auxiliary", () => {
    expect(ask("Who were the current OSCE Secretaries General?").text).toMatch(/^Feridun Sinirlioğlu/);
  });
});

describe("'which … first: A or B' asks their order", () => {
  it("as 'which came first' does", () => {
    expect(ask("Which happened first: FR Yugoslavia's admission or Montenegro joining?").text).toMatch(/^First: Federal Republic of Yugoslavia was an OSCE participating State from 10 November 2000.*Then: Montenegro/);
  });
});

describe("a figure verb before another figure named compares the two", () => {
  it("'did its 2021 share top its 2016 share' is a claim that the first is higher", () => {
    expect(ask("Did Nur Otan's 2021 share top its 2016 share?").text).toMatch(/^No\. Nur Otan won 71\.09%/);
    expect(ask("did nur otan's 2016 result top its 2021 result").text).toMatch(/^Yes\. Nur Otan won 82\.20%/);
  });

  it("without a figure after it, 'topped' is still a win", () => {
    expect(ask("who topped the poll in 2016").text).toMatch(/^Nur Otan won/);
  });
});

describe("a state that held then confirms no event", () => {
  it("'was the capital moved from Almaty in 1994' is not Yes because Almaty was the capital", () => {
    const text = ask("Was the capital moved from Almaty in 1994?").text;
    expect(text).not.toMatch(/^Yes/);
    expect(text).toMatch(/10 December 1997/);
    expect(ask("was the capital moved from almaty in 1997").text).toMatch(/^Yes\. Kazakhstan's capital moved from Almaty to Akmola/);
  });

  it("a name the capital had then is still checked as a state", () => {
    expect(ask("Was the capital called Nur-Sultan in 2021?").text).toMatch(/^Yes\. Nur-Sultan was the capital/);
  });
});

describe("a claim of the named one's n-th time gives all of them, in order", () => {
  it("Yes or No with the place the time named really has", () => {
    expect(ask("Is 2026 Switzerland's second OSCE chairmanship?").text).toBe("No, the third: Switzerland (1996, 2014 and 2026).");
    expect(ask("Switzerland, chairing for a third time in 2026, right?").text).toMatch(/^Yes: Switzerland \(1996, 2014 and 2026\)/);
    expect(ask("did germany chair for the second time in 2016").text).toMatch(/^Yes: Germany \(1991 and 2016\)/);
  });
});

describe("several answers to one message say a sentence once", () => {
  it("a second answer repeating the first's sentence keeps only its lead", () => {
    const text = ask("When did Greminger start, and when did his term end?").text;
    expect(text.match(/was OSCE Secretary General from 18 July 2017/g)).toHaveLength(1);
    expect(text).toMatch(/Until 18 July 2020\.$/);
  });
});
