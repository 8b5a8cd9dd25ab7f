/**
 * One clause answered: the special shapes tried first (a clause of time, a meeting, two events, an
 * aside), then its plain reading.
 */
import { PLURAL_NOUN_ASKED } from "../query/after-event.js";
import { combineAnswers } from "../compose/combine.js";
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { yearOfLookAlike } from "../time/unreadable-years.js";
import { yearRangeQuery } from "../time/time-query.js";
import type { TimeQuery } from "../time/parse-time.js";
import { dayOfDate, yearOf } from "../time/days.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import { asksJudgement } from "../understand/judgement.js";
import { parseQuestion } from "../understand/parse-question.js";
import type { QuestionParse } from "../understand/question-parse.js";
import { foldName, listedTogether, saidTogether } from "../understand/match.js";
import type { Desk } from "./desk.js";
import { onlyOperation } from "./wording.js";
import { claimPartsPerTime } from "./claims-per-time.js";
import { answerWithoutPurpose } from "./purpose-said.js";

/** Operations asked the same of each time said ("which months were the 2015 and 2019 elections": each one's month). */
const EACH_TIME_OPERATIONS = new Set(["list", "future", "exact", "exact_month"]);
/** "since it moved from Almaty", "after the move from almaty", "since the CSCE became the OSCE": since an event told with its verb or its noun. */
const SINCE_CLAUSE = /\b(?:since|after)\s+(?:(?:it|they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:was\s+|were\s+|had\s+been\s+)?(?:[a-z]+ed|took|became|left|began|won|got|went|came|ran)\b|(?:the|its)\s+[\p{L}-]+\s+(?:from|to|of)\s+\p{L})/u;

/** A question, then "after" or "before" a name and the verb of its event: "… after montenegro joined". */
const ORDER_THEN_EVENT = /^(.*?)\b(?:after|before)\s+\S+(?:\s+\S+)?\s+(?:joined|was\s+admitted|became|took\s+over|left)\b/i;
/** A verb of the question's own: "how many states joined", "how many were admitted". */
const HAS_VERB = /\b(?:join|joins|joined|admitted|became|become|took|left|were|was|is|are|has|have|had|did|do|does|[a-z]{3,}ed)\b/i;

/** "first in how many years", "first … in how many yrs": the years since the last of its kind, asked. */
const FIRST_IN_HOW_MANY = /\bfirst\b.*\bin\s+how\s+many\s+(?:years|yrs)\b/i;

/** A part of a message that starts by joining itself to the one before: a second ask, never an aside. */
const JOINED_PART = /^\s*(?:and|also|plus|&|\+)\s/i;

/** The question (group 1), then ", ahead of its chairmanship", ", just after the summit". */
const ORDER_ASIDE = /^(.+?),\s+(?:(?:just|well|long|shortly|right|soon)\s+)?(?:before|after|ahead\s+of|prior\s+to|following|in\s+the\s+run[\s-]up\s+to)\s+(?:its|his|her|their|the)\s+[^,?]+[?.!\s]*$/i;

/** "across 2017 and 2018", "in 2017 and 2018 combined": the times counted together. */
const ALL_TOGETHER = /\b(?:across|combined|together|altogether|in\s+total|all\s+told|taken\s+together)\b/i;

/** "… in 94 and again when?", "… in 1993 and again in which year?" */
const AGAIN_WHEN = /\band\s+(?:then\s+|later\s+)?again\s+(?:when|in\s+(?:what|which)\s+years?|which\s+years?|what\s+years?)\s*\??\s*$/i;

/** The question (group 1), then a part after a comma or a dash (group 2). */
const ASIDE_AFTER_COMMA = /^(.{8,}?)\s*(?:,|\s[-–—]\s)\s*([^,]+)$/;
/** The question (group 1), then a part in parentheses at the end (group 2). */
const ASIDE_IN_PARENS = /^(.{8,}?)\s*\(\s*([^,()]+)\)[?.!\s]*$/;
const NEGATING = /\b(?:not|no|never|except|excluding|but|only|without)\b/i;

