/**
 * Reading fixes of this round (issue 9, the omega3 round). Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("a remark after the question that asks for nothing more", () => {
  it("leaves the question answered alone, whatever it names or dates", () => {
    const a = ask("when did montenegro become a participating state? wiki has 2006", "2026-01-15");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Montenegro/);
    expect(a.text).toMatch(/2006/);
  });

  it("is never a guess confirmed: a wrong year said there is not the answer's", () => {
    const a = ask("when did kazakhstan join the CSCE? old wiki revision: 1995", "2026-01-15");
    expect(a.text).toMatch(/1992/);
    expect(a.text).not.toMatch(/^Yes/);
  });

  it("still asks what talk joined by 'and' asks: the question alone is no whole answer", () => {
    const a = ask("who chaired the osce in 2003? and who was SG then", "2026-01-15");
    expect(a.text).not.toBe(ask("who chaired the osce in 2003?", "2026-01-15").text);
  });

  it("after a yes/no question, says what the question is about: never answered without it", () => {
    const a = ask("did any party besides nur otan clear the threshold in 2007? i reckon nur otan swept all seats", "2026-01-15");
    expect(a.text).not.toMatch(/^Yes/);
  });
});

describe("a follow-up a year before or after the question before", () => {
  it("is asked again at that year, after a '?'", () => {
    const a = ask("who held the osce chairmanship in 2016? and the year after?", "2026-01-15");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Germany/);
    expect(a.text).toMatch(/Austria/);
  });

  it("counts back too", () => {
    const a = ask("where was the ministerial council in 2019? and the year before?", "2026-01-15");
    expect(a.text).toMatch(/Bratislava/);
    expect(a.text).toMatch(/Milan/);
  });
});

describe("one anchor asked of on both sides", () => {
  it("answers the year before and the year after", () => {
    const a = ask("who had the chairmanship the year before switzerland's 2014 one and the year after?", "2026-01-15");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Ukraine/);
    expect(a.text).toMatch(/Serbia/);
  });

  it("a side named once is asked once", () => {
    const a = ask("which country chaired the year after kazakhstan?", "2026-01-15");
    expect(a.text).toMatch(/Lithuania/);
    expect(a.text).not.toMatch(/Greece/);
  });
});

describe("a guess asked after the question with a '?' of its own", () => {
  it("is confirmed where the answer says all it says: a length in years", () => {
    const a = ask("how long is the OSCE secretary general's term? 3 yrs?", "2026-01-15");
    expect(a.text).toMatch(/^Yes/);
    expect(a.text).toMatch(/3 years/);
  });

  it("is confirmed by a name the answer's note gives and a two-digit year", () => {
    const a = ask("when was kazakhstan admitted to the CSCE? prague 92?", "2026-01-15");
    expect(a.text).toMatch(/^Yes/);
    expect(a.text).toMatch(/1992/);
  });

  it("is never confirmed where the answer says otherwise", () => {
    expect(ask("how long is the OSCE secretary general's term? 5 yrs?", "2026-01-15").text).not.toMatch(/^Yes/);
    expect(ask("when was kazakhstan admitted to the CSCE? helsinki 92?", "2026-01-15").text).not.toMatch(/^Yes/);
  });

  it("a second question after the first is no guess", () => {
    expect(ask("who chaired the osce in 2010? who was its CiO?", "2026-01-15").text).not.toMatch(/^Yes/);
  });
});

describe("a guess after the question said with 'say' or 'think'", () => {
  it("is no remark: the question is never answered alone past it", () => {
    const a = ask("nur-sultan rename, decree date? some people say 20 mar", "2026-01-15");
    expect(a.text).not.toMatch(/17 September 2022/);
  });
});
