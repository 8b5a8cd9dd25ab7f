/**
 * Order questions: who came before or after a name or a time ("who chaired after Kazakhstan?",
 * "the capital before 1997"), one step, several steps, or every one on that side.
 */
import type { Entity, Fact, Relation } from "../facts/model.js";
import type { TimeQuery } from "../time/parse-time.js";
import { possibleEnd, possibleStart, validityLabel } from "../time/validity.js";
import { dayNumber, formatDay, yearOf } from "../time/days.js";
import { isoDayNumber } from "./none-found.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { valueKey } from "../facts/value-key.js";
import { renderFact, roleText } from "../compose/render-fact.js";
import { candidates, filter, hasBindings, inScope } from "./plan-facts.js";
import { mainKey } from "./fact-keys.js";
import { groupsIn } from "./plan-bindings.js";
import { pick } from "./picks.js";
import type { Outcome, TimeScope } from "./execute.js";

type Direction = "before" | "after";
type Pair = { anchor: Fact | null; neighbour: Fact };

/** The facts in line, one after another: which way the question looks, and per what (`exclusivePer`) they follow each other. */
interface Line {
  pool: Fact[];
  direction: Direction;
  relation: Relation;
  per: string | undefined;
}

export function order(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope): Outcome {
  const direction: Direction = plan.order ?? (plan.time?.mode === "after" ? "after" : "before");
  // ("Which Central Asian State chaired after Kazakhstan?": the next of a group is no neighbour in time.)
  if (plan.relation.roles.some((r) => groupsIn(plan, r.name).length)) return { kind: "none", reason: "no_match", scope };
  const { line, anchors, strangerAnchor, anchoredByTime } = anchoring(plan, index, today, scope, direction);
  // ("before Kneissl, the Swiss minister": the one named never held it with the other names said — no anchor, never another's turn.)
  if (anchors.length === 0 && plan.asked && plan.bindings.get(plan.asked.name)?.some((e) => e.type === "person") && plan.bindings.size > 1) return { kind: "none", reason: "no_match", scope };
  const away = plan.yearAway ? inYearAway(line, anchors, index, today) : null;
  if (away) return away;
  const untimed = neighbourPairs(plan, line, anchors, strangerAnchor, today);
  // ("who chairs now, and who chaired before?": the one holding on the day said anchors the order; a day dates no handover then.)
  const pairs = anchoredByTime && plan.time?.grain === "day" ? untimed : pairsOfTheTime(plan, untimed, anchors.length > 0, today);
  const claim = handoverAtAnotherTime(plan, untimed, pairs) ?? orderClaim(plan, line, pairs, anchors, scope);
  if (claim) return claim;
  if (pairs.length === 0) return noneBeforeTheFirst(plan, line, anchors, today, scope) ?? noneAfterTheLast(plan, line, anchors, today, scope) ?? { kind: "none", reason: "no_match", scope };
  return everyOnOneSideAsked(plan, line, pairs, scope, today) ?? stepsAlong(plan, line, pairs, scope, today) ?? severalAlong(plan, line, pairs, scope, today) ?? { kind: "order", pairs, direction, scope };
}

/**
 * "Who was CiO the year before Kazakhstan?": every one that held in the calendar year before the named
 * one's first (or after its last) — two CiOs in 2009, not Saudabayev's one neighbour. Null where one
 * or none held that year.
 */
function inYearAway(line: Line, anchors: Fact[], index: FactIndex, today: number): Outcome | null {
  if (anchors.length === 0 || line.relation.time === "states") return null;
  const before = line.direction === "before";
  const year = before ? yearOf(Math.min(...anchors.map((f) => possibleStart(f.validity!)))) - 1 : yearOf(Math.max(...anchors.map((f) => possibleEnd(f.validity!, today)))) + 1;
  const time: TimeQuery = { start: dayNumber(year), end: dayNumber(year, 12, 31), grain: "year", mode: "at", relative: false, index: 0, length: 0, label: String(year) };
  const scope: TimeScope = { kind: "query", time };
  const none = new Map<string, Entity[]>();
  const facts = filter(candidates(none, line.relation, index, scope, today), none, scope, today, line.relation).filter((f) => f.status === "final" && !anchors.includes(f));
  // (One that year is the one neighbour: the order's own answer says it, with its anchor.)
  return facts.length > 1 ? { kind: "facts", facts, scope, asOfFallback: false } : null;
}

