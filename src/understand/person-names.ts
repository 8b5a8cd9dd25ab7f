/**
 * A person's full name typed with one word a little off ("Solomon Pasi", "Elena Valtonen", "Kanat
 * Saudabaev"): one word of the name as known, its neighbour a near spelling of the other. Short
 * surnames are below what typo correction touches on their own ("Pasi", "Coti", "Rao"); next to the
 * exact first name they are safe to read as the person. A near word that is a known name with a
 * name-forming ending ("Bakoyannia") stays another person.
 */
import { editDistance } from "../text/edit-distance.js";
import { quickPhraseVariants } from "../text/quick-forms.js";
import type { Entity } from "../facts/model.js";
import type { Vocabulary } from "./vocabulary.js";

/** Rewrites `forms` in place where a person's name is typed nearly right; marks those words corrected. Returns how many words changed. */
export function repairPersonNames(forms: string[], corrected: boolean[], vocab: Vocabulary): number {
  let changed = 0;
  for (let i = 0; i < forms.length; i++) {
    // (Only a word of a person's name can start or end one: most words of a question are not, and cost nothing.)
    if (!vocab.personNameWords.has(forms[i]!)) continue;
    const fix = fromFirstName(forms, i, vocab) ?? fromSurname(forms, corrected, i, vocab);
    if (!fix) continue;
    fix.tokens.forEach((t, k) => {
      if (forms[fix.at + k] === t) return;
      forms[fix.at + k] = t;
      corrected[fix.at + k] = true;
      changed++;
    });
    i = fix.at + fix.tokens.length - 1;
  }
  return changed;
}

/** "solomon pasi": the name's first word as written, the rest near. */
function fromFirstName(forms: string[], i: number, vocab: Vocabulary): { at: number; tokens: string[] } | null {
  for (const p of vocab.phrasesFrom(forms[i]!) ?? []) {
    // (The length first: a common first name starts many phrases, most of them a name of one word.)
    if (p.tokens.length < 2 || i + p.tokens.length > forms.length) continue;
    const person = personOf(p.meanings);
    if (!person) continue;
    const typed = forms.slice(i, i + p.tokens.length);
    if (typed.every((t, k) => t === p.tokens[k])) return null;
    if (typed.every((t, k) => t === p.tokens[k] || nearWordOf(t, p.tokens[k]!, person, vocab))) return { at: i, tokens: p.tokens };
  }
  return null;
}

/** "elena valtonen": the surname as known (alone it names the person), the first name(s) before it near. */
function fromSurname(forms: string[], corrected: boolean[], i: number, vocab: Vocabulary): { at: number; tokens: string[] } | null {
  // (One word off at most: "Anna Lindh" is not Ann Linde.)
  if (corrected[i]) return null;
  const phrase = vocab.phraseAt(forms, i);
  const person = phrase?.tokens.length === 1 ? personOf(phrase.meanings) : undefined;
  if (!person) return null;
  const full = quickPhraseVariants(person.name)[0]!.split(" ");
  const given = full.slice(0, -1);
  const at = i - given.length;
  if (given.length === 0 || at < 0) return null;
  const typed = forms.slice(at, i);
  if (typed.every((t, k) => t === given[k]) || !typed.every((t, k) => t === given[k] || nearWordOf(t, given[k]!, person, vocab))) return null;
  return { at, tokens: full };
}

/** The one person the meanings name (none if they name two). */
function personOf(meanings: ReadonlyArray<{ kind: string; entity?: Entity }>): Entity | undefined {
  let person: Entity | undefined;
  for (const m of meanings)
    if (m.kind === "entity" && m.entity!.type === "person") {
      if (person) return undefined;
      person = m.entity!;
    }
  return person;
}

/**
 * `typed` is a slip for `known`, a word of `person`'s name: same first letter, one edit (two from
 * five letters up), and not a word that means something else — unless alone it names the same person
 * ("saudabaev", an alias).
 */
function nearWordOf(typed: string, known: string, person: Entity, vocab: Vocabulary): boolean {
  // (A slip adds one letter at most: "Georgiev" is another name than George. A longer word is only
  // that added letter — "Kubiak" is another person than Kubiš — and a shorter one two edits at most.)
  if (typed[0] !== known[0] || typed.length > known.length + 1 || /\d/.test(typed) || isOtherName(typed, vocab)) return false;
  if (editDistance(typed, known, 2) > (typed.length > known.length ? 1 : known.length >= 5 ? 2 : 1)) return false;
  if (!vocab.isKnownWord(typed)) return true;
  return personOf(vocab.phraseAt([typed], 0)?.meanings ?? []) === person;
}

/**
 * A word that is a known name with letters added ("Valtonena", "Nazarbayeva", "Tokayevs") is another
 * name (a feminine or plural form, another person), not a typo of the known one.
 */
export function isOtherName(form: string, vocab: Vocabulary): boolean {
  // Any known name the word starts with counts, not only the nearest ("bakoyannia": Bakoyanni + a).
  // (A base of four letters or more: "elena" is no "El" + "ena".)
  for (let cut = 1; cut <= 4 && form.length - cut >= 4; cut++) {
    const base = form.slice(0, form.length - cut);
    if (vocab.nameWords.has(base) && NAME_ENDING.test(form.slice(base.length))) return true;
  }
  return false;
}
/** Endings that make another name of a surname (feminine, plural, patronymic); "kubish" for Kubiš is a spelling. */
const NAME_ENDING = /^(?:[aeiouy]|[aeiouy]?(?:v|n|y)a|s|es|ov|ev|in|yn|ovs?)$/;
