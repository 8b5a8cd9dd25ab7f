/**
 * "HCNM seat — the hague or geneva?", "ruling party name in 2004? otan or nur otan", "bulgarian
 * chairmanship 2004 - CiO? passi or passy": a question, then two names of one kind offered as its
 * answer. The question is asked alone; its answer stands only where it names one of the two, so a
 * misreading that lands on something else is never passed off as the choice.
 */
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { fold } from "../text/normalise.js";
import type { EntityMention, QuestionParse } from "../understand/question-parse.js";

type Entity = EntityMention["entity"];

/** The question asked alone (with the reporter's talk after the names kept), and the two names offered. */
export interface OfferedPair {
  question: string;
  names: [Entity, Entity];
}

const LAST_OR = /\s+or\s+(?!.*\sor\s)/i;
/** The last break before the first name: a "?", colon, comma or dash. */
const LAST_BREAK = /(?:\?+|:|,|\s[-–—]+|[–—])\s*(?!.*(?:\?|:|,|\s[-–—]|[–—]))/;
/** Words of doubt before the first name ("— just otan or nur otan?", "? was it kiev or kyiv"). */
const DOUBT_LEAD = /^(?:(?:just|either|maybe|perhaps|is\s+it|was\s+it)\s+)+/i;
/** The second name's part: up to the first mark that ends it. */
const SECOND_PART = /^([^?!.,;:()]*)(.*)$/s;

/** The question and the two names a message offers after it, or null where it offers no such pair. */
export function offeredPair(text: string, read: (t: string) => Readonly<QuestionParse>): OfferedPair | null {
  const or = LAST_OR.exec(text);
  if (!or) return null;
  const before = text.slice(0, or.index);
  const cut = LAST_BREAK.exec(before);
  if (!cut || cut.index === 0) return null;
  const first = oneName(read(before.slice(cut.index + cut[0].length).replace(DOUBT_LEAD, "")));
  const [, secondPart, rest] = SECOND_PART.exec(text.slice(or.index + or[0].length))!;
  const second = longestName(secondPart!.trim().split(/\s+/), read);
  if (!first || !second || first.type !== second.entity.type) return null;
  const question = before.slice(0, cut.index).trim();
  const talk = `${second.left} ${rest}`.replace(/^[\s?]+/, "").trim();
  return { question: talk ? `${question}? ${talk}` : `${question}?`, names: [first, second.entity] };
}

/** The most words (at most four) from the start that name one thing, and the words left after them. */
function longestName(words: string[], read: (t: string) => Readonly<QuestionParse>): { entity: Entity; left: string } | null {
  for (let k = Math.min(4, words.length); k >= 1; k--) {
    const entity = oneName(read(words.slice(0, k).join(" ")));
    if (entity) return { entity, left: words.slice(k).join(" ") };
  }
  return null;
}

/** The one name a part says, where it says nothing else. */
function oneName(parse: Readonly<QuestionParse>): Entity | null {
  if (parse.entities.length !== 1 || parse.concepts.size > 0 || parse.unknown.length > 0 || parse.times.length > 0 || parse.numbers.length > 0) return null;
  return parse.entities[0]!.entity;
}

/**
 * Whether an answer names one of the names offered (by any of its names) — and every fact of its
 * kinds that name one does: "kaz capital before astana? almaty or akmola" answered with Akmola and
 * Nur-Sultan read the question more widely than the choice.
 */
export function namesOneOffered(answer: Answer, names: [Entity, Entity], factById: (id: string) => Fact | undefined): boolean {
  const named = namesAny(answer, names);
  const facts = answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f);
  const offered = new Set(names.map((e) => e.id));
  const namesOffered = (f: Fact) => [...f.values.values()].flat().some((v) => v.kind === "entity" && offered.has(v.entity.id));
  const kinds = new Set(facts.filter(namesOffered).map((f) => f.relation.id));
  return named && facts.filter((f) => kinds.has(f.relation.id)).every(namesOffered);
}

/** Whether the answer's text says one of these names (or an alias), as whole words. */
export function namesAny(answer: Answer, names: readonly Entity[]): boolean {
  const said = ` ${fold(answer.text).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return names.some((e) => [e.name, ...e.aliases].some((n) => n.length >= 3 && said.includes(` ${fold(n).replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `)));
}
