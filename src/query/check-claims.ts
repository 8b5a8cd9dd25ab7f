/**
 * The details of a yes/no claim that can refute it though facts match its names: a count, "the first",
 * a span's ends, an end date, "since" a year, a handover at a year's edge.
 */
import type { Fact, RoleValue } from "../facts/model.js";
import { yearOf } from "../time/days.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { renderFact } from "../compose/render-fact.js";
import { candidates, hasBindings, inScope, withinEra } from "./plan-facts.js";
import { groupsIn } from "./plan-bindings.js";
import { groupCount, mainKey } from "./fact-keys.js";
import { rolesForFigure } from "./claimed-figures.js";
import { firstOfTheRest, ownPicksDisagree, pick, pickAmongOthers } from "./picks.js";
import type { Outcome, TimeScope } from "./execute.js";
import { heldThen } from "./held-instead.js";

/**
 * "Has Italy provided two Secretaries General?": a count the facts have no column for is checked by
 * counting them — only where the relation lists every such fact (otherwise one more may be missing).
 */
export function countClaim(plan: QueryPlan, matching: Fact[], scope: TimeScope): Outcome | null {
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
 * A yes/no question with "first" or "last": "Schmid was the first German SG, right?", "Was 2017
 * Austria's first chairmanship?", "was the first summit held in 1990?" pick of all time, then check
 * (the time is part of the claim); "was Bakoyannis the first CiO of 2009?" picks within the time it
 * names. Null where the pick leaves the facts matched as they are.
 */
export function pickedClaim(plan: QueryPlan, matching: Fact[], index: FactIndex, today: number, scope: TimeScope): Outcome | null {
  if (!plan.pick) return null;
  const outcome = pickedClaimOf(plan, plan.pick, matching, index, today, scope);
  if (plan.looseWords === 0 && plan.freeWords.length === 0) return outcome;
  // (With words left loose the pick may be of something else — "the first Central Asian country" — and
  // is no verdict; but where the first of all is another, "first" is never ignored for a Yes.)
  // (A fact whose own note says it — "The first election for a single seven-year term" — bears the "first" out.)
  const saidOfItself = matching.length > 0 && plan.looseWords === 0 && matching.every((f) => noteSaysPick(f, plan.pick!, plan.freeWords));
  return outcome?.kind === "check" && !outcome.yes && !saidOfItself ? { kind: "none", reason: "no_match", scope } : null;
}

/** Whether a fact's note says the pick word and every word the claim left free: "the first … single seven-year term". */
function noteSaysPick(f: Fact, pickWord: string, freeWords: string[]): boolean {
  const note = (f.note ?? "").toLowerCase();
  return new RegExp(`\\b${pickWord}\\b`).test(note) && freeWords.every((w) => note.includes(w));
}

function pickedClaimOf(plan: QueryPlan, pickWhich: "first" | "last", matching: Fact[], index: FactIndex, today: number, scope: TimeScope): Outcome | null {
  const refuted = (picked: Fact[]): Outcome => ({ kind: "check", yes: false, matching: [], atTime: picked, otherTimes: [], related: [], scope, closed: true, refutedByDetail: true });
  const refutedOrNull = (picked: Fact[] | null) => (picked?.length ? refuted(picked) : null);
  if (plan.bindings.has(plan.relation.mainRole.name)) {
    // ("Uzbekistan was the first Central Asian State to chair": never one, in a complete list — No, with the first that was.)
    // (Only a claim of no time: one dated may have found nothing for its time alone.)
    if (!matching.length) {
      if (plan.relation.closed && scope.kind !== "query" && groupsIn(plan, plan.relation.mainRole.name).length) return refutedOrNull(firstOfTheRest(plan, pickWhich, index, today));
      // ("was the Secretariat first based in Warsaw?": never there, and the first of the Secretariat's seats,
      // of a list held from its beginning, is another — No, with it.)
      if (plan.relation.missingEarliest || scope.kind === "query" || plan.bindings.size < 2) return null;
      return refutedOrNull(firstOfTheRest(plan, pickWhich, index, today));
    }
    // (The named one's own first is checked against a time claimed — "was 2017 Austria's first?"; with
    // none, it is always itself: "was the Secretariat first based in Vienna?" asks the first of them all.)
    // ("the first SG was Italy's Aragona": the first of all, who must be him; "Italy's" only describes him.)
    const narrowing = plan.describingNamed.length ? { ...plan, bindings: new Map([...plan.bindings].filter(([role]) => !plan.describingNamed.includes(role))) } : plan;
    const picked = plan.pickWithin && scope.kind === "query" ? pickAmongOthers(narrowing, pickWhich, index, today, scope) : firstOfTheRest(narrowing, pickWhich, index, today, plan.pickOwnNow || (!plan.pickOfAll && scope.kind === "query"));
    if (picked && !picked.some((f) => matching.includes(f))) return refuted(picked);
    const ownOfEach = !plan.pickOfAll && !plan.pickWithin && !plan.describingNamed.length && scope.kind === "query";
    return ownOfEach && ownPicksDisagree(plan, pickWhich, matching, index, today) ? { kind: "none", reason: "no_match", scope } : null;
  }
  // ("Was the first OSCE Secretary General Italian?": the first of all — Höynck — is what is checked.)
  // (Only a nationality — of the one picked — is checked this way; a chairing State names whose turn it was.)
  const ofNationality = [...plan.bindings.keys()].every((name) => plan.relation.roles.find((r) => r.name === name)?.nationality);
  if (scope.kind === "all" && plan.pickOfAll && plan.pickThenChecked && plan.bindings.size > 0 && ofNationality) {
    const all = withinEra(candidates(new Map(), plan.relation, index, scope, today).filter((f) => f.validity), plan);
    const first = all.length ? pick(all, pickWhich, today) : [];
    return first.length === 0 ? null : first.every((f) => hasBindings(f, plan.bindings)) ? { kind: "check", yes: true, matching: first, atTime: [], otherTimes: [], related: [], scope, closed: plan.relation.closed } : refuted(first);
  }
  if (scope.kind !== "query" || plan.pickWithin) return null;
  if (plan.pickOwnOfThen) return ownPickOfThen(plan, pickWhich, matching, index, today, scope);
  const picked = pickAmongOthers(plan, pickWhich, index, today, { kind: "all" });
  if (!picked) return null;
  const inTime = picked.filter((f) => inScope(f, scope, today));
  return inTime.length ? { kind: "check", yes: true, matching: inTime, atTime: [], otherTimes: [], related: [], scope, closed: plan.relation.closed } : refuted(picked);
}

/** Whether each one holding at the claim's time held its own first (or last) then: "2008 chair? their first time". */
function ownPickOfThen(plan: QueryPlan, which: "first" | "last", matching: Fact[], index: FactIndex, today: number, scope: TimeScope): Outcome | null {
  const main = plan.relation.mainRole.name;
  const own = matching.map((f) => firstOfTheRest({ ...plan, bindings: new Map([...plan.bindings, [main, (f.values.get(main) ?? []).flatMap((v) => (v.kind === "entity" ? [v.entity] : []))]]) }, which, index, today, true) ?? []);
  if (matching.length === 0 || own.some((o) => o.length === 0)) return null;
  const elsewhen = own.flat().filter((f) => !matching.includes(f));
  if (elsewhen.length === 0 && ownPicksDisagree(plan, which, matching, index, today)) return { kind: "none", reason: "no_match", scope };
  if (elsewhen.length === 0) return { kind: "check", yes: true, matching, atTime: [], otherTimes: [], related: [], scope, closed: plan.relation.closed };
  return { kind: "check", yes: false, matching: [], atTime: matching, otherTimes: elsewhen, related: [], scope, closed: true, refutedByDetail: true };
}

/**
 * "Did Zannier serve as SG from 2011 to 2020?": a span claimed by both its ends is No where what the
 * named one held (its terms joined) did not begin in the first year and end in the last.
 */
const MONTH = 31;

export function spanClaimRefuted(plan: QueryPlan, matching: Fact[], scope: TimeScope, index: FactIndex, today: number): Outcome | null {
  if (!plan.spanClaimed || scope.kind !== "query" || plan.relation.time === "events" || plan.bindings.size === 0 || matching.length === 0) return null;
  const held = matching.filter((f) => f.validity);
  if (held.length === 0) return null;
  const start = Math.min(...held.map((f) => possibleStart(f.validity!)));
  const end = Math.max(...held.map((f) => possibleEnd(f.validity!, today)));
  // ("only for the first half of 2010": within one year, the months said, give or take one.)
  const withinYear = yearOf(scope.time.start) === yearOf(scope.time.end) && scope.time.end - scope.time.start < 330;
  // ("Did Kurz stay CiO until the end of 2017?": No — and who held it after him, within the time named.)
  const after = held.length === 1 && plan.relation.time === "exclusive" ? successorOf(held[0]!, index, today) : undefined;
  const heldAfter = after?.validity && possibleStart(after.validity) <= scope.time.end ? [after] : [];
  if (withinYear) return start >= scope.time.start - MONTH && end <= scope.time.end + MONTH ? null : { kind: "check", yes: false, matching: [], atTime: [...held, ...heldAfter], otherTimes: [], related: [], scope, closed: true, refutedByDetail: true };
  if (yearOf(start) === yearOf(scope.time.start) && yearOf(end) === yearOf(scope.time.end)) return null;
  return { kind: "check", yes: false, matching: [], atTime: held, otherTimes: [], related: [], scope, closed: true, refutedByDetail: true };
}

/**
 * "Helga Schmid, Secretary General until 2025": a claim of when a span ended, not that it held at some
 * time up to then. Spans that ended outside the time named refute it.
 */
export function endClaimRefuted(matching: Fact[], scope: TimeScope, index: FactIndex, today: number): Outcome | null {
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
export function onlyInSinceYear(matching: Fact[], scope: TimeScope, today: number, index: FactIndex): Outcome | null {
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
export function onlyAtYearsEdge(plan: QueryPlan, matching: Fact[], index: FactIndex, scope: TimeScope, today: number): Outcome | null {
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
/**
 * "Astana has been the capital since 1998": of a one-at-a-time post, held since a year only with no
 * break — where another held it in between (Nur-Sultan, 2019–2022), No, with who held it then.
 */
export function sinceInterrupted(plan: QueryPlan, matching: Fact[], index: FactIndex, scope: TimeScope, today: number): Outcome | null {
  if (plan.relation.time !== "exclusive" || plan.anyTimeSince || scope.kind !== "query" || scope.time.mode !== "since" || matching.length < 2 || !matching.every((f) => f.validity)) return null;
  const held = [...matching].sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  const breaks = held.slice(1).filter((f, i) => possibleStart(f.validity!) > possibleEnd(held[i]!.validity!, today) + EDGE_DAYS && possibleStart(f.validity!) > scope.time.start);
  if (breaks.length === 0) return null;
  const between = breaks.map((f) => successorOf(held[held.indexOf(f) - 1]!, index, today)).filter((f): f is Fact => !!f && !matching.includes(f));
  if (between.length === 0) return null;
  const said = [...held, ...between].sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!)).map((f) => renderFact(f, {}, { today }));
  return { kind: "derived", text: `No, not without a break. ${said.join(" ")}`, facts: [...held, ...between], scope };
}

/**
 * "Has Nazarbayev been president since 1990?": held since a time is held up to now — where what is
 * named ended before today, No, with who held it after (of a one-at-a-time post).
 */
export function sinceEnded(plan: QueryPlan, matching: Fact[], index: FactIndex, scope: TimeScope, today: number): Outcome | null {
  if (plan.relation.time === "events" || !plan.heldToNow || scope.kind !== "query" || scope.time.mode !== "since" || matching.length === 0 || !matching.every((f) => f.validity)) return null;
  const latest = matching.reduce((a, b) => (possibleEnd(b.validity!, today) > possibleEnd(a.validity!, today) ? b : a));
  if (possibleEnd(latest.validity!, today) >= today - EDGE_DAYS) return null;
  const next = plan.relation.time === "exclusive" ? successorOf(latest, index, today) : undefined;
  const said = [latest, ...(next ? [next] : [])].map((f) => renderFact(f, {}, { today }));
  return { kind: "derived", text: `No, not now. ${said.join(" ")}`, facts: [latest, ...(next ? [next] : [])], scope };
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
