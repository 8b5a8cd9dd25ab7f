/**
 * What held instead of a claim: at its time without the name checked, in another detail, in another
 * post, or under another name.
 */
import type { Entity, Fact, Relation } from "../facts/model.js";
import { yearOf } from "../time/days.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import { claimedFigureHolds } from "./claimed-figures.js";
import type { FactIndex } from "./fact-index.js";
import { candidates, factsFor, filter, hasBindings, inScope, latestObservation } from "./plan-facts.js";
import { preferNamedPeriod } from "./narrow-facts.js";
import { listedCompletelyThen, nothingThen, relatedThen } from "./none-found.js";
import type { Outcome, TimeScope } from "./execute.js";

/**
 * The claim's No (or "can't confirm"), with what was true instead: what held at its time, when the
 * named thing did hold, and what related facts say of the names.
 */
export function heldInstead(plan: QueryPlan, matching: Fact[], index: FactIndex, today: number, scope: TimeScope): Outcome {
  const relation = plan.relation;
  const base = { matching, scope, closed: relation.closed };
  // What was true instead: at that time without the checked value, and the checked value at other times.
  const checkedRole = plan.bindings.has(relation.mainRole.name) ? relation.mainRole.name : [...plan.bindings.keys()][0];
  const others = new Map([...plan.bindings].filter(([role]) => role !== checkedRole));
  const oneThatYear = oneHeldThatYear(plan, checkedRole, others, scope) || figureOfThatYear(plan, checkedRole, others, index, scope, today);
  const atTime = heldInsteadThen(plan, checkedRole, others, oneThatYear, index, scope, today);
  // When the named thing did hold (Kazakhstan chaired in 2010); nothing to say when nothing was named.
  // ("Was Zannier Swiss?": the named holder's own facts say what he was instead.)
  const named = others.size > 0 && !plan.compare ? new Map([...plan.bindings].filter(([role]) => role === checkedRole)) : plan.bindings;
  const otherTimes = plan.bindings.size === 0 ? [] : filter(candidates(named, relation, index), named, { kind: "all" }, today, relation);
  const entities = [...plan.bindings.values()].flat();
  const related = [...relatedNaming(relation, entities, index, scope, today), ...postsHeldInstead(plan, checkedRole, otherTimes, index, scope, today)];
  // ("Did the US support Kazakhstan's bid?": the report that it opposed the bid says No.)
  const contrary = contraryNaming(relation, entities, index, plan.yearNamesTerm ? { kind: "all" } : scope, today);
  if (contrary.length) return { kind: "check", yes: false, atTime: contrary, otherTimes: [], related: [], ...base, closed: true, refutedByDetail: true };
  // One holder at a time: if someone else held it then, the answer is surely "No".
  // Not where a fact of that time names it in its own words: "was the FRY admitted in 2000?" — Serbia's
  // participation began then, "admitted as the Federal Republic of Yugoslavia".
  const namedThen = otherTimes.length ? [] : namedInFactWords(entities, factsFor({ ...plan, bindings: new Map() }, index, today, scope));
  if (namedThen.length) return { kind: "check", yes: false, atTime: namedThen, otherTimes, related, ...base, closed: false };
  // ("The Charter of Paris was signed at a summit in 1992": the one whose text names it, in 1990, says when.)
  const saidElsewhen = textNamedElsewhen(plan, index, today, scope);
  if (saidElsewhen.length && relation.closed) return { kind: "check", yes: false, atTime: [], otherTimes: saidElsewhen, related, ...base, closed: true, refutedByDetail: true };
  // ("Astana was renamed Nur-Sultan in 2018": the one renaming of Astana there ever was, in 2019, says No.)
  const once = theOneFact(plan, index, today, scope);
  // (The one fact says when it was: no sentence of what was not found is needed before it.)
  if (once.length) return { kind: "check", yes: false, atTime: once.filter((f) => inScope(f, scope, today)), otherTimes: once.filter((f) => !inScope(f, scope, today)), related, ...base, closed: true, refutedByDetail: true };
  // ("was there a Ministerial Council in 2010?": none, in a list complete up to a later day — and what
  // the related relations have then: the Astana Summit.)
  // ("Did Kazakhstan host the Ministerial Council in 2010?": so where only the listed thing is named —
  // none was held then, anywhere. Never of another role, which a listed fact may leave unsaid.)
  // (Of a year: "was Slovenia's CiO hosting the MC the day of the vote?" may mean the days around it;
  // nor where the claim is that there was none — "kaz had no Council in 2010"; nor of one named that
  // had one in another year, which may be the one meant — "the 1994 MC in Budapest" was in 1995.)
  const complete = listedCompletelyThen(relation, scope);
  const listed = complete && plan.bindings.size > 0 && otherTimes.length === 0 && scope.kind === "query" && scope.time.grain === "year" && !plan.saysNoOne && [...plan.bindings.keys()].every((r) => r === relation.mainRole.name);
  const noneListed = (plan.bindings.size === 0 || listed) && complete && nothingThen(relation, index, scope, today);
  if (noneListed) related.push(...relatedThen(relation, index, scope, today));
  const closed = relation.closed || ((relation.time === "exclusive" || oneThatYear) && atTime.length > 0) || listed || noneListed || endedBefore(otherTimes, scope, today);
  // ("The CSCE turned into the OSCE in 1992": of a change claimed, the one held then and what came after it — the change's day.)
  const next = plan.starting && plan.bindings.size === 0 && relation.time === "exclusive" && atTime.length === 1 && otherTimes.length === 0 ? nextHolder(atTime[0]!, relation, index, today) : undefined;
  return { kind: "check", yes: false, atTime, otherTimes: next ? [next] : otherTimes, related, ...base, closed };
}

