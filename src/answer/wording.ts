/**
 * Reporters' wordings that several answering steps recognise (pronouns, times referred back to,
 * guesses, question words, a verdict), and two small readings of a part of a message they share.
 */
import { isFutureTalk } from "../understand/chatter.js";
import type { QuestionParse } from "../understand/question-parse.js";
import type { TimeQuery } from "../time/parse-time.js";
import { yearOf } from "../time/days.js";

/** "helsinki since finland chaired?", "warsaw, as poland had the chair?": a name guessed, and why. */
export const REASONED_GUESS = /^\W*(?:maybe\s+|probably\s+|prob\s+)?[\p{L}'.-]+(?:\s+[\p{L}'.-]+)?,?\s+(?:since|because|cause|cuz|bc|as)\s+\S+\s+(?:had\s+|was\s+|held\s+|hosted\s+)?(?:chaired|hosted|held|was|were|had|did|chairing|hosting)\b[^?]*\?*\s*$/iu;

/** A question word leading the text. */
export const LEADING_WH = /^\W*(?:who|whom|whose|what|when|where|which|why|how)\b/i;

/** A time referred back to ("… that year", or at a clause's end "… at the time?", "… then?"), which only an earlier question can say. */
export const TIME_ANAPHOR = /\b(?:that|that same) (?:year|yr|month|day|week)\b|\b(?:the same (?:year|yr|month|day|week|time)|at the time|back then|by then|then)(?=\s*(?:[?.!;]|$|(?:too|also|as well)\b))/i;

/** A place referred back to at a clause's end ("who took the chair there?"), never "were there …", "is there …" (there is/are). */
export const PLACE_ANAPHOR = /(?<!\b(?:is|are|was|were|be|been|has|have|had)\s+)\bthere(?=\s*(?:[?.!;]|$|(?:too|also|as well|in\s+\d{4})\b))/i;

/** "exactly": a part of a message that asks an operation and names nothing. */
export function onlyOperation(parse: QuestionParse): boolean {
  return parse.operations.size > 0 && parse.concepts.size === 0 && parse.entities.length === 0 && parse.times.length === 0 && parse.unknown.length === 0 && !isFutureTalk(parse);
}

/** A word standing for a name said elsewhere ("during its chairmanship", "who ran it"). */
export const PRONOUN = /\b(?:it|its|they|them|their|he|him|his|she|her)\b/i;

/** A question's text with the times it said taken out ("who chaired in 2019" → "who chaired in"). */
export function withoutTimes(parse: QuestionParse): string {
  let text = parse.cleaned;
  for (const t of [...parse.times].sort((a, b) => b.index - a.index)) if (t.length > 0) text = text.slice(0, t.index) + text.slice(t.index + t.length);
  return text.replace(/\s+(?:in|on|at|during|for)\s*$/i, "").replace(/\s+/g, " ").trim();
}

/** A word standing for a person said elsewhere. */
export const PERSON_PRONOUN = /\b(?:he|him|his|she|her)\b/i;

/** What comes before a guessed year: "maybe", "copy says", "my draft has" (a month before the year is added where it is used). */
export const GUESS_LEAD = String.raw`(?:maybe|probably|prob|or|(?:(?:the|my|our)\s+)?(?:copy|draft|text|story|piece|notes?|wire)\s+(?:says|say|said|has|have|had)|i\s+have|we\s+have)?\s*(?:in\s+|on\s+)?`;

/** What may follow a guessed year: "i think", "right", "or so". */
export const AFTER_GUESSED_YEAR = String.raw`\s*(?:i\s+think|i\s+believe|i\s+guess|maybe|right|no|or\s+so)?\W*$`;

/** "it", "its", "they", "their": a thing named before (never a person: PERSON_PRONOUN). */
export const THING_PRONOUN = /\b(?:it|its|they|their)\b/i;

/** An answer that already gives its verdict. */
export const VERDICT_LEAD = /^(?:Yes|No|Not)\b/;

/** A month's name with no year, after a word of time ("in feb", "by june"), never "this/last/next june". */
const MONTH_ALONE = /(?<=\b(?:in|by|from|until|till|since|on|of|early|late|mid|end\s+of|start\s+of)\s+)(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?!\s*'?\d)/i;

/**
 * "who was CiO on new year's day 2000, and who took over in feb?": in a later part, a month named
 * alone (read as this year's) is of the one year the part before said — not of a relative time
 * ("this month's MC, and who takes the chair in january?" asks the coming January).
 */
export function monthsOfYearBefore(text: string, parse: QuestionParse, before: { text: string; times: readonly TimeQuery[] } | null): string {
  if (!before || before.times.length !== 1 || parse.times.length === 0 || !parse.times.every((t) => t.relative && t.grain === "month")) return text;
  const said = before.times[0]!;
  // (A year written out: "this month" is no year said, whatever chrono's tags.)
  if (said.relative || !/\d{4}/.test(before.text.slice(said.index, said.index + said.length))) return text;
  const [start, end] = [yearOf(said.start), yearOf(said.end)];
  return start === end ? text.replace(MONTH_ALONE, `$1 ${start}`) : text;
}

/** "the year before", "the following year", "a year later": a year counted from another, said last in its clause. */
export const SHIFTED_YEAR = /\s*\b(?:(?:in\s+)?the\s+(?:year|yr)\s+(?:before|after)|(?:in\s+)?the\s+(?:previous|preceding|prior|next|following|subsequent)\s+(?:year|yr)|a\s+(?:year|yr)\s+(?:earlier|later))(?:\s+((?:19|20)\d{2})\b)?(?=\s*(?:[?.!,]|$))/i;

/** "what did tokayev get in 2022, and how long is the term now?": a second question after ", and". */
const AND_ASKED = /^(.{8,}?),\s*and\s+((?:who|whom|whose|what|when|where|which|how)\b.{6,})$/is;

/** A message's two questions joined by ", and" and a question word; null where it has no such join. */
export function andAskedParts(text: string): [string, string] | null {
  const m = AND_ASKED.exec(text.trim());
  return m ? [m[1]!, m[2]!] : null;
}

/**
 * "his posts then? he was FM and…?", "italy chaired in 1994 and?": a message with no question word
 * that ends on "and" leaves open what it asks. (Not "who chaired in 95? hungary or?" — a guess, hedged —
 * nor "which missions observed it? ODIHR and…?", answered by the question's own list.)
 */
export const LEFT_OPEN = /^(?![^]*\b(?:who|whom|whose|what|which|when|where|why|how)\b)[^]*\b(?:and|plus)\s*(?:\.{2,}|…)?\s*\?+\s*$/i;
