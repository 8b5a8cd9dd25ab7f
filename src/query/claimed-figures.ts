/**
 * Figures a question states ("75%", "42 seats"): the roles they are checked against, whether a fact
 * holds them, and the facts they select.
 */
import type { Fact, Role } from "../facts/model.js";
import type { QueryPlan } from "../understand/match.js";

/** The roles a figure of the question is checked against: shares for "75%", counts ("seats") for a bare figure. */
export function rolesForFigure(plan: QueryPlan, n: string): Role[] {
  // (A bare figure with decimals, "won with 81.31?", counts nothing: a share too.)
  const kinds = plan.percentFigures.includes(n) ? ["percent"] : /\.\d/.test(n) ? ["number", "percent"] : ["number"];
  return plan.relation.roles.filter((r) => kinds.some((k) => r.types.includes(k)));
}

/** Every figure the question states has a role of the relation to be checked against. */
export function figuresCheckable(plan: QueryPlan): boolean {
  return plan.numbers.every((n) => rolesForFigure(plan, n).length > 0);
}

/**
 * Every figure of a yes/no question holds of the fact: above or below it ("more than 75%"), else
 * equal at the question's own precision ("71%" is 70.96%, "70.9%" is not). No figures: nothing to hold.
 */
export function claimedFigureHolds(fact: Fact, plan: QueryPlan): boolean {
  if (!plan.numbers.length) return true;
  const inRole = (n: string) => {
    const roles = rolesForFigure(plan, n);
    const values = roles.flatMap((r) => fact.values.get(r.name) ?? []).filter((v) => v.kind === "number").map((v) => parseFloat(String(v.value)));
    const w = Number(n);
    const tolerance = plan.figureHedged ? 1 : 0.5 * 10 ** -(n.split(".")[1]?.length ?? 0);
    return values.some((v) => (plan.figureClaim === "greater" ? v > w : plan.figureClaim === "lesser" ? v < w : Math.abs(v - w) <= tolerance + 1e-9));
  };
  const held = plan.numbers.filter(inRole);
  // ("Otan took 42 of 77 seats": 42 is its seats, 77 the total its text states — beside a figure held, never alone.)
  return held.length === plan.numbers.length || (held.length > 0 && !plan.figureClaim && plan.numbers.every((n) => held.includes(n) || saysNumber(fact, n)));
}

/** The fact's own text states the number exactly, as a word of its own ("of 77"). */
function saysNumber(fact: Fact, n: string): boolean {
  const exact = new RegExp(`(?<![\\d.,])${n.replace(".", "\\.")}(?![\\d%]|[.,]\\d)`);
  return [...fact.values.values()].some((vs) => vs.some((v) => v.kind === "text" && exact.test(v.text)));
}

/** Figures in the question select facts carrying them ("when did it reach 57 States?"); none matching → no narrowing. */
export function narrowByNumbers(facts: Fact[], plan: QueryPlan): Fact[] {
  if (!plan.numbers.length) return facts;
  // "which elections did he win with over 90%": a figure compared selects the facts it holds for.
  if (plan.figureClaim && !plan.yesNo && !plan.claim && figuresCheckable(plan)) return facts.filter((f) => claimedFigureHolds(f, plan));
  const wanted = plan.numbers.map(Number);
  const roles = plan.relation.roles.filter((r) => r !== plan.asked && (r.types.includes("number") || r.types.includes("percent")));
  if (!roles.length) return facts;
  const hit = facts.filter((f) => roles.some((r) => (f.values.get(r.name) ?? []).some((v) => v.kind === "number" && wanted.some((w) => Math.abs(parseFloat(String(v.value)) - w) < 1e-9))));
  // "Who won 98.78% of the vote?": a percentage that picks out who is asked, and no fact has, is no answer.
  // (A claim's figure is checked instead; a question asking a figure compares with it — "how many
  // elections did it top 80%?"; a bare number may be a year: "naz 99 result".)
  // ("When did Nur Otan win 99% of the vote?": a "when" asks no figure — the one said picks the time.)
  const asksFigure = plan.shape !== "when" && (!plan.asked || plan.asked.types.some((t) => t === "number" || t === "percent"));
  if (!hit.length && plan.percentFigures.length > 0 && !asksFigure && !plan.figureClaim && !plan.yesNo && !plan.claim) return [];
  return hit.length ? hit : facts;
}

/** The fact holds the figure roles only in words: nothing to check a claimed number against. */
export function onlyInWords(f: Fact, roles: Role[]): boolean {
  const held = roles.filter((r) => f.values.has(r.name));
  return held.length > 0 && held.every((r) => figureIsWords(f, r));
}

/** A figure role holding words ("more than 100", "almost 90%"), not a number. */
export function figureIsWords(f: Fact, role: Role): boolean {
  return (f.values.get(role.name) ?? []).some((v) => v.kind !== "number" || !/^\s*\d+(?:\.\d+)?\s*%?\s*$/.test(String(v.value)));
}
