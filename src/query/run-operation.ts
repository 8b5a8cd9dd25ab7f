/**
 * Runs the operations a reading can ask beyond looking a fact up (understand/operation.ts): rank,
 * ordinal, duration, compare, difference, repeated, future, end. Each works on the facts the plan's
 * bindings select and answers with the facts it used; with nothing to work on it answers nothing.
 */
import type { Entity, Fact, Role } from "../facts/model.js";
import { valueKey } from "../facts/value-key.js";
import { stem } from "../text/stem.js";
import { tokens } from "../text/normalise.js";
import { dayNumber, formatDay, yearOf } from "../time/days.js";
import type { TimeQuery } from "../time/parse-time.js";
import { FAR_PAST, certainSpan, possibleEnd, possibleStart } from "../time/validity.js";
import { formatBound } from "../time/bound.js";
import type { Operation } from "../understand/operation.js";
import type { QueryPlan } from "../understand/match.js";
import { joinList, renderFact, roleText } from "../compose/render-fact.js";
import { beganIn, factsFor, factsOfBothNames, hasBindings, inScope, mainKey, none, turnOfTheTime, withName, type Outcome, type TimeScope } from "./execute.js";
import type { FactIndex } from "./fact-index.js";
import { factTextStems } from "../understand/relation-profile.js";
import { almostWholeYears, finals, lengthText, spanDays, spanLengthText, spanRange } from "./span-length.js";
import { checkLength } from "./length-claim.js";
import { handoverGap } from "./handover-gap.js";
import { withoutBesides } from "./narrow-facts.js";
import { nextTo } from "./since-previous.js";
import { firstAmongListed } from "./listed-from-start.js";

interface Run {
  index: FactIndex;
  today: number;
  scope: TimeScope;
}

export function runOperation(op: Operation, plan: QueryPlan, run: Run): Outcome {
  switch (op.kind) {
    case "rank":
      return op.by === "value" ? rankByValue(plan, run, op.role!, op.direction, op.nth, !!op.withinEvent) : op.by === "duration" ? rankByDuration(plan, run, op.direction) : rankByCount(plan, run, op.direction);
    case "ordinal":
      return ordinal(plan, run, op.n, !!op.fromEnd, !!op.own);
    case "duration":
      return durations(plan, run, !!op.toTheDay);
    case "compare":
      return sideBySide(plan, run, op.role, "compare", op.claim, op.byFigure, op.pick, op.nth);
    case "difference":
      return op.own ? ownDifference(plan, run, op.picks) : sideBySide(plan, run, op.role, "difference", undefined, undefined, undefined, 1, op.ordered, op.trend);
    case "repeated":
      return repeated(plan, run);
    case "future":
      return future(plan, run);
    case "end":
      return ends(plan, run, !!op.toTheDay);
    case "elapsed":
      return elapsed(plan, run);
    case "throughout":
      return throughout(plan, run);
    case "length_claim":
      return checkLength(plan, run.index, run.today, ALL, op.claim);
    case "exact":
      // execute() answers these itself, refusing facts dated less finely than a day.
      return nothing(plan, run);
  }
}

const ALL: TimeScope = { kind: "all" };
const derived = (text: string, facts: Fact[], scope: TimeScope): Outcome => ({ kind: "derived", text, facts, scope });
const nothing = (plan: QueryPlan, run: Run, scope = run.scope): Outcome => none(plan.relation, run.index, scope, run.today);

function figure(f: Fact, role: Role): number | null {
  const v = (f.values.get(role.name) ?? [])[0];
  const n = v && v.kind === "number" ? parseFloat(String(v.value)) : NaN;
  return Number.isFinite(n) ? n : null;
}

/** The facts an operation works on: of both names where two are compared. */
// ("Apart from the 2007 clean sweep, in which election …": what "besides" leaves out is no operand.)
const operands = (plan: QueryPlan, run: Run, scope: TimeScope): Fact[] =>
  bothNamesHaveFacts(plan, run) ? withoutBesides(factsOfBothNames(plan, run.index, run.today, scope), plan, run.today) : [];

/**
 * Where two names are compared, whether the relation has facts of each: "who held the foreign
 * ministry longer, Tazhin or Saudabayev?" read as a relation with only Saudabayev in it must not
 * make him the longer by default.
 */
function bothNamesHaveFacts(plan: QueryPlan, run: Run): boolean {
  const c = plan.compare;
  return !c || [c.first, c.second].every((e) => factsFor(withName(plan, c.role, e), run.index, run.today, ALL).length > 0);
}

/**
 * What one ranking takes in: the relation's facts and those of the relations declared `ranked_with`
 * it (the other parties of an election rank after its winner, kept in another relation), with the
 * names the question binds where those relations have the role.
 */
/**
 * The facts one ranking covers: this relation's and those of the relations ranked with it. Within an
 * event (the runner-up) also those ranked below it: the winner is here, second place there.
 */
function rankedOperands(plan: QueryPlan, run: Run, scope: TimeScope, withinEvent: boolean): Fact[] {
  const out = operands(plan, run, scope);
  for (const id of withinEvent ? [...plan.relation.rankedWith, ...plan.relation.rankedBelow] : plan.relation.rankedWith) {
    const relation = run.index.facts(id)[0]?.relation;
    if (!relation) continue;
    const bindings = new Map([...plan.bindings].filter(([role]) => relation.roles.some((r) => r.name === role)));
    if (bindings.size < plan.bindings.size) continue;
    out.push(...operands({ ...plan, relation, bindings }, run, scope));
  }
  return out;
}

/** A question without a time ranks over all time; with one, within it. */
const rankScope = (plan: QueryPlan, run: Run): TimeScope => (plan.time ? run.scope : ALL);

/** "Of the 2012, 2016 and 2021 elections, which …": with several times named, the facts of each, once. */
function overEachTime(plan: QueryPlan, run: Run, scope: TimeScope, collect: (scope: TimeScope) => Fact[]): Fact[] {
  if (plan.times.length < 2) return collect(scope);
  const facts = plan.times.flatMap((time) => collect({ kind: "query", time }));
  return [...new Map(facts.map((f) => [f.id, f])).values()];
}

function rankByValue(plan: QueryPlan, run: Run, role: Role, direction: "max" | "min", nth: number, withinEvent: boolean): Outcome {
  const scope = rankScope(plan, run);
  const ranked = finals(overEachTime(plan, run, scope, (s) => rankedOperands(plan, run, s, withinEvent)));
  // Another relation's fact without the figure ("votes" of a winner kept only with a share) leaves a
  // place of the ranking unknown: no answer rather than a ranking that skips it.
  if (ranked.some((f) => f.relation !== plan.relation && figure(f, role) === null)) return nothing(plan, run, scope);
  let facts = ranked.filter((f) => figure(f, role) !== null);
  if (withinEvent) {
    // A runner-up is second within one event (one election), never across events.
    const events = new Set(facts.map((f) => (f.validity ? possibleStart(f.validity) : 0)));
    if (events.size !== 1) return nothing(plan, run, scope);
  }
  const values = [...new Set(facts.map((f) => figure(f, role)!))].sort((a, b) => (direction === "max" ? b - a : a - b));
  const target = values[nth - 1];
  if (target === undefined) return nothing(plan, run, scope);
  facts = facts.filter((f) => figure(f, role) === target);
  const extreme = direction === "max" ? "highest" : "lowest";
  const label = withinEvent ? "In second place" : nth > 1 ? `The ${ordinalText(nth)}-${extreme} ${role.name}` : `The ${extreme} ${role.name}`;
  return derived(`${label}${withinListed(plan, ranked, scope)}: ${facts.map((f) => renderFact(f)).join(" ")}`, facts, scope);
}

