/**
 * "where did Poland host the 2022 Council? warsaw?", "who was CiO in 2007? moratinos right?": after a
 * question, the reporter's guess at its answer — a name and nothing else. The question is answered
 * alone, and the answer leads with the verdict on the guess. (A year guessed after a when-question
 * is the same thing, read in answer/verdicts.ts.)
 */
import { MONTH_NAMES } from "../time/days.js";
import type { QuestionParse } from "./question-parse.js";
import type { Entity } from "../facts/model.js";

export interface GuessedName {
  /** The question, without the guess. */
  question: string;
  /** What the guess names. */
  guessed: Entity[];
  /** Said after a comma ("…, Bakoyannis?"), or of now ("… nur-sultan still?"): a guess only where the answer names no other of its kind. */
  afterComma: boolean;
  /** "… ? my colleague says only Stubb": the guess is that no other of its kind is the answer. */
  alone: boolean;
}

/**
 * A question, its "?" or a dash, then the guess (with "right?", "i think", "i'm pretty sure", …): "… council? warsaw?",
 * "2011 MC city — vilnius right", "… ? my colleague says only Stubb", "… ? my notes just say kanerva". (Greedy: the guess is after the last "?" or dash.)
 * Reasoning before "so" is no part of the guess ("… ? poland chaired so warsaw i guess").
 */
const QUESTION_THEN_GUESS = /^(.*\S)\s*(?:\?+|\s[—–-]\s)\s*(?:(?:(?:@[\w.-]+|(?:my|our)\s+[a-z-]+|[a-z]+)\s+(?:(?:just|only|still|also|all)\s+)?(?:says|say|said|thinks|think|reckons|reckon|swears|swear|claims|claim|insists|has|have|shows?|lists?)|(?:i'?m\s+|im\s+)?(?:pretty|fairly|quite|almost)\s+sure)\s+(?:(?:it'?s|it\s+was|it\s+is|that)\s+)?)?(?:[^?—–]{2,40}?,?\s+so\s+)?(?:only\s+|just\s+)?(?:maybe\s+|probably\s+|prob\s+|or\s+)?([^?—–]{2,40}?)\s*(?:,?\s*(?:right|correct|(?:but\s+)?(?:i'?m\s+|im\s+)?not\s+(?:\d{1,3}\s*%\s+|totally\s+|entirely\s+)?sure|i\s+think|i\s+believe|i\s+guess|i'?m\s+(?:\d{1,3}\s*%\s+|pretty\s+|fairly\s+|quite\s+|almost\s+)?(?:sure|certain)|no|maybe|or\s+so|yes))?\s*\?*\W*$/i;
/**
 * A guess after the question's last comma, the message ending in "?": "what number was the skopje
 * ministerial, thirtieth?", "which city hosted the 2010 summit, astana?". (Read as a guess only where
 * what follows the comma is one name or value alone, as the other shapes.)
 */
// ("what's the HCNM seat, and the PA's?": a part joined by "and" is a second question, no guess.)
// (Nor one led by a word that relates it to the question: "…, up to Sinirlioglu?" bounds a count.)
const PERCENT_GUESS = /^\s*(?:about\s+|around\s+|~)?\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|pct)\s*$/i;
const QUESTION_COMMA_GUESS = /^(.*\S)\s*,\s*(?!\s|(?:and|or|plus|also|but|then|as\s+well|up|until|till|through|before|after|since|except|excluding|including|counting|not|with|without|to|at|on|in|of|for|from|by|as)\b)(?:maybe\s+|probably\s+|prob\s+)?([^?,—–]{2,40}?)\s*\?+\W*$/i;
/** A guess in brackets at the end: "csce chair 1992 - which country? (czech republic??)". */
const BRACKETED_GUESS = /^(.*\S)\s*\(\s*(?:maybe\s+|probably\s+)?([^()?]{2,40}?)\s*\?*\s*\)\W*$/i;

