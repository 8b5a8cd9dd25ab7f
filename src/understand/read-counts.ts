/**
 * Figures and counts among a question's words: a length claimed of a span ("for 2 years"), how many
 * things the question says there are ("Finland's two chairmanships"), figures to check ("95.5"), and
 * the reporter's own minutes ("need it in 10"), which ask nothing.
 */
import type { QuestionParse } from "./question-parse.js";
import { lengthClaimAt } from "./length-claim.js";
import { CARDINAL_WORDS, isFigure } from "./word-numbers.js";

/** A length, a term or a count said with a figure or number word at i: how many tokens it takes (0 when none). */
export function readLengthAt(parse: QuestionParse, forms: string[], i: number): number {
  const word = forms[i]!;
  const figure = isFigure(word);
  const cardinal = CARDINAL_WORDS.indexOf(word);
  // "more than three years", "for 2 years", "over a decade": a length claimed of a span, checked as one.
  const length = lengthClaimAt(forms, i, figure ? Number(word) : cardinal >= 2 ? cardinal : /^(?:a|an|one)$/.test(word) ? 1 : 0);
  if (length) {
    parse.lengthClaimed ??= length;
    return 2;
  }
  // ("is the SG's term five years?", "appointed for a four-year term": a length said in words that no
  // check takes is unexplained, as in figures — never a count, never passed over.)
  // (The count is a word of the facts' own text where they say it — "a single seven-year term" — and
  // "the three years Switzerland chaired" says how many are meant.)
  if (cardinal >= 2 && TIME_UNIT.test(forms[i + 1] ?? "") && !COUNT_LEADS.test(forms[i - 1] ?? "")) {
    parse.unknown.push({ form: word, properNoun: false });
    return 2;
  }
  // ("did Zannier serve two terms?": one span may hold two terms, so no count of facts checks it.)
  if ((figure || cardinal >= 2) && TERMS.test(forms[i + 1] ?? "")) {
    parse.unknown.push({ form: `${word} ${forms[i + 1]}`, properNoun: false });
    return 2;
  }
  // "a 5yr term": a length claimed, not a figure of the facts — nothing here checks it, so it stays unexplained.
  if (figure && TIME_UNIT.test(forms[i + 1] ?? "")) {
    parse.unknown.push({ form: `${word} ${forms[i + 1]}`, properNoun: false });
    return 2;
  }
  // ("the 2 finnish cios of 2008", "its 3 summits": a digit after an article and before a plural
  // noun, or a word and a plural noun, says how many things are meant, like "two".)
  // ("name the 5 central asian osce pS": the plural noun may follow a few describing words.)
  // ("last 3 ministerial council host cities": after a pick, how many are picked.)
  const afterPick = PICK_WORDS.has(forms[i - 1] ?? "");
  if (figure && /^[2-9]$/.test(word) && (COUNT_LEADS.test(forms[i - 1] ?? "") || afterPick) && pluralNounWithin(forms, i + 1, 5) && countsNoun(forms[i + 1]) && parse.ask !== "count" && (!parse.yesNo || afterPick)) {
    parse.statedCount ??= Number(word);
    return 1;
  }
  // ("is Japan one of the 57 participating States?": the size of the whole named, not a figure asked.)
  if (figure && /^(?:one|any|each|none|all|some|which|who)\s+of\s+the$|^among\s+the$/.test(`${forms[i - 3] ?? ""} ${forms[i - 2] ?? ""} ${forms[i - 1] ?? ""}`.trim().replace(/^\S+\s+(?=among)/, "")) && (/s$/.test(forms[i + 1] ?? "") || /s$/.test(forms[i + 2] ?? ""))) {
    return 1;
  }
  // ("kaz was one of 10 ex-soviet states to join": the size of a group no fact counts — left unexplained, never a count of the one named.)
  if (figure && /^(?:one|any|each|none|some)\s+of$/.test(`${forms[i - 2] ?? ""} ${forms[i - 1] ?? ""}`)) {
    parse.unknown.push({ form: word, properNoun: false });
    return 1;
  }
  return 0;
}

/**
 * "switzerland's chair years — all three", "… the 3?": a count that closes the clause after "all" or
 * "the" says how many the answer holds (returns 1 when read); it is never a word of the facts' text.
 */
export function readAllOfCountAt(parse: QuestionParse, forms: string[], i: number): number {
  const word = forms[i]!;
  const count = isFigure(word) && /^[2-9]$/.test(word) ? Number(word) : CARDINAL_WORDS.indexOf(word);
  if (count < 2 || !/^(?:all|the)$/.test(forms[i - 1] ?? "") || /^[\p{L}\d]/u.test(forms[i + 1] ?? "") || parse.ask === "count" || parse.yesNo) return 0;
  parse.statedCount ??= count;
  return 1;
}

