/**
 * A fact as a sentence, from its relation's `say` template: `{role}`, `{when}`, `{period}`, and
 * `[...]` segments left out when a role inside has no value.
 */
import type { Fact, RoleValue } from "../facts/model.js";
import { periodYear, validityLabel, validityPhrase } from "../time/validity.js";

export function displayValue(v: RoleValue): string {
  if (v.kind === "entity") return v.entity.name;
  if (v.kind === "text") return v.text;
  return typeof v.value === "number" && v.percent ? `${v.value}%` : String(v.value);
}

export function joinList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function roleText(fact: Fact, role: string): string | undefined {
  const values = fact.values.get(role);
  return values && values.length ? joinList(values.map(displayValue)) : undefined;
}

export function periodText(fact: Fact): string | undefined {
  if (fact.period !== undefined) return fact.period;
  const y = fact.validity ? periodYear(fact.validity) : null;
  return y === null ? undefined : String(y);
}

export interface SayOverrides {
  when?: string;
  period?: string;
}

/**
 * A fact's own sentence does not depend on the question: it is rendered once, on first use, and
 * kept with the fact (a weak map: a reloaded table's facts take theirs with them).
 */
const ownSentences = new WeakMap<Fact, string>();

export function renderFact(fact: Fact, overrides: SayOverrides = {}): string {
  if (overrides.when !== undefined || overrides.period !== undefined) return fillTemplate(fact, overrides);
  let text = ownSentences.get(fact);
  if (text === undefined) ownSentences.set(fact, (text = fillTemplate(fact, overrides)));
  return text;
}

function fillTemplate(fact: Fact, overrides: SayOverrides): string {
  const lookup = (slot: string): string | undefined => {
    if (slot === "when") return overrides.when ?? (fact.validity ? validityPhrase(fact.validity) : undefined);
    if (slot === "period") return overrides.period ?? periodText(fact);
    return roleText(fact, slot);
  };
  let text = fact.relation.say.replace(/\[([^\[\]]*)\]/g, (_, inner: string) => {
    const slots = [...inner.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    return slots.every((s) => lookup(s) !== undefined) ? inner : "";
  });
  text = text.replace(/\{(\w+)\}/g, (_, slot: string) => lookup(slot) ?? "");
  return sentence(text);
}

/** Tidy spacing and punctuation, capitalise, end with a full stop. */
export function sentence(text: string): string {
  let t = text.replace(/\s+/g, " ").replace(/\s+([,.;:)])/g, "$1").replace(/\(\s*\)/g, "").trim();
  if (!t) return t;
  t = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Short form for lists: "Greece (2009)". */
export function shortFact(fact: Fact): string {
  const main = roleText(fact, fact.relation.mainRole.name) ?? fact.id;
  return fact.validity ? `${main} (${validityLabel(fact.validity)})` : main;
}
