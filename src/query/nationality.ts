/**
 * "Was Ian Borg Maltese?", "Zannier was French.": a person and a country, and no word naming a kind
 * of fact. A person has one nationality in this table: the country of the roles marked `nationality`
 * in the facts that have him (CiO, Secretary General, institution heads). Where those all name one
 * country, the claim is "Yes" or "No" whatever the time asked; never a country where something
 * happened to him (an arrest, a visit).
 */
import type { Entity, Fact } from "../facts/model.js";
import type { Candidate } from "../understand/match.js";
import type { Outcome } from "./execute.js";
import type { FactIndex } from "./fact-index.js";

export interface NationalityReading {
  candidate: Candidate;
  outcome: Outcome;
}

/**
 * The readings that ask the person's own country: some relation's nationality role holds the country
 * named, and the person has facts there. (With `cuedToo`, also where a word names the kind of fact —
 * the caller then takes only a "No" from them.)
 */
export function nationalityReadings(ties: Candidate[], index: FactIndex, cuedToo = false): Candidate[] {
  if (!cuedToo && ties.some((c) => c.cued)) return [];
  return ties.filter((c) => {
    const bound = [...(c.plan?.bindings ?? [])];
    return bound.some(([role, es]) => isNationality(c, role) && es.some((e) => e.type === "country")) && personsOf(c).some(([role, p]) => index.has(c.profile.relation.id, role, p.id));
  });
}

/** Yes or No from every fact of the person's in those readings (of the time `said` keeps) — where they name one country only. */
export function nationalityCheck(readings: Candidate[], index: FactIndex, said: (c: Candidate, f: Fact) => boolean): NationalityReading | null {
  const facts: Fact[] = [];
  let claimed: Entity | undefined;
  for (const c of readings) {
    const role = c.profile.relation.roles.find((r) => r.nationality)!;
    claimed ??= c.plan!.bindings.get(role.name)?.find((e) => e.type === "country");
    for (const [personRole, person] of personsOf(c)) facts.push(...index.withEntity(c.profile.relation.id, personRole, person.id).filter((f) => f.status === "final" && said(c, f)));
  }
  const countries = new Set(facts.flatMap((f) => nationalitiesOf(f)));
  if (!claimed || countries.size !== 1 || facts.length === 0) return null;
  const shown = facts.slice(0, 2);
  const outcome: Outcome = countries.has(claimed.id)
    ? { kind: "check", yes: true, matching: shown, atTime: [], otherTimes: [], related: [], scope: { kind: "all" }, closed: true }
    : { kind: "check", yes: false, matching: [], atTime: shown, otherTimes: [], related: [], scope: { kind: "all" }, closed: true, refutedByDetail: true };
  return { candidate: readings[0]!, outcome };
}

function isNationality(c: Candidate, role: string): boolean {
  return !!c.profile.relation.roles.find((r) => r.name === role)?.nationality;
}

function personsOf(c: Candidate): Array<[string, Entity]> {
  return [...(c.plan?.bindings ?? [])].flatMap(([role, es]) => es.filter((e) => e.type === "person").map((e): [string, Entity] => [role, e]));
}

function nationalitiesOf(f: Fact): string[] {
  return f.relation.roles.filter((r) => r.nationality).flatMap((r) => (f.values.get(r.name) ?? []).flatMap((v) => (v.kind === "entity" ? [v.entity.id] : [])));
}
