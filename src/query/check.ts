/**
 * Yes/no questions: whether the facts bear a claim out, and where they do not, what held instead.
 */
import type { Fact } from "../facts/model.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { vacancy } from "./vacancy.js";
import { candidates, filter, latestObservation, namingTheYear, passesDefaults, passesLabels, withFinalFigures } from "./plan-facts.js";
import { thingsNamed } from "./fact-keys.js";
import { withName } from "./plan-bindings.js";
import { claimedFigureHolds, figuresCheckable, onlyInWords, rolesForFigure } from "./claimed-figures.js";
import { withNamesSaid, withoutOtherPost } from "./narrow-facts.js";
import type { Outcome, TimeScope } from "./execute.js";
import { countClaim, endClaimRefuted, onlyAtYearsEdge, onlyInSinceYear, pickedClaim, sinceEnded, sinceInterrupted, spanClaimRefuted } from "./check-claims.js";
import { heldInstead, otherDetailThen } from "./held-instead.js";
import { compare } from "./compare-turns.js";
import { sharedThen } from "./shared-then.js";
import { notedThen } from "./noted-day.js";

export function check(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Outcome {
  if (plan.compare) return plan.order || plan.succession ? compare(plan, plan.compare, index, today, scope) : checkEach(plan, plan.compare, index, today, scope);
  // ("has the capital been called Astana since 1998?": a state held up to now, which no event checks.)
  if (plan.heldToNow && plan.relation.time === "events") return { kind: "none", reason: "no_match", scope };
  const claimed = factsClaimed(plan, index, today, scope);
  if (!Array.isArray(claimed)) return claimed;
  const matching = holdingTheFigures(plan, claimed, index, today, scope);
  if (!Array.isArray(matching)) return matching;
  const refuted = detailRefuted(plan, matching, index, today, scope);
  if (refuted) return refuted;
  if (matching.length > 0) {
    const also = sharedThen(plan, matching, index, scope, today);
    // ("the only Dutch CiO in 2003?": Ben Bot held it in December — No, with both.)
    if (plan.sole && also.length > 0) return refutedBy([...matching, ...also], scope);
    // ("Kazakhstan is the only (Central Asian) country to have chaired": "only" with no time asked is a
    // claim about every other record, and of a kind — "Central Asian" — the table may not hold: never "Yes".)
    if (plan.sole && scope.kind !== "query") return { kind: "none", reason: "sole_unchecked", scope, facts: matching };
    return { kind: "check", yes: true, atTime: [], otherTimes: [], related: [], matching: withFinalFigures(matching, plan, index, scope, today), scope, closed: plan.relation.closed, ...(also.length ? { sharedThen: also } : {}) };
  }
  // "Was there a Secretary General in October 2024?": nobody — the post was vacant.
  const gap = vacancy(plan, index, scope, today);
  if (gap) return gap;
  return notedThen(plan, index, today) ?? heldInstead(plan, matching, index, today, scope);
}

/** The claim's No on a detail: what held at its time (and, where it holds, at another time). */
function refutedBy(atTime: Fact[], scope: TimeScope, otherTimes: Fact[] = []): Outcome {
  return { kind: "check", yes: false, matching: [], atTime, otherTimes, related: [], scope, closed: true, refutedByDetail: true };
}

/**
 * The facts with the claim's names at its time; or the claim's No, where a fact of another post or
 * of another detail then refutes it.
 */
function factsClaimed(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Fact[] | Outcome {
  const relation = plan.relation;
  // ("Is the PA based in Copenhagen?": a recent "as of" observation is what the table knows of now, said with its date.)
  const now = filter(candidates(plan.bindings, relation, index, scope, today), plan.bindings, scope, today, relation, plan);
  const bound = now.length === 0 && scope.kind === "now" ? latestObservation(candidates(plan.bindings, relation, index), plan.bindings, today).filter((f) => passesLabels(f, plan) && passesDefaults(f, plan)) : now;
  const matching = withNamesSaid(withoutOtherPost(bound, plan), plan, index, true);
  // "Was Abusaitov foreign minister in 2004?": No, he held another post (Deputy Foreign Minister).
  // ("Was Schmid appointed HCNM?": No, she was appointed to another.)
  if (bound.length > 0 && matching.length === 0) return refutedBy(bound, scope);
  if (matching.length > 0) return matching;
  const differing = otherDetailThen(plan, index, today, scope);
  if (differing.length) return refutedBy(differing, scope);
  return namingTheYear(plan, index, scope, today);
}

/**
 * Of the facts, those that hold the figures the claim states; or its No where the count or the
 * figures said do not hold, and no answer where they cannot be checked.
 */
function holdingTheFigures(plan: QueryPlan, matching: Fact[], index: FactIndex, today: number, scope: TimeScope): Fact[] | Outcome {
  // "Did Tokayev get more than 75% in 2019?": the figure is part of the claim, never ignored; one
  // the facts have no column for ("three presidents" of election results) leaves the claim unchecked.
  const counted = countClaim(plan, matching, scope);
  if (counted) return counted;
  // "Italy had three CiOs in 1994": as many as said, or No with the ones there were. (Not a count of
  // a pick: "was Finland among the last three chairs?" is of the three picked — see pickedClaim.)
  if (plan.statedCount && !plan.pick && matching.length > 0 && thingsNamed(matching, plan) !== plan.statedCount) return refutedBy(matching, scope);
  if (!figuresCheckable(plan)) return { kind: "none", reason: "no_match", scope };
  // "turnout was around 90%" against a table that says "almost 90%": words, not a figure to check.
  const inWords = matching.filter((f) => plan.numbers.some((n) => onlyInWords(f, rolesForFigure(plan, n))));
  if (inWords.length) return { kind: "none", reason: "inexact_figure", scope, facts: inWords };
  const withFigure = matching.filter((f) => claimedFigureHolds(f, plan));
  // ("did every presidential winner take more than 75%?": said of every one, the figure must hold of each
  // result — No, with those it does not hold of; a preliminary figure beside the final one decides nothing.)
  const short = plan.ofEach ? matching.filter((f) => f.status !== "preliminary" && !withFigure.includes(f)) : [];
  if (short.length > 0 && withFigure.length > 0) return refutedBy(short, scope);
  if (matching.length > 0 && withFigure.length === 0) {
    // ("Nur Otan won 88.4% in 2012": no, 80.99% — and 88.4% was its share in 2007.)
    const elsewhen = scope.kind === "query" ? candidates(plan.bindings, plan.relation, index).filter((f) => f.status === "final" && !matching.includes(f) && claimedFigureHolds(f, plan)).slice(0, 1) : [];
    return refutedBy(matching, scope, elsewhen);
  }
  // "Tokayev took 70.76% according to the final count": the figure holds only of the preliminary result.
  const finals = plan.finalAsked && withFigure.every((f) => f.status !== "final") ? withFinalFigures(withFigure, plan, index, scope, today).filter((f) => f.status === "final") : [];
  if (finals.length) return refutedBy(finals, scope);
  return withFigure;
}

/** A detail of the claim that the facts matching its names and figures do not bear out: its end, "the first", "since", a year's edge, a span. */
function detailRefuted(plan: QueryPlan, matching: Fact[], index: FactIndex, today: number, scope: TimeScope): Outcome | null {
  const ended = endClaimRefuted(matching, scope, index, today);
  if (ended) return ended;
  // "Schmid was the first German Secretary General, right?": the first of the others named, or No.
  // Only a check with nothing left loose ("the first Central Asian country" names more than the table binds),
  // whether asked or set side by side ("poland 2022 = first polish chairmanship - sanity check").
  // "Was 2017 Austria's first chairmanship?": its own first, unless said of all ("the first German Secretary General").
  const picked = pickedClaim(plan, matching, index, today, scope);
  if (picked) return picked;
  const boundaryOnly = onlyInSinceYear(matching, scope, today, index);
  if (boundaryOnly) return boundaryOnly;
  const edge = onlyAtYearsEdge(plan, matching, index, scope, today);
  if (edge) return edge;
  if (begunAfterSince(plan, matching, scope) || claimedStartTooLate(plan, matching, scope)) return refutedBy(matching, scope);
  const interrupted = sinceInterrupted(plan, matching, index, scope, today);
  if (interrupted) return interrupted;
  return sinceEnded(plan, matching, index, scope, today) ?? spanClaimRefuted(plan, matching, scope, index, today);
}

/**
 * "Astana has been the capital since 1991": no, not before 1998 — held since then means begun by then.
 * ("Stubb chaired from January 2008": begun by the end of the month said — a year said allows its year.)
 */
function begunAfterSince(plan: QueryPlan, matching: Fact[], scope: TimeScope): boolean {
  if (scope.kind !== "query" || plan.anyTimeSince) return false;
  const slack = scope.time.grain === "year" ? 365 : scope.time.end - scope.time.start;
  return scope.time.mode === "since" && plan.relation.time !== "events" && matching.length > 0 && !matching.some((f) => f.validity && possibleStart(f.validity) <= scope.time.start + slack);
}

/**
 * "Kazakhstan has been a participating State since 1995.": a statement's "since" dates the start — not a question's
 * ("has it been a member since 1995?" is true of a member since 1992). Begun in an earlier year, it is No.
 */
function claimedStartTooLate(plan: QueryPlan, matching: Fact[], scope: TimeScope): boolean {
  if (!plan.stated || scope.kind !== "query" || scope.time.mode !== "since" || scope.time.grain !== "year" || plan.relation.time === "events") return false;
  const yearStart = scope.time.start;
  return matching.length > 0 && matching.every((f) => f.validity && possibleEnd(f.validity, Infinity) >= yearStart && possibleStartLast(f) < yearStart);
}

/** The latest day a fact may have begun. */
function possibleStartLast(f: Fact): number {
  const v = f.validity!;
  return v.kind === "span" && v.from ? v.from.last : possibleStart(v);
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