/**
 * Of a relation whose facts have each value of `once_per` only once, the one fact with the values the
 * claim binds there, surely at another time than the claim's: the claim, matching no fact, is refuted
 * by it — with the other facts naming those values, which may be what was meant. Nothing where a fact
 * of the claim's time names one of them in another role ("the Programme Office in Astana was renamed in
 * Sep 2022": it took that name back then), and nothing of a time after it unless the claim says a
 * beginning: "was Astana called Nur-Sultan in 2021?" holds by the renaming of 2019. With no time
 * said, the one fact refutes a claim whose other names it does not have.
 */
function theOneFact(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Fact[] {
  const roles = plan.relation.oncePer;
  if (!roles || !roles.every((r) => plan.bindings.has(r))) return [];
  const bound = new Map(roles.map((r) => [r, plan.bindings.get(r)!]));
  const once = filter(candidates(bound, plan.relation, index), bound, { kind: "all" }, today, plan.relation).filter((f) => f.validity);
  // ("did Kazakhstan join the CSCE in Vienna?": with no time said, the one beginning of those values,
  // which the claim's other names do not match — Prague — refutes it. Only of a beginning claimed:
  // "was Astana ever called Akmola?" is no claim about Astana's one renaming.)
  if (scope.kind !== "query") return once.length === 1 && plan.starting && plan.bindings.size > roles.length ? once : [];
  if (scope.time.mode !== "at") return [];
  const { start, end } = scope.time;
  const before = once.every((f) => possibleEnd(f.validity!, today) < start);
  if (!once.length || !(before || once.every((f) => possibleStart(f.validity!) > end)) || (before && !plan.starting)) return [];
  const entities = [...bound.values()].flat();
  const naming = (f: Fact) => [...f.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && entities.includes(v.entity)));
  // (A fact then naming them that the claim's other names do not fit is no such moment: "Akmola was
  // renamed Astana in 1997" — the 1997 move to Akmola is no renaming to Astana.)
  const otherNames = new Map([...plan.bindings].filter(([role]) => !roles.includes(role)));
  if (factsFor({ ...plan, bindings: new Map() }, index, today, scope).some((f) => naming(f) && hasBindings(f, otherNames))) return [];
  const others = index.facts(plan.relation.id).filter((f) => !once.includes(f) && naming(f));
  return [...once, ...others].slice(0, 3);
}

