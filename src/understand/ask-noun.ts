/** The noun a "which/what" or "how many" question asks for, when it names no type ("which document"). */
import { stem } from "../text/stem.js";
import type { QuestionParse } from "./question-parse.js";
import type { Vocabulary } from "./vocabulary.js";

/** The first content word after "what/which (is/was the)": unknown means we cannot know what is asked. */
export function askNounIsUnknown(forms: string[], vocab: Vocabulary, parse: QuestionParse): boolean {
  if (parse.askType) return false;
  // "how many staff": what is counted is as much the thing asked as "which X" names it.
  const at = parse.ask === "which" ? forms.findIndex((f) => f === "what" || f === "which") : parse.ask === "count" ? forms.findIndex((f, i) => f === "how" && (forms[i + 1] === "many" || forms[i + 1] === "much")) + 1 : -1;
  const noun = at >= 0 ? firstContentWord(forms, at + 1, vocab) : undefined;
  return noun !== undefined && parse.unknown.some((u) => u.form === noun);
}

/** "which document …": the word after "which/what" that names no type, as a stem. */
export function askNounOf(forms: string[], vocab: Vocabulary, parse: QuestionParse): string | null {
  if (parse.askType || parse.ask !== "which") return null;
  const at = contentWordAt(forms, forms.findIndex((f) => f === "what" || f === "which") + 1, vocab);
  if (at < 0) return null;
  // ("what new post": a word the lexicon knows after it is the noun, and the first a modifier.)
  const next = contentWordAt(forms, at + 1, vocab);
  if (next >= 0 && vocab.conceptOfWord(forms[next]!)?.startsWith("w:") === false) return null;
  return stem(forms[at]!);
}

function firstContentWord(forms: string[], from: number, vocab: Vocabulary): string | undefined {
  const at = contentWordAt(forms, from, vocab);
  return at < 0 ? undefined : forms[at];
}

function contentWordAt(forms: string[], from: number, vocab: Vocabulary): number {
  for (let i = from; i > 0 && i < forms.length; i++) if (!vocab.fillers.has(forms[i]!)) return i;
  return -1;
}
