/**
 * "was the summit before Astana in Istanbul?", "the Council after Vilnius was Dublin, right?": a claim of
 * which one of a kind came right before or after a named one. It is read as the question "which summit
 * was before Astana?" and a guess at its answer (Istanbul) — never as "was Astana before Istanbul?".
 */
import type { Entity } from "../facts/model.js";
import type { QuestionParse } from "./question-parse.js";

export interface OrderClaim {
  /** The question the claim answers: "which summit was before astana?". */
  question: string;
  /** What the claim says its answer is. */
  guessed: Entity[];
  /** Years said with the guess ("istanbul 1999"): the answer must say each, or the claim is not judged. */
  years: string[];
}

/** An optional lead, the kind named (no name in it), the order word, then the rest: the name ordered from and the guess. */
const ORDER_CLAIM = /^\W*(?:(?:and|so|ok|also)\s+)?(?:(?:was|is|were)\s+)?(?:the\s+)?([^,?—–]{2,40}?)\s+(?:(?:right|just|immediately|directly)\s+)?(before|after|preceding|following)\s+(.+)$/i;
/** "…, yes?", "… right?", "— correct?": the ask for a verdict at the end. */
const VERDICT_ASKED = /[\s,—–-]*(?:(?:yes|right|correct|true|no)\b)?[\s?!.]*$/i;
/** Words between the name ordered from and the guess: "astana [was] istanbul", "astana [held in] istanbul". */
const LINKING = /^(?:(?:was|is|were|held|took\s+place|in|at|then|[—–:-])\s+)*/i;

/** The question and its guess, or null where the message is not such a claim. */
export function orderClaim(message: string, read: (text: string) => QuestionParse): OrderClaim | null {
  const m = ORDER_CLAIM.exec(message.trim());
  if (!m) return null;
  const kind = read(m[1]!);
  if (kind.entities.length > 0 || kind.concepts.size === 0 || kind.ask !== null || kind.times.length > 0) return null;
  const words = m[3]!.replace(VERDICT_ASKED, "").split(/\s+/).filter(Boolean);
  // (The name ordered from is the shortest start of the rest that names one thing; the guess is all after it.)
  for (let k = 1; k < words.length; k++) {
    const from = read(words.slice(0, k).join(" "));
    if (from.entities.length === 0) continue;
    if (from.entities.length > 1 || from.times.length > 0) return null;
    const guess = read(words.slice(k).join(" ").replace(LINKING, ""));
    // ("SG after hoynck — aragona, italian?": the guess may say where its one is from; each name must be said.)
    if (guess.entities.length === 0 || guess.entities.length > 2 || guess.ask !== null || guess.concepts.size > 0 || guess.unknown.length > 0 || guess.numbers.length > 0) return null;
    if (guess.times.some((t) => t.relative || t.grain !== "year")) return null;
    return { question: `which ${m[1]} was ${/^(?:after|following)$/i.test(m[2]!) ? "after" : "before"} ${words.slice(0, k).join(" ")}?`, guessed: guess.entities.map((e) => e.entity), years: guess.times.map((t) => t.label) };
  }
  return null;
}