/**
 * "Who was Secretary General before Höynck?": no one, where the named one's turn is the first of a
 * one-at-a-time post the table holds from its beginning (not `missing_earliest`).
 */
function noneBeforeTheFirst(plan: QueryPlan, line: Line, anchors: Fact[], today: number, scope: TimeScope): Outcome | null {
  const relation = plan.relation;
  // (Not where several are asked: "which three SGs came before Höynck?" asks more than "no one" answers.)
  if (line.direction !== "before" || plan.time || plan.statedCount || anchors.length !== 1 || relation.time !== "exclusive" || relation.missingEarliest || line.per) return null;
  const anchor = anchors[0]!;
  const first = pick(line.pool, "first", today);
  if (!first.includes(anchor)) return null;
  return { kind: "derived", text: `No one before: the first in my fact table. ${renderFact(anchor, {}, { today })}`, facts: [anchor], scope };
}

/**
 * "Any OSCE summits since Astana?": none after the named one, where it is the last of a list complete
 * up to a day (`complete_until`) — said with that day.
 */
function noneAfterTheLast(plan: QueryPlan, line: Line, anchors: Fact[], today: number, scope: TimeScope): Outcome | null {
  const until = plan.relation.completeUntil;
  if (line.direction !== "after" || !until || plan.statedCount || anchors.length !== 1 || line.per) return null;
  const anchor = anchors[0]!;
  if (!pick(line.pool, "last", today).includes(anchor)) return null;
  return { kind: "derived", text: `None after it: my fact table lists every one of ${plan.relation.name} up to ${formatDay(isoDayNumber(until))}. ${renderFact(anchor, {}, { today })}`, facts: [anchor], scope };
}

/**
 * The facts in line and those the question anchors on: the named one's turns, or whoever held at the
 * time said. `strangerAnchor`: a person named as the anchor who never held such a fact.
 */
function anchoring(plan: QueryPlan, index: FactIndex, today: number, scope: TimeScope, direction: Direction): { line: Line; anchors: Fact[]; strangerAnchor: boolean; anchoredByTime: boolean } {
  const relation = plan.relation;
  const askedName = plan.asked?.name;
  // The asked role named ("who replaced Kubiš?") anchors among the facts of the other names; a name
  // only in another role ("who was CiO before Kazakhstan?") anchors among all, and is never the answer.
  // (Not a name of the thing whose holders follow one another: "ODIHR's name before" is among ODIHR's names.)
  const askedAnchors = askedName !== undefined && plan.bindings.has(askedName);
  // (A year said beside such a name dates it, or the one asked: "who was CiO before Switzerland took over in 2026?")
  const anchoredElsewhere = !askedAnchors && (!plan.time || (plan.time.mode === "at" && plan.time.grain === "year")) && plan.bindings.size > 0 && !(relation.exclusivePer && plan.bindings.has(relation.exclusivePer));
  const otherBindings = anchoredElsewhere ? new Map<string, Entity[]>() : new Map([...plan.bindings].filter(([role]) => role !== askedName));
  const pool = filter(candidates(otherBindings, relation, index), otherBindings, { kind: "all" }, today, relation).filter((f) => f.status === "final" && f.validity && !(anchoredElsewhere && hasBindings(f, plan.bindings)));
  const line: Line = { pool, direction, relation, per: relation.exclusivePer };
  // "who became SG in 2011 after Turkey vetoed Plassnik?": a person named as the one before or after
  // who never held such a fact anchors nothing — never fall back on the question's year. (A place
  // may only locate the anchor: "before his December 2006 Brussels trip".)
  const strangerAnchor = askedName !== undefined && (plan.bindings.get(askedName) ?? []).some((e) => e.type === "person" && index.withEntity(relation.id, askedName, e.id).length === 0);
  const named = askedAnchors
    ? ofTheTimeNamed(pool.filter((f) => hasBindings(f, plan.bindings)), plan, scope, today)
    : anchoredElsewhere
      ? ofTheTimeNamed(filter(candidates(plan.bindings, relation, index), plan.bindings, { kind: "all" }, today, relation).filter((f) => f.status === "final" && f.validity), plan, scope, today)
      : holdersAt(pool, plan, direction, today);
  // ("who chaired right after Italy's first chairmanship?": of the named one's turns, its own first (or last);
  // "just before Switzerland's current term": the one holding today.)
  const holdingToday = plan.currentTurnNamed ? named.filter((f) => possibleStart(f.validity!) <= today && possibleEnd(f.validity!, today) >= today) : [];
  const anchors = holdingToday.length ? holdingToday : plan.pick && !plan.pickOfAll && named.length > 1 ? pick(named, plan.pick, today) : named;
  // (A name in another role that holds no such fact anchors nothing, never the year said beside it.)
  return { line, anchors, strangerAnchor: strangerAnchor || (anchoredElsewhere && named.length === 0), anchoredByTime: !askedAnchors && !anchoredElsewhere && anchors.length > 0 };
}

