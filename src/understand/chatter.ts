/**
 * The reporter's own words around a question ("slot editor asks which …", "for the web version,
 * what share …"): a part that names nothing — no thing, concept, operation,
 * date that is not the reporter's own, no question — and whose unknown words are all ordinary
 * lower-case English words is chatter. A word that may be a name ("smithson", "Ivanov") never is:
 * it may be the subject.
 */
import { isEnglishWord } from "../text/dictionary.js";
import type { QuestionParse } from "./parse-question.js";

export function isChatter(parse: QuestionParse): boolean {
  if (parse.entities.length > 0 || parse.concepts.size > 0 || (parse.operations.size > 0 && !isFutureTalk(parse)) || parse.ordinal !== null) return false;
  // (A day relative to now is the reporter's — "for tomorrow's explainer"; "ten years ago, who …" dates the question.)
  if (parse.ask !== null || parse.yesNo || parse.times.some((t) => !t.relative || t.grain !== "day") || parse.unreadableTimes.length > 0) return false;
  return parse.unknown.every((u) => !u.properNoun && isEnglishWord(u.form));
}

/**
 * "— going to print shortly", "ok next one:": "going to", "next" in the reporter's own talk ask
 * nothing to come — a part of three words or more with nothing else in it ("and next?" still asks).
 */
export function isFutureTalk(parse: QuestionParse): boolean {
  return parse.operations.size === 1 && parse.operations.has("future") && parse.cleaned.split(/\s+/).filter((w) => /\w/.test(w)).length >= 3;
}

/** A question word after the lead-in ("… which", ", what share"), where the question starts. */
const QUESTION_START = /(?:^|[\s,])(?=(?:who|whom|whose|what|when|where|which|how)\b)/gi;

/** `segment` without a lead-in before its question word that is chatter; as it was if there is none. */
export function withoutChatterLead(segment: string, read: (text: string) => QuestionParse): string {
  QUESTION_START.lastIndex = 0;
  for (let m = QUESTION_START.exec(segment); m; m = QUESTION_START.exec(segment)) {
    const lead = segment.slice(0, m.index).replace(/[\s,]+$/, "");
    if (m.index === 0 || lead === "") {
      QUESTION_START.lastIndex = m.index + 1;
      continue;
    }
    // (Only a lead-in with words nobody understood or a day of the reporter's: "from whom did Martino
    // take over" keeps its "from".)
    const parse = read(lead);
    return parse.unknown.length + parse.times.length > 0 && isChatter(parse) ? segment.slice(m.index).replace(/^[\s,]+/, "") : segment;
  }
  return segment;
}

const NEGATION = /\b(?:no|not|never|none|nobody|neither|nor)\b|n't\b/i;

/** Quoted copy: straight or curly double quotes, curly single ones, or straight single ones standing apart from words. */
const QUOTED = [/"([^"]{8,})"/, /“([^”]{8,})”/, /‘([^’]{8,})’/, /(?:^|[\s:(])'(.{8,}?)'(?=[\s.,;:!?)–—-]|$)/];

/**
 * "copy says 'the last OSCE summit was in Istanbul in 1999'. fix?", "A stringer wrote 'Tokayev won
 * 81% in 2019'. correct?": pasted copy around which the reporter names nothing and asks nothing of
 * their own is a claim to check — the quote, asked yes or no. Null when there is no such quote.
 */
export function quotedClaim(text: string, read: (text: string) => QuestionParse): string | null {
  for (const re of QUOTED) {
    const m = re.exec(text);
    if (!m) continue;
    const quote = m[1]!.trim().replace(/[.!,;:\s]+$/, "");
    // ("'no summit has been held since 2010'": a denial is not checked by asking it yes or no.)
    if (NEGATION.test(quote)) return null;
    const rest = read(`${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`);
    if (rest.entities.length > 0 || rest.times.some((t) => !t.relative) || rest.ask !== null || rest.numbers.length > 0) return null;
    const claim = read(quote);
    if (claim.ask !== null || claim.yesNo || (claim.entities.length === 0 && claim.times.length === 0)) return null;
    return `${quote}, right?`;
  }
  return null;
}

/** "… — I mean the SG not the chair", "… sorry i mean who was chair in 2010": the reporter's own correction. */
const CORRECTION = /^(.*?\w.*?)[\s,.;:!?\u2014\u2013-]+(?:(?:sorry|no|nope|kidding|wait|oops|sry)[\s,.!]+)?i mean,?\s+(.+?)[\s.!?]*(?:\s+(?:lol|ofc|obviously|sorry|pls|please|thx|thanks))?[\s.!?]*$/i;
const NOT_THAT = /^(.+?),?\s+(?:not|rather than|instead of)\s+(?:the\s+)?(.+)$/i;

/**
 * The question a self-correcting message asks: a whole question after "I mean" replaces the one
 * before; "I mean X, not Y" puts X where the question said Y (the words that mean what Y means are
 * taken out, X is added). Null when the message corrects nothing this way.
 */
export function correctedQuestion(text: string, read: (text: string) => QuestionParse): string | null {
  // (Tested for the words first: most messages have none, and the pattern's two lazy parts cost on long ones.)
  const m = /\bi mean\b/i.test(text) ? CORRECTION.exec(text) : null;
  if (!m) return null;
  const [, before, after] = m as unknown as [string, string, string];
  const instead = NOT_THAT.exec(after);
  const meant = instead ? instead[1]! : after;
  const correction = read(meant);
  if (correction.ask !== null || correction.yesNo) return meant;
  if (!instead) return null;
  // "who chaired in 2009? I mean 2010, not 2009": the rejected words as written, replaced.
  const said = before.toLowerCase().lastIndexOf(instead[2]!.toLowerCase());
  if (said >= 0) return `${before.slice(0, said)}${meant}${before.slice(said + instead[2]!.length)}`;
  const wrong = read(instead[2]!);
  const wrongConcepts = [...wrong.concepts.keys()];
  const wrongEntities = new Set(wrong.entities.map((e) => e.entity.id));
  if (wrongConcepts.length + wrongEntities.size === 0) return null;
  // (A word is dropped when it alone means what the rejected words mean: "chief" when the chair is rejected.)
  const kept = before.split(/\s+/).filter((word) => {
    const w = read(word);
    return !([...w.concepts.keys()].some((c) => wrongConcepts.includes(c)) || w.entities.some((e) => wrongEntities.has(e.entity.id)));
  });
  return `${kept.join(" ")} ${meant}`;
}
