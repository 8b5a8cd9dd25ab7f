/**
 * Reading fixes of this round (issue 9, the iota2 sets' round). Wordings here are not the
 * held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

describe("telegraphic asks joined by 'and' share the time said after the last of them", () => {
  it("answers both posts of the year said once at the end", () => {
    const a = ask("Secretary General and CiO in 2012?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Zannier/);
    expect(a.text).toMatch(/Gilmore/);
    expect(a.text).not.toMatch(/Sinirlio/);
  });

  it("keeps the present for a part asked with its own question word", () => {
    const a = ask("who is the SG and who chaired in 2012");
    expect(a.text).toMatch(/Sinirlio/);
    expect(a.text).toMatch(/Ireland/);
  });
});

describe("a who-question about someone a named person owns", () => {
  it("never answers with the owner ('who was X's deputy')", () => {
    const a = ask("who was Saudabayev's deputy?");
    expect(a.status).toBe("unknown");
    expect(a.text).toMatch(/Saudabayev.*"deputy"/);
  });

  it("still answers a who-question with a verb of its own ('who vetoed X's appointment')", () => {
    expect(ask("Who blocked Ursula Plassnik's appointment?").text).toMatch(/Türkiye/);
  });

  it("still answers an order asked of the owner ('X's successor')", () => {
    expect(ask("who was Zannier's successor as Secretary General?").text).toMatch(/Greminger/);
  });
});
