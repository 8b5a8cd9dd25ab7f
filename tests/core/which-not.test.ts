/**
 * "Which of these did NOT …: A, B or C?" (src/answer/which-not.ts): each name listed checked as a
 * yes/no question; the ones the table says No of are the answer, only when every check has a verdict.
 */
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/index.js";
import { answerWhichNot, readWhichNot } from "../../src/answer/which-not.js";
import { ask } from "../helpers/factdesk.js";

const said = (text: string): Answer => ({ status: "answered", text, intent: null, facts: [], sources: [], suggestions: [] }) as unknown as Answer;
const notKnown: Answer = { status: "unknown", text: "I don't know", intent: null, facts: [], sources: [], suggestions: [] } as unknown as Answer;

describe("reading \"which … not\" with the names listed", () => {
  it("reads the list after a colon, within \"which of\", and before the question", () => {
    expect(readWhichNot("Which of these was not SG: Zannier, Greminger or Saudabayev?")).toEqual({ names: ["Zannier", "Greminger", "Saudabayev"], aux: "was", predicate: "SG" });
    expect(readWhichNot("which of Italy, Spain and Latvia did not chair in the 2000s")?.names).toEqual(["Italy", "Spain", "Latvia"]);
    expect(readWhichNot("Of Kurz, Kneissl and Alfano, who was not CiO in 2017?")?.names).toEqual(["Kurz", "Kneissl", "Alfano"]);
  });

  it("reads no list of one name, and no question without \"not\"", () => {
    expect(readWhichNot("Which of these was not SG: Zannier?")).toBeNull();
    expect(readWhichNot("Which of these was SG: Zannier, Greminger?")).toBeNull();
  });
});

describe("answering it", () => {
  const isName = (item: string) => item;

  it("names the ones checked No, with their answers", () => {
    const check = (q: string) => said(q.includes("Latvia") ? "No. Latvia did not." : "Yes. It did.");
    expect(answerWhichNot("which of these did not chair: Lithuania, Latvia, Ireland?", isName, check)?.text).toBe("Not Latvia. Latvia did not.");
  });

  it("says nothing where one check has no verdict (the one not checked may be it)", () => {
    const check = (q: string) => (q.includes("Ireland") ? notKnown : said(q.includes("Latvia") ? "No. Latvia did not." : "Yes. It did."));
    expect(answerWhichNot("which of these did not chair: Lithuania, Latvia, Ireland?", isName, check)).toBeNull();
  });

  it("says nothing where none or all are No, or a listed item is no name", () => {
    expect(answerWhichNot("which of these did not chair: Lithuania, Ireland?", isName, () => said("Yes."))).toBeNull();
    expect(answerWhichNot("which of these did not chair: Lithuania, Ireland?", isName, () => said("No."))).toBeNull();
    expect(answerWhichNot("which summit was not in Helsinki: 1975, 1992?", (n) => (/^\d/.test(n) ? null : n), () => said("No."))).toBeNull();
  });

  it("answers over the real table", () => {
    const a = ask("which of spain, estonia and finland has not held the osce chairmanship?");
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/^Not Estonia\./);
  });
});
