/**
 * "The first", "the last": picking the earliest or latest facts, among all or among the others named,
 * and the false premise of a first or last that was not.
 */
import type { Fact } from "../facts/model.js";
import { FAR_PAST, possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";
import { renderFact } from "../compose/render-fact.js";
import type { Outcome, TimeScope } from "./execute.js";
import { candidates, factsFor, filter, withinEra } from "./plan-facts.js";
import { groupsIn, withoutNamed } from "./plan-bindings.js";
import { groupCount, mainKey } from "./fact-keys.js";

export function pick(facts: Fact[], which: "first" | "last", today?: number): Fact[] {
  // "the most recent election", asked in 2020, is the latest up to then, not one still to come.
  if (which === "last" && today !== undefined) {
    const begun = facts.filter((f) => !f.validity || possibleStart(f.validity) <= today);
    if (begun.length) facts = begun;
  }
  const starts = facts.map((f) => (f.validity ? possibleStart(f.validity) : FAR_PAST));
  const target = which === "first" ? Math.min(...starts) : Math.max(...starts);
  return facts.filter((_, i) => starts[i] === target);
}

/** "the first three CiOs since 1995": the facts of the `n` earliest (or latest) beginnings, or none where fewer are known. */
export function pickSome(facts: Fact[], which: "first" | "last", n: number, today: number): Fact[] {
  const begun = which === "last" ? facts.filter((f) => !f.validity || possibleStart(f.validity) <= today) : facts;
  const starts = [...new Set(begun.map((f) => (f.validity ? possibleStart(f.validity) : FAR_PAST)))].sort((a, b) => (which === "first" ? a - b : b - a));
  if (starts.length < n) return [];
  const chosen = new Set(starts.slice(0, n));
  return begun.filter((f) => chosen.has(f.validity ? possibleStart(f.validity) : FAR_PAST));
}

/** "the last three chairs": the stated count of them where one is said, else the one first (or last). */
function pickStated(plan: QueryPlan, facts: Fact[], which: "first" | "last", today: number): Fact[] {
  return plan.statedCount && plan.statedCount > 1 ? pickSome(facts, which, plan.statedCount, today) : pick(facts, which, today);
}

/**
 * The first (or last) fact with every binding but the main role's — who was the first German
 * Secretary General — or, `own`, with every binding: Austria's own first chairmanship.
 */
export function firstOfTheRest(plan: QueryPlan, which: "first" | "last", index: FactIndex, today: number, own = false): Fact[] | null {
  const main = plan.relation.mainRole.name;
  if (!plan.bindings.has(main)) return null;
  const others = own && !groupsIn(plan, main).length ? plan.bindings : withoutNamed(plan, main);
  const facts = withinEra(filter(candidates(others, plan.relation, index, { kind: "all" }, today), others, { kind: "all" }, today, plan.relation).filter((f) => f.validity), plan);
  return facts.length ? pickStated(plan, facts, which, today) : null;
}

/**
 * "Did Poland chair with Rau as CiO for the first time?": where two named ones are checked at once,
 * whether either one's own first (or last) is a fact other than those matched — the claim is then
 * read two ways (Rau's first: yes; Poland's: no), so it is no verdict.
 */
export function ownPicksDisagree(plan: QueryPlan, which: "first" | "last", matching: Fact[], index: FactIndex, today: number): boolean {
  if (plan.bindings.size < 2) return false;
  return [...plan.bindings].some(([role, values]) => {
    const one = new Map([[role, values]]);
    const facts = withinEra(filter(candidates(one, plan.relation, index, { kind: "all" }, today), one, { kind: "all" }, today, plan.relation).filter((f) => f.validity), plan);
    const own = facts.length ? pick(facts, which, today) : [];
    return own.length > 0 && !own.some((f) => matching.includes(f));
  });
}

/** The first (or last) fact, within `scope`, with every binding but the main role's. */
export function pickAmongOthers(plan: QueryPlan, which: "first" | "last", index: FactIndex, today: number, scope: TimeScope): Fact[] | null {
  const others = withoutNamed(plan, plan.relation.mainRole.name);
  const facts = withinEra(filter(candidates(others, plan.relation, index, scope, today), others, scope, today, plan.relation).filter((f) => f.validity), plan);
  return facts.length ? pickStated(plan, facts, which, today) : null;
}

/**
 * "When did Zannier, the first Secretary General, take office?": the named holder has one term, so
 * "first" can only be about the post — and he was not its first holder. Say so, with both facts.
 */
export function falseFirstOrLast(plan: QueryPlan, which: "first" | "last", facts: Fact[], index: FactIndex, today: number): Outcome | null {
  const relation = plan.relation;
  const main = relation.mainRole;
  const named = plan.bindings.get(main.name)?.filter((e) => main.types.includes(e.type));
  if (!named?.length || !plan.pickOfAll || relation.time !== "exclusive" || new Set(facts.map(mainKey)).size !== 1 || groupCount(facts) !== 1) return null;
  // (Of all, or of the group asked among: "the first post-Soviet chair".)
  const rest = withoutNamed(plan, main.name);
  const all = filter(candidates(rest, relation, index, { kind: "all" }, today), rest, { kind: "all" }, today, relation);
  const overall = pick(all.filter((f) => f.validity), which, today);
  if (overall.length === 0) return null;
  // ("Höynck was the first Secretary General.": the claim holds — said so.)
  if (overall.some((f) => facts.includes(f))) return plan.claimed ? { kind: "derived", text: `Yes. ${facts.map((f) => renderFact(f, {}, { today })).join(" ")}`, facts, scope: { kind: "all" } } : null;
  const text = `${named.map((e) => e.name).join(" and ")} was not the ${which}: ${renderFact(overall[0]!, {}, { today })} ${facts.map((f) => renderFact(f, {}, { today })).join(" ")}`;
  return { kind: "derived", text, facts: [overall[0]!, ...facts], scope: { kind: "all" } };
}

/**
 * "When did Poland first chair the OSCE in 2022?": its own first turn was not in the year said — the
 * year is the reporter's guess. Says so, with the first turn (only a "when" of one named thing).
 */
export function ownPickElsewhen(plan: QueryPlan, which: "first" | "last", facts: Fact[], index: FactIndex, today: number, scope: TimeScope): Outcome | null {
  const main = plan.relation.mainRole;
  if (plan.shape !== "when" || scope.kind !== "query" || plan.statedCount || plan.pickWithin || plan.bindings.get(main.name)?.length !== 1 || facts.length === 0) return null;
  const overall = pick(factsFor(plan, index, today, { kind: "all" }).filter((f) => f.validity), which, today);
  if (overall.length === 0 || overall.some((f) => facts.includes(f))) return null;
  const text = `Not ${which} in ${scope.time.label}: ${overall.map((f) => renderFact(f, {}, { today })).join(" ")} ${facts.map((f) => renderFact(f, {}, { today })).join(" ")}`;
  return { kind: "derived", text, facts: [...overall, ...facts], scope: { kind: "all" } };
}
