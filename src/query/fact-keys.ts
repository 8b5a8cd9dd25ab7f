/**
 * Keys that tell facts apart: the value a fact holds in its main role, and the identity under which
 * final and preliminary figures of one thing count once.
 */
import type { Fact } from "../facts/model.js";
import { possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";

/** The fact's main value as one key: the same holder (or place, or name) in two facts has one key. */
export function mainKey(f: Fact): string {
  return valuesKey(f, f.relation.mainRole.name);
}

/** A fact's values in one role as one key ("italy", "kazakhstan+russia"). */
export function valuesKey(f: Fact, role: string): string {
  return (f.values.get(role) ?? []).map((v) => (v.kind === "entity" ? v.entity.id : v.kind === "text" ? v.text : String(v.value))).join("+");
}

/** Each fact's identity key, made once (a fact is one object for the life of its table). */
const identityKeys = new WeakMap<Fact, string>();

/** Facts that describe the same thing (final and preliminary figures of one election) count once. */
export function identityKey(f: Fact): string {
  let key = identityKeys.get(f);
  if (key === undefined) identityKeys.set(f, (key = makeIdentityKey(f)));
  return key;
}

function makeIdentityKey(f: Fact): string {
  const parts: string[] = [f.relation.id, f.validity ? `${possibleStart(f.validity)}` : "-"];
  for (const role of f.relation.roles) {
    if (role.literal && (role.types.includes("number") || role.types.includes("percent"))) continue;
    parts.push((f.values.get(role.name) ?? []).map((v) => (v.kind === "entity" ? v.entity.id : v.kind === "text" ? v.text : "")).join("+"));
  }
  return parts.join("|");
}

/** How many distinct things the facts describe: the figures of one thing count once. */
export function groupCount(facts: Fact[]): number {
  return new Set(facts.map(identityKey)).size;
}

/** How many things the facts name ("two opposition leaders" of one arrest): the asked role's distinct entities. */
export function thingsNamed(facts: Fact[], plan: QueryPlan): number {
  // (A count in words counts things — people, countries — never texts; asked a text, the role with most of them.)
  const distinct = (role: string) => new Set(facts.flatMap((f) => (f.values.get(role) ?? []).flatMap((v) => (v.kind === "entity" ? [v.entity.id] : [])))).size;
  if (plan.asked && !plan.asked.literal) return distinct(plan.asked.name);
  // ("which two summits took place in Helsinki?": asked a text of the facts, where the names said are all
  // one thing's, the facts are the things counted.)
  const things = plan.relation.roles.filter((r) => !r.literal);
  const most = things.length ? Math.max(...things.map((r) => distinct(r.name))) : 0;
  // (Not where two are compared — "of Tokayev's two wins, which had the larger share?" asks a choice the facts listed do not make.)
  return most <= 1 && plan.asked && !plan.figureClaim ? groupCount(facts) : things.length ? most : groupCount(facts);
}
