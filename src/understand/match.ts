/**
 * Which relation a question is about, and what it asks of it. Every relation a question cues is
 * scored by how much of the question it explains: concepts, entities that fill its typed roles,
 * time, the question word. Anything left unexplained lowers the confidence; an entity that fits
 * none of a relation's roles rules that relation out ("who chaired NATO?" is not about the OSCE).
 */
import type { Entity, Relation, Role } from "../facts/model.js";
import type { QuestionShape } from "../model/answer.js";
import type { TimeQuery } from "../time/parse-time.js";
import type { QuestionParse } from "./parse-question.js";
import type { RelationProfile } from "./relation-profile.js";
import { SHAPE_CONCEPTS, type Vocabulary } from "./vocabulary.js";

export interface QueryPlan {
  relation: Relation;
  shape: QuestionShape;
  /** The role whose value is asked; null for when/count-of-times shapes. */
  asked: Role | null;
  /** Role name → entities the question gives for it. */
  bindings: Map<string, Entity[]>;
  time: TimeQuery | null;
  order: "before" | "after" | null;
  tense: "present" | "past" | null;
  /** "the first/last Secretary General" */
  pick: "first" | "last" | null;
}

export interface Candidate {
  profile: RelationProfile;
  confidence: number;
  /** Tie-breaker: how close the question's concepts are to one of the relation's patterns. */
  patternSimilarity: number;
  plan: QueryPlan | null;
  /** An entity that fits none of this relation's roles (the reason it was ruled out). */
  stranger?: Entity;
}

const AGENT_TYPES = new Set(["person", "country", "party", "organization", "institution", "group"]);
const PLACE_TYPES = new Set(["city", "country", "region", "place"]);
const W = { cue: 1.5, concept: 1, shapeConcept: 0.25, bound: 1.5, context: 0.75, time: 1, ask: 0.5, unexplained: 1.5, unknown: 1, properNoun: 2 };

export function matchRelations(parse: QuestionParse, profiles: RelationProfile[], vocab: Vocabulary): Candidate[] {
  const out: Candidate[] = [];
  for (const profile of profiles) {
    const c = scoreRelation(parse, profile, vocab);
    if (c) out.push(c);
  }
  return out.sort((a, b) => b.confidence + 0.05 * b.patternSimilarity - (a.confidence + 0.05 * a.patternSimilarity));
}

function scoreRelation(parse: QuestionParse, profile: RelationProfile, vocab: Vocabulary): Candidate | null {
  const relation = profile.relation;
  let cued = false;
  for (const c of parse.concepts.keys()) if (profile.cues.has(c)) cued = true;

  const asked = chooseAsked(parse, profile);
  const binding = bindEntities(parse, profile, asked.role);
  if (!cued && !cueless(parse, binding, asked)) return null;
  if (binding.stranger) return { profile, confidence: 0, patternSimilarity: 0, plan: null, stranger: binding.stranger };

  let explained = 0;
  let unexplained = 0;
  for (const c of parse.concepts.keys()) {
    if (SHAPE_CONCEPTS.has(c)) explained += W.shapeConcept;
    else if (profile.cues.has(c)) explained += W.cue;
    else if (profile.vocab.has(c)) explained += W.concept;
    else if (!vocab.softConcepts.has(c)) unexplained += W.unexplained;
  }
  explained += binding.bound * W.bound + binding.context * W.context;
  explained += parse.times.length * W.time;
  for (const u of parse.unknown) unexplained += u.properNoun ? W.properNoun : W.unknown;
  if (parse.numbers.length) {
    if (relation.roles.some((r) => r.types.includes("number") || r.types.includes("percent"))) explained += 0.5;
    else unexplained += 0.5 * parse.numbers.length;
  }
  if (parse.order) relation.time === "exclusive" ? (explained += W.ask) : (unexplained += W.unexplained);
  if (asked.compatible) explained += W.ask;
  else unexplained += W.unexplained;

  const shape = chooseShape(parse, relation, asked, binding.askedBound);
  if (shape === null) unexplained += W.unexplained;
  let confidence = explained / Math.max(explained + unexplained, 1e-9);
  confidence *= Math.pow(0.93, parse.corrections + parse.entities.filter((e) => e.fuzzy).length);
  if (!cued) confidence *= 0.85;

  const plan: QueryPlan | null = shape
    ? {
        relation,
        shape,
        asked: shape === "when" || shape === "count" && !asked.role ? null : asked.role,
        bindings: binding.bindings,
        time: parse.times[0] ?? null,
        order: parse.order,
        tense: parse.tense,
        pick: parse.concepts.has("first") ? "first" : parse.concepts.has("last") && !parse.times.length ? "last" : null,
      }
    : null;
  return { profile, confidence, patternSimilarity: similarity(parse, profile), plan };
}

interface Asked {
  role: Role | null;
  compatible: boolean;
}

