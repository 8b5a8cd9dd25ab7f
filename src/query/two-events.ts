/**
 * "How many years between Kazakhstan joining the CSCE and chairing the OSCE?", "… from the CSCE's
 * renaming to Kazakhstan's chair?", "… after joining the CSCE did Kazakhstan chair it?", "Which came
 * first: Nazarbayev stepping down or the capital's renaming?": two things of different kinds, each
 * dated by a question of its own ("when …"); the answer is the time between them, or which came
 * first. Each must be answered by one dated fact (for which came first, its beginning or its end),
 * else there is no answer.
 */
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import type { QuestionParse } from "../understand/question-parse.js";
import { renderFact } from "../compose/render-fact.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import { apart } from "./run-operation.js";
import { fold } from "../text/normalise.js";

export interface TwoEvents {
  kind: "difference" | "first" | "beforeOrAfter";
  /** Said so that no one fact answers the whole ("how many years from A to B", "which came first: A or B"): tried before it. */
  distinct: boolean;
  /** What the question says before the two ("how long did Kazakhstan wait"): it may name their subject. */
  head: string;
  first: string;
  second: string;
  /** The two subjects as said, where the question names them ("the Baltic states"): said with an answer that does not. */
  subjects?: [string, string];
}

const GAP = /\b(?:how\s+many\s+(?:years|months)|how\s+long|how\s+much\s+time|years|gap)\b(.*?)\b(?:between|separat\w*)\s+(.+?)\s+(?:and|&)\s+(.+?)[\s?.!]*$/i;
/** "How many years separated the Helsinki Final Act from the Paris summit?" */
const SEPARATED_FROM = /\b(?:how\s+many\s+(?:years|months)|how\s+long|how\s+much\s+time)\b(.*?)\bseparat\w*\s+(.+?)\s+from\s+(.+?)[\s?.!]*$/i;
/** "How many years from the renaming to Kazakhstan's chair?" */
const FROM_TO = /\b(?:how\s+many\s+(?:years|months)|how\s+long|how\s+much\s+time)\b(.*?)\bfrom\s+(.+?)\s+(?:to|until|till)\s+(.+?)[\s?.!]*$/i;
/** "How many years after joining the CSCE did Kazakhstan chair it?", "… after the Final Act came the Charter of Paris?" (the part after the verb is the second). */
const AFTER_DID = /\b(?:how\s+many\s+(?:years|months|weeks|days)|how\s+long)()\s+(?:after|before)\s+(.+?)\s+(?:did|was|were|had|came|followed)\s+(.+?)[\s?.!]*$/i;
// ("What happened first in 2019: …": the time said after the lead dates both.)
const FIRST = /\b(?:which|what)\s+(?:came|happened|was|occurred)\s+(?:first|earlier|sooner)\b((?:\s+in\s+(?:[a-z]+\.?\s+)?(?:19|20)\d\d)?)[\s,:;-]*(.+?)\s+or\s+(.+?)[\s?.!]*$/i;
/** "Was the Astana summit before or after the Vilnius Council?": whether the first came before the second. */
const BEFORE_OR_AFTER = /^\W*(?:was|were|did|is|has|had)()\s+(.+?)\s+(?:before\s+or\s+after|after\s+or\s+before)\s+(.+?)[\s?.!]*$/i;

