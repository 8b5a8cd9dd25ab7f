/**
 * "RFoM — where is it and since when", "helsinki final act signed when? and by how many states": a
 * part that names nothing of its own (its names carried from another part) asks when, where or how
 * many — and the fact another part answered with already says it. That part is answered by saying
 * that fact once, never "I don't know the answer to the second part". So is a part asking how long, where
 * that fact says the length.
 */
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import type { AskKind } from "../facts/schema.js";
import type { Clause } from "./desk.js";
import { stem } from "../text/stem.js";
import type { QuestionParse } from "../understand/question-parse.js";

const PLACE_TYPES = new Set(["city", "country", "place", "region"]);

const THEY = /^\W*(?:and\s+)?who\s+(?:were|are)\s+(?:they|them|those)\b/i;

/** A part that is a name and "right?" and nothing else: "kurz right", "bakoyannis, correct?" (never "just kz right": that one alone). */
const GUESS_PART = /^\W*(?!(?:just|only|solely|merely)\b)[\p{L}' .-]{2,40}?\s*,?\s+(?:right|correct|yes|i\s+think)\W*$/iu;

/** Whether the fact has the entity among its values. */
function namesEntity(fact: Fact | undefined, id: string): boolean {
  return !!fact && [...fact.values.values()].flat().some((v) => v.kind === "entity" && v.entity.id === id);
}

/** Whether the fact has a person among its values. */
function namesPerson(fact: Fact | undefined): boolean {
  return !!fact && [...fact.values.values()].flat().some((v) => v.kind === "entity" && v.entity.type === "person");
}

/** "with what %", "what's the CEC number", "what share": a figure asked for. */
const FIGURE_ASKED = /\b(?:what|which)(?:['’]s|\s+is|\s+was)?\s+(?:the\s+)?(?:(?:cec|final|official|exact)\s+)*(?:%|percent(?:age)?|share|figure|number|result)(?=\W|$)|\bwhat\s*%/i;

/** "… according to the CEC", "… per the CEC": whose figure is asked, said at the end. */
const ACCORDING_TO = /\s*,?\s+(?:according\s+to|per|as\s+per)\s+(?:the\s+)?[\p{L}\s'’.-]{2,40}$/iu;

/** Whether the fact states a figure: a value of a percentage or number role. */
function statesFigure(fact: Fact | undefined): boolean {
  return !!fact && fact.relation.roles.some((r) => (r.types.includes("percent") || r.types.includes("number")) && (fact.values.get(r.name) ?? []).length > 0);
}

/** A length said in so many words: "a five-year term", "a 5-day visit", "for two years". */
const LENGTH_SAID = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:years?|months?|weeks?|days?)\b/i;

/** "and by how many states": the kind a question word asks, where the reading set none. */
function askWordOf(text: string): AskKind | null {
  if (/\bhow\s+many\b/i.test(text)) return "count";
  if (/\bwhen\b/i.test(text)) return "time";
  return /\bwhere\b/i.test(text) ? "place" : null;
}

/**
 * Whether a fact states a value of the kind asked — a time, a place, a count — where the part says no
 * word of its own beyond the question word ("since when"), or only words that cue the figure counted
 * ("by how many states" of a figure of signatory states).
 */
function states(fact: Fact, ask: AskKind, words: readonly string[], named: ReadonlySet<string>): boolean {
  if (ask === "time") return words.length === 0 && fact.validity !== null;
  // (A place the part names itself is no answer to where: "where Kazakhstan HCNM".)
  if (ask === "place") return words.length === 0 && [...fact.values.values()].flat().some((v) => v.kind === "entity" && PLACE_TYPES.has(v.entity.type) && !named.has(v.entity.id));
  return fact.relation.roles.some((r) => r.types.includes("number") && (fact.values.get(r.name) ?? []).length > 0 && words.every((w) => r.cues.some((c) => stem(c) === w)));
}

/**
 * The parts, each unanswered one that names nothing of its own and asks what an answered part's one
 * fact states taken as said by it (an answer of no words of its own).
 */
export function withPartsSaidAlready(clauses: readonly Clause[], parts: Answer[], read: (text: string) => Readonly<QuestionParse>, factById: (id: string) => Fact | undefined): Answer[] {
  return parts.map((part, i) => {
    const clause = clauses[i]!;
    const parse = part.status === "answered" || !clause.joined ? null : read(clause.text);
    // ("… sworn in when in 2011? how long a term": a length asked that an answered part's one fact says — "a five-year term".)
    // (So is "how long is a term": the length of a term, asked in so many words.)
    if (parse?.operations.has("duration") || parse?.concepts.has("term_length")) {
      const by = parts.find((p) => p.status === "answered" && p.facts.length === 1 && LENGTH_SAID.test(p.text));
      return by ? { ...by, text: "" } : part;
    }
    // ("how many people held the post in 2009, and who were they?": "they" are the people a count before named.)
    if (part.status !== "answered" && THEY.test(clause.text) && read(clause.text).entities.every((e) => e.entity.type === "organization")) {
      const by = parts.find((p) => p.status === "answered" && p.intent?.shape === "count" && p.facts.length > 1 && p.facts.every((f) => namesPerson(factById(f.id))));
      return by ? { ...by, text: "" } : part;
    }
    // ("who won the 2019 vote & with what % (final CEC)?", "… ? what's the CEC number": a figure asked of
    // nothing named, which the one fact an answered part gave states.)
    // ("… and with what share according to the CEC": whose figure it is names no thing the figure is of.)
    const bare = part.status !== "answered" && !clause.joined && FIGURE_ASKED.test(clause.text) ? read(clause.text.replace(ACCORDING_TO, "")) : null;
    if (bare && bare.entities.length === 0 && bare.times.length === 0) {
      const by = parts.find((p) => p.status === "answered" && p.facts.length === 1 && statesFigure(factById(p.facts[0]!.id)));
      if (by) return { ...by, text: "" };
    }
    // ("who was CiO in 2017.. kurz right? anyone else that year?": a name guessed alone, which an answered part names, is confirmed.)
    const guessed = part.status !== "answered" && GUESS_PART.test(clause.text) ? read(clause.text) : null;
    if (guessed && guessed.entities.length > 0 && guessed.concepts.size === 0 && guessed.times.length === 0) {
      const by = parts.find((p) => p.status === "answered" && guessed.entities.every((m) => p.facts.some((f) => namesEntity(factById(f.id), m.entity.id))));
      // (Said as a verdict on the guess, after the answer that confirms it.)
      if (by) return { ...by, text: `Yes, ${guessed.entities.map((m) => m.entity.name).join(" and ")}.` };
    }
    const ask = parse && (parse.ask ?? askWordOf(clause.text));
    if (!parse || (ask !== "time" && ask !== "place" && ask !== "count") || parse.times.length > 0) return part;
    // (For where, its words as written count too: "where kazakh was named HCNM" asks where the naming was.
    // A "when" part's fallback carries the other part's words: "when did he quit did Saudabayev become FM".)
    const said = ask === "place" ? [clause.text, clause.fallback ?? ""] : [clause.text];
    const words = [...new Set(said.flatMap((t) => (t ? read(t).contentWords.map((w) => w.stem) : [])))];
    const named = new Set(parse.entities.map((m) => m.entity.id));
    const by = parts.find((p) => p.status === "answered" && p.facts.length === 1 && states(factById(p.facts[0]!.id)!, ask, words, named));
    return by ? { ...by, text: "" } : part;
  });
}
