/**
 * "where did Poland host the 2022 Council? warsaw?", "who was CiO in 2007? moratinos right?": after a
 * question, the reporter's guess at its answer — a name and nothing else. The question is answered
 * alone, and the answer leads with the verdict on the guess. (A year guessed after a when-question
 * is the same thing, read in factdesk.ts.)
 */
import type { QuestionParse } from "./parse-question.js";
import type { Entity } from "../facts/model.js";

export interface GuessedName {
  /** The question, without the guess. */
  question: string;
  /** What the guess names. */
  guessed: Entity[];
}

/** A question that starts with a question word, its "?", then the guess (with "right?", "i think", …). */
const QUESTION_THEN_GUESS = /^(\W*(?:who|whom|whose|what|where|which)\b[^?]*\?+)\s*(?:maybe\s+|probably\s+|prob\s+|or\s+)?([^?]{2,40}?)\s*(?:,?\s*(?:right|correct|i\s+think|i\s+believe|i\s+guess|no|maybe|or\s+so|yes))?\s*\?+\W*$/i;

/** The question and what its guess names, or null when the message is not a question and a guess at its answer. */
export function guessedName(text: string, read: (text: string) => QuestionParse): GuessedName | null {
  const m = QUESTION_THEN_GUESS.exec(text);
  if (!m) return null;
  const guess = read(m[2]!);
  // (One name alone: "warsaw?" — never a question of its own, "and the CiO?", "2009?" or "turkish ex-FM?";
  // nor a remark of two names, "de hoop scheffer had gone to nato no?", whose "No" would read as of it.)
  if (guess.entities.length !== 1 || guess.ask !== null || guess.concepts.size > 0 || guess.unknown.length > 0) return null;
  if (guess.times.length > 0 || guess.numbers.length > 0 || guess.operations.size > 0 || guess.ordinal !== null || guess.order !== null) return null;
  const question = read(m[1]!);
  // (The question must ask for something, and not already name what is guessed: "who came after Kubiš? Kubiš?" guesses nothing.)
  if (question.ask === null || guess.entities.some((g) => question.entities.some((q) => q.entity.id === g.entity.id))) return null;
  return { question: m[1]!, guessed: guess.entities.map((e) => e.entity) };
}

/** "Yes: …" when the answer names every guessed thing, "No: …" when it does not. */
export function verdictOnGuess(answerText: string, guessed: readonly Entity[]): string {
  const said = ` ${wordsOf(answerText.replace(/\bNote:.*$/s, ""))} `;
  const named = guessed.every((e) => [e.name, ...e.aliases].some((n) => said.includes(` ${wordsOf(n)} `)));
  return `${named ? "Yes" : "No"}: ${answerText}`;
}

/** Folded words, one space apart: a name is found as whole words ("kz" is never part of a word). */
const wordsOf = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ");
