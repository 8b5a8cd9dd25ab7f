/**
 * Every operation a reading can ask (understand/operation.ts, query/run-operation.ts), over a small
 * fictional table (tests/fixtures/operations) so each is tested on its logic: rank, runner-up,
 * ordinal, duration, compare, difference, repeated, future, end — and "I don't know" where the
 * relation cannot do what is asked.
 */
import { cpSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFactdesk, type Answer } from "../../src/index.js";
import { factsDirWith } from "../helpers/factdesk.js";

const dir = factsDirWith({});
cpSync(join(import.meta.dirname, "../fixtures/operations"), dir, { recursive: true });
const factdesk = loadFactdesk({ factsDir: dir });
const ask = (q: string): Answer => factdesk.answer(q, { now: new Date("2026-01-15T12:00:00Z") });

function expectAnswer(q: string, operation: string, ...contains: string[]) {
  const a = ask(q);
  expect(a.status, `${q} → ${a.text}`).toBe("answered");
  expect(a.reading?.operation).toBe(operation);
  for (const c of contains) expect(a.text).toContain(c);
  return a;
}

describe("operations", () => {
  it("rank by a figure: highest and lowest, over all time or within the question's time", () => {
    expectAnswer("Who had the highest share in a Ruritanian governor race?", "rank", "Anna Vale", "61%");
    expectAnswer("lowest share in the 2001 governor race", "rank", "Boris Kett", "30%");
    expect(ask("who had the highest share in the 2006 governor race").text).not.toContain("61%");
  });

  it("runner-up: second within one event, never across events", () => {
    expectAnswer("Who came second in the 2006 governor race?", "rank", "Carla Moss");
    expectAnswer("Who came second in the 2011 governor race?", "rank", "Anna Vale");
    expect(ask("Who came second in a governor race?").status).toBe("unknown");
  });

  it("n-th ranked: 'second-highest'", () => {
    expectAnswer("Who won the 2006 governor race with the second-highest share?", "rank", "Carla Moss");
  });

  it("rank by length of term; a term still running has no length to be the shortest", () => {
    expectAnswer("Who was the shortest-serving chancellor?", "rank", "Carla Moss", "1 year and 3 months");
    expectAnswer("Who served longest as chancellor?", "rank", "Dmitri Lund");
  });

  it("a rank between two names decides between those two, never over everyone", () => {
    // Dmitri Lund's running term is the longest of all; between Vale and Moss it is Vale's.
    expectAnswer("Who was chancellor longer, Anna Vale or Carla Moss?", "rank", "Anna Vale");
    expect(ask("Who was chancellor longer, Anna Vale or Carla Moss?").text).not.toContain("Lund");
    expectAnswer("Who served shorter as chancellor, Boris Kett or Anna Vale?", "rank", "Anna Vale");
  });

  it("rank by how often: 'most often'", () => {
    expectAnswer("Which city hosted the congress most often?", "rank", "Karsk", "2 times");
  });

  it("ordinal: the one the facts number, else the n-th in time, or counted from the end", () => {
    expectAnswer("Where did the fourth congress meet?", "ordinal", "Karsk", "2010");
    expectAnswer("Who was the third chancellor?", "ordinal", "Carla Moss");
    expectAnswer("Who was the second-to-last chancellor?", "ordinal", "Carla Moss");
    expect(ask("Where did the 9th congress meet?").status).toBe("unknown");
  });

  it("duration of a term", () => {
    expectAnswer("How long was Kett chancellor?", "duration", "6 years and 6 months");
    // To the day, from dates known to the day: 2011 (365 days) and 1 January–31 March 2012 (91).
    expectAnswer("Exactly how many days was Moss chancellor?", "duration", "456 days");
  });

  it("a claim about the n-th is checked against the n-th of all", () => {
    expect(ask("Was the fourth congress held in Karsk?").text).toMatch(/^Yes\./);
    expect(ask("Karsk hosted the third congress.").text).toMatch(/^No\. .*Velmar/);
  });

  it("end of a term", () => {
    expectAnswer("When did Kett step down as chancellor?", "end", "31 December 2010");
  });

  it("compare two times: a choice, or a claim answered yes or no", () => {
    expectAnswer("Was Vale's governor race share higher in 2001 or 2006?", "compare", "Higher in 2001, lower in 2006");
    expect(expectAnswer("Was Vale's governor race share higher in 2006 than in 2011?", "compare").text).toMatch(/^Yes\./);
    expect(expectAnswer("Was Vale's governor race share lower in 2006 than in 2011?", "compare").text).toMatch(/^No\./);
  });

  it("compare two things by date, said of the first named", () => {
    expect(expectAnswer("Did Kett become chancellor before or after Vale?", "compare").text).toMatch(/^After:/);
  });

  it("difference between two figures", () => {
    expectAnswer("By how many points did Vale's share fall from 2001 to 2006?", "difference", "6 percentage points");
  });

  it("more than once: the list, or yes/no for one named thing", () => {
    expectAnswer("Which cities hosted the congress more than once?", "repeated", "Karsk (1995 and 2010)");
    expect(expectAnswer("has Karsk hosted the congress more than once?", "repeated").text).toMatch(/^Yes/);
    expect(expectAnswer("Has Vale been chancellor more than once?", "repeated").text).toMatch(/^No/);
  });

  it("future: nothing after the reference date is 'I don't know', never the latest past fact", () => {
    const a = ask("Where will the next congress be held?");
    expect(a.status).toBe("unknown");
    expect(a.text).not.toContain("Karsk");
  });

  it("an operation the relation cannot do is 'I don't know', naming it", () => {
    const a = ask("Who came second at the congress?");
    expect(a.status).toBe("unknown");
    expect(a.text).toContain("runner up");
    // The hour of anything is never in the table.
    const hour = ask("What time did the fourth congress open?");
    expect(hour.status).toBe("unknown");
    expect(hour.text).toContain("time of day");
  });

  it("two names of one type fill two roles in the order of the pattern most like the question", () => {
    expect(ask("When was Velmar renamed Karsk?").text).toContain("1960");
    expect(ask("When was Karsk renamed Velmar?").text).toContain("1990");
    expect(ask("When did Karsk go back to being Velmar?").text).toContain("1990");
    expect(ask("When was Karsk renamed?").text).toContain("1990");
  });

  it("a choice between two names for one role at a time gets whichever held", () => {
    const a = ask("Was it Vale or Kett who was chancellor in 2004?");
    expect(a.text).toContain("Anna Vale");
    expect(a.text).toContain("Boris Kett");
    expect(ask("Was it Moss or Lund who was chancellor in 2005?").status).not.toBe("answered");
  });

  it("a word nothing explains makes the reading incomplete, and the answer says which word", () => {
    const a = ask("What was the turnout of the 2006 governor race?");
    expect(a.status).toBe("unknown");
    expect(a.text).toContain('"turnout"');
  });
});
