/**
 * "Who/what/which/when …?" (value, when and list questions): the facts that answer, narrowed by the
 * question's words and picked where it says "first" or "last"; or why none does, or too many do.
 */
import type { Entity, Fact, Role } from "../facts/model.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { factsFor, factsOfBothNames } from "./plan-facts.js";
import { mainKey } from "./fact-keys.js";
import { withName } from "./plan-bindings.js";
import type { Outcome, TimeScope } from "./execute.js";
import { ofTheKindSaid } from "./run-operation.js";
import { vacancy, vacantWithin } from "./vacancy.js";
import { unrecordedRole } from "./unrecorded-role.js";
import { firstAmongListed } from "./listed-from-start.js";
import { withinOneYear } from "./held-instead.js";
import { mannerNote } from "../compose/tidy.js";
import { factTextStems } from "../understand/relation-profile.js";
import { candidates, latestObservation, namingTheYear, passesDefaults, withFinalFigures, withinEra } from "./plan-facts.js";
import { groupCount, thingsNamed } from "./fact-keys.js";
import { figureIsWords } from "./claimed-figures.js";
import { isoDayNumber, none, noneInCompleteList } from "./none-found.js";
import { falseFirstOrLast, ownPickElsewhen, pick, pickSome } from "./picks.js";
import { narrowByText, preferNamedPeriod, saying, withNamesSaid, withoutBesides, withoutOtherPost } from "./narrow-facts.js";

/** Above this many distinct answers to a "who/what" question with no time, ask which one is meant. */
export const MAX_LISTED = 8;

export function factsAnswer(plan: QueryPlan, index: FactIndex, today: number, askedScope: TimeScope): Outcome {
  const relation = plan.relation;
  const answers = answersTheAsk(plan);
  const termNamed = plan.yearNamesTerm ? namingTheYear(plan, index, askedScope, today).filter(answers) : [];
  // ("which ministerial agreed the 2018 chair?" with no decision on 2018 in the table: never one taken in 2018.)
  // (Where nothing else is named: "the Madrid 2007 chairmanship package" is dated by the year.)
  if (plan.yearNamesTerm && termNamed.length === 0 && plan.bindings.size === 0 && relation.time === "events" && relation.roles.some((r) => r.literal && r.name === "term")) return { kind: "none", reason: "no_match", scope: askedScope };
  const unfiltered = termNamed.length ? termNamed : boundFacts(plan, index, askedScope, today).filter(answers);
  const narrowed = withinEra(withoutBesides(withoutOtherPost(saying(narrowByText(unfiltered, plan), plan), plan), plan, today), plan);
  // "When did the OSCE announce its resignation?": an unexplained word, and nothing else pins the answer.
  if (plan.looseWords > 0 && plan.bindings.size === 0 && askedScope.kind !== "query" && narrowed.length === unfiltered.length && groupCount(narrowed) > 1)
    return { kind: "none", reason: "no_match", scope: askedScope };
  const { facts: found, scope, asOfFallback, notWithin } = withFallbacks(plan, index, today, askedScope, narrowed, answers);
  // ("which Senate speaker did Passy meet in Almaty?": none records Almaty; those recording no place at all, said as such.)
  const placeUnrecorded = found.length === 0 ? unrecordedRole(plan, found, (p) => withoutBesides(boundFacts(p, index, scope, today).filter(answers), p, today)) : null;
  if (placeUnrecorded) return { kind: "facts", facts: [], scope, asOfFallback: false, unrecorded: placeUnrecorded };
  const unanswered = unanswerable(plan, index, today, scope, found);
  if (unanswered) return unanswered;
  // ("when did Tony Blair become British PM?": a fact seen as of a day — his talks of December 2006 — says
  // he held the post then, never when he took it up.)
  if (plan.shape === "when" && plan.becameAsked && found.length > 0 && found.every((f) => f.validity?.kind === "as_of")) return { kind: "none", reason: "no_match", scope };
  const picked = plan.pick ? pickedFacts(plan, plan.pick, found, index, today, scope) : found;
  if (!Array.isArray(picked)) return picked;
  const facts = asGiven(plan, picked, index, today, scope);
  const unrecorded = unrecordedRole(plan, facts, (p) => boundFacts(p, index, scope, today).filter(answers));
  const vacant = vacantWithin(plan, index, scope, facts, today);
  return inexact(plan, facts, scope) ?? tooMany(plan, facts, scope, asOfFallback) ?? { kind: "facts", facts, scope, asOfFallback, ...(unrecorded ? { unrecorded } : {}), ...(notWithin ? { notWithin } : {}), ...(vacant ? { vacant } : {}) };
}