const TIMES_WORDS: Record<string, string> = { once: "1", twice: "2", thrice: "3" };
const COPY_REFERENCE = /\b(?:para(?:graph)?s?|grafs?|pages?|pg|p\.|slot|line|item|section|part|point|episode|ep)\s*#?\d/i;
const TIMES_GUESSED = /\b(?:(once|twice|thrice)|(\w+)\s+times)\b/gi;
const NEGATED = /\b(?:not|never|no|nor|isn'?t|wasn'?t|wasnt|isnt|aren'?t|weren'?t)\b/i;
/** "(as akmola)", "(i.e. the city)", "(not …)": a bracket that says more of the question, no guess. */
// ("the" alone is no such word: "the hague right" guesses The Hague; "(the city)" names nothing and is passed over below.)
// ("who is HCNM, the kazakh one?": "the <kind> one" says which of them is asked — answer/message.ts reads it so.)
const SPECIFYING = /^\s*(?:as|i\.?e\.?|aka|e\.?g\.?|then|incl\.?|including|excluding|under|in|of|for|from|by|the\s+\S+\s+one)\b/i;

const STILL_NOW = /\b(?:still|now|currently|today|these\s+days)\b/i;
const WHOLE_TIME = /\s+(?:for\s+|during\s+)?(?:the\s+)?(?:whole|entire|full)\s+(?:year|yr|time|term|period)(?:\s+long)?(?=\s*\?*\W*$)|\s+all\s+year(?:\s+long)?(?=\s*\?*\W*$)/i;

/** A message split into a question and what is guessed after it: the guess's words, and whether said after "?" or a dash. */
interface GuessSplit {
  text: string;
  m: RegExpExecArray;
  said: boolean;
  wholeTime: boolean;
}

