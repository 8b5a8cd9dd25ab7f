/**
 * Clauses about events and meetings: what came after an event, what was done at a meeting, two
 * events compared.
 */
import { combineAnswers } from "../compose/combine.js";
import { finish } from "../compose/compose-answer.js";
import { renderFact } from "../compose/render-fact.js";
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { afterEventQuestion, changeOf, oneAsPicked } from "../query/after-event.js";
import { meetingsNamed } from "../query/meeting-named.js";
import { namesCityOfMeeting } from "../query/place-of-meeting.js";
import { endedFact, oneDayOf, onlyDatedFact, twoEvents } from "../query/two-events.js";
import { yearsFromEventQuestion } from "../query/years-from-event.js";
import type { TimeQuery } from "../time/parse-time.js";
import { possibleEnd, possibleStart, validityLabel } from "../time/validity.js";
import type { QuestionParse } from "../understand/question-parse.js";
import type { Desk } from "./desk.js";
import { dayOfDate } from "../time/days.js";

/** The rest of a question names a place of the meeting's own, or the country it lies in. */
function namesPlaceOf(parse: QuestionParse, meeting: Fact): boolean {
  const places = [...meeting.values.values()].flat().flatMap((v) => (v.kind === "entity" ? [v.entity.id, ...(v.entity.in ? [v.entity.in] : [])] : []));
  return parse.entities.some((e) => places.includes(e.entity.id));
}

/** How many of the facts name one of `named` that not all of them name ("Lithuania" of the Madrid decisions, not "Madrid"). */
function namingApart(facts: readonly Fact[], named: ReadonlySet<string>): number {
  const ids = (f: Fact) => new Set([...f.values.values()].flat().flatMap((v) => (v.kind === "entity" && named.has(v.entity.id) ? [v.entity.id] : [])));
  const each = facts.map(ids);
  const shared = [...named].filter((id) => each.every((s) => s.has(id)));
  return each.filter((s) => [...s].some((id) => !shared.includes(id))).length;
}

/** Whether the entity is among the fact's values. */
function namesEntity(fact: Fact, id: string): boolean {
  return [...fact.values.values()].flat().some((v) => v.kind === "entity" && v.entity.id === id);
}