/** The role the question word asks for, in this relation. */
function chooseAsked(parse: QuestionParse, profile: RelationProfile): Asked {
  const roles = profile.relation.roles;
  const main = profile.relation.mainRole;
  const prefer = (rs: Role[]) => rs.find((r) => r === main) ?? rs[0] ?? null;
  // A role named in the question ("how many seats", "how many were killed") is the one asked.
  const cued = roles.filter((r) => [...(profile.roleCues.get(r.name) ?? [])].some((c) => parse.concepts.has(c)));
  const entityTypes = new Set(parse.entities.map((e) => e.entity.type));
  const cuedFree = cued.filter((r) => r.literal || !r.types.some((t) => entityTypes.has(t)));
  switch (parse.ask) {
    case "time":
      return { role: null, compatible: true };
    case "times":
      return { role: null, compatible: true };
    case "percent": {
      const r = roles.find((x) => x.types.includes("percent"));
      return { role: r ?? null, compatible: !!r };
    }
    case "count": {
      const numeric = roles.filter((x) => x.types.includes("number") || x.types.includes("percent"));
      const r = cuedFree.find((x) => numeric.includes(x)) ?? (numeric.length === 1 ? numeric[0] : undefined) ?? (main.types.includes("number") ? main : undefined);
      return { role: r ?? null, compatible: true };
    }
    case "place": {
      const r = prefer(roles.filter((x) => x.types.some((t) => PLACE_TYPES.has(t)) && !x.types.every((t) => t === "country" && !x.main)));
      const any = r ?? prefer(roles.filter((x) => x.types.some((t) => PLACE_TYPES.has(t))));
      return { role: any, compatible: !!any };
    }
    case "agent": {
      const free = cuedFree.find((x) => x.types.some((t) => AGENT_TYPES.has(t)));
      const r = free ?? prefer(roles.filter((x) => x.types.some((t) => AGENT_TYPES.has(t))));
      return { role: r, compatible: !!r };
    }
    case "which": {
      const t = parse.askType;
      if (t === "time") return { role: null, compatible: true };
      if (t === "percent" || t === "number") {
        const r = roles.find((x) => x.types.includes(t));
        return { role: r ?? null, compatible: !!r };
      }
      if (t) {
        const r = prefer(roles.filter((x) => x.types.includes(t) || (t === "institution" && x.types.includes("field_operation"))));
        return { role: r, compatible: !!r };
      }
      return { role: cuedFree[0] ?? main, compatible: true };
    }
    default:
      return { role: cuedFree[0] ?? main, compatible: true };
  }
}

interface Binding {
  bindings: Map<string, Entity[]>;
  bound: number;
  context: number;
  stranger?: Entity;
  /** An entity could only go into the asked role ("who chaired before Kazakhstan?"). */
  askedBound: boolean;
}

/** Puts each entity the question names into a role of its type, keeping the asked role free if it can. */
function bindEntities(parse: QuestionParse, profile: RelationProfile, asked: Role | null): Binding {
  const result: Binding = { bindings: new Map(), bound: 0, context: 0, askedBound: false };
  for (const { entity } of parse.entities) {
    const fits = profile.relation.roles.filter((r) => r.types.includes(entity.type));
    const role = fits.find((r) => r !== asked && !result.bindings.has(r.name)) ?? fits.find((r) => r !== asked && r.many) ?? fits.find((r) => r !== asked) ?? fits[0];
    if (role) {
      const list = result.bindings.get(role.name) ?? [];
      list.push(entity);
      result.bindings.set(role.name, list);
      result.bound++;
      if (role === asked) result.askedBound = true;
    } else if (profile.context.has(entity.id)) result.context++;
    else if (!result.stranger) result.stranger = entity;
  }
  return result;
}

/** Without a cue word, a relation is only considered when the question is fully explained by it. */
function cueless(parse: QuestionParse, binding: Binding, asked: Asked): boolean {
  return binding.bound > 0 && !binding.stranger && !binding.askedBound && asked.compatible && parse.ask !== null && parse.unknown.length === 0 && parse.concepts.size === 0;
}

function chooseShape(parse: QuestionParse, relation: Relation, asked: Asked, askedBound: boolean): QuestionShape | null {
  const timeOrder = parse.times[0] && (parse.times[0].mode === "before" || parse.times[0].mode === "after");
  if (relation.time === "exclusive" && (parse.order && askedBound || (timeOrder && !parse.yesNo && parse.ask !== "time"))) return "order";
  if (parse.yesNo) return "check";
  if (parse.ask === "time" || parse.askType === "time") return "when";
  if (parse.ask === "times") return "count";
  if (parse.ask === "count" && !asked.role) return "count";
  if (askedBound) return parse.ask === null ? "check" : null;
  if (!asked.role) return null;
  return "value";
}

function similarity(parse: QuestionParse, profile: RelationProfile): number {
  const q = [...parse.concepts.keys()].filter((c) => !SHAPE_CONCEPTS.has(c));
  let best = 0;
  for (const p of profile.patterns) {
    let inter = 0;
    for (const c of q) if (p.has(c)) inter++;
    const union = q.length + p.size - inter;
    if (union > 0) best = Math.max(best, inter / union);
  }
  return best;
}
