/**
 * Questions to offer: autocomplete as the user types, and "try this" examples for unknown answers.
 * Built at load from the relations' examples and patterns, with pattern slots filled from the
 * facts themselves (so "who chaired the OSCE in 20" offers the years the table has).
 */
import type { Fact, FactTable } from "../facts/model.js";
import { fold } from "../text/normalise.js";
import { periodYear } from "../time/validity.js";

export interface SuggestionIndex {
  defaults: string[];
  complete(prefix: string, limit: number): string[];
}

/** What autocomplete searches: plain data, so a compiled table can carry it (see facts/table-cache.ts). */
export interface SuggestionData {
  defaults: string[];
  /** Questions, sorted by their folded text. */
  questions: string[];
  keys: string[];
}

/** Per pattern, at most this many filled-in variants: autocomplete stays small at 100,000 facts. */
const FILLS_PER_PATTERN = 40;

export function buildSuggestions(table: FactTable): SuggestionIndex {
  return suggestionIndex(buildSuggestionData(table));
}

export function buildSuggestionData(table: FactTable): SuggestionData {
  const questions = new Set<string>();
  const defaults: string[] = [];
  const byRelation = new Map<string, Fact[]>();
  for (const f of table.facts) (byRelation.get(f.relation.id) ?? byRelation.set(f.relation.id, []).get(f.relation.id)!).push(f);
  for (const relation of table.relations.values()) {
    if (relation.examples[0]) defaults.push(relation.examples[0].q);
    for (const e of relation.examples) questions.add(e.q);
    const facts = (byRelation.get(relation.id) ?? []).filter((f) => f.relation === relation);
    const years = [...new Set(facts.map((f) => (f.validity ? periodYear(f.validity) : null)).filter((y): y is number => y !== null))].sort((a, b) => b - a);
    for (const pattern of relation.patterns) {
      const slots = [...pattern.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      if (slots.length !== 1) continue;
      const slot = slots[0]!;
      const fills =
        slot === "time"
          ? years.map(String)
          : [...new Set(facts.flatMap((f) => (f.values.get(slot) ?? []).map((v) => (v.kind === "entity" ? v.entity.name : null)).filter((x): x is string => !!x)))];
      for (const fill of fills.slice(0, FILLS_PER_PATTERN)) questions.add(capitalise(pattern.replace(`{${slot}}`, fill)) + (pattern.endsWith("?") ? "" : "?"));
    }
  }
  // Sorted by folded text, so a prefix is found by binary search.
  const entries = [...questions].map((q) => ({ q, key: fold(q) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { defaults, questions: entries.map((e) => e.q), keys: entries.map((e) => e.key) };
}

export function suggestionIndex(data: SuggestionData): SuggestionIndex {
  const { defaults, questions, keys } = data;
  return {
    defaults,
    complete(prefix, limit) {
      const p = fold(prefix).replace(/\s+/g, " ").trimStart();
      if (!p) return defaults.slice(0, limit);
      const out: string[] = [];
      let lo = 0;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (keys[mid]! < p) lo = mid + 1;
        else hi = mid;
      }
      const taken = new Set<number>();
      for (let i = lo; i < keys.length && out.length < limit && keys[i]!.startsWith(p); i++) {
        out.push(questions[i]!);
        taken.add(i);
      }
      if (out.length < limit && p.length >= 3) {
        // Then questions containing the typed words anywhere ("chair 2010").
        const words = p.split(" ").filter(Boolean);
        for (let i = 0; i < keys.length && out.length < limit; i++) {
          if (taken.has(i)) continue;
          const k = keys[i]!;
          let all = true;
          for (const w of words)
            if (!k.includes(w)) {
              all = false;
              break;
            }
          if (all && !out.includes(questions[i]!)) out.push(questions[i]!);
        }
      }
      return out;
    },
  };
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
