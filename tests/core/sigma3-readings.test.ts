/**
 * Reading fixes of this round (issue 9, the sigma3 round). Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("a statement set against a question with \"but\"", () => {
  it("is context: the question after it is answered, dated by the statement's year", () => {
    const a = ask("Sweden chaired the OSCE in 2021, but where did the Ministerial Council meet?");
    expect(a.text).toMatch(/Stockholm/);
    expect(a.text).not.toMatch(/decision/i);
  });

  it("lets the question's own year win over the statement's", () => {
    expect(ask("Everyone remembers Tirana in 2020, but where was the 2018 Ministerial Council?").text).toMatch(/Milan/);
  });

  it("puts the statement's year for \"that year\"", () => {
    expect(ask("Slovakia chaired in 2019 but which city hosted the Ministerial Council that year?").text).toMatch(/Bratislava/);
  });

  it("reads a concession before a comma the same way", () => {
    expect(ask("Although Sweden chaired, where was the 2021 Ministerial Council held?").text).toMatch(/Stockholm/);
  });

  it("is no statement where the part before \"but\" names a topic before a dash: the question keeps it", () => {
    // (Asked alone, "how many states?" would be today's participating States.)
    expect(ask("Helsinki Final Act — signed in Helsinki, but how many states?").text).not.toMatch(/\b57\b/);
  });
});

describe("first of its kind in how many years", () => {
  it("reads \"the OSCE's first\" with the apostrophe", () => {
    expect(ask("the Astana summit was the OSCE's first in how many years?").text).toMatch(/^11 years/);
  });
});

describe("\"the year before\" a name's turn", () => {
  it("orders from the turn, never asks a year", () => {
    expect(ask("and the year after greece's chair?").text).toMatch(/Kazakhstan held the 2010/);
  });
});

describe("a pronoun for the person just named or answered", () => {
  it("asks the order of the person a Yes confirmed, not of the year that dated them", () => {
    expect(ask("CiO in early 2008 was Kanerva? who came after him?").text).toMatch(/Stubb/);
  });

  it("asks the order of the person answered", () => {
    expect(ask("who was the Secretary General in 2008, and who replaced him?").text).toMatch(/Zannier/);
  });
});

describe("a colleague's guess after the question", () => {
  it("gets its verdict", () => {
    expect(ask("who was SG in 2012? my editor says Zannier").text).toMatch(/^Yes: .*Zannier/);
  });

  it("says no where it would narrow the answer to one of several", () => {
    const a = ask("CiO(s) in 2000? our intern says only Ferrero-Waldner");
    expect(a.text).toMatch(/^No, not only Benita Ferrero-Waldner/);
    expect(a.text).toMatch(/Schüssel/);
  });
});

describe("an expectation stated, then \"did it?\"", () => {
  it("answers the outcome alone, never a Yes on the expectation", () => {
    expect(ask("late 2006: Kazakhstan tipped to chair in 2009 — did it?").text).toMatch(/^No\b.*2010/);
  });

  it("answers both where the expectation is asked too", () => {
    expect(ask("was Kazakhstan expected to chair in 2009, and did it?").text).toMatch(/^Yes\b.*\bNo\b/s);
  });
});

describe("a claim dated by a beginning", () => {
  it("is checked against the state after it", () => {
    const a = ask("The OSCE had 56 participating States when Mongolia was admitted.");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/57/);
  });
});

describe("a claim its one fact's own words say", () => {
  it("is led by Yes", () => {
    expect(ask("The 2022 election was the first under the single seven-year term.").text).toMatch(/^Yes: /);
  });

  it("gets no Yes where a word of it is not said", () => {
    expect(ask("The 2022 presidential election was the last under the single seven-year term.").text).not.toMatch(/^Yes\b/);
  });
});

describe("two names, each with its own time, joined", () => {
  it("asks each at its time", () => {
    const a = ask("where were albania 2020 and malta 2024 agreed?");
    expect(a.text).toMatch(/Albania would hold the 2020/);
    expect(a.text).toMatch(/Malta would hold the 2024/);
  });

  it("leaves two ends of a span alone", () => {
    expect(ask("which chairmanship came between Sweden's 2021 and North Macedonia's 2023?").text).not.toMatch(/Ann Linde/);
  });
});

describe("chat spellings of the question words", () => {
  it("are the words, wherever they stand", () => {
    expect(ask("hoo chaired the osce in 2012").text).toMatch(/Ireland/);
    expect(ask("which country chaired wen mongolia joined").text).toMatch(/Ireland/);
  });
});

describe("everyday words for what is asked", () => {
  it("reads \"comes from\" as where a person is from", () => {
    expect(ask("Lamberto Zannier comes from which country?").text).toMatch(/Italy/);
  });

  it("reads a year \"incl\" in brackets as up to it", () => {
    expect(ask("how many times has finland chaired (incl 2025)?").text).toMatch(/^2 times/);
  });
});

describe("three or more names of one kind listed", () => {
  it("asks each alone", () => {
    const a = ask("where are the RFoM, ODIHR and the HCNM based?");
    expect(a.text).toMatch(/Vienna/);
    expect(a.text).toMatch(/Warsaw/);
    expect(a.text).toMatch(/The Hague/);
  });
});

describe("a list since an event", () => {
  it("is of the time from the event's own day on", () => {
    const a = ask("list every name the capital has had since the move from Almaty");
    expect(a.text).toMatch(/Akmola/);
    expect(a.text).toMatch(/Nur-Sultan/);
  });
});

describe("\"the <kind> one\" after a comma", () => {
  it("says which of them is asked, never a guess to say No to", () => {
    const a = ask("who is ODIHR director, the polish one?");
    expect(a.text).not.toMatch(/^No\b/);
    expect(ask("which SG was it, the italian one from 2011?").text).not.toMatch(/^No\b/);
    expect(ask("who was Secretary General, the Swiss one?").text).toMatch(/Greminger/);
  });
});

describe("the last of a time said right after the picked noun", () => {
  it("is picked within it, like the first", () => {
    const a = ask("who was the last CSCE/OSCE chair of the 1990s?");
    expect(a.text).toMatch(/^Norway held the 1999/);
  });
});

describe("what someone said, asked", () => {
  it("is unknown where no reading tells what was said, never who they are", () => {
    const a = ask("what did the OSCE Secretary General say this morning?");
    expect(a.status).toBe("unknown");
  });

  it("is answered where a statement is in the table", () => {
    expect(ask("what did Dimitrij Rupel say about Kazakhstan's 2005 vote?").text).toMatch(/Rupel said/);
  });
});

describe("a private view asked", () => {
  it("is a judgement no record holds", () => {
    expect(ask("what did Solomon Passy really think of Nazarbayev?").status).toBe("unknown");
    expect(ask("how did Tokayev feel about the 2022 result?").status).toBe("unknown");
  });
});

describe("a host country asked of a meeting named by its city", () => {
  it("says the country the city lies in", () => {
    expect(ask("what was the host country of the 2019 Ministerial Council?").text).toMatch(/Bratislava is in Slovakia/);
  });
});

describe("remarks on the span asked", () => {
  it("reads \"the 2010s decade\" as the decade", () => {
    expect(ask("who were the Secretaries General of the 2010s decade?").text).toMatch(/Zannier/);
  });

  it("passes over \"CSCE included\"", () => {
    expect(ask("how many times has Sweden chaired, CSCE included?").text).toMatch(/^2 times/);
  });
});

describe("\"chairs\" after a name", () => {
  it("is the verb of a claim, never the plural noun", () => {
    expect(ask("Ann Linde chairs the OSCE in 2021.").text).toMatch(/^Yes\b/);
    expect(ask("Ann Linde chairs the OSCE in 2022.").text).toMatch(/^No\b/);
  });
});

describe("an apposition in pasted copy", () => {
  it("claims what a person was", () => {
    expect(ask("copy: 'Thomas Greminger, the Swiss secretary general' — ok?").text).toMatch(/^Yes\b/);
  });

  it("claims what a thing is now", () => {
    expect(ask("copy: 'Akmola, the Kazakh capital' — ok?").text).toMatch(/^No\b/);
  });
});

describe("a clause of time naming no one, after a claim", () => {
  it("is no evidence against it, and is said to be unconfirmed", () => {
    const a = ask("Ivica Dacic was CiO in 2015 while also prime minister, right?");
    expect(a.text).not.toMatch(/^No\b/);
    expect(a.text).toMatch(/can't confirm "while also prime minister"/);
  });
});
