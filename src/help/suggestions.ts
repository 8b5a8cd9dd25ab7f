/**
 * Questions to offer: autocomplete as the user types, and "try this" examples for unknown answers.
 * Built at load from the relations' examples and patterns, with pattern slots filled from the
 * facts themselves (so "who chaired the OSCE in 20" offers the years the table has).
 */
import type { FactTable } from "../facts/model.js";
import { fold } from "../text/normalise.js";
import { periodYear } from "../time/validity.js";

export interface SuggestionIndex {
  defaults: string[];
  complete(prefix: string, limit: number): string[];
}

/** Per pattern, at most this many filled-in variants: autocomplete stays small at 100,000 facts. */
const FILLS_PER_PATTERN = 40;

export function buildSuggestions(table: FactTable): SuggestionIndex {
  const questions = new Set<string>();
  const defaults: string[] = [];
  for (const relation of table.relations.values()) {
    if (relation.examples[0]) defaults.push(relation.examples[0].q);
    for (const e of relation.examples) questions.add(e.q);
    const facts = table.facts.filter((f) => f.relation === relation);
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
  const keys = entries.map((e) => e.key);
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
      for (let i = lo; i < keys.length && out.length < limit && keys[i]!.startsWith(p); i++) out.push(entries[i]!.q);
      if (out.length < limit && p.length >= 3) {
        // Then questions containing the typed words anywhere ("chair 2010").
        const words = p.split(" ").filter(Boolean);
        for (let i = 0; i < keys.length && out.length < limit; i++) {
          const k = keys[i]!;
          if (!out.includes(entries[i]!.q) && words.every((w) => k.includes(w))) out.push(entries[i]!.q);
        }
      }
      return out;
    },
  };
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
