/**
 * The rule for overlapping phrases (spaCy's span_ruler has one too): "the first secretary general"
 * holds "first secretary" (a Kazakh office) and "secretary general". Reading greedily from the left
 * takes "first secretary" and leaves "general" unexplained. An OverlapRule decides which phrase a
 * position starts; the reader takes it as a named, swappable function.
 */
import type { Phrase } from "./compact-vocabulary.js";
import type { Vocabulary } from "./vocabulary.js";

export type OverlapRule = (forms: string[], i: number, phrase: Phrase | undefined, vocab: Vocabulary) => Phrase | undefined;

/** The longest phrase at each position, as written. */
export const greedy: OverlapRule = (_forms, _i, phrase) => phrase;

/**
 * A phrase starting inside this one that reaches further wins when reading greedily would leave a
 * word after this one meaning nothing ("general") and this one's first word means something on its
 * own ("first"): the first word is then read alone, and the later phrase next. ("ministerial council
 * meet" stays as it is: "meet" means something alone.)
 */
export const preferFurtherReach: OverlapRule = (forms, i, phrase, vocab) => {
  if (!phrase || phrase.tokens.length < 2) return phrase;
  if (nameAsNoun(forms, i, phrase)) return vocab.phraseAt([forms[i]!], 0);
  const end = i + phrase.tokens.length;
  if (endsInModifyingName(forms, end, phrase, vocab)) return vocab.phraseAt([forms[i]!], 0);
  const meansSomething = (k: number) => vocab.fillers.has(forms[k]!) || (vocab.phraseAt([forms[k]!], 0)?.tokens.length ?? 0) === 1;
  for (let j = i + 1; j < end; j++) {
    const later = vocab.phraseAt(forms, j);
    if (!later || j + later.tokens.length <= end) continue;
    const stranded = Array.from({ length: j + later.tokens.length - end }, (_, n) => end + n).some((k) => !meansSomething(k));
    const alone = vocab.phraseAt([forms[i]!], 0);
    return stranded && alone && alone.tokens.length === 1 ? alone : phrase;
  }
  return phrase;
};

/** Words after which "name" is a noun: "is that still the name 'the OSCE Centre …'", "its name the …". */
const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "that", "this", "official", "current", "new", "old", "same"]);

/**
 * "the name the OSCE used": "name the" after a determiner is the noun, never the command that asks for a list.
 * (The plural still asks for the list it names: "all the names the capital has had".)
 */
function nameAsNoun(forms: string[], i: number, phrase: Phrase): boolean {
  return forms[i] === "name" && DETERMINERS.has(forms[i - 1] ?? "") && phrase.meanings.some((m) => m.kind === "operation" || m.kind === "ask");
}

/**
 * "in the OSCE chair": a phrase ending in a name ("in the osce", membership) that goes on with a
 * noun of its own ("chair") — the name says whose that noun is, and the phrase does not hold.
 * (A verb after it, "in the OSCE chaired by …", leaves the phrase as it is.)
 */
function endsInModifyingName(forms: string[], end: number, phrase: Phrase, vocab: Vocabulary): boolean {
  if (!phrase.meanings.every((m) => m.kind === "concept")) return false;
  const last = vocab.phraseAt([forms[end - 1]!], 0);
  if (!last?.meanings.some((m) => m.kind === "entity")) return false;
  const next = forms[end];
  if (!next || vocab.fillers.has(next) || /(?:ed|ing)$/.test(next)) return false;
  return vocab.phraseAt(forms, end)?.meanings.some((m) => m.kind === "concept") ?? false;
}
