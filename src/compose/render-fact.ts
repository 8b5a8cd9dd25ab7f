/**
 * A fact as a sentence, from its relation's `say` template: `{role}`, `{when}`, `{period}`, and
 * `[...]` segments left out when a role inside has no value. A fact that still holds at the
 * question's date reads in the present (`say: { present: … }`), names read as a reporter writes
 * them (an entity's `short`), and a segment the answer has already said is not said again.
 */
import type { Fact, RoleValue } from "../facts/model.js";
import { periodYear, possibleStart, validityLabel, validityPhrase } from "../time/validity.js";

/** A value as the fact table names it (for `Answer.facts`). */
export function displayValue(v: RoleValue): string {
  if (v.kind === "entity") return v.entity.name;
  if (v.kind === "text") return v.text;
  return typeof v.value === "number" && v.percent ? `${v.value}%` : String(v.value);
}

/** A value as a sentence names it: "Russia", not "Russian Federation". */
export function sentenceValue(v: RoleValue): string {
  return v.kind === "entity" ? (v.entity.short ?? v.entity.name) : displayValue(v);
}

export function joinList(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** A fact's role values as a sentence names them; kept per fact (facts never change), asked for by every answer that shows it. */
const roleTexts = new WeakMap<Fact, Map<string, string | undefined>>();

export function roleText(fact: Fact, role: string): string | undefined {
  let known = roleTexts.get(fact);
  if (!known) roleTexts.set(fact, (known = new Map()));
  if (known.has(role)) return known.get(role);
  const values = fact.values.get(role);
  const text = values && values.length ? joinList(values.map(sentenceValue)) : undefined;
  known.set(role, text);
  return text;
}

export function periodText(fact: Fact): string | undefined {
  if (fact.period !== undefined) return fact.period;
  const y = fact.validity ? periodYear(fact.validity) : null;
  return y === null ? undefined : String(y);
}

export interface SayOverrides {
  when?: string;
  period?: string;
  /** The fact stands for several periods ("the 1996, 2014 and 2026 OSCE Chairmanships"). */
  several?: boolean;
}

export interface RenderContext {
  /** The question's reference day; without it, a fact with no end is taken to hold still. */
  today?: number;
  /** What the answer has said so far: an optional `[...]` segment repeating it is left out. */
  said?: string;
}

/** Still so at `today`: a span with no end that has begun. */
export function stillHolds(fact: Fact, today?: number): boolean {
  const v = fact.validity;
  return !!v && v.kind === "span" && v.to === null && (today === undefined || possibleStart(v) <= today);
}

/** The template for this fact now: the present form for what still holds, else the general one. */
function template(fact: Fact, overrides: SayOverrides, today?: number): string {
  const { say, sayPresent } = fact.relation;
  // (Nor of what begins after a past `today` and still holds: "was … since" says neither.)
  const openSpan = fact.validity?.kind === "span" && fact.validity.to === null;
  if (overrides.when !== undefined || !(stillHolds(fact, today) || (openSpan && today !== undefined && possibleStart(fact.validity!) > today))) return say;
  // Without a declared present form, "was … since" is still never said of what holds today.
  return sayPresent ?? say.replace(/\bwas\b(?=.*\{when\})/, "has been");
}

/**
 * A fact's sentences, kept per fact: by template and overrides, then by which optional segments the
 * answer had already said. The sentence is a function of those alone, so it is made once.
 */
interface Rendered {
  /** Each `[...]` segment filled, or null when a role inside has no value. */
  segments: Array<string | null>;
  /** The sentence by the segments left out as already said ("0"/"1" a segment). */
  byOmission: Map<string, string>;
}
/** By fact, then template, then overrides (the template first: one of a few strings, its hash kept). */
const rendered = new WeakMap<Fact, Map<string, Map<string, Rendered>>>();
const SEGMENT = /\[([^[\]]*)\]/g;

export function renderFact(fact: Fact, overrides: SayOverrides = {}, context: RenderContext = {}): string {
  const lookup = (slot: string): string | undefined => {
    if (slot === "when") return overrides.when ?? (fact.validity ? validityPhrase(fact.validity) : undefined);
    if (slot === "period") return overrides.period ?? periodText(fact);
    return roleText(fact, slot);
  };
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, slot: string) => lookup(slot) ?? "");
  let text = template(fact, overrides, context.today);
  if (overrides.several) text = text.replace(/\{period\}((?: [A-Z][\w-]*)+)/, (_, noun: string) => `{period}${plural(noun)}`);
  const kept = keptRendering(fact, text, `${overrides.when ?? "\u0001"}\u0000${overrides.period ?? "\u0001"}`, () => ({
    segments: [...text.matchAll(SEGMENT)].map(([, inner]) => ([...inner!.matchAll(/\{(\w+)\}/g)].every((m) => lookup(m[1]!) !== undefined) ? fill(inner!) : null)),
    byOmission: new Map(),
  }));
  const omitted = kept.segments.map((filled) => (filled !== null && context.said && alreadySaid(filled, context.said) ? "1" : "0")).join("");
  let out = kept.byOmission.get(omitted);
  if (out === undefined) {
    let i = 0;
    out = sentence(fill(text.replace(SEGMENT, () => (omitted[i] === "1" ? (i++, "") : (kept.segments[i++] ?? "")))));
    kept.byOmission.set(omitted, out);
  }
  return out;
}