/** Words after the guess's "?" ("… strasbourg? sanity check"): read, they may say nothing. */
const AFTER_LAST_ASK = /\?\s*((?:[\p{L}']+\s*){1,4})[.!]*$/u;

function splitAtGuess(message: string, read: (text: string) => QuestionParse): GuessSplit | null {
  // ("who was CiO in 2017 — kurz the whole year?": the one guessed alone held it then.)
  const wholeTime = WHOLE_TIME.test(message);
  const text = withoutChatterAfter(message.replace(WHOLE_TIME, ""), read);
  const said = BRACKETED_GUESS.exec(text) ?? QUESTION_THEN_GUESS.exec(text);
  const m = said ?? QUESTION_COMMA_GUESS.exec(text);
  if (!m) return null;
  // (A short guess, never negated: "heard it's not helsinki" answered "Yes: … Vienna" would say the opposite.)
  // (Nor a choice: "lajcak or fico?".)
  // (Nor a second ask joined on: "where's the secretariat? and the PA's?".)
  if (m[2]!.split(/\s+/).length > 4 || NEGATED.test(m[2]!) || SPECIFYING.test(m[2]!) || /\bor\b/i.test(m[2]!) || /^\W*(?:and|also|plus|&|what\s+about|how\s+about)\b/i.test(m[2]!)) return null;
  return { text, m, said: !!said, wholeTime };
}

/** "… strasbourg? sanity check" as "… strasbourg?": words after the last "?" that mean nothing (the lexicon's fillers) are no guess. */
function withoutChatterAfter(text: string, read: (text: string) => QuestionParse): string {
  const m = AFTER_LAST_ASK.exec(text);
  if (!m) return text;
  const tail = read(m[1]!);
  const empty = tail.entities.length + tail.unknown.length + tail.concepts.size + tail.times.length + tail.numbers.length === 0 && tail.ask === null && !tail.yesNo;
  return empty ? text.slice(0, m.index + 1) : text;
}

/**
 * "where's the PA secretariat? strasbourg?": after a where-question, a guess of one word the table does
 * not know at all (no name, no concept, no typo of either) — the place guessed is none the table has.
 */
export function guessedStranger(message: string, read: (text: string) => QuestionParse): { question: string; word: string } | null {
  const split = splitAtGuess(message, read);
  // (A guess reasoned out — "bulgaria chaired so plovdiv?" — of a place the table does not know is left unjudged.)
  if (!split || !split.said || /\bso\s/i.test(split.text.slice(split.m[1]!.length))) return null;
  const guess = read(split.m[2]!);
  if (guess.entities.length > 0 || guess.unknown.length !== 1 || guess.concepts.size > 0 || guess.ask !== null || guess.times.length > 0 || guess.numbers.length > 0) return null;
  const word = guess.unknown[0]!.form;
  if (word.length < 4 || split.m[2]!.trim().split(/\s+/).length !== 1) return null;
  const question = read(split.m[1]!);
  return question.ask === "place" && !question.yesNo && question.unknown.length === 0 ? { question: split.m[1]!, word } : null;
}

/** The question and what its guess names, or null when the message is not a question and a guess at its answer. */
export function guessedName(message: string, read: (text: string) => QuestionParse): GuessedName | null {
  const split = splitAtGuess(message, read);
  if (!split) return null;
  const { text, m, said, wholeTime } = split;
  const guess = read(m[2]!);
  // (One name alone: "warsaw?" — never a question of its own, "and the CiO?", "2009?" or "turkish ex-FM?";
  // nor a remark of two names, "de hoop scheffer had gone to nato no?", whose "No" would read as of it.
  // Names of one kind after a "?" or in brackets are one guess each for a question of several: "CiO 2014 +
  // 2015 (burkhalter/dacic?)"; after a dash or a comma they are what is asked about: "seats — ODIHR, HCNM, RFoM".)
  const afterAsk = said && /^\s*[?(]/.test(text.slice(m[1]!.length));
  const oneKind = guess.entities.length > 0 && guess.entities.every((e) => e.entity.type === guess.entities[0]!.entity.type);
  if (!(guess.entities.length === 1 || (oneKind && afterAsk)) || guess.ask !== null || guess.concepts.size > 0 || guess.unknown.length > 0) return null;
  if (guess.times.length > 0 || guess.numbers.length > 0 || guess.operations.size > 0 || guess.ordinal !== null || guess.order !== null) return null;
  const question = read(m[1]!);
  // (The question must ask for something — "2011 MC city" asks too — and not already name what is
  // guessed: "who came after Kubiš? Kubiš?" guesses nothing.)
  const asks = question.ask !== null || question.askType !== null || (!question.yesNo && question.concepts.size > 0);
  // (A name after "when …?" is no guess at a date: "when did Astana become capital? (as akmola)".)
  if (question.ask === "time" || question.askType === "time") return null;
  if (!asks || guess.entities.some((g) => question.entities.some((q) => q.entity.id === g.entity.id))) return null;
  const alone = said && (wholeTime || /^\W*(?:[^?]*\s)?(?:only|just)\s/i.test(text.slice(m[1]!.length)));
  // ("what's the capital called? nur-sultan still?": a guess of now is confirmed only by an answer of one of its kind.)
  const ofNow = STILL_NOW.test(text.slice(m[1]!.length));
  return { question: m[1]!, guessed: guess.entities.map((e) => e.entity), afterComma: !said || ofNow, alone };
}

export interface GuessedValues {
  /** The question, without the guess. */
  question: string;
  /** The figures, years and ordinals guessed, as an answer writes them ("98.78", "1991", "7th"). */
  values: string[];
}

/**
 * "which number summit was astana 2010? 7th?", "nazarbayev's highest share ever? 1991 i think, 98.78?":
 * after a question, a guess of figures, years or an ordinal and nothing else. (Names are guessedName's.)
 */
export function guessedValues(text: string, read: (text: string) => QuestionParse, ordinal: (n: number) => string): GuessedValues | null {
  const m = QUESTION_THEN_GUESS.exec(text) ?? QUESTION_COMMA_GUESS.exec(text);
  if (!m || m[2]!.split(/\s+/).length > 6 || NEGATED.test(m[2]!)) return null;
  // ("… since astana? need it for para 3": a number that points into the reporter's own copy is no figure guessed.)
  if (COPY_REFERENCE.test(m[2]!)) return null;
  const day = dayGuessed(m[2]!);
  if (day) return asksTime(read(m[1]!)) ? { question: m[1]!, values: [day] } : null;
  // ("how many times did finland chair? twice?": a count of times guessed is its figure.)
  const guess = read(m[2]!.replace(TIMES_GUESSED, (_, word?: string, count?: string) => (word ? TIMES_WORDS[word.toLowerCase()]! : count!)));
  // ("what was the 2023 threshold, 5%?": the "%" of a figure guessed is its unit, no word of its own.)
  const unitOnly = PERCENT_GUESS.test(m[2]!) && [...guess.concepts.keys()].every((c) => c === "share");
  if (guess.entities.length > 0 || guess.ask !== null || (guess.concepts.size > 0 && !unitOnly) || guess.unknown.length > 0 || guess.operations.size > 0 || guess.order !== null) return null;
  // ("… joined when — sept 91?": a month guessed is said as the answer says it, "September 1991".)
  const values = [...guess.numbers, ...guess.times.filter((t) => !t.relative && (t.grain === "year" || t.grain === "month")).map((t) => t.label), ...(guess.ordinal !== null ? [ordinal(guess.ordinal)] : [])];
  if (values.length === 0 || guess.times.some((t) => t.relative || (t.grain !== "year" && t.grain !== "month"))) return null;
  const question = read(m[1]!);
  // ("who chaired in 2010? 2011?": a year alone after a question that asks no time is a second ask.)
  if (guess.numbers.length === 0 && guess.ordinal === null && question.ask !== "time" && question.askType !== "time") return null;
  return question.ask !== null || question.askType !== null || (!question.yesNo && question.concepts.size > 0) ? { question: m[1]!, values } : null;
}

/**
 * "when was the 2012 election? jan 15?": a day of a month guessed with no year (which a date reader
 * would put in the current year), said as an answer writes it: "15 January".
 */
function dayGuessed(guess: string): string | null {
  const m = DAY_MONTH_GUESS.exec(guess) ?? MONTH_DAY_GUESS.exec(guess);
  if (!m?.groups) return null;
  const day = Number(m.groups.day);
  const month = MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith(m.groups!.month!.toLowerCase().slice(0, 3)));
  return day >= 1 && day <= 31 && month >= 0 ? `${day} ${MONTH_NAMES[month]}` : null;
}
const MONTH_WORD = String.raw`(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const GUESS_END = String.raw`\s*(?:i\s+think|right|maybe|or\s+so)?\W*$`;
const DAY_MONTH_GUESS = new RegExp(String.raw`^\W*(?:on\s+)?(?:the\s+)?(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}${GUESS_END}`, "i");
const MONTH_DAY_GUESS = new RegExp(String.raw`^\W*(?:on\s+)?${MONTH_WORD}\s+(?<day>\d{1,2})(?:st|nd|rd|th)?${GUESS_END}`, "i");

const asksTime = (q: QuestionParse) => q.ask === "time" || q.askType === "time";

/** Whether the answer says every guessed value (not in its note): "98.78" in "98.78%", "7th" in "The 7th …". */
export function saysValues(answerText: string, values: readonly string[]): boolean {
  const said = answerText.replace(/\bNote:.*$/s, "");
  return values.every((v) => new RegExp(`(?<![\\d.])${v.replace(/[.]/g, "\\.")}(?![\\d]|\\.\\d)`, "i").test(said));
}

/**
 * "Yes: …" when the answer names every guessed thing, "No: …" when it does not. (A guess after a comma
 * — "who was CiO in 2009, Bakoyannis?" — is no "Yes" where the answer names another of its kind too.)
 */
export function verdictOnGuess(answerText: string, guessed: readonly Entity[], answered: readonly Entity[], afterComma = false, alone = false): string {
  const said = ` ${wordsOf(answerText.replace(/\bNote:.*$/s, ""))} `;
  const named = guessed.every((e) => [e.name, ...e.aliases].some((n) => said.includes(` ${wordsOf(n)} `)));
  const othersOfKind = answered.some((a) => guessed.some((g) => g.type === a.type && g.id !== a.id));
  // ("… ? only Stubb": the answer naming another of his kind says no.)
  if (alone && named && othersOfKind) return `No, not only ${joinNames(guessed)}: ${answerText}`;
  if (afterComma && named && othersOfKind) return answerText;
  // ("new SG Sinirlioglu is from…? turkey?" answered with his appointment: no country said, no "No".)
  const ofGuessedKind = answered.some((a) => guessed.some((g) => g.type === a.type && g !== a));
  return named ? `Yes: ${answerText}` : ofGuessedKind ? `No: ${answerText}` : answerText;
}

const joinNames = (es: readonly Entity[]) => es.map((e) => e.name).join(" and ");

/** Folded words, one space apart: a name is found as whole words ("kz" is never part of a word). */
const wordsOf = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ");
