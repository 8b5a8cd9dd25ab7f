/**
 * The clauses of a message answered in order: a pronoun for the answer before, "that" moment, a
 * follow-up with its fuller reading.
 */
import type { Answer } from "../model/answer.js";
import { formatDay, yearOf } from "../time/days.js";
import { possibleStart, validityLabel } from "../time/validity.js";
import type { Clause, Desk } from "./desk.js";
import { PERSON_PRONOUN, PRONOUN, SHIFTED_YEAR } from "./wording.js";

const PRONOUN_G = new RegExp(PRONOUN.source, "gi");

/** "and in 2017?", "also in 2017": a follow-up that says nothing but its year (group 1). */
const BARE_YEAR_ASK = /^\W*(?:(?:and|also|plus|&|\+)\s+)?(?:(?:what|how)\s+about\s+)?in\s+((?:19|20)\d{2})(?:\s+(?:too|also|as\s+well))?\W*$/i;
/**
 * "CiO 2024 + 2025 names pls": a year alone, with at most the form of reply wanted — the question
 * before asked again only where that question said a year of its own (after a "when" question a year
 * alone is the reporter's guess, never a question).
 */
const YEAR_ALONE = /^\W*(?:(?:and|also|plus|&|\+)\s+)?((?:19|20)\d{2})(?:\s+(?:too|also|as\s+well|names?|ones?|pls|please|plz))*\W*$/i;


/**
 * `text` with the pronouns of the one answered replaced by its name: "its CiO" → "Lithuania's CiO",
 * "when was he appointed" → "when was Sinirlioğlu appointed"; "her" is possessive only before a noun
 * ("her term", not "who succeeded her?").
 */
function withNameForPronoun(text: string, name: string): string {
  return text.replace(PRONOUN_G, (p: string, at: number) => {
    const possessive = /^(?:its|his|their)$/i.test(p) || (/^her$/i.test(p) && /^\s+(?!(?:and|or|in|on|at|to|as|from|for|with|by|when|after|before)\b)[a-z]/i.test(text.slice(at + p.length)));
    return possessive ? `${name}'s` : name;
  });
}