// (Of events too: an appointment's neighbour is one to the same post — a text as much as a name.)
function groupOf(line: Line, f: Fact): string {
  return line.per ? (f.values.get(line.per) ?? []).map(valueKey).join("+") : "";
}

/** The nearest fact in line that began before `start` (or after `end`), of another holder than `excludeKey` and of `group`, where given. */
function neighbourOf(line: Line, start: number, end: number, excludeKey: string | null, group: string | null): Fact | undefined {
  let best: Fact | undefined;
  for (const f of line.pool) {
    if (excludeKey !== null && mainKey(f) === excludeKey) continue;
    if (group !== null && groupOf(line, f) !== group) continue;
    const s = possibleStart(f.validity!);
    if (line.direction === "before" ? s < start && (!best || s > possibleStart(best.validity!)) : s > end && (!best || s < possibleStart(best.validity!))) best = f;
  }
  return best;
}

/** The fact in line next to `fact`: another holder's, in the same group. */
function nextTo(line: Line, fact: Fact): Fact | undefined {
  const s = possibleStart(fact.validity!);
  return neighbourOf(line, s, s, mainKey(fact), groupOf(line, fact));
}

/** The facts follow one another in one line: one holder at a time, or one per institution with the institution named. */
function inOneLine(plan: QueryPlan, line: Line): boolean {
  return !line.per || plan.bindings.has(line.per) || new Set(line.pool.map((f) => groupOf(line, f))).size <= 1;
}

/** Each anchor with the fact next to it; with no anchor, the fact next to the time said. */
function neighbourPairs(plan: QueryPlan, line: Line, anchors: Fact[], strangerAnchor: boolean, today: number): Pair[] {
  const pairs: Pair[] = [];
  if (anchors.length > 0) {
    for (const anchor of anchors) {
      const n = nextTo(line, anchor);
      if (n && !pairs.some((p) => p.neighbour === n) && adjoins(anchor, n, line.direction, line.relation, today)) pairs.push({ anchor, neighbour: n });
    }
  } else if (plan.time && !strangerAnchor) {
    const n = (inOneLine(plan, line) ? changedWithin(line.pool, plan.time, line.direction, line.relation, today) ?? beforeTheHolderNow(line, plan.time, today) : undefined) ?? neighbourOf(line, plan.time.start, plan.time.end, null, null);
    if (n) pairs.push({ anchor: null, neighbour: n });
  }
  return pairs;
}

/**
 * "who chaired before now?", "the capital before today": before the present is before whoever holds
 * it now — the one holding today began before today, but it is no one before now.
 */