/**
 * "the lowest share": of a relation whose earliest facts are not in the table (`missing_earliest`),
 * ranked over all time, only among those listed — said with the year the list starts, never as of all.
 * (A named one's own are ranked whole: Nur Otan's results, from its first election in 2007.)
 */
function withinListed(plan: QueryPlan, ranked: Fact[], scope: TimeScope): string {
  if (!plan.relation.missingEarliest || scope.kind !== "all" || plan.bindings.has(plan.relation.mainRole.name)) return "";
  const starts = ranked.filter((f) => f.validity).map((f) => yearOf(possibleStart(f.validity!)));
  return starts.length ? ` in my fact table, which lists them from ${Math.min(...starts)} (earlier ones are not in it)` : "";
}

function rankByDuration(plan: QueryPlan, run: Run, direction: "max" | "min"): Outcome {
  const scope = rankScope(plan, run);
  // A term still running has no length yet to be the shortest.
  const facts = finals(overEachTime(plan, run, scope, (s) => operands(plan, run, s))).filter((f) => spanDays(f, run.today) !== null && (direction === "max" || (f.validity as { to: unknown }).to));
  if (!facts.length) return nothing(plan, run, scope);
  // Every span the table's dates cannot rule out: a term dated only by year may be the longest or not.
  // (Within a time asked — "CiO for most of 2003" — only the part of each span inside it counts.)
  // ("the longest since 1997": from then to today — Almaty's 68 years as the capital end in 1997.)
  const within = scope.kind === "query" ? windowOf(scope.time, run.today) : null;
  const clip = ([lo, hi]: [number, number], f: Fact): [number, number] => {
    if (!within || f.validity?.kind !== "span" || !f.validity.from) return [lo, hi];
    const inside = (from: number, to: number) => Math.max(0, Math.min(to, within.end) - Math.max(from, within.start));
    const end = possibleEnd(f.validity, run.today);
    return [inside(f.validity.from.last, f.validity.to ? f.validity.to.first : end), inside(f.validity.from.first, end)];
  };
  // (One fact in the time asked ranks nothing: "who chaired for most of 2017" is then a plain question.)
  if (within && facts.length < 2) return nothing(plan, run, scope);
  const picked = pickedByLength(facts, facts.map((f) => clip(spanRange(f, run.today)!, f)), direction);
  // ("which SG served the shortest in the 1990s?": over years, only the part inside them, or each whole
  // term — where the two pick differently, which is meant is not said.)
  const overYears = within !== null && within.mode === "at" && within.end - within.start > 366;
  if (overYears && !sameFacts(picked, pickedByLength(facts, facts.map((f) => spanRange(f, run.today)!), direction))) return nothing(plan, run, scope);
  const label = `${direction === "max" ? "The longest" : "The shortest"}${within ? (/^(?:since|before|after|until|from|between)\b/.test(within.label) ? ` ${within.label}` : ` in ${within.label}`) : ""}`;
  return derived(`${durationVerdict(plan, picked)}${label}: ${picked.map((f) => `${renderFact(f).replace(/\.$/, "")} (${spanLengthText(f, run.today)}).`).join(" ")}`, picked, scope);
}

/** Terms this many days apart in length are as long as each other: a leap year's extra day ranks nothing. */
const SAME_LENGTH_DAYS = 3;

/** The facts whose possible lengths (least, most) may be the longest (or shortest) of all. */
function pickedByLength(facts: Fact[], ranges: Array<[number, number]>, direction: "max" | "min"): Fact[] {
  return direction === "max"
    ? facts.filter((_, i) => ranges[i]![1] >= Math.max(...ranges.map((r) => r[0])) - SAME_LENGTH_DAYS)
    : facts.filter((_, i) => ranges[i]![0] <= Math.min(...ranges.map((r) => r[1])) + SAME_LENGTH_DAYS);
}

function sameFacts(a: Fact[], b: Fact[]): boolean {
  return a.length === b.length && a.every((f) => b.includes(f));
}

/** The days a time asked covers, read with its mode: "since 1997" runs to today, "before 2000" from the start. */
function windowOf(time: TimeQuery, today: number): TimeQuery {
  if (time.mode === "since") return { ...time, end: Math.max(time.end, today) };
  if (time.mode === "after") return { ...time, start: time.end + 1, end: Math.max(time.end, today) };
  if (time.mode === "before") return { ...time, start: FAR_PAST, end: time.start - 1 };
  if (time.mode === "until") return { ...time, start: FAR_PAST };
  return time;
}

/** "Did Schmid serve longer than Greminger?": "Yes. " when the first name's term is the one picked, "No. " when the other's is. */
function durationVerdict(plan: QueryPlan, picked: Fact[]): string {
  const c = plan.compare;
  if (!plan.yesNo || !c || picked.length !== 1) return "";
  const holds = (e: Entity) => (picked[0]!.values.get(c.role) ?? []).some((v) => v.kind === "entity" && v.entity.id === e.id);
  return holds(c.first) ? "Yes. " : holds(c.second) ? "No. " : "";
}

/**
 * "Has Switzerland chaired more times than Austria?", "who chaired more often, A or B?": the two named
 * counted, each said — with "Yes" or "No" where asked — never the one most often of all.
 */
function countsOfTwo(plan: QueryPlan, groups: Fact[][], direction: "max" | "min", scope: TimeScope): Outcome {
  const { role, first, second } = plan.compare!;
  const of = (e: Entity) => groups.find((g) => (g[0]!.values.get(role) ?? []).some((v) => v.kind === "entity" && v.entity.id === e.id)) ?? [];
  const [a, b] = [of(first), of(second)];
  const said = (e: Entity, g: Fact[]) => `${e.name}: ${g.length} time${g.length === 1 ? "" : "s"}${g.length ? ` (${joinList(g.map((f) => yearLabel(f)))})` : ""}`;
  const firstWins = direction === "max" ? a.length > b.length : a.length < b.length;
  const ordered = firstWins || a.length === b.length ? [said(first, a), said(second, b)] : [said(second, b), said(first, a)];
  const tie = a.length === b.length ? `${direction === "max" ? "Most often" : "Least often"} (a tie, ${a.length} time${a.length === 1 ? "" : "s"} each) — ` : "";
  const verdict = `${plan.yesNo ? `${firstWins ? "Yes" : "No"}. ` : ""}${tie}`;
  return derived(`${verdict}${ordered.join("; ")}.`, [...a, ...b], scope);
}