/** "between Denmark and Norway": two names, each read on its own. */
const BETWEEN = /\bbetween\s+(.+?)\s+(?:and|&)\s+(.+?)(?=\s*(?:[?.!,;]|$))/i;

/** "…, incl single-member districts": a part that widens or narrows what is asked is no aside. */
const QUALIFIER = /^\s*(?:incl\.?|including|inclusive of|counting|excl\.?|excluding|except|without|not counting|only)\b/i;
const FROM = /^\s*(?:originally\s+)?from\b/i;

function withoutVerdicts(text: string): string {
  return text.replace(/(^|\s)(?:Yes|No)[.:]\s*/g, "$1").trim();
}

/** Whole years said one after the other ("2017 and 2018"), as the one span they make; null otherwise. */
function joinedYears(times: TimeQuery[]): TimeQuery | null {
  const sorted = [...times].sort((a, b) => a.start - b.start);
  if (sorted.some((t) => t.grain !== "year") || sorted.some((t, i) => i > 0 && t.start !== sorted[i - 1]!.end + 1)) return null;
  const [first, last] = [sorted[0]!, sorted[sorted.length - 1]!];
  return yearRangeQuery(yearOf(first.start), yearOf(last.start), first.index, last.index + last.length - first.index);
}

/** A fact whose time is a span with its end known. */
const endSaid = (f: Fact | undefined) => f?.validity?.kind === "span" && !!f.validity.to;

