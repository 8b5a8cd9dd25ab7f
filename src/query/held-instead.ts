/**
 * What held instead of a claim: at its time without the name checked, in another detail, in another
 * post, or under another name.
 */
import type { Entity, Fact, Relation } from "../facts/model.js";
import { yearOf } from "../time/days.js";
import { possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { candidates, filter, inScope, latestObservation } from "./plan-facts.js";
import { preferNamedPeriod } from "./narrow-facts.js";
import type { TimeScope } from "./execute.js";

/** What held at the question's time with the other names bound; asked of now, the latest recent "as of" observation if nothing else. */
export function heldThen(plan: QueryPlan, others: Map<string, Entity[]>, index: FactIndex, scope: TimeScope, today: number): Fact[] {
  const held = preferNamedPeriod(filter(candidates(others, plan.relation, index, scope, today), others, scope, today, plan.relation), scope);
  return held.length || scope.kind !== "now" || others.size === 0 ? held : latestObservation(candidates(others, plan.relation, index), others, today);
}

/**
 * "Was the 2020 Council in Tirana held in person?": where the table has one such fact at that time,
 * and it says otherwise in the role the question's words name (held online), the claim is refuted.
 * Never where the fact says nothing in that role, nor where several facts hold at once (a person's
 * other posts say nothing of this one).
 */
export function otherDetailThen(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Fact[] {
  const relation = plan.relation;
  // (With no time said, every fact the names can mean must say otherwise: "the Tirana Council".)
  const oneThen = relation.time === "exclusive" || (relation.onePerYear && (scope.kind === "all" || withinOneYear(scope)));
  if (!plan.labelFilters.length || !oneThen || scope.kind === "now") return [];
  const unlabelled = { ...plan, labelFilters: [] };
  const facts = filter(candidates(plan.bindings, relation, index, scope, today), plan.bindings, scope, today, relation, unlabelled);
  const says = (f: Fact) => plan.labelFilters.every(({ role }) => (f.values.get(role) ?? []).some((v) => v.kind === "text" && v.text.trim() !== ""));
  return facts.length > 0 && facts.every(says) ? facts : [];
}

/** A question's time inside one calendar year ("in 2025", "in December 2025"). */
export function withinOneYear(scope: TimeScope): boolean {
  return scope.kind === "query" && scope.time.mode === "at" && yearOf(scope.time.start) === yearOf(scope.time.end);
}

/**
 * "cassis is the SG right?": a person named for a post they never held, the post they held then
 * instead (of another one-at-a-time post, at most two; any time, where none is said): the copy to fix says who they are.
 */
export function postsHeldInstead(plan: QueryPlan, checkedRole: string | undefined, ownFacts: Fact[], index: FactIndex, scope: TimeScope, today: number): Fact[] {
  const person = checkedRole ? plan.bindings.get(checkedRole)?.find((e) => e.type === "person") : undefined;
  // (With no time said, the posts held at any time: "Abdrakhmanov became SG" — he became HCNM.)
  if (!person || ownFacts.length > 0) return [];
  const out: Fact[] = [];
  for (const id of index.relationIds()) {
    const relation = index.facts(id)[0]?.relation;
    if (!relation || relation === plan.relation || relation.time !== "exclusive" || !relation.mainRole.types.includes("person")) continue;
    for (const f of index.withEntity(id, relation.mainRole.name, person.id)) if (inScope(f, scope, today) && out.length < 2) out.push(f);
  }
  return out;
}

/** The facts whose note says they held under one of `entities`' names: "admitted as the Federal Republic of Yugoslavia". */
export function namedInFactWords(entities: Entity[], facts: Fact[]): Fact[] {
  return facts.filter((f) => f.note && / as /i.test(f.note) && entities.some((e) => asNamed(e).test(f.note!)));
}
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "as (the) <any of its names>", made once per entity. */
function asNamed(e: Entity): RegExp {
  let re = asNamedMade.get(e);
  if (!re) asNamedMade.set(e, (re = new RegExp(`\\bas (?:the )?(?:${[e.name, ...e.aliases].filter((n) => n.length > 2).map(escapeRegExp).join("|")})\\b`, "i")));
  return re;
}
const asNamedMade = new WeakMap<Entity, RegExp>();

/** The fact of one-at-a-time that began next after this one (by the question's day: nothing still to come). */
export function nextHolder(fact: Fact, relation: Relation, index: FactIndex, today: number): Fact | undefined {
  const from = possibleStart(fact.validity!);
  return index.facts(relation.id).filter((f) => f.validity && f.status === "final" && possibleStart(f.validity) > from && possibleStart(f.validity) <= today).sort((x, y) => possibleStart(x.validity!) - possibleStart(y.validity!))[0];
}