/** The role asked where it holds a figure ("what share …"): a question the facts answer only with a number. */
function figureAsked(plan: QueryPlan): Role | null {
  return plan.shape !== "when" && plan.asked?.types.some((t) => t === "number" || t === "percent") ? plan.asked : null;
}

/** Whether a fact has what the question asks of it. */
function answersTheAsk(plan: QueryPlan): (f: Fact) => boolean {
  // A fact without a value for the role asked ("what share …" of a result given in seats) answers something else.
  const asked = figureAsked(plan);
  // (So does one without the name or place asked: "which country is the HCNM from" of a fact naming no country.)
  const named = plan.shape !== "when" && plan.asked && plan.asked !== plan.relation.mainRole && !plan.asked.literal ? plan.asked : null;
  return (f: Fact) => (!asked || f.values.has(asked.name)) && (!named || f.values.has(named.name));
}

/**
 * The facts found, kept to the place asked within ("which German city …"); where none is found, those
 * naming the year asked, the latest "as of" observation of now, or (telegraphic) those of any time —
 * with the scope they were found in.
 */
function withFallbacks(plan: QueryPlan, index: FactIndex, today: number, askedScope: TimeScope, narrowed: Fact[], answers: (f: Fact) => boolean): { facts: Fact[]; scope: TimeScope; asOfFallback: boolean; notWithin?: Entity } {
  const relation = plan.relation;
  let facts = narrowed;
  let scope = askedScope;
  let asOfFallback = false;
  // (A fallback leaves out what "besides" left out: "seats won by parties other than Otan in 2004" is
  // never Otan's; and another post: "who holds the deputy CiO post" is never the CiO.)
  const kept = (fs: Fact[]) => withoutBesides(withoutOtherPost(fs, plan), plan, today);
  if (facts.length === 0) facts = kept(namingTheYear(plan, index, scope, today).filter(answers));
  if (plan.within) {
    const inside = facts.filter((f) => liesIn(f, plan.asked, plan.within!));
    // ("which Finnish city hosted the 2025 Council?": of the one or two things at the time asked, none
    // there — the premise is refuted, and what was is said with "not in Finland".)
    if (inside.length === 0 && scope.kind === "query" && facts.length > 0 && groupCount(facts) <= 2) return { facts, scope, asOfFallback, notWithin: plan.within };
    facts = inside;
  }
  // ("the dates of the 2025 Council in Helsinki?": one a year, and that year's elsewhere — the premise is
  // refuted, and the one there was is said with "not in Helsinki".)
  const placeSaid = facts.length === 0 ? placeRefuted(plan, index, scope, today, answers) : null;
  if (placeSaid) return { facts: kept(placeSaid.facts), scope, asOfFallback, notWithin: placeSaid.place };
  if (facts.length === 0 && scope.kind === "now") {
    facts = kept(latestObservation(candidates(plan.bindings, relation, index), plan.bindings, today).filter((f) => answers(f) && passesDefaults(f, plan)));
    asOfFallback = facts.length > 0;
  }
  // Telegraphic "cio north macedonia" (no tense, no time) names whose term it is: any time, not only today.
  if (facts.length === 0 && scope.kind === "now" && plan.tense === null && [...plan.bindings.keys()].some((r) => r !== relation.mainRole.name)) {
    scope = { kind: "all" };
    facts = kept(boundFacts(plan, index, scope, today).filter(answers));
  }
  return { facts, scope, asOfFallback };
}

