/**
 * The relations a question can reach, so that only those are scored. `matchRelations` considers a
 * relation only when the question has one of its cue concepts, or, without a cue, when it explains
 * the whole question: an entity fills one of its roles (a role of
 * that entity's type), no entity is a stranger to it (no role of its type, not context), and every
 * concept is the relation's own, a shape concept or a soft one. Every other relation scores
 * nothing, so leaving it out changes no answer: the pre-filter is an index from cue concepts and
 * entity types to relations, then those checks (tests/core/relation-index.test.ts proves it on
 * every example and held-out question, and on a generated table's questions).
 */
import type { QuestionParse } from "./parse-question.js";
import type { RelationProfile } from "./relation-profile.js";
import { SHAPE_CONCEPTS, type Vocabulary } from "./vocabulary.js";

export class RelationIndex {
  /** Cue concept → positions of the relations it cues. */
  private readonly byConcept = new Map<string, number[]>();
  /** Entity type → positions of the relations with a role of that type. */
  private readonly byType = new Map<string, number[]>();
  /** Per relation, the entity types its roles take. */
  private readonly roleTypes: Array<Set<string>>;
  /** Marks for one question, reused (answering is synchronous). */
  private readonly marks: Uint8Array;

  constructor(
    private readonly profiles: RelationProfile[],
    private readonly vocab: Vocabulary,
  ) {
    this.marks = new Uint8Array(profiles.length);
    this.roleTypes = profiles.map((profile, at) => {
      for (const concept of profile.cues) listOf(this.byConcept, concept).push(at);
      const types = new Set(profile.relation.roles.flatMap((r) => r.types));
      for (const type of types) listOf(this.byType, type).push(at);
      return types;
    });
  }

  /** The profiles a question can reach, in their original order (ranking ties keep that order). */
  reachable(parse: QuestionParse): RelationProfile[] {
    const marks = this.marks;
    let count = 0;
    const mark = (list: number[] | undefined) => {
      if (list) for (const at of list) if (marks[at] === 0) (marks[at] = 1), count++;
    };
    for (const concept of parse.concepts.keys()) mark(this.byConcept.get(concept));
    // A superset of the matcher's own test for relations without a cue (match.ts `cueless`, which also
    // asks for a question word, a yes/no question or a role named outright): never too few.
    if (parse.entities.length > 0) {
      const concepts = [...parse.concepts.keys()].filter((c) => !SHAPE_CONCEPTS.has(c) && !this.vocab.softConcepts.has(c));
      for (const { entity } of parse.entities)
        for (const at of this.byType.get(entity.type) ?? [])
          if (marks[at] === 0 && this.explainsAll(at, parse, concepts)) (marks[at] = 1), count++;
    }
    const out: RelationProfile[] = [];
    if (count === 0) return out;
    for (let at = 0; at < marks.length; at++)
      if (marks[at] === 1) {
        marks[at] = 0;
        out.push(this.profiles[at]!);
      }
    return out;
  }

  /** Without a cue: every concept is the relation's own and every entity fits a role or is context. */
  private explainsAll(at: number, parse: QuestionParse, concepts: string[]): boolean {
    const profile = this.profiles[at]!;
    for (const c of concepts) if (!profile.vocab.has(c)) return false;
    for (const { entity } of parse.entities) if (!this.roleTypes[at]!.has(entity.type) && !profile.context.has(entity.id)) return false;
    return true;
  }
}

function listOf(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