/** A question word, its verb, then "it" as the subject: "what's it called", "what is it called now". */
const IT_ASKED_OF = /^\W*(?:(?:and|also|so|ok|okay)\W+)?(?:what|which)(?:['’]?s|\s+(?:is|was|are|were))\s+it\s+(?:called|named|known\s+as)\b/i;

/** An aside led by the noun of a time: "year she left", "date he quit". */
const TIME_NOUN_FIRST = /^\W*(year|yr|date|day|month)\b/i;

/** answerClause, and the shapes a clause may take before its plain reading. */
/** "…, 2012", "…, in 2012": a year alone. */
const BARE_YEAR = /^\s*(?:in\s+)?(?:19|20)\d\d\s*$/;

export function oneClauseSteps(desk: Desk) {
  const { vocab, readings, unknown } = desk;
  /**
   * "Did Kazakhstan chair in 2009 or 2010?", "was it held in April or May?": a choice, never answered
   * "Yes" or "No" — the facts say which.
   */
  function answerClause(text: string, now: Date, telegraphicMain = true): Answer {
    const parse = readings.read(text, now);
    const answer = answerOneClause(text, now, telegraphicMain);
    if (!(parse.yesNo && parse.alternative && answer.status === "answered")) return answer;
    // (A bare verdict, with nothing that says which, is no answer to a choice.)
    const said = withoutVerdicts(answer.text);
    return said ? { ...answer, text: said } : unknown("I don't know: I could not tell which of the two you name it was.");
  }

  /** One question: as a whole, each of several explicit times in turn, or with a when-clause as its time. */
  /**
   * "all the names the capital has had since it stopped being Almaty": a clause not read as a time leaves its
   * names to the whole reading, which may take them for the question's own — the one move from Almaty. A list
   * of one is no list since the clause: "I don't know". (Null where the clause names nothing of its own.)
   */
  function listSinceUndatedClause(text: string, at: number, parse: QuestionParse, now: Date): Answer | null {
    if (!namesOnlyIn(text.slice(at), text.slice(0, at), now)) return null;
    const whole = desk.answerParsed(parse, now);
    if (whole.status === "answered" && whole.facts.length > 1) return whole;
    return unknown(`I don't know: I could not tell when "${text.slice(at).replace(/[\s?.!]+$/, "")}" begins, to list what came after it.`);
  }

  /**
   * "pS count after montenegro joined?": a count whose own words have no verb, dated by a name's event after
   * "after" — the count then, never how many came after that name in the table's order.
   */
  function countAfterNamedEvent(text: string, now: Date, telegraphicMain: boolean): Answer | null {
    const eventAfter = ORDER_THEN_EVENT.exec(text);
    return eventAfter && !HAS_VERB.test(eventAfter[1]!) ? desk.answerWithTimeClause(text, now, "after it", telegraphicMain) : null;
  }

  /** Whether the clause names something the rest of the question does not. */
  function namesOnlyIn(clause: string, rest: string, now: Date): boolean {
    const before = new Set(readings.read(rest, now).entities.map((e) => e.entity.id));
    return readings.read(clause, now).entities.some((e) => !before.has(e.entity.id));
  }

  function answerOneClause(text: string, now: Date, telegraphicMain: boolean): Answer {
    if (asksJudgement(text)) return unknown("I don't know: that asks for a judgement, a forecast or what might have been, and I hold only sourced facts.");
    // ("… and first in how many years?": the years before a thing of its kind — never the thing's own length.)
    if (FIRST_IN_HOW_MANY.test(text)) return desk.answerFirstInYears(text, now) ?? unknown("I don't know: I could not tell which thing is meant, to count the years before it.");
    const parse = readings.read(text, now);
    // ("… (what is it called now)": a name asked of "it", with nothing the clause names — any thing's name would be a guess.)
    if (IT_ASKED_OF.test(text) && parse.entities.length === 0 && [...parse.concepts.keys()].every((c) => c === "name") && parse.times.every((t) => t.relative)) {
      return unknown("I don't know what \"it\" stands for here: name it in the question.");
    }
    if (parse.unreadableTimes.length) return answerWithYearsRepaired(text, parse.unreadableTimes, now, telegraphicMain);
    // ("who will chair next year and the year after?": relative years said together are each asked too.)
    const times = parse.times.filter((t) => (!t.relative || t.grain === "year") && t.mode === "at");
    // ("name the host cities of the 2002 and 2003 Councils": a list asked at each time is the same.)
    // ("which two countries chaired in 2012 and 2013?": as many as the times said, one at each.)
    const onePerTime = parse.statedCount === times.length;
    // ("how many CiOs were there across 2017 and 2018?": one count of them all, never one a year.)
    const countedTogether = parse.ask === "count" && ALL_TOGETHER.test(text);
    const joined = countedTogether && times.length > 1 && times.length === parse.times.length ? joinedYears(times) : null;
    if (joined) return desk.answerParsed({ ...parse, times: [joined] }, now);
    if (times.length > 1 && times.length === parse.times.length && !countedTogether && ([...parse.operations].every((o) => EACH_TIME_OPERATIONS.has(o)) || onePerTime)) {
      // (A claim in parts checks each part's own figure at its own time: claims-per-time.ts.)
      const claimed = parse.yesNo || parse.declarative ? claimPartsPerTime(parse, times) : null;
      const parts = (claimed ?? times.map((t) => ({ ...parse, times: [t] }))).map((p) => desk.answerParsed({ ...p, ...(onePerTime ? { statedCount: null } : {}) }, now));
      if (parts.every((p) => p.status === "answered")) return combineAnswers(parts);
    }
    // "which country chaired when Tokayev was first elected": a clause that dates the question is read
    // first; the whole, read as one, would take its words for the question's own.
    const between = answerBetween(text, now) ?? desk.answerYearsFromEvent(text, now) ?? desk.answerLengthBeforeChange(text, now);
    if (between) return between;
    const dated = desk.answerWithTimeClause(text, now, "before the whole", telegraphicMain) ?? answerWithoutOrderAside(text, now);
    if (dated) return dated;
    // ("how many years from the renaming to Kazakhstan's chair": one fact's own length is not asked.)
    const apartSaid = desk.answerTwoEvents(text, now, true);
    if (apartSaid) return apartSaid;
    // ("how many times has the capital been renamed since it moved from Almaty": a count since an event
    // said as a clause counts from its day — the clause's names are no part of what is counted.)
    // ("what names has the capital had since the move from Almaty?": a list since an event is of the time after it.)
    const listed = parse.plural || parse.operations.has("list") || PLURAL_NOUN_ASKED.test(text);
    const sinceClause = (parse.ask === "count" || parse.ask === "times" || listed) ? SINCE_CLAUSE.exec(text) : null;
    const countedSince = sinceClause ? (desk.answerAfterEvent(text, now) ?? (listed ? listSinceUndatedClause(text, sinceClause.index, parse, now) : null)) : null;
    if (countedSince) return countedSince;
    // ("Kazakhstan joined the OSCE after the CSCE became the OSCE": a check of a time after an event said as
    // a clause is of the time after its day; read whole, "after" would look for a neighbour of Kazakhstan.)
    // ("how many years was Almaty the capital before the move to Akmola?": a length up to an event's day, never the time between two events.)
    const checkedAfter = (parse.yesNo || parse.declarative || parse.operations.has("duration")) && parse.order !== null ? desk.answerAfterEvent(text, now) : null;
    if (checkedAfter) return checkedAfter;
    const again = parse.times.length === 1 && AGAIN_WHEN.test(text) ? answerAgainWhen(parse, now) : null;
    if (again) return again;
    const countThen = parse.ask === "count" && parse.order !== null ? countAfterNamedEvent(text, now, telegraphicMain) : null;
    if (countThen) return countThen;
    const posts = desk.answerPostsOf(text, parse, now);
    if (posts) return posts;
    const whole = desk.answerParsed(parse, now);
    if (whole.status === "answered") return whole.intent?.shape === "order" ? (desk.otherKindAfterEvent(text, now, whole) ?? whole) : whole;
    return desk.answerTwoEvents(text, now) ?? desk.answerWithTimeClause(text, now, "after it", telegraphicMain) ?? desk.answerAfterEvent(text, now, true) ?? desk.answerAtMeeting(text, now) ?? desk.answerThroughRelative(text, now) ?? answerWithoutAside(text, now) ?? answerWithoutPurpose(desk, text, now) ?? answerWithStrangePlace(text, parse, now) ?? answerEachNamed(parse, now) ?? answerEachListed(parse, now) ?? answerEachAtItsTime(parse, now) ?? whole;
  }

  /**
   * "when did Montenegro and Mongolia join?", "when did austria and poland chair?": two names of one
   * kind joined by "and", asked of no comparison or choice, where the kind of fact holds one name at a
   * time — each asked in turn, and answered only if both are.
   */
  function answerEachNamed(parse: QuestionParse, now: Date): Answer | null {
    if (parse.yesNo || parse.declarative || parse.alternative || parse.order || parse.operations.size > 0 || parse.ask === null || parse.ask === "count") return null;
    const folded = foldName(parse.cleaned);
    const joined = parse.entities.findIndex((m, i) => i > 0 && parse.entities[i - 1]!.entity.type === m.entity.type && saidTogether(parse.entities[i - 1]!.entity, m.entity).test(folded));
    if (joined < 1 || parse.entities.length > 3) return null;
    const pair = [parse.entities[joined - 1]!, parse.entities[joined]!];
    const parts = pair.map((m) => desk.answerParsed({ ...parse, entities: parse.entities.filter((e) => e === m || !pair.includes(e)) }, now));
    return parts.every((p) => p.status === "answered") ? combineAnswers(parts) : null;
  }

  /** "where are ODIHR, the HCNM and the RFoM based?": three to six names of one kind listed — each asked alone. */
  function answerEachListed(parse: QuestionParse, now: Date): Answer | null {
    const named = parse.entities;
    if (parse.yesNo || parse.declarative || parse.alternative || parse.order || parse.operations.size > 0 || parse.ask === null || parse.ask === "count") return null;
    if (named.length < 3 || named.length > 6 || named.some((m) => m.entity.type !== named[0]!.entity.type)) return null;
    const folded = foldName(parse.cleaned);
    if (!named.every((m, i) => i === 0 || listedTogether(named[i - 1]!.entity, m.entity).test(folded))) return null;
    const parts = named.map((m) => desk.answerParsed({ ...parse, entities: [m] }, now));
    return parts.every((p) => p.status === "answered") ? combineAnswers(parts) : null;
  }

  /**
   * "which ministerial confirmed sweden for 2021 and poland for 2022?", "albania 2020 & north macedonia
   * 2023 decided where?": two names of one kind, each with its own time, joined — each asked at its time.
   */
  function answerEachAtItsTime(parse: QuestionParse, now: Date): Answer | null {
    // ("how were switzerland 2014 and serbia 2015 decided, and when?": how is asked too, which a date does not say.)
    if (parse.yesNo || parse.declarative || parse.alternative || parse.order || parse.operations.size > 0 || parse.ask === null || parse.ask === "count" || /\bhow\b/i.test(parse.cleaned)) return null;
    const times = [...parse.times].sort((a, b) => a.index - b.index);
    if (times.length !== 2 || parse.entities.length !== 2 || times.some((t) => t.relative || t.mode !== "at")) return null;
    const [first, second] = times as [TimeQuery, TimeQuery];
    const firstEnd = first.index + first.length;
    // ("which chairmanship came between Sweden's 2021 and North Macedonia's 2023?": two ends of one span.)
    if (/\b(?:between|from)\b/i.test(parse.cleaned.slice(0, first.index))) return null;
    // (The second pair begins with "and", "&", ",", "+" or "/" right after the first time.)
    if (!/^\s*(?:,\s*)?(?:and\s|&|\+|,|\/)/i.test(parse.cleaned.slice(firstEnd))) return null;
    const before = readings.read(parse.cleaned.slice(0, firstEnd), now).entities.map((m) => m.entity.id);
    const after = readings.read(parse.cleaned.slice(firstEnd, second.index + second.length), now).entities.map((m) => m.entity.id);
    const own = [parse.entities.find((m) => before.includes(m.entity.id)), parse.entities.find((m) => after.includes(m.entity.id))];
    if (!own[0] || !own[1] || own[0] === own[1] || own[0].entity.type !== own[1].entity.type) return null;
    const parts = [0, 1].map((i) => desk.answerParsed({ ...parse, entities: [own[i]!], times: [times[i]!] }, now));
    return parts.every((p) => p.status === "answered") ? combineAnswers(parts) : null;
  }

  /**
   * "italy chaired in 94 and again when?": a time said and another asked of the same thing — when it
   * was so again, asked without the time said; answered only where that is another time.
   */
  function answerAgainWhen(parse: QuestionParse, now: Date): Answer | null {
    const said = parse.times[0];
    if (parse.times.length !== 1 || !said || parse.entities.length === 0) return null;
    const again = desk.answerParsed({ ...parse, times: [], ask: "time", yesNo: false, declarative: false }, now);
    const elsewhen = again.facts.map((f) => desk.factById(f.id)).some((f) => f?.validity && (possibleStart(f.validity) > said.end || possibleEnd(f.validity, dayOfDate(now)) < said.start));
    return again.status === "answered" && elsewhen ? again : null;
  }

  /**
   * "'the 2014 MC in bern' - ok?": a check whose one word nothing explains is a place said after
   * "in"/"at", of a thing the table places — there or not: "No", with where it was. (A place the table
   * does not know is not where the table says it was; the fact is told so that nothing rests on "No".)
   */
  function answerWithStrangePlace(text: string, parse: QuestionParse, now: Date): Answer | null {
    if (parse.ask !== null || parse.unknown.length !== 1 || parse.times.length === 0) return null;
    const place = new RegExp(`\\b(?:in|at)\\s+${parse.unknown[0]!.form.replace(/[^\p{L}]/gu, "")}\\b`, "iu");
    if (!place.test(text)) return null;
    const rest = readings.read(text.replace(place, " "), now);
    if (rest.unknown.length > 0 || rest.entities.length > 0) return null;
    const where = desk.answerParsed({ ...rest, yesNo: false, declarative: false, ask: "place" }, now);
    return where.status === "answered" && where.facts.length === 1 ? { ...where, text: `No. ${where.text}` } : null;
  }

  /**
   * "Who was Kazakhstan's FM in 2008, ahead of its chairmanship?": an aside after a comma that only
   * places the question's own year before or after something is no order asked — the question is
   * whole without it (and only where it is: dated by its own year, and answered).
   */
  function answerWithoutOrderAside(text: string, now: Date): Answer | null {
    const m = ORDER_ASIDE.exec(text);
    if (!m) return null;
    const main = readings.read(m[1]!, now);
    if (!main.times.some((t) => !t.relative && t.mode === "at") || (main.ask === null && !main.yesNo) || main.unknown.length > 0) return null;
    const answer = answerClause(`${m[1]!}?`, now);
    return answer.status === "answered" ? answer : null;
  }

  /**
   * "who chaired in 2O23?": a year typed with a letter for a digit is read as the year it can only be,
   * and the answer says so; if the question is still not answered, it says which token it could not read.
   */
  function answerWithYearsRepaired(text: string, tokens: string[], now: Date, telegraphicMain: boolean): Answer {
    let repaired = text;
    for (const t of tokens) repaired = repaired.replace(t, yearOfLookAlike(t));
    const answer = readings.read(repaired, now).unreadableTimes.length ? null : answerOneClause(repaired, now, telegraphicMain);
    if (answer?.status !== "answered") return unknown(`I don't know: I could not read ${tokens.map((t) => `"${t}"`).join(", ")} as a date.`);
    return { ...answer, text: `(Reading ${tokens.map((t) => `"${t}" as ${yearOfLookAlike(t)}`).join(", ")}.) ${answer.text}` };
  }

  /**
   * "who chaired between Denmark and Norway?": what came right after the first name and right before
   * the second, when the two readings find the same fact; otherwise "I don't know" (never the facts of
   * a reading that ignored "between"). Null when the question names no two things that way.
   */
  function answerBetween(text: string, now: Date): Answer | null {
    const m = BETWEEN.exec(text);
    // ("how many years between the Istanbul and Astana summits" asks a difference, not who came between.)
    const whole = m && readings.read(text, now);
    if (!m || !whole || !(whole.ask === "agent" || whole.ask === "which" || namesHolderAlone(text.slice(0, m.index), now))) return null;
    const [first, second] = [readings.read(m[1]!, now), readings.read(m[2]!, now)];
    if (first.entities.length !== 1 || second.entities.length !== 1 || first.times.length + second.times.length > 0) return null;
    const [head, tail] = [text.slice(0, m.index), text.slice(m.index + m[0].length)];
    const after = answerClause(`${head}right after ${m[1]}${tail}`, now);
    const before = answerClause(`${head}right before ${m[2]}${tail}`, now);
    const firstFact = (a: Answer) => (a.status === "answered" ? a.facts[0]?.id : undefined);
    if (firstFact(after) !== undefined && firstFact(after) === firstFact(before)) return after;
    return unknown(`I don't know: I could not find one answer that came right after ${m[1]} and right before ${m[2]}.`);
  }

  /** "SG between Höynck and Kubiš?": before "between", a post alone (no question word) asks who held it. */
  function namesHolderAlone(head: string, now: Date): boolean {
    const said = readings.read(head, now);
    return said.ask === null && !said.yesNo && said.concepts.size === 1 && said.entities.length === 0 && said.unknown.length === 0 && said.times.length === 0 && said.operations.size === 0 && !said.concepts.has("time_word");
  }

  /**
   * "who was CiO in late Dec. 2003, after de Hoop Scheffer left for NATO?": a trailing aside after a
   * comma or dash, with no question word, is context. When the question fails with it, it is read
   * without it — but only if what remains names a time or a thing of its own, so that no qualifier
   * the question needs is dropped.
   */
  function answerWithoutAside(text: string, now: Date): Answer | null {
    const trimmed = text.trim();
    const comma = ASIDE_AFTER_COMMA.exec(trimmed);
    const m = comma ?? ASIDE_IN_PARENS.exec(trimmed);
    if (!m || /\b(?:who|whom|whose|what|when|where|which|why|how)\b/i.test(m[2]!)) return null;
    const main = readings.read(m[1]!, now);
    // ("…, exactly?": a part that only asks an operation of the question is never an aside.)
    const aside = parseQuestion(m[2]!, now, vocab);
    // ("… (before 1997)", "… (not george)", "who was … (the dedicated ministry)": words in parentheses narrow
    // a question; only a remark is left out — of a question asking in words, one about its time: "(the covid year)".)
    const ofTheTime = aside.concepts.has("time_word");
    if (!comma && (!isRemark(m[2]!, main, aside) || ((main.ask !== null || main.yesNo) && !ofTheTime))) return null;
    // The part kept must ask something itself, and the part dropped must not ("finland chaired in
    // 2008 - was Kanerva CiO the whole year?", "slovakia chair 2019 - CiO name" are not asides).
    if (main.ask === null && !main.yesNo && !isRemark(m[2]!, main, aside)) return null;
    // ("…, and the PA's?": a part joined by "and" asks a second thing, never an aside.)
    if (aside.yesNo || onlyOperation(aside) || QUALIFIER.test(m[2]!) || JOINED_PART.test(m[2]!)) return null;
    // ("…, Abdrakhmanov, from italy?": the country someone is from is claimed of them, never an aside.)
    if (FROM.test(m[2]!) && aside.entities.some((a) => a.entity.type === "country")) return null;
    // ("Helga Schmid: year appointed, year she left?": the noun of a time asked, said again, asks a second
    // time — answered only by facts that say when they ended as well as when they began.)
    const timeNoun = TIME_NOUN_FIRST.exec(m[2]!)?.[1];
    const secondTime = comma && main.ask === "time" && !!timeNoun && new RegExp(`\\b${timeNoun}\\b`, "i").test(m[1]!);
    // ("where are ODIHR, the HCNM and the PA based?": a name of the kind the question names is one more asked of, never an aside.)
    if (aside.entities.some((a) => main.entities.some((e) => e.entity.type === a.entity.type))) return null;
    // ("who chaired in 2000, 2001 and 2002": so is a year beside the main part's own — one more time asked;
    // not one of its own years, which says which of them: "in 2012/13 — the 2012 half?")
    const ownYear = (t: { start: number; end: number }) => main.times.some((m) => m.start <= t.start && t.end <= m.end);
    if (main.times.some((t) => !t.relative) && aside.times.some((t) => !t.relative && !ownYear(t))) return null;
    // ("russia presidential election date, 2012": a year after a comma, where the rest says none, is the
    // question's own time — read without it, the question would be answered of any year.)
    // (Not a year asked with "?", the reporter's guess at the answer: "Saudabayev chair year pls, 2011?")
    // (Nor one after a dash: "portugal's OSCE year — 2002" guesses too.)
    if (comma && BARE_YEAR.test(m[2]!) && /^\s*,/.test(trimmed.slice(m[1]!.length)) && !/\?\s*$/.test(trimmed) && !main.times.some((t) => !t.relative)) return null;
    if (main.times.length === 0 && main.entities.length === 0) return null;
    const answer = desk.answerParsed(main, now);
    if (secondTime && !answer.facts.every((f) => endSaid(desk.factById(f.id)))) return null;
    return answer.status === "answered" ? answer : null;
  }

  /**
   * "2014 chair country (ukraine crisis year)", "… in 2020 — the covid year": after a telegraphic
   * question with one time of its own, words nothing explains that name, date, count, deny and ask
   * nothing — a remark ("swapped?", "side by side", "(not george)" ask or deny something).
   */
  function isRemark(said: string, main: QuestionParse, aside: QuestionParse): boolean {
    return main.times.length === 1 && !/\?/.test(said) && !NEGATING.test(said) && aside.unknown.length > 0 && [...aside.concepts.keys()].every((c) => c === "time_word") && aside.entities.length === 0 && aside.times.length === 0 && aside.numbers.length === 0;
  }

  return { answerClause };
}