/**
 * Of a relation with one a year, the one of the year asked where the city said is not its place — with
 * the city's own, at other times ("which summit did Astana host in 1999?": Istanbul's, and Astana's of
 * 2010). Only a city that held one: a meeting in a city that never held one ("the 2014 Almaty
 * ministerial") is no slip of the place, and stays unknown.
 */
function placeRefuted(plan: QueryPlan, index: FactIndex, scope: TimeScope, today: number, answers: (f: Fact) => boolean): { facts: Fact[]; place: Entity } | null {
  const main = plan.relation.mainRole.name;
  const place = plan.bindings.get(main);
  if (!plan.relation.onePerYear || scope.kind !== "query" || !withinOneYear(scope) || plan.asked?.name === main || place?.length !== 1 || place[0]!.type !== "city") return null;
  const own = boundFacts(plan, index, { kind: "all" }, today).filter(answers);
  if (own.length === 0) return null;
  const others = new Map([...plan.bindings].filter(([role]) => role !== main));
  const facts = boundFacts({ ...plan, bindings: others }, index, scope, today).filter(answers);
  return facts.length === 1 ? { facts: own.length > MAX_OWN_SAID ? facts : [...facts, ...own], place: place[0]! } : null;
}
const MAX_OWN_SAID = 2;

/** Why the facts found do not answer the question: there are none, they say nothing of a word or of "how", or they are not as many as said. */
function unanswerable(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope, facts: Fact[]): Outcome | null {
  const relation = plan.relation;
  // ("where was the 2010 Ministerial Council?": of a complete list with none then, that there was
  // none — where a related kind has one then, the Astana Summit. Without one, "where was the 2016
  // summit?" stays unknown: a question about a thing that never was is not answered with the one before.)
  if (facts.length === 0) return vacancy(plan, index, scope, today) ?? noneInCompleteList(plan, index, scope, today, true) ?? none(relation, index, scope, today);
  // "the exact number of staff at the Astana office": a word only some fact's text explains is
  // explained only where the facts said have it — else the answer is about something else.
  if (plan.textOnlyExplained.some((w) => !facts.some((f) => factTextStems(f, "all").has(w)))) return { kind: "none", reason: "no_match", scope };
  // ("when was Schmid appointed HCNM?": a post named that the facts found are not of.)
  if (withNamesSaid(facts, plan, index).length === 0) return { kind: "none", reason: "no_match", scope };
  // ("how were the 2014 and 2015 chairmanships decided?": a fact whose note says nothing of how answers nothing.)
  // (A role the relation says answers "how" — a summit decided "by consensus of the foreign ministers" — is the answer itself.)
  if (plan.manner === "how" && !plan.asked?.cues.includes("how") && facts.some((f) => !mannerNote(f.note))) return { kind: "none", reason: "no_match", scope };
  // "italy had two CiOs in 94 — names": as many as the question says, or it means something else.
  // ("name the three dimensions": of a relation of texts, each fact is one of the things counted too.)
  const textsCounted = plan.asked?.literal && plan.asked === relation.mainRole && groupCount(facts) === plan.statedCount;
  if (plan.statedCount && !plan.pick && plan.shape !== "when" && thingsNamed(facts, plan) !== plan.statedCount && !textsCounted) return { kind: "none", reason: "count_differs", scope, facts };
  // "Kazakhstan's first foreign minister": of a list whose earliest entries are missing, the first known is no first.
  // (Nor a named one's own first where it is listed from the start: "when did Otan first win?" — its 1999 win is not listed.)
  if (plan.pick === "first" && !plan.pickWithin && !firstAmongListed(plan, index, scope)) return { kind: "none", reason: "no_match", scope };
  // ("the first SG appointed after 2011": from a day before the list is complete, the first listed may not be the first.)
  if (plan.pick === "first" && relation.completeFrom && scope.kind === "query" && scope.time.start < isoDayNumber(relation.completeFrom) && !plan.bindings.has(relation.mainRole.name)) return { kind: "none", reason: "no_match", scope };
  return null;
}

