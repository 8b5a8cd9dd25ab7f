/**
 * Reading fixes of this round (issue 9, the eta3 sets' round). Wordings here are not the held-out
 * sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

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