/** With no name bound, the facts whose own text names what the claim names, at other times than its own. */
function textNamedElsewhen(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Fact[] {
  if (plan.bindings.size > 0 || plan.textNamed.length === 0 || scope.kind !== "query") return [];
  return filter(index.facts(plan.relation.id), new Map(), { kind: "all" }, today, plan.relation, plan).filter((f) => !inScope(f, scope, today)).slice(0, 2);
}

/** Whether the checked name holds the role in any fact of the relation, at any time. */
function heldEver(plan: QueryPlan, role: string, index: FactIndex): boolean {
  const named = plan.bindings.get(role) ?? [];
  return index.facts(plan.relation.id).some((f) => (f.values.get(role) ?? []).some((v) => v.kind === "entity" && named.includes(v.entity)));
}

/** Whether another fact ties the checked name to a value of `exclusive_per` (a country) none of the relation's facts has: Rama to Albania. */
function ofAnotherPer(plan: QueryPlan, role: string, index: FactIndex): boolean {
  const per = plan.relation.exclusivePer!;
  const entityIds = (f: Fact) => (f.values.get(per) ?? []).flatMap((v) => (v.kind === "entity" ? [v.entity.id] : []));
  const own = new Set(index.facts(plan.relation.id).flatMap(entityIds));
  const named = plan.bindings.get(role) ?? [];
  for (const id of index.relationIds()) {
    const roles = index.facts(id)[0]?.relation.roles ?? [];
    for (const r of roles) for (const e of named) if (index.withEntity(id, r.name, e.id).some((f) => entityIds(f).some((c) => !own.has(c)))) return true;
  }
  return false;
}

/** What held at the claim's time without the checked value, where that is telling. */
function heldInsteadThen(plan: QueryPlan, checkedRole: string | undefined, others: Map<string, Entity[]>, oneThatYear: boolean, index: FactIndex, scope: TimeScope, today: number): Fact[] {
  const relation = plan.relation;
  // What held instead is only telling where one value holds at a time (who chaired in 2009).
  // (Or where the table is complete: "the 2010 summit was in Almaty" — No, and the one it has.)
  // (One at a time is said of the relation's main thing: the OSCE had one name in 2010, which says
  // nothing of where a renaming was decided.)
  const oneAtATime = relation.time === "exclusive" && (checkedRole === undefined || checkedRole === relation.mainRole.name);
  if (scope.kind === "all" || (!oneAtATime && !oneThatYear && !(relation.closed && relation.time === "events"))) return [];
  // ("Was Rama foreign minister in 2020?": one holder at a time per country, the country neither said nor
  // known of him — Kazakhstan's minister then says nothing of Albania's.)
  if (relation.exclusivePer && !others.has(relation.exclusivePer) && checkedRole && !heldEver(plan, checkedRole, index) && ofAnotherPer(plan, checkedRole, index)) return [];
  const held = heldThen(plan, others, index, scope, today);
  // ("Vollebaek was CiO for Norway in 1998": one holder at a time, whatever else is said of them — it
  // was Geremek, for Poland. Not where one holds at a time per something else: per country, say.)
  // (At a time said: with none, "now" would say today's holder of a claim about the past.)
  return held.length || !oneAtATime || relation.exclusivePer || others.size === 0 || scope.kind !== "query" ? held : heldThen(plan, new Map(), index, scope, today);
}

/**
 * ("was the 2025 Council in Helsinki?": one a year, and that year's was elsewhere. Not with a
 * person also named, whose part may be what is wrong — "Passy was Romania's FM when he chaired" —
 * nor with a figure, which may say the year was misread: "the 2012 copy says he won 95.5% last April".)
 */
function oneHeldThatYear(plan: QueryPlan, checkedRole: string | undefined, others: Map<string, Entity[]>, scope: TimeScope): boolean {
  const relation = plan.relation;
  return relation.onePerYear && checkedRole === relation.mainRole.name && withinOneYear(scope) && plan.numbers.length === 0 &&
    [...others.keys()].every((role) => !relation.roles.find((r) => r.name === role)?.types.includes("person"));
}

/**
 * ("Tokayev got 97.75% in 2015": the figure is that year's own — Nazarbayev's — so the year is not
 * misread, and the one who won then says No.)
 */
function figureOfThatYear(plan: QueryPlan, checkedRole: string | undefined, others: Map<string, Entity[]>, index: FactIndex, scope: TimeScope, today: number): boolean {
  if (plan.numbers.length === 0 || !oneHeldThatYear({ ...plan, numbers: [] }, checkedRole, others, scope)) return false;
  return heldThen(plan, others, index, scope, today).some((f) => claimedFigureHolds(f, plan));
}

/**
 * ("Is the OSCE Centre in Almaty still open?": the named one's every span has a written end before
 * today — it is over, a sure "No".)
 */
function endedBefore(named: Fact[], scope: TimeScope, today: number): boolean {
  // (Of now only: a record that ends says nothing of a later turn the table may lack — "did Kazakhstan chair the FSC again in 2019?")
  return scope.kind === "now" && named.length > 0 && named.every((f) => f.validity?.kind === "span" && !!f.validity.to && f.validity.to.last < scope.day);
}

/** The facts of the related relations that name one of `entities`, at the time asked. */
function relatedNaming(relation: Relation, entities: Entity[], index: FactIndex, scope: TimeScope, today: number): Fact[] {
  const related: Fact[] = [];
  for (const id of relation.related) {
    for (const e of entities) {
      for (const f of index.facts(id)) {
        // (Asked with no time, what it says of the name at any time: "was Plassnik ever SG?" — Türkiye vetoed her.)
        if ([...f.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && v.entity === e)) && (scope.kind === "all" || inScope(f, scope, today))) related.push(f);
      }
    }
  }
  return related;
}

/** The facts of the contrary relations that name every one of the claim's names (at its time, if it says one that is no term's). */
function contraryNaming(relation: Relation, entities: Entity[], index: FactIndex, scope: TimeScope, today: number): Fact[] {
  if (entities.length === 0) return [];
  const names = (f: Fact) => entities.every((e) => [...f.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && v.entity === e)));
  return relation.contrary.flatMap((id) => index.facts(id).filter((f) => names(f) && (scope.kind !== "query" || inScope(f, scope, today))));
}

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
function postsHeldInstead(plan: QueryPlan, checkedRole: string | undefined, ownFacts: Fact[], index: FactIndex, scope: TimeScope, today: number): Fact[] {
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
function namedInFactWords(entities: Entity[], facts: Fact[]): Fact[] {
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
function nextHolder(fact: Fact, relation: Relation, index: FactIndex, today: number): Fact | undefined {
  const from = possibleStart(fact.validity!);
  return index.facts(relation.id).filter((f) => f.validity && f.status === "final" && possibleStart(f.validity) > from && possibleStart(f.validity) <= today).sort((x, y) => possibleStart(x.validity!) - possibleStart(y.validity!))[0];
}
