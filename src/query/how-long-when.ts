/**
 * "How long had Kazakhstan been a participating State when it took the chair?": the length of a state
 * up to the day of an event the question names in a clause. The main question is asked in the present
 * ("how long has …") as of that day; the event is dated by its own "when …" question, with a pronoun
 * in it standing for the name the main question says.
 */
import type { Fact } from "../facts/model.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import type { QuestionParse } from "../understand/question-parse.js";

const ATTRIBUTION = /,?\s+((?:per|according\s+to)\s+[^,]+)$/i;
const HOW_LONG_WHEN = /^\W*how\s+long\s+(?:had|has|have)\s+(.+?)\s+(?:when|by\s+the\s+time)\s+(.+?)\W*$/i;
const PRONOUN = /\b(?:it|he|she|they)\b/i;
/** A clause about an end dates the day it ended ("when he stepped down"). */
const ENDED = /\b(?:left|ended|quit|resigned|stepped\s+down|stood\s+down|lost|was\s+replaced)\b/i;

export interface HowLongWhen {
  /** The main question in the present ("how long has Kazakhstan been a participating State"). */
  main: string;
  /** The clause with its pronoun resolved ("Kazakhstan took the chair"). */
  clause: string;
  /** The day number the event happened. */
  day: number;
  event: Fact;
}

export interface HowLongReader {
  read: (text: string) => Readonly<QuestionParse>;
  datedFact: (question: string) => Fact | undefined;
}

/** The main question and the day of the event its clause names; null where the question is not of this shape. */
export function howLongWhen(text: string, reader: HowLongReader): HowLongWhen | null {
  const m = HOW_LONG_WHEN.exec(text);
  if (!m) return null;
  // ("…, per Bloomberg": the publisher said last is the main question's, never the clause's.)
  const said = ATTRIBUTION.exec(m[2]!);
  const main = `how long has ${m[1]!}${said ? `, ${said[1]!}` : ""}`;
  const told = said ? m[2]!.slice(0, said.index) : m[2]!;
  const named = reader.read(main).entities[0]?.entity.name;
  const clause = PRONOUN.test(told) ? (named ? told.replace(PRONOUN, named) : null) : told;
  if (!clause) return null;
  const event = reader.datedFact(`when ${clause}`);
  if (!event?.validity) return null;
  const day = ENDED.test(clause) ? possibleEnd(event.validity, Infinity) : possibleStart(event.validity);
  return Number.isFinite(day) ? { main, clause, day, event } : null;
}
