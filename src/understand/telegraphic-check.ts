/**
 * "porto MC 2002?", "tokayev sworn in march 20 2019?", "papandreu CiO at athens?": names, times and
 * figures set side by side and asked with "?", no question word, are a check of them together. Where
 * the one fact answered says every one of them, the answer is led by "Yes" — never where the words ask
 * for a value ("nazarbayev 2011 share?"), nor where a thing said is missing from it.
 */
import type { QuestionParse } from "./question-parse.js";

/** Words that ask for a value, not a check: "share", "seats", "who", "when" … */
const ASKS_A_VALUE =
  /\b(?:who|whom|whose|what|when|where|which|how|why|share|percent(?:age)?|%|seats?|results?|turnout|votes?|figure|number|count|date|day|year|yr|month|name|names|title|post|role|job|nationality|capital|city|venue|country|place|location|seat|hq|headquarters|ordinal|duration|length|long|list)\b/i;

/** Names that pin down the thing checked — a person, a place, a party, a body — as a country or a year alone do not. */
const PINNING_TYPES = new Set(["person", "city", "party", "institution", "event", "document"]);

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
const ORDINAL_SUFFIX = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;

const WORD_CHAR = /[\p{L}\d]/u;

/** `word` in `text` as a word of its own (not inside another), both folded. */
function saysWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** Whether the answer, of one fact, says every name, time and figure of a telegraphic check. */
export function telegraphConfirmed(text: string, parse: QuestionParse, answerText: string): boolean {
  if (!/\?\s*$/.test(text) || parse.ask !== null || parse.yesNo || parse.declarative || parse.alternative || ASKS_A_VALUE.test(parse.cleaned)) return false;
  const said = fold(answerText);
  const has = (s: string) => saysWord(said, fold(s));
  const names = parse.entities.filter((m) => m.entity.type !== "organization").map((m) => [m.entity.name, ...m.entity.aliases]);
  const times = parse.times.filter((t) => !t.relative).map((t) => [t.label]);
  const figures = parse.numbers.map((n) => [n]);
  const ordinal = parse.ordinal !== null ? [[ORDINAL_SUFFIX(parse.ordinal)]] : [];
  const specifics = [...names, ...times, ...figures, ...ordinal];
  // ("kazakh deputy FM in april 2004?": one country and a time only set the scene — who held the post is asked.)
  const pinned = figures.length + ordinal.length > 0 || names.length >= 2 || parse.entities.some((m) => PINNING_TYPES.has(m.entity.type));
  return pinned && specifics.length >= 2 && specifics.every((forms) => forms.some(has));
}
