/**
 * "How many …?": the facts counted, as distinct values or as times, and how many.
 */
import type { Entity, Fact, Relation } from "../facts/model.js";
import { possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { groupsIn, namedIn, withoutNamed } from "./plan-bindings.js";
import { candidates, filter } from "./plan-facts.js";
import { groupCount, mainKey, valuesKey } from "./fact-keys.js";
import { none, noneInCompleteList } from "./none-found.js";
import { narrowByText } from "./narrow-facts.js";
import { ofTheKindSaid } from "./run-operation.js";
import type { Outcome, TimeScope } from "./execute.js";

/** The count asked: of distinct values or of times, over the facts counted; none where nothing is counted. */
export function countAnswer(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Outcome {
  const relation = plan.relation;
  // ("how many states were there after Montenegro joined" is a total at a time: no count of one member's facts.)
  if (plan.order && !plan.upTo && !plan.anchoredCount && plan.bindings.has(relation.mainRole.name)) return { kind: "none", reason: "no_match", scope };
  const of = countedAs(plan);
  let facts = factsCounted(plan, index, today, scope, of);
  // "How many countries have provided a Secretary General?": the distinct values of the role asked.
  const role = of === "values" && plan.asked && plan.asked !== relation.mainRole && !plan.asked.literal ? plan.asked.name : undefined;
  // (A fact without the role counted names none of them: the 1993 Council's chair is not known.)
  if (role) facts = facts.filter((f) => f.values.has(role));
  // ("How many people were arrested in 2012?": of a role that holds several, each one counts — two names in one fact are two.)
  const each = role && relation.roles.find((r) => r.name === role)?.many;
  const keys = (f: Fact) => (each ? (f.values.get(role!) ?? []).map((v) => (v.kind === "entity" ? v.entity.id : v.kind === "text" ? v.text : String(v.value))) : [role ? valuesKey(f, role) : mainKey(f)]);
  const count = of === "values" ? new Set(facts.flatMap(keys)).size : groupCount(facts);
  if (facts.length === 0) return noneInCompleteList(plan, index, scope, today) ?? none(relation, index, scope, today);
  return { kind: "count", facts, count, of, scope, ...(role ? { role } : {}) };
}

/**
 * Distinct values ("how many countries"), or facts when the counted role is named ("how many elections has X won").
 * Of events ("how many summits"), every event counts, however often a city hosted; "how many
 * cities" (a type named) counts the cities.
 */
function countedAs(plan: QueryPlan): "values" | "times" {
  const relation = plan.relation;
  // (Up to a name, distinct values — except of events: "how many summits up to Astana" counts Helsinki twice.)
  // (So are those after a named one, "how many joined after Montenegro": others, not its own times.)
  const besideOne = (plan.upTo || plan.order !== null) && relation.time !== "events";
  // ("how many Nordic countries chaired" counts the countries; "how many chairmanships have Nordic countries held" the terms.)
  const askedOpen = plan.asked && !namedIn(plan, plan.asked.name) && (plan.countsGroup || !groupsIn(plan, plan.asked.name).length);
  return besideOne || (askedOpen && (relation.time !== "events" || plan.typeNamed)) ? "values" : "times";
}

/** The facts a count counts: begun by the question's day, beside a name where it counts up to or after one, and the ranked-with ones. */
function factsCounted(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope, of: "values" | "times"): Fact[] {
  const relation = plan.relation;
  // "How many times have the Swiss chaired so far?" asked in 2020 counts what had begun by then, not 2026.
  const begun = (f: Fact) => scope.kind === "query" || !f.validity || possibleStart(f.validity) <= today;
  const counted = (r: Relation, bindings: Map<string, Entity[]>) => filter(candidates(bindings, r, index, scope, today), bindings, scope, today, r, plan).filter(begun);
  // ("how many times was the capital moved": the moves, not the renamings — where the facts' labels say which.)
  const own = (plan.upTo || plan.anchoredCount) && plan.bindings.has(relation.mainRole.name)
    ? besideNamed(plan, counted)
    : of === "times" && relation.time === "events" ? ofTheKindSaid(counted(relation, plan.bindings), plan) : counted(relation, plan.bindings);
  // ("How many chairmanships has a Central Asian country held?": a word nothing but the facts' text
  // explains picks the ones counted; the relation's own words — "won seats" — pick none.)
  return [...(plan.factTextWords.length ? narrowByText(own, plan) : own), ...rankedWithFacts(plan, index, counted, of === "values")];
}

/**
 * A count anchored on a name: "how many SGs up to Sinirlioglu?" every fact begun by the named one's
 * start, it included; "how many states joined after Montenegro?" those begun after it (before: before).
 */
function besideNamed(plan: QueryPlan, counted: (r: Relation, bindings: Map<string, Entity[]>) => Fact[]): Fact[] {
  const main = plan.relation.mainRole.name;
  const named = counted(plan.relation, plan.bindings).filter((f) => f.validity);
  if (!named.length) return [];
  const at = Math.min(...named.map((f) => possibleStart(f.validity!)));
  const others = withoutNamed(plan, main);
  const side = (s: number) => (plan.upTo ? s <= at : plan.order === "after" ? s > at : s < at);
  return counted(plan.relation, others).filter((f) => f.validity && side(possibleStart(f.validity)));
}

/**
 * "How many candidates stood in 2022?": the winner, kept in the relation ranked with the others, is one
 * of them; "how many parties won seats?" asked of the winners counts the others too (distinct values
 * only: the elections themselves are counted once). Only where every name the question binds has a
 * role of that relation.
 */
function rankedWithFacts(plan: QueryPlan, index: FactIndex, facts: (r: Relation, bindings: Map<string, Entity[]>) => Fact[], values: boolean): Fact[] {
  // ("how many different people won presidential elections?": the other candidates, who have no
  // "winner", are never counted with the winners; parties that won seats have a "party" like the winner's.)
  const counted = (plan.asked ?? plan.relation.mainRole).name;
  const below = values ? plan.relation.rankedBelow.filter((id) => index.facts(id)[0]?.relation.roles.some((r) => r.name === counted)) : [];
  return [...plan.relation.rankedWith, ...below].flatMap((id) => {
    const other = index.facts(id)[0]?.relation;
    if (!other || [...plan.bindings.keys()].some((role) => !other.roles.some((r) => r.name === role))) return [];
    return facts(other, plan.bindings);
  });
}
