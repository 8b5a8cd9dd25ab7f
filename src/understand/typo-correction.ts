/**
 * Typos in a question's words, corrected before anything else is read, so that names and phrases of
 * several words match across a corrected word ("prime minster"). A correction never makes a word into
 * another known name or acronym (person-names.ts; "BSEAN" is not "ASEAN").
 */
import { isEnglishWord } from "../text/dictionary.js";
import { stem } from "../text/stem.js";
import { isOtherName, repairPersonNames } from "./person-names.js";
import type { QuestionParse } from "./question-parse.js";
import type { Token } from "./tokenise.js";
import type { Vocabulary } from "./vocabulary.js";

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "my"]);

/**
 * "wsa", "teh", "adn": a short word typed with two letters swapped, that is a little word of the
 * language's own (a filler, a tense or question auxiliary) once they are swapped back. (Fuzzy
 * correction leaves words this short alone: one edit away from one, there are too many.)
 */
function functionWordSwapped(form: string, vocab: Vocabulary): string | null {
  if (form.length < 3 || form.length > 4 || !/^[a-z]+$/.test(form)) return null;
  for (let i = 0; i + 1 < form.length; i++) {
    const w = form.slice(0, i) + form[i + 1] + form[i] + form.slice(i + 2);
    if (w !== form && (vocab.fillers.has(w) || vocab.past.has(w) || vocab.present.has(w) || vocab.yesNo.has(w))) return w;
  }
  return null;
}

/**
 * Corrects `forms` in place and returns which were corrected, counting the corrections in `parse`.
 * A real English word is only corrected when that completes a known phrase ("prime minster").
 */
export function correctTyposIn(toks: Token[], forms: string[], vocab: Vocabulary, parse: QuestionParse): boolean[] {
  const corrected = forms.map((form, i) => {
    if (vocab.isKnownWord(form)) return false;
    // ("0SCE", "ODlHR": a look-alike digit or letter inside a known acronym is that acronym.)
    // ("Wh0", "Cha1rperson", "Montenegr0": a zero or a one among letters, in a word known with "o" or "i".)
    const lookAlike = acronymOfLookAlike(toks[i]!.raw, vocab) ?? wordOfLookAlike(form, vocab);
    if (lookAlike) {
      forms[i] = lookAlike;
      parse.corrections++;
      return true;
    }
    if (/^\d/.test(form)) return false;
    const acronymTyped = /^[A-Z]{2,}$/.test(toks[i]!.raw);
    const possessive = possessiveName(form, vocab);
    if (possessive) {
      forms[i] = possessive;
      return false;
    }
    // (Never after a determiner: "the aws chairman" names something, no verb.)
    const swapped = acronymTyped || DETERMINERS.has(forms[i - 1] ?? "") ? null : functionWordSwapped(form, vocab);
    if (swapped) {
      forms[i] = swapped;
      parse.corrections++;
      return true;
    }
    const fix = vocab.fuzzy.correct(form, (a, b) => sameStem(a, b) || namesOneEntity(a, b, vocab));
    if (!fix || fix.word === form || isOtherName(form, vocab)) return false;
    // An acronym is typed exactly: "BSEAN" is not a typo of "ASEAN", nor "ODHIR" of "ODIHR" (near acronyms name other bodies).
    if (acronymTyped || vocab.acronyms.has(fix.word)) return false;
    forms[i] = fix.word;
    if (isEnglishWord(form) && !completesPhrase(forms, i, vocab)) {
      forms[i] = form;
      return false;
    }
    parse.corrections++;
    return true;
  });
  parse.corrections += repairPersonNames(forms, corrected, vocab);
  return corrected;
}

/**
 * "Bulgarias", "norways": a possessive typed without its apostrophe, when the rest names a place or
 * body. Not a person: "the Nazarbayevs" are a family, not Nazarbayev.
 */
function possessiveName(form: string, vocab: Vocabulary): string | undefined {
  if (form.length < 4 || !form.endsWith("s")) return undefined;
  const base = form.slice(0, -1);
  return vocab.phraseAt([base], 0)?.meanings.some((m) => m.kind === "entity" && m.entity.type !== "person") ? base : undefined;
}

/**
 * Characters that look alike in Latin type, as typed: a zero for O, a one or a lower-case l for I (an
 * upper-case L does not look like I: "ODLHR" is another acronym, not ODIHR).
 */
const LOOK_ALIKES: Array<[RegExp, string]> = [[/0/g, "O"], [/1/g, "I"], [/1/g, "L"], [/l/g, "I"]];

function acronymOfLookAlike(raw: string, vocab: Vocabulary): string | undefined {
  if (raw.length < 3 || raw.length > 6 || !/[A-Z]/.test(raw)) return undefined;
  for (const [from, to] of LOOK_ALIKES) {
    const variant = raw.replace(from, to).toLowerCase();
    if (variant !== raw.toLowerCase() && vocab.acronyms.has(variant)) return variant;
  }
  return undefined;
}

function wordOfLookAlike(form: string, vocab: Vocabulary): string | undefined {
  // (Letters first and last: "2k13", "1st", "90s" are no words with a digit slipped in.)
  if (!/^[a-z][a-z01]*[a-z0]$/.test(form) || !/[01]/.test(form) || form.length < 3) return undefined;
  for (const [zero, one] of [["o", "i"], ["o", "l"]] as const) {
    const variant = form.replace(/0/g, zero).replace(/1/g, one);
    if (vocab.isKnownWord(variant)) return variant;
  }
  return undefined;
}

const sameStem = (a: string, b: string) => stem(a) === stem(b);

/** "belgrade" and "beograd": two names of one place are one candidate for a typo, not a tie. */
function namesOneEntity(a: string, b: string, vocab: Vocabulary): boolean {
  const ids = (w: string) => (vocab.phraseAt([w], 0)?.meanings ?? []).flatMap((m) => (m.kind === "entity" ? [m.entity.id] : []));
  const of = new Set(ids(a));
  return of.size > 0 && ids(b).some((id) => of.has(id));
}

function completesPhrase(forms: string[], i: number, vocab: Vocabulary): boolean {
  for (let start = Math.max(0, i - 3); start <= i; start++) {
    const p = vocab.phraseAt(forms, start);
    if (p && p.tokens.length > 1 && start + p.tokens.length > i) return true;
  }
  return false;
}
