/**
 * "How long was the term Nazarbayev won in April 2011?", "the term rule in force for the 2022 election":
 * a relation whose rule may change within a year (the presidential term, changed on 17 September 2022)
 * names the events that date its questions (`dated_by`). A time said beside a word of such an event is
 * the event's own day — where one event of it, of the people named, falls in that time.
 */
import { possibleEnd, possibleStart } from "../time/validity.js";
import { formatDay } from "../time/days.js";
import { tokens } from "../text/normalise.js";
import type { TimeQuery } from "../time/parse-time.js";
import type { Fact } from "../facts/model.js";
import type { QueryPlan } from "../understand/match.js";
import type { FactIndex } from "./fact-index.js";

export function datedByEvent(plan: QueryPlan, index: FactIndex, today: number): QueryPlan {
  const t = plan.time;
  if (!plan.datingEvent || !t || (t.mode !== "at" && t.mode !== "since")) return plan;
  const { relations, people } = plan.datingEvent;
  const events = relations
    .flatMap((id) => index.facts(id))
    .filter((f) => f.status === "final" && f.validity && possibleStart(f.validity) === possibleEnd(f.validity, today) && within(f, t) && people.every((p) => names(f, p)));
  const days = [...new Set(events.map((f) => possibleStart(f.validity!)))];
  if (days.length !== 1) return plan;
  const day = days[0]!;
  const label = `${formatDay(day)} (${events[0]!.relation.name})`;
  return { ...plan, labelFilters: [...plan.labelFilters, ...ofTheEvent(plan, events[0]!.relation.name, index)], time: { ...t, start: day, end: t.mode === "since" ? t.end : day, grain: "day", label: t.mode === "since" ? `since ${label}` : label } };
}

/**
 * The facts the event is of, by the words of its kind: a presidential election dates the presidential
 * term, never the Secretary General's. A text role some of the relation's facts say them in, and
 * others not, is filtered by them.
 */
function ofTheEvent(plan: QueryPlan, eventKind: string, index: FactIndex): QueryPlan["labelFilters"] {
  const words = tokens(eventKind).filter((w) => w.length > 3);
  const says = (f: Fact, role: string) => (f.values.get(role) ?? []).some((v) => v.kind === "text" && tokens(v.text).some((w) => words.includes(w)));
  const facts = index.facts(plan.relation.id);
  return plan.relation.roles
    .filter((r) => r.types.includes("text") && facts.some((f) => says(f, r.name)) && !facts.every((f) => says(f, r.name)))
    .map((r) => ({ role: r.name, phrases: words }));
}

/** An event on a day within the time said ("since 2022": within its first year, the year said). */
function within(f: Fact, t: TimeQuery): boolean {
  const day = possibleStart(f.validity!);
  return day >= t.start && day <= (t.mode === "since" ? t.start + YEAR_DAYS : t.end);
}
const YEAR_DAYS = 365;

function names(f: Fact, personId: string): boolean {
  return [...f.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && v.entity.id === personId));
}
