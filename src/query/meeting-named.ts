/**
 * "who was CiO at the Athens MC", "was the 2009 chair decided at Brussels 2006", "chair country at
 * time of budapest summit": a meeting named by its city (and a meeting noun or a year) is a time, where the relation asked about has no place for the city. Its own "when …"
 * question must date it to one fact that names that city; the question is then read without the
 * span, at the meeting's days.
 */
import type { Fact } from "../facts/model.js";
import type { QuestionParse } from "../understand/question-parse.js";

const YEAR = String.raw`(?:19|20)\d{2}`;
const NOUN = String.raw`(?:(?:OSCE|CSCE)\s+)?(?:MC|ministerial(?:\s+council|\s+meeting)?|council(?:\s+meeting)?|summit)`;
const CITY = String.raw`[A-Za-zÀ-ž][A-Za-zÀ-ž'’-]{2,}`;
/**
 * A meeting said as a time ("at", "during", "at the time of"), or one said as who decided ("did the
 * Brussels MC in 2006 decide …"): `led` tells which. One that does something else ("what did the
 * Brussels Council say", "was the Oslo MC hosted by …") or is gone to ("came to the Astana summit")
 * is no time; the caller takes an unled meeting only for a yes/no of events.
 */
const LEAD = String.raw`(?:\b(?<lead>at|during|(?:at\s+|by\s+)?(?:the\s+)?time\s+of)\s+)?(?:\bthe\s+)?`;
const ORDINAL = String.raw`(?:(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|last)\s+)?`;
/**
 * The meeting with what leads into it ("at the", "at the time of"): "the Athens MC", "the 2006
 * Brussels ministerial", "the Budapest summit in December 1994", "the 1st CSCE council in Berlin
 * 1991", or a city and a year alone ("at Brussels 2006").
 */
const MEETING_SPANS = [
  new RegExp(String.raw`${LEAD}(?<core>(?:${YEAR}\s+)?(?<city>${CITY})\s+(?:${YEAR}\s+)?${NOUN}\b(?:\s+(?:(?:in|of)\s+(?:[A-Za-z]{3,9}\.?\s+)?)?${YEAR})?)`, "gi"),
  new RegExp(String.raw`${LEAD}(?<core>${ORDINAL}(?:${YEAR}\s+)?${NOUN}\s+(?:in|at)\s+(?<city>${CITY})(?:\s+(?:in\s+)?${YEAR})?)`, "gi"),
  new RegExp(String.raw`${LEAD}(?<city>${CITY})\s+(?<year>${YEAR})\b`, "gi"),
];
const MAY_NAME_MEETING = /\b(?:mc|ministerial|council|summit)\b|\b(?:at|during|time\s+of)\s+(?:the\s+)?\S+\s+(?:19|20)\d{2}\b/i;
/** A city and a year alone name the meeting of one of these kinds held there that year. */
const MEETING_KINDS = ["Ministerial Council", "summit"];

export interface MeetingReader {
  read: (text: string) => Readonly<QuestionParse>;
  /** The one dated fact that answers a "when …" question, if one does. */
  datedFact: (question: string) => Fact | undefined;
}

export interface MeetingNamed {
  /** The question without the meeting's span. */
  rest: string;
  /** The meeting's own name ("Athens MC", "Brussels 2006"). */
  core: string;
  /** Said as a time ("at the Athens MC"), not as what acted ("the Athens MC decided"). */
  led: boolean;
  /** Said after "at": the place where something was done, or its time ("during" is a time only). */
  at: boolean;
  /** The fact that dates the meeting. */
  meeting: Fact;
}

/** Each meeting the question names by its city, with the question read without it; empty where none. */
export function meetingsNamed(text: string, reader: MeetingReader): MeetingNamed[] {
  const out: MeetingNamed[] = [];
  // (Most questions name no meeting: a cheap look before the patterns.)
  if (!MAY_NAME_MEETING.test(text)) return out;
  for (const pattern of MEETING_SPANS) {
    for (const m of text.matchAll(pattern)) {
      const { core, city, year, lead } = m.groups as { core?: string; city: string; year?: string; lead?: string };
      // (A city and a year alone are a meeting only when said as a time: "Astana 2010 — who chaired?")
      if (!core && !lead) continue;
      const named = reader.read(city).entities;
      // ("the Malta MC": a country names the meeting held in one of its cities.)
      if (named.length !== 1 || !["city", "country"].includes(named[0]!.entity.type)) continue;
      const cores = core ? [core] : MEETING_KINDS.map((kind) => `${city} ${kind} in ${year}`);
      const dated = cores.map((c) => ({ core: c, meeting: reader.datedFact(`when was the ${c}`) })).filter(({ meeting }) => meeting?.validity && meeting.relation.time === "events" && names(meeting, named[0]!.entity.id));
      if (dated.length !== 1) continue;
      const rest = `${text.slice(0, m.index)} ${text.slice(m.index! + m[0].length)}`.replace(/\s+/g, " ").replace(/\s+([?.!,'’"])/g, "$1").trim();
      out.push({ rest, core: dated[0]!.core, meeting: dated[0]!.meeting!, led: !!lead, at: /^at$/i.test(lead ?? "") });
    }
  }
  return out;
}

function names(fact: Fact, entityId: string): boolean {
  return [...fact.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && (v.entity.id === entityId || v.entity.in === entityId)));
}
