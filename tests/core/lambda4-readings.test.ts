/**
 * Reading fixes of the lambda4 round (issue 9), from the misses and wrong answers of the lambda4 sealed
 * sets. Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("'everyone who' and 'everybody who' ask for a list", () => {
  it("names every holder of the year", () => {
    const a = ask("list everybody who was CiO in 2017", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Kurz/);
    expect(a.text).toMatch(/Kneissl/);
  });

  it("leaves 'everyone' in a greeting as chatter", () => {
    expect(ask("morning everyone — who chaired the OSCE in 2011?", NOW).text).toMatch(/Ažubalis/);
  });
});

describe("'once' before a clause with its own subject and verb", () => {
  it("is read as right after that event", () => {
    const a = ask("who was made president of Kazakhstan once Nazarbayev resigned?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Tokayev/);
  });

  it("is read so at the start of the message, too", () => {
    expect(ask("once Kazakhstan's chairmanship was over, who became CiO?", NOW).text).toMatch(/Ažubalis/);
  });

  it("keeps 'once' meaning 'at one time' where no subject follows", () => {
    const a = ask("which posts did Nazarbayev once hold in the Kazakh SSR?", NOW);
    expect(a.text).not.toMatch(/^After/);
  });
});

describe("a post taken over ('took over the SG post after …')", () => {
  it("is becoming that post, never a chairmanship", () => {
    const a = ask("who took over the secretary general job after Aragona?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Kubiš/);
  });
});

describe("a length of years and eleven months", () => {
  it("gives the round figure a reporter writes", () => {
    const a = ask("how many years was the capital named Astana before the 2019 renaming?", NOW);
    expect(a.text).toMatch(/almost 21 years/);
  });
});

describe("'<name> and then who?'", () => {
  it("asks for the one after the name", () => {
    const a = ask("SGs — aragona and then who?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Kubiš/);
  });
});

describe("a place guessed after a where-question that the table does not know", () => {
  it("is 'No', with the place the table has", () => {
    const a = ask("where is the OSCE PA's secretariat? lisbon?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Copenhagen/);
  });

  it("reads past words that say nothing after the guess", () => {
    expect(ask("where's the PA secretariat? geneva? thx", NOW).text).toMatch(/^No\b.*Copenhagen/);
  });

  it("is no 'No' where the guess may be a spelling of the place answered", () => {
    expect(ask("where's the OSCE PA based? kopenhagen?", NOW).text).not.toMatch(/^No\b/);
  });
});

describe("two named States' beginnings compared", () => {
  it("answers whether one joined before (or after) the other", () => {
    const yes = ask("was Montenegro admitted to the OSCE ahead of Mongolia?", NOW);
    expect(yes.text).toMatch(/^Yes\b/);
    expect(ask("did Albania join the CSCE after Kazakhstan?", NOW).text).toMatch(/^No\b/);
  });

  it("still answers no neighbour of one State (the admission order is incomplete)", () => {
    expect(ask("which State joined the OSCE right after Montenegro?", NOW).status).not.toBe("answered");
  });
});

describe("'from' after a thing that is dated ('an archive piece from March 2021')", () => {
  it("dates the question at that time, never since it", () => {
    const a = ask("rewriting a story from june 2020 — what was the capital called then?", NOW);
    expect(a.text).toMatch(/^Nur-Sultan was the capital/);
  });
});

describe("'ppl', 'alongside', newsroom words", () => {
  it("reads 'ppl' as people and 'alongside' as with", () => {
    expect(ask("how many ppl died in zhanaozen in dec 2011?", NOW).text).toMatch(/16/);
    expect(ask("did ODIHR observe the 2007 mazhilis vote alongside the OSCE PA?", NOW).text).toMatch(/^Yes\b/);
  });

  it("reads '— good to use?' as asking to confirm", () => {
    expect(ask("Mongolia joined the OSCE in 2012 — good to use?", NOW).text).toMatch(/^Yes\b/);
  });
});

describe("'handed the chairmanship over to …'", () => {
  it("is the verb of handing over, said around its object", () => {
    const a = ask("who handed the chairmanship over to Lithuania?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Kazakhstan/);
  });
});

describe("'called' that ends the question", () => {
  it("asks for the name of the thing, as 'the name of' does", () => {
    const a = ask("what was the document signed at the Istanbul summit called?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Charter for European Security/);
  });
});

describe("'number' beside a share", () => {
  it("is the share's figure, never a count", () => {
    const a = ask("nazarbayev's 2011 share — the final CEC number?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/95\.5/);
  });
});

describe("'together with X', 'at the same time as X'", () => {
  it("asks at the time the one named did it", () => {
    const a = ask("which states were admitted to the CSCE together with Croatia?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Slovenia/);
    expect(a.text).toMatch(/Georgia/);
    expect(a.text).not.toMatch(/Kazakhstan/);
  });

  it("leaves a time said after the name to say the time", () => {
    expect(ask("which countries joined at the same time as Georgia in March 1992?", NOW).text).toMatch(/Croatia/);
  });
});

describe("chat words: 'bc', 'tho', '(sp?)', 'at this moment'", () => {
  it("reads them as chatter or as now", () => {
    expect(ask("which MC took place online bc of covid?", NOW).text).toMatch(/Tirana/);
    expect(ask("who's the OSCE SG at this moment?", NOW).text).toMatch(/Sinirlio/);
    expect(ask("where's ODIHR based tho (sp?)", NOW).text).toMatch(/Warsaw/);
  });
});

describe("a person described by nationality ('which Kazakh diplomat …')", () => {
  it("binds the demonym to the holder's own country, never to the post's", () => {
    const a = ask("which kazakh was named OSCE High Commissioner on National Minorities in 2020?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Abdrakhmanov/);
  });

  it("leaves a country's own posts to the country ('Kazakhstan's foreign minister')", () => {
    expect(ask("who was Kazakhstan's foreign minister in 2008?", NOW).text).toMatch(/Tazhin/);
  });
});

describe("a post alone before 'between A and B' ('SG between Höynck and Kubiš?')", () => {
  it("asks who held it between the two, as 'who was SG between …' does", () => {
    const a = ask("secretary general between aragona and brichambaut?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Kubiš/);
  });

  it("leaves a length between two things to the length", () => {
    expect(ask("years between the Istanbul and Astana summits?", NOW).text).toMatch(/^About 11 years apart/);
  });
});
