/**
 * "The CSCE became the OSCE at the Budapest Summit in 1994.": a meeting said after "at" may be the
 * time of a claim or the place where the thing was done. Facts that name the meeting's city (renamed
 * by the Budapest Summit, with effect from 1995) were done there: the meeting's days refute nothing.
 */
import type { Fact } from "../facts/model.js";

/** The ids of the cities a fact holds in any role. */
function citiesOf(fact: Fact): string[] {
  return [...fact.values.values()].flat().flatMap((v) => (v.kind === "entity" && v.entity.type === "city" ? [v.entity.id] : []));
}

/** Some fact of another kind than the meetings names one of the meetings' cities. */
export function namesCityOfMeeting(facts: readonly Fact[], meetings: readonly Fact[]): boolean {
  const cities = new Set(meetings.flatMap(citiesOf));
  const kinds = new Set(meetings.map((m) => m.relation.id));
  return facts.some((f) => !kinds.has(f.relation.id) && citiesOf(f).some((id) => cities.has(id)));
}
