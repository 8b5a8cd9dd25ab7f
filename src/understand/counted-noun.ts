/**
 * "how many OSCE staff were in the Astana office?": the noun "how many" counts, where it is a word
 * nothing in the table explains — the question counts something no fact has. A word before the
 * noun ("how many short-term observers") is no noun counted.
 */
import type { QuestionParse } from "./question-parse.js";
import { isEnglishWord } from "../text/dictionary.js";

/** Words that end the counted noun phrase: a verb or a preposition after it. */
const AFTER_NOUN = new Set(["were", "was", "did", "do", "does", "are", "is", "has", "have", "had", "in", "at", "of", "on", "for", "from", "by", "to", "with", "there", "work", "worked", "served", "died", "live", "lived"]);

/** The unknown word "how many" counts, if the noun it counts is one. */
export function unknownCountedNoun(parse: QuestionParse): string | undefined {
  const m = /\bhow\s+many\s+([^?.!,;]+)/i.exec(parse.cleaned);
  if (!m || parse.ask !== "count") return undefined;
  const words = m[1]!.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const unknown = new Set(parse.unknown.map((u) => u.form.toLowerCase()));
  const head = words.findIndex((w, i) => unknown.has(w) && (i === words.length - 1 || AFTER_NOUN.has(words[i + 1]!)));
  // (Only within the noun phrase: no verb or preposition before it.)
  return head >= 0 && !words.slice(0, head).some((w) => AFTER_NOUN.has(w)) ? words[head] : undefined;
}

/** Words that end a counted noun phrase as an answer says it: a verb, preposition or adverb after it. */
const ENDS_PHRASE = new Set([...AFTER_NOUN, "took", "chaired", "acted", "joined", "been", "held", "won", "between", "since", "during", "under", "so", "until", "up", "altogether", "total", "ever", "got", "became", "come", "came", "hosted", "signed", "met", "left", "made", "will", "can"]);

/**
 * "How many Ministerial Councils were held …" → "Ministerial Councils": the noun phrase "how many"
 * counts, as written, for the answer to say ("5 Ministerial Councils: …"). Undefined for "how many
 * times", or where no plural noun ends the phrase.
 */
export function countedPhrase(cleaned: string): string | undefined {
  const m = /\bhow\s+many\s+([^?.!,;:()—–]+)/i.exec(cleaned);
  if (!m) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  const end = words.findIndex((w, i) => i > 0 && ENDS_PHRASE.has(w.toLowerCase()));
  // (As an answer may say it: a word typed in lower case that is no English word — "osce", "kz" — is left out.)
  const said = (w: string) => /[A-Z]/.test(w) || isEnglishWord(w);
  const phrase = (end < 0 ? words : words.slice(0, end)).filter((w) => !/^(?:different|distinct|separate|individual|total)$/i.test(w) && said(w));
  if (phrase.length === 0 || phrase.length > 4) return undefined;
  const last = phrase[phrase.length - 1]!.toLowerCase();
  const head = last === "general" && phrase.length > 1 ? phrase[phrase.length - 2]!.toLowerCase() : last;
  // (A plural English noun ends it: "people", "summits", "Secretaries General" — never "times", said
  // otherwise, nor an abbreviation, "MCs".)
  if (head === "times" || !(head === "people" || /[a-z]s$/.test(head)) || !isEnglishWord(head)) return undefined;
  return phrase.join(" ");
}

/** "summits" → "summit", "Secretaries General" → "Secretary General", "people" → "person": for a count of one. */
export function singularPhrase(phrase: string): string {
  const words = phrase.split(" ");
  const at = words.length > 1 && /^general$/i.test(words[words.length - 1]!) ? words.length - 2 : words.length - 1;
  const w = words[at]!;
  words[at] = /^people$/i.test(w) ? "person" : /ies$/i.test(w) ? `${w.slice(0, -3)}y` : /(?:ss|us)$/i.test(w) ? w : w.replace(/s$/i, "");
  return words.join(" ");
}
