/**
 * What a relation's declaration means to the matcher, compiled once at load: the concepts that
 * make a question about it (cues), every concept it explains (cues, words, role cues and the words
 * of its patterns), the entities its questions may mention without filling a role, and the
 * concept sets of its patterns for ranking near ties.
 */
import type { Fact, FactTable, Relation } from "../facts/model.js";
import { tokens } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import { tokenise } from "./tokenise.js";
import { neighbours, readTokens } from "./read-tokens.js";
import type { Vocabulary } from "./vocabulary.js";

export interface RelationProfile {
  relation: Relation;
  cues: Set<string>;
  vocab: Set<string>;
  roleCues: Map<string, Set<string>>;
  /** Role → concepts that explain a question only where that role is the one asked. */
  roleAskedCues: Map<string, Set<string>>;
  roleCueConcepts: Set<string>;
  /** Role → stems of its cue words, matched word for word ("votes", "killed"). */
  roleCueStems: Map<string, Set<string>>;
  /** Text role → stems of the words its values say ("Deputy Foreign Minister"): what a label can match. */
  roleTextStems: Map<string, Set<string>>;
  context: Set<string>;
  /** Entities a plain cue word names ("mazhilis" cues the Mazhilis elections and names the chamber): naming one cues the relation. */
  cueEntities: Set<string>;
  patterns: Array<Set<string>>;
  /** Stems of the words in the relation's text values and notes ("dual standards", "Charter"). */
  textWords: Set<string>;
  /** With `exclusive_per`: how many different values that role has (one country only: nothing to name). */
  perValues: number;
  /** Role → the words its slot stands between in the patterns ("when was {from} renamed {to}"). */
  slotNeighbours: Map<string, { left: Set<string>; right: Set<string> }>;
  /** Each pattern's role slots in order, and the stems of its other words. */
  slotOrders: Array<{ roles: string[]; words: Set<string> }>;
  /** The cue words of the relations declared `related` (either way): "chair" in a question about the CiO is no stray. */
  relatedVocab: Set<string>;
  /** The cues of the relations that date this one's questions (`dated_by`): "election", "win" beside a year name the event that dates it. */
  datingCues: Set<string>;
  /** The people those events name ("Nazarbayev won in 2011"): beside a word of them and a time, context — not strangers. */
  datingPeople: Set<string>;
  /** Roles that hold one and the same entity in every fact (Kazakhstan in its elections): nothing to ask "who" of. */
  constantRoles: Set<string>;
  /** Some fact holds for longer than a day: "how long …" has a length to find. */
  lasting: boolean;
}

function textStemsByRole(relation: Relation, facts: Fact[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const role of relation.roles.filter((r) => r.types.includes("text"))) {
    const stems = new Set<string>();
    for (const f of facts) for (const v of f.values.get(role.name) ?? []) if (v.kind === "text") for (const w of tokens(v.text)) stems.add(stem(w));
    out.set(role.name, stems);
  }
  return out;
}

/** States last; events only where one is dated from one day to another (a summit, not a renaming). */
function lastingFacts(relation: Relation, facts: Fact[]): boolean {
  return relation.time !== "events" || facts.some((f) => f.validity?.kind === "span");
}

/** The roles whose every fact (two or more) holds the same single entity. */
function constantRolesOf(relation: Relation, facts: Fact[]): Set<string> {
  const out = new Set<string>();
  if (facts.length < 2) return out;
  for (const role of relation.roles) {
    const ids = new Set<string>();
    for (const f of facts) {
      const values = f.values.get(role.name) ?? [];
      if (values.length !== 1 || values[0]!.kind !== "entity") ids.add("");
      else ids.add(values[0]!.entity.id);
    }
    if (ids.size === 1 && !ids.has("")) out.add(role.name);
  }
  return out;
}

/** Where each role's slot sits in the relation's patterns: the words just before and after it. */
function slotNeighboursOf(relation: Relation, vocab: Vocabulary): RelationProfile["slotNeighbours"] {
  const out: RelationProfile["slotNeighbours"] = new Map();
  for (const pattern of relation.patterns) {
    const forms = tokenise(pattern.replace(/\{(\w+)\}/g, " zzslot$1 ")).map((t) => t.form);
    const words = forms.map((x) => (x.startsWith("zzslot") ? "" : x));
    forms.forEach((f, i) => {
      const role = f.startsWith("zzslot") ? f.slice(6) : null;
      if (!role || role === "time") return;
      const around = neighbours(words, i, i + 1, vocab);
      const entry = out.get(role) ?? out.set(role, { left: new Set(), right: new Set() }).get(role)!;
      if (around.left) entry.left.add(around.left);
      if (around.right) entry.right.add(around.right);
    });
  }
  return out;
}

/**
 * Stems of the words in a fact's text: "all" (text roles and note, to match questions that quote
 * them), "labels" (short text values such as "Asian", which name a kind of fact) or "values" (every
 * text value, however long: "OSCE Representative on Freedom of the Media").
 */
export function factTextStems(fact: Fact, which: "all" | "labels" | "values" = "all"): Set<string> {
  const cache = stemCaches[which];
  let cached = cache.get(fact);
  if (!cached) cache.set(fact, (cached = textStemsOf(fact, which)));
  return cached;
}

/** `factTextStems`, not kept: what building the profiles reads once of each fact of the table it is given. */
function textStemsOf(fact: Fact, which: "all" | "labels" | "values"): Set<string> {
  const texts: string[] = fact.note && which === "all" ? [fact.note] : [];
  for (const role of fact.relation.roles)
    if (role.literal && role.types.includes("text"))
      for (const v of fact.values.get(role.name) ?? []) if (v.kind === "text" && (which !== "labels" || v.text.split(" ").length <= 5)) texts.push(v.text);
  return new Set(texts.flatMap((t) => tokens(t)).filter((w) => w.length > 2 && !/^\d/.test(w)).map(stem));
}
const stemCaches = { all: new WeakMap<Fact, Set<string>>(), labels: new WeakMap<Fact, Set<string>>(), values: new WeakMap<Fact, Set<string>>() };

