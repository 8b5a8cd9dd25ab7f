/**
 * The relations a question can reach, so that only those are scored. `matchRelations` considers a
 * relation only when the question has one of its cue concepts (or names an entity a cue word names), or, without a cue, when it explains
 * the whole question: an entity fills one of its roles (a role of
 * that entity's type), no entity is a stranger to it (no role of its type, not context), and every
 * concept is the relation's own, a shape concept or a soft one. Every other relation scores
 * nothing, so leaving it out changes no answer: the pre-filter is sets of relations, one bit each,
 * by cue concept, entity type, concept explained and context entity (or a document its facts name),
 * combined per question with a few word-wide ORs and ANDs (tests/core/relation-index.test.ts proves it on every example and
 * held-out question, and on a generated table's questions).
 */
import type { Entity } from "../facts/model.js";
import type { QuestionParse } from "./question-parse.js";
import type { RelationProfile } from "./relation-profile.js";
import { namedInText } from "./match.js";
import { SHAPE_CONCEPTS, type Vocabulary } from "./vocabulary.js";

export class RelationIndex {
  /** Cue concept → the relations it cues. */
  private readonly byCue = new Map<string, Bits>();
  /** Entity id → the relations a cue word naming it cues ("mazhilis"). */
  private readonly byCueEntity = new Map<string, Bits>();
  /** Entity type → the relations with a role of that type. */
  private readonly byType = new Map<string, Bits>();
  /** Concept → the relations that explain it (their own vocabulary). */
  private readonly byConcept = new Map<string, Bits>();
  /** Entity id → the relations whose questions may name it as context. */
  private readonly byContext = new Map<string, Bits>();
  /** Document, city or institution id → the relations whose facts' text names it (match.ts `namedInText`), made when first asked. */
  private readonly byTextNamed = new Map<string, Bits>();
  /** Sets for one question, reused (answering is synchronous). */
  private readonly reached: Bits;
  private readonly cueless: Bits;
  private readonly fits: Bits;

  constructor(
    private readonly profiles: RelationProfile[],
    private readonly vocab: Vocabulary,
  ) {
    const words = Math.max(1, Math.ceil(profiles.length / 32));
    [this.reached, this.cueless, this.fits] = [new Uint32Array(words), new Uint32Array(words), new Uint32Array(words)];
    const add = (map: Map<string, Bits>, key: string, at: number) => {
      let bits = map.get(key);
      if (!bits) map.set(key, (bits = new Uint32Array(words)));
      bits[at >>> 5]! |= 1 << (at & 31);
    };
    profiles.forEach((profile, at) => {
      for (const concept of profile.cues) add(this.byCue, concept, at);
      for (const id of profile.cueEntities) add(this.byCueEntity, id, at);
      for (const role of profile.relation.roles) for (const type of role.types) add(this.byType, type, at);
      for (const concept of profile.vocab) add(this.byConcept, concept, at);
      for (const id of profile.context) add(this.byContext, id, at);
    });
  }

  /** The profiles a question can reach, in their original order (ranking ties keep that order). */
  reachable(parse: QuestionParse): RelationProfile[] {
    const reached = this.reached.fill(0);
    for (const concept of parse.concepts.keys()) or(reached, this.byCue.get(concept));
    for (const { entity } of parse.entities) or(reached, this.byCueEntity.get(entity.id));
    // A superset of the matcher's own tests for relations without a cue (match.ts `explainsEveryWord`,
    // `bindsWithoutCue`, which also ask for a question word, a yes/no question or a role named
    // outright, and every word explained): never too few.
    if (parse.entities.length > 0) or(reached, this.explainingAll(parse));
    const out: RelationProfile[] = [];
    for (let w = 0; w < reached.length; w++)
      for (let bits = reached[w]!; bits !== 0; bits &= bits - 1) out.push(this.profiles[w * 32 + 31 - Math.clz32(bits & -bits)]!);
    return out;
  }

  /**
   * Without a cue: the relations a named entity's type reaches that explain every concept (their
   * own, a shape concept or a soft one) and have, for every entity, a role of its type or it as context.
   */
  private explainingAll(parse: QuestionParse): Bits {
    const found = this.cueless.fill(0);
    // (A region or group fills a role of its members' types too: "the first post-Soviet chair".)
    for (const { entity } of parse.entities) for (const type of typesFilled(entity)) or(found, this.byType.get(type));
    for (const concept of parse.concepts.keys())
      if (!SHAPE_CONCEPTS.has(concept) && !this.vocab.softConcepts.has(concept)) and(found, this.byConcept.get(concept));
    for (const { entity } of parse.entities) {
      const fits = this.fits.fill(0);
      for (const type of typesFilled(entity)) or(fits, this.byType.get(type));
      or(fits, this.byContext.get(entity.id));
      or(fits, this.namingInText(entity));
      and(found, fits);
    }
    return found;
  }

  /** The relations whose facts' text names a document, a meeting's city or a post's body, which they take as context ("under the Charter of Paris", "at Tirana", "the CEC chair Passy met"). */
  private namingInText(entity: Entity): Bits | undefined {
    if (entity.type !== "document" && entity.type !== "city" && entity.type !== "institution") return undefined;
    let bits = this.byTextNamed.get(entity.id);
    if (!bits) {
      bits = new Uint32Array(this.reached.length);
      this.profiles.forEach((profile, at) => {
        if (namedInText(entity, profile)) bits![at >>> 5]! |= 1 << (at & 31);
      });
      this.byTextNamed.set(entity.id, bits);
    }
    return bits;
  }
}

/** The role types an entity can fill: its own, and a group's its members'. */
function typesFilled(entity: Entity): readonly string[] {
  return entity.memberTypes ? [entity.type, ...entity.memberTypes] : [entity.type];
}

/** A set of relations by position, one bit each. */
type Bits = Uint32Array;

function or(into: Bits, bits: Bits | undefined): void {
  if (bits) for (let i = 0; i < into.length; i++) into[i]! |= bits[i]!;
}

/** Keep only what is also in `bits` (nothing, when there are none). */
function and(into: Bits, bits: Bits | undefined): void {
  if (!bits) into.fill(0);
  else for (let i = 0; i < into.length; i++) into[i]! &= bits[i]!;
}
