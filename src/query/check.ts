/**
 * Yes/no questions: whether the facts bear a claim out, and where they do not, what held instead.
 */
import type { Fact } from "../facts/model.js";
import { possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { vacancy } from "./vacancy.js";
import { candidates, factsFor, filter, inScope, latestObservation, namingTheYear, passesDefaults, passesLabels, withFinalFigures } from "./plan-facts.js";
import { thingsNamed } from "./fact-keys.js";
import { withName } from "./plan-bindings.js";
import { claimedFigureHolds, figuresCheckable, onlyInWords, rolesForFigure } from "./claimed-figures.js";
import { listedCompletelyThen, nothingThen, relatedThen } from "./none-found.js";
import { withoutOtherPost } from "./narrow-facts.js";
import type { Outcome, TimeScope } from "./execute.js";
import { countClaim, endClaimRefuted, onlyAtYearsEdge, onlyInSinceYear, pickedClaim, spanClaimRefuted } from "./check-claims.js";
import { heldThen, namedInFactWords, nextHolder, otherDetailThen, postsHeldInstead, withinOneYear } from "./held-instead.js";
import { compare } from "./compare-turns.js";

export function check(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Outcome {
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
