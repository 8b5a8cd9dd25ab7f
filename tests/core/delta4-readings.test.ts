/**
 * Reading fixes of the delta4 round (issue 9): the reporter's own "today" in an aside; a post and what
 * its holder did, asked with no question word; a day offered beside the year said before it; a
 * message left open on "and"; a name ruled out as the answer; who backed and who opposed Kazakhstan's bid
 * (data), and a report "as of" a day never dating a time clause; a purpose said after the question;
 * which holder's term ended in a time said; a figure claimed of each one; "rise or fall?".
 * Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { statedToday } from "../../src/answer/stated-today.js";
import { LEFT_OPEN } from "../../src/answer/wording.js";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("a time the reporter says they stand at", () => {
  it("is the question's now, counted from its first day, and said before the answer", () => {
    const a = ask("most recent mazhilis vote? (i'm filing this in spring 2023, before polling day)", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^Taking today as 1 March 2023: /);
    expect(a.text).toMatch(/10 January 2021/);
    expect(a.text).not.toMatch(/53\.90%|19 March 2023/);
  });

  it("sets what 'ago' counts from", () => {
    const a = ask("what did nur otan get 4 years ago — assume today is early 2016", NOW);
    expect(a.text).toMatch(/80\.99%/);
  });

  it("is taken out of the question, whatever aside form it has", () => {
    for (const [text, day] of [
      ["who is OSCE SG? (today = 10 may 2012)", 15470],
      ["who chairs the OSCE; as i write in october 2009", 14518],
      ["(pretend it's 2005) who is the SG?", 12784],
    ] as const) {
      const s = statedToday(text, new Date(NOW));
      expect(s?.now.getTime()).toBe(day * 86_400_000);
      expect(s?.text).not.toMatch(/today|write|pretend|\d{4}/);
    }
  });

  it("not yet begun, is the real today", () => {
    const a = ask("most recent mazhilis vote? (i'm filing this in spring 2023, before polling day)", "2023-02-20");
    expect(a.text).toMatch(/^Nur Otan won .*10 January 2021/);
    expect(statedToday("who will chair? (writing this in 2031)", new Date(NOW))).toMatchObject({ text: "who will chair?", label: null });
  });

  it("is never a time written about, or a time asked of", () => {
    const now = new Date(NOW);
    expect(statedToday("who chaired? (writing about 2010)", now)).toBeNull();
    expect(statedToday("who chaired the OSCE in 2010?", now)).toBeNull();
    expect(statedToday("who chairs the OSCE today?", now)).toBeNull();
  });
});

describe("a post and what its holder did, with no question word", () => {
  it("joins the two as 'who was the … that …' does", () => {
    const a = ask("senate speaker solomon passy met in april 2004??", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Abykaev/);
    expect(a.text).not.toMatch(/Ashimbayev|Abusaitov/);
  });

  it("never joins a part cut from its 'which'", () => {
    const a = ask("Which Senate chairman and deputy foreign minister did Passy see in April 2004?", NOW);
    expect(a.text).not.toMatch(/Ashimbayev/);
  });
});

describe("a day and month offered after a year said before", () => {
  it("is a day of that year, confirmed where the answer gives that day", () => {
    const a = ask("the 2005 presidential vote - 4 dec, correct?", NOW);
    expect(a.text).toMatch(/^Yes\b/);
    expect(a.text).toMatch(/4 December 2005/);
  });

  it("is never confirmed where the answer gives another day", () => {
    const a = ask("the 2005 presidential vote - 5 dec, correct?", NOW);
    expect(a.text).not.toMatch(/^Yes\b/);
  });
});

describe("a message left open on 'and'", () => {
  it("is never checked as the claim before it", () => {
    const a = ask("the 2010 chair's jobs at home? he was secretary of state and…?", NOW);
    expect(a.status).toBe("unknown");
    expect(a.text).toMatch(/ends on "and"/);
  });

  it("is only a message with no question word, ending on 'and' or 'plus'", () => {
    expect(LEFT_OPEN.test("greece chaired in 2009 plus?")).toBe(true);
    expect(LEFT_OPEN.test("who chaired in 2009? greece or?")).toBe(false);
    expect(LEFT_OPEN.test("which bodies observed it? ODIHR and...?")).toBe(false);
    expect(LEFT_OPEN.test("greece and turkey chaired?")).toBe(false);
  });
});

describe("a name the reporter rules out", () => {
  it("is never given as the answer", () => {
    const a = ask("which city was the capital before astana - not akmola, the earlier one", NOW);
    expect(a.status).toBe("unknown");
    expect(a.text).toMatch(/Akmola, which you ruled out/);
  });

  it("leaves an answer that gives another name as it is", () => {
    const a = ask("which city was the capital before astana (not almaty)?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Akmola/);
  });
});

describe("who backed and who opposed Kazakhstan's bid", () => {
  it("are the governments the December 2006 report names, each on its side", () => {
    const backed = ask("kazakhstan's osce chair bid had which supporters in late 2006?", NOW);
    expect(backed.text).toMatch(/Belgium and the United Kingdom supported/);
    expect(backed.text).not.toMatch(/United States/);
    const against = ask("which state opposed kazakhstan's candidacy?", NOW);
    expect(against.text).toMatch(/United States was reported in strong opposition/);
    expect(against.text).not.toMatch(/Belgium/);
  });

  it("never date 'during Kazakhstan's OSCE year' by the day of the report", () => {
    const a = ask("who held the CiO post during kazakhstan's osce year?", NOW);
    expect(a.text).toMatch(/^Kanat Saudabayev .* in 2010/);
    expect(a.text).not.toMatch(/2006|De Gucht/);
  });
});

describe("a purpose said after the question", () => {
  it("is answered without it where the answer says the purpose too", () => {
    const a = ask("which OSCE chairman visited almaty in april 2004 in order to discuss kazakhstan's chairmanship bid", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Solomon Passy/);
  });

  it("so is a cause said after it", () => {
    const a = ask("which ministerial council in 2020 met by video owing to COVID-19?", NOW);
    expect(a.text).toMatch(/Tirana/);
  });

  it("is never dropped where the answer says nothing of it", () => {
    const a = ask("which OSCE chairman visited almaty in april 2004 to discuss the minsk group", NOW);
    expect(a.status).toBe("unknown");
  });
});

describe("which holder's term ended in a time said", () => {
  it("is the one whose end falls in that time", () => {
    const a = ask("which OSCE secretary general stepped down in 2005?", NOW);
    expect(a.text).toMatch(/^Until June 2005: Ján Kubiš/);
    expect(a.text).not.toMatch(/Brichambaut/);
  });

  it("is no one where no term ended then", () => {
    const a = ask("which OSCE secretary general stepped down in 2003?", NOW);
    expect(a.status).toBe("unknown");
  });
});

describe("a figure claimed of each one", () => {
  it("is No with the results it does not hold of", () => {
    const a = ask("did each kazakh presidential election winner get over 75 percent?", NOW);
    expect(a.text).toMatch(/^No\. Kassym-Jomart Tokayev won .* 70\.96%/);
  });

  it("is never read into 'ever'", () => {
    const a = ask("did nazarbayev ever take under 80 percent in a presidential vote?", NOW);
    expect(a.text).toMatch(/^Yes\. .*79\.78%/);
  });
});

describe("'rise or fall?' between two results", () => {
  it("says which way the figure went", () => {
    const a = ask("between 2016 and 2021, did nur otan's vote share rise or fall?", NOW);
    expect(a.text).toMatch(/^It fell\. A difference of 11\.11 percentage points/);
  });
});
