/**
 * A light English suffix stripper, so "chairs", "chaired" and "chairing" meet "chair" without
 * listing every form in the lexicon. Deliberately conservative (only plural, -ed, -ing): it runs
 * on both sides (patterns and questions), so it only needs to be consistent, not linguistic.
 * Irregular forms ("won", "led", "met") are synonyms in lexicon.yaml.
 */
import { remembered } from "./memo.js";

export const stem = remembered(stemOnce);

function stemOnce(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  return dropFinalE(stripSuffix(americanSpelling(word)));
}

/**
 * British and American spellings meet: "institutionalised" the facts spell "institutionalized",
 * "analyse", "honour". (Both sides are stemmed, so only consistency matters: "raise" becomes "raize".)
 */
function americanSpelling(w: string): string {
  return w.replace(/([a-z]{2})([iy])s(e|ed|es|ing|ation|ations)$/, "$1$2z$3").replace(/([a-z]{3})our(s|ed|ing|ite|ites)?$/, "$1or$2");
}

function stripSuffix(w: string): string {
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (w.endsWith("ing") && w.length > 5) return undouble(w.slice(0, -3));
  if (w.endsWith("ed") && w.length > 4 && !w.endsWith("eed")) return undouble(w.slice(0, -2));
  if (/(ss|us|is|ous)$/.test(w)) return w;
  if (/(ches|shes|xes|sses|zes)$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}

// "name"/"named", "base"/"based" meet at "nam", "bas".
function dropFinalE(w: string): string {
  return w.length >= 4 && w.endsWith("e") && !w.endsWith("ee") ? w.slice(0, -1) : w;
}

function undouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}
