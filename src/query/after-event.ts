/**
 * "Who was the first CiO after the CSCE became the OSCE?", "What was the first Ministerial Council
 * after the Astana summit?": a pick, an ordinal or a count after (or before) an event that a question
 * of its own ("when …") dates to one fact. The question is asked again with the event's day in its
 * place; with no one dated fact for the event there is no such question.
 */
import type { Fact } from "../facts/model.js";
import type { QuestionParse } from "../understand/question-parse.js";
import { isStatement } from "../understand/parse-question.js";
import { countedPhrase } from "../understand/counted-noun.js";
import { formatDay } from "../time/days.js";
import { possibleEnd, possibleStart } from "../time/validity.js";

/** The main part, the connector and the event ("the Astana summit", "the CSCE became the OSCE"); never a bare time. */
/** "it was renamed", "the renaming": an event whose subject is the main part's. */
const SUBJECT_LEFT_OUT = /^(?:(?:it|they)\b|the\s+[\p{L}-]+$)/iu;
const SOMEONE = /\b(?:someone|somebody|something|anyone|anybody|another|who|whom|whose|what|which)\b/i;
const ASKS_WHO_WHAT = /\b(?:who|whom|whose|what|when|where|which|why|how)\b/i;
const RIGHT_NEXT = /\b(?:right|immediately|directly|just|straight)$/i;
const AFTER_EVENT = /^(.+?)\s+(after|following|since|before)\s+(?!(?:the\s+)?(?:year|month|day|date)\b)(?!['’]?\d)(.{4,}?)[\s?.!]*$/i;

export interface EventDater {
  read: (text: string) => Readonly<QuestionParse>;
  /** The one dated fact that answers a "when …" question, if one does. */
  datedFact: (question: string) => Fact | undefined;
  /** How the facts that answer a question hold in time ("events", "states"…), where a relation answers it. */
  timeOf?: (question: string) => string | undefined;
}

/**
 * The question with the event's day for the event, or null where it is not of this kind. `anyAsked`:
 * also a plain question of a name said ("whose candidacy did Türkiye veto before Zannier got the
 * post?"), where nothing else read it — the answer must then be one fact (oneAsPicked).
 */
export function afterEventQuestion(text: string, dater: EventDater, today: number, anyAsked = false): string | null {
  const m = AFTER_EVENT.exec(text);
  if (!m) return null;
  const [, main, connector, event] = m as unknown as [string, string, string, string];
  const asked = dater.read(main);
  // ("which Council came right after the Astana summit": "right" picks the one next to it.)
  // ("did Kazakhstan join the OSCE after the CSCE became the OSCE?": a yes/no, or a claim, asks of the time after the event too.)
  // (Never a choice: "did Mongolia join before or after …", "… since the first election, or was 1991 higher?".)
  // (Nor a statement that leads a question: "zannier got the SG job after turkey vetoed someone — who?".)
  const checked = (asked.yesNo || (asked.ask === null && isStatement(main))) && asked.entities.length > 0 && !/\bor\b/i.test(text) && !ASKS_WHO_WHAT.test(text);
  // (Not where the one asked is in the event: "zannier got the SG job after turkey vetoed someone — who?".)
  const askedOfName = anyAsked && asked.ask !== null && asked.entities.length > 0 && !SOMEONE.test(event);
  // (A list already dated — "the chairs of 2003 before the NATO move" — would be dated twice; a decade
  // is narrowed by the event's day instead: "every chair of the 1990s after the renaming".)
  if (!(picksOrCounts(asked) || PLURAL_NOUN_ASKED.test(main) || RIGHT_NEXT.test(main) || checked || askedOfName) || (listsAll(asked) && asked.times.some((t) => t.grain !== "decade"))) return null;
  // ("the first chair after it was renamed", "… before the renaming": an event naming nothing is of
  // what the main part names.)
  // (Only an event said with a pronoun or as "the <noun>": "since independence" is no renaming of the capital.)
  const own = dater.read(event);
  const ofMain = own.entities.length === 0 && own.times.length === 0 && SUBJECT_LEFT_OUT.test(event);
  const named = ofMain ? `${event} ${asked.entities.map((e) => e.entity.name).join(" ")}` : event;
  const said = named === event ? own : dater.read(named);
  // ("after 2010", "before Kazakhstan": a time or a lone name is read by the question as it is;
  // "before the 2020 vacancy" names an event by its kind and year.)
  if (said.concepts.size === 0 && said.entities.length === 1 && said.times.length === 0 && said.ask === null) return countNextToNamedOne(main, connector, event, asked, dater, today);
  if ((said.entities.length === 0 && said.times.length === 0) || said.ask !== null || said.concepts.size === 0) return null;
  const fact = dater.datedFact(`when ${named}`) ?? dater.datedFact(`when was ${named}`);
  if (!fact?.validity) return null;
  const v = fact.validity;
  if (/^before$/i.test(connector)) return `${main} before ${formatDay(possibleStart(v))}`;
  // A state's beginning is the event ("became the OSCE": the holder then counts, from that day);
  // a meeting is over at its end ("after the Astana summit": what came after it), and so is a state
  // named as a thing ("after the 2020 vacancy": once it was over).
  const span = v.kind === "span" && fact.relation.time !== "events";
  // (A state over: its last day is where what follows may begin — Schmid on the day the vacancy ended.
  // One still holding began something: "after the organisation took the name OSCE".)
  const over = span && !said.starting && possibleEnd(v, today) < today;
  const state = span && !over;
  const day = state ? possibleStart(v) : over ? possibleEnd(v, today) : possibleEnd(v, today) + 1;
  // ("Mongolia joined after the CSCE became the OSCE": a check asks whether it came after the day, never
  // whether it held all the time since.)
  // ("the OSCE had 57 States right after Montenegro was admitted": "right after" checks the day after, never any time since.)
  if (checked && RIGHT_NEXT.test(main) && !/^(?:before|since)$/i.test(connector)) return `${main.replace(RIGHT_NEXT, "").trimEnd()} on ${formatDay(day)}`;
  if (checked && !/^before$/i.test(connector)) return `${main} after ${dayBefore(day)}`;
  // ("how many States after the Stockholm Council": a count then, the day after; "since" counts from then on.)
  // ("how many States after the Stockholm Council": a count then, the day after; "how many Councils after the
  // Astana summit" counts events from then on; "since" counts from then on.)
  if (asked.ask === "count" && !/^since$/i.test(connector)) return dater.timeOf?.(main) === "events" ? `${main} after ${formatDay(day - 1)}` : `${main} on ${formatDay(day)}`;
  // ("names since the move from Almaty": since an event is from its own day on, the event itself in.)
  if (/^since$/i.test(connector) && !state && !over && asked.ask !== "count" && asked.ask !== "times") return `${main} since ${formatDay(possibleStart(v))}`;
  return state || over ? `${main} since ${dayOrYear(day)}` : `${main} after ${formatDay(day - 1)}`;
}

/**
 * "how many summits since Astana?", "… before Astana?": a place alone names the one counted there
 * ("the Astana summit"), and the count is of those after (or before) it.
 */
function countNextToNamedOne(main: string, connector: string, place: string, asked: Readonly<QuestionParse>, dater: EventDater, today: number): string | null {
  const counted = asked.ask === "count" ? countedPhrase(asked.cleaned) : undefined;
  if (!counted) return null;
  const fact = dater.datedFact(`when was the ${place} ${counted.replace(/s$/i, "")}`);
  if (!fact?.validity || fact.relation.time !== "events") return null;
  return /^before$/i.test(connector) ? `${main} before ${formatDay(possibleStart(fact.validity))}` : `${main} after ${formatDay(possibleEnd(fact.validity, today))}`;
}

/** The day before `day`, said as the year before where `day` begins one ("after 1994", not "after 31 December 1994"). */
function dayBefore(day: number): string {
  const begun = /^1 January (\d{4})$/.exec(formatDay(day));
  return begun ? String(Number(begun[1]) - 1) : formatDay(day - 1);
}

/** "1 January 1995" is the year 1995 begun: said as the year, it asks nothing to the day. */
function dayOrYear(day: number): string {
  const text = formatDay(day);
  return /^1 January \d{4}$/.test(text) ? text.slice("1 January ".length) : text;
}

/**
 * "when the CSCE became the OSCE": an answer of two facts of one thing, one name ending the day before
 * the next begins, dates the change by the later one.
 */
export function changeOf(facts: readonly Fact[], today: number): Fact | undefined {
  if (facts.length !== 2 || facts[0]!.relation !== facts[1]!.relation || !facts.every((f) => f.validity)) return undefined;
  const [a, b] = [...facts].sort((x, y) => possibleStart(x.validity!) - possibleStart(y.validity!)) as [Fact, Fact];
  return possibleEnd(a.validity!, today) + 1 === possibleStart(b.validity!) ? b : undefined;
}

/** A pick of one ("the first …") must come out as one fact of the kind asked; a count or a list may be more. */
export function oneAsPicked(question: string, read: EventDater["read"], facts: readonly { relation: string }[], relation: string | undefined): boolean {
  const parse = read(question);
  if (parse.ask === "count" || parse.ask === "times" || (parse.statedCount ?? 1) > 1 || (parse.ordinal ?? 1) > 1 || parse.operations.has("list") || parse.plural || PLURAL_NOUN_ASKED.test(question)) return true;
  return facts.filter((f) => f.relation === relation).length === 1;
}

/** "what names has the capital had …": a plural noun after the question word asks for every one. */
export const PLURAL_NOUN_ASKED = /^\W*(?:what|which)\s+(?!(?:was|is|has|does|this|its|his)\b)[a-z]{3,}s\b/i;

/** A pick, an ordinal, a count, a ranking by length, or every one of a kind ("list the chairs before the renaming"). */
function picksOrCounts(parse: Readonly<QuestionParse>): boolean {
  return parse.ordinal !== null || parse.concepts.has("first") || parse.concepts.has("last") || parse.ask === "count" || parse.ask === "times" || listsAll(parse) || ranksByLength(parse);
}

/**
 * "which name lasted longest after the move": a ranking of spans within the time after the event;
 * "how many years was Almaty the capital before the move": a length up to it.
 */
function ranksByLength(parse: Readonly<QuestionParse>): boolean {
  return parse.operations.has("longest") || parse.operations.has("shortest") || parse.operations.has("duration");
}

function listsAll(parse: Readonly<QuestionParse>): boolean {
  return parse.operations.has("list") || parse.plural;
}
