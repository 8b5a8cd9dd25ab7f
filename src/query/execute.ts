/**
 * Runs a query plan against the fact index: filters by the entities bound to roles and by time
 * (never extending an ongoing fact past the reference date), and works out the shape-specific
 * part (yes/no, before/after, counts).
 */
import type { Entity, Fact, Relation, Role, RoleValue } from "../facts/model.js";
import { dayOfDate, yearOf } from "../time/days.js";
import type { TimeQuery } from "../time/parse-time.js";
import { possibleEnd, possibleStart, validityLabel } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { factTextStems } from "../understand/relation-profile.js";
import { ofTheKindSaid, runOperation } from "./run-operation.js";
import { vacancy } from "./vacancy.js";
import { valueKey } from "../facts/value-key.js";
import { renderFact, roleText } from "../compose/render-fact.js";
import { mannerNote } from "../compose/tidy.js";
import { candidates, factsFor, factsOfBothNames, filter, hasBindings, inScope, latestObservation, namingTheYear, passesDefaults, passesLabels, withFinalFigures, withinEra } from "./plan-facts.js";
import { groupCount, mainKey, thingsNamed, valuesKey } from "./fact-keys.js";
import { groupsIn, namedIn, withName, withoutNamed } from "./plan-bindings.js";
import { claimedFigureHolds, figureIsWords, figuresCheckable, onlyInWords, rolesForFigure } from "./claimed-figures.js";
import { completeUntilDay, listedCompletelyThen, none, noneInCompleteList, nothingThen, relatedThen } from "./none-found.js";
import { falseFirstOrLast, firstOfTheRest, ownPickElsewhen, pick, pickAmongOthers, pickSome } from "./picks.js";
import { narrowByText, preferNamedPeriod, saying, withoutBesides, withoutOtherPost } from "./narrow-facts.js";
export { factsFor, factsOfBothNames, hasBindings, inScope } from "./plan-facts.js";
export { identityKey, mainKey } from "./fact-keys.js";
export { listedCompletelyThen, none } from "./none-found.js";
export { withName } from "./plan-bindings.js";

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
 * A yes/no question with "first" or "last": "Schmid was the first German SG, right?", "Was 2017
 * Austria's first chairmanship?", "was the first summit held in 1990?" pick of all time, then check
 * (the time is part of the claim); "was Bakoyannis the first CiO of 2009?" picks within the time it
 * names. Null where the pick leaves the facts matched as they are.
 */