function rankByCount(plan: QueryPlan, run: Run, direction: "max" | "min"): Outcome {
  const scope = rankScope(plan, run);
  const groups = new Map<string, Fact[]>();
  // (Only for "most": a city's `in` is today's country, and a list of the fewest would name Czechia for Prague 1992.)
  if (plan.countedPer) return rankPeriodsByCount(plan, run, direction, plan.countedPer, scope);
  const keyOf = direction === "max" && countryAskedOfCities(plan) ? (f: Fact) => countryOfCity(f, plan.relation.mainRole.name) : mainKey;
  for (const f of finals(overEachTime(plan, run, scope, (s) => operands(plan, run, s)))) (groups.get(keyOf(f)) ?? groups.set(keyOf(f), []).get(keyOf(f))!).push(f);
  if (plan.compare && keyOf === mainKey) return countsOfTwo(plan, [...groups.values()], direction, scope);
  if (groups.size < 2) return nothing(plan, run, scope);
  const counts = [...groups.values()].map((g) => g.length);
  const target = direction === "max" ? Math.max(...counts) : Math.min(...counts);
  // Each one once: none is "most often" ("the largest number of participating States" asks a total).
  if (direction === "max" && target === 1) return nothing(plan, run, scope);
  // Each one as often as every other: none is "least often" either.
  if (direction === "min" && target === Math.max(...counts)) return nothing(plan, run, scope);
  const picked = [...groups.values()].filter((g) => g.length === target);
  const said = (g: Fact[]) => (keyOf === mainKey ? roleText(g[0]!, plan.relation.mainRole.name) : placesIn(g, plan.relation.mainRole.name, run));
  const text = picked.map((g) => `${said(g)}: ${target} time${target === 1 ? "" : "s"} (${joinList(g.map((f) => yearLabel(f)))})`);
  const tie = picked.length > 1 ? ` (a tie, ${target} time${target === 1 ? "" : "s"} each)` : "";
  return derived(`${direction === "max" ? "Most often" : "Least often"}${tie} — ${text.join("; ")}.`, picked.flat(), scope);
}

