/**
 * Runs a query plan against the fact index: works out the time it is asked for, then hands it to an
 * operation or to its shape's answer — order, yes/no check, count, or the facts asked for (each in a
 * file of its own; the facts a plan selects are in plan-facts.ts).
 */
import type { Entity, Fact } from "../facts/model.js";
import { dayOfDate } from "../time/days.js";
import type { TimeQuery } from "../time/parse-time.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { runOperation } from "./run-operation.js";
import { factTextStems } from "../understand/relation-profile.js";
import { tokens } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import { check } from "./check.js";
import { datedByEvent } from "./dated-by-event.js";
import { order } from "./order.js";
import { factsAnswer } from "./facts-answer.js";
import { countAnswer } from "./count-answer.js";
export { beganIn, factsFor, factsOfBothNames, hasBindings, inScope } from "./plan-facts.js";
export { identityKey, mainKey } from "./fact-keys.js";
export { listedCompletelyThen, none } from "./none-found.js";
export { withName } from "./plan-bindings.js";
export { turnOfTheTime } from "./compare-turns.js";
export { MAX_LISTED } from "./facts-answer.js";

/** The time a query was run for: the question's own, "now" by default, or all time. */
export type TimeScope = { kind: "query"; time: TimeQuery } | { kind: "now"; day: number } | { kind: "all" };

export type Outcome =
  | { kind: "facts"; facts: Fact[]; scope: TimeScope; asOfFallback: boolean; /** Facts of the question but for an optional role it names, which they do not record (query/unrecorded-role.ts). */ unrecorded?: { role: string; facts: Fact[] }; /** The place the question said the answer lies in, where none of the facts' does ("which Finnish city …"). */ notWithin?: Entity; /** The event whose day the question was asked at (query/dated-by-event.ts), said. */ datedBy?: string; /** The vacancy between two terms within the time asked, said (query/vacancy.ts). */ vacant?: string }
  | { kind: "check"; yes: boolean; matching: Fact[]; atTime: Fact[]; otherTimes: Fact[]; related: Fact[]; scope: TimeScope; closed: boolean; compared?: boolean; refutedByDetail?: boolean; /** Others who held it for part of the time asked (query/shared-then.ts). */ sharedThen?: Fact[] }
  | { kind: "order"; pairs: Array<{ anchor: Fact | null; neighbour: Fact }>; direction: "before" | "after"; scope: TimeScope }
  | { kind: "count"; facts: Fact[]; count: number; of: "times" | "values"; scope: TimeScope; role?: string }
  | { kind: "none"; reason: "out_of_range" | "no_match" | "too_many" | "imprecise" | "inexact_figure" | "count_differs" | "sole_unchecked"; scope: TimeScope; coverage?: [number, number]; facts?: Fact[] }
  /** An operation's result (rank, duration, comparison …): its sentence is built with the facts it used. */
  | { kind: "derived"; text: string; facts: Fact[]; scope: TimeScope };

export function execute(asked: QueryPlan, index: FactIndex, now: Date): Outcome {
  const today = dayOfDate(now);
  const plan = datedByEvent(asked, index, today);
  const scope = timeScope(plan, today);
  // ("kyrgyz capital renamed ever?": the facts cover one country only — of another, never a "No".)
  if (outsideCoverage(plan, index)) return { kind: "none", reason: "no_match", scope };
  if (plan.operation && plan.operation.kind !== "exact") return withWordsAsked(runOperation(plan.operation, plan, { index, today, scope }), plan);

  switch (plan.shape) {
    case "order":
      return order(plan, index, today, scope);
    case "check":
      return check(plan, index, today, scope);
    case "count":
      return countAnswer(plan, index, today, scope);
    case "when":
    case "value":
    case "list": {
      const outcome = factsAnswer(plan, index, today, scope);
      // ("how long was the term Nazarbayev won in 2011?": the election whose day dated it is said.)
      return plan !== asked && outcome.kind === "facts" ? { ...outcome, datedBy: plan.time!.label } : outcome;
    }
  }
}

/**
 * An operation's result answers a word only some fact's text explains only where a fact it used has it:
 * "Austria's federal chancellor for most of 2017" ranks no CiO because one CiO's note says "Federal Chancellor".
 */
function withWordsAsked(outcome: Outcome, plan: QueryPlan): Outcome {
  if (outcome.kind !== "derived" || !plan.textOnlyExplained.length) return outcome;
  // ("Did Greminger's term end in 2020, and was he renewed?": a yes or no answers the word only where it says
  // it — "Yes — … to 18 July 2020" says nothing of the renewal his note denies.)
  const stems = plan.yesNo ? new Set(tokens(outcome.text).map(stem)) : null;
  const said = plan.textOnlyExplained.every((w) => (stems ? stems.has(w) : outcome.facts.some((f) => factTextStems(f, "all").has(w))));
  return said ? outcome : { kind: "none", reason: "no_match", scope: outcome.scope };
}

/** The time a question is asked for: its own, now, or all time — by the rules below. */
function timeScope(plan: QueryPlan, today: number): TimeScope {
  if (plan.time) return { kind: "query", time: plan.time };
  if (plan.shape === "when" || plan.shape === "order") return { kind: "all" };
  if (plan.relation.time === "events") return { kind: "all" };
  if (plan.pickOwnNow) return { kind: "now", day: today };
  if (plan.pick || plan.list) return { kind: "all" };
  // "What nationality is Greminger?": the holder is named and something else about them is asked — at any time.
  // (Not a check in the present: "Helga Schmid is still SG" claims now.)
  if (!(plan.yesNo && plan.tense === "present") && plan.asked && plan.asked !== plan.relation.mainRole && plan.bindings.has(plan.relation.mainRole.name)) return { kind: "all" };
  if (plan.shape === "count" && (!plan.asked || plan.bindings.has(plan.asked.name))) return { kind: "all" };
  // One holder at a time: "how many Secretaries General came from Germany?", "how many chairmanships has
  // a Central Asian country held?" count them all, never today's one (there is only one now).
  if (plan.shape === "count" && plan.relation.time === "exclusive") return { kind: "all" };
  // ("Zannier, an Italian diplomat, became SG": a beginning claimed of a named holder, with a detail of
  // them and no time or tense said, happened at some time — never only now.)
  if (plan.starting && plan.tense === null && plan.shape === "check" && plan.bindings.has(plan.relation.mainRole.name) && [...plan.bindings.keys()].some((r) => r !== plan.relation.mainRole.name && r !== plan.relation.exclusivePer)) return { kind: "all" };
  // "Who chairs …?", "OSCE Secretary General?" mean now; "who was …" with a role filled means ever.
  if (plan.tense === "present" || plan.tense === null) return { kind: "now", day: today };
  return { kind: "all" };
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
