/**
 * A claim checked at each time it names, or against a term the table knows (a span claimed, an end
 * claimed).
 */
import { combineAnswers } from "../compose/combine.js";
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import type { TimeQuery } from "../time/parse-time.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import { yearNamesTerm } from "../understand/match.js";
import type { QuestionParse } from "../understand/question-parse.js";
import type { Desk } from "./desk.js";
import { correctsPremise } from "./premise.js";
import { dayOfDate } from "../time/days.js";

/** "…, not 2010", "rather than 2010": the words before a year said to be denied. */
const DENIED_BEFORE = /(?:\bnot|\brather\s+than|\binstead\s+of)\s+(?:in\s+|for\s+)?$/i;

const MEASURED = /\b(?:share|result|score|percent|beat|beats|exceed(?:ed|s)?|top(?:ped)?|higher|lower|more|less|better|worse|than)\b|%/i;

/** checkAtEachTime: a claim checked at each time it names. */
export function checkAtEachTimeSteps(desk: Desk) {
  const { table, vocab, factById, unknown } = desk;
  /**
   * "was the 2009 chair decided in 2006?": a yes/no question that names two times, with no operation
   * that puts them side by side, holds only if it holds at each. (Read at its first time alone, it
   * said "Yes" of the 2009 decision and never looked at 2006.) A "No" at one time is the answer;
   * a yes at one and nothing known at another confirms nothing.
   */
  function checkAtEachTime(parse: QuestionParse, now: Date): Answer | null {
    const times = parse.times.filter((t) => !t.relative && t.mode === "at");
    if (!(parse.yesNo || parse.declarative) || parse.alternative || parse.operations.size > 0 || parse.order || times.length < 2 || times.length !== parse.times.length) return null;
    if (new Set(times.map((t) => `${t.start}-${t.end}`)).size < 2) return null;
    // ("Lithuania chaired in 2011 and Ireland in 2013": two names of one kind, each with its own time, in order.)
    const names = parse.entities;
    // (Not where the two are measured against each other: "did Tokayev in 2019 beat Nazarbayev's 1999 share?")
    const paired = times.length === 2 && names.length === 2 && names[0]!.entity.type === names[1]!.entity.type && names[0]!.entity !== names[1]!.entity && !MEASURED.test(parse.cleaned);
    const parts = times.map((t, i) => desk.answerParsed({ ...parse, times: [t], ...(paired ? { entities: [names[i]!] } : {}) }, now));
    const termed = paired ? null : checkAgainstTerm(parse, times, now);
    if (termed) return termed;
    const said = (a: Answer) => (a.status !== "answered" ? "unknown" : /^Yes\b/.test(a.text) ? "yes" : /^No\b/.test(a.text) ? "no" : "other");
    // One verdict for the whole, then what each part found.
    const saidOnce = (verdict: string): Answer => ({ ...combineAnswers(parts), text: `${verdict}. ${combineAnswers(parts.map((a) => ({ ...a, text: a.text.replace(/^(?:Yes|No)\.\s*/, "") }))).text}` });
    if (paired && parts.every((a) => said(a) === "yes" || said(a) === "no") && parts.some((a) => said(a) === "no")) return saidOnce("No");
    const no = parts.find((a) => said(a) === "no");
    if (no) return no;
    if (parts.every((a) => said(a) === "yes")) return saidOnce("Yes");
    return unknown(`I can't confirm that at each of the times you name (${times.map((t) => t.label).join(", ")}).`);
  }

  /**
   * "Was Malta chosen for 2024 back in 2022?", "was the 2009 chair decided at Brussels 2006?": of two
   * years, one names the term the facts are of (understand/match.ts yearNamesTerm) and picks them;
   * the other is when they must have happened.
   */
  function checkAgainstTerm(parse: QuestionParse, times: TimeQuery[], now: Date): Answer | null {
    if (times.length !== 2) return null;
    // Asked as "when …" at each year: the year that names a term gives that term's facts.
    const asWhen = times.map((t) => ({ ...parse, yesNo: false, declarative: false, ask: "time" as const, times: [t] }));
    const found = asWhen.map((p) => desk.answerParsed(p, now));
    const term = [0, 1].filter((i) => {
      const relation = found[i]!.status === "answered" && found[i]!.intent ? table.relations.get(found[i]!.intent!.relation) : undefined;
      return !!relation && yearNamesTerm(asWhen[i]!, relation, vocab);
    });
    if (term.length !== 1) return null;
    // (Asked again as of that term, where only the word before the year said so.)
    const answer = desk.answerParsed({ ...asWhen[term[0]!]!, yearIsTerm: true }, now);
    const other = times[1 - term[0]!]!;
    // ("sought the chairmanship for 2009, not 2010": a year denied is no time the term's facts must fall in.)
    if (DENIED_BEFORE.test(parse.cleaned.slice(0, other.index))) return null;
    const today = dayOfDate(now);
    const facts = answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f?.validity);
    // (Only facts of that term, named where the sentence calls the term by its noun ("the {term} OSCE
    // Chairmanship"): a year in another text — "decided at Athens, December 2009" — is when, not what.)
    const year = new RegExp(`\\b${times[term[0]!]!.label}\\b`);
    const namesYear = (f: Fact) => f.relation.roles.some((r) => r.literal && new RegExp(`\\{${r.name}\\}\\s+(?:(?:OSCE|CSCE)\\s+)?\\p{L}`, "u").test(f.relation.say) && (f.values.get(r.name) ?? []).some((v) => v.kind === "text" && year.test(v.text)));
    if (facts.length === 0 || !facts.every(namesYear)) return null;
    const then = facts.map((f) => f.validity!);
    // ("the Madrid MC decided Kazakhstan would chair in 2009": the term's facts are of someone else.)
    if (correctsPremise(answer)) return { ...answer, text: `No. ${answer.text}` };
    const held = then.some((v) => possibleStart(v) <= other.end && possibleEnd(v, today) >= other.start);
    return { ...answer, text: `${held ? "Yes" : `No, not in ${other.label}`}. ${answer.text}` };
  }
  return { checkAtEachTime };
}
