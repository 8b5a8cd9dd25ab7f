/**
 * What a relation's declaration means to the matcher, compiled once at load: the concepts that
 * make a question about it (cues), every concept it explains (cues, words, role cues and the words
 * of its patterns), the entities its questions may mention without filling a role, and the
 * concept sets of its patterns for ranking near ties.
 */
import type { FactTable, Relation } from "../facts/model.js";
import { tokenise } from "./tokenise.js";
import { readTokens } from "./parse-question.js";
import type { Vocabulary } from "./vocabulary.js";

export interface RelationProfile {
  relation: Relation;
  cues: Set<string>;
  vocab: Set<string>;
  roleCues: Map<string, Set<string>>;
  context: Set<string>;
  patterns: Array<Set<string>>;
}

export function buildProfiles(table: FactTable, vocab: Vocabulary): RelationProfile[] {
  // Register every relation's plain words first, so patterns of one relation can use another's words.
  const resolved = [...table.relations.values()].map((relation) => ({
    relation,
    cues: new Set(relation.cues.map((w) => vocab.conceptFor(w))),
    words: relation.words.map((w) => vocab.conceptFor(w)),
    roleCues: new Map(relation.roles.map((r) => [r.name, new Set(r.cues.map((w) => vocab.conceptFor(w)))])),
  }));
  return resolved.map(({ relation, cues, words, roleCues }) => {
    const vocabSet = new Set<string>([...cues, ...words, ...[...roleCues.values()].flatMap((s) => [...s])]);
    const context = new Set(relation.context);
    const patterns: Array<Set<string>> = [];
    for (const pattern of relation.patterns) {
      const parse = readTokens(tokenise(pattern.replace(/\{\w+\}/g, " ")), vocab, false);
      for (const u of parse.unknown) parse.concepts.set(vocab.conceptFor(u.form), false);
      const concepts = new Set(parse.concepts.keys());
      patterns.push(concepts);
      for (const c of concepts) vocabSet.add(c);
      for (const e of parse.entities) context.add(e.entity.id);
    }
    return { relation, cues, vocab: vocabSet, roleCues, context, patterns };
  });
}