function beforeTheHolderNow(line: Line, t: TimeQuery, today: number): Fact | undefined {
  if (line.direction !== "before" || t.mode !== "before" || !t.relative || t.start !== today || line.relation.time !== "exclusive") return undefined;
  const holder = line.pool.find((f) => possibleStart(f.validity!) <= today && possibleEnd(f.validity!, today) >= today);
  return holder ? nextTo(line, holder) : undefined;
}

/** Of the pairs, those the question's time (beside a named anchor) and tense leave. */
function pairsOfTheTime(plan: QueryPlan, pairs: Pair[], anchored: boolean, today: number): Pair[] {
  let kept = pairs;
  // "Who replaced Saudabayev as CiO in June 2010?": a time finer than a year, beside a named one, is
  // when the change happened; a successor who began at another time did not replace anyone then.
  if (anchored && plan.time && plan.time.grain !== "year" && plan.time.mode === "at") {
    const t = plan.time;
    kept = kept.filter((p) => possibleStart(p.neighbour.validity!) >= t.start && possibleStart(p.neighbour.validity!) <= t.end);
  }
  // ("was Saudabayev replaced as CiO in 2010?", "… was replaced in mid-2010": a handover claimed at a time
  // happened then only where the one after began then — Ažubalis took over in 2011.)
  if (handoverClaimed(plan, anchored)) return kept.filter((p) => possibleStart(p.neighbour.validity!) >= plan.time!.start && possibleStart(p.neighbour.validity!) <= plan.time!.end);
  // "Who chaired after Kazakhstan in 2015?": a year that dates none of the named one's turns dates the one asked.
  if (anchored && plan.time && plan.time.grain === "year" && plan.time.mode === "at") {
    const within: TimeScope = { kind: "query", time: plan.time };
    kept = kept.filter((p) => (p.anchor && inScope(p.anchor, within, today)) || inScope(p.neighbour, within, today));
  }
  // ("the capital before Astana (before 1997)": a time before or after, beside a named one, is when the
  // one asked held — Akmola, from December 1997, is no answer to it.)
  if (anchored && plan.time && plan.time.mode !== "at") {
    const within: TimeScope = { kind: "query", time: plan.time };
    kept = kept.filter((p) => inScope(p.neighbour, within, today));
  }
  // "Which country will chair right after Finland?": of its turns, the one whose neighbour is not over yet.
  if (plan.futureAsked) kept = kept.filter((p) => possibleEnd(p.neighbour.validity!, today) >= today);
  return kept;
}

/** A yes/no or a claim that a named one was replaced (succeeded) at a time. */
function handoverClaimed(plan: QueryPlan, anchored: boolean): boolean {
  return anchored && plan.yesNo && plan.handoverSaid && plan.time?.mode === "at";
}

/** "was Saudabayev replaced as CiO in 2010?": No, with the handover as it was. */
function handoverAtAnotherTime(plan: QueryPlan, untimed: Pair[], pairs: Pair[]): Outcome | null {
  if (!handoverClaimed(plan, untimed.some((p) => p.anchor !== null)) || pairs.length > 0 || untimed.length === 0) return null;
  const neighbours = untimed.map((p) => p.neighbour);
  return { kind: "derived", text: `No. ${neighbours.map((f) => renderFact(f)).join(" ")}`, facts: neighbours, scope: { kind: "all" } };
}

/** "Has there been a summit since Astana?": yes with the next one, or no where the table is complete. */
function orderClaim(plan: QueryPlan, line: Line, pairs: Pair[], anchors: Fact[], scope: TimeScope): Outcome | null {
  if (!plan.yesNo) return null;
  const relation = line.relation;
  if (pairs.length) return { kind: "check", yes: true, matching: pairs.map((p) => p.neighbour), atTime: [], otherTimes: [], related: [], scope, closed: relation.closed };
  if (relation.closed && anchors.length) return { kind: "derived", text: `No. ${line.direction === "after" ? "The latest" : "The earliest"} in my fact table: ${renderFact(anchors[0]!)}`, facts: anchors, scope };
  return null;
}

