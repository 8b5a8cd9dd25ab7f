/**
 * Two readings that reach the same answer (the same verdict, values, days or derived figure) agree:
 * no need to ask back.
 */
import type { Fact, RoleValue } from "../facts/model.js";
import type { Outcome } from "../query/execute.js";
import { yearOf, ymd } from "../time/days.js";
import { possibleStart } from "../time/validity.js";
import type { Candidate } from "../understand/match.js";

const PLACE_TYPES = new Set(["city", "country", "region", "world_region", "place"]);

/** Two readings of a yes/no question that both find it true ("Was Zannier from Italy?": as SG and as HCNM) agree. */
export function sameVerdict(a: Outcome, b: Outcome): boolean {
  return a.kind === "check" && b.kind === "check" && a.yes && b.yes;
}

/** A ranking or count over relations ranked together reaches the same answer from either one: no need to ask back. */
export function sameDerived(a: Outcome, b: Outcome): boolean {
  if (a.kind === "derived" && b.kind === "derived") return a.text === b.text;
  return a.kind === "count" && b.kind === "count" && a.count === b.count && a.of === b.of && a.facts.length === b.facts.length && a.facts.every((f) => b.facts.includes(f));
}

/**
 * "who was in office as CiO in 2005": two readings that answer the same value of what is asked (the
 * CiO list, and his post as Foreign Minister and CiO; "how many States at Paris": the summit and the
 * Charter, 34 each) agree: no need to ask back.
 */
export function sameValues(a: { c: Candidate; o: Outcome }, b: { c: Candidate; o: Outcome }): boolean {
  // (By name: "the Charter for European Security" is a document of one kind of fact and the text of a summit's outcome in another.)
  // ("High Commissioner on National Minorities (appointed at the Tirana Council)": a text with a bracketed remark is the same post.)
  const shown = (v: RoleValue) => (v.kind === "entity" ? v.entity.name : v.kind === "text" ? v.text.replace(/\s*\([^()]*\)\s*$/, "") : String(v.value)).toLowerCase();
  // (A place agrees only between kinds of fact the table relates: a visit and its meetings — "where was Passy on 6 April 2004?".)
  const related = a.c.profile.relation.related.includes(b.c.profile.relation.id) || b.c.profile.relation.related.includes(a.c.profile.relation.id);
  const values = (x: { c: Candidate; o: Outcome }) => {
    const role = x.c.plan!.asked;
    // (Not a role every fact of the kind fills alike: each inauguration is Kazakhstan's, and says nothing
    // asked. Nor a place: ODIHR was created and is seated in Warsaw — where it was renamed is neither.)
    if (x.o.kind !== "facts" || !role || x.c.profile.constantRoles.has(role.name) || (!related && role.types.some((t) => PLACE_TYPES.has(t)))) return "";
    return [...new Set(x.o.facts.flatMap((f) => (f.values.get(role.name) ?? []).map(shown)))].sort().join("|");
  };
  const said = values(a);
  return said !== "" && said === values(b);
}

/** Two readings asking when that give the same days (or, where the year is asked, the same years). */
export function sameWhen(a: { c: Candidate; o: Outcome }, b: { c: Candidate; o: Outcome }, yearAsked: boolean): boolean {
  if (!yearAsked && (a.c.plan!.shape !== "when" || b.c.plan!.shape !== "when")) return false;
  // (Kinds of fact the table relates — a visit, datelined 6 April 2004, and its meetings, of April 2004 — agree to the month.)
  const related = a.c.profile.relation.related.includes(b.c.profile.relation.id) || b.c.profile.relation.related.includes(a.c.profile.relation.id);
  const month = (day: number) => `${ymd(day).year}-${ymd(day).month}`;
  const start = (f: Fact) => (yearAsked ? yearOf(possibleStart(f.validity!)) : related ? month(possibleStart(f.validity!)) : possibleStart(f.validity!));
  const starts = (o: Outcome) => (o.kind === "facts" && o.facts.every((f) => f.validity) ? [...new Set(o.facts.map(start))].sort().join() : "");
  const days = starts(a.o);
  return days !== "" && days === starts(b.o);
}

/**
 * "who succeeded Nazarbayev in 2019?": two readings of an order (the inaugurations, the elections)
 * whose next ones name the same people agree: no need to ask back.
 */
export function sameNeighbours(a: Outcome, b: Outcome): boolean {
  if (a.kind !== "order" || b.kind !== "order") return false;
  const people = (o: Extract<Outcome, { kind: "order" }>) => {
    const persons = (f: Fact | null) => [...(f?.values.values() ?? [])].flat().flatMap((v) => (v.kind === "entity" && v.entity.type === "person" ? [v.entity.id] : []));
    const anchors = new Set(o.pairs.flatMap((p) => persons(p.anchor)));
    return [...new Set(o.pairs.flatMap((p) => persons(p.neighbour)).filter((id) => !anchors.has(id)))].sort().join("|");
  };
  const named = people(a);
  return named !== "" && named === people(b);
}
