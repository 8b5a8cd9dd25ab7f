/**
 * The other spellings of a word's concept, as stems: a short form the question uses ("SG", "MC")
 * matches a label written out ("OSCE Secretary General") when a word alone would not; so does a name
 * said beside the question ("RFoM"), spelled out.
 */
import { tokens } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import type { Entity } from "../facts/model.js";
import type { Vocabulary } from "./vocabulary.js";

/** One spelling of a concept: the stems a fact's label must all have. */
export type Spelling = readonly string[];

const spellingsByVocab = new WeakMap<Vocabulary, Map<string, Spelling[]>>();

/** A short form: a few letters with no vowel ("sg", "mc", "fm", "hcnm"). */
const SHORT_FORM = /^[b-df-hj-np-tv-z]{2,5}$/;

/**
 * The word's own stem, then, for a short form, each spelling of its concept (words as labels keep
 * them: 3+ letters, no digits). A word written out keeps its own stem only: its concept's other words
 * ("observation mission" for "observers") would favour whichever fact happens to say them.
 */
export function spellingsOf(word: { stem: string; concept: string | null }, vocab: Vocabulary): Spelling[] {
  if (!word.concept || !SHORT_FORM.test(word.stem)) return [[word.stem]];
  return [[word.stem], ...conceptSpellings(word.concept, vocab)];
}

/**
 * The spellings a claim's word is confirmed by in a fact's text: its own, and its concept's words of
 * the same root ("threatened to reject observation missions" is said by a quote's "observer missions").
 */
export function claimSpellingsOf(word: { stem: string; concept: string | null }, vocab: Vocabulary): Spelling[] {
  const own = spellingsOf(word, vocab);
  return word.concept && !SHORT_FORM.test(word.stem) ? [...own, ...sameRoot(word.stem, conceptSpellings(word.concept, vocab))] : own;
}

/** Of a concept's one-word spellings, those that begin as the stem does (its first five letters). */
function sameRoot(stemmed: string, spellings: Spelling[]): Spelling[] {
  if (stemmed.length < ROOT) return [];
  return spellings.filter((s) => s.length === 1 && s[0] !== stemmed && s[0]!.slice(0, ROOT) === stemmed.slice(0, ROOT));
}
const ROOT = 5;

/**
 * The concepts said as a title is — a short form or a phrase of two words or more ("SG", "secretary
 * general"; never "chairmanship") — each in every spelling of it.
 */
export function titlesSpelled(words: ReadonlyArray<{ stem: string; concept: string | null }>, vocab: Vocabulary): Spelling[][] {
  const said = new Map<string, number>();
  for (const w of words) if (w.concept && !w.concept.startsWith("w:")) said.set(w.concept, (said.get(w.concept) ?? 0) + (SHORT_FORM.test(w.stem) ? 2 : 1));
  return [...said].filter(([, n]) => n >= 2).map(([c]) => conceptSpellings(c, vocab)).filter((s) => s.length > 0);
}

/** Every spelling of a concept, as stems, made once per concept. */
function conceptSpellings(concept: string, vocab: Vocabulary): Spelling[] {
  let known = spellingsByVocab.get(vocab);
  if (!known) spellingsByVocab.set(vocab, (known = new Map()));
  let spellings = known.get(concept);
  if (!spellings) {
    known.set(concept, (spellings = vocab.phrasesOf(concept).map(spelled).filter((s) => s.length > 0)));
  }
  return spellings;
}

/**
 * The contrasting concepts the question says (lexicon `contrasts`), each with the spellings of its
 * group's others: "parliamentary" said, "presidential" another.
 */
export function contrastsSaid(said: ReadonlySet<string>, vocab: Vocabulary): Array<{ said: Spelling[]; others: Spelling[] }> {
  return vocab.contrasts.flatMap((group) =>
    group.filter((c) => said.has(c)).map((c) => ({ said: conceptSpellings(c, vocab), others: group.filter((o) => !said.has(o)).flatMap((o) => conceptSpellings(o, vocab)) })),
  );
}

/**
 * The names of things said but bound to no role ("RFoM" beside "appointed"), each spelled out in
 * words: only names of three or more words, as an acronym ("OSCE", "OSCE/ODIHR") is in most labels of its kind.
 */
export function unboundNameSpellings(said: readonly Entity[], bindings: ReadonlyMap<string, readonly Entity[]>): Spelling[][] {
  const bound = new Set([...bindings.values()].flat().map((e) => e.id));
  return said
    .filter((e) => !bound.has(e.id))
    .map((e) => [e.name, ...e.aliases].map(spelled).filter((s) => s.length >= 3))
    .filter((spellings) => spellings.length > 0);
}

/** A text's words as a fact's labels keep them: stems of words of three letters or more, no figures. */
function spelled(text: string): Spelling {
  return tokens(text).filter((w) => w.length > 2 && !/^\d/.test(w)).map(stem);
}

/** Whether the labels have the word in one of its spellings. */
export function labelsSay(labels: ReadonlySet<string>, spellings: readonly Spelling[]): boolean {
  return spellings.some((s) => s.every((w) => labels.has(w)));
}
