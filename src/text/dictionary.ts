/**
 * Is this an ordinary English word? Typo correction must not "correct" a real word into a known one
 * ("resignation" is not a misspelt "designation"). The list (word-list, ~274,000 words) is read
 * lazily, the first time a correction is considered, so questions without typos never pay for it.
 */
import { readFileSync } from "node:fs";
import wordListPath from "word-list";

let words: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  return loadWords().has(word);
}

/** Reads the list now (~0.1 s): long-running adapters do it when idle, not on a user's first typo. */
export function warmDictionary(): void {
  loadWords();
}

function loadWords(): Set<string> {
  words ??= new Set(readFileSync(wordListPath, "utf8").split("\n"));
  return words;
}