/** answerAfterEvent, otherKindAfterEvent, answerYearsFromEvent, answerAtMeeting, answerTwoEvents. */
export function eventsAndMeetingsSteps(desk: Desk) {
  const { table, factById, readings } = desk;
  // (Set while a meeting's own "when …" question is asked: that question is never read as at a meeting again.)
  let datingMeeting = false;
  /**
   * "the last Ministerial Council before Astana's summit", read whole as the summit before Astana's:
   * asked again at the event's day, a pick of another kind than the whole's is what was asked.
   */
  function otherKindAfterEvent(text: string, now: Date, whole: Answer): Answer | null {
    const dated = answerAfterEvent(text, now);
    return dated && dated.intent?.relation !== whole.intent?.relation ? dated : null;
  }

  /** "the first CiO after the CSCE became the OSCE": asked again with the event's day (query/after-event.ts). */
  function answerAfterEvent(text: string, now: Date, anyAsked = false): Answer | null {
    const today = dayOfDate(now);
    let event: Fact | undefined;
    const datedFact = (q: string) => {
      const answer = desk.answerClause(q, now);
      const facts = answer.status === "answered" ? answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f) : [];
      // ("before the 2020 vacancy": four posts fell vacant on one day — one event, of many facts.)
      const named = () => new Set(readings.read(q, now).entities.map((m) => m.entity.id));
      // ("after Russia and Belarus blocked Latvia": an event the facts refute dates nothing — the facts the
      // "No" gives instead are of another event. "After Kazakhstan's 2009 chairmanship" is still dated by its
      // own, of 2010.)
      if (/^(?:No|Not)\b/.test(answer.text) && [...named()].some((id) => !facts.some((f) => namesEntity(f, id)))) return (event = undefined);
      return (event = onlyDatedFact(answer, factById) ?? changeOf(facts, today) ?? oneDayOf(answer, factById, named()));
    };
    const timeOf = (q: string) => {
      const relation = desk.answerClause(q, now).intent?.relation;
      return relation ? table.relations.get(relation)?.time : undefined;
    };
    const dater = { read: (t: string) => readings.read(t, now), datedFact, timeOf };
    const dated = afterEventQuestion(text, dater, today, anyAsked);
    if (!dated) return null;
    const answer = desk.answerClause(dated, now);
    // ("who became SG after the one appointed at Tirana?": one who began on the event's own day is the
    // one it is of, never the one after.)
    const found = answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f?.validity);
    const people = (f: Fact) => [...f.values.values()].flat().flatMap((v) => (v.kind === "entity" && v.entity.type === "person" ? [v.entity.id] : []));
    const sameOne = (f: Fact) => possibleStart(f.validity!) === possibleStart(event!.validity!) && people(f).some((id) => people(event!).includes(id));
    const itself = /\bafter\b/i.test(text) && !!event?.validity && found.length > 0 && found.every(sameOne);
    if (!(answer.status === "answered" && !itself && oneAsPicked(text, dater.read, answer.facts, answer.intent?.relation))) return null;
    // ("Malta was picked after Russia and Belarus blocked Estonia — true?": a verdict on what came after an
    // event says the event it was dated by too, with its source.)
    const verdict = /^(?:Yes|No)\b/.test(answer.text) && !!event && !answer.facts.some((f) => f.id === event!.id);
    return verdict ? combineAnswers([answer, finish("answered", `${renderFact(event!).replace(/\.$/, "")}.`, answer.intent, [event!], [])]) : answer;
  }

  /** "which country chaired two years after Germany's 2016 chairmanship": asked in that year (query/years-from-event.ts). */
  function answerYearsFromEvent(text: string, now: Date): Answer | null {
    const asked = yearsFromEventQuestion(text, { datedFact: (q: string) => onlyDatedFact(desk.answerClause(q, now), factById) });
    // ("two years before Kazakhstan": a name alone is the turns' order to step along, read by the whole.)
    if (!asked) return null;
    const answer = desk.answerClause(asked.question, now);
    return answer.status === "answered" ? { ...answer, text: `${asked.lead}: ${answer.text}` } : null;
  }

  /**
   * "who was CiO at the Athens MC": a meeting named by its city is the question's time
   * (query/meeting-named.ts); the answer says when the meeting was, after what holds then.
   */
  function answerAtMeeting(text: string, now: Date): Answer | null {
    // (The meeting's own "when …" question never looks for a meeting in itself.)
    if (datingMeeting) return null;
    datingMeeting = true;
    try {
      return answerAtMeetingOnce(text, now);
    } finally {
      datingMeeting = false;
    }
  }

  function answerAtMeetingOnce(text: string, now: Date): Answer | null {
    const reader = { read: (t: string) => readings.read(t, now), datedFact: (q: string) => onlyDatedFact(desk.answerClause(q, now), factById) };
    const today = dayOfDate(now);
    for (const { rest, core, meeting, led, at } of meetingsNamed(text, reader)) {
      const parse = readings.read(rest, now);
      const checks = parse.yesNo || parse.declarative;
      // Nothing left loose, and something asked of something: the span named only the time.
      if ((!led && !checks) || parse.unknown.length > 0 || (parse.ask === null && !checks && parse.entities.length === 0 && parse.concepts.size === 0)) continue;
      const [start, end] = [possibleStart(meeting.validity!), possibleEnd(meeting.validity!, today)];
      // A year said beside it that the meeting is not in is another question — or, checked, the term
      // the facts are of ("did the Brussels MC in 2006 decide the 2009 chair?": checkAtEachTime).
      const beside = parse.times.filter((t) => t.end < start || t.start > end);
      if (beside.length && (!checks || beside.some((t) => t.relative))) continue;
      const time: TimeQuery = { start, end, grain: "range", mode: "at", relative: false, index: 0, length: 0, label: validityLabel(meeting.validity!) };
      const answer = desk.answerParsed({ ...parse, times: [...beside, time] }, now);
      if (answer.status !== "answered" || answer.intent?.relation === meeting.relation.id) continue;
      // (A meeting that acts — "did the Brussels MC decide …" — dates only an event.)
      const ofEvents = table.relations.get(answer.intent!.relation)?.time === "events";
      if (!led && !ofEvents) continue;
      // ("kaz got the 2010 chair at the Madrid MC": a claim with a year of its own beside the meeting is
      // never checked by what held at the meeting's time — the decision taken there, read whole, may
      // confirm it.)
      if (checks && beside.length && !ofEvents) {
        const whole = desk.answerClause(text, now);
        if (whole.status === "answered" && /^Yes\b/.test(whole.text) && table.relations.get(whole.intent!.relation)?.time === "events") return whole;
        continue;
      }
      // ("Finland hosted the 2008 Ministerial Council": a claim naming the meeting's own place, or its
      // country, is about the meeting itself — no "No" from another kind of fact refutes it.)
      // ("The CSCE became the OSCE at the Budapest Summit": a "No" whose facts were done at the meeting's city
      // took a place for a time — query/place-of-meeting.ts.)
      if (/^No\b/.test(answer.text) && (namesPlaceOf(parse, meeting) || (at && namesCityOfMeeting(answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f), [meeting])))) continue;
      // ("Kazakhstan joined the CSCE at the Helsinki summit — true?": a "No" says when it was.)
      const when = /^No\b/.test(answer.text) ? desk.answerParsed({ ...parse, yesNo: false, declarative: false, ask: "time" }, now) : null;
      return combineAnswers([answer, ...(when?.status === "answered" ? [when] : []), desk.answerClause(`when was the ${core}`, now)]);
    }
    return null;
  }

  /** Two things of different kinds, each dated by its own "when …" question: the time between them, or which came first. */
  function answerTwoEvents(text: string, now: Date, distinctOnly = false): Answer | null {
    const datedEvent = (q: string, named: ReadonlySet<string>) => {
      const answer = desk.answerClause(q, now);
      const only = onlyDatedFact(answer, factById);
      const begun = only ?? oneDayOf(answer, factById, named);
      const ended = begun ? undefined : endedFact(answer, factById);
      // (An end said with its note, which says how it ended: "until he resigned (stepped down) on 19 March 2019".)
      const said = ended?.note && !/\bNote:/.test(answer.text) ? `${answer.text} Note: ${ended.note}` : answer.text;
      // ("when the Baltic states joined": several facts of one day, unless one alone names what the
      // question says, are said whole — "the Madrid decision on Kazakhstan" is the one of Kazakhstan.)
      const wholeDay = !only && begun && namingApart(answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f), named) !== 1;
      return begun ? { fact: begun, ended: false, ...(wholeDay ? { said: answer.text } : {}) } : ended && { fact: ended, ended: true, said };
    };
    const found = twoEvents(text, { read: (t) => readings.read(t, now), datedEvent }, distinctOnly);
    return found && finish("answered", found.text, null, found.facts, []);
  }
  return { otherKindAfterEvent, answerAfterEvent, answerYearsFromEvent, answerAtMeeting, answerTwoEvents };
}
