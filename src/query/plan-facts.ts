/**
 * The facts a plan selects from the index: by the names bound to its roles, their defaults, labels
 * and text, and the time asked (never extending an ongoing fact past the reference date).
 */
import type { Entity, Fact, Relation, Role, RoleValue } from "../facts/model.js";
import type { TimeQuery } from "../time/parse-time.js";
import { isOngoing, possibleEnd, possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { factTextStems } from "../understand/relation-profile.js";
import { matchForm } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import type { TimeScope } from "./execute.js";
import { withName } from "./plan-bindings.js";
import { narrowByNumbers } from "./claimed-figures.js";
import { identityKey } from "./fact-keys.js";

/** The facts of the plan's relation with its bound entities, labels and figures, within `scope`. */
export function factsFor(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Fact[] {
  return filter(candidates(plan.bindings, plan.relation, index, scope, today), plan.bindings, scope, today, plan.relation, plan);
}

/**
 * The plan's facts, and where the question names two things of one role ("who served longer,
 * Greminger or Schmid?") the facts of both — never of the first alone.
 */
export function factsOfBothNames(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Fact[] {
  const c = plan.compare;
  if (!c) return factsFor(plan, index, today, scope);
  const of = (e: Entity) => factsFor(withName(plan, c.role, e), index, today, scope);
  return [...new Set([...of(c.first), ...of(c.second)])];
}

/** The facts to filter: the smallest list for a bound entity, else only those whose time can match the scope. */
export function candidates(bindings: Map<string, Entity[]>, relation: Relation, index: FactIndex, scope?: TimeScope, today = 0): readonly Fact[] {
  let best: readonly Fact[] | null = null;
  for (const [role, entities] of bindings)
    for (const e of entities) {
      const list = index.withEntity(relation.id, role, e.id);
      if (!best || list.length < best.length) best = list;
    }
  if (best) return best;
  if (!scope || scope.kind === "all") return index.facts(relation.id);
  if (scope.kind === "now") return index.between(relation.id, scope.day, scope.day, today);
  const t = scope.time;
  const [from, to] =
    t.mode === "at" ? [t.start, t.end] : t.mode === "since" ? [t.start, Infinity] : t.mode === "after" ? [t.end + 1, Infinity] : t.mode === "before" ? [-Infinity, t.start - 1] : [-Infinity, t.end];
  return index.between(relation.id, from, to, today);
}

/** Of `list`, the facts of `relation` with every binding, default, label, phrase and figure asked, at the scope's time. */
export function filter(list: readonly Fact[], bindings: Map<string, Entity[]>, scope: TimeScope, today: number, relation: Relation, plan?: QueryPlan): Fact[] {
  const out: Fact[] = [];
  const starting = plan?.starting && scope.kind === "query";
  // (Looked at only where a role of the relation has a default: most have none.)
  const defaults = relation.roles.some((r) => r.default) ? defaultedRoles(bindings, relation, plan) : [];
  for (const f of list) {
    if (f.relation !== relation || !hasBindings(f, bindings)) continue;
    if (defaults.length && !ofDefaults(f, defaults)) continue;
    if (plan && !passesLabels(f, plan)) continue;
    if (plan?.either && !holdsEither(f, plan.either)) continue;
    // ("the summit that adopted the Charter of Paris": a document named is one the fact's text names.)
    if (plan?.textNamed.length && !saysAll(f, plan.textNamed)) continue;
    // ("when did the 1994 chairmanship begin?": a year the fact is named by is the fact, not when it began — 1 December 1993.)
    const named = starting && f.period !== undefined && f.period === (scope as { kind: "query"; time: TimeQuery }).time.label;
    if (!named && (starting && f.validity ? !changesIn(f, scope as { kind: "query"; time: TimeQuery }, !!plan?.renaming, today) : !inScope(f, scope, today))) continue;
    out.push(f);
  }
  return plan ? narrowByNumbers(out, plan) : out;
}

/** The fact holds every entity bound to each role. */
export function hasBindings(fact: Fact, bindings: Map<string, Entity[]>): boolean {
  for (const [role, entities] of bindings) {
    const values = fact.values.get(role);
    if (!values) return false;
    for (const e of entities) if (!holdsEntity(values, e)) return false;
  }
  return true;
}

/**
 * The value is the entity, or a place that lies in it (the role took the entity's type: "held in
 * Slovakia" holds of Bratislava), or a member of the group it is ("Central Asian"). (A loop, not `some` with a closure: called for every candidate
 * fact of every bound name.)
 */
function holdsEntity(values: readonly RoleValue[], entity: Entity): boolean {
  for (const v of values) if (v.kind === "entity" && (v.entity === entity || v.entity.in === entity.id || v.entity.groups?.includes(entity.id))) return true;
  return false;
}

/** Does the fact hold at some point of the scope? */
export function inScope(fact: Fact, scope: TimeScope, today: number): boolean {
  const v = fact.validity;
  if (scope.kind === "all") return true;
  if (!v) return scope.kind === "now" || (scope.time.start <= today && today <= scope.time.end);
  const ps = possibleStart(v);
  const pe = possibleEnd(v, today);
  if (scope.kind === "now") return ps <= scope.day && scope.day <= pe && v.kind !== "as_of";
  return spanMeets(ps, pe, scope.time);
}

/** Whether a span from ps to pe meets the question's time in its mode ("in 2010", "before 2013", …). */
function spanMeets(ps: number, pe: number, t: TimeQuery): boolean {
  switch (t.mode) {
    case "at":
      return ps <= t.end && pe >= t.start;
    case "since":
      // (Since a day, a span that ended on it — the day of a handover — is the one before: "after Andorra joined" is 54, not 53.)
      return t.grain === "day" && ps < t.start ? pe > t.start : pe >= t.start;
    case "after":
      return ps > t.end;
    case "before":
      return ps < t.start;
    case "until":
      return ps <= t.end;
  }
}

/**
 * "joined in 1992": the fact began during the question's time ("before 2013": before it); or, renamed,
 * the name it had ended then ("was the CSCE renamed in 1994?").
 */
function changesIn(fact: Fact, scope: { kind: "query"; time: TimeQuery }, renaming: boolean, today: number): boolean {
  if (startsIn(possibleStart(fact.validity!), scope.time)) return true;
  if (!renaming || fact.validity!.kind !== "span" || isOngoing(fact.validity!)) return false;
  // (A name that ended on 31 December 1994 was replaced from the next day.)
  return startsIn(possibleEnd(fact.validity!, today) + 1, scope.time);
}

/** "Became the 56th in 2008": the fact began within the question's time, not merely held then. */
export function beganIn(fact: Fact, t: TimeQuery): boolean {
  return !!fact.validity && startsIn(possibleStart(fact.validity), t);
}

function startsIn(start: number, t: TimeQuery): boolean {
  // ("renamed at the Budapest summit" of 5–6 December 1994, in effect from 1 January 1995: what a
  // meeting of a few days decides may start within a month of it.)
  const meeting = t.grain === "range" && t.mode === "at" && t.end - t.start <= MEETING_DAYS;
  return spanMeets(start, start, t) || (meeting && start > t.end && start - t.end <= TAKES_EFFECT_DAYS);
}
const MEETING_DAYS = 7;
const TAKES_EFFECT_DAYS = 31;

/**
 * The roles whose default a question means: those it leaves unnamed, where it names nothing else of
 * the relation or names the relation's own context ("is the OSCE headquartered in Geneva?" is about
 * the OSCE's seat, not any OSCE body's) — but never a role it asks or says the word of ("which OSCE
 * body is in Geneva?", "does the OSCE have a body in Geneva?").
 */
function defaultedRoles(bindings: Map<string, Entity[]>, relation: Relation, plan?: QueryPlan): Role[] {
  if (bindings.size > 0 && !plan?.contextNamed) return [];
  const unsaid = (r: Role) => !plan || (r !== plan.asked && !r.cues.some((c) => plan.contentStems.includes(stem(c))));
  return relation.roles.filter((r) => r.default && !bindings.has(r.name) && unsaid(r));
}

export function passesDefaults(fact: Fact, plan: QueryPlan): boolean {
  const roles = plan.relation.roles.some((r) => r.default) ? defaultedRoles(plan.bindings, plan.relation, plan) : [];
  return roles.length === 0 || ofDefaults(fact, roles);
}

/** A fact of the defaults (facts without the role pass). */
function ofDefaults(fact: Fact, roles: Role[]): boolean {
  return roles.every((r) => !fact.values.has(r.name) || fact.values.get(r.name)!.some((v) => v.kind === "entity" && v.entity.id === r.default));
}

function saysAll(fact: Fact, stems: readonly string[]): boolean {
  const said = factTextStems(fact);
  return stems.every((w) => said.has(w));
}

function holdsEither(fact: Fact, either: NonNullable<QueryPlan["either"]>): boolean {
  return (fact.values.get(either.role) ?? []).some((v) => v.kind === "entity" && (v.entity === either.first || v.entity === either.second));
}

/** "Who was prime minister …" over office holders: the office text must say "prime minister". */
export function passesLabels(fact: Fact, plan: QueryPlan): boolean {
  for (const { role, phrases } of plan.labelFilters) {
    const texts = (fact.values.get(role) ?? []).map((v) => (v.kind === "text" ? ` ${matchForm(v.text)} ` : ""));
    const stems = factTextStems(fact);
    // (One word by its stem: "deputies" names the "Deputy Foreign Minister".)
    if (!phrases.some((p) => texts.some((t) => t.includes(` ${p} `)) || (!p.includes(" ") && stems.has(stem(p))))) return false;
  }
  return true;
}

/** Of the facts, those of the era the question names by a name ("the CSCE chair", "under the OSCE name"). */
export function withinEra(facts: Fact[], plan: QueryPlan): Fact[] {
  const until = plan.eraUntil !== undefined ? ofEra(facts, plan.eraUntil) : facts;
  return plan.eraFrom !== undefined ? ofEra(until, Infinity, plan.eraFrom) : until;
}

/**
 * "Where did Sweden take over the CSCE chair?": of the facts, those begun while that name was used —
 * none where none was (the 2019 decision on Sweden's 2021 chair is no CSCE one).
 */
function ofEra(facts: Fact[], until: number, from = -Infinity): Fact[] {
  return facts.filter((f) => !f.validity || (possibleStart(f.validity) <= until && possibleStart(f.validity) >= from));
}

/** "Kazakhstan's 2010 Chairmanship was decided where?": the year names a term the fact states, not when it held. */
export function namingTheYear(plan: QueryPlan, index: FactIndex, scope: TimeScope, today: number): Fact[] {
  if (scope.kind !== "query" || scope.time.grain !== "year") return [];
  const year = new RegExp(`\\b${scope.time.label}\\b`);
  return filter(candidates(plan.bindings, plan.relation, index), plan.bindings, { kind: "all" }, today, plan.relation, plan).filter((f) =>
    f.relation.roles.some((r) => r.literal && (f.values.get(r.name) ?? []).some((v) => v.kind === "text" && year.test(v.text))),
  );
}

const AS_OF_GRACE_DAYS = 3 * 366;

/** For "now" questions about things only observed at a date ("as of April 2004"): the latest recent observation. */
export function latestObservation(list: readonly Fact[], bindings: Map<string, Entity[]>, today: number): Fact[] {
  const observed = list.filter((f) => f.validity?.kind === "as_of" && hasBindings(f, bindings) && f.validity.at.last <= today && today - f.validity.at.last <= AS_OF_GRACE_DAYS);
  if (observed.length === 0) return [];
  const latest = Math.max(...observed.map((f) => possibleStart(f.validity!)));
  return observed.filter((f) => possibleStart(f.validity!) === latest);
}

/** A preliminary figure confirmed is said with the final one beside it ("97.7%": final 97.75%). */
export function withFinalFigures(matching: Fact[], plan: QueryPlan, index: FactIndex, scope: TimeScope, today: number): Fact[] {
  const provisional = new Set(matching.filter((f) => f.status !== "final").map(identityKey));
  if (provisional.size === 0) return matching;
  const finals = candidates(plan.bindings, plan.relation, index, scope, today).filter((f) => f.status === "final" && provisional.has(identityKey(f)) && !matching.includes(f));
  return [...matching, ...finals];
}
