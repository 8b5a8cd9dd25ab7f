/**
 * Questions read whole before they are split into clauses: "then" of a part before, at home or
 * away, ranked, earliest in the year, expected and what happened, a name asked after a question.
 */
import { combineAnswers } from "../compose/combine.js";
import { finish } from "../compose/compose-answer.js";
import { renderFact } from "../compose/render-fact.js";
import type { Entity, Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { dayOfYearAsked, pickByDayOfYear } from "../query/day-of-year.js";
import { inScope } from "../query/execute.js";
import { homeAsked, homeOrAway } from "../query/home-meeting.js";
import { rankAsked, rankedByFigure } from "../query/ranked.js";
import { thenOfContext } from "../query/then-of-context.js";
import { onlyDatedFact } from "../query/two-events.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import { expectedOutcome } from "../understand/expected-outcome.js";
import { nameFollowUp } from "../understand/name-follow-up.js";
import type { Desk } from "./desk.js";
import { VERDICT_LEAD } from "./wording.js";
import { dayOfDate } from "../time/days.js";

/** The shapes of a message read whole, each tried before the message is split. */
export function messageShapesSteps(desk: Desk) {
  const { table, index, factById, readings } = desk;
  /** "montenegro joined in 2006 — who chaired then?": the last part asked at the time the part before says or dates (query/then-of-context.ts). */
  function answerThenOfContext(text: string, now: Date): Answer | null {
    const found = thenOfContext(text, { read: (t) => readings.read(t, now), datedFact: (q) => onlyDatedFact(desk.answerClause(q, now), factById) });
    if (!found) return null;
    const asked = desk.answerClause(found.question, now);
    if (asked.status !== "answered") return null;
    // ("astana summit year + CiO at the time": what the part before asks is answered first.)
    if (!found.contextAsks) return asked;
    const context = desk.answerClause(found.context, now);
    return context.status === "answered" ? combineAnswers([context, asked]) : null;
  }

  /**
   * "Which Ministerial Councils were held outside the chairing country?", "Did Finland hold its 2025
   * Council at home?" (query/home-meeting.ts): the meetings the rest asks for, at home or away.
   */
  function answerHomeMeeting(text: string, now: Date): Answer | null {
    const asked = homeAsked(text);
    if (!asked) return null;
    const plain = desk.answerQuestionsOf(asked.rest, now);
    const relation = table.relations.get(plain.intent?.relation ?? "");
    if (plain.status === "unknown" || !relation?.chairedBy) return null;
    const today = dayOfDate(now);
    // The meetings of the times said, or those answered; "which Councils …?" with no time asks of all.
    // ("did Finland hold its 2025 Council at home?" is answered with Helsinki 2008: the time said decides.)
    const times = readings.read(asked.rest, now).times.filter((t) => !t.relative);
    const ofTimes = (f: Fact) => times.length === 0 || times.some((t) => inScope(f, { kind: "query", time: t }, today));
    const answered = plain.status === "answered" ? plain.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f?.validity && f.relation === relation && ofTimes(f)) : [];
    const meetings = answered.length ? answered : index.facts(relation.id).filter((f) => f.validity && f.status === "final" && ofTimes(f) && (times.length > 0 || plain.status !== "answered"));
    const chairsOf = (f: Fact) => [possibleStart(f.validity!), possibleEnd(f.validity!, today)].flatMap((day) => chairingCountries(relation.chairedBy!, day, today));
    const seen = homeOrAway(meetings, relation.mainRole.name, chairsOf);
    if (!seen || seen.length === 0) return null;
    const said = (h: (typeof seen)[number]) => `${renderFact(h.fact).replace(/\.$/, "")} (${h.chair.short ?? h.chair.name} chaired).`;
    const parse = readings.read(text, now);
    if ((parse.yesNo || parse.declarative) && seen.length === 1) return finish("answered", `${seen[0]!.atHome !== asked.outside ? "Yes" : "No"}. ${said(seen[0]!)}`, null, [seen[0]!.fact], []);
    const chosen = seen.filter((h) => h.atHome !== asked.outside);
    const where = asked.outside ? "outside the chairing country" : "in the chairing country";
    const head = parse.ask === "count" || /\bhow\s+many\b/i.test(text) ? `${chosen.length} of ${seen.length} held ${where}` : chosen.length ? `Held ${where}` : `None of the ${seen.length} was held ${where}`;
    return finish("answered", `${head}${chosen.length ? `: ${chosen.map(said).join(" ")}` : "."}`, null, chosen.map((h) => h.fact), []);
  }

  /** The countries whose one-at-a-time facts of `relationId` held on `day` (two on a day the chair was handed over). */
  function chairingCountries(relationId: string, day: number, today: number): Entity[] {
    const held = index.facts(relationId).filter((f) => f.validity && f.status === "final" && possibleStart(f.validity) <= day && day <= possibleEnd(f.validity, today));
    return held.flatMap((f) => (f.values.get(f.relation.mainRole.name) ?? []).flatMap((v) => (v.kind === "entity" && v.entity.type === "country" ? [v.entity] : [])));
  }

  /** "Which Ministerial Council since 2000 began latest in the calendar year?" (query/day-of-year.ts). */
  function answerDayOfYear(text: string, now: Date): Answer | null {
    const asked = dayOfYearAsked(text);
    if (!asked) return null;
    const plain = desk.answerQuestionsOf(asked.rest, now);
    if (plain.status !== "answered") return null;
    const facts = plain.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f && f.relation.id === plain.intent?.relation);
    const picked = pickByDayOfYear(facts, asked, dayOfDate(now));
    if (!picked) return null;
    const head = `${asked.which === "earliest" ? "Earliest" : "Latest"} in the year${asked.byEnd ? " (by its last day)" : ""}`;
    return finish("answered", `${head}: ${picked.map((f) => renderFact(f)).join(" ")}`, null, picked, []);
  }

  /** "Rank Nazarbayev's 2005, 2011 and 2015 results from highest to lowest" (query/ranked.ts): what is asked, in order of its figure. */
  function answerRanked(text: string, now: Date): Answer | null {
    const asked = rankAsked(text);
    if (!asked) return null;
    const plain = desk.answerQuestionsOf(asked.rest, now);
    if (plain.status !== "answered") return null;
    const ranked = rankedByFigure(plain.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f), asked.order);
    if (!ranked) return null;
    const head = asked.order === "desc" ? "From highest to lowest" : "From lowest to highest";
    return finish("answered", `${head}: ${ranked.map((f) => renderFact(f)).join(" ")}`, null, ranked, []);
  }

  /**
   * "was kaz expected to chair in 2009 — and did it?", "did kaz chair in 2009, as expected in 2006?":
   * what happened is asked plainly, and what was expected too where it is asked (understand/expected-outcome.ts).
   * Only a verdict on what happened answers.
   */
  function answerExpectedOutcome(text: string, now: Date): Answer | null {
    const found = expectedOutcome(text);
    if (!found) return null;
    const outcome = desk.answerClause(found.outcome, now);
    if (outcome.status !== "answered" || !VERDICT_LEAD.test(outcome.text) || (found.onlyRefuted && !/^No\b/.test(outcome.text))) return null;
    if (found.expectation === null) return outcome;
    const expectation = desk.answerClause(found.expectation, now);
    return expectation.status === "answered" ? combineAnswers([expectation, outcome]) : null;
  }
  /** "is liechtenstein a pS? and san marino?": the question asked again of the name after it (understand/name-follow-up.ts). */
  function answerNameFollowUp(text: string, now: Date): Answer | null {
    const found = nameFollowUp(text, (t) => readings.read(t, now));
    if (!found) return null;
    const parts = [desk.answerClause(found.first, now), desk.answerClause(found.second, now)];
    return parts.every((p) => p.status === "answered") ? combineAnswers(parts) : null;
  }
  return { answerThenOfContext, answerHomeMeeting, answerDayOfYear, answerRanked, answerExpectedOutcome, answerNameFollowUp };
}
