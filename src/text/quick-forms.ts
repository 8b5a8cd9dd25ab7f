/**
 * matchForm and phraseVariants for the common case, fast: a name of plain ASCII letters and digits
 * separated by single spaces ("Anton Petrov", "University of Velmar") is its own matching form,
 * lower-cased (no accent to fold, no hyphen, apostrophe or punctuation to rewrite). Anything else
 * goes through normalise.ts. Loading 100,000 facts folds ~150,000 names: this is most of it.
 */
import { matchForm, phraseVariants } from "./normalise.js";

const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

export function quickMatchForm(text: string): string {
  return PLAIN.test(text) ? text.toLowerCase() : matchForm(text);
}

export function quickPhraseVariants(text: string): string[] {
  return PLAIN.test(text) ? [text.toLowerCase()] : phraseVariants(text);
}
