/**
 * The relations a question can reach, so that only those are scored. `matchRelations` considers a
 * relation only when the question has one of its cue concepts, or (without a cue) when an entity of
 * the question fills one of its roles, which needs a role of that entity's type. Every other
 * relation scores nothing, so leaving it out changes no answer: the pre-filter is an index from cue
 * concepts and entity types to relations (tests/core/relation-index.test.ts proves it on every
 * example and held-out question).
 */
import type { QuestionParse } from "./parse-question.js";
import type { RelationProfile } from "./relation-profile.js";

export class RelationIndex {
  /** Cue concept → positions of the relations it cues. */
  private readonly byConcept = new Map<string, number[]>();
  /** Entity type → positions of the relations with a role of that type. */
  private readonly byType = new Map<string, number[]>();
  /** Marks for one question, reused (answering is synchronous). */
  private readonly marks: Uint8Array;

  constructor(private readonly profiles: RelationProfile[]) {
    this.marks = new Uint8Array(profiles.length);
    profiles.forEach((profile, at) => {
      for (const concept of profile.cues) listOf(this.byConcept, concept).push(at);
      const types = new Set(profile.relation.roles.flatMap((r) => r.types));
      for (const type of types) listOf(this.byType, type).push(at);
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
    for (const { entity } of parse.entities) mark(this.byType.get(entity.type));
    const out: RelationProfile[] = [];
    if (count === 0) return out;
    for (let at = 0; at < marks.length; at++)
      if (marks[at] === 1) {
        marks[at] = 0;
        out.push(this.profiles[at]!);
      }
    return out;
  }
}

function listOf(map: Map<string, number[]>, key: string): number[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