/** The entities whose names are among these words: a cue word can be a name as well. */
function entitiesNamedBy(words: string[], vocab: Vocabulary): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const forms = tokens(word);
    const phrase = forms.length ? vocab.phraseAt(forms, 0) : undefined;
    if (phrase?.tokens.length !== forms.length) continue;
    for (const m of phrase.meanings) if (m.kind === "entity") out.add(m.entity.id);
  }
  return out;
}

export function buildProfiles(table: FactTable, vocab: Vocabulary): RelationProfile[] {
  const factsByRelation = new Map<string, Fact[]>();
  for (const f of table.facts) (factsByRelation.get(f.relation.id) ?? factsByRelation.set(f.relation.id, []).get(f.relation.id)!).push(f);
  // Register every relation's plain words first, so patterns of one relation can use another's words.
  const resolved = [...table.relations.values()].map((relation) => ({
    relation,
    cues: new Set(relation.cues.map((w) => vocab.conceptFor(w))),
    words: relation.words.map((w) => vocab.conceptFor(w)),
    // (A nationality is named by "country" too: "Sinirlioglu's country".)
    roleCues: new Map(relation.roles.map((r) => [r.name, new Set([...r.cues, ...(r.nationality ? ["country"] : [])].map((w) => vocab.conceptFor(w)))])),
    roleAskedCues: new Map(relation.roles.filter((r) => r.askedCues.length).map((r) => [r.name, new Set(r.askedCues.map((w) => vocab.conceptFor(w)))])),
  }));
  const profiles: RelationProfile[] = resolved.map(({ relation, cues, words, roleCues, roleAskedCues }) => {
    const vocabSet = new Set<string>([...cues, ...words, ...[...roleCues.values()].flatMap((s) => [...s])]);
    const context = new Set(relation.context);
    const cueEntities = entitiesNamedBy(relation.cues, vocab);
    const patterns: Array<Set<string>> = [];
    for (const pattern of relation.patterns) {
      const parse = readTokens(tokenise(pattern.replace(/\{\w+\}/g, " ")), vocab, false);
      for (const u of parse.unknown) parse.concepts.set(vocab.conceptFor(u.form), false);
      const concepts = new Set(parse.concepts.keys());
      patterns.push(concepts);
      for (const c of concepts) vocabSet.add(c);
      for (const e of parse.entities) context.add(e.entity.id);
    }
    // Entities the curated example questions mention without filling a role are fair context too.
    for (const example of relation.examples)
      for (const e of readTokens(tokenise(example.q), vocab, false).entities)
        if (!relation.roles.some((r) => r.types.includes(e.entity.type))) context.add(e.entity.id);
    const textWords = new Set<string>();
    // Not kept: most are never asked for again (a table loaded from YAML is answered from its compact form, whose facts are other objects).
    for (const fact of factsByRelation.get(relation.id) ?? []) for (const w of textStemsOf(fact, "all")) textWords.add(w);
    for (const w of [...textWords]) if (vocab.fillers.has(w)) textWords.delete(w);
    const roleCueConcepts = new Set([...roleCues.values()].flatMap((set) => [...set]));
    const roleCueStems = new Map(relation.roles.map((r) => [r.name, new Set(r.cues.flatMap((c) => tokens(c)).map(stem))]));
    const roleTextStems = textStemsByRole(relation, factsByRelation.get(relation.id) ?? []);
    const per = relation.exclusivePer;
    const perValues = per ? new Set((factsByRelation.get(relation.id) ?? []).flatMap((f) => (f.values.get(per) ?? []).map((v) => (v.kind === "entity" ? v.entity.id : String(v.kind === "text" ? v.text : v.value))))).size : 0;
    const slotOrders = relation.patterns.map((p) => ({
      roles: [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).filter((r) => r !== "time"),
      words: new Set(tokens(p.replace(/\{\w+\}/g, " ")).filter((w) => !vocab.fillers.has(w)).map(stem)),
    }));
    return { relation, cues, vocab: vocabSet, roleCues, roleAskedCues, roleCueConcepts, roleCueStems, roleTextStems, context, cueEntities, patterns, textWords, perValues, slotNeighbours: slotNeighboursOf(relation, vocab), slotOrders, relatedVocab: new Set<string>(), datingCues: new Set<string>(), datingPeople: new Set<string>(), constantRoles: constantRolesOf(relation, factsByRelation.get(relation.id) ?? []), lasting: lastingFacts(relation, factsByRelation.get(relation.id) ?? []) };
  });
  for (const p of profiles)
    for (const q of profiles)
      if (p !== q && (p.relation.related.includes(q.relation.id) || q.relation.related.includes(p.relation.id))) for (const c of q.cues) p.relatedVocab.add(c);
  for (const p of profiles)
    for (const q of profiles.filter((q) => p.relation.datedBy.includes(q.relation.id))) {
      // (The event's own words, not the names of its figures: "share" asks an election's figure, never dates a term.)
      const details = new Set(q.relation.roles.filter((r) => r.types.some((t) => t === "number" || t === "percent")).map((r) => vocab.conceptFor(r.name)));
      for (const c of q.cues) if (!p.cues.has(c) && !details.has(c)) p.datingCues.add(c);
      for (const f of factsByRelation.get(q.relation.id) ?? []) for (const v of [...f.values.values()].flat()) if (v.kind === "entity" && v.entity.type === "person") p.datingPeople.add(v.entity.id);
    }
  return profiles;
}