/** A figure, or a number word, read at i (true), or false when the word is neither or means nothing here as one. */
export function readCountAt(parse: QuestionParse, forms: string[], i: number): boolean {
  const word = forms[i]!;
  const figure = isFigure(word);
  const cardinal = CARDINAL_WORDS.indexOf(word);
  if (figure && isDeadline(forms, i)) {
    // "(need it in 10)", "filing in 20": the reporter's minutes, nothing asked
  } else if (figure) parse.numbers.push(word);
  // "did Italy give two secretaries general?": a count claimed in words is a figure like "2", never
  // dropped; asking for "the three dimensions" only says how many to list.
  // ("name the first three CiOs", "was Finland among the last three chairs?": how many to pick, whatever asks.)
  else if (cardinal > 1 && PICK_WORDS.has(forms[i - 1] ?? "") && parse.ask !== "count") parse.statedCount ??= cardinal;
  else if (cardinal >= 0 && parse.yesNo) parse.numbers.push(String(cardinal));
  // "which two opposition leaders …", "years between Finland's two chairmanships": a count in words
  // before a noun says how many things are meant; the answer is held to it (see statedCount).
  // (After a question word the count is of the thing asked only right after it: "which city hosted
  // two summits" does not say how many cities.)
  // ("the three years Switzerland chaired", "all two terms", "the three chairmanship years": how many times are meant.)
  else if (cardinal > 1 && /^(?:the|all|which|what)$/.test(forms[i - 1] ?? "") && (TIMES_NOUN.test(forms[i + 1] ?? "") || (/^\p{L}+$/u.test(forms[i + 1] ?? "") && TIMES_NOUN.test(forms[i + 2] ?? ""))) && parse.ask !== "count") parse.statedCount ??= cardinal;
  else if (cardinal >= 0 && countsNoun(forms[i + 1]) && (parse.ask === null || parse.ask === "count" || asksTheCounted(forms, i))) {
    parse.statedCount ??= cardinal;
  } else if (cardinal >= 0 && (parse.ask === "which" || parse.ask === "time") && HAVING.test(forms[i - 1] ?? "")) {
    // ("the years in which the OSCE had two CiOs", "which countries gave two SGs": a count the
    // answer must have, which no reading checks — never dropped.)
    parse.unknown.push({ form: word, properNoun: false });
  } else if (cardinal >= 0 && parse.ask !== null && parse.ask !== "count") {
    // noise: "which two years …", after a question word the facts say how many anyway
  } else return false;
  return true;
}

const TIMES_NOUN = /^(?:years|times|terms|occasions)$/;

const PICK_WORDS = new Set(["first", "last", "latest", "earliest", "next", "final"]);

const DEADLINE_WORDS = new Set(["need", "needs", "needed", "want", "wants", "wanted", "filing", "file", "files", "due", "ready", "print", "printing", "publish", "publishing", "deadline"]);

/** A figure after "in" that follows a deadline word ("need it in 10", "filing in 20"). */
function isDeadline(forms: string[], i: number): boolean {
  if (forms[i - 1] !== "in") return false;
  const before = ["it", "this", "that", "them"].includes(forms[i - 2] ?? "") ? forms[i - 3] : forms[i - 2];
  return DEADLINE_WORDS.has(before ?? "");
}

/** Whether a plural noun comes within n words from `from`, with only words (no figures) before it. */
function pluralNounWithin(forms: string[], from: number, n: number): boolean {
  for (let j = from; j < from + n && j < forms.length; j++) {
    if (!/^\p{L}+$/u.test(forms[j]!)) return false;
    if (/s$/.test(forms[j]!)) return true;
  }
  return false;
}

/** The word after a count in words is what is counted: not "two or more times", "two thousand", "two years". */
function countsNoun(next: string | undefined): boolean {
  return next !== undefined && /^[a-z]/.test(next) && !NOT_COUNTED.has(next) && !CARDINAL_WORDS.includes(next) && !TIME_UNIT.test(next);
}

const ASKING_WORDS = new Set(["which", "what", "name", "list"]);

const COUNT_LEADS = /^(?:the|both|all|its|his|her|their|which|what)$/;

const COPULAS = new Set(["were", "are", "was", "is"]);

/** Verbs of having: a count after them is a condition on the answer. */
const HAVING = /^(?:had|have|has|having|gave|given|give|gives|with)$/;

/**
 * The count at i is of the thing asked: "which two countries", "name the three", "who were the two
 * CiOs" (people, held to the count). ("What are the three dimensions" only says how many to list.)
 */
function asksTheCounted(forms: string[], i: number): boolean {
  if (forms[i - 1] !== "the") return ASKING_WORDS.has(forms[i - 1] ?? "");
  return ASKING_WORDS.has(forms[i - 2] ?? "") || (COPULAS.has(forms[i - 2] ?? "") && forms[i - 3] === "who");
}

const NOT_COUNTED = new Set(["or", "and", "to", "times", "more", "than", "of", "thousand", "hundred", "million", "decades", "terms"]);

const TIME_UNIT = /^(?:yr|yrs|year|years|month|months|mo|mos|week|weeks|day|days)$/;

/** Terms of office, counted: "two terms" (one span may hold several). */
const TERMS = /^(?:terms|stints|tenures|mandates|spells)$/;
