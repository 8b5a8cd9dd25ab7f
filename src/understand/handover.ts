/**
 * Handing over, read with the preposition that may come several words later: "who took over (as CiO)
 * from Bakoyannis?" asks who came after her, "who handed over to Papandreou?" who came before him. With
 * no name right after the preposition the question turns round: "who did Bakoyannis hand over to?"
 * (after her), "from whom did Martino take over?" (before him). The verbs are the lexicon's `handover:`.
 */
import type { Vocabulary } from "./vocabulary.js";

/** How far after the verb the preposition may stand ("took over as Chairperson-in-Office from"). */
const REACH = 4;

export function handoverOrder(forms: string[], vocab: Vocabulary): "before" | "after" | null {
  const firsts = firstWords(vocab.handoverVerbs);
  for (let i = 0; i < forms.length; i++) {
    // (A verb starts only where its first word stands: most words start none.)
    if (!firsts.has(forms[i]!)) continue;
    const verb = vocab.handoverVerbs.find((v) => v.every((w, k) => forms[i + k] === w));
    if (!verb) continue;
    // "from whom did Martino take over?" (before him), "to whom did X hand over?" (after).
    if (ASKING.has(forms[1] ?? "")) {
      if (forms[0] === "from") return "before";
      if (forms[0] === "to") return "after";
    }
    for (let j = i + verb.length; j < Math.min(forms.length, i + verb.length + REACH + 1); j++) {
      // "who took over as president when Nazarbayev quit?": the one after him.
      if (forms[j] === "when" && namesSomething(forms, j + 1, vocab)) return "after";
      if (forms[j] !== "from" && forms[j] !== "to") continue;
      const named = namesSomething(forms, j + 1, vocab);
      if (forms[j] === "from") return named ? "after" : "before";
      return named ? "before" : "after";
    }
  }
  return null;
}

const ASKING = new Set(["whom", "who", "which", "what"]);

/** The first word of each verb (none is empty: each is a phrase split on spaces), once per vocabulary. */
const firstWordsOf = new WeakMap<string[][], Set<string>>();

function firstWords(verbs: string[][]): Set<string> {
  let firsts = firstWordsOf.get(verbs);
  if (!firsts) firstWordsOf.set(verbs, (firsts = new Set(verbs.map((v) => v[0]!))));
  return firsts;
}

/**
 * "who did Zannier replace?", "who he replaced", "Zannier replaced whom?": with a subject before the verb the question asks
 * for the one *before* it ("who replaced Zannier?" asks for the one after). Only these verbs of
 * succession, which the lexicon's `order.after` reads as "after" by default.
 */
export function subjectFirstOrder(forms: string[], order: "before" | "after" | null): "before" | null {
  if (order !== "after") return null;
  const at = forms.findIndex((f) => SUCCESSION_VERBS.has(f));
  // ("Greminger replaced which SG?": the asking word after the verb, none before it.)
  if (at >= 1 && ASKED_AFTER.has(forms[at + 1] ?? "") && !forms.slice(0, at).some((f) => ASKED_AFTER.has(f))) return "before";
  if (at < 2) return null;
  return (SUBJECTS.has(forms[at - 1]!) && ASKING.has(forms[at - 2]!)) || forms.slice(0, at).includes("did") ? "before" : null;
}

const SUCCESSION_VERBS = new Set(["replace", "replaced", "succeed", "succeeded", "follow", "followed"]);
const SUBJECTS = new Set(["he", "she", "it", "they", "did"]);
const ASKED_AFTER = new Set(["which", "what", "whom", "who"]);

/** A name starts at `at`, after any article ("to the Netherlands"). */
function namesSomething(forms: string[], at: number, vocab: Vocabulary): boolean {
  const start = forms[at] === "the" ? at + 1 : at;
  return start < forms.length && !!vocab.phraseAt(forms, start)?.meanings.some((m) => m.kind === "entity");
}

/**
 * "Zannier was succeeded by Greminger", "was Kazakhstan preceded as chair by Greece?", "who was
 * replaced by Stubb?": in the passive the one named by "by" is the doer, so the order turns round —
 * the subject came *before* its successor. ("Who was Zannier succeeded by?" names no one after "by":
 * the one asked is the doer, and the order stands.)
 */
export function passiveOrder(forms: string[], order: "before" | "after" | null, vocab: Vocabulary): "before" | "after" | null {
  if (!order) return order;
  // ("was Kazakhstan preceded by Greece?": asked, the verb "to be" comes first.)
  const at = forms.findIndex((f, i) => PASSIVE_VERBS.has(f) && (BE.has(forms[i - 1] ?? "") || (BE.has(forms[i - 2] ?? "") && ADVERB.test(forms[i - 1] ?? "")) || BE.has(forms[0]!)));
  if (at < 0) return order;
  const by = forms.indexOf("by", at + 1);
  if (by < 0 || by > at + REACH + 1 || !namesSomething(forms, by + 1, vocab)) return order;
  return order === "after" ? "before" : "after";
}

const PASSIVE_VERBS = new Set(["succeeded", "followed", "preceded", "replaced"]);
const BE = new Set(["was", "were", "is", "are", "be", "been", "being", "get", "got", "gets"]);
const ADVERB = /^(?:\p{L}+ly|later|then|soon|eventually|subsequently)$/u;
