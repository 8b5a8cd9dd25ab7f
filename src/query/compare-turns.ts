/**
 * Yes/no questions comparing two names' turns: "did Greece chair before Kazakhstan?", "did Zannier
 * succeed Kubiš?".
 */
import type { Entity, Fact } from "../facts/model.js";
import { possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { renderFact } from "../compose/render-fact.js";
import { filter, inScope } from "./plan-facts.js";
import { mainKey } from "./fact-keys.js";
import { isoDayNumber } from "./none-found.js";
import type { Outcome, TimeScope } from "./execute.js";

/** "Did Greece chair before Kazakhstan?": compare the first time each held (or happened). */
export function compare(plan: QueryPlan, c: NonNullable<QueryPlan["compare"]>, index: FactIndex, today: number, scope: TimeScope): Outcome {
  const turns = (e: Entity, others: [string, Entity[]][]) =>
    filter(index.withEntity(plan.relation.id, c.role, e.id), new Map([...others, [c.role, [e]]]), { kind: "all" }, today, plan.relation)
      .filter((f) => f.validity)
      .sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  // ("was the Secretariat in Prague before Vienna?": the other roles named bind both sides' turns, where
  // both have turns so bound; "Lithuania's Ažubalis took over from Kazakhstan" names one side's holder.)
  const others = [...plan.bindings].filter(([role]) => role !== c.role);
  const bound = [turns(c.first, others), turns(c.second, others)];
  const [firstTurns, secondTurns] = bound.every((t) => t.length) ? bound : [turns(c.first, []), turns(c.second, [])];
  const firsts = turnOfTheTime(firstTurns!, plan, today);
  const seconds = turnOfTheTime(secondTurns!, plan, today);
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
  const completeEvents = relation.time === "events" && !!relation.completeUntil && to <= isoDayNumber(relation.completeUntil);
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