/** "Which decade saw the most summits?": the facts counted per decade (or year) they began in; a tie is said as one. */
function rankPeriodsByCount(plan: QueryPlan, run: Run, direction: "max" | "min", per: "decade" | "year", scope: TimeScope): Outcome {
  const groups = new Map<number, Fact[]>();
  for (const f of finals(overEachTime(plan, run, scope, (s) => operands(plan, run, s)))) {
    if (!f.validity) return nothing(plan, run, scope);
    const year = yearOf(possibleStart(f.validity));
    const key = per === "decade" ? year - (year % 10) : year;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const counts = [...groups.values()].map((g) => g.length);
  // (Only the most: the fewest would leave out the periods with none, which the facts cannot show.)
  if (direction === "min" || groups.size < 2 || Math.max(...counts) === 1) return nothing(plan, run, scope);
  const target = Math.max(...counts);
  const picked = [...groups].filter(([, g]) => g.length === target).sort(([a], [b]) => a - b);
  const label = (key: number) => (per === "decade" ? `the ${key}s` : String(key));
  const named = (f: Fact) => [roleText(f, plan.relation.mainRole.name), yearLabel(f)].filter(Boolean).join(" ");
  // (A long group is its count and its first few: the answer stays pasteable.)
  const some = (g: Fact[]) => (g.length <= 6 ? joinList(g.map(named)) : `${g.slice(0, 4).map(named).join(", ")} and ${g.length - 4} more`);
  const text = picked.map(([key, g]) => `${label(key)}: ${target} (${some(g)})`);
  const tie = picked.length > 1 ? ` (a tie, ${target} each)` : "";
  const what = plan.relation.name;
  return derived(`Most ${what}${tie} — ${text.join("; ")}.`, picked.flatMap(([, g]) => g), scope);
}

/** "Which country hosted the most Ministerial Councils?" of a relation of cities: counted by the cities' countries. */
function countryAskedOfCities(plan: QueryPlan): boolean {
  return plan.askedType === "country" && plan.relation.mainRole.types.includes("city");
}

/** The country a fact's city lies in; a country, or a city the table places nowhere, is its own. */
function countryOfCity(f: Fact, role: string): string {
  return (f.values.get(role) ?? []).map((v) => (v.kind === "entity" ? (v.entity.in ?? v.entity.id) : "")).join("+");
}

/** "Austria (Vienna)": the country of a group of facts, with its cities. */
function placesIn(g: Fact[], role: string, run: Run): string {
  const country = run.index.entityById(countryOfCity(g[0]!, role));
  const cities = [...new Set(g.flatMap((f) => roleText(f, role) ?? []))];
  return country && country.type === "country" ? `${country.short ?? country.name} (${joinList(cities)})` : cities.join(", ");
}

/** Newsroom style (AP): first to ninth in words, 10th and on in figures. */
const ORDINAL_WORDS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const ordinalText = (n: number) => ORDINAL_WORDS[n] ?? `${n}${n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : n % 10 === 1 && n % 100 !== 11 ? "st" : "th"}`;

// A named period first: Italy's chairmanship from December 1993 is "1994", not "1993".
const yearLabel = (f: Fact) => f.period ?? (f.validity ? String(yearOf(possibleStart(f.validity))) : f.id);

function ordinal(plan: QueryPlan, run: Run, n: number, fromEnd: boolean, own: boolean): Outcome {
  if (plan.yesNo || plan.claim) return own ? ownOrdinalClaim(plan, run, n) : ordinalClaim(plan, run, n, fromEnd);
  const nth = nthFacts(plan, run, n, fromEnd, rankScope(plan, run));
  const found = nth.length ? nth : nthOfRelatedThen(plan, run, n, fromEnd);
  if (found.length) return { kind: "facts", facts: found, scope: ALL, asOfFallback: false };
  return (own && fewerThan(plan, run, n)) || nothing(plan, run, ALL);
}

/** "When did Kazakhstan chair for the second time?": in a complete list, the named one's own are fewer. */
function fewerThan(plan: QueryPlan, run: Run, n: number): Outcome | null {
  if (!plan.relation.closed || plan.bindings.size === 0 || plan.time) return null;
  const own = finals(factsFor(plan, run.index, run.today, ALL));
  if (own.length === 0 || own.length >= n) return null;
  const times = own.length === 1 ? "once" : own.length === 2 ? "twice" : `${own.length} times`;
  return derived(`Only ${times}: ${own.map((f) => renderFact(f)).join(" ")}`, own, ALL);
}

/**
 * "Who was the 2nd chair of the OSCE in 2008?": one chairmanship that year, but two chairpersons. Where
 * the facts of a time are fewer than n and nothing is named, the n-th of a related relation's facts then
 * (the ones an answer about that time names beside them) is the one meant.
 */
function nthOfRelatedThen(plan: QueryPlan, run: Run, n: number, fromEnd: boolean): Fact[] {
  const time = plan.time;
  if (!time || plan.bindings.size > 0) return [];
  for (const id of plan.relation.related) {
    const then = finals(run.index.between(id, time.start, time.end, run.today)).filter((f) => f.validity && inScope(f, { kind: "query", time }, run.today));
    const dated = then.sort((a, b) => (fromEnd ? -1 : 1) * (possibleStart(a.validity!) - possibleStart(b.validity!)));
    const nth = dated[n - 1];
    if (nth && dated.filter((f) => possibleStart(f.validity!) === possibleStart(nth.validity!)).length === 1) return [nth];
  }
  return [];
}

/**
 * An ordinal the facts state ("18th"), else the n-th by start date within `scope` ("the second CiO
 * of 2018"); a tie at that place is no answer.
 */
function nthFacts(plan: QueryPlan, run: Run, n: number, fromEnd: boolean, scope: TimeScope): Fact[] {
  const facts = finals(factsFor(plan, run.index, run.today, ALL));
  const stated = facts.filter((f) => statedOrdinal(f) !== null);
  if (stated.length && !fromEnd) return stated.filter((f) => statedOrdinal(f) === n);
  // Counting by date is only meaningful where one fact follows another (chairs, summits, elections,
  // the names one office had in turn), and from the start only where the list has its earliest.
  if (!fromEnd && !firstAmongListed(plan, run.index, scope)) return [];
  const dated = facts.filter((f) => f.validity && inScope(f, scope, run.today)).sort((a, b) => (fromEnd ? -1 : 1) * (possibleStart(a.validity!) - possibleStart(b.validity!)));
  if (plan.relation.time === "states" && (plan.bindings.size === 0 || !oneAfterAnother(dated))) return [];
  if (plan.ordinalOfTurns && plan.bindings.size > 0) return turnsOf(dated, fromEnd, run.today)[n - 1] ?? [];
  if (plan.ordinalOfPeople) return nthPerson(dated, n);
  const nth = dated[n - 1];
  // Several began the same day: which of them is "the n-th" the table cannot say.
  const tied = nth ? dated.filter((f) => possibleStart(f.validity!) === possibleStart(nth.validity!)) : [];
  return nth && tied.length === 1 ? [nth] : [];
}

/** Facts whose spans never overlap: each began once the one before it ended ("the second name of the office in Kazakhstan"). */
// (By the days each surely held: "to March 2019" then "from March 2019" is one after the other.)
function oneAfterAnother(facts: Fact[]): boolean {
  const byStart = [...facts].sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  return byStart.every((f, i) => i === 0 || certainSpan(byStart[i - 1]!.validity!)[1] <= certainSpan(f.validity!)[0]);
}

/** Of facts in order, the first fact of the n-th person to appear in them (none where a fact names no one person). */
function nthPerson(dated: Fact[], n: number): Fact[] {
  const firsts = new Map<string, Fact>();
  for (const f of dated) {
    const people = [...f.values.values()].flat().filter((v) => v.kind === "entity" && v.entity.type === "person");
    if (people.length !== 1) return [];
    const id = (people[0] as { entity: { id: string } }).entity.id;
    if (!firsts.has(id)) firsts.set(id, f);
  }
  const nth = [...firsts.values()][n - 1];
  return nth ? [nth] : [];
}

/**
 * The facts in turns: each fact that begins within a month of the one before it ends follows on it
 * ("Finland's first chairmanship" is Kanerva's and Stubb's, 2008). `dated` is in order, latest first where `fromEnd`.
 */
function turnsOf(dated: Fact[], fromEnd: boolean, today: number): Fact[][] {
  const turns: Fact[][] = [];
  for (const f of fromEnd ? [...dated].reverse() : dated) {
    const turn = turns.at(-1);
    const last = turn?.at(-1);
    if (turn && last && possibleStart(f.validity!) - possibleEnd(last.validity!, today) <= 31) turn.push(f);
    else turns.push([f]);
  }
  return fromEnd ? turns.reverse() : turns;
}

/**
 * "Switzerland is chairing for the third time in 2026": the n-th of the named one's own facts, checked
 * against the time the claim gives it. "Did Greminger get a second term?": with no n-th, "No" only where
 * the list is complete. Nothing named, nothing to check.
 */
function ownOrdinalClaim(plan: QueryPlan, run: Run, n: number): Outcome {
  if (plan.bindings.size === 0) return nothing(plan, run, ALL);
  const nth = nthFacts(plan, run, n, false, ALL);
  if (nth.length === 0) {
    const own = plan.relation.closed ? finals(factsFor(plan, run.index, run.today, ALL)) : [];
    return own.length && own.length < n ? derived(`No. ${own.map((f) => renderFact(f)).join(" ")}`, own, ALL) : nothing(plan, run, ALL);
  }
  // "Is 2026 Switzerland's second chairmanship?": No, the 3rd — with all of them, in order.
  const own = finals(factsFor(plan, run.index, run.today, ALL)).filter((f) => f.validity).sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  // ("Switzerland, chairing for a third time — which years?": the "Yes" says every one counted.)
  if (!plan.time) return own.includes(nth[0]!) ? derived(`Yes: ${roleText(own[0]!, plan.relation.mainRole.name)} (${joinList(own.map(yearLabel))}).`, own, ALL) : { kind: "check", yes: true, matching: nth, atTime: [], otherTimes: [], related: [], scope: ALL, closed: plan.relation.closed };
  const at = own.findIndex((f) => inScope(f, { kind: "query", time: plan.time! }, run.today));
  const verdict = nth.some((f) => own.indexOf(f) === at) ? "Yes" : at >= 0 ? `No, the ${ordinalText(at + 1)}` : "No";
  return derived(`${verdict}: ${roleText(own[0]!, plan.relation.mainRole.name)} (${joinList(own.map(yearLabel))}).`, own, ALL);
}

/**
 * "Was Astana the sixth summit?", "Astana hosted the seventh OSCE summit, in 2010.": the n-th of all
 * is found first, then checked against the names (and the time) the claim gives it.
 */
function ordinalClaim(plan: QueryPlan, run: Run, n: number, fromEnd: boolean): Outcome {
  // (The claim's time is a detail it claims, not where to count: "the 56th participating State in 2012".)
  const nth = nthFacts({ ...plan, bindings: new Map() }, run, n, fromEnd, ALL);
  if (nth.length === 0 || plan.bindings.size === 0) return nothing(plan, run, ALL);
  const claimed: TimeScope = plan.time ? { kind: "query", time: plan.time } : ALL;
  // ("Montenegro became the 56th in 2008": a starting verb claims the year it began, not a year it held.)
  const atClaimedTime = (f: Fact) => !!f.validity && (plan.starting && plan.time ? beganIn(f, plan.time) : inScope(f, claimed, run.today));
  if (nth.some((f) => hasBindings(f, plan.bindings) && atClaimedTime(f)))
    return { kind: "check", yes: true, matching: nth, atTime: [], otherTimes: [], related: [], scope: ALL, closed: plan.relation.closed };
  const named = finals(factsFor(plan, run.index, run.today, ALL)).filter((f) => !nth.includes(f));
  // ("Kubiš was the second SG": No — and which he was, counted the same way, where it is one place.)
  const place = named.length === 1 && !fromEnd ? placeOf(named[0]!, plan, run) : null;
  const verdict = place ? `No, the ${ordinalText(place)}` : "No";
  return derived(`${verdict}. ${[...nth, ...named].map((f) => renderFact(f)).join(" ")}`, [...nth, ...named], ALL);
}

/** The place of one fact in the order the n-th is counted in: its stated ordinal, else by start among all; null where a tie leaves it open. */
function placeOf(fact: Fact, plan: QueryPlan, run: Run): number | null {
  const stated = statedOrdinal(fact);
  if (stated !== null) return stated;
  // (A list missing its earliest facts counts no place from its start.)
  if (plan.relation.time === "states" || plan.relation.missingEarliest || !fact.validity) return null;
  const all = finals(factsFor({ ...plan, bindings: new Map() }, run.index, run.today, ALL)).filter((f) => f.validity);
  const start = possibleStart(fact.validity);
  const before = all.filter((f) => possibleStart(f.validity!) < start).length;
  const tied = all.filter((f) => possibleStart(f.validity!) === start).length;
  return tied === 1 ? before + 1 : null;
}

function statedOrdinal(f: Fact): number | null {
  for (const role of f.relation.roles)
    for (const v of f.values.get(role.name) ?? []) {
      const m = v.kind === "text" ? /^(\d+)(st|nd|rd|th)$/.exec(v.text.trim()) : null;
      if (m) return Number(m[1]);
    }
  return null;
}

/**
 * "How long had Kubiš been SG by December 2001?" — and, asked as of a day ("… when he was reappointed"),
 * up to that day: the length up to then, or nothing where he was not yet. Null where the question
 * names no time and the term had ended by today (the whole term is said).
 */
function lengthUpToThen(plan: QueryPlan, run: Run, facts: Fact[]): Outcome | null {
  const time = plan.time;
  // (An event's span is the event, whole: "how long had he ruled, per Bloomberg?" is its report's "since 1989".)
  if (plan.relation.time === "events" || (time && time.mode !== "at" && time.mode !== "until")) return null;
  // ("… as of January 2026", asked on the 15th: up to today.)
  const until = Math.min(time ? time.end : run.today, run.today);
  const upTo = lengthUntil(facts, until, time?.label ?? formatDay(until), run.today);
  if (upTo) return upTo;
  return time || facts.every((f) => possibleStart(f.validity!) > until) ? nothing(plan, run, ALL) : null;
}

/** One term's length from its start to a day within it; null where there are several, or it had not begun. */
function lengthUntil(facts: Fact[], until: number, label: string, today: number): Outcome | null {
  const [f] = facts;
  if (facts.length !== 1 || !f?.validity || possibleStart(f.validity) > until || possibleEnd(f.validity, today) < until) return null;
  const days = until - possibleStart(f.validity) + 1;
  return derived(`${renderFact(f).replace(/\.$/, "")}; by ${label}: about ${lengthText(days)}${almostWholeYears(days)}.`, facts, ALL);
}

/** One term's length from a day within it to its end; null where there are several, or it ended by then. */
function lengthFrom(facts: Fact[], from: number, label: string, today: number): Outcome | null {
  const [f] = facts;
  if (facts.length !== 1 || !f?.validity || possibleEnd(f.validity, today) <= from) return null;
  const days = possibleEnd(f.validity, today) - from + 1;
  return derived(`${renderFact(f).replace(/\.$/, "")}; ${label}: about ${lengthText(days)}${almostWholeYears(days)}.`, facts, ALL);
}

function durations(plan: QueryPlan, run: Run, toTheDay: boolean): Outcome {
  // ("How long did the 1975 Helsinki summit last?": of the event at the time said. Of a term, a time
  // asks a length up to then — "how long had he ruled by March 2012?" — which this is not: the
  // whole terms that overlap the time, or all terms when none does.)
  const at = plan.relation.time === "events" ? rankScope(plan, run) : ALL;
  const facts = termsAt(plan, run, finals(factsFor(plan, run.index, run.today, at)).filter((f) => spanDays(f, run.today) !== null));
  if (!facts.length || facts.length > 4 || plan.bindings.size === 0) return nothing(plan, run, ALL);
  // ("How long did Almaty remain the capital after the 1994 decision?": a length counted from a time
  // the term began before is counted from that time, not the term's whole length.)
  // ("after 1994" counts from 1995; "since 1994" from its first day.)
  const from = plan.time?.mode === "after" ? plan.time.end + 1 : plan.time?.mode === "since" ? plan.time.start : null;
  const upTo = plan.upToThen ? lengthUpToThen(plan, run, facts) : null;
  if (upTo) return upTo;
  // ("How long was Nazarbayev's term after the 2011 election?" asks of a term, which these facts do not hold.)
  if (from !== null && facts.some((f) => possibleStart(f.validity!) < from)) return (plan.contentStems.includes("term") ? null : lengthFrom(facts, from, plan.time!.label, run.today)) ?? nothing(plan, run, ALL);
  if (toTheDay) {
    // "Exactly how many days …" of a term known only to the month: say what is known, count nothing.
    if (facts.some((f) => spanRange(f, run.today)![0] !== spanRange(f, run.today)![1])) return { kind: "none", reason: "imprecise", scope: ALL, facts };
    return derived(facts.map((f) => `${renderFact(f).replace(/\.$/, "")}: ${spanDays(f, run.today)} days, counting both the first and the last day.`).join(" "), facts, ALL);
  }
  return derived(facts.map((f) => `${renderFact(f).replace(/\.$/, "")}: ${spanLengthText(f, run.today)}.`).join(" "), facts, ALL);
}

/** Of terms, those that overlap the plan's time ("how long was the post vacant in 2024?"). */
function termsAt(plan: QueryPlan, run: Run, facts: Fact[]): Fact[] {
  if (plan.relation.time === "events" || !plan.time) return facts;
  const overlapping = facts.filter((f) => inScope(f, run.scope, run.today));
  return overlapping.length ? overlapping : facts;
}

/** The two things compared: the plan's two times, or its two entities of one role. */
function twoSides(plan: QueryPlan, run: Run, nth = 1): [Fact, Fact] | null {
  const pickOne = (facts: Fact[]) => {
    const f = finals(facts).filter((x) => x.validity);
    return f.length === 1 ? f[0]! : null;
  };
  const times = plan.times.length === 1 ? rangeEnds(plan.times[0]!) : plan.times;
  const c = plan.compare;
  if (times.length === 2) {
    // "Nazarbayev in 2005 or Tokayev in 2022": each name with its own time, in the order written.
    const at = (t: TimeQuery, e?: Entity) => pickOne(factsFor(c && e ? withName(plan, c.role, e) : plan, run.index, run.today, { kind: "query", time: t }));
    const a = at(times[0]!, c?.first);
    const b = at(times[1]!, c?.second);
    return a && b && a !== b ? [a, b] : null;
  }
  if (!c) return null;
  const earliest = (e: Entity) => {
    const facts = turnOfTheTime(finals(factsFor(withName(plan, c.role, e), run.index, run.today, ALL)).filter((f) => f.validity), plan, run.today);
    const sorted = facts.sort((x, y) => possibleStart(x.validity!) - possibleStart(y.validity!));
    return (nth === -1 ? sorted.filter((f) => possibleStart(f.validity!) <= run.today).at(-1) : sorted[nth - 1]) ?? null;
  };
  const a = earliest(c.first);
  const b = earliest(c.second);
  return a && b ? [a, b] : null;
}

/** "from 2019 to 2022" compared: its first and its last year. */
function rangeEnds(t: TimeQuery): TimeQuery[] {
  if (t.grain !== "range" || yearOf(t.start) === yearOf(t.end)) return [t];
  const year = (y: number): TimeQuery => ({ ...t, grain: "year", start: dayNumber(y), end: dayNumber(y, 12, 31), label: String(y) });
  return [year(yearOf(t.start)), year(yearOf(t.end))];
}

/** " percentage points" of shares; " seats" of a count named by a plural ("1 seat"); nothing otherwise. */
function unitOf(role: Role, n: number): string {
  if (role.types.includes("percent")) return " percentage points";
  return /^[a-z]+s$/.test(role.name) ? ` ${n === 1 ? role.name.slice(0, -1) : role.name}` : "";
}

function sideBySide(plan: QueryPlan, run: Run, role: Role | null, kind: "compare" | "difference", claim?: "greater" | "lesser", byFigure?: boolean, pick?: "earlier" | "later", nth = 1, ordered = false, trend?: "up" | "down" | "either"): Outcome {
  const sides = twoSides(plan, run, nth);
  if (!sides) return nothing(plan, run, ALL);
  const [a, b] = sides;
  const both = `${renderFact(a)} ${renderFact(b)}`;
  const va = role ? figure(a, role) : null;
  const vb = role ? figure(b, role) : null;
  if (role && va !== null && vb !== null && (plan.times.length >= 1 || !plan.asked || plan.asked === role)) {
    if (kind === "difference") return derived(`${trendVerdict(a, b, va, vb, trend)}A difference of ${round(Math.abs(vb - va))}${unitOf(role, Math.abs(vb - va))}: ${both}`, [a, b], ALL);
    // "Was the share higher in 2005 than in 2011?": a claim about the first side, answered yes or no.
    if (claim && plan.yesNo) return derived(`${(claim === "greater" ? va > vb : va < vb) ? "Yes" : "No"}. ${both}`, [a, b], ALL);
    if (va === vb) return derived(`The same: ${both}`, [a, b], ALL);
    // ("the CSCE of 1975 or the OSCE of 1997": each side as asked, not the year its fact began.)
    const asked = plan.times.length === 1 ? rangeEnds(plan.times[0]!) : plan.times;
    const label = (f: Fact) => (asked.length === 2 ? `in ${asked[f === a ? 0 : 1]!.label}` : sideName(f, plan));
    const [high, low] = va > vb ? [a, b] : [b, a];
    // ("Was the 1999 result above or below the 2005 one?": the word asked, of the first named.)
    const said = plan.choiceWords ? `${capitalised(plan.choiceWords[va > vb ? 0 : 1])}. ` : "";
    return derived(`${said}Higher ${label(high)}, lower ${label(low)}: ${both}`, [a, b], ALL);
  }
  // "Was turnout higher in 2011 or 2015?" where one figure is "almost 90%": no number, no verdict.
  if (byFigure) return nothing(plan, run, ALL);
  const [sa, sb] = [possibleStart(a.validity!), possibleStart(b.validity!)];
  // ("was there a gap between Zannier and Greminger?": whether the post stood empty, not how far apart they began.)
  // (Of events, the time between is no answer to whether there was a gap.)
  if (kind === "difference" && plan.yesNo && plan.numbers.length === 0) {
    const gap = plan.relation.time === "exclusive" ? handoverGap(a, b) : null;
    return gap ? derived(gap, [a, b], ALL) : nothing(plan, run, ALL);
  }
  if (kind === "difference") return derived(`${ordered ? orderCorrected(plan, sa, sb) : ""}${apart(a, b)}: ${both}`, [a, b], ALL);
  if (sa === sb) return derived(`At the same time: ${both}`, [a, b], ALL);
  // "Which happened first: A or B?": the earlier one is the answer ("which came last": the later).
  if (pick) {
    const chosen = (sa < sb) === (pick === "earlier") ? a : b;
    return derived(renderFact(chosen), [chosen], ALL);
  }
  // Said of the first thing named: "Did Kazakhstan join before or after Estonia?" → "After".
  // ("… earlier or later than …?": the word asked.)
  const word = plan.choiceWords ? capitalised(plan.choiceWords[sa < sb ? 1 : 0]) : sa < sb ? "Before" : "After";
  return derived(`${word}: ${both}`, [a, b], ALL);
}

/**
 * "Did the share drop from 2016 to 2021?": "Yes. " or "No. ", by the later figure against the earlier;
 * "did it rise or fall …?": "It rose. " or "It fell. "; "" with no way asked.
 */
function trendVerdict(a: Fact, b: Fact, va: number, vb: number, trend?: "up" | "down" | "either"): string {
  if (!trend || !a.validity || !b.validity || va === vb) return "";
  const [earlier, later] = possibleStart(a.validity) <= possibleStart(b.validity) ? [va, vb] : [vb, va];
  if (trend === "either") return later > earlier ? "It rose. " : "It fell. ";
  return (trend === "down") === (later < earlier) ? "Yes. " : "No. ";
}

/** "How many years did Albania join after Estonia?" (it joined before): the order said is corrected first. */
function orderCorrected(plan: QueryPlan, sa: number, sb: number): string {
  if (!plan.order || sa === sb) return "";
  const wrong = plan.order === "after" ? sa < sb : sa > sb;
  return wrong ? `${plan.order === "after" ? "Before" : "After"}, not ${plan.order}. ` : "";
}

/**
 * "How many years between Finland's two chairmanships?": the time between the named one's two facts —
 * exactly two, else nothing. With picks ("Switzerland's first and third", "the first and the latest
 * summit"), those two in time order, of the named one or of all; each must be one fact.
 */
function ownDifference(plan: QueryPlan, run: Run, picks?: readonly [number, number]): Outcome {
  if (plan.bindings.size === 0 && !picks) return nothing(plan, run, ALL);
  const facts = finals(factsFor(plan, run.index, run.today, ALL)).filter((f) => f.validity);
  const starts = [...new Set(facts.map((f) => possibleStart(f.validity!)))].sort((a, b) => a - b);
  // ("the latest" is the latest begun by now, never one still to come.)
  const begun = starts.filter((d) => d <= run.today);
  const at = (n: number) => (n === -1 ? begun[begun.length - 1] : starts[n - 1]);
  const days = picks ? picks.map(at) : starts.length === 2 ? starts : [];
  if (days.length !== 2 || days[0] === undefined || days[1] === undefined || days[0] === days[1]) return nothing(plan, run, ALL);
  const sides = days.map((day) => facts.filter((f) => possibleStart(f.validity!) === day));
  if (sides.some((side) => side.length !== 1)) return nothing(plan, run, ALL);
  const [a, b] = [sides[0]![0]!, sides[1]![0]!];
  return derived(`${apart(a, b)}: ${renderFact(a)} ${renderFact(b)}`, [a, b], ALL);
}

/**
 * "About 16 years and 11 months apart (1975 to 1992: 17 years by the calendar)": the calendar years
 * too, which is what "how many years" often means — of the year a fact is known by ("the 1993
 * Chairmanship", taken over in December 1992).
 */
export function apart(a: Fact, b: Fact): string {
  const [from, to] = possibleStart(a.validity!) <= possibleStart(b.validity!) ? [a, b] : [b, a];
  const length = lengthText(possibleStart(to.validity!) - possibleStart(from.validity!));
  const year = (f: Fact) => (f.period && /^\d{4}$/.test(f.period) ? Number(f.period) : yearOf(possibleStart(f.validity!)));
  const years = year(to) - year(from);
  // ("decided in 1994": an event known only by its year happened sometime in it — no months to count.)
  if ([from, to].some(yearOnlyEvent)) return `About ${years} year${years === 1 ? "" : "s"} apart (${year(from)} to ${year(to)}, by the calendar)`;
  return length === `${years} years` || years < 2 ? `About ${length} apart` : `About ${length} apart (${year(from)} to ${year(to)}: ${years} years by the calendar)`;
}

/** An event dated only by its year ("decided in 1994"), not a state that holds through the year. */
function yearOnlyEvent(f: Fact): boolean {
  const v = f.validity!;
  const start = v.kind === "span" ? v.from : v.at;
  return f.relation.time === "events" && start?.precision === "year";
}

function sideName(f: Fact, plan: QueryPlan, capital = false): string {
  if (plan.times.length >= 1) return `in ${yearLabel(f)}`;
  const name = plan.compare ? roleText(f, plan.compare.role) : undefined;
  return name ?? (capital ? `The one of ${yearLabel(f)}` : `in ${yearLabel(f)}`);
}

const round = (x: number) => Math.round(x * 100) / 100;

/** "more than once since 1995", "… in the 2010s": a stretch of time said bounds what is counted; any other time (one year) does not. */
function stretchCounted(scope: TimeScope): TimeScope {
  if (scope.kind !== "query") return ALL;
  const { mode, grain } = scope.time;
  return mode !== "at" || grain === "decade" || grain === "range" ? scope : ALL;
}

function repeated(plan: QueryPlan, run: Run): Outcome {
  if (plan.compare) return repeatedOfEach(plan, run);
  const groups = new Map<string, Fact[]>();
  const stretch = stretchCounted(run.scope);
  for (const f of ofTheKindSaid(finals(factsFor(plan, run.index, run.today, stretch)), plan)) (groups.get(mainKey(f)) ?? groups.set(mainKey(f), []).get(mainKey(f))!).push(f);
  const list = (gs: Fact[][]) => joinList(gs.map((g) => `${roleText(g[0]!, plan.relation.mainRole.name)} (${joinList(g.map(yearLabel))})`));
  // ("Switzerland has chaired twice.": a claim of a count is checked as the question is.)
  if ((plan.yesNo || plan.claim) && plan.bindings.size && groups.size === 1) {
    const only = [...groups.values()];
    return derived(`${timesVerdict(only[0]!.length, plan.statedTimes, plan.claim || plan.stated)}: ${list(only)}.`, only.flat(), ALL);
  }
  // "Has Kazakhstan's capital been renamed more than once?": the named one's facts, whatever each is of —
  // or, named or not, the one thing all the facts are of ("has the capital been renamed only once?").
  const named = plan.bindings.size > 0 && !plan.bindings.has(plan.relation.mainRole.name);
  if (plan.yesNo && (named || (plan.bindings.size === 0 && ofOneThing([...groups.values()].flat()))) && groups.size > 1) {
    const all = [...groups.values()].flat().sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
    return derived(`${timesVerdict(all.length, plan.statedTimes, plan.claim || plan.stated)}: ${list(all.map((f) => [f]))}.`, all, ALL);
  }
  // ("which countries chaired more than twice": three times or more; "exactly twice": two; "three times": three or more.)
  const said = plan.statedTimes;
  const all = [...groups.values()].filter((g) => (said?.mode === "exact" ? g.length === said.n : g.length >= Math.max(2, said ? said.n : 2)));
  // ("Apart from Switzerland, which countries chaired three times?": the one named is left out — and said, where it was the only one.)
  const left = plan.besides?.entities ?? [];
  const many = all.filter((g) => !g.some((f) => [...f.values.values()].flat().some((v) => v.kind === "entity" && left.includes(v.entity.id))));
  const times = !said ? "More than once" : said.mode === "exact" ? `Exactly ${said.n === 1 ? "once" : `${said.n} times`}` : `${Math.max(2, said.n)} times or more`;
  const label = stretch.kind === "query" ? `${times} (${stretch.time.label})` : times;
  if (!many.length && all.length && left.length) return derived(`None other than the one named: only ${list(all)}, ${label.toLowerCase()}.`, all.flat(), ALL);
  if (!many.length) return nothing(plan, run, ALL);
  // "How many countries have chaired more than once?": how many, then which.
  if (plan.shape === "count") return derived(`${many.length}: ${list(many)}.`, many.flat(), ALL);
  return derived(`${label}: ${list(many)}.`, many.flat(), ALL);
}

/**
 * "Did Austria and Finland each chair more than once?": each name's own answer, and "Yes" only where
 * both say it — never the first name's answer alone.
 */
function repeatedOfEach(plan: QueryPlan, run: Run): Outcome {
  const { role, first, second } = plan.compare!;
  const each = [first, second].map((e) => repeated({ ...withName(plan, role, e), compare: null }, run));
  if (each.some((o) => o.kind !== "derived")) return nothing(plan, run, ALL);
  const said = each.map((o) => (o as { text: string }).text);
  const facts = each.flatMap((o) => (o as { facts: Fact[] }).facts);
  if (!plan.yesNo) return derived(said.join(" "), facts, ALL);
  const verdicts = said.map((t) => /^(Yes|No)\b/.exec(t)?.[1]);
  const verdict = verdicts.every((v) => v === "Yes") ? "Yes" : verdicts.includes("No") ? "No" : null;
  if (!verdict) return nothing(plan, run, ALL);
  return derived(`${verdict}. ${said.map((t) => t.replace(/^(?:Yes|No)\b[^:]*:\s*/, "")).join(" ")}`, facts, ALL);
}

/** Facts all of one thing: some role other than the main one holds the same single value in each (the capital's country). */
function ofOneThing(facts: Fact[]): boolean {
  const first = facts[0];
  if (!first) return false;
  const key = (f: Fact, role: string) => (f.values.get(role) ?? []).map(valueKey).join("|");
  return first.relation.roles.some((r) => r !== first.relation.mainRole && !r.literal && key(first, r.name) !== "" && facts.every((f) => key(f, r.name) === key(first, r.name)));
}

/** "Renamed more than once": the renamings, not the move — facts whose labels say a word of the question, where some do. */
export function ofTheKindSaid(facts: Fact[], plan: QueryPlan): Fact[] {
  // (A role's own word is no kind: "won seats" names the seats, not which results.)
  const roleWords = new Set(plan.relation.roles.flatMap((r) => r.cues.flatMap((c) => c.split(/\s+/))).map(stem));
  const kinds = plan.contentStems.filter((w) => !roleWords.has(w));
  const said = facts.filter((f) => kinds.some((w) => factTextStems(f, "labels").has(w)));
  return said.length ? said : facts;
}

/** "Has Switzerland chaired twice?" Yes, 3 times; "exactly twice": No, 3 times; "more than twice" of two: No, 2 times. */
function timesVerdict(n: number, said: QueryPlan["statedTimes"], claim: boolean): string {
  if (!said) return n > 1 ? "Yes" : "No";
  if (n === said.n) return "Yes";
  const times = n === 1 ? "once" : n === 2 ? "twice" : `${n} times`;
  // ("my draft says Switzerland has chaired twice": copy that says two of three is wrong; "did it chair twice?" is Yes, three times.)
  return n < said.n || said.mode === "exact" || (claim && said.mode === "plain") ? `No, ${times}` : `Yes, ${times}`;
}

/** From the start of the latest fact to the reference date: "About 16 years (since 2010): …". */
function elapsed(plan: QueryPlan, run: Run): Outcome {
  const facts = finals(factsFor(plan, run.index, run.today, ALL)).filter((f) => f.validity && possibleStart(f.validity) <= run.today);
  // ("how long since the last summit": a pick names which one, as a name does.)
  if (!facts.length || (plan.bindings.size === 0 && !plan.pick)) return nothing(plan, run, ALL);
  // "How long since Switzerland chaired?" in its 2026 chairmanship: since the last one that ended.
  const ended = facts.filter((f) => possibleEnd(f.validity!, run.today) < run.today);
  // ("how many years ago was Tokayev first elected": since the first, not the latest.)
  const named = plan.pick === "first"
    ? facts.reduce((a, b) => (possibleStart(b.validity!) < possibleStart(a.validity!) ? b : a))
    : (ended.length ? ended : facts).reduce((a, b) => (possibleStart(b.validity!) > possibleStart(a.validity!) ? b : a));
  // ("how many years since the summit before Astana": since the one next to the named one, in the order said.)
  const latest = plan.order && plan.bindings.size > 0 ? besideNamed(named, plan, run, plan.order) : named;
  if (!latest) return nothing(plan, run, ALL);
  // "since Nazarbayev was president" counts from the end of his term; "since he became president" from its start.
  const since = ended.includes(latest) && !plan.starting && latest.validity!.kind === "span" ? possibleEnd(latest.validity!, run.today) : possibleStart(latest.validity!);
  // ("How many years ago did Kazakhstan chair?" of a chairmanship dated only to its year, 2010: asked at
  // the end of 2022, twelve years — in years counted, never the days from its first day.)
  const v = latest.validity!;
  const wholeYear = v.kind === "single" && v.at.last - v.at.first >= 364 ? yearOf(v.at.first) : null;
  const length = wholeYear !== null ? `${yearOf(run.today) - wholeYear} years` : lengthText(run.today - since);
  return derived(`About ${length} as of ${formatDay(run.today)}: ${renderFact(latest)}`, [latest], ALL);
}

/** The fact of the relation right before or after the named one, in a relation where one follows another; null where none is. */
function besideNamed(named: Fact, plan: QueryPlan, run: Run, side: "before" | "after"): Fact | null {
  if (plan.relation.time === "states") return null;
  const all = finals(factsFor({ ...plan, bindings: new Map() }, run.index, run.today, ALL)).filter((f) => f.validity);
  const beside = nextTo(named, all, side);
  return beside && possibleStart(beside.validity!) <= run.today ? beside : null;
}

/** "Was Kanerva CiO the whole year?": Yes only if one fact covers all of it; else who held it when. */
function throughout(plan: QueryPlan, run: Run): Outcome {
  if (run.scope.kind !== "query") return nothing(plan, run);
  const time = run.scope.time;
  const facts = finals(factsFor(plan, run.index, run.today, run.scope));
  const covering = facts.filter((f) => f.validity && possibleStart(f.validity) <= time.start && possibleEnd(f.validity, run.today) >= time.end);
  if (!plan.yesNo && !(plan.operation?.kind === "throughout" && plan.operation.checked)) return covering.length ? { kind: "facts", facts: covering, scope: run.scope, asOfFallback: false } : nothing(plan, run);
  if (covering.length) return derived(`Yes, all of ${time.label}. ${covering.map((f) => renderFact(f)).join(" ")}`, covering, run.scope);
  if (!facts.length) return nothing(plan, run);
  // Who held it across that time, the named one included: the answer shows where the time was split.
  const main = plan.relation.mainRole.name;
  const all = finals(factsFor({ ...plan, bindings: new Map([...plan.bindings].filter(([role]) => role !== main)) }, run.index, run.today, run.scope));
  return derived(`No, not all of ${time.label}. ${all.map((f) => renderFact(f)).join(" ")}`, all, run.scope);
}

/** What is still to come; within the time named, if any ("which country will chair next year?"). */
function future(plan: QueryPlan, run: Run): Outcome {
  const scope = rankScope(plan, run);
  const facts = finals(factsFor(plan, run.index, run.today, scope)).filter((f) => f.validity && possibleStart(f.validity) > run.today);
  // "Will Kazakhstan chair again?": yes where the table already holds it; no record is no forecast.
  if (plan.yesNo && !plan.time) {
    return facts.length ? { kind: "check", yes: true, matching: facts, atTime: [], otherTimes: [], related: [], scope: ALL, closed: plan.relation.closed } : { kind: "none", reason: "no_match", scope: ALL };
  }
  return facts.length ? { kind: "facts", facts, scope, asOfFallback: false } : nothing(plan, run, scope);
}

function ends(plan: QueryPlan, run: Run, toTheDay: boolean): Outcome {
  const facts = finals(factsFor(plan, run.index, run.today, ALL)).filter((f) => f.validity?.kind === "span");
  if (!facts.length) return nothing(plan, run, ALL);
  // ("which SG left in September 2024?": no one named — those whose term ended in the time said, exactly.)
  if (plan.bindings.size === 0) {
    const ended = plan.time && !plan.yesNo && !plan.time.relative ? facts.filter((f) => endsWithin(f, plan.time!)) : [];
    return ended.length ? endsText(ended, run) : nothing(plan, run, ALL);
  }
  // "On what exact date did Höynck's term end?": an end known only to the month or year is not that day.
  const blurred = toTheDay ? facts.filter((f) => (f.validity as { to?: { precision: string } }).to?.precision !== "day" && (f.validity as { to?: unknown }).to) : [];
  if (blurred.length) return { kind: "none", reason: "imprecise", scope: ALL, facts: blurred };
  // (In a table that holds only some posts, a claimed end with none of them ending within a year of it
  // is about another post: "Nazarbayev resigned in March 2019" is not refuted by his Soviet-era posts.)
  if (plan.yesNo && plan.time)
    return plan.relation.closed || facts.some((f) => endsWithin(f, widened(plan.time!))) ? endedThen(facts, plan.time, run, plan.endSaid) : nothing(plan, run, ALL);
  // ("When did Nazarbayev step down in 2019?": of the ends of his posts, the one in the time said; where
  // none ended then, those within a year of it — the time said may be the reporter's slip: "resign in
  // 2018". Posts that ended decades before are no answer: "resigned in March 2019" is not his 1991 post.)
  if (!plan.time) return endsText(facts, run);
  const endedAtTime = facts.filter((f) => endsWithin(f, plan.time!));
  // (A time of the reporter's own — "for the weekend piece" — says nothing of which end.)
  if (!endedAtTime.length && plan.time.relative) return endsText(facts, run);
  const nearTime = endedAtTime.length ? endedAtTime : facts.filter((f) => endsWithin(f, widened(plan.time!)));
  return nearTime.length ? endsText(nearTime, run) : nothing(plan, run, ALL);
}

const YEAR_DAYS = 366;

/** The time said, a year wider on each side: a reporter's slip of a year still names that end. */
const widened = (time: TimeQuery): TimeQuery => ({ ...time, start: time.start - YEAR_DAYS, end: time.end + YEAR_DAYS });

/** "Until …: …" for each fact, or "Not ended as of …" */
function endsText(facts: Fact[], run: Run): Outcome {
  const text = facts.map((f) => {
    const v = f.validity as Extract<NonNullable<Fact["validity"]>, { kind: "span" }>;
    return v.to ? `Until ${formatBound(v.to)}: ${renderFact(f)}` : `Not ended as of ${formatDay(run.today)}: ${renderFact(f)}`;
  });
  return derived(text.join(" "), facts, ALL);
}

function notesEndOn(fact: Fact, day: string, endSaid: readonly string[]): boolean {
  const sentence = fact.note?.split(/(?<=[.;])\s+/).find((x) => x.includes(day));
  return !!sentence && endSaid.some((w) => tokens(sentence).some((t) => stem(t) === w));
}

const endOf = (f: Fact) => (f.validity as Extract<NonNullable<Fact["validity"]>, { kind: "span" }>).to;

/** A span's end falls in the time ("end before 2018": wholly before it; "after 2015": wholly after it; else within it). */
function endsWithin(f: Fact, time: TimeQuery): boolean {
  const to = endOf(f);
  if (!to) return false;
  return time.mode === "before" ? to.last < time.start : time.mode === "after" ? to.first > time.end : to.first <= time.end && to.last >= time.start;
}

/** "Did Zannier's term end in 2015?": Yes where an end falls in that time, else No with the real end. */
function endedThen(facts: Fact[], time: TimeQuery, run: Run, endSaid: readonly string[]): Outcome {
  const then = facts.filter((f) => endsWithin(f, time));
  // (One sentence each: "Yes — …", "No — until …", so that a choice between two readings quotes it whole.)
  if (then.length) return derived(`Yes — ${then.map((f) => renderFact(f)).join(" ")}`, then, ALL);
  // ("Nazarbayev resigned on 19 March 2019": the term ran to the 20th, and its note says he resigned on
  // the 19th — a sentence with that day and the question's own word of ending.)
  const noted = time.grain === "day" && time.mode === "at" ? facts.filter((f) => notesEndOn(f, formatDay(time.start), endSaid)) : [];
  if (noted.length) return derived(`Yes — ${noted.map((f) => `${renderFact(f)} Note: ${f.note}`).join(" ")}`, noted, ALL);
  const real = facts.map((f) => {
    const to = endOf(f);
    return to ? `until ${formatBound(to)}: ${renderFact(f)}` : `not ended as of ${formatDay(run.today)}: ${renderFact(f)}`;
  });
  return derived(`No — ${real.join(" ")}`, facts, ALL);
}

const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
