/**
 * Reading fixes of the alpha4 round (issue 9) besides the join of two relations
 * (relative-join.test.ts). Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("a guess after the question that names another of the kind asked", () => {
  it("is answered 'No', with what holds, though the guess also says context", () => {
    const a = ask("where did the 2002 MC meet? portugal chaired so lisbon?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^No\b/);
    expect(a.text).toMatch(/Porto/);
  });

  it("is never refuted by a name of another kind than the one asked", () => {
    // Astana is a city; the question asks for a person: the guess is context, not the answer guessed.
    const a = ask("who was CiO in 2010? astana summit year?", NOW);
    expect(a.text).not.toMatch(/^No\b/);
  });

  it("says 'No' only where the guess names something the reading knows, and of one answer", () => {
    const a = ask("which city had the 2004 ministerial? bulgaria chaired so plovdiv?", NOW);
    expect(a.text).not.toMatch(/^No\b/);
  });
});
