/**
 * Two relations joined on the one asked for (issue 9, the alpha4 round): a post said of someone, and
 * what that someone did. Wordings here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { relativeSplits } from "../../src/understand/relative-clause.js";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";
const noName = () => 0;

describe("relativeSplits", () => {
  it("offers every head of one to four words before 'that'", () => {
    const splits = relativeSplits("who was the kaz senate speaker that met passy in 2004?", noName);
    expect(splits).toContainEqual({ head: "kaz senate speaker", relative: "who met passy in 2004" });
    expect(splits.every((s) => s.head.split(" ").length <= 4)).toBe(true);
  });

  it("keeps the clause's own auxiliary, and after 'which' needs no marker at all", () => {
    expect(relativeSplits("which CEC chair did passy meet", noName)).toContainEqual({ head: "CEC chair", relative: "who did passy meet" });
    expect(relativeSplits("which CiO visited almaty in 2004", noName)).toContainEqual({ head: "CiO", relative: "who visited almaty in 2004" });
  });

  it("never ends a head on a preposition, nor starts a clause with one", () => {
    const splits = relativeSplits("who was the minister for central asia in 2004", (t) => (/^central asia/i.test(t) ? 2 : 0));
    expect(splits).toEqual([]);
  });

  it("takes a clause without a marker only where a name opens it and something follows the name", () => {
    const named = (t: string) => (/^passy\b/i.test(t) ? 1 : 0);
    expect(relativeSplits("who was the senate speaker passy met", named)).toContainEqual({ head: "senate speaker", relative: "who passy met" });
    expect(relativeSplits("who was the senate speaker passy", named)).toEqual([]);
    expect(relativeSplits("who was the senate speaker in 2004", named)).toEqual([]);
  });

  it("offers nothing for a question that asks no one by a post", () => {
    expect(relativeSplits("what did blair tell nazarbayev in london", noName)).toEqual([]);
    expect(relativeSplits("when did passy meet baliyeva", noName)).toEqual([]);
  });
});

describe("a post and what its holder did, joined on the person", () => {
  it("names the one the meetings and the post share, with the facts of each", () => {
    const a = ask("who was the senate speaker that solomon passy met with in 2004?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Abykaev/);
    expect(a.text).not.toMatch(/Baliyeva|Abusaitov|Vikki/);
    // (Since the kappa5 round the meeting says the post of the person met (meetings.yaml `met_as`), so the
    // meeting alone answers; the join is still what answers where the meeting does not say the post.)
    expect(a.facts.map((f) => f.relation)).toContain("meeting");
  });

  it("dates the post by the meeting when the question says no time", () => {
    const a = ask("which central election commission chair did passy meet?", NOW);
    expect(a.text).toMatch(/Baliyeva/);
    expect(a.text).not.toMatch(/Abykaev|Abusaitov/);
  });

  it("joins a visit to the post its visitor held then", () => {
    const a = ask("which OSCE chairman visited kazakhstan in april 2004", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Passy/);
  });

  it("answers nothing where no one met holds the post then", () => {
    // Nazarbayev met Blair in 2006; no Chairman-in-Office was among those he met.
    const a = ask("which chairman-in-office did nazarbayev meet in london", NOW);
    expect(a.status).not.toBe("answered");
  });

  it("never joins on a name that only the clause itself says", () => {
    // Passy is the visitor, not one he met: he was CiO then, but the question asks whom he met.
    const a = ask("who was the chairman-in-office that passy met in 2004", NOW);
    expect(a.text).not.toMatch(/^Solomon Passy \(Bulgaria\) was OSCE Chairperson/);
  });
});

describe("the join's own guards", () => {
  it("keeps only facts that hold every name the clause says: a place the table does not record is not confirmed", () => {
    // The release is datelined Almaty, but it does not say where Passy met the Speaker (Astana was the capital).
    // (Said as not confirmed there, with the meeting whose place the table does not record.)
    const a = ask("who was the senate speaker that passy met in almaty in 2004", NOW);
    expect(a.text).toMatch(/^Not confirmed in Almaty \(no place recorded\)/);
    expect(a.text).not.toMatch(/Abykaev[^.]*in Almaty/);
  });

  it("joins only where a person is asked for, never a place", () => {
    const a = ask("which finnish city hosted the 2025 ministerial council during finland's chairmanship", NOW);
    // (The Council's own sentence names who chaired it; no fact of the Chairperson-in-Office is joined.)
    expect(a.text).toMatch(/Vienna/);
    expect(a.text).not.toMatch(/was OSCE Chairperson-in-Office/);
    expect(a.facts.every((f) => f.relation !== "osce_cio")).toBe(true);
  });
});