/** answerInTurn: the clauses answered in order. */
export function inTurnSteps(desk: Desk) {
  const { factById, unknown } = desk;
  /** The clauses answered in order: one referring to "that" moment is read at the day the answer before it gave. */
  function answerInTurn(clauses: Clause[], now: Date): Answer[] {
    const answers: Answer[] = [];
    for (const [i, clause] of clauses.entries()) {
      const before = answers[answers.length - 1];
      if (clause.unresolved) {
        answers.push(unknown(`I don't know who or what "${clause.unresolved}" refers to: ask with the name.`));
        continue;
      }
      if (clause.ofAnswer) {
        answers.push(answerOfAnswer(clause.ofAnswer.text, clause.ofAnswer.besides, before, now));
        continue;
      }
      const again = before && YEAR_ALONE.test(clause.text) ? askedAgain(clause.text, clauses[i - 1]?.text) : null;
      if (again) {
        answers.push(desk.answerClause(again, now));
        continue;
      }
      const shifted = before ? withYearShifted(clause.text, before) : null;
      if (shifted) {
        answers.push(desk.answerClause(askedAgain(shifted, clauses[i - 1]?.text) ?? shifted, now));
        continue;
      }
      const day = clause.atThatMoment && before ? dayOfOnlyFact(before) : null;
      const atDay = day === null ? null : desk.answerClause(`${clause.atThatMoment} on ${formatDay(day)}`, now);
      // ("…, and how many years ago is that?": no fact is of a day alone — the question before, said again, dates it.)
      answers.push(atDay?.status === "answered" ? atDay : answerFollowUp(clause, now));
    }
    return answers;
  }

  /**
   * A question whose pronoun stands for the answer before ("…, and who was its CiO?"): read with that
   * answer's one name (other than those the question before said), and the time of its fact, in place
   * of the pronoun; with no one name, unknown.
   */
  function answerOfAnswer(text: string, besides: string[], before: Answer | undefined, now: Date): Answer {
    // (The name the question before said — the one it came after — is not its answer.)
    // ("who chaired in 2010 and what was his job": "his" is the one person the answer names, not the country asked.)
    const asks = PERSON_PRONOUN.test(text) ? "person" : before?.reading?.asks;
    const named = before?.status === "answered" && asks ? namesAnswered(before, asks).filter((n) => !besides.includes(n.name)) : [];
    if (named.length !== 1) return unknown(`I don't know who or what "${text}" refers to: ask with the name.`);
    const { name, when } = named[0]!;
    const withName = withNameForPronoun(text, name);
    // (With the time of the fact answered first — "who was its CiO" then — else as asked: "where is he
    // from". A count of times is over all time: "… and how many times has it chaired?")
    const counts = /\bhow\s+(?:many|often)\b/i.test(text);
    const dated = counts ? undefined : desk.answerClause(`${withName} ${when}`, now);
    return dated?.status === "answered" ? dated : desk.answerClause(withName, now);
  }

  /** The distinct names an answer gives for the role asked (or, for "person", of any person), each with the time of its fact. */
  function namesAnswered(a: Answer, role: string): Array<{ name: string; when: string }> {
    const out = new Map<string, string>();
    for (const ref of a.facts) {
      const fact = factById(ref.id);
      const values = role === "person" ? [...(fact?.values.values() ?? [])].flat().filter((v) => v.kind === "entity" && v.entity.type === "person") : (fact?.values.get(role) ?? []);
      for (const v of values) if (v.kind === "entity" && fact?.validity) out.set(v.entity.name, validityLabel(fact.validity));
    }
    return [...out].map(([name, when]) => ({ name, when }));
  }

  /**
   * "…, and where was the MC the year before?": a year counted from the answer before — the one year
   * its facts are of — said as that year. Null where the clause says no such year or the answer has no one year.
   */
  function withYearShifted(text: string, before: Answer): string | null {
    const m = SHIFTED_YEAR.exec(text);
    if (!m || before.status !== "answered") return null;
    // (The year the question before said, carried after the phrase — "… the following year 2010" — is the one counted from.)
    const carried = m[1] ? Number(m[1]) : null;
    const years = new Set(carried ? [carried] : before.facts.map((ref) => factById(ref.id)?.validity).map((v) => (v ? yearOf(possibleStart(v)) : null)));
    if (years.size !== 1 || years.has(null)) return null;
    const back = /before|previous|preceding|prior|earlier/i.test(m[0]);
    return `${text.slice(0, m.index)} in ${[...years][0]! + (back ? -1 : 1)}${text.slice(m.index + m[0].length)}`.replace(/\s+/g, " ").trim();
  }

  /**
   * "who chaired in 2016? and the year after?": a follow-up that says only its year ("and in 2017") asks
   * the question before again, at that year — the one year that question said replaced, else added.
   */
  function askedAgain(shifted: string, previous: string | undefined): string | null {
    const alone = YEAR_ALONE.exec(shifted)?.[1];
    const year = BARE_YEAR_ASK.exec(shifted)?.[1] ?? alone;
    if (!year || !previous) return null;
    const years = previous.match(/\b(?:19|20)\d{2}\b/g) ?? [];
    if (alone && years.length !== 1) return null;
    const asked = previous.replace(/[?.!\s]+$/, "");
    return years.length === 1 ? `${asked.replace(years[0]!, year)}?` : years.length === 0 ? `${asked} in ${year}?` : null;
  }

  /** The day an answer's only fact began, if it names one to the day. */
  function dayOfOnlyFact(a: Answer): number | null {
    const fact = a.status === "answered" && a.facts.length === 1 ? factById(a.facts[0]!.id) : undefined;
    const start = fact?.validity?.kind === "span" ? fact.validity.from : fact?.validity?.kind === "single" ? fact.validity.at : null;
    return start && start.first === start.last ? start.first : null;
  }

  /** A follow-up question read with the names it carries, else with the whole question before it. */
  function answerFollowUp(clause: Clause, now: Date): Answer {
    const first = desk.answerClause(clause.text, now, !clause.joined);
    if (first.status === "answered" || !clause.fallback) return first;
    // (Where a clause is our own joining of parts, only a main part that is a question on its own is dated by a when-clause.)
    const second = desk.answerClause(clause.fallback, now, false);
    return second.status === "answered" ? second : first;
  }
  return { answerInTurn };
}
