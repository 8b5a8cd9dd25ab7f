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
  [/\b(\w+)'(re|ve|ll|d)\b/gi, "$1"],
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
  const shouting = (t.match(/[A-Z]/g)?.length ?? 0) > (t.match(/[a-z]/g)?.length ?? 0);
  // Words in any script: one written in another alphabet is a word nobody explains, never dropped.
  for (const m of t.matchAll(/[\p{L}\p{N}]+(?:\.\d+)?/gu)) {
    const raw = m[0];
    const first = out.length === 0;
    // A capitalised word after the first, or an acronym anywhere ("OECD"), is probably a name.
    const acronym = /^[A-Z]{2,6}s?$/.test(raw);
    out.push({ form: raw.toLowerCase(), raw, properNoun: !shouting && (acronym || (!first && /^\p{Lu}/u.test(raw) && !/^\p{Lu}+$/u.test(raw))) });
  }
  return out;
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