/** "the first …", "the last three …": the facts picked; or the false premise of a first or last, or no such number to name. */
function pickedFacts(plan: QueryPlan, which: "first" | "last", facts: Fact[], index: FactIndex, today: number, scope: TimeScope): Fact[] | Outcome {
  const premise = falseFirstOrLast(plan, which, facts, index, today) ?? ownPickElsewhen(plan, which, facts, index, today, scope);
  if (premise) return premise;
  const picked = plan.statedCount && plan.statedCount > 1 ? pickSome(facts, which, plan.statedCount, today) : pick(facts, which, today);
  // ("the first three CiOs in 1995": there was one — no three to name.)
  if (picked.length === 0) return { kind: "none", reason: "count_differs", scope, facts };
  return picked;
}

/** The facts as the answer gives them: of the period a year names, the returns asked for, final figures beside preliminary ones. */
function asGiven(plan: QueryPlan, facts: Fact[], index: FactIndex, today: number, scope: TimeScope): Fact[] {
  let given = preferNamedPeriod(facts, scope);
  if (plan.goesBack) given = returningIfAny(given, index);
  if (plan.finalAsked) given = withFinalFigures(given, plan, index, scope, today);
  return given;
}

/** Facts whose dates or figures are not as exact as the question asks: said so, with what the table has. */
function inexact(plan: QueryPlan, facts: Fact[], scope: TimeScope): Outcome | null {
  const blurred = imprecise(facts, plan, scope);
  if (blurred) return { kind: "none", reason: "imprecise", scope, facts: blurred };
  const asked = figureAsked(plan);
  const hedged = asked && plan.precise ? facts.filter((f) => figureIsWords(f, asked)) : [];
  if (hedged.length) return { kind: "none", reason: "inexact_figure", scope, facts: hedged };
  return null;
}

/** More answers than the question can mean: asked which one is meant (of a "when", the ones of the kind said, where few). */
function tooMany(plan: QueryPlan, facts: Fact[], scope: TimeScope, asOfFallback: boolean): Outcome | null {
  // A singular question ("which country …") with dozens of answers has not been understood well enough.
  const spanAsked = scope.kind === "query" && (scope.time.grain === "range" || scope.time.grain === "decade" || scope.time.mode !== "at");
  if (plan.shape === "value" && !plan.list && !spanAsked && (scope.kind === "all" ? plan.bindings.size === 0 : true) && groupCount(facts) > MAX_LISTED)
    return { kind: "none", reason: "too_many", scope, facts };
  // "When was the Secretary General post created?", "date of the decision downgrading it": of holders
  // one after another or of several events, naming none, the question is not about any one of
  // them — listing them all would answer something else ("in which years", a list, still lists).
  if (plan.shape === "when" && plan.relation.time !== "states" && plan.bindings.size === 0 && !plan.list && !plan.pick && scope.kind === "all" && groupCount(facts) > 3) {
    // ("when was the capital moved": the move, not the renamings — where the facts' labels say which.)
    const ofKind = ofTheKindSaid(facts, plan);
    if (ofKind.length < facts.length && groupCount(ofKind) <= 3) return { kind: "facts", facts: ofKind, scope, asOfFallback };
    // ("when were the four top posts left vacant": four posts, two days — few times are few events.)
    if (new Set(facts.map((f) => (f.validity ? `${possibleStart(f.validity)}-${possibleEnd(f.validity, Infinity)}` : f.id))).size <= 2) return { kind: "facts", facts, scope, asOfFallback };
    return { kind: "none", reason: "too_many", scope, facts };
  }
  return null;
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
    // ("from what date was it the OSCE?": a fact that holds from the start of the record, the name before, has no start to be exact about.)
    const openStart = (f: Fact) => plan.starting && f.validity?.kind === "span" && !f.validity.from && facts.some((g) => g.validity?.kind === "span" && g.validity.from);
    const coarse = facts.filter((f) => f.validity && !openStart(f) && !enough.includes(boundOf(f.validity, plan.starting ? "start" : "any", scope)?.precision ?? ""));
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

/** "which German city hosted …": the fact's asked value is a place that lies in `within`. */
function liesIn(fact: Fact, asked: Role | null, within: Entity): boolean {
  return !!asked && (fact.values.get(asked.name) ?? []).some((v) => v.kind === "entity" && v.entity.in === within.id);
}
