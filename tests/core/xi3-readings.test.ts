/**
 * Reading fixes of this round (issue 9, the xi3/omicron3 sets' round). Wordings here are not the
 * held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("a near surname", () => {
  it("with a letter doubled inside it is asked back, never answered as the known one", () => {
    const a = ask("What was Lamberto Zanier's nationality?");
    expect(a.status).toBe("ambiguous");
    expect(a.text).toMatch(/^I know no one by that spelling\. Did you mean Lamberto Zannier\? If so: /);
  });

  it("with a feminine first name is asked back", () => {
    expect(ask("When was Alexandra Stubb Chairperson-in-Office?").status).toBe("ambiguous");
  });

  it("spelled as another alphabet writes it is answered", () => {
    expect(ask("When was Kairat Abdrahmanov appointed HCNM?").status).toBe("answered");
    expect(ask("Which year was Dimitri Rupel CiO?").text).toMatch(/2005/);
  });
});

describe("a near acronym", () => {
  it("with two letters swapped is another acronym, not the known one", () => {
    expect(ask("Where is the OIDHR based?").status).toBe("unknown");
    expect(ask("Where is the ODIHR based?").text).toMatch(/Warsaw/);
  });
});

describe("a name said right before the named holder", () => {
  it("describes the holder: 'the first SG was Italy's Aragona' picks the first of all", () => {
    const a = ask("is it right that the first Secretary General was Italy's Giancarlo Aragona?");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Höynck/);
  });

  it("still narrows where it stands before the post ('the first Italian SG')", () => {
    expect(ask("the first Italian Secretary General was Giancarlo Aragona?").text).toMatch(/^Yes\b/);
  });

  it("holds where the one described was the first", () => {
    expect(ask("the first SG was Germany's Wilhelm Höynck, correct?").text).toMatch(/^Yes\b/);
  });
});

describe("a post after a verb of leaving or serving, with 'as'", () => {
  it("is the post the question is about: an unknown post is unknown", () => {
    expect(ask("when did Sebastian Kurz step down as chancellor?").status).toBe("unknown");
  });

  it("a known post is answered", () => {
    expect(ask("when did Sebastian Kurz step down as CiO?").text).toMatch(/December 2017/);
  });
});

describe("'lack of' as a noun", () => {
  it("negates what it is of, not the clause's verb", () => {
    expect(ask("did the osce say voter choice was limited in the 2015 presidential election?").text).toMatch(/^Yes\b/);
  });

  it("still denies what it is of", () => {
    expect(ask("did the osce say there was genuine opposition in the 2015 presidential election?").text).toMatch(/^No\b/);
  });
});

describe("'named' before a post", () => {
  it("is an appointment", () => {
    expect(ask("who was named Secretary General in 2011?").text).toMatch(/Zannier/);
    expect(ask("which Kazakh diplomat was named HCNM?").text).toMatch(/Abdrakhmanov/);
  });

  it("checks a claimed appointment", () => {
    expect(ask("Kairat Abdrakhmanov was named OSCE Secretary General in 2020.").text).toMatch(/^No\b/);
  });

  it("before a name is still a name", () => {
    expect(ask("when was the capital named Astana?").text).toMatch(/1998/);
  });
});

describe("a question with a pronoun after a statement naming one person", () => {
  it("asks an order of that person, not at the statement's time", () => {
    const a = ask("Kubis stepped down in 2005. who replaced him as SG?");
    expect(a.text).toMatch(/^After Ján Kubiš .*Perrin de Brichambaut/);
  });
});

describe("'follow' asked after the one named", () => {
  it("asks who came before: 'X followed whom', 'whom did X follow'", () => {
    expect(ask("Greminger followed who as SG?").text).toMatch(/^Before Thomas Greminger.*Zannier/);
    expect(ask("whom did Greminger follow?").text).toMatch(/^Before Thomas Greminger.*Zannier/);
  });

  it("'who followed X' still asks who came after", () => {
    expect(ask("who followed Greminger as SG?").text).toMatch(/^After Thomas Greminger.*Schmid/);
  });
});

describe("the noun 'name' asking for a value's name", () => {
  it("is the value asked, not a renaming", () => {
    expect(ask("what's the name of the document the Istanbul summit adopted?").text).toMatch(/Charter for European Security/);
    expect(ask("SG from 1993 to 1996, name?").text).toMatch(/Höynck/);
  });

  it("'under that name' is a time since a renaming, not the name asked", () => {
    expect(ask("which country was the first to chair the organisation under the name OSCE?").text).not.toMatch(/1991/);
  });

  it("'by name' is the form of a list, not its subject", () => {
    expect(ask("list the Partners for Co-operation by name").text).not.toMatch(/^Number of/);
  });
});

describe("who came before the first holder of a post", () => {
  it("is no one, where the table holds the post from its beginning", () => {
    expect(ask("who preceded Wilhelm Höynck as Secretary General?").text).toMatch(/^No one before: the first in my fact table\. Wilhelm Höynck/);
  });

  it("is still the one before for any later holder", () => {
    expect(ask("who preceded Aragona as Secretary General?").text).toMatch(/^Before Giancarlo Aragona.*Höynck/);
  });
});

describe("what an acronym stands for", () => {
  it("is the name the table has for it now", () => {
    expect(ask("ODIHR — what does it stand for?").text).toMatch(/Office for Democratic Institutions and Human Rights/);
  });

  it("'for first reference' is the reporter's use of the name, not the first name asked", () => {
    expect(ask("spell out ODIHR for first reference").text).not.toMatch(/Office for Free Elections/);
  });
});

describe("'I've seen' in the reporter's talk", () => {
  it("is no word the question needs understood", () => {
    expect(ask("nazarbayev's 2005 share - I've seen 91% and 91.2%, which is right?").text).toMatch(/91\.15/);
  });
});

describe("a change claimed with its year", () => {
  it("is the event's: the name held that year confirms no renaming then", () => {
    expect(ask("the capital was renamed Nur-Sultan in 2021.").text).not.toMatch(/^Yes\b/);
  });
});
