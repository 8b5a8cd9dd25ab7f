/**
 * A clause of time ("… when Nazarbayev stepped down", "in the year Mongolia joined"): asked first,
 * its answer dates the main question.
 */
import { combineAnswers } from "../compose/combine.js";
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { changeOf } from "../query/after-event.js";
import { inScope } from "../query/execute.js";
import { namesCityOfMeeting } from "../query/place-of-meeting.js";
import { dayNumber, dayOfDate, formatDay, yearOf } from "../time/days.js";
import type { TimeQuery } from "../time/parse-time.js";
import { isOngoing, possibleEnd, possibleStart, validityLabel } from "../time/validity.js";
import type { QuestionParse } from "../understand/question-parse.js";
import type { Desk } from "./desk.js";
import { correctsPremise } from "./premise.js";
import { PRONOUN } from "./wording.js";

/** Whether a reading picks one of several by position: an ordinal, "first" or "last". */
const picksOne = (p: QuestionParse) => p.ordinal !== null || p.concepts.has("first") || p.concepts.has("last");

/** An answer that a first (or last) asked of a year was at another time (query/execute.ts `ownPickElsewhen`). */
const PICK_ELSEWHERE = /^Not (?:first|last) in [^:]+: /;

/** "Which country …", "who …": the question word and its noun, before the main question's verb. */
const ASKED_HEAD = /^\s*(?:(?:which|what)\s+\S+|who|whom)\s+/i;

/** A relative clause after a meeting named ("… where it was renamed", "… at which Kazakhstan was chosen"). */
const MEETING_DESCRIBED = /(?<=\b(?:summit|council|ministerial|meeting|mc))\s*,?\s+(?:where|at\s+which|in\s+which)\s+[^?]+/i;

/** A question tag that ends a claim: ", right?", " — correct?". */
const CLAUSE_TAG = /[\s,;–—-]+(?:right|correct|true|ok|okay|yes|yeah)\s*\?*\s*$/i;

/** "left", "leaving": a leaving said in a clause (the lexicon's end words are the others: "resigned", "stepped down"). */
const LEFT = /\b(?:left|leaves?|leaving)\b/i;

/** "the country", standing for a country named before. */
const THE_COUNTRY = /\b(?:the|that|this)\s+country\b/i;

/** "… pls", "… thanks?" at the end of a clause: the reporter's sign-off. */
const SIGNED_OFF_END = /,?\s+(?:pls|plz|please|thx|thanks)\s*([?.!]*)\s*$/i;

