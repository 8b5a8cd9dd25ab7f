/**
 * "how long is an SG term? 3 yrs?", "when did kazakhstan join the CSCE? prague council 92?", "who's the
 * osce SG now? turkish former FM?": a question, then the reporter's guess at its answer asked with a "?"
 * of its own (or after a dash: "when was the HCNM post created — helsinki 1992?"). Where the message read whole is not answered, the question is answered alone; the guess
 * is confirmed only where that answer says everything the guess says.
 */
import { tokens } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import type { Entity } from "../facts/model.js";
import type { QuestionParse } from "./question-parse.js";

/** A question up to its "?" (group 1), then a short guess with a "?" of its own (group 2). */
const QUESTION_THEN_GUESS = /^(.+\?)\s*([^?]{1,48}?)\s*\?+\s*$/s;

/** A guess that asks or negates something is a question of its own, never a guess at the answer. */
const ASKS_OR_NEGATES = /\b(?:who|whom|whose|what|when|where|which|why|how|is|was|are|were|did|does|do|has|have|had|and|or|vs|not|never|no|wasn'?t|isn'?t|didn'?t|also|too|pls|please)\b/i;

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

export interface GuessAfter {
  question: string;
  guess: string;
}

/**
 * "when was the HCNM post created — helsinki 1992?", "slovakia's chair was agreed at which MC — hamburg?":
 * a question asked with a question word, leading or not (group 1), a dash, the guess (group 2).
 */
const QUESTION_DASH_GUESS = /^([^?—–]*?\b(?:when|where|who|what|which|how)\b[^?—–]+?)\s+[—–-]\s+([^?—–]{1,48}?)\s*\?+\s*$/is;

export function guessAfter(text: string): GuessAfter | null {
  const m = QUESTION_THEN_GUESS.exec(text);
  const dashed = m ? null : QUESTION_DASH_GUESS.exec(text);
  const [question, guess] = m ? [m[1]!, m[2]!] : dashed ? [`${dashed[1]!}?`, dashed[2]!] : [];
  if (!question || !guess || ASKS_OR_NEGATES.test(guess) || guess.split(/\s+/).length > 6) return null;
  return { question, guess };
}

/** What an answer says: its text (not its note) and the ids of the names its facts hold. */
export interface AnswerSaid {
  text: string;
  entityIds: ReadonlySet<string>;
}

/**
 * Whether the answer says every part of the guess: each name (by its facts or in its words), each
 * figure (in digits or words; "92" as 1992 or 2092), each year, and each other word. Nothing to check
 * is no confirmation.
 */
export function guessConfirmed(guess: QuestionParse, said: AnswerSaid): boolean {
  // ("3 yrs": a length in years is its figure and the word "year".)
  const lengths = guess.unknown.map((u) => LENGTH_IN_YEARS.exec(u.form)?.[1]);
  if (guess.ask !== null || guess.yesNo || lengths.some((n) => n === undefined) || guess.operations.size > 0 || guess.order !== null) return false;
  // (A figure or a year only in the answer's sentence — its note may give another of a different kind; a name or word anywhere in it.)
  const sentence = said.text.replace(/\bNote:.*$/s, "");
  const stems = new Set(tokens(said.text).map(stem));
  const names = guess.entities.every((e) => said.entityIds.has(e.entity.id) || said.text.toLowerCase().includes(e.entity.name.toLowerCase()));
  const figures = [...guess.numbers, ...(lengths as string[])].every((n) => saysFigure(sentence, n));
  const years = guess.times.every((t) => !t.relative && sentence.includes(t.label));
  const words = [...guess.contentWords.map((w) => w.stem), ...(lengths.length ? [stem("year")] : [])].every((w) => stems.has(w));
  return guess.entities.length + guess.numbers.length + guess.times.length + lengths.length > 0 && names && figures && years && words;
}
/**
 * Whether the answer names another of the kind the guess offers: "1998 MC where? poland chaired so
 * warsaw?" is answered Oslo, a city, and the guess's only city is another. Only where the answer holds
 * one value in the role asked, so that the "No" refutes the one guessed; names of other kinds in the
 * guess are its context ("poland chaired") and decide nothing.
 */
export function guessRefuted(guess: QuestionParse, asked: readonly Entity[]): boolean {
  if (guess.ask !== null || guess.yesNo || guess.operations.size > 0 || guess.order !== null || guess.unknown.length > 0 || asked.length !== 1) return false;
  const offered = guess.entities.filter((m) => m.entity.type === asked[0]!.type);
  return offered.length > 0 && offered.every((m) => m.entity.id !== asked[0]!.id);
}

const LENGTH_IN_YEARS = /^(\d{1,2})\s*(?:years?|yrs?)$/i;

/** "3" said as "3" or "three"; "92" as a year of either century. */
function saysFigure(text: string, figure: string): boolean {
  const forms = [figure];
  const n = Number(figure);
  if (Number.isInteger(n) && NUMBER_WORDS[n]) forms.push(NUMBER_WORDS[n]!);
  if (/^\d{2}$/.test(figure)) forms.push(`19${figure}`, `20${figure}`);
  return forms.some((f) => new RegExp(`(?<![\\d.])${f.replace(/[.]/g, "\\.")}(?![\\d]|\\.\\d)`, "i").test(text));
}

/** A share said as a figure with its sign: "5%", "5 %", "5 percent". */
const SHARE = /^\s*(\d{1,2}(?:\.\d{1,2})?)\s*(?:%|per\s*cent|percent)\s*$/i;

/**
 * "… threshold in 2007? 5%?": a guess that is a share alone, where the answer's sentence gives shares
 * and none of them is the one guessed (a note may give another kind of figure: it decides nothing).
 */
export function shareRefuted(guess: QuestionParse, said: string, answerText: string): boolean {
  const share = SHARE.exec(said)?.[1];
  if (!share || guess.entities.length > 0 || guess.times.length > 0) return false;
  const sentence = answerText.replace(/\bNote:.*$/s, "");
  const given = [...sentence.matchAll(/(\d{1,2}(?:\.\d{1,2})?)\s*%/g)].map((m) => Number(m[1]));
  return given.length > 0 && !given.includes(Number(share));
}
