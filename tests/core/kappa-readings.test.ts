/**
 * Reading fixes found by the iota sets (issue 9): verbs that compare with a figure only when one
 * follows ("did he top 97%?"), runners-up and counts across relations ranked together, what "how
 * many" counts, claims read with an operation, a month asked of a date known to the year, yes/no
 * questions dated by a when-clause, and a "No" about a time still to come.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("a verb that compares with a figure", () => {
  it("'top 97%' is more than 97%, not 97% exactly", () => {
    expect(ask("Did Nazarbayev top 97% in 2015?").text).toMatch(/^Yes\. .*97\.75%/);
    expect(ask("did tokayev top 82% in 2022").text).toMatch(/^No\. .*81\.31%/);
  });

  it("'fall short of' is less than", () => {
    expect(ask("did Nur Otan fall short of 85% in 2012").text).toMatch(/^Yes\. .*80\.99%/);
    expect(ask("did Nur Otan fall short of 80% in 2012").text).toMatch(/^No\. .*80\.99%/);
  });

  it("with no figure after it the verb keeps its other meaning", () => {
    expect(ask("who topped the poll in 2021").text).toMatch(/^Nur Otan/);
  });

  it("a figure verb with nothing to compare is not understood", () => {
    expect(ask("did nazarbayev exceed expectations in 2011").status).toBe("unknown");
  });
});

describe("a runner-up is ranked with the winner kept in another relation", () => {
  it("asked of the winners' relation, second place is in the relation ranked below it", () => {
    expect(ask("who came second in 2019 presidential").text).toMatch(/^In second place: Amirzhan Kosanov/);
  });

  it("asked of the candidates' relation, the winner takes first place", () => {
    expect(ask("Who got the second-most votes in the 2022 presidential election?").text).toMatch(/Dairabayev/);
  });

  it("the lowest winning share stays among winners", () => {
    expect(ask("lowest leading-party share in a mazhilis election").text).toMatch(/Amanat .*53\.90%/);
  });

  it("two readings of one ranking that reach the same answer do not ask back", () => {
    const a = ask("What share did the second-placed party get in 2021?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^In second place: Ak Zhol/);
  });
});

describe("what 'how many' counts", () => {
  it("a count of candidates includes the winner kept in the relation ranked with them", () => {
    expect(ask("how many candidates stood in 2022").text).toMatch(/^6\b/);
    expect(ask("how many presidential candidates were there in 2019").text).toMatch(/^7\b/);
  });

  it("a type noun counts its things, not a figure named later ('how many parties won seats')", () => {
    expect(ask("how many parties won seats in the 2021 mazhilis election").text).toMatch(/^3 parties: .*Nur Otan.*Ak Zhol/);
    expect(ask("how many seats did nur otan win in 2021").text).toMatch(/76 seats/);
  });

  it("a noun that names a figure asks the figure ('from how many states')", () => {
    expect(ask("odihr observers 2005 came from how many states").text).toMatch(/43 OSCE participating States/);
  });

  it("a plural right after the first noun is what is counted, a verb after it is not", () => {
    expect(ask("How many Ministerial Councils took place from 2011 to 2025 inclusive?").text).toMatch(/^15\b/);
  });

  it("a counted noun nothing explains is not answered with a count of something else", () => {
    expect(ask("how many staff at the programme office in astana").status).toBe("unknown");
  });
});

describe("a claim with an operation is answered yes or no", () => {
  it("'X was CiO for the whole of 2010.' is checked like the question", () => {
    expect(ask("Kanat Saudabayev was Chairman-in-Office for the whole of 2010.").text).toMatch(/^Yes, all of 2010\./);
    expect(ask("Alexander Stubb chaired the OSCE for all of 2008.").text).toMatch(/^No, not all of 2008\. .*Kanerva/);
  });
});

describe("a month asked of a date", () => {
  it("a date known only to the year does not say the month", () => {
    const a = ask("In which month of 1996 did Aragona take office?");
    expect(a.status).toBe("unknown");
    expect(a.text).toMatch(/^I can't say that to the month/);
  });

  it("a date known to the month or the day answers it", () => {
    expect(ask("which month did Zannier become SG").text).toMatch(/July 2011/);
    expect(ask("what month did Greminger become SG").text).toMatch(/18 July 2017/);
  });
});

describe("a yes/no question dated by a when-clause", () => {
  it("is checked at the clause's time, never answered without it", () => {
    for (const q of ["Did Kazakhstan chair the FSC when it chaired the OSCE?", "Did Kazakhstan chair the FSC in the same year it chaired the OSCE?"])
      expect(ask(q).text, q).not.toMatch(/^Yes/);
  });

  it("the clause's pronoun is the first name of the main part", () => {
    expect(ask("who was SG the same year Kazakhstan chaired the OSCE").text).toMatch(/Perrin de Brichambaut/);
  });

  it("a main part naming nothing is read whole", () => {
    expect(ask("Was 2009 the year Kazakhstan chaired the OSCE?").text).toMatch(/^No\. .*2010/);
  });
});

describe("a 'No' about a time still to come", () => {
  it("is not evidence where the table has nothing at that time", () => {
    expect(ask("is the OSCE holding a summit in 2026").text).toMatch(/^I don't know: 2026 is not over yet/);
    expect(ask("did Kazakhstan chair the OSCE in 2030?").text).toMatch(/^I don't know: 2030 is still to come/);
  });

  it("is an answer where another fact holds at that time", () => {
    expect(ask("does kazakhstan chair the osce in 2026").text).toMatch(/^No\. .*Switzerland/);
  });
});

describe("a telegraphic question that ends by offering a name", () => {
  it("asks whether it is the one", () => {
    expect(ask("CiO 2007 — Moratinos?").text).toMatch(/^Yes\. .*Moratinos/);
    expect(ask("osce chair 2010 - kyrgyzstan?").text).toMatch(/^No\. .*Kazakhstan/);
  });

  it("a last part that is more than a name asks what it asks", () => {
    expect(ask("who chaired in 2010, and the CiO?").text).not.toMatch(/^(Yes|No)\b/);
  });
});