const YEAR_COUNTS: Record<string, number> = { the: 1, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** The one day `day`, as a time asked. */
function oneDay(day: number): TimeQuery {
  return { start: day, end: day, grain: "day", mode: "at", relative: false, index: 0, length: 0, label: formatDay(day) };
}

/** "When Kazakhstan chaired, how many States were there?" as "how many States were there when Kazakhstan chaired" (not "when did …": a question word); "before …, …" likewise. */
function clauseLast(question: string): string {
  const m = /^(when|while|during|at\s+the\s+time\s+of|(?:right\s+|just\s+)?before)\s+(?!(?:did|was|were|is|are|does|do|has|have|had|will|would|can|could)\b)([^,?]{3,}),\s*(.{3,})$/i.exec(question);
  return m ? `${m[3]} ${m[1]} ${m[2]}` : question;
}

/** A verb that ends the clause and stands for the main part's ("… the year after Lithuania did"). */
const PRO_VERB_END = /\s+(?:did|does|had)(?:\s+(?:it|so|too))?\s*([?.!]*)\s*$/i;
/** The main part's verb and what follows it: "chaired the OSCE" of "Kazakhstan chaired the OSCE". */
const MAIN_PREDICATE = /\b(?:\p{L}+ed|held|won|took|became|led|ran)\b.*$/iu;

/** "Kazakhstan chaired the year after Lithuania did": the clause with the main part's verb in place of "did". */
function withVerbOfMain(clause: string, mainText: string): string {
  const proVerb = PRO_VERB_END.exec(clause);
  const predicate = proVerb ? MAIN_PREDICATE.exec(mainText.replace(CLAUSE_TAG, "")) : null;
  return proVerb && predicate ? `${clause.slice(0, proVerb.index)} ${predicate[0].trim()}${proVerb[1]}` : clause;
}

/** "the year after" (or "right after") → 1, "two years before" → −2; null for a connector that moves nothing ("when"). */
function yearsMoved(connector: string): number | null {
  const m = /^(?:in\s+)?(the|a|one|two|three|four|five|\d{1,2})\s+years?\s+(?:(?:right|immediately|directly|just)\s+)?(after|before|following)$/i.exec(connector.trim());
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (YEAR_COUNTS[m[1]!.toLowerCase()] ?? 1);
  return m[2]!.toLowerCase() === "before" ? -n : n;
}

/** A question split at its clause of time ("… when Kazakhstan chaired"). */
interface TimeClauseSplit {
  main: QuestionParse;
  mainText: string;
  clauseText: string;
  /** The clause as written, with any question tag. */
  clauseSaid: string;
  connector: string;
  /** "right after" or "after" an event: the moment right after it. */
  rightAfter: boolean;
  /** "before Nazarbayev stepped down": the day before the event. */
  rightBefore: boolean;
}

/** The clause read as a "when …" question. */
interface ClauseRead {
  clauseParse: QuestionParse;
  /** The main part's name that the clause's pronoun stands for. */
  referents: string[];
  /** A name alone, dated by the main question's own verb ("two years before Kazakhstan"). */
  loneName: boolean;
  since: boolean;
}

/** answerWithTimeClause: the clause of time answered first, its dates the main question's time. */
/** A meeting said by its kind: "the Budapest summit", "the Prague Council". */
const MEETING_SAID = /\b(?:summit|council|ministerial|meeting|conference)\b/i;

/** Whether a city the clause names is the fact's, in a role besides its main one (where it was decided). */
function namesItsMeetingCity(fact: Fact, clauseParse: QuestionParse): boolean {
  const named = new Set(clauseParse.entities.map((m) => m.entity.id));
  return fact.relation.roles.some((r) => r !== fact.relation.mainRole && r.types.includes("city") && (fact.values.get(r.name) ?? []).some((v) => v.kind === "entity" && named.has(v.entity.id)));
}

export function timeClauseSteps(desk: Desk) {
  const { factById, readings } = desk;
  /** The clause's own answer ("when Norway chaired"), where every fact of it is dated outside the main part's own time, and who held then (`withThen`); else null. */
  function clauseApart(clauseText: string, main: QuestionParse, now: Date, withThen = true): Answer | null {
    // ("edi rama was CiO in 2020 while also PM": a clause naming no one is of the main part's subject —
    // the other Prime Ministers the table knows are no evidence against it.)
    if (readings.read(clauseText, now).entities.length === 0) return null;
    const clause = desk.answerClause(`when ${clauseText.replace(/[?.!\s]+$/, "")}`, now);
    if (clause.status !== "answered" || clause.facts.length === 0 || !clause.intent) return null;
    const today = dayOfDate(now);
    const facts = clause.facts.map((f) => factById(f.id));
    const own = main.times.filter((t) => !t.relative && t.mode === "at");
    const outside = (f: Fact | undefined) => !!f?.validity && own.every((t) => possibleEnd(f.validity!, today) < t.start || possibleStart(f.validity!) > t.end);
    if (!facts.every(outside)) return null;
    if (!withThen) return clause;
    // (And who did then: "while Norway chaired" — Poland chaired in 1998.)
    const then = desk.answerParsed({ ...readings.read(clauseText, now), entities: [], ask: "agent", yesNo: false, declarative: false, times: own }, now);
    return then.status === "answered" ? { ...clause, text: `${clause.text} ${then.text}`, facts: [...clause.facts, ...then.facts] } : clause;
  }

  /**
   * "Who was Secretary General when Kazakhstan chaired?": the clause after when/while/during is
   * answered first, its dates become the time of the main question. Used only when the question as
   * a whole could not be answered.
   */
  function answerWithTimeClause(question: string, now: Date, when: "before the whole" | "after it", telegraphicMain: boolean): Answer | null {
    const split = splitAtTimeClause(question, now, when, telegraphicMain);
    if (!split) return null;
    const own = when === "before the whole" ? answerAtOwnTime(split, now) : null;
    if (own) return own;
    const read = readClause(split, now, when);
    // ("who was CiO right after kazakhstan lithuania": names alone after "after" say no event to date —
    // never the day after one of them joined. "at the Central Election Commission" still places a meeting.)
    if (read && /^(?:(?:right|immediately|directly|just)\s+)?(?:after|before|since|following)$/i.test(split.connector.trim()) && read.clauseParse.concepts.size === 0 && read.clauseParse.operations.size === 0 && read.clauseParse.times.length === 0 && read.clauseParse.unknown.length === 0 && !read.clauseParse.starting) return null;
    const left = read && answerAfterHolderLeft(split, read.clauseParse, now);
    if (left) return left;
    const facts = read && clauseFacts(split, read, now);
    if (!read || !facts) return null;
    const { main, mainText, connector, rightAfter } = split;
    if (rightAfter && facts.length > 0 && facts.every((f) => f?.relation.time === "events")) return dayAfterMeeting(main, facts as Fact[], now);
    const { clauseParse, since } = read;
    const today = dayOfDate(now);
    // ("when Nazarbayev resigned": a clause about an end dates the day it ended, not the years it held.)
    const ending = clauseParse.operations.has("end") && !clauseParse.starting;
    const start = Math.min(...facts.map((f) => (ending ? possibleEnd(f!.validity!, today) : possibleStart(f!.validity!))));
    // "the year Montenegro joined": a clause about a beginning, or a state still holding, dates its start.
    const endOf = (v: NonNullable<Fact["validity"]>) => (!ending && (clauseParse.starting || rightAfter || isOngoing(v)) ? possibleStart(v) : possibleEnd(v, today));
    const end = Math.max(...facts.map((f) => endOf(f!.validity!)));
    // One time, or a few close together (Passy's meetings of April 2004); never a span of years
    // ("the Vienna Ministerial Council" met in 2000, 2017 and 2025: which one is not said).
    if (facts.length === 0) return null;
    if (end - start > 400) return eachTimeNamed(main, clauseParse, facts as Fact[], endOf, now);
    // (Since an event: from its day on, as "since 16 December 1991" is read.)
    // ("how many years since …" asks the time since: the whole reading's elapsed, never a filter. A count
    // since an event is left to the whole reading: "how many cities … since independence" counts names.)
    if (since) return facts.length === 1 && Number.isFinite(start) && !/^\W*how\s+(?:many|long|much)\b/i.test(mainText) ? desk.answerClause(`${mainText} since ${formatDay(start)}`, now) : null;
    // ("what was the capital called before Nazarbayev stepped down?": the day before it, one day only.)
    if (split.rightBefore) return facts.length === 1 ? desk.answerParsed({ ...main, times: [oneDay(start - 1)] }, now) : null;
    const label = [...new Set(facts.map((f) => validityLabel(f!.validity!)))].join(", ");
    const shift = yearsMoved(connector);
    const year = yearOf(start) + (shift ?? 0);
    const time: TimeQuery = shift === null
      ? { start, end, grain: "range", mode: "at", relative: false, index: 0, length: 0, label }
      : { start: dayNumber(year), end: dayNumber(year, 12, 31), grain: "year", mode: "at", relative: false, index: 0, length: 0, label: String(year) };
    // ("Was the FSC chaired by Kazakhstan in 2010, the year of its OSCE chairmanship?": a year the main
    // part says itself is the question's; a clause dated outside it never replaces it.)
    if (main.times.some((t) => !t.relative && t.mode === "at" && (t.end < time.start || t.start > time.end))) return null;
    const result = afterTheChange(desk.answerParsed({ ...main, times: [time] }, now), main, time, clauseParse.starting, now);
    // ("… at the Budapest Summit in 1994": a "No" whose facts were done at the meeting's city took a place for a time;
    // "during the 2010 summit" is a time only — the capital then, Astana, refutes "Nur-Sultan".)
    if (/^No\b/.test(result.text) && /^at$/i.test(connector) && namesCityOfMeeting(result.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f), facts as Fact[])) return null;
    // A yes/no question dated by a when-clause has that answer or none: the whole, read without the
    // clause's time, checks another claim ("did Kazakhstan chair the FSC when it chaired the OSCE?").
    // ("Was 2009 the year Kazakhstan chaired?" names nothing before the clause: the whole is the question.)
    return result.status === "answered" || (main.yesNo && main.entities.length > 0 && connector.toLowerCase() !== "at") ? result : null;
  }

  /**
   * "who became CiO when de Hoop Scheffer left to head NATO": a clause of someone leaving, asked of a
   * post that person held once, dates the day after that one's term ended — not the day the new post
   * began (1 January 2004, when Passy was CiO). Null where the person held it more than once or never.
   */
  function answerAfterHolderLeft({ main, clauseText }: TimeClauseSplit, clauseParse: QuestionParse, now: Date): Answer | null {
    const people = clauseParse.entities.filter((m) => m.entity.type === "person");
    const leaving = LEFT.test(clauseText) || [...desk.endWords].some((w) => new RegExp(`\\b${w}\\b`, "i").test(clauseText));
    // (Only who became it: who held it when someone left may be the one leaving, on the last day.)
    if (!leaving || !main.starting || people.length !== 1 || main.yesNo || (main.ask !== "agent" && main.ask !== "which") || main.times.length > 0) return null;
    const relation = desk.answerParsed(main, now).intent?.relation;
    const held = relation ? desk.index.facts(relation).filter((f) => f.validity && [...f.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && v.entity.id === people[0]!.entity.id))) : [];
    if (held.length !== 1 || isOngoing(held[0]!.validity!)) return null;
    // (Who became it began the day the term ended.)
    const day = possibleEnd(held[0]!.validity!, dayOfDate(now));
    const time: TimeQuery = { start: day, end: day, grain: "day", mode: "at", relative: false, index: 0, length: 0, label: formatDay(day) };
    const answer = desk.answerParsed({ ...main, times: [time] }, now);
    const leaver = people[0]!.entity.id;
    return answer.status === "answered" && !answer.facts.some((f) => factById(f.id) && [...factById(f.id)!.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && v.entity.id === leaver))) ? answer : null;
  }

  /**
   * "The OSCE had 56 participating States when Mongolia joined.": on the day a thing began, what ended
   * that day had been changed by it — a claim is checked against the state after it (57: "No").
   * (A question of the value keeps both, each with its dates: "56 until 21 November 2012, 57 since".)
   */
  function afterTheChange(atDay: Answer, main: QuestionParse, time: TimeQuery, starting: boolean, now: Date): Answer {
    if (main.ask !== null || !starting || time.start !== time.end || atDay.status !== "answered") return atDay;
    const endedThatDay = atDay.facts.some((f) => { const v = factById(f.id)?.validity; return !!v && v.kind === "span" && possibleEnd(v, dayOfDate(now)) === time.start; });
    if (!endedThatDay) return atDay;
    const dayAfter = desk.answerParsed({ ...main, times: [{ ...time, start: time.start + 1, end: time.start + 1 }] }, now);
    return dayAfter.status === "answered" ? dayAfter : atDay;
  }

  /** The question split at its clause of time, with its main part read; null where it has no such clause or the main part is no question of its own. */
  function splitAtTimeClause(question: string, now: Date, when: "before the whole" | "after it", telegraphicMain: boolean): TimeClauseSplit | null {
    // "… at the Athens ministerial in December 2009": an event named after "at" dates the question too.
    // ("the year after the Astana summit", "two years before …": the event's year, moved by so many.)
    const m = /^(.{2,}?)\s+(when|while|during|(?:in\s+)?the\s+(?:same\s+)?year(?!\s+(?:(?:right|immediately|directly|just)\s+)?(?:after|before|following)\b)|(?:in\s+)?(?:the|a|one|two|three|four|five|\d{1,2})\s+years?\s+(?:(?:right|immediately|directly|just)\s+)?(?:after|before|following)|(?:right|immediately|directly|just)\s+after|after(?=\s+\S+(?:\s+\S+)?\s+(?:joined|was\s+admitted|became|took|quit|resigned|stepped|left))|(?:(?:right|just|shortly)\s+)?before(?=\s+(?!it\s)\S+(?:\s+\S+)?\s+(?:stepped|resigned|left|quit|joined|was\s+admitted))|at\s+the\s+time(?:\s+of)?|at(?=\s+the\s)|since(?=\s+(?:the\s+|its\s+)?[a-z]+(?:,?\s+(?:pls|plz|please|thx|thanks))?\s*[?.!]*$))\s+(.{3,})$/i.exec(clauseLast(question.trim()));
    if (!m) return null;
    const [, mainSaid, connector, signedOff] = m as unknown as [string, string, string, string];
    // ("… since independence pls": the reporter's sign-off is no part of the clause.)
    const clauseSaid = signedOff.replace(SIGNED_OFF_END, "$1");
    // ("Rau chaired during Poland's first chairmanship, right?": the tag asks of the whole claim, not of the clause.)
    // (Only after "during"/"when"/"while": a meeting named after "at" is what the claim is checked against.)
    const tag = /^(?:when|while|during)$/i.test(connector) ? CLAUSE_TAG.exec(clauseSaid) : null;
    const [mainText, clauseTold] = tag ? [`${mainSaid}${tag[0]}`, clauseSaid.slice(0, tag.index)] : [mainSaid, clauseSaid];
    // ("at the Budapest summit where it was renamed": the meeting dates the question; what happened there only describes it.)
    const clauseText = /^at$/i.test(connector) ? clauseTold.replace(MEETING_DESCRIBED, "") : withVerbOfMain(clauseTold, mainText);
    // ("in the year after Kazakhstan's chairmanship": an order the whole reading says better; a year moved
    // is a fallback, and so is the moment right after an event: "how many States after Montenegro joined".)
    const rightAfter = /^(?:(?:right|immediately|directly|just)\s+)?after$/i.test(connector);
    const rightBefore = /^(?:(?:right|just|shortly)\s+)?before$/i.test(connector);
    // ("who was CiO the year before Kazakhstan chaired?": a clause with a verb of its own names a time,
    // and the year before it is every holder of that year — never only the one right before.)
    const clauseHasVerb = /^\S+(?:\s+\S+)?\s+(?:chaired|held|joined|hosted|took|became|was|won|left)\b/i.test(clauseText);
    if (when === "before the whole" && ((yearsMoved(connector) !== null && !clauseHasVerb) || rightAfter || rightBefore)) return null;
    // ("created before or after Kazakhstan joined?" compares two events; it dates nothing.)
    if (rightAfter && /\b(?:or|and|before)\s*$/i.test(mainText)) return null;
    const main = readings.read(mainText, now);
    // The main part must be a question of its own ("head count of states at the Paris Summit" is not "head of state");
    // after a word that can only date it, a telegraphic one will do ("capital when Tokayev won in 2022").
    const dating = telegraphicMain && connector.toLowerCase() !== "at";
    if (main.ask === null && !main.yesNo && main.entities.length === 0 && !(dating && main.concepts.size > 0)) return null;
    // ("was the CSCE renamed before Andorra joined?" compares two events: the day before dates no claim.)
    if (rightBefore && (main.yesNo || main.declarative)) return null;
    // Nothing left loose in the main part: the clause dates a question that is whole without it.
    if (main.unknown.length > 0) return null;
    // ("the second CiO during Italy's chairmanship" counts within the time: the whole reading does that.)
    // (Unless the clause picks one of its own: "the last CiO during Finland's first chairmanship" — one reading
    // cannot pick twice, so the clause dates the main part, which picks within that time.)
    if (when === "before the whole" && (main.ordinal !== null || main.operations.size > 0 || main.concepts.has("first") || main.concepts.has("last")) && !picksOne(readings.read(clauseText, now))) return null;
    // "who ran it at the start": a pronoun the main part cannot resolve leaves it without a subject.
    if (main.entities.length === 0 && PRONOUN.test(mainText)) return null;
    return { main, mainText, clauseText, clauseSaid, connector, rightAfter, rightBefore };
  }

  /**
   * "who chaired right after the Budapest summit?": after a meeting is once it was over — who held a
   * post the next day. A meeting asked ("which Council came right after …") is the next one, which
   * query/after-event.ts finds; never the meeting's own days.
   */
  function dayAfterMeeting(main: QuestionParse, facts: Fact[], now: Date): Answer | null {
    const day = Math.max(...facts.map((f) => possibleEnd(f.validity!, dayOfDate(now)))) + 1;
    const time: TimeQuery = { start: day, end: day, grain: "day", mode: "at", relative: false, index: 0, length: 0, label: formatDay(day) };
    const result = desk.answerParsed({ ...main, times: [time] }, now);
    const ofPosts = result.facts.length > 0 && result.facts.every((f) => desk.table.relations.get(f.relation)?.time !== "events");
    return result.status === "answered" && ofPosts ? result : null;
  }

  /** The clause's own answer ("when the Brussels MC"), where no fact of `own` meets its days; else null. */
  function eventsApart(own: Answer, clauseSaid: string, now: Date): Answer | null {
    const clause = desk.answerClause(`when ${clauseSaid.replace(/[?.!\s]+$/, "")}`, now);
    const today = dayOfDate(now);
    const spans = clause.status === "answered" ? clause.facts.map((f) => factById(f.id)?.validity).filter((v): v is NonNullable<Fact["validity"]> => !!v) : [];
    const meets = (f: Fact | undefined) => !!f?.validity && spans.some((v) => possibleStart(f.validity!) <= possibleEnd(v, today) && possibleEnd(f.validity!, today) >= possibleStart(v));
    return spans.length > 0 && !own.facts.some((f) => meets(factById(f.id))) ? clause : null;
  }

  /** The main part asked at its own year, where it says one: the clause only tells why that year. */
  function answerAtOwnTime({ main, clauseSaid, connector }: TimeClauseSplit, now: Date): Answer | null {
    // "who headed ODIHR in 2005 when the Kazakh mission was deployed": a main part dated by its own
    // year is the question; the clause only tells why that year.
    // (Not a check of where: "was the 2009 chairmanship decided at the Brussels Council?" claims the meeting too.)
    if (main.times.some((t) => !t.relative && t.mode === "at") && (main.ask !== null || main.yesNo) && !(main.yesNo && /^at$/i.test(connector))) {
      const own = desk.answerParsed(main, now);
      // ("who chaired in 2009 at the Astana summit?": a meeting dated outside the main part's year is no
      // reason for that year but another time — which of the two is meant the table cannot say. An event
      // is dated by the meeting: "Kazakhstan's 2009 bid at the Brussels MC" names the year sought.)
      // (An event answered is one done at the meeting, or none is: "the decision on the 2009 chair at the
      // Brussels MC" is not the Madrid decision of a year later.)
      const atMeeting = !main.yesNo && /^at$/i.test(connector) && own.status === "answered";
      const ofTerms = desk.table.relations.get(own.intent?.relation ?? "")?.time !== "events";
      const meeting = clauseSaid.replace(/[\s?.!,]+$/, "");
      const elsewhen = atMeeting && ofTerms ? clauseApart(clauseSaid, main, now, false) : null;
      if (elsewhen) return desk.unknown(`I don't know which time you mean: you name ${main.times.map((t) => t.label).join(", ")}, and "${meeting}" was at another time. ${elsewhen.text}`);
      const undone = atMeeting && !ofTerms ? eventsApart(own, clauseSaid, now) : null;
      if (undone) return desk.unknown(`I don't know: I have nothing of that done at "${meeting}". ${undone.text}`);
      // ("Was the Oslo MC of 1998 held while Norway chaired?": a check whose clause is dated outside its year is "No".)
      const apart = main.yesNo && /^(?:when|while|during)$/i.test(connector) && own.status === "answered" ? clauseApart(clauseSaid, main, now) : null;
      if (apart) return { ...own, text: `No. ${apart.text} ${own.text.replace(/^(?:Yes|No)[.:,]\s*/, "")}`, facts: [...apart.facts, ...own.facts] };
      // ("edi rama was CiO in 2020 while also PM?": a "Yes" to the main part says nothing of a clause naming no one.)
      const unchecked = main.yesNo && /^Yes\b/.test(own.text) && /^(?:while|during)$/i.test(connector) && readings.read(clauseSaid, now).entities.length === 0;
      if (own.status === "answered") return unchecked ? { ...own, text: `${own.text} I can't confirm "${connector} ${clauseSaid.replace(/[\s?.!,]+$/, "").replace(CLAUSE_TAG, "")}" from my fact table.` } : own;
    }
    return null;
  }

  /** The clause read as its own "when …" question, with the main part's name for its pronoun; null where it names nothing that dates. */
  function readClause({ main, mainText, clauseText: said0, connector }: TimeClauseSplit, now: Date, when: "before the whole" | "after it"): ClauseRead | null {
    // "during its chairmanship": the clause's pronoun is the main question's entity.
    const ownTypes = new Set(readings.read(said0, now).entities.map((e) => e.entity.type));
    // ("Kazakhstan's capital when the country joined the CSCE": "the country" is the one the main part names.)
    const country = ownTypes.has("country") ? undefined : main.entities.find((e) => e.entity.type === "country");
    const clauseText = country ? said0.replace(THE_COUNTRY, country.entity.name) : said0;
    const pronoun = PRONOUN.test(clauseText);
    // One pronoun, one referent: the first name the main part gives ("did Kazakhstan chair the FSC when
    // it chaired the OSCE?" — it is Kazakhstan, not the FSC as well).
    // ("when kz renamed its capital": a name the clause says before its pronoun is the one it stands for.)
    const pronounAt = pronoun ? clauseText.search(PRONOUN) : -1;
    const ownBefore = pronounAt > 0 && readings.read(clauseText.slice(0, pronounAt), now).entities.length > 0;
    const referents = pronoun && !ownBefore ? main.entities.filter((e) => !ownTypes.has(e.entity.type)).slice(0, 1).map((e) => e.entity.name) : [];
    // ("… since independence": an event said without its subject is the main part's — Kazakhstan's.)
    const since = /^since$/i.test(connector);
    const subjectless = since && readings.read(clauseText, now).entities.length === 0 ? main.entities.slice(0, 1).map((e) => e.entity.name) : [];
    const said = readings.read(`when ${clauseText} ${[...referents, ...subjectless].join(" ")}`, now);
    // ("which country chaired two years before Kazakhstan": a name alone is dated by the main question's own verb.)
    const loneName = yearsMoved(connector) !== null && said.entities.length === 1 && said.concepts.size === 0 && said.times.length === 0;
    const clauseParse = loneName ? readings.read(`when ${clauseText} ${mainText.replace(ASKED_HEAD, "")}`, now) : said;
    // The clause names what dates it ("the Athens ministerial", "Kazakhstan chaired"); "at the start" names nothing.
    // ("since independence" with no one named: the one event of that kind there is, if only one — see `since` below.)
    if (clauseParse.entities.length === 0 && clauseParse.times.length === 0 && !(since && clauseParse.concepts.size > 0)) return null;
    // ("at the very start of the 1994 chairmanship" is a date already read: the whole reading has it;
    // "at the Athens ministerial in Dec 2009" names the event that dates it.)
    if (when === "before the whole" && clauseParse.times.some((t) => t.grain !== "year") && clauseParse.entities.length === 0) return null;
    return { clauseParse, referents, loneName, since };
  }

  /** The facts that date the clause; null where its premise was corrected, or it dates nothing. */
  function clauseFacts({ clauseText }: TimeClauseSplit, { clauseParse, referents, loneName }: ClauseRead, now: Date): Fact[] | null {
    // ("during the 1999 and the 2015 elections": a clause of two years is asked at each.)
    const twoYears = !loneName && clauseParse.times.filter((t) => !t.relative && t.grain === "year").length > 1;
    const clause = twoYears ? desk.answerClause(`when ${clauseText} ${referents.join(" ")}`.trim(), now) : desk.answerParsed(clauseParse, now);
    // ("when Kazakhstan chaired in 2009, who was CiO?": a clause whose premise was corrected dates nothing.)
    // ("during its first chairmanship in 2025": not its first — but the year said still dates the question.)
    const pickElsewhen = PICK_ELSEWHERE.test(clause.text) && clauseParse.times.length === 1;
    if (correctsPremise(clause) && !pickElsewhen) return null;
    const spans = clause.status === "answered" && clause.intent?.shape === "when" ? clause.facts.filter((f) => f.valid && f.relation === clause.intent!.relation) : [];
    const dayNow = dayOfDate(now);
    // ("during Kazakhstan's OSCE year": what a report said was so "as of" a day is no event to date a time by.)
    const dated = spans.map((f) => factById(f.id)).filter((f): f is Fact => !!f?.validity && !(f.validity.kind === "as_of" && f.status === "reported") && (!pickElsewhen || inScope(f, { kind: "query", time: clauseParse.times[0]! }, dayNow)));
    // ("when the CSCE became the OSCE": the old name and the new one; the change is the day the new began.)
    const changed = clauseParse.starting ? changeOf(dated, dayOfDate(now)) : undefined;
    const facts = changed ? [changed] : dated;
    // ("when the Budapest summit renamed it the OSCE": the meeting said met on its own days, in December
    // 1994; the state it decided began later, on 1 January 1995 — which of the two is meant is not said.)
    if (MEETING_SAID.test(clauseText) && facts.some((f) => f.relation.time !== "events" && namesItsMeetingCity(f, clauseParse))) return null;
    return facts;
  }

  /**
   * "Which countries chaired during the 1999 and the 2015 presidential elections?": a clause naming
   * as many years as the facts that date it is asked at each of them in turn (each answered, or none).
   */
  function eachTimeNamed(main: QuestionParse, clauseParse: QuestionParse, facts: Fact[], endOf: (v: NonNullable<Fact["validity"]>) => number, now: Date): Answer | null {
    const years = new Set(clauseParse.times.filter((t) => !t.relative && t.grain === "year").map((t) => yearOf(t.start)));
    // (One fact a year: a preliminary figure beside the final one dates the same event.)
    const byYear = new Map<number, Fact>();
    for (const f of facts) if (!byYear.has(yearOf(possibleStart(f.validity!)))) byYear.set(yearOf(possibleStart(f.validity!)), f);
    if (years.size < 2 || byYear.size !== years.size || ![...byYear.keys()].every((y) => years.has(y))) return null;
    const parts = [...byYear.values()].map((f) => {
      const v = f.validity!;
      const time: TimeQuery = { start: possibleStart(v), end: endOf(v), grain: "range", mode: "at", relative: false, index: 0, length: 0, label: validityLabel(v) };
      return desk.answerParsed({ ...main, times: [time] }, now);
    });
    return parts.every((p) => p.status === "answered") ? combineAnswers(parts) : null;
  }
  return { answerWithTimeClause };
}
