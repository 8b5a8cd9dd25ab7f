/**
 * Reading fixes of the gamma4 round (issue 9): a post is never who did something, one event of many
 * facts dates a "before"/"after", a claim in parts is checked part by part, a "final?" tag after an
 * attributed figure, "first in how many years" never answered with a length, and "the year before".
 * Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("the four top posts that fell vacant together", () => {
  it("are counted as four, not as the Secretary General's post alone", () => {
    const a = ask("how many senior OSCE posts stood empty in the second half of 2020?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^4\b/);
    expect(a.text).toMatch(/High Commissioner on National Minorities/);
  });

  it("never answer 'who' with a post", () => {
    const a = ask("who was secretary general when the top osce jobs went vacant in 2020?", NOW);
    expect(a.text).not.toMatch(/post of|Representative on Freedom of the Media/);
  });

  it("date one event for 'before': the holder before the vacancy, not a list of posts", () => {
    const a = ask("who was the last SG before the 2024 vacancy?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Helga Maria Schmid/);
  });

  it("a yes about one post says nothing of the others vacant then", () => {
    const a = ask("was the RFoM post vacant in november 2024?", NOW);
    expect(a.text).toMatch(/^Yes\. The post of Representative on Freedom of the Media was vacant/);
    expect(a.text).not.toMatch(/Secretary General|ODIHR/);
  });

  it("are asked when as the two spans they share, never 'which one?'", () => {
    const a = ask("when did the top OSCE posts go vacant?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/18 July to 4 December 2020/);
    expect(a.text).toMatch(/September 2024 to 6 December 2024/);
  });

  it("a title that only words the answer is never asked for", () => {
    const a = ask("copy check: the ODIHR Director post goes back to 1991.", NOW);
    expect(a.text).not.toMatch(/was vacant/);
  });
});

describe("a claim in parts, each with its own time", () => {
  it("checks each part's own figure at its own year", () => {
    const a = ask("nazarbayev got ~95.5% in 2011 and then ~97.7% in 2015, both right?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
  });

  it("still says No where one part's figure is wrong", () => {
    const a = ask("tokayev was first elected in 2019 with about 71%, and re-elected in 2022 with about 91% — correct?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/81\.31%/);
  });

  it("keeps 'first' with the part that says it", () => {
    const a = ask("tokayev first won in 2019 with 71%, then won again in 2022 with 81%?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
  });
});

describe("a 'final?' tag after an attributed figure", () => {
  it("asks whether that figure is the final one", () => {
    const a = ask("reuters has amanat at 53.4% in the march 2023 vote — is that the final result?", NOW);
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/53\.90%/);
  });
});

describe("'first in how many years' asked after another question", () => {
  it("is never answered with the length of the thing", () => {
    const a = ask("the astana meeting in 2010 was the 7th summit? and the first in how many years?", NOW);
    expect(a.text).not.toMatch(/about 2 days/);
  });
});

describe("the year before or after a thing dated by its own question", () => {
  it("is that one year", () => {
    const a = ask("which city hosted the ministerial the year after Kazakhstan's chairmanship?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^In 2011 \(1 year after 2010\)/);
    expect(a.text).toMatch(/Vilnius/);
  });
});

describe("a guess after a question that is answered whole", () => {
  it("leads the answer with No where the share guessed is not the one given", () => {
    const a = ask("what threshold did mazhilis parties need in 2023? 7%?", NOW);
    expect(a.text).toMatch(/^No: .*5%/);
  });

  it("leads it with Yes where the answer says what was guessed, after a dash too", () => {
    const a = ask("when was the RFoM post set up — copenhagen 1997?", NOW);
    expect(a.text).toMatch(/^Yes: .*1997/);
  });

  it("is never a second ask joined with 'and'", () => {
    const a = ask("where is ODIHR based? and the HCNM?", NOW);
    expect(a.text).not.toMatch(/^(?:Yes|No)\b/);
    expect(a.text).toMatch(/Warsaw/);
    expect(a.text).toMatch(/The Hague/);
  });
});

describe("taking over as a post", () => {
  it("is becoming it: the one after a holder, never a chair of anything", () => {
    const a = ask("who took over as secretary general after Zannier?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^After Lamberto Zannier .*Thomas Greminger/);
  });
});

describe("a choice between two times", () => {
  it("is never answered with an empty text", () => {
    const a = ask("did kazakhstan chair in 09 or 10?", NOW);
    expect(a.text.trim()).not.toBe("");
  });
});
