/**
 * "What post did Lamberto Zannier hold in the OSCE?", "which osce post did Abdrakhmanov land in dec 2020?":
 * the posts one person held, gathered from every relation whose facts say who holds a post (`post_of`
 * in its YAML) — never the one post a single relation happens to know of him.
 */
import { finish } from "../compose/compose-answer.js";
import { renderFact } from "../compose/render-fact.js";
import { noteFor } from "../compose/tidy.js";
import type { Entity, Fact, Relation } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { inScope } from "../query/plan-facts.js";
import { dayOfDate } from "../time/days.js";
import type { TimeQuery } from "../time/parse-time.js";
import { possibleStart } from "../time/validity.js";
import type { QuestionParse } from "../understand/question-parse.js";
import type { Desk } from "./desk.js";

/** The post asked for by its noun: "what post", "which osce job", "what roles". */
const POST_ASKED = /\b(?:what|which)\s+(?:[\p{L}-]+\s+){0,2}?(?:posts?|jobs?|roles?|positions?|offices?)\b/iu;

/** Words that say a post was taken up, so a time asked is when it began ("took up", "landed", "appointed to"). */
const TAKEN_UP = /\b(?:take|took|taken|taking)\s+up\b|\b(?:land(?:ed)?|get|got|gets|appointed|named|given|move[ds]?\s+to|went\s+to|go\s+to)\b/i;

/** "in the OSCE", said of a post: of the organisation (the words would otherwise say a membership). */
const IN_THE_ORGANIZATION = /\b(?:in|at|within)\s+the\s+(osce|csce)\b/i;

/** Concepts such a question may say besides the post: holding it, getting it, being appointed to it. */
const POST_WORDS = new Set(["office_holder", "held", "get", "w:appoint", "w:land", "w:take", "w:took"]);

/** What a question of one person's posts names: the person, and the organisations and countries the posts are of. */
type PostsAsked = { person: Entity; organizations: Entity[]; countries: Entity[] };

/** The one person asked about, with only organisations or countries beside them; null for any other question. */
function personAsked(parse: QuestionParse): PostsAsked | null {
  if (parse.yesNo || parse.declarative || parse.ask !== "which" || parse.order !== null || parse.ordinal !== null || parse.operations.size > 0) return null;
  if (!parse.concepts.has("office_holder") || ![...parse.concepts.keys()].every((c) => POST_WORDS.has(c)) || parse.numbers.length > 0 || parse.besides) return null;
  if (parse.unknown.some((u) => !TAKEN_UP.test(u.form))) return null;
  const people = parse.entities.filter((m) => m.entity.type === "person");
  if (people.length !== 1 || !parse.entities.every((m) => ["person", "organization", "country"].includes(m.entity.type))) return null;
  if (parse.times.length > 1 || parse.times.some((t) => t.mode !== "at")) return null;
  const of = (type: string) => parse.entities.filter((m) => m.entity.type === type).map((m) => m.entity);
  return { person: people[0]!.entity, organizations: of("organization"), countries: of("country") };
}

/** A fact of a post of the country named ("Türkiye's Sinirlioğlu", "in Kazakhstan"): where the fact names a country, it is that one. */
function ofCountries(fact: Fact, countries: Entity[]): boolean {
  const named = fact.relation.roles.filter((r) => r.types.includes("country")).flatMap((r) => fact.values.get(r.name) ?? []);
  return countries.length === 0 || named.length === 0 || countries.every((c) => named.some((v) => v.kind === "entity" && v.entity.id === c.id));
}

/** A fact of a post within the organisation named: its own organisation role, else its relation's context. */
function withinOrganizations(fact: Fact, organizations: Entity[]): boolean {
  if (organizations.length === 0) return true;
  const ids = new Set(organizations.map((o) => o.id));
  const own = fact.relation.roles.find((r) => r.types.includes("organization"));
  if (own) return (fact.values.get(own.name) ?? []).some((v) => v.kind === "entity" && ids.has(v.entity.id));
  return fact.relation.context.some((c) => ids.has(c));
}

/** Within the time asked: held then, or — where the question says it was taken up — begun then; asked in the present, held now. */
function ofTheTime(fact: Fact, time: TimeQuery | undefined, takenUp: boolean, present: boolean, today: number): boolean {
  if (!time) return !present || inScope(fact, { kind: "now", day: today }, today);
  if (takenUp && fact.validity) return possibleStart(fact.validity) >= time.start && possibleStart(fact.validity) <= time.end;
  return inScope(fact, { kind: "query", time }, today);
}

/** Each post's sentence, with the sentence of its note a reader needs, as any answer gives it ("Also Secretary of State"). */
function postSentences(facts: Fact[], askedWords: string[]): string[] {
  const sentences: string[] = [];
  for (const f of facts) {
    const sentence = renderFact(f).replace(/([^.])$/, "$1.");
    const note = noteFor(f.note, askedWords, sentence);
    const said = note ? `${sentence} Note: ${note.replace(/([^.])$/, "$1.")}` : sentence;
    if (!sentences.includes(said)) sentences.push(said);
  }
  return sentences;
}

export function postsOfPersonSteps(desk: Desk) {
  const postRelations: Relation[] = [...desk.table.relations.values()].filter((r) => r.postOf);
  /** answerPostsOf: every post one person held (at the time asked), or null where the question is another. */
  function answerPostsOf(text: string, parse: QuestionParse, now: Date): Answer | null {
    // ("… hold in the OSCE": the organisation, never "in the OSCE" as its membership.)
    const asked = POST_ASKED.test(text) ? personAsked(IN_THE_ORGANIZATION.test(text) ? desk.readings.read(text.replace(IN_THE_ORGANIZATION, "of the $1"), now) : parse) : null;
    if (!asked) return null;
    const today = dayOfDate(now);
    const time = parse.times[0];
    const takenUp = TAKEN_UP.test(text);
    const facts = postRelations
      .flatMap((r) => desk.index.withEntity(r.id, r.postOf!, asked.person.id))
      .filter((f) => withinOrganizations(f, asked.organizations) && ofCountries(f, asked.countries) && ofTheTime(f, time, takenUp, parse.tense === "present", today))
      .sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
    if (facts.length === 0) return null;
    const sentences = postSentences(facts, parse.contentWords.map((w) => w.stem));
    const reading = { relation: "posts", operation: "list", asks: "post", roles: { person: [asked.person.name] }, ...(time ? { time: time.label } : {}), summary: `Posts held · ${asked.person.name}${time ? ` · ${time.label}` : ""}` };
    return finish("answered", sentences.join(" "), { relation: facts[0]!.relation.id, shape: "list", confidence: 1 }, facts, [], time?.label, reading);
  }
  return { answerPostsOf };
}