/** "Which joined earlier: Andorra or FR Yugoslavia?", "Who became a participating State first, A or B?": one verb, two subjects. */
const WHICH_DID_FIRST = /^\W*(?:which|who)(?:\s+(?:one|of\s+the(?:se|m)?(?:\s+two)?))?\s+((?:[a-z'-]+\s+){0,4}?[a-z'-]+)\s+(?:first|earlier|sooner|later)\b[\s,:;-]*(.+?)\s+or\s+(.+?)[\s?.!]*$/i;
/** "Did Andorra or FR Yugoslavia join the OSCE first?" */
const DID_EITHER_FIRST = /^\W*(?:did|was|were|had|has)\s+(.+?)\s+or\s+(.+?)\s+(?:first|earlier|sooner)\b[\s?.!]*$/i;

/** "Which is older, ODIHR or the HCNM?", "Which post is older: A or B?": which was created first. */
const WHICH_OLDER = /^\W*(?:which|what)(?:\s+(?:one|post|office|body|institution|seat|of\s+the(?:se|m)?(?:\s+two)?))?(?:\s+(?:is|was)\s+|['’]s\s+)(?:the\s+)?older\b(?:\s+as\s+an?\s+[a-z]+(?:\s+[a-z]+)?)?[\s,:;-]*(.+?)\s+or\s+(.+?)[\s?.!]*$/i;

/** The two things of "which did it first" questions, each its subject with the verb said once. */
function subjectsFirst(text: string, read: TwoEventsReader["read"]): TwoEvents | null {
  const older = WHICH_OLDER.exec(text);
  // (Not "distinct": a reading of the whole that compares the two — and names only the one asked for — comes first.)
  if (older) return { kind: "first", distinct: false, head: "", first: `was ${older[1]!} created`, second: `was ${older[2]!} created` };
  const which = WHICH_DID_FIRST.exec(text);
  if (which) return { kind: "first", distinct: false, head: "", first: `${which[2]!} ${which[1]!}`, second: `${which[3]!} ${which[1]!}`, subjects: [which[2]!, which[3]!] };
  const did = DID_EITHER_FIRST.exec(text);
  if (!did) return null;
  // (The second subject is the fewest words after "or" that name one thing: the rest is the verb.)
  const words = did[2]!.split(/\s+/);
  for (let k = 1; k < Math.min(5, words.length); k++) {
    const named = read(words.slice(0, k).join(" "));
    if (named.entities.length !== 1 || named.unknown.length > 0 || named.concepts.size > 0) continue;
    const verb = words.slice(k).join(" ");
    const second = words.slice(0, k).join(" ");
    return { kind: "first", distinct: false, head: "", first: `did ${did[1]!} ${verb}`, second: `did ${second} ${verb}`, subjects: [did[1]!, second] };
  }
  return null;
}

/** A month and year, or a year: the time a question says before its two things ("In March 2019, which came first …"). */
const TIME_SAID = /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d\b/i;

/** The unit a question counts the time between in ("how many days after …"); null for the default. */
const UNIT_ASKED = /\bhow\s+many\s+(months|weeks|days)\b/i;
export type UnitAsked = "months" | "weeks" | "days" | null;
/** Days in an average month (365.25 / 12). */
const MONTH_DAYS = 30.4375;

const SUBJECTLESS = /^\s*(?:being\s+)?[a-z]+(?:ing|ed)\b/i;

/** "the gap between Nazarbayev's 1991 share and Tokayev's 2019 share": a gap of figures, not of time. */
const FIGURES_SAID = /\b(?:shares?|percent(?:age)?s?|%|points?|seats|votes|turnouts?|results?|margins?)\b/i;
const WHETHER_GAP = /\b(?:was|were|is|are|has|had)\s+there\s+(?:been\s+)?(?:a|any)\s+gap\b/i;
const TIME_ASKED = /\b(?:years?|months?|weeks?|days?|how\s+long|time)\b/i;

/** The two things a question asks the time between, or which came first; null for any other question. */
export function twoEventsAsked(text: string, read: TwoEventsReader["read"]): TwoEvents | null {
  for (const [kind, pattern] of [["difference", GAP], ["first", FIRST], ["beforeOrAfter", BEFORE_OR_AFTER], ["difference", SEPARATED_FROM], ["difference", FROM_TO], ["difference", AFTER_DID]] as const) {
    const m = pattern.exec(text);
    if (!m) continue;
    // ("was there a gap between Schmid and Sinirlioglu?" asks whether there was one — a vacancy —, not how long.)
    if ((FIGURES_SAID.test(text) && !TIME_ASKED.test(text)) || WHETHER_GAP.test(text)) return null;
    return { kind, distinct: pattern === FROM_TO || pattern === AFTER_DID || pattern === SEPARATED_FROM || pattern === FIRST, head: `${text.slice(0, m.index)} ${m[1]}`.trim(), first: m[2]!, second: m[3]! };
  }
  return subjectsFirst(text, read);
}

/**
 * "About 18 years apart (…): A. B." or "First: A. Then: B." — in the order they happened; "About 25
 * months apart" where months are asked, "82 days apart" where days (or weeks) are and both days are known.
 */
export function twoEventsText(kind: TwoEvents["kind"], a: DatedEvent, b: DatedEvent, unit: UnitAsked = null): string {
  const [earlier, later] = dayOf(a) <= dayOf(b) ? [a, b] : [b, a];
  const [first, then] = [earlier.said ?? renderFact(earlier.fact), later.said ?? renderFact(later.fact)];
  // ("Was A before or after B?": said of A, the first asked.)
  if (kind === "beforeOrAfter") return `${earlier === a ? "Before" : "After"}. First: ${first} Then: ${then}`;
  if (kind !== "difference") return `First: ${first} Then: ${then}`;
  if (unit === "months") return `About ${monthsApart(earlier.fact, later.fact)} months apart: ${first} ${then}`;
  const days = unit ? daysApart(earlier.fact, later.fact) : null;
  if (days !== null && unit === "days") return `${days} day${days === 1 ? "" : "s"} apart: ${first} ${then}`;
  if (days !== null) return `About ${Math.round(days / 7)} weeks apart (${days} days): ${first} ${then}`;
  return `${apart(a.fact, b.fact)}: ${first} ${then}`;
}

/** Days from the first's start to the second's, where both starts are known to the day. */
function daysApart(earlier: Fact, later: Fact): number | null {
  const toTheDay = (f: Fact) => {
    const v = f.validity!;
    return (v.kind === "span" ? v.from : v.at)?.precision === "day";
  };
  return toTheDay(earlier) && toTheDay(later) ? possibleStart(later.validity!) - possibleStart(earlier.validity!) : null;
}

/** Whole months from the first's start to the second's, to the nearest. */
function monthsApart(earlier: Fact, later: Fact): number {
  return Math.round((possibleStart(later.validity!) - possibleStart(earlier.validity!)) / MONTH_DAYS);
}

const OWNER_PRONOUN = /\b(?:its|their|his|her)\b/i;

/**
 * A thing dated by its fact: when the fact began, or — where the "when …" question is answered by an end
 * ("Nazarbayev's resignation": "Until 20 March 2019: …") — when it ended.
 */
export interface DatedEvent {
  fact: Fact;
  ended: boolean;
  /** How the answer said it, where that says more than the fact's sentence ("Until 20 March 2019: … until he resigned …"). */
  said?: string;
}

const dayOf = (e: DatedEvent): number => (e.ended ? possibleEnd(e.fact.validity!, Infinity) : possibleStart(e.fact.validity!));

export interface TwoEventsReader {
  read: (text: string) => Readonly<QuestionParse>;
  /** What dates a "when …" question's answer, if one thing does; of several facts on one day, one naming something in `named` (entity ids). */
  datedEvent: (question: string, named: ReadonlySet<string>) => DatedEvent | undefined;
}

/** The answer's text and its two facts, or null where the question is not of this kind or a part has no one dated fact. */
export function twoEvents(text: string, reader: TwoEventsReader, distinctOnly = false): { text: string; facts: [Fact, Fact] } | null {
  const asked = twoEventsAsked(text, reader.read);
  if (!asked || (distinctOnly && !asked.distinct)) return null;
  // ("between Kazakhstan joining the CSCE and chairing the OSCE", "how long did Kazakhstan wait between
  // joining … and chairing …": each is said of the subject named before it — names of kinds it lacks.)
  const withSubject = (part: string, ...before: string[]) => {
    // ("how many years after its first chairmanship did Finland chair again?": "its" is the other part's subject.)
    // (A country or a person owns its turns; an office "becoming" something else is no owner's event.
    // "its OSCE chairmanship" names the organisation, never an owner.)
    const owns = (e: { entity: { type: string } }) => e.entity.type === "country" || e.entity.type === "person";
    if (OWNER_PRONOUN.test(part) && !reader.read(part).entities.some(owns)) {
      const owner = before.flatMap((b) => reader.read(b).entities).find(owns)?.entity.name;
      return owner ? part.replace(OWNER_PRONOUN, `${owner}'s`) : part;
    }
    // (Only a part with no subject of its own, led by its verb: "chairing the OSCE", not "the 2012 election".)
    if (!SUBJECTLESS.test(part)) return part;
    const types = new Set(reader.read(part).entities.map((e) => e.entity.type));
    const carried = before.flatMap((b) => reader.read(b).entities).filter((e) => !types.has(e.entity.type) && types.add(e.entity.type));
    return [part, ...carried.map((e) => e.entity.name)].join(" ");
  };
  // ("after joining the CSCE did Kazakhstan chair": the subject may come after, in the second part.)
  const named = new Set(reader.read(text).entities.map((e) => e.entity.id));
  // ("What happened first in 2019: …": a part with no time of its own is asked at the time said before the two.)
  const time = TIME_SAID.exec(asked.head)?.[0];
  const dated = (part: string) => (time && !TIME_SAID.test(part) ? `${part} in ${time}` : part);
  const [a, b] = [withSubject(asked.first, asked.head, ...(asked.distinct ? [asked.second] : [])), withSubject(asked.second, asked.first, asked.head)].map((q) => reader.datedEvent(`when ${dated(q)}`, named));
  // (Only which came first is told by an end; the time between is counted from beginnings — apart().)
  if (!a || !b || a.fact === b.fact || (asked.kind === "difference" && (a.ended || b.ended))) return null;
  // (On one day, neither came before the other: no answer rather than a guess.)
  if (asked.kind === "beforeOrAfter" && dayOf(a) === dayOf(b)) return null;
  if (asked.subjects) [a.said, b.said] = [saidWithSubject(a, asked.subjects[0]), saidWithSubject(b, asked.subjects[1])];
  return { text: twoEventsText(asked.kind, a, b, unitAsked(text)), facts: [a.fact, b.fact] };
}

/** "the Baltic states — Estonia joined …": a subject said in the question, where the answer's words do not say it. */
function saidWithSubject(event: DatedEvent, subject: string): string {
  const text = event.said ?? renderFact(event.fact);
  return fold(text).includes(fold(subject.replace(/^the\s+/i, ""))) ? text : `${subject} — ${text}`;
}

function unitAsked(text: string): UnitAsked {
  return (UNIT_ASKED.exec(text)?.[1]?.toLowerCase() as UnitAsked | undefined) ?? null;
}

/** "Until 20 March 2019: …": the one fact whose end an answer gives, where it ended on a day known. */
export function endedFact(answer: Answer, byId: (id: string) => Fact | undefined): Fact | undefined {
  if (answer.status !== "answered" || answer.facts.length !== 1 || !/^Until\b/.test(answer.text)) return undefined;
  const fact = byId(answer.facts[0]!.id);
  return fact?.validity?.kind === "span" && fact.validity.to && fact.status === "final" ? fact : undefined;
}

/** The one dated fact an answer gives (of a preliminary and a final figure of one event, the final). */
export function onlyDatedFact(answer: Answer, byId: (id: string) => Fact | undefined): Fact | undefined {
  // ("when nazarbayev resigned" is answered with the end of his term — "Until 20 March 2019: …" —
  // which a fact's start does not give: no date rather than the wrong one.)
  if (answer.status !== "answered" || answer.facts.length > 2 || /^Until\b/.test(answer.text)) return undefined;
  const facts = answer.facts.map((f) => byId(f.id)).filter((f): f is Fact => !!f?.validity && f.status === "final");
  const first = facts[0];
  const oneEvent = facts.every((f) => f.relation === first?.relation && possibleStart(f.validity!) === possibleStart(first.validity!));
  if (first && oneEvent) return first;
  // ("when the CSCE's renaming": the name before and the name after — the change is when the second began.)
  const [before, after] = facts;
  const change = facts.length === 2 && before!.relation === after!.relation && possibleEnd(before!.validity!, Infinity) + 1 === possibleStart(after!.validity!);
  return change ? after : undefined;
}

/**
 * "the Madrid decision" (three chairmanships decided on 30 November 2007), "the Passy visit" (five
 * meetings of April 2004): facts of one kind that all began on one day date one event. The one that
 * names most of what the question names is the one said; else the first.
 */
export function oneDayOf(answer: Answer, byId: (id: string) => Fact | undefined, named: ReadonlySet<string>): Fact | undefined {
  // (An end answered — "Until 20 March 2019: …" — is no fact's start: as in onlyDatedFact.)
  if (answer.status !== "answered" || /^Until\b/.test(answer.text)) return undefined;
  const facts = answer.facts.map((f) => byId(f.id)).filter((f): f is Fact => !!f?.validity && f.status === "final");
  const first = facts[0];
  if (!first || facts.length !== answer.facts.length || !facts.every((f) => f.relation === first.relation && possibleStart(f.validity!) === possibleStart(first.validity!))) return undefined;
  // (Madrid is in all three decisions; Kazakhstan in one: the one naming the most is meant.)
  const names = (f: Fact) => [...f.values.values()].flat().filter((v) => v.kind === "entity" && named.has(v.entity.id)).length;
  return facts.reduce((best, f) => (names(f) > names(best) ? f : best), first);
}
