/**
 * Checks across the whole table that no single entry can see: two values at once where only one can
 * hold, one alias naming two things, a relation's words that are a thing's name.
 */
import { quickPhraseVariants } from "../text/quick-forms.js";
import { certainSpan, validityLabel } from "../time/validity.js";
import type { FactProblem } from "./errors.js";
import type { Entity, Fact, FactTable } from "./model.js";
import { valueKey } from "./value-key.js";

export function lintFactTable(table: FactTable, problems: FactProblem[]): void {
  lintOverlaps(table, problems);
  lintOncePer(table, problems);
  // Both checks of names read every entity's folded names: worked out once (~70,000 entities at 100,000 facts).
  const names = [...table.entities.values()].map((e) => ({ entity: e, forms: [e.name, ...e.aliases].flatMap((a) => quickPhraseVariants(a)) }));
  lintAliases(table, names, problems);
  lintWordsThatAreNames(table, names, problems);
}

/** An entity and the folded forms of its name and aliases, in order. */
type EntityForms = { entity: Entity; forms: string[] };

/**
 * A relation's `cues:`/`words:` are words, not names: "kazakhstan" there becomes a word of every
 * question that names the country (and its plural, "kazakhstans"). Names belong in `context:`; a cue
 * that names a thing also listed in `context:` is meant (naming the SG post cues the SG's relation).
 */
function lintWordsThatAreNames(table: FactTable, entityForms: EntityForms[], problems: FactProblem[]): void {
  const asked = new Set<string>();
  for (const r of table.relations.values()) for (const word of [...r.cues, ...r.words]) asked.add(quickPhraseVariants(word)[0] ?? "");
  // The form's entity (the last to have it), for the relations' words only.
  const names = new Map<string, string>();
  for (const { entity, forms } of entityForms) for (const form of forms) if (asked.has(form)) names.set(form, entity.id);
  for (const r of table.relations.values())
    for (const field of ["cues", "words"] as const)
      for (const word of r[field]) {
        const entity = names.get(quickPhraseVariants(word)[0] ?? "");
        if (entity && !(field === "cues" && r.context.includes(entity))) problems.push({ file: r.file, entry: r.id, field, message: `"${word}" is the name of ${entity}: a question naming it reads it as a word, not as the thing (list it in context:${field === "cues" ? ", too, if naming it should cue this relation" : ""})`, severity: "warning" });
      }
}

/** In an exclusive relation, two final facts (per `exclusive_per` value) must not surely overlap. */
function lintOverlaps(table: FactTable, problems: FactProblem[]): void {
  const groups = new Map<string, Fact[]>();
  for (const fact of table.facts) {
    const r = fact.relation;
    if (r.time !== "exclusive" || fact.status !== "final" || !fact.validity) continue;
    const per = r.exclusivePer ? (fact.values.get(r.exclusivePer) ?? []).map(valueKey).join("+") : "";
    const key = `${r.id}\u0000${per}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(fact);
  }
  for (const facts of groups.values()) {
    const spans = facts.map((f) => ({ f, span: certainSpan(f.validity!) })).sort((a, b) => a.span[0] - b.span[0]);
    for (let i = 0; i < spans.length; i++) {
      for (let j = i + 1; j < spans.length; j++) {
        const a = spans[i]!;
        const b = spans[j]!;
        if (b.span[0] >= a.span[1]) break; // sorted by start: no later fact can overlap a
        if (sameValues(a.f, b.f)) continue;
        problems.push({
          file: b.f.file,
          entry: b.f.id,
          field: "valid",
          line: b.f.line,
          message: `overlaps ${a.f.id} (${validityLabel(a.f.validity!)} vs ${validityLabel(b.f.validity!)}), but ${a.f.relation.id} holds one value at a time${a.f.relation.exclusivePer ? ` per ${a.f.relation.exclusivePer}` : ""}`,
          severity: "error",
        });
      }
    }
  }
}

/** With `once_per`, no two final facts of the relation may have the same values in those roles. */
function lintOncePer(table: FactTable, problems: FactProblem[]): void {
  const seen = new Map<string, Fact>();
  for (const fact of table.facts) {
    const roles = fact.relation.oncePer;
    if (!roles || fact.status !== "final") continue;
    const key = `${fact.relation.id}\u0000${roles.map((r) => (fact.values.get(r) ?? []).map(valueKey).join("+")).join("\u0000")}`;
    const first = seen.get(key);
    if (!first) seen.set(key, fact);
    else problems.push({ file: fact.file, entry: fact.id, field: "once_per", line: fact.line, message: `has the same ${roles.join(", ")} as ${first.id}, but ${fact.relation.id} has each only once (once_per)`, severity: "error" });
  }
}

function sameValues(a: Fact, b: Fact): boolean {
  const main = a.relation.mainRole.name;
  return (a.values.get(main) ?? []).map(valueKey).join("+") === (b.values.get(main) ?? []).map(valueKey).join("+");
}

/** One alias (after folding) may name only one entity. */
function lintAliases(table: FactTable, entityForms: EntityForms[], problems: FactProblem[]): void {
  const owner = new Map<string, string>();
  for (const { entity: e, forms: all } of entityForms) {
    for (const form of new Set(all)) {
      if (!form) continue;
      const other = owner.get(form);
      if (other && other !== e.id) {
        const o = table.entities.get(other)!;
        problems.push({ file: e.file, entry: e.id, field: "aliases", message: `"${form}" also names ${other} (${o.file}): an alias may name only one entity`, severity: "error" });
      } else owner.set(form, e.id);
    }
  }
}
