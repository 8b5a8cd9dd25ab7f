/**
 * Reading fixes of this round (issue 9, the eta3 sets' round). Wordings here are not the held-out
 * sets' own.
 */
import { describe, expect, it } from "vitest";
import { REFERENCE_NOW, ask, realFactdesk } from "../helpers/factdesk.js";

describe("a role named by its cue word in a telegraphic value question", () => {
  it("is the role sought, never a label its texts must say ('address' is in no address)", () => {
    expect(ask("hcnm street, the hague").text).toMatch(/Prinsessegracht 22/);
    expect(ask("ODIHR office address, Warsaw pls").text).toMatch(/Miodowa 10/);
  });

  it("stays what a claim says: a claim the texts do not bear out is a No", () => {
    expect(ask("the 2020 Tirana ministerial council took place in person").text).toMatch(/^No\b/);
  });

  it("stays a label where the role's texts say its cues (posts: 'prime minister')", () => {
    // (No fact says who was Kazakhstan's prime minister in 2010: never another post of then.)
    const a = ask("kazakhstan prime minister 2010");
    expect(a.status).toBe("unknown");
    expect(a.text).not.toMatch(/Speaker|Senate/);
  });
});

describe("facts related to the one answered", () => {
  it("of a relation that holds once per institution, are only the same institution's", () => {
    const a = ask("What is ODIHR's street address in Warsaw?");
    expect(a.text).toMatch(/Miodowa 10/);
    expect(a.text).toMatch(/based in Warsaw/);
    expect(a.text).not.toMatch(/Hague|Vienna|Secretariat/);
  });
});

describe("how long a span lasted", () => {
  it("says the bounds too where its dates leave much of it open", () => {
    // (Dated to the year, 1996 to 1999: anything from two years to four.)
    expect(ask("How long was Giancarlo Aragona OSCE Secretary General?").text).toMatch(/about 3 years \(2 years to 4 years by the dates given\)/);
  });

  it("says the length alone where the dates are days", () => {
    const a = ask("How long did Thomas Greminger serve as Secretary General?");
    expect(a.text).toMatch(/about 3 years/);
    expect(a.text).not.toMatch(/by the dates given/);
  });
});

describe("a relation cued by the name of the body it is about", () => {
  it("checks a claim about Kazakhstan's FSC chair against its own facts", () => {
    const a = ask("did Kazakhstan chair the Forum for Security Co-operation in 2010?");
    expect(a.text).toMatch(/September 2011/);
    expect(a.text).not.toMatch(/^Yes/);
  });
});

describe("readings as good as each other", () => {
  it("put what holds at the time asked before an older record", () => {
    // (ODIHR's address is an observation of January 2025; its seat holds now.)
    expect(ask("Where's ODIHR these days?").text).toMatch(/based in Warsaw since/);
  });

  it("keep the record first where the words ask for it", () => {
    expect(ask("where is the HCNM's office?").text).toMatch(/Prinsessegracht/);
  });
});

describe("a count of something no fact counts", () => {
  it("names the word it did not understand in the one form an answer repeats a user's words", () => {
    expect(ask("How many bakers were hurt in the 2022 unrest?").text).toMatch(/, but not "bakers"\./);
  });
});

describe("telegraphic parts with no question among them", () => {
  it("leave out the reporter's own talk and asides, as beside a question", () => {
    expect(ask("poland 2022 cio pls. heard there were two").text).toMatch(/Rau/);
    expect(ask("the hcnm's seat? (obvious i know but i need it confirmed)").text).toMatch(/The Hague/);
  });
});

describe("a remark on the answer's form", () => {
  it("asks nothing more: 'surname alone will do', 'last name only is fine'", () => {
    expect(ask("swiss CiO in 2014, surname alone will do").text).toMatch(/Burkhalter/);
    expect(ask("who was SG in 2015, last name only is fine").text).toMatch(/Zannier/);
  });
});

describe("the reporter's remark after the question", () => {
  it("asks nothing: '? i keep mixing up the finns'", () => {
    const a = ask("CiO in 2008? i keep mixing up the finns");
    expect(a.text).toMatch(/Kanerva/);
    expect(a.text).toMatch(/Stubb/);
  });
});

describe("what the reporter knows or heard, told after the question", () => {
  it("is told, never asked: '? i know there was a swap mid-year'", () => {
    const a = ask("italy 2018: who held the CiO post? i know there was a swap mid-year");
    expect(a.text).toMatch(/^Angelino Alfano/);
    expect(a.text).toMatch(/Moavero/);
  });
});

describe("a guess after the question with how sure the reporter is", () => {
  it("is the guess: '— vilnius, i'm pretty sure'", () => {
    expect(ask("2011 ministerial city — vilnius, i'm pretty sure").text).toMatch(/^Yes\b.*Vilnius/);
  });
});

describe("names carried into a check after a dash", () => {
  it("go before its tag: 'zannier — italian, right?' checks Zannier's nationality", () => {
    expect(ask("lamberto zannier — italian, right?").text).toMatch(/^Yes\b.*Zannier/);
  });

  it("leave a question word's part as it is", () => {
    expect(ask("flavio cotti = which country's FM?").text).toMatch(/Switzerland/);
  });
});

describe("two digits after a quotation mark", () => {
  it("are a count where a counted noun follows, never a year ('56 participating States')", () => {
    expect(realFactdesk().explain!("copy says '56 participating States' — ok?", { now: REFERENCE_NOW }).times).toEqual([]);
    expect(realFactdesk().explain!("who chaired in '99?", { now: REFERENCE_NOW }).times).toEqual(["at 1999 (year)"]);
  });
});
