/**
 * Runs a query plan against the fact index: filters by the entities bound to roles and by time
 * (never extending an ongoing fact past the reference date), and works out the shape-specific
 * part (yes/no, before/after, counts).
 */
import type { Entity, Fact, Relation, Role } from "../facts/model.js";
import { dayOfDate } from "../time/days.js";
import type { TimeQuery } from "../time/parse-time.js";
import { possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { factTextStems } from "../understand/relation-profile.js";
import { ofTheKindSaid, runOperation } from "./run-operation.js";
import { vacancy } from "./vacancy.js";
import { mannerNote } from "../compose/tidy.js";
import { candidates, factsFor, factsOfBothNames, filter, latestObservation, namingTheYear, passesDefaults, withFinalFigures, withinEra } from "./plan-facts.js";
import { groupCount, mainKey, thingsNamed, valuesKey } from "./fact-keys.js";
import { groupsIn, namedIn, withName, withoutNamed } from "./plan-bindings.js";
import { figureIsWords } from "./claimed-figures.js";
import { none, noneInCompleteList } from "./none-found.js";
import { falseFirstOrLast, ownPickElsewhen, pick, pickSome } from "./picks.js";
import { narrowByText, preferNamedPeriod, saying, withoutBesides, withoutOtherPost } from "./narrow-facts.js";
import { check } from "./check.js";
import { order } from "./order.js";
export { factsFor, factsOfBothNames, hasBindings, inScope } from "./plan-facts.js";
export { identityKey, mainKey } from "./fact-keys.js";
export { listedCompletelyThen, none } from "./none-found.js";
export { withName } from "./plan-bindings.js";
export { turnOfTheTime } from "./compare-turns.js";

/** The time a query was run for: the question's own, "now" by default, or all time. */
export type TimeScope = { kind: "query"; time: TimeQuery } | { kind: "now"; day: number } | { kind: "all" };

export type Outcome =
  | { kind: "facts"; facts: Fact[]; scope: TimeScope; asOfFallback: boolean }
  | { kind: "check"; yes: boolean; matching: Fact[]; atTime: Fact[]; otherTimes: Fact[]; related: Fact[]; scope: TimeScope; closed: boolean; compared?: boolean; refutedByDetail?: boolean }
  | { kind: "order"; pairs: Array<{ anchor: Fact | null; neighbour: Fact }>; direction: "before" | "after"; scope: TimeScope }
  | { kind: "count"; facts: Fact[]; count: number; of: "times" | "values"; scope: TimeScope; role?: string }
  | { kind: "none"; reason: "out_of_range" | "no_match" | "too_many" | "imprecise" | "inexact_figure" | "count_differs"; scope: TimeScope; coverage?: [number, number]; facts?: Fact[] }
  /** An operation's result (rank, duration, comparison …): its sentence is built with the facts it used. */
  | { kind: "derived"; text: string; facts: Fact[]; scope: TimeScope };

/** Above this many distinct answers to a "who/what" question with no time, ask which one is meant. */
export const MAX_LISTED = 8;
export function execute(plan: QueryPlan, index: FactIndex, now: Date): Outcome {
  const today = dayOfDate(now);
  const relation = plan.relation;
  let scope = timeScope(plan, today);
  // ("kyrgyz capital renamed ever?": the facts cover one country only — of another, never a "No".)
  if (outsideCoverage(plan, index)) return { kind: "none", reason: "no_match", scope };
  if (plan.operation && plan.operation.kind !== "exact") return runOperation(plan.operation, plan, { index, today, scope });

  switch (plan.shape) {
    case "order":
      return order(plan, index, today, scope);
    case "check":
      return check(plan, index, today, scope);
    case "count": {
      // "How many times have the Swiss chaired so far?" asked in 2020 counts what had begun by then, not 2026.
      const begun = (f: Fact) => scope.kind === "query" || !f.validity || possibleStart(f.validity) <= today;
      const counted = (r: Relation, bindings: Map<string, Entity[]>) => filter(candidates(bindings, r, index, scope, today), bindings, scope, today, r, plan).filter(begun);
      // Distinct values ("how many countries"), or facts when the counted role is named ("how many elections has X won").
      // Of events ("how many summits"), every event counts, however often a city hosted; "how many
      // cities" (a type named) counts the cities.
      // (Up to a name, distinct values — except of events: "how many summits up to Astana" counts Helsinki twice.)
      // (So are those after a named one, "how many joined after Montenegro": others, not its own times.)
      const besideOne = (plan.upTo || plan.order !== null) && relation.time !== "events";
      // ("how many Nordic countries chaired" counts the countries; "how many chairmanships have Nordic countries held" the terms.)
      const askedOpen = plan.asked && !namedIn(plan, plan.asked.name) && (plan.countsGroup || !groupsIn(plan, plan.asked.name).length);
      const of = besideOne || (askedOpen && (relation.time !== "events" || plan.typeNamed)) ? "values" : "times";
      // ("How many chairmanships has a Central Asian country held?": a word nothing but the facts' text
      // explains picks the ones counted; the relation's own words — "won seats" — pick none.)
      // ("how many times was the capital moved": the moves, not the renamings — where the facts' labels say which.)
      // ("how many states were there after Montenegro joined" is a total at a time: no count of one member's facts.)
      if (plan.order && !plan.upTo && !plan.anchoredCount && plan.bindings.has(relation.mainRole.name)) return { kind: "none", reason: "no_match", scope };
      const own = (plan.upTo || plan.anchoredCount) && plan.bindings.has(relation.mainRole.name)
        ? besideNamed(plan, counted)
        : of === "times" && relation.time === "events" ? ofTheKindSaid(counted(relation, plan.bindings), plan) : counted(relation, plan.bindings);
      let facts = [...(plan.factTextWords.length ? narrowByText(own, plan) : own), ...rankedWithFacts(plan, index, counted, of === "values")];
      // "How many countries have provided a Secretary General?": the distinct values of the role asked.
      const role = of === "values" && plan.asked && plan.asked !== relation.mainRole && !plan.asked.literal ? plan.asked.name : undefined;
      // (A fact without the role counted names none of them: the 1993 Council's chair is not known.)
      if (role) facts = facts.filter((f) => f.values.has(role));
      const count = of === "values" ? new Set(facts.map((f) => (role ? valuesKey(f, role) : mainKey(f)))).size : groupCount(facts);
      if (facts.length === 0) return noneInCompleteList(plan, index, scope, today) ?? none(relation, index, scope, today);
      return { kind: "count", facts, count, of, scope, ...(role ? { role } : {}) };
    }
    case "when":
    case "value":
    case "list": {
      // A fact without a value for the role asked ("what share …" of a result given in seats) answers something else.
      const asked = plan.shape !== "when" && plan.asked?.types.some((t) => t === "number" || t === "percent") ? plan.asked : null;
      // (So does one without the name or place asked: "which country is the HCNM from" of a fact naming no country.)
      const named = plan.shape !== "when" && plan.asked && plan.asked !== relation.mainRole && !plan.asked.literal ? plan.asked : null;
      const answers = (f: Fact) => (!asked || f.values.has(asked.name)) && (!named || f.values.has(named.name));
      const termNamed = plan.yearNamesTerm ? namingTheYear(plan, index, scope, today).filter(answers) : [];
      // ("which ministerial agreed the 2018 chair?" with no decision on 2018 in the table: never one taken in 2018.)
      // (Where nothing else is named: "the Madrid 2007 chairmanship package" is dated by the year.)
      if (plan.yearNamesTerm && termNamed.length === 0 && plan.bindings.size === 0 && relation.time === "events" && relation.roles.some((r) => r.literal && r.name === "term")) return { kind: "none", reason: "no_match", scope };
      const unfiltered = termNamed.length ? termNamed : boundFacts(plan, index, scope, today).filter(answers);
      let facts = withoutBesides(withoutOtherPost(saying(narrowByText(unfiltered, plan), plan), plan), plan);
      facts = withinEra(facts, plan);
      // "When did the OSCE announce its resignation?": an unexplained word, and nothing else pins the answer.
      if (plan.looseWords > 0 && plan.bindings.size === 0 && scope.kind !== "query" && facts.length === unfiltered.length && groupCount(facts) > 1)
        return { kind: "none", reason: "no_match", scope };
      let asOfFallback = false;
      if (facts.length === 0) facts = namingTheYear(plan, index, scope, today).filter(answers);
      if (plan.within) facts = facts.filter((f) => liesIn(f, plan.asked, plan.within!));
      if (facts.length === 0 && scope.kind === "now") {
        facts = latestObservation(candidates(plan.bindings, relation, index), plan.bindings, today).filter((f) => answers(f) && passesDefaults(f, plan));
        asOfFallback = facts.length > 0;
      }
      // Telegraphic "cio north macedonia" (no tense, no time) names whose term it is: any time, not only today.
      if (facts.length === 0 && scope.kind === "now" && plan.tense === null && [...plan.bindings.keys()].some((r) => r !== relation.mainRole.name)) {
        scope = { kind: "all" };
        facts = boundFacts(plan, index, scope, today).filter(answers);
      }
      // ("where was the 2010 Ministerial Council?": of a complete list with none then, that there was
      // none — where a related kind has one then, the Astana Summit. Without one, "where was the 2016
      // summit?" stays unknown: a question about a thing that never was is not answered with the one before.)
      if (facts.length === 0) return vacancy(plan, index, scope, today) ?? noneInCompleteList(plan, index, scope, today, true) ?? none(relation, index, scope, today);
      // "the exact number of staff at the Astana office": a word only some fact's text explains is
      // explained only where the facts said have it — else the answer is about something else.
      if (plan.textOnlyExplained.some((w) => !facts.some((f) => factTextStems(f, "all").has(w)))) return { kind: "none", reason: "no_match", scope };
      // ("how were the 2014 and 2015 chairmanships decided?": a fact whose note says nothing of how answers nothing.)
      // (A role the relation says answers "how" — a summit decided "by consensus of the foreign ministers" — is the answer itself.)
      if (plan.manner === "how" && !plan.asked?.cues.includes("how") && facts.some((f) => !mannerNote(f.note))) return { kind: "none", reason: "no_match", scope };
      // "italy had two CiOs in 94 — names": as many as the question says, or it means something else.
      // ("name the three dimensions": of a relation of texts, each fact is one of the things counted too.)
      const textsCounted = plan.asked?.literal && plan.asked === relation.mainRole && groupCount(facts) === plan.statedCount;
      if (plan.statedCount && !plan.pick && plan.shape !== "when" && thingsNamed(facts, plan) !== plan.statedCount && !textsCounted) return { kind: "none", reason: "count_differs", scope, facts };
      // "Kazakhstan's first foreign minister": of a list whose earliest entries are missing, the first known is no first.
      if (plan.pick === "first" && !plan.pickWithin && relation.missingEarliest && !plan.bindings.has(relation.mainRole.name)) return { kind: "none", reason: "no_match", scope };
      if (plan.pick) {
        const premise = falseFirstOrLast(plan, plan.pick, facts, index, today) ?? ownPickElsewhen(plan, plan.pick, facts, index, today, scope);
        if (premise) return premise;
        const picked = plan.statedCount && plan.statedCount > 1 ? pickSome(facts, plan.pick, plan.statedCount, today) : pick(facts, plan.pick, today);
        // ("the first three CiOs in 1995": there was one — no three to name.)
        if (picked.length === 0) return { kind: "none", reason: "count_differs", scope, facts };
        facts = picked;
      }
      facts = preferNamedPeriod(facts, scope);
      if (plan.goesBack) facts = returningIfAny(facts, index);
      if (plan.finalAsked) facts = withFinalFigures(facts, plan, index, scope, today);
      const blurred = imprecise(facts, plan, scope);
      if (blurred) return { kind: "none", reason: "imprecise", scope, facts: blurred };
      const hedged = asked && plan.precise ? facts.filter((f) => figureIsWords(f, asked)) : [];
      if (hedged.length) return { kind: "none", reason: "inexact_figure", scope, facts: hedged };
      // A singular question ("which country …") with dozens of answers has not been understood well enough.
      const spanAsked = scope.kind === "query" && (scope.time.grain === "range" || scope.time.grain === "decade" || scope.time.mode !== "at");
      if (plan.shape === "value" && !plan.list && !spanAsked && (scope.kind === "all" ? plan.bindings.size === 0 : true) && groupCount(facts) > MAX_LISTED)
        return { kind: "none", reason: "too_many", scope, facts };
      // "When was the Secretary General post created?", "date of the decision downgrading it": of holders
      // one after another or of several events, naming none, the question is not about any one of
      // them — listing them all would answer something else ("in which years", a list, still lists).
      if (plan.shape === "when" && relation.time !== "states" && plan.bindings.size === 0 && !plan.list && !plan.pick && scope.kind === "all" && groupCount(facts) > 3) {
        // ("when was the capital moved": the move, not the renamings — where the facts' labels say which.)
        const ofKind = ofTheKindSaid(facts, plan);
        if (ofKind.length < facts.length && groupCount(ofKind) <= 3) return { kind: "facts", facts: ofKind, scope, asOfFallback };
        return { kind: "none", reason: "too_many", scope, facts };
      }
      return { kind: "facts", facts, scope, asOfFallback };
    }
  }
}

/**
 * "When was the capital renamed back to Astana?": of the facts, those whose value someone held
 * before (2022, not 1998). Where none is such a return, the facts as they are.
 */
function returningIfAny(facts: Fact[], index: FactIndex): Fact[] {
  const returning = facts.filter((f) => {
    const key = mainKey(f);
    const start = f.validity ? possibleStart(f.validity) : null;
    return start !== null && index.facts(f.relation.id).some((g) => g !== f && g.validity && mainKey(g) === key && possibleStart(g.validity) < start);
  });
  return returning.length ? returning : facts;
}

/** The plan's facts; for a choice between two names ("Serbia or Ukraine, which chaired first?") both names' facts. */
function boundFacts(plan: QueryPlan, index: FactIndex, scope: TimeScope, today: number): Fact[] {
  if (plan.pick) return factsOfBothNames(plan, index, today, scope);
  // "When did Estonia, Latvia and Lithuania join?": several names in one role ask when of each of
  // them (a yes/no question still needs all: see check()).
  const listed = plan.shape === "when" ? [...plan.bindings].find(([, es]) => es.length > 1) : undefined;
  if (listed) return [...new Set(listed[1].flatMap((e) => factsFor(withName(plan, listed[0], e), index, today, scope)))];
  return factsFor(plan, index, today, scope);
}

/**
 * The table's dates are not fine enough for the question: a day asked of one-at-a-time facts whose
 * handover is known only to the month ("who was CiO on 10 October 2009?"), or the exact day of a fact
 * dated to a month. The facts come back so the answer can say what is known.
 */
function imprecise(facts: Fact[], plan: QueryPlan, scope: TimeScope): Fact[] | null {
  if (plan.shape === "value" && scope.kind === "query" && scope.time.grain === "day" && plan.relation.time === "exclusive") {
    const holders = new Set(facts.map(mainKey));
    if (holders.size > 1 && !plan.relation.exclusivePer) return facts;
  }
  if (plan.operation?.kind === "exact") {
    const enough = plan.operation.grain === "day" ? ["day"] : ["day", "month"];
    const coarse = facts.filter((f) => f.validity && !enough.includes(boundOf(f.validity, plan.starting ? "start" : "any", scope)?.precision ?? ""));
    if (coarse.length) return coarse;
  }
  return null;
}

/** The date a question about one end of a fact means: its start, or the end its own time names ("the handover in May 1994"). */
function boundOf(v: NonNullable<Fact["validity"]>, which: "start" | "any", scope: TimeScope) {
  if (v.kind !== "span") return v.at;
  const named = scope.kind === "query" && which === "any" ? [v.from, v.to].find((b) => b && b.first <= scope.time.end && b.last >= scope.time.start) : undefined;
  return named ?? v.from ?? (which === "any" ? v.to : null);
}

function timeScope(plan: QueryPlan, today: number): TimeScope {
  if (plan.time) return { kind: "query", time: plan.time };
  if (plan.shape === "when" || plan.shape === "order") return { kind: "all" };
  if (plan.relation.time === "events") return { kind: "all" };
  if (plan.pick || plan.list) return { kind: "all" };
  // "What nationality is Greminger?": the holder is named and something else about them is asked — at any time.
  // (Not a check in the present: "Helga Schmid is still SG" claims now.)
  if (!(plan.yesNo && plan.tense === "present") && plan.asked && plan.asked !== plan.relation.mainRole && plan.bindings.has(plan.relation.mainRole.name)) return { kind: "all" };
  if (plan.shape === "count" && (!plan.asked || plan.bindings.has(plan.asked.name))) return { kind: "all" };
  // One holder at a time: "how many Secretaries General came from Germany?", "how many chairmanships has
  // a Central Asian country held?" count them all, never today's one (there is only one now).
  if (plan.shape === "count" && plan.relation.time === "exclusive") return { kind: "all" };
  // "Who chairs …?", "OSCE Secretary General?" mean now; "who was …" with a role filled means ever.
  if (plan.tense === "present" || plan.tense === null) return { kind: "now", day: today };
  return { kind: "all" };
}

/** "which German city hosted …": the fact's asked value is a place that lies in `within`. */
function liesIn(fact: Fact, asked: Role | null, within: Entity): boolean {
  return !!asked && (fact.values.get(asked.name) ?? []).some((v) => v.kind === "entity" && v.entity.in === within.id);
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
  return (values ? [...plan.relation.rankedWith, ...plan.relation.rankedBelow] : plan.relation.rankedWith).flatMap((id) => {
    const other = index.facts(id)[0]?.relation;
    if (!other || [...plan.bindings.keys()].some((role) => !other.roles.some((r) => r.name === role))) return [];
    return facts(other, plan.bindings);
  });
}

/** A name bound to a role that every fact (two or more) fills with one other name: Kyrgyzstan for the capital of Kazakhstan. */
function outsideCoverage(plan: QueryPlan, index: FactIndex): boolean {
  if (plan.bindings.size === 0) return false;
  const known = onlyEntities.get(index) ?? onlyEntities.set(index, new Map()).get(index)!;
  for (const [role, entities] of plan.bindings) {
    const key = `${plan.relation.id} ${role}`;
    let only = known.get(key);
    if (only === undefined) known.set(key, (only = onlyEntityIn(index.facts(plan.relation.id), role)));
    if (only !== null && entities.some((e) => e.id !== only)) return true;
  }
  return false;
}

/** Per fact index, relation and role: the one entity every fact holds there, or null (worked out once: an index never changes). */
const onlyEntities = new WeakMap<FactIndex, Map<string, string | null>>();
function onlyEntityIn(facts: readonly Fact[], role: string): string | null {
  let only: string | null = null;
  for (const f of facts) {
    const v = f.values.get(role) ?? [];
    const id = v.length === 1 && v[0]!.kind === "entity" ? v[0]!.entity.id : null;
    if (id === null || (only !== null && id !== only)) {
      only = null;
      break;
    }
    only = id;
  }
  return facts.length >= 2 ? only : null;
}