function keptRendering(fact: Fact, template: string, overrides: string, make: () => Rendered): Rendered {
  let byTemplate = rendered.get(fact);
  if (!byTemplate) rendered.set(fact, (byTemplate = new Map()));
  let byOverrides = byTemplate.get(template);
  if (!byOverrides) byTemplate.set(template, (byOverrides = new Map()));
  let kept = byOverrides.get(overrides);
  if (!kept) byOverrides.set(overrides, (kept = make()));
  return kept;
}

/** "with 460 observers" in a sentence that already said "with 460 observers". */
function alreadySaid(segment: string, said: string): boolean {
  const core = segment.replace(/^[\s,;:(]+|[\s,;:)]+$/g, "").replace(/^(?:with|from|and|in|at|by|of)\s+/i, "");
  return core.length >= 8 && said.includes(core);
}

/** The last word of a noun phrase in the plural: "Chairmanship" → "Chairmanships", "Summit" → "Summits". */
function plural(noun: string): string {
  return noun.replace(/(\w+)$/, (w) => (/[^aeiou]y$/i.test(w) ? `${w.slice(0, -1)}ies` : /(s|x|ch|sh)$/i.test(w) ? `${w}es` : `${w}s`));
}

/** Tidy spacing and punctuation, capitalise, end with a full stop. */
export function sentence(text: string): string {
  let t = text.replace(/\s+/g, " ").replace(/\s+([,.;:)])/g, "$1").replace(/\(\s*\)/g, "").trim();
  if (!t) return t;
  t = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?"”]$/.test(t) && !/[^.!?]["”]$/.test(t) ? t : `${t}.`;
}

/** Short form for lists: "Greece (2009)"; `role` picks the value shown (what the question asked). */
export function shortFact(fact: Fact, role = fact.relation.mainRole.name): string {
  const main = roleText(fact, role) ?? roleText(fact, fact.relation.mainRole.name) ?? fact.id;
  // A list of elections without their shares would leave out what such lists are asked for.
  const figures = fact.relation.roles
    .filter((r) => r.name !== role && r.literal && (r.types.includes("percent") || r.types.includes("number")))
    .map((r) => {
      const text = roleText(fact, r.name);
      // A count says what it counts ("98 seats", "460 observers"); a share speaks for itself.
      return text && r.types.includes("number") && r.name !== "count" ? `${text} ${r.name.replace(/_/g, " ")}` : text;
    })
    .filter((x): x is string => !!x);
  const details = [...(fact.validity ? [validityLabel(fact.validity)] : []), ...figures];
  return details.length ? `${main} (${details.join(", ")})` : main;
}
