import { fold } from "../text/normalise.js";

export interface Token {
  /** Folded, lower-case form used for matching. */
  form: string;
  /** As typed (accents folded), to tell "US" from "us" and spot capitalised names. */
  raw: string;
  /** Capitalised and not the first word: probably a name. */
  properNoun: boolean;
}

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\b(what|who|where|when|how|which|that|there|it|he|she)'s\b/gi, "$1 is"],
  [/\b(is|was|were|are|did|does|do|has|have|had|wo|would|could|should)n't\b/gi, "$1 not"],
  [/\bcan't\b/gi, "can not"],
  // ("who'll succeed Tokayev?": a time still to come.)
  [/\b(\w+)'ll\b/gi, "$1 will"],
  [/\b(\w+)'(re|ve|d)\b/gi, "$1"],
  [/\bi'm\b/gi, "i am"],
];

/**
 * Splits a cleaned question into tokens: accents folded, contractions expanded, possessive 's
 * dropped, "%" spelled out, hyphens and punctuation as separators; decimals stay whole ("95.5").
 */
export function tokenise(text: string): Token[] {
  let t = foldKeepCase(text);
  // (Each rewrite needs an apostrophe or a "%": most questions have neither and skip them all.)
  if (t.includes("'")) {
    for (const [re, rep] of CONTRACTIONS) t = t.replace(re, rep);
    // A possessive left alone when the time before it was taken out ("last year's chair").
    t = t.replace(/(\w)'s\b/gi, "$1").replace(/(^|\s)'s\b/gi, "$1").replace(/s'(\s|$)/gi, "s$1");
  }
  if (t.includes("%")) t = t.replace(/%/g, " percent ");
  const out: Token[] = [];
  // In a question typed in capitals, capitals say nothing about names.
  const shouting = isShouting(t);
  // Words in any script: one written in another alphabet is a word nobody explains, never dropped.
  // (In plain ASCII those are runs of ASCII letters and digits: the same words, found faster.)
  const words = ASCII.test(t) ? ASCII_WORD : WORD;
  words.lastIndex = 0;
  for (let m = words.exec(t); m; m = words.exec(t)) {
    const raw = m[0];
    const first = out.length === 0;
    // A capitalised word after the first, or an acronym anywhere ("OECD"), is probably a name.
    const properNoun = !shouting && (/^[A-Z]{2,6}s?$/.test(raw) || (!first && /^\p{Lu}/u.test(raw) && !/^\p{Lu}+$/u.test(raw)));
    out.push({ form: raw.toLowerCase(), raw, properNoun });
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:\.\d+)?/gu;
const ASCII_WORD = /[A-Za-z0-9]+(?:\.\d+)?/g;

/** More capital letters (A–Z) than small ones (a–z). */
function isShouting(text: string): boolean {
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) balance++;
    else if (c >= 97 && c <= 122) balance--;
  }
  return balance > 0;
}

const ASCII = /^[\u0000-\u007f]*$/;

function foldKeepCase(text: string): string {
  // Plain ASCII has no accents to fold: it is kept as it is.
  if (ASCII.test(text)) return text;
  // fold() lower-cases; redo case per character so "Türkiye" → "Turkiye", "ŁÓDŹ" → "LODZ".
  const folded = fold(text);
  if (folded.length !== text.length) return folded;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const f = folded[i]!;
    out += c !== c.toLowerCase() ? f.toUpperCase() : f;
  }
  return out;
}
