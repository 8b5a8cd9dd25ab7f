/**
 * "Has the Secretariat always been in Vienna?", "the OSCE Secretariat has always been based in Vienna":
 * a claim of every time. The check without "always" finds the fact claimed; where the table holds the
 * same thing with another value at another time, the answer is "No", with both. Never "Yes": a table
 * need not hold every time of a thing, so "always" can only be refuted.
 */
import { finish } from "../compose/compose-answer.js";
import { renderFact } from "../compose/render-fact.js";
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { possibleStart } from "../time/validity.js";
import type { Desk } from "./desk.js";

const ALWAYS = /\b(?:always|all\s+along|ever\s+since\s+it\s+began)\b/i;
const YES = /^Yes\b/;

/** The role's values of a fact, as one comparable key. */
function valuesOf(fact: Fact, role: string): string {
  return (fact.values.get(role) ?? []).map((v) => (v.kind === "entity" ? v.entity.id : v.kind === "text" ? v.text : String(v.value))).join("|");
}

export function alwaysSteps(desk: Desk) {
  /** "… always …": "No" with the other times where the thing claimed of the subject held another value. */
  function answerAlways(text: string, now: Date): Answer | null {
    if (!ALWAYS.test(text)) return null;
    const check = desk.answerClause(text.replace(ALWAYS, " ").replace(/\s{2,}/g, " "), now);
    if (check.status !== "answered" || !YES.test(check.text) || check.facts.length !== 1) return null;
    const claimed = desk.factById(check.facts[0]!.id);
    const per = claimed?.relation.exclusivePer;
    if (!claimed || !per || per === claimed.relation.mainRole.name) return null;
    const main = claimed.relation.mainRole.name;
    const others = desk.index.facts(claimed.relation.id).filter((f) => f !== claimed && valuesOf(f, per) === valuesOf(claimed, per) && valuesOf(f, main) !== valuesOf(claimed, main) && !!f.validity);
    if (others.length === 0) return null;
    const all = [...others, claimed].sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
    return finish("answered", `No. ${all.map((f) => renderFact(f)).join(" ")}`, check.intent, all, []);
  }
  return { answerAlways };
}
