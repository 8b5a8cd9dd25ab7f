/**
 * What a reporter can paste: sentences said once, notes only where they carry a caveat (one
 * sentence, no curator remarks), at most three sources with the best first.
 */
import type { Fact } from "../facts/model.js";
import type { Source } from "../model/answer.js";
import { tokens } from "../text/normalise.js";
import { stem } from "../text/stem.js";

export const MAX_SOURCES = 3;
export const MAX_NOTE_CHARS = 240;
/** A one-fact answer with its note stays under this many characters. */
export const MAX_ANSWER_CHARS = 300;

/** Sentences of a text, split after . ! ? (and a closing quote) before a capital or a quote. */
export const SENTENCE_BREAK = /(?<=[.!?]["”)]?)\s+(?=["“(]?[A-Z0-9])/;

/**
 * `text.split(SENTENCE_BREAK)` without its empty parts, in one pass that looks only after . ! ?
 * (the pattern's look-behind made V8 try it at every space; tests/core/tidy.test.ts checks both agree).
 */
export function sentencesOf(text: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== "." && c !== "!" && c !== "?") continue;
    const start = CLOSERS.includes(text[i + 1] ?? "") ? i + 2 : i + 1;
    let end = start;
    while (end < text.length && SPACE.test(text[end]!)) end++;
    if (end === start || !opensSentence(text, end)) continue;
    parts.push(text.slice(from, start));
    from = end;
    i = end - 1;
  }
  parts.push(text.slice(from));
  return parts.filter((s) => s.trim());
}

const CLOSERS = ['"', "”", ")"];
const OPENERS = ['"', "“", "("];
const SPACE = /\s/;
const CAPITAL_OR_DIGIT = /[A-Z0-9]/;

/** A capital or a digit at `at`, or after an opening quote or bracket there. */
function opensSentence(text: string, at: number): boolean {
  const c = text[at];
  if (c === undefined) return false;
  if (CAPITAL_OR_DIGIT.test(c)) return true;
  return OPENERS.includes(c) && text[at + 1] !== undefined && CAPITAL_OR_DIGIT.test(text[at + 1]!);
}

/** The text with every sentence said before left out ("Romania held the 2001 OSCE Chairmanship." twice). */
export function withoutRepeats(text: string): string {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return sentences.join(" ");
  const seen = new Set<string>();
  return sentences
    .filter((s) => {
      const key = s.trim().toLowerCase();
      return !seen.has(key) && !!seen.add(key);
    })
    .join(" ");
}

/** Words that make a note a reader's caveat: the figure or date is uncertain, disputed or not final, or the name was another then. */
const CAVEAT = /\b(not|no|never|unconfirmed|inferred|disputed|unclear|uncertain|approximate(ly)?|estimated?|preliminary|provisional|but|wrong(ly)?|some sources|first count|first announced|acting|interim|rounded|contested|reportedly|only)\b/i;
/** A note saying the thing bore another name then: "Admitted as the Federal Republic of Yugoslavia" (not "as the 57th"). */
const OTHER_NAME_THEN = /\b(?:[Aa]dmitted|[Jj]oined) as (?:the )?(?!\p{Lu}\p{Ll}*(?:st|nd|rd|th)\b)\p{Lu}|\bthen (?:called|named|known as)\b/u;
/** Remarks meant for curators, never for readers: file names, our sources, the reference table. */
const CURATOR = /\.(ya?ml|txt|md|csv)\b|\bhence\b|\bour sources?\b|\bchecked sources?\b|\breference table\b|\bsee [a-z-]+\b|\bseed\b|\bcurator/i;

/**
 * The one sentence of a note a reporter needs: a caveat, or what the question asked that the
 * answer's sentence does not say ("who vetoed …?": the note's "after Türkiye vetoed Ursula Plassnik").
 * `asked` are the stems of the question's content words; `said` the answer so far; `verbatim`
 * when the fact's value is a quotation or a verdict in words.
 */