function pickedClaim(plan: QueryPlan, matching: Fact[], index: FactIndex, today: number, scope: TimeScope): Outcome | null {
  if (!plan.pick || !plan.yesNo || plan.looseWords > 0 || plan.freeWords.length > 0) return null;
  const refuted = (picked: Fact[]): Outcome => ({ kind: "check", yes: false, matching: [], atTime: picked, otherTimes: [], related: [], scope, closed: true, refutedByDetail: true });
  if (plan.bindings.has(plan.relation.mainRole.name)) {
    if (!matching.length) return null;
    const picked = plan.pickWithin && scope.kind === "query" ? pickAmongOthers(plan, plan.pick, index, today, scope) : firstOfTheRest(plan, plan.pick, index, today, !plan.pickOfAll);
    return picked && !picked.some((f) => matching.includes(f)) ? refuted(picked) : null;
  }
  // ("Was the first OSCE Secretary General Italian?": the first of all — Höynck — is what is checked.)
  // (Only a nationality — of the one picked — is checked this way; a chairing State names whose turn it was.)
  const ofNationality = [...plan.bindings.keys()].every((name) => plan.relation.roles.find((r) => r.name === name)?.nationality);
  if (scope.kind === "all" && plan.pickOfAll && plan.pickThenChecked && plan.bindings.size > 0 && ofNationality) {
    const all = withinEra(candidates(new Map(), plan.relation, index, scope, today).filter((f) => f.validity), plan);
    const first = all.length ? pick(all, plan.pick, today) : [];
    return first.length === 0 ? null : first.every((f) => hasBindings(f, plan.bindings)) ? { kind: "check", yes: true, matching: first, atTime: [], otherTimes: [], related: [], scope, closed: plan.relation.closed } : refuted(first);
  }
  if (scope.kind !== "query" || plan.pickWithin) return null;
  const picked = pickAmongOthers(plan, plan.pick, index, today, { kind: "all" });
  if (!picked) return null;
  const inTime = picked.filter((f) => inScope(f, scope, today));
  return inTime.length ? { kind: "check", yes: true, matching: inTime, atTime: [], otherTimes: [], related: [], scope, closed: plan.relation.closed } : refuted(picked);
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

/**
 * "Has Italy provided two Secretaries General?": a count the facts have no column for is checked by
 * counting them — only where the relation lists every such fact (otherwise one more may be missing).
 */
function countClaim(plan: QueryPlan, matching: Fact[], scope: TimeScope): Outcome | null {
  if (plan.numbers.length !== 1 || !plan.relation.closed || rolesForFigure(plan, plan.numbers[0]!).length > 0) return null;
  const claimed = Number(plan.numbers[0]);
  if (!Number.isInteger(claimed) || claimed < 1 || claimed > 20) return null;
  // "Has Switzerland chaired three times?" counts its facts; "has Italy given two SGs?" the people.
  const n = plan.bindings.has(plan.relation.mainRole.name) ? groupCount(matching) : new Set(matching.map(mainKey)).size;
  const holds = plan.figureClaim === "greater" ? n > claimed : plan.figureClaim === "lesser" ? n < claimed : n === claimed;
  if (holds) return { kind: "check", yes: true, matching, atTime: [], otherTimes: [], related: [], scope, closed: true };
  return { kind: "check", yes: false, matching: [], atTime: matching, otherTimes: [], related: [], scope, closed: true, refutedByDetail: true };
}

/**
 * "Did Zannier serve as SG from 2011 to 2020?": a span claimed by both its ends is No where what the
 * named one held (its terms joined) did not begin in the first year and end in the last.
 */
function spanClaimRefuted(plan: QueryPlan, matching: Fact[], scope: TimeScope, today: number): Outcome | null {
  if (!plan.spanClaimed || scope.kind !== "query" || plan.relation.time === "events" || plan.bindings.size === 0 || matching.length === 0) return null;
  const held = matching.filter((f) => f.validity);
  if (held.length === 0) return null;
  const start = Math.min(...held.map((f) => possibleStart(f.validity!)));
  const end = Math.max(...held.map((f) => possibleEnd(f.validity!, today)));
  if (yearOf(start) === yearOf(scope.time.start) && yearOf(end) === yearOf(scope.time.end)) return null;
  return { kind: "check", yes: false, matching: [], atTime: held, otherTimes: [], related: [], scope, closed: true, refutedByDetail: true };
}

function check(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Outcome {
  const relation = plan.relation;
  if (plan.compare) return plan.order || plan.succession ? compare(plan, plan.compare, index, today, scope) : checkEach(plan, plan.compare, index, today, scope);
  // ("Is the PA based in Copenhagen?": a recent "as of" observation is what the table knows of now, said with its date.)
  const now = filter(candidates(plan.bindings, relation, index, scope, today), plan.bindings, scope, today, relation, plan);
  const bound = now.length === 0 && scope.kind === "now" ? latestObservation(candidates(plan.bindings, relation, index), plan.bindings, today).filter((f) => passesLabels(f, plan) && passesDefaults(f, plan)) : now;
  let matching = withoutOtherPost(bound, plan);
  // "Was Abusaitov foreign minister in 2004?": No, he held another post (Deputy Foreign Minister).
  if (bound.length > 0 && matching.length === 0) return { kind: "check", yes: false, matching: [], atTime: bound, otherTimes: [], related: [], scope, closed: true, refutedByDetail: true };
  if (matching.length === 0) {
    const differing = otherDetailThen(plan, index, today, scope);
    if (differing.length) return { kind: "check", yes: false, matching: [], atTime: differing, otherTimes: [], related: [], scope, closed: true, refutedByDetail: true };
    matching = namingTheYear(plan, index, scope, today);
  }
  // "Did Tokayev get more than 75% in 2019?": the figure is part of the claim, never ignored; one
  // the facts have no column for ("three presidents" of election results) leaves the claim unchecked.
  const counted = countClaim(plan, matching, scope);
  if (counted) return counted;
  // "Italy had three CiOs in 1994": as many as said, or No with the ones there were.
  if (plan.statedCount && matching.length > 0 && thingsNamed(matching, plan) !== plan.statedCount)
    return { kind: "check", yes: false, matching: [], atTime: matching, otherTimes: [], related: [], scope, closed: true, refutedByDetail: true };
  if (!figuresCheckable(plan)) return { kind: "none", reason: "no_match", scope };
  // "turnout was around 90%" against a table that says "almost 90%": words, not a figure to check.
  const inWords = matching.filter((f) => plan.numbers.some((n) => onlyInWords(f, rolesForFigure(plan, n))));
  if (inWords.length) return { kind: "none", reason: "inexact_figure", scope, facts: inWords };
  const withFigure = matching.filter((f) => claimedFigureHolds(f, plan));
  if (matching.length > 0 && withFigure.length === 0) {
    // ("Nur Otan won 88.4% in 2012": no, 80.99% — and 88.4% was its share in 2007.)
    const elsewhen = scope.kind === "query" ? candidates(plan.bindings, relation, index).filter((f) => f.status === "final" && !matching.includes(f) && claimedFigureHolds(f, plan)).slice(0, 1) : [];
    return { kind: "check", yes: false, matching: [], atTime: matching, otherTimes: elsewhen, related: [], scope, closed: true, refutedByDetail: true };
  }
  matching = withFigure;
  // "Tokayev took 70.76% according to the final count": the figure holds only of the preliminary result.
  const finals = plan.finalAsked && matching.every((f) => f.status !== "final") ? withFinalFigures(matching, plan, index, scope, today).filter((f) => f.status === "final") : [];
  if (finals.length) return { kind: "check", yes: false, matching: [], atTime: finals, otherTimes: [], related: [], scope, closed: true, refutedByDetail: true };
  const ended = endClaimRefuted(matching, scope, index, today);
  if (ended) return ended;
  // "Schmid was the first German Secretary General, right?": the first of the others named, or No.
  // Only a real yes/no question with nothing left loose ("the first Central Asian country" names more than the table binds).
  // "Was 2017 Austria's first chairmanship?": its own first, unless said of all ("the first German Secretary General").
  const picked = pickedClaim(plan, matching, index, today, scope);
  if (picked) return picked;
  const base = { matching, scope, closed: relation.closed };
  const boundaryOnly = onlyInSinceYear(matching, scope, today, index);
  if (boundaryOnly) return boundaryOnly;
  const edge = onlyAtYearsEdge(plan, matching, index, scope, today);
  if (edge) return edge;
  // "Astana has been the capital since 1991": no, not before 1998 — held since then means begun by then.
  // ("Stubb chaired from January 2008": begun by the end of the month said — a year said allows its year.)
  const slack = scope.kind === "query" ? (scope.time.grain === "year" ? 365 : scope.time.end - scope.time.start) : 0;
  if (scope.kind === "query" && scope.time.mode === "since" && relation.time !== "events" && matching.length > 0 && !matching.some((f) => f.validity && possibleStart(f.validity) <= scope.time.start + slack))
    return { kind: "check", yes: false, matching: [], atTime: matching, otherTimes: [], related: [], scope, closed: true, refutedByDetail: true };
  const span = spanClaimRefuted(plan, matching, scope, today);
  if (span) return span;
  if (matching.length > 0) return { kind: "check", yes: true, atTime: [], otherTimes: [], related: [], ...base, matching: withFinalFigures(matching, plan, index, scope, today) };
  // "Was there a Secretary General in October 2024?": nobody — the post was vacant.
  const gap = vacancy(plan, index, scope, today);
  if (gap) return gap;
  // What was true instead: at that time without the checked value, and the checked value at other times.
  const checkedRole = plan.bindings.has(relation.mainRole.name) ? relation.mainRole.name : [...plan.bindings.keys()][0];
  const others = new Map([...plan.bindings].filter(([role]) => role !== checkedRole));
  // What held instead is only telling where one value holds at a time (who chaired in 2009).
  // (Or where the table is complete: "the 2010 summit was in Almaty" — No, and the one it has.)
  // (One at a time is said of the relation's main thing: the OSCE had one name in 2010, which says
  // nothing of where a renaming was decided.)
  const oneAtATime = relation.time === "exclusive" && (checkedRole === undefined || checkedRole === relation.mainRole.name);
  // ("was the 2025 Council in Helsinki?": one a year, and that year's was elsewhere. Not with a
  // person also named, whose part may be what is wrong — "Passy was Romania's FM when he chaired" —
  // nor with a figure, which may say the year was misread: "the 2012 copy says he won 95.5% last April".)
  const oneThatYear = relation.onePerYear && checkedRole === relation.mainRole.name && withinOneYear(scope) && plan.numbers.length === 0 &&
    [...others.keys()].every((role) => !relation.roles.find((r) => r.name === role)?.types.includes("person"));
  const atTime = scope.kind === "all" || (!oneAtATime && !oneThatYear && !(relation.closed && relation.time === "events")) ? [] : heldThen(plan, others, index, scope, today);
  // When the named thing did hold (Kazakhstan chaired in 2010); nothing to say when nothing was named.
  // ("Was Zannier Swiss?": the named holder's own facts say what he was instead.)
  const named = others.size > 0 && !plan.compare ? new Map([...plan.bindings].filter(([role]) => role === checkedRole)) : plan.bindings;
  const otherTimes = plan.bindings.size === 0 ? [] : filter(candidates(named, relation, index), named, { kind: "all" }, today, relation);
  const related: Fact[] = [];
  const entities = [...plan.bindings.values()].flat();
  for (const id of relation.related) {
    for (const e of entities) {
      for (const f of index.facts(id)) {
        // (Asked with no time, what it says of the name at any time: "was Plassnik ever SG?" — Türkiye vetoed her.)
        if ([...f.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && v.entity === e)) && (scope.kind === "all" || inScope(f, scope, today))) related.push(f);
      }
    }
  }
  related.push(...postsHeldInstead(plan, checkedRole, otherTimes, index, scope, today));
  // One holder at a time: if someone else held it then, the answer is surely "No".
  // Not where a fact of that time names it in its own words: "was the FRY admitted in 2000?" — Serbia's
  // participation began then, "admitted as the Federal Republic of Yugoslavia".
  const namedThen = otherTimes.length ? [] : namedInFactWords(entities, factsFor({ ...plan, bindings: new Map() }, index, today, scope));
  if (namedThen.length) return { kind: "check", yes: false, atTime: namedThen, otherTimes, related, ...base, closed: false };
  // ("was there a Ministerial Council in 2010?": none, in a list complete up to a later day — and what
  // the related relations have then: the Astana Summit.)
  const noneListed = plan.bindings.size === 0 && listedCompletelyThen(relation, scope) && nothingThen(relation, index, scope, today);
  if (noneListed) related.push(...relatedThen(relation, index, scope, today));
  const closed = relation.closed || ((relation.time === "exclusive" || oneThatYear) && atTime.length > 0) || noneListed;
  // ("The CSCE turned into the OSCE in 1992": of a change claimed, the one held then and what came after it — the change's day.)
  const next = plan.starting && plan.bindings.size === 0 && relation.time === "exclusive" && atTime.length === 1 && otherTimes.length === 0 ? nextHolder(atTime[0]!, relation, index, today) : undefined;
  return { kind: "check", yes: false, atTime, otherTimes: next ? [next] : otherTimes, related, ...base, closed };
}

/** The fact of one-at-a-time that began next after this one (by the question's day: nothing still to come). */
function nextHolder(fact: Fact, relation: Relation, index: FactIndex, today: number): Fact | undefined {
  const from = possibleStart(fact.validity!);
  return index.facts(relation.id).filter((f) => f.validity && f.status === "final" && possibleStart(f.validity) > from && possibleStart(f.validity) <= today).sort((x, y) => possibleStart(x.validity!) - possibleStart(y.validity!))[0];
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

/**
 * "Was the 2020 Council in Tirana held in person?": where the table has one such fact at that time,
 * and it says otherwise in the role the question's words name (held online), the claim is refuted.
 * Never where the fact says nothing in that role, nor where several facts hold at once (a person's
 * other posts say nothing of this one).
 */
function otherDetailThen(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Fact[] {
  const relation = plan.relation;
  // (With no time said, every fact the names can mean must say otherwise: "the Tirana Council".)
  const oneThen = relation.time === "exclusive" || (relation.onePerYear && (scope.kind === "all" || withinOneYear(scope)));
  if (!plan.labelFilters.length || !oneThen || scope.kind === "now") return [];
  const unlabelled = { ...plan, labelFilters: [] };
  const facts = filter(candidates(plan.bindings, relation, index, scope, today), plan.bindings, scope, today, relation, unlabelled);
  const says = (f: Fact) => plan.labelFilters.every(({ role }) => (f.values.get(role) ?? []).some((v) => v.kind === "text" && v.text.trim() !== ""));
  return facts.length > 0 && facts.every(says) ? facts : [];
}

/** What held at the question's time with the other names bound; asked of now, the latest recent "as of" observation if nothing else. */
function heldThen(plan: QueryPlan, others: Map<string, Entity[]>, index: FactIndex, scope: TimeScope, today: number): Fact[] {
  const held = preferNamedPeriod(filter(candidates(others, plan.relation, index, scope, today), others, scope, today, plan.relation), scope);
  return held.length || scope.kind !== "now" || others.size === 0 ? held : latestObservation(candidates(others, plan.relation, index), others, today);
}

/** A question's time inside one calendar year ("in 2025", "in December 2025"). */
function withinOneYear(scope: TimeScope): boolean {
  return scope.kind === "query" && scope.time.mode === "at" && yearOf(scope.time.start) === yearOf(scope.time.end);
}

/**
 * "Helga Schmid, Secretary General until 2025": a claim of when a span ended, not that it held at some
 * time up to then. Spans that ended outside the time named refute it.
 */
function endClaimRefuted(matching: Fact[], scope: TimeScope, index: FactIndex, today: number): Outcome | null {
  if (scope.kind !== "query" || scope.time.mode !== "until") return null;
  const t = scope.time;
  const ended = matching.filter((f) => f.validity?.kind === "span" && f.validity.to);
  const endsThen = (f: Fact) => f.validity?.kind === "span" && !!f.validity.to && f.validity.to.last >= t.start && f.validity.to.first <= t.end;
  if (ended.length === 0 || ended.length < matching.length || ended.some(endsThen)) return null;
  // ("Did Kanerva serve until the end of 2008?": No — and who held it then, where the one after began by that time.)
  const next = ended.length === 1 && index.facts(ended[0]!.relation.id).length > 1 ? successorOf(ended[0]!, index, today) : undefined;
  const heldThen = next?.validity && possibleStart(next.validity) <= t.end ? [next] : [];
  return { kind: "check", yes: false, matching: [], atTime: [...ended, ...heldThen], otherTimes: [], related: [], scope, closed: true, refutedByDetail: true };
}

/**
 * "Has there been a summit since 2010?" when the only one was in 2010 itself: "since" may or may not
 * include the year it names, so say both halves rather than a bare "Yes".
 */
function onlyInSinceYear(matching: Fact[], scope: TimeScope, today: number, index: FactIndex): Outcome | null {
  if (scope.kind !== "query" || scope.time.mode !== "since" || scope.time.grain !== "year" || matching.length === 0) return null;
  const boundaryEnd = scope.time.start + 365;
  if (!matching.every((f) => f.validity && possibleEnd(f.validity, today) <= boundaryEnd)) return null;
  const year = new Date(scope.time.start * 86_400_000).getUTCFullYear();
  // ("the Secretariat has been in Prague since 1993": no — and where it has been since, said too.)
  const next = matching.length === 1 ? successorOf(matching[0]!, index, today) : undefined;
  const facts = [...matching.slice(0, 3), ...(next ? [next] : [])];
  const said = facts.map((f) => renderFact(f, {}, { today }));
  return { kind: "derived", text: `Not after ${year}; only in ${year} itself. ${said.join(" ")}`, facts, scope };
}

/**
 * "Did Sweden chair the CSCE in 1992?" of a one-at-a-time post taken over on 14 December 1992: true of
 * a fortnight, false of the year a reporter means. Where the named holder's time in the year is only
 * a handover's few weeks and another held it for most of the year, neither a bare Yes nor a bare No:
 * "Yes, but only in its last weeks: for most of 1992, no."
 */
function onlyAtYearsEdge(plan: QueryPlan, matching: Fact[], index: FactIndex, scope: TimeScope, today: number): Outcome | null {
  // ("Akmola became the capital in 1997": a start claimed is true of the day it began.)
  if (plan.relation.time !== "exclusive" || plan.starting || scope.kind !== "query" || scope.time.mode !== "at" || scope.time.grain !== "year" || matching.length === 0) return null;
  const { start, end } = scope.time;
  const daysIn = (f: Fact) => (f.validity ? Math.min(end, possibleEnd(f.validity, today)) - Math.max(start, possibleStart(f.validity)) : Infinity);
  if (!matching.every((f) => daysIn(f) <= EDGE_DAYS)) return null;
  const checkedRole = plan.relation.mainRole.name;
  const others = new Map([...plan.bindings].filter(([role]) => role !== checkedRole));
  const most = heldThen(plan, others, index, scope, today).filter((f) => !matching.includes(f) && daysIn(f) > SEASON_DAYS);
  if (most.length === 0) return null;
  const year = yearOf(start);
  const lastWeeks = matching.every((f) => f.validity && possibleStart(f.validity) > start);
  const said = [...matching, ...most].map((f) => renderFact(f, {}, { today }));
  return { kind: "derived", text: `Yes, but only in its ${lastWeeks ? "last" : "first"} weeks: for most of ${year}, no. ${said.join(" ")}`, facts: [...matching, ...most], scope };
}
/** At most this many days of a year, a holder's time is a handover at its edge; another's, at least a season. */
const EDGE_DAYS = 32;
const SEASON_DAYS = 90;

/** The fact of the same relation and the same other roles that began when `fact` ended ("… then Vienna"). */
function successorOf(fact: Fact, index: FactIndex, today: number): Fact | undefined {
  const main = fact.relation.mainRole.name;
  const key = (vs: readonly RoleValue[] | undefined) => (vs ?? []).map((v) => (v.kind === "entity" ? v.entity.id : v.kind === "text" ? v.text : String(v.value))).join("|");
  const same = (other: Fact) => [...fact.values].every(([role, vs]) => role === main || key(vs) === key(other.values.get(role)));
  // (Begun after it began, by a year after it ended: "to 1993" and "since 1993" meet within a year.)
  const [start, end] = [possibleStart(fact.validity!), possibleEnd(fact.validity!, today)];
  const later = index.facts(fact.relation.id).filter((f) => f !== fact && f.validity && possibleStart(f.validity) > start && possibleStart(f.validity) <= end + 366 && same(f));
  return later.sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!))[0];
}

/** "Did Greece chair before Kazakhstan?": compare the first time each held (or happened). */
/**
 * "Are Canada and the US participating States?": each name checked on its own; "Yes" where both hold,
 * the "No" of one that does not, and nothing where either is unknown.
 */
function checkEach(plan: QueryPlan, c: NonNullable<QueryPlan["compare"]>, index: FactIndex, today: number, scope: TimeScope): Outcome {
  const each = [c.first, c.second].map((e) => check({ ...withName(plan, c.role, e), compare: null }, index, today, scope));
  const checks = each.filter((o): o is Extract<Outcome, { kind: "check" }> => o.kind === "check");
  if (checks.length < 2) return { kind: "none", reason: "no_match", scope };
  if (checks.every((o) => o.yes)) return { kind: "check", yes: true, matching: checks.flatMap((o) => o.matching), atTime: [], otherTimes: [], related: [], scope, closed: plan.relation.closed };
  return checks.find((o) => !o.yes && o.closed) ?? { kind: "none", reason: "no_match", scope };
}

function compare(plan: QueryPlan, c: NonNullable<QueryPlan["compare"]>, index: FactIndex, today: number, scope: TimeScope): Outcome {
  const turns = (e: Entity) =>
    filter(index.withEntity(plan.relation.id, c.role, e.id), new Map([[c.role, [e]]]), { kind: "all" }, today, plan.relation)
      .filter((f) => f.validity)
      .sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  const firsts = turnOfTheTime(turns(c.first), plan, today);
  const seconds = turnOfTheTime(turns(c.second), plan, today);
  const a = firsts[0];
  const b = seconds[0];
  if (!a || !b) return { kind: "none", reason: "no_match", scope };
  const succession = plan.succession ? succeeded(plan.order === "after" ? [seconds, firsts] : [firsts, seconds], plan, index, today, scope) : null;
  if (succession) return succession;
  const before = possibleStart(a.validity!) < possibleStart(b.validity!);
  const yes = (plan.order ?? "before") === "before" ? before : !before;
  // "Did Serbia chair before Germany?" (2015; Germany 1991 and 2016): not before the first turn, but
  // before another — no plain "No".
  const start = (f: Fact) => possibleStart(f.validity!);
  const someTurnFits = firsts.some((x) => seconds.some((y) => ((plan.order ?? "before") === "before" ? start(x) < start(y) : start(x) > start(y))));
  if (!yes && someTurnFits) {
    const all = [...firsts, ...seconds].sort((x, y) => start(x) - start(y));
    return { kind: "derived", text: `It depends on the turn: ${all.map((f) => renderFact(f)).join(" ")}`, facts: all, scope };
  }
  return { kind: "check", yes, matching: [a, b], atTime: [], otherTimes: [], related: [], scope, closed: true, compared: true };
}

/**
 * "Did Zannier succeed Kubiš?", "did Germany chair right after Serbia?": yes where a turn of the later
 * one came right after a turn of the earlier one; no with whoever came between. (Null where no turn of
 * the later one came after the earlier one's: an order, answered as one.)
 */
function succeeded([earlierTurns, laterTurns]: [Fact[], Fact[]], plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Outcome | null {
  const pair = closestTurns(earlierTurns, laterTurns);
  if (!pair) return null;
  const between = cameBetween(pair, plan, index, today);
  if (between.length === 0) return { kind: "check", yes: true, matching: [pair[1], pair[0]], atTime: [], otherTimes: [], related: [], scope, closed: true, compared: true };
  const said = between.length <= 2 ? between : [between[0]!, between.at(-1)!];
  const head = between.length <= 2 ? "" : ` ${between.length} came between them, the first and the last:`;
  return { kind: "derived", text: `No. ${renderFact(pair[0])}${head} ${[...said, pair[1]].map((f) => renderFact(f)).join(" ")}`, facts: [pair[0], ...between, pair[1]], scope };
}

/**
 * "the capital after March 2019": one holder at a time that changed within the time named — the one
 * holding right after it began during it (Nur-Sultan, from 23 March), not the next to begin later.
 */
function changedWithin(pool: Fact[], t: TimeQuery, direction: "before" | "after", relation: Relation, today: number): Fact | undefined {
  if (direction !== "after" || relation.time !== "exclusive") return undefined;
  const next = t.end + 1;
  return pool.find((f) => possibleStart(f.validity!) >= t.start && possibleStart(f.validity!) <= t.end && possibleEnd(f.validity!, today) >= next);
}

/** Of two names' turns, the earlier one's turn and the later one's that are nearest in time. */
function closestTurns(earlierTurns: Fact[], laterTurns: Fact[]): [Fact, Fact] | null {
  let best: [Fact, Fact] | null = null;
  let gap = Infinity;
  for (const x of earlierTurns)
    for (const y of laterTurns) {
      const d = possibleStart(y.validity!) - possibleStart(x.validity!);
      if (d > 0 && d < gap) [best, gap] = [[x, y], d];
    }
  return best;
}

/**
 * "Did Zannier succeed Kubiš?": a successor is the very next holder. Those who began between the
 * earlier one's start and the later one's (one holder at a time) say it was not so.
 */
function cameBetween([earlier, later]: [Fact, Fact], plan: QueryPlan, index: FactIndex, today: number): Fact[] {
  const relation = plan.relation;
  const from = possibleStart(earlier.validity!);
  const to = possibleStart(later.validity!);
  // ("was Astana the first summit after Lisbon?": of events, a list complete up to the later one says what came between.)
  const completeEvents = relation.time === "events" && !!relation.completeUntil && to <= completeUntilDay(relation.completeUntil);
  if ((relation.time !== "exclusive" && !completeEvents) || relation.exclusivePer) return [];
  const keys = new Set([mainKey(earlier), mainKey(later)]);
  return filter(index.facts(relation.id), new Map(), { kind: "all" }, today, relation)
    .filter((f) => f.status === "final" && f.validity && !keys.has(mainKey(f)) && possibleStart(f.validity) > from && possibleStart(f.validity) < to)
    .sort((x, y) => possibleStart(x.validity!) - possibleStart(y.validity!));
}

/**
 * "Did Serbia chair before Switzerland's 2014 term?": the one time named picks, of a name's turns, the
 * one then — for whichever name had a turn then (a name with none keeps all of its turns).
 */
export function turnOfTheTime(turns: Fact[], plan: QueryPlan, today: number): Fact[] {
  if (plan.times.length !== 1) return turns;
  const scope: TimeScope = { kind: "query", time: plan.times[0]! };
  const then = turns.filter((f) => inScope(f, scope, today));
  return then.length ? then : turns;
}

/** "right before Switzerland in 2014": of the named one's turns, the one at the time named (all if none is). */
function ofTheTimeNamed(anchors: Fact[], plan: QueryPlan, scope: TimeScope, today: number): Fact[] {
  if (!plan.time || plan.time.mode !== "at") return anchors;
  const dated = anchors.filter((f) => inScope(f, scope, today));
  return dated.length ? dated : anchors;
}

/**
 * "who succeeded the 2010 CiO?", "who preceded the SG of 2016?": an order word with a time said "at"
 * anchors on whoever held then — the last of that time for "after", the first for "before".
 */
function holdersAt(pool: Fact[], plan: QueryPlan, direction: "before" | "after", today: number): Fact[] {
  if (!plan.order || plan.time?.mode !== "at") return [];
  const time = plan.time;
  const held = pool.filter((f) => possibleStart(f.validity!) <= time.end && possibleEnd(f.validity!, today) >= time.start);
  if (held.length === 0) return [];
  const byStart = held.sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  return [direction === "after" ? byStart.at(-1)! : byStart[0]!];
}

function order(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Outcome {
  const relation = plan.relation;
  const direction: "before" | "after" = plan.order ?? (plan.time?.mode === "after" ? "after" : "before");
  const askedName = plan.asked?.name;
  // ("Which Central Asian State chaired after Kazakhstan?": the next of a group is no neighbour in time.)
  if (plan.relation.roles.some((r) => groupsIn(plan, r.name).length)) return { kind: "none", reason: "no_match", scope };
  // The asked role named ("who replaced Kubiš?") anchors among the facts of the other names; a name
  // only in another role ("who was CiO before Kazakhstan?") anchors among all, and is never the answer.
  // (Not a name of the thing whose holders follow one another: "ODIHR's name before" is among ODIHR's names.)
  const askedAnchors = askedName !== undefined && plan.bindings.has(askedName);
  const anchoredElsewhere = !askedAnchors && !plan.time && plan.bindings.size > 0 && !(relation.exclusivePer && plan.bindings.has(relation.exclusivePer));
  const otherBindings = anchoredElsewhere ? new Map<string, Entity[]>() : new Map([...plan.bindings].filter(([role]) => role !== askedName));
  const pool = filter(candidates(otherBindings, relation, index), otherBindings, { kind: "all" }, today, relation).filter((f) => f.status === "final" && f.validity && !(anchoredElsewhere && hasBindings(f, plan.bindings)));
  const pairs: Array<{ anchor: Fact | null; neighbour: Fact }> = [];
  const per = relation.exclusivePer;
  // (Of events too: an appointment's neighbour is one to the same post — a text as much as a name.)
  const groupOf = (f: Fact) => (per ? (f.values.get(per) ?? []).map(valueKey).join("+") : "");
  const neighbourOf = (start: number, end: number, excludeKey: string | null, group: string | null): Fact | undefined => {
    let best: Fact | undefined;
    for (const f of pool) {
      if (excludeKey !== null && mainKey(f) === excludeKey) continue;
      if (group !== null && groupOf(f) !== group) continue;
      const s = possibleStart(f.validity!);
      if (direction === "before" ? s < start && (!best || s > possibleStart(best.validity!)) : s > end && (!best || s < possibleStart(best.validity!))) best = f;
    }
    return best;
  };
  // "who became SG in 2011 after Turkey vetoed Plassnik?": a person named as the one before or after
  // who never held such a fact anchors nothing — never fall back on the question's year. (A place
  // may only locate the anchor: "before his December 2006 Brussels trip".)
  const strangerAnchor = askedName !== undefined && (plan.bindings.get(askedName) ?? []).some((e) => e.type === "person" && index.withEntity(relation.id, askedName, e.id).length === 0);
  const named = askedAnchors
    ? ofTheTimeNamed(pool.filter((f) => hasBindings(f, plan.bindings)), plan, scope, today)
    : anchoredElsewhere
      ? filter(candidates(plan.bindings, relation, index), plan.bindings, { kind: "all" }, today, relation).filter((f) => f.status === "final" && f.validity)
      : holdersAt(pool, plan, direction, today);
  // ("who chaired right after Italy's first chairmanship?": of the named one's turns, its own first (or last).)
  const anchors = plan.pick && !plan.pickOfAll && named.length > 1 ? pick(named, plan.pick, today) : named;
  if (anchors.length > 0) {
    for (const anchor of anchors) {
      const s = possibleStart(anchor.validity!);
      const n = neighbourOf(s, s, mainKey(anchor), groupOf(anchor));
      if (n && !pairs.some((p) => p.neighbour === n) && adjoins(anchor, n, direction, relation, today)) pairs.push({ anchor, neighbour: n });
    }
  } else if (plan.time && !strangerAnchor) {
    // (One holder per institution: only with the institution named.)
    const oneLine = !per || plan.bindings.has(per) || new Set(pool.map(groupOf)).size <= 1;
    const n = (oneLine ? changedWithin(pool, plan.time, direction, relation, today) : undefined) ?? neighbourOf(plan.time.start, plan.time.end, null, null);
    if (n) pairs.push({ anchor: null, neighbour: n });
  }
  // "Who replaced Saudabayev as CiO in June 2010?": a time finer than a year, beside a named one, is
  // when the change happened; a successor who began at another time did not replace anyone then.
  if (anchors.length > 0 && plan.time && plan.time.grain !== "year" && plan.time.mode === "at") {
    const t = plan.time;
    const then = pairs.filter((p) => possibleStart(p.neighbour.validity!) >= t.start && possibleStart(p.neighbour.validity!) <= t.end);
    if (then.length < pairs.length) pairs.splice(0, pairs.length, ...then);
  }
  // ("the capital before Astana (before 1997)": a time before or after, beside a named one, is when the
  // one asked held — Akmola, from December 1997, is no answer to it.)
  if (anchors.length > 0 && plan.time && plan.time.mode !== "at") {
    const within: TimeScope = { kind: "query", time: plan.time };
    pairs.splice(0, pairs.length, ...pairs.filter((p) => inScope(p.neighbour, within, today)));
  }
  // "Which country will chair right after Finland?": of its turns, the one whose neighbour is not over yet.
  if (plan.futureAsked) pairs.splice(0, pairs.length, ...pairs.filter((p) => possibleEnd(p.neighbour.validity!, today) >= today));
  // "Has there been a summit since Astana?": yes with the next one, or no where the table is complete.
  if (plan.yesNo) {
    if (pairs.length) return { kind: "check", yes: true, matching: pairs.map((p) => p.neighbour), atTime: [], otherTimes: [], related: [], scope, closed: relation.closed };
    if (relation.closed && anchors.length) return { kind: "derived", text: `No. ${direction === "after" ? "The latest" : "The earliest"} in my fact table: ${renderFact(anchors[0]!)}`, facts: anchors, scope };
  }
  if (pairs.length === 0) return { kind: "none", reason: "no_match", scope };
  // ("What were the CSCE chairmanships before 1995?": a plural before a time lists them all too.)
  const anchor = pairs[0]!.anchor;
  if ((plan.every || (plan.list && !anchor && plan.time)) && !per && !plan.statedCount && !plan.succession && pairs.length === 1) {
    const at = anchor ? possibleStart(anchor.validity!) : direction === "after" ? plan.time!.end : plan.time!.start;
    const label = anchor ? `${roleText(anchor, relation.mainRole.name)} (${validityLabel(anchor.validity!)})` : plan.time!.label.replace(/^(?:before|after|since)\s+/i, "");
    // (Before a time, only what was over by then: Italy's 1994 chair, from December 1993, is not "before 1994".)
    const side = anchor || direction === "after" ? pool : pool.filter((f) => possibleEnd(f.validity!, today) < at);
    return everyOnOneSide(side.filter((f) => !anchor || mainKey(f) !== mainKey(anchor) || possibleStart(f.validity!) !== at), at, label, direction, scope);
  }
  // "the third chairmanship after Kazakhstan's": so many steps along, the last one the answer.
  if (plan.orderStep && pairs.length === 1 && pairs[0]!.anchor) {
    let at = pairs[0]!.neighbour;
    for (let step = 1; step < plan.orderStep; step++) {
      const next = neighbourOf(possibleStart(at.validity!), possibleStart(at.validity!), mainKey(at), groupOf(at));
      if (!next || !adjoins(at, next, direction, relation, today)) return { kind: "none", reason: "no_match", scope };
      at = next;
    }
    return { kind: "order", pairs: [{ anchor: pairs[0]!.anchor, neighbour: at }], direction, scope };
  }
  // "the two chairs right before Kazakhstan": as many neighbours, each next to the one before it.
  if (plan.statedCount && plan.statedCount > 1 && pairs.length === 1 && pairs[0]!.anchor) {
    const chain = [pairs[0]!.neighbour];
    while (chain.length < plan.statedCount) {
      const last = chain[chain.length - 1]!;
      const next = neighbourOf(possibleStart(last.validity!), possibleStart(last.validity!), mainKey(last), groupOf(last));
      if (!next || !adjoins(last, next, direction, relation, today)) return { kind: "none", reason: "no_match", scope };
      chain.push(next);
    }
    return severalInOrder(chain, pairs[0]!.anchor, direction, scope);
  }
  return { kind: "order", pairs, direction, scope };
}

/** "Name all summits held after Budapest", "the chairmanships before 1995": every one on that side, in the order they came. */
function everyOnOneSide(pool: Fact[], at: number, label: string, direction: "before" | "after", scope: TimeScope): Outcome | { kind: "none"; reason: "no_match"; scope: TimeScope } {
  const facts = pool
    .filter((f) => (direction === "after" ? possibleStart(f.validity!) > at : possibleStart(f.validity!) < at))
    .sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  if (facts.length === 0) return { kind: "none", reason: "no_match", scope };
  const head = `${direction === "after" ? "After" : "Before"} ${label}`;
  return { kind: "derived", text: `${head}, ${facts.length}: ${facts.map((f) => renderFact(f)).join(" ")}`, facts, scope };
}

const COUNT_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "The two before Kazakhstan (2010): Finland held …, Greece held …" — in the order they came. */
function severalInOrder(chain: Fact[], anchor: Fact, direction: "before" | "after", scope: TimeScope): Outcome {
  const facts = [...chain].sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  const count = COUNT_WORDS[chain.length] ?? String(chain.length);
  const head = `The ${count} ${direction} ${roleText(anchor, anchor.relation.mainRole.name)} (${validityLabel(anchor.validity!)})`;
  return { kind: "derived", text: `${head}: ${facts.map((f) => renderFact(f)).join(" ")}`, facts, scope };
}

/**
 * One holder at a time: the one before or after is only the next *known* one. Where the table has a
 * gap of more than a month between them ("who took over from Dienstbier?": nobody is recorded from
 * July to December 1992), someone unrecorded may have held it — unless the relation is complete.
 */
function adjoins(anchor: Fact, neighbour: Fact, direction: "before" | "after", relation: Relation, today: number): boolean {
  if (relation.time !== "exclusive" || relation.closed) return true;
  const [first, second] = direction === "after" ? [anchor, neighbour] : [neighbour, anchor];
  return possibleStart(second.validity!) - possibleEnd(first.validity!, today) <= MAX_HANDOVER_GAP_DAYS;
}

const MAX_HANDOVER_GAP_DAYS = 31;

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
