/** Whether a question is asked for a yes or a no ("Is Mongolia …?", "did Kazakhstan …?"). */
import type { Vocabulary } from "./vocabulary.js";

export const WH_WORDS = new Set(["who", "whom", "whose", "what", "which", "when", "where", "why", "how"]);

/** "Is Mongolia …?", "did Kazakhstan …?": a yes/no verb is the first word that is not a greeting or filler. */
export function isYesNoQuestion(forms: string[], vocab: Vocabulary): boolean {
  for (let i = 0; i < forms.length; i++) {
    // ("my notes are a mess", "the copy is fine": after a determiner, the verb is a statement's.)
    // ("colleague is confused", "editor is picky": after a person of the newsroom too; and "it's
    // snowing in Astana", "it's 2024 and I'm still confused": the reporter's own remark.)
    if (WH_WORDS.has(forms[i]!) || DETERMINERS.has(forms[i]!) || NEWSROOM_PEOPLE.has(forms[i]!) || (forms[i] === "it" && forms[i + 1] === "is")) return false;
    if (vocab.phraseAt(forms, i)?.meanings.some((m) => m.kind === "ask")) return false;
    // "can u remind me who succeeded Nazarbayev", "do you know when …": a request around a question.
    if (vocab.yesNo.has(forms[i]!)) return !(YOU.has(forms[i + 1] ?? "") && forms.slice(i + 2).some((f) => WH_WORDS.has(f)));
    if (!vocab.fillers.has(forms[i]!)) return false;
  }
  return false;
}

const YOU = new Set(["you", "u", "ya"]);

const DETERMINERS = new Set(["my", "our", "your", "his", "her", "their", "the", "a", "an", "these", "those"]);

const NEWSROOM_PEOPLE = new Set(["colleague", "colleagues", "editor", "editors", "reporter", "intern", "stringer", "desk", "someone", "somebody"]);
