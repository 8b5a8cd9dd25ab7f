/**
 * "The Centre in Astana became a Programme Office by a Permanent Council decision of December 2014":
 * the change took effect on 1 January 2015, and its note says "Decided by the Permanent Council on
 * 18 December 2014". A claim dated by a day the note gives, in words of that same sentence of the note
 * ("Permanent Council"), is borne out by the note — never refuted by the day it took effect.
 */
import type { Fact } from "../facts/model.js";
import { renderFact } from "../compose/render-fact.js";
import { tokens } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import { dayNumber, MONTH_NAMES } from "../time/days.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { candidates, filter } from "./plan-facts.js";
import type { Outcome } from "./execute.js";

const DAY_SAID = new RegExp(String.raw`\b(\d{1,2}) (${MONTH_NAMES.join("|")}) (\d{4})\b`, "g");
/** Words of the question the note's sentence must say besides the fact's own values: more than a lone word in common. */
const WORDS_SHARED = 2;

export function notedThen(plan: QueryPlan, index: FactIndex, today: number): Outcome | null {
  const t = plan.time;
  // (A day or a month: a year holds too many of a note's days — "Foreign Minister from 4 September 2009" is no claim of 2009.)
  if (!t || t.mode !== "at" || (t.grain !== "day" && t.grain !== "month") || !plan.yesNo) return null;
  const facts = filter(candidates(plan.bindings, plan.relation, index), plan.bindings, { kind: "all" }, today, plan.relation, plan);
  // (Names said but bound to no role count as words: "the Permanent Council" is what the note says decided it.)
  const asked = new Set([...plan.contentStems, ...plan.unboundNames().flat(2)]);
  const noted = facts.filter((f) => f.note && sentencesOf(f.note).some((s) => datedWithin(s, t.start, t.end) && sharedWords(s, f, asked) >= WORDS_SHARED));
  return noted.length === 1 ? { kind: "derived", text: `Yes — ${renderFact(noted[0]!)} Note: ${noted[0]!.note}`, facts: noted, scope: { kind: "all" } } : null;
}

const sentencesOf = (note: string) => note.split(/(?<=[.;])\s+/);

function datedWithin(sentence: string, start: number, end: number): boolean {
  return [...sentence.matchAll(DAY_SAID)].some((m) => {
    const day = dayNumber(Number(m[3]), MONTH_NAMES.indexOf(m[2]!) + 1, Number(m[1]));
    return day >= start && day <= end;
  });
}

/** The question's words the sentence says, other than those of the fact's own values (its names and texts). */
function sharedWords(sentence: string, fact: Fact, asked: ReadonlySet<string>): number {
  const own = new Set([...fact.values.values()].flat().flatMap((v) => tokens(v.kind === "text" ? v.text : v.kind === "entity" ? v.entity.name : "")).map(stem));
  return new Set(tokens(sentence).map(stem).filter((s) => asked.has(s) && !own.has(s))).size;
}