/** "Name all summits held after Budapest": where every one on the anchor's side (or the time's) is asked, all of them. */
function everyOnOneSideAsked(plan: QueryPlan, line: Line, pairs: Pair[], scope: TimeScope, today: number): Outcome | null {
  const { pool, direction, relation } = line;
  // ("What were the CSCE chairmanships before 1995?": a plural before a time lists them all too.)
  const anchor = pairs[0]!.anchor;
  // (One holder per country: the anchor's line — Kazakhstan's capitals after Almaty —, or the one named.)
  const sameLine = line.per && anchor ? pool.filter((f) => groupOf(line, f) === groupOf(line, anchor)) : pool;
  if (!((plan.every || (plan.list && !anchor && plan.time)) && (anchor || inOneLine(plan, line)) && !plan.statedCount && !plan.succession && pairs.length === 1)) return null;
  const at = anchor ? possibleStart(anchor.validity!) : direction === "after" ? plan.time!.end : plan.time!.start;
  const label = anchor ? `${roleText(anchor, relation.mainRole.name)} (${validityLabel(anchor.validity!)})` : plan.time!.label.replace(/^(?:before|after|since)\s+/i, "");
  // (Before a time, only what was over by then: Italy's 1994 chair, from December 1993, is not "before 1994".)
  const side = anchor || direction === "after" ? sameLine : sameLine.filter((f) => possibleEnd(f.validity!, today) < at);
  return everyOnOneSide(side.filter((f) => !anchor || mainKey(f) !== mainKey(anchor) || possibleStart(f.validity!) !== at), at, label, direction, scope);
}

/** "the third chairmanship after Kazakhstan's": so many steps along, the last one the answer. */
function stepsAlong(plan: QueryPlan, line: Line, pairs: Pair[], scope: TimeScope, today: number): Outcome | null {
  const { anchor, neighbour } = pairs[0]!;
  if (!plan.orderStep || pairs.length !== 1 || !anchor) return null;
  let at = neighbour;
  for (let step = 1; step < plan.orderStep; step++) {
    const next = nextTo(line, at);
    if (!next || !adjoins(at, next, line.direction, line.relation, today)) return { kind: "none", reason: "no_match", scope };
    at = next;
  }
  return { kind: "order", pairs: [{ anchor, neighbour: at }], direction: line.direction, scope };
}

/** "the two chairs right before Kazakhstan", "the last three chairs before 2010": as many neighbours, each next to the one before it. */
function severalAlong(plan: QueryPlan, line: Line, pairs: Pair[], scope: TimeScope, today: number): Outcome | null {
  const { anchor, neighbour } = pairs[0]!;
  const wanted = plan.statedCount;
  if (!wanted || wanted <= 1 || pairs.length !== 1 || (!anchor && !plan.time)) return null;
  const chain = [neighbour];
  while (chain.length < wanted) {
    const last = chain[chain.length - 1]!;
    const next = nextTo(line, last);
    if (!next || !adjoins(last, next, line.direction, line.relation, today)) return { kind: "none", reason: "no_match", scope };
    chain.push(next);
  }
  return severalInOrder(chain, anchor ? `${roleText(anchor, anchor.relation.mainRole.name)} (${validityLabel(anchor.validity!)})` : plan.time!.label.replace(/^(?:before|after|since)\s+/i, ""), line.direction, scope);
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

/**
 * "the capital after March 2019": one holder at a time that changed within the time named — the one
 * holding right after it began during it (Nur-Sultan, from 23 March), not the next to begin later.
 */
function changedWithin(pool: Fact[], t: TimeQuery, direction: "before" | "after", relation: Relation, today: number): Fact | undefined {
  if (direction !== "after" || relation.time !== "exclusive") return undefined;
  const next = t.end + 1;
  return pool.find((f) => possibleStart(f.validity!) >= t.start && possibleStart(f.validity!) <= t.end && possibleEnd(f.validity!, today) >= next);
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
function severalInOrder(chain: Fact[], anchorLabel: string, direction: "before" | "after", scope: TimeScope): Outcome {
  const facts = [...chain].sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  const count = COUNT_WORDS[chain.length] ?? String(chain.length);
  const head = `The ${count} ${direction} ${anchorLabel}`;
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