export function noteFor(note: string | undefined, asked: string[], said: string, verbatim = false): string | undefined {
  if (!note) return undefined;
  // A one-fact answer stays pasteable: under MAX_ANSWER_CHARS with its note ("Note: " and a space
  // included), unless its value is a quotation or a verdict, which is never shortened.
  const room = verbatim ? MAX_NOTE_CHARS : Math.min(MAX_NOTE_CHARS, MAX_ANSWER_CHARS - said.length - 8);
  const candidates = readerSentences(note).filter((s) => s.text.length <= room);
  const caveat = candidates.find((s) => s.caveat);
  // (What the answer said is read only when it matters: its words are a fresh text each time.)
  if (caveat || candidates.length === 0) return caveat?.text;
  const saidStems = stemsOf(said);
  const unanswered = asked.filter((w) => !saidStems.has(w));
  return (candidates.find((s) => unanswered.some((w) => s.stems.has(w))) ?? (unanswered.length ? candidates[0] : undefined))?.text;
}

/** The note's sentence that says how a thing was done ("Decided … by a silence procedure", "held online"), if any. */
export function mannerNote(note: string | undefined): string | undefined {
  return note ? readerSentences(note).find((s) => MANNER_SAID.test(s.text))?.text : undefined;
}

/** The sentence of how to add to an answer that says the rest: none where the answer says its words already. */
export function mannerToAdd(note: string | undefined, said: string): string {
  const sentence = mannerNote(note);
  if (!sentence) return "";
  const saidStems = stemsOf(said);
  return [...stemsOf(sentence)].every((w) => saidStems.has(w)) ? "" : sentence;
}
// (A sentence led by what was done, "Decided at the Athens Ministerial Council", says how as well.)
const MANNER_SAID = /^(?:\p{L}+ed|Held|Chosen|Taken|Made|Done)\b|\b(?:by|via|through|online|in\s+person|virtually|as\s+a\s+package|together\s+with|consensus|ballot|procedure)\b/iu;

/**
 * For "when …?" answers: the note's sentence that names another day ("took effect on 21 June 2006;
 * seated on 22 June"), so a reporter sees that two dates can be meant.
 */
export function otherDateNote(note: string | undefined, said: string): string | undefined {
  if (!note) return undefined;
  const room = Math.min(MAX_NOTE_CHARS, MAX_ANSWER_CHARS - said.length - 8);
  return readerSentences(note).find((s) => s.text.length <= room && [...s.text.matchAll(DAY_DATE)].some((m) => !said.includes(m[0])))?.text;
}
/** Whether a sentence says one of these stems that the answer does not ("he resigned" of "when did he step down"). */
export function saysMore(sentence: string, asked: readonly string[], said: string): boolean {
  const own = stemsOf(sentence);
  const answered = stemsOf(said);
  return asked.some((w) => own.has(w) && !answered.has(w));
}

const DAY_DATE = /\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b/g;

interface NoteSentence {
  text: string;
  caveat: boolean;
  stems: ReadonlySet<string>;
}

/** A note's sentences for readers (curator remarks left out), read once per note. */
const notesRead = new Map<string, NoteSentence[]>();
const MAX_NOTES_KEPT = 4096;

function readerSentences(note: string): NoteSentence[] {
  let read = notesRead.get(note);
  if (!read) {
    read = sentencesOf(note.replace(/\s+/g, " ").trim())
      .filter((s) => !CURATOR.test(s))
      .map((text) => ({ text, caveat: CAVEAT.test(text) || OTHER_NAME_THEN.test(text), stems: stemsOf(text) }));
    if (notesRead.size >= MAX_NOTES_KEPT) notesRead.clear();
    notesRead.set(note, read);
  }
  return read;
}

function stemsOf(text: string): Set<string> {
  return new Set(tokens(text).map(stem));
}

/** Final figures' sources first, then in the order the answer used the facts; each source once, three at most. */
export function bestSources(facts: Fact[]): Source[] {
  const ordered = [...facts.filter((f) => f.status === "final"), ...facts.filter((f) => f.status !== "final")];
  const out: Source[] = [];
  const seen = new Set<string>();
  for (const f of ordered)
    for (const s of f.sources) {
      if (out.length >= MAX_SOURCES) return out;
      const key = `${s.url ?? ""}|${s.document ?? ""}|${s.title}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(s);
    }
  return out;
}

/** The oldest `checked` date of the facts used: how fresh the answer is at worst. */
export function oldestCheck(facts: Fact[]): string | undefined {
  let oldest: string | undefined;
  for (const { checked } of facts) if (checked && (oldest === undefined || checked < oldest)) oldest = checked;
  return oldest;
}
