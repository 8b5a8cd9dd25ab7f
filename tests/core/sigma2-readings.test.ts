/**
 * Reading fixes of this round (issue 9, the sigma2 sets' round). Wordings here are not the
 * held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { REFERENCE_NOW, ask, realFactdesk } from "../helpers/factdesk.js";

const parse = (q: string) => realFactdesk().explain(q, { now: REFERENCE_NOW });

describe("a count said between the question word and its noun", () => {
  it("reads the type asked after 'which two'", () => {
    const p = parse("which three countries chaired the OSCE after 2019?");
    expect(p.askType).toBe("country");
    expect(p.statedCount).toBe(3);
  });

  it("still reads the type with no count", () => {
    const p = parse("which countries chaired the OSCE after 2019?");
    expect(p.askType).toBe("country");
    expect(p.statedCount).toBeNull();
  });
});

describe("a list of what a named State held", () => {
  it("names who held each chairmanship for it", () => {
    const a = ask("list all of Poland's OSCE chairs");
    expect(a.text).toMatch(/1998 and 2022/);
    expect(a.text).toMatch(/Geremek/);
    expect(a.text).toMatch(/Rau/);
  });

  it("says only the years where when is asked", () => {
    const a = ask("when did Poland chair the OSCE?");
    expect(a.text).toMatch(/1998 and 2022/);
    expect(a.text).not.toMatch(/Geremek/);
  });
});

describe("a post claimed for someone who never held it", () => {
  it("says which post the person did hold, with no time said", () => {
    const a = ask("Kairat Abdrakhmanov served as OSCE Secretary General.");
    expect(a.text).toMatch(/^No\./);
    expect(a.text).toMatch(/High Commissioner on National Minorities/);
  });

  it("still confirms a post held", () => {
    expect(ask("Lamberto Zannier served as OSCE Secretary General.").text).toMatch(/^Yes\./);
  });
});

describe("a chairmanship won", () => {
  it("is the decision that gave it", () => {
    const a = ask("when did Malta win the OSCE chairmanship?");
    expect(a.text).toMatch(/decision that Malta would hold the 2024 OSCE Chairmanship/);
    expect(a.text).toMatch(/2023/);
  });

  it("dates a question about the time it was won", () => {
    const a = ask("who was Kazakhstan's foreign minister when Kazakhstan won the chairmanship?");
    expect(a.text).toMatch(/Tazhin/);
    expect(a.text).not.toMatch(/Saudabayev/);
  });
});

describe("days of one month", () => {
  it("are written with a plain hyphen, and said 'on'", () => {
    expect(ask("when was the Istanbul summit?").text).toMatch(/on 18-19 November 1999/);
  });

  it("say days of two months from one to the other", () => {
    expect(ask("when was the decision on Malta's chairmanship taken?").text).toMatch(/from 30 November to 1 December 2023/);
  });
});
