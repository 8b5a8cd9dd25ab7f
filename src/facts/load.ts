/**
 * Reads facts/ into a validated FactTable, collecting every problem (not just the first) with its
 * file, entry, field and line. `loadFactTable` throws FactLoadError when any is an error.
 */
import { basename } from "node:path";
import type { ZodError } from "zod";
import type { Source } from "../model/answer.js";
import { closest } from "../text/edit-distance.js";
import { quickMatchForm } from "../text/quick-forms.js";
import { FactLoadError, type FactProblem } from "./errors.js";
import { lintFactTable } from "./lint.js";
import { Shared } from "./shared-parts.js";
import { linkGroups } from "./groups.js";
import { quickEntity, quickFactBase, type FactBase } from "./quick-records.js";
import { tableRevision } from "./revision.js";
import { LITERAL_TYPES, type Entity, type Fact, type FactTable, type Relation, type Role, type RoleValue } from "./model.js";
import { listYamlFiles, readYamlFile, type YamlFile } from "./read-yaml.js";
import { EntitySchema, FACT_BASE_KEYS, FactBaseSchema, FactFileSchema, LexiconSchema, RelationSchema, SourcePolicySchema, type LexiconData, type RelationData, type SourceData } from "./schema.js";
import { lintCheckedAge, SOURCE_POLICY_FILE, sourcePolicyProblems, type SourcePolicy } from "./source-policy.js";

export interface CheckResult {
  table: FactTable | null;
  problems: FactProblem[];
}

/** Load and validate; throws FactLoadError listing every error. Warnings are returned, not thrown. */
export function loadFactTable(dir: string): { table: FactTable; warnings: FactProblem[] } {
  const { table, problems } = checkFactTable(dir);
  if (!table || problems.some((p) => p.severity === "error")) throw new FactLoadError(problems);
  return { table, warnings: problems };
}

export interface CheckOptions {
  /** The reference date for the age of `checked:` dates; without it, their age is not checked. */
  now?: Date;
}

export function checkFactTable(dir: string, options: CheckOptions = {}): CheckResult {
  const problems: FactProblem[] = [];
  let paths: string[];
  try {
    paths = listYamlFiles(dir);
  } catch (e) {
    return { table: null, problems: [{ file: dir, message: `cannot read the facts directory: ${(e as Error).message}`, severity: "error" }] };
  }
  const files = paths.map((p) => readYamlFile(dir, p, problems)).filter((f): f is YamlFile => f !== null);
  const { lexiconFile, lexicon, policyFile, policy } = readLexiconAndPolicy(files, problems);
  const { entities, relations, factSections } = readDeclarations(files.filter((f) => f !== lexiconFile && f !== policyFile), problems);

  const resolver = new EntityResolver(entities);
  checkEntityRefs(entities, problems);
  linkGroups(entities, problems);
  for (const relation of relations.values()) checkRelationRefs(relation, relations, entities, problems);
  linkRankedBelow(relations);
  const facts = buildFacts(factSections, resolver, policy, problems);

  if (!lexicon || !policy) return { table: null, problems };
  const table: FactTable = { dir, revision: tableRevision(files.map((f) => ({ path: f.file, digest: f.digest }))), lexicon: lexicon as LexiconData, entities, relations, facts };
  lintFactTable(table, problems);
  if (options.now) lintCheckedAge(table, policy, options.now, problems);
  return { table, problems };
}

/** The two files every table needs, whatever else it holds. */
function readLexiconAndPolicy(files: YamlFile[], problems: FactProblem[]) {
  const lexiconFile = files.find((f) => basename(f.file) === "lexicon.yaml");
  if (!lexiconFile) problems.push({ file: "lexicon.yaml", message: "missing: the lexicon (concepts, question words, fillers) is required", severity: "error" });
  const lexicon = lexiconFile ? parseWith(LexiconSchema, lexiconFile.data, lexiconFile, [], problems) : null;
  const policyFile = files.find((f) => f.file === SOURCE_POLICY_FILE);
  if (!policyFile) problems.push({ file: SOURCE_POLICY_FILE, message: "missing: the source policy (mirror and pointer domains, checked_max_days) is required", severity: "error" });
  const policyData = policyFile ? parseWith(SourcePolicySchema, policyFile.data, policyFile, [], problems) : null;
  const policy: SourcePolicy | null = policyData && { checkedMaxDays: policyData.checked_max_days, mirrors: policyData.mirrors, pointers: policyData.pointers };
  return { lexiconFile, lexicon, policyFile, policy };
}

/** A relation's facts as written: they are built once every entity is known. */
interface FactSection {
  file: YamlFile;
  relation: Relation;
  facts: unknown[];
}

/** The entities and relations of the fact files, each id defined once; a relation's facts kept for later. */
function readDeclarations(files: YamlFile[], problems: FactProblem[]) {
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  const factSections: FactSection[] = [];
  for (const file of files) {
    const parsed = parseWith(FactFileSchema, file.data ?? {}, file, [], problems);
    if (!parsed) continue;
    parsed.entities?.forEach((raw, i) => addEntity(raw, i, file, entities, problems));
    if (parsed.relation) {
      const relation = addRelation(parsed.relation, file, relations, problems);
      if (relation) factSections.push({ file, relation, facts: parsed.facts ?? [] });
    } else if (parsed.facts?.length) {
      problems.push({ file: file.file, field: "facts", line: file.lineOf(["facts"]), message: "facts need a relation: declare `relation:` in the same file", severity: "error" });
    }
  }
  return { entities, relations, factSections };
}

function addEntity(raw: unknown, i: number, file: YamlFile, entities: Map<string, Entity>, problems: FactProblem[]): void {
  const e = quickEntity(raw) ?? parseWith(EntitySchema, raw, file, ["entities", i], problems);
  if (!e) return;
  const existing = entities.get(e.id);
  if (existing) {
    problems.push({ file: file.file, entry: e.id, field: "id", line: file.lineOf(["entities", i]), message: `duplicate entity id (first defined in ${existing.file})`, severity: "error" });
    return;
  }
  entities.set(e.id, { id: e.id, type: e.type, name: e.name, ...(e.short ? { short: e.short } : {}), ...(e.in ? { in: e.in } : {}), ...(e.groups?.length ? { groups: e.groups } : {}), ...(e.successors?.length ? { successors: e.successors } : {}), aliases: e.aliases, file: file.file });
}

/** The file's relation, added unless its id is taken; null when it is not added. */
function addRelation(raw: unknown, file: YamlFile, relations: Map<string, Relation>, problems: FactProblem[]): Relation | null {
  const r = parseWith(RelationSchema, raw, file, ["relation"], problems);
  if (!r) return null;
  const relation = buildRelation(r, file, problems);
  const existing = relations.get(relation.id);
  if (existing) {
    problems.push({ file: file.file, entry: "relation", field: "id", message: `duplicate relation id "${relation.id}" (first defined in ${existing.file})`, severity: "error" });
    return null;
  }
  relations.set(relation.id, relation);
  return relation;
}

function checkEntityRefs(entities: Map<string, Entity>, problems: FactProblem[]): void {
  for (const e of entities.values()) {
    if (e.in && !entities.has(e.in)) problems.push({ file: e.file, entry: e.id, field: "in", message: `names unknown entity "${e.in}"`, severity: "error" });
    for (const s of e.successors ?? []) if (!entities.has(s)) problems.push({ file: e.file, entry: e.id, field: "successors", message: `names unknown entity "${s}"`, severity: "error" });
  }
}

/** Each relation learns which relations name it in their ranked_with (its rankedBelow). */
function linkRankedBelow(relations: Map<string, Relation>): void {
  for (const relation of relations.values()) for (const id of relation.rankedWith) relations.get(id)?.rankedBelow.push(relation.id);
}

/** Every section's facts, resolved against the entities and checked against the source policy; each fact id used once. */
function buildFacts(sections: FactSection[], resolver: EntityResolver, policy: SourcePolicy | null, problems: FactProblem[]): Fact[] {
  const facts: Fact[] = [];
  const factIds = new Map<string, string>();
  const shared = new Shared();
  for (const { file, relation, facts: raws } of sections) {
    raws.forEach((raw, i) => {
      const fact = buildFact(raw, i, relation, file, resolver, problems, shared);
      if (!fact) return;
      if (policy) problems.push(...sourcePolicyProblems(fact, policy, (path) => file.lineOf(["facts", i, "sources", ...path])));
      const first = factIds.get(fact.id);
      if (first) {
        problems.push({ file: file.file, entry: fact.id, field: "id", line: fact.line, message: `duplicate fact id (first used in ${first})`, severity: "error" });
        return;
      }
      factIds.set(fact.id, file.file);
      facts.push(fact);
    });
  }
  return facts;
}

function parseWith<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } }, value: unknown, file: YamlFile, at: Array<string | number>, problems: FactProblem[]): T | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const entryId = entryName(value, at);
  for (const issue of result.error.issues) {
    const path = [...at, ...(issue.path as Array<string | number>)];
    const field = issue.path.length ? issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "") : undefined;
    problems.push({ file: file.file, entry: entryId, field, line: file.lineOf(path), message: describeIssue(issue), severity: "error" });
  }
  return null;
}

function describeIssue(issue: ZodError["issues"][number]): string {
  if (issue.code === "unrecognized_keys") return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) return `missing (expected ${issue.expected})`;
  return issue.message;
}

function entryName(value: unknown, at: Array<string | number>): string | undefined {
  if (value && typeof value === "object" && "id" in value && typeof (value as { id: unknown }).id === "string") return (value as { id: string }).id;
  if (at.length === 0) return undefined;
  return at.map((p) => (typeof p === "number" ? `[${p}]` : p)).join("").replace(/^(\w+)\[/, "$1[");
}

function buildRelation(r: ReturnType<typeof RelationSchema.parse>, file: YamlFile, problems: FactProblem[]): Relation {
  const roles: Role[] = Object.entries(r.roles).map(([name, d]) => ({
    name,
    types: d.type,
    literal: d.type.every((t) => LITERAL_TYPES.has(t)),
    main: d.main,
    many: d.many,
    optional: d.optional,
    nationality: d.nationality,
    agent: d.agent,
    asked: d.asked,
    cues: d.cues,
    askedCues: d.asked_cues,
    ...(d.default ? { default: d.default } : {}),
  }));
  const mains = roles.filter((x) => x.main);
  if (mains.length > 1) problems.push({ file: file.file, entry: "relation", field: "roles", line: file.lineOf(["relation", "roles"]), message: `only one role may be main (${mains.map((m) => m.name).join(", ")} are)`, severity: "error" });
  for (const role of roles) {
    if (role.main && !role.asked) problems.push({ file: file.file, entry: "relation", field: `roles.${role.name}.asked`, line: file.lineOf(["relation", "roles", role.name]), message: "the main role is what a question asks by default: it cannot be asked: false", severity: "error" });
    if (role.nationality && !(role.types.includes("country") && roles.some((x) => x.types.includes("person"))))
      problems.push({ file: file.file, entry: "relation", field: `roles.${role.name}.nationality`, line: file.lineOf(["relation", "roles", role.name]), message: "nationality is said of a country role in a relation with a person role", severity: "error" });
    if (role.types.some((t) => LITERAL_TYPES.has(t)) && !role.literal)
      problems.push({ file: file.file, entry: "relation", field: `roles.${role.name}.type`, line: file.lineOf(["relation", "roles", role.name]), message: "mixes literal (text/number/percent) and entity types", severity: "error" });
  }
  const mainRole = mains[0] ?? roles[0]!;
  if (r.exclusive_per && !roles.some((x) => x.name === r.exclusive_per))
    problems.push({ file: file.file, entry: "relation", field: "exclusive_per", line: file.lineOf(["relation", "exclusive_per"]), message: `names no role of this relation (roles: ${roles.map((x) => x.name).join(", ")})`, severity: "error" });
  for (const name of r.once_per ?? [])
    if (!roles.some((x) => x.name === name))
      problems.push({ file: file.file, entry: "relation", field: "once_per", line: file.lineOf(["relation", "once_per"]), message: `"${name}" names no role of this relation (roles: ${roles.map((x) => x.name).join(", ")})`, severity: "error" });
  return {
    id: r.id, name: r.name, about: r.about, cues: r.cues, words: r.words, context: r.context, roles, mainRole,
    time: r.time, needs: r.needs, needsCue: r.needs_cue, checkedCues: r.checked_cues, exclusivePer: r.exclusive_per, closed: r.closed, missingEarliest: r.missing_earliest, onePerYear: r.one_per_year, ...(r.once_per ? { oncePer: r.once_per } : {}), ...(r.complete_until ? { completeUntil: r.complete_until } : {}), ...(r.complete_from ? { completeFrom: r.complete_from } : {}), related: r.related, datedBy: r.dated_by, contrary: r.contrary, rankedWith: r.ranked_with, rankedBelow: [], ...(r.chaired_by ? { chairedBy: r.chaired_by } : {}), ...(r.post_of ? { postOf: r.post_of } : {}), ...sayForms(r.say), ...(r.say_not ? { sayNot: r.say_not } : {}),
    patterns: r.patterns, examples: r.examples, file: file.file,
  };
}

function sayForms(say: RelationData["say"]): Pick<Relation, "say" | "sayPresent"> {
  return typeof say === "string" ? { say } : { say: say.past, sayPresent: say.present };
}

function checkRelationRefs(relation: Relation, relations: Map<string, Relation>, entities: Map<string, Entity>, problems: FactProblem[]): void {
  for (const field of ["related", "rankedWith", "datedBy"] as const)
    for (const id of relation[field])
      if (!relations.has(id)) problems.push({ file: relation.file, entry: "relation", field: { related: "related", rankedWith: "ranked_with", datedBy: "dated_by" }[field], message: `names unknown relation "${id}"`, severity: "error" });
  if (relation.postOf && !relation.roles.some((r) => r.name === relation.postOf && r.types.includes("person")))
    problems.push({ file: relation.file, entry: "relation", field: "post_of", message: `names "${relation.postOf}", which is no role of a person`, severity: "error" });
  if (relation.chairedBy && !relations.has(relation.chairedBy))
    problems.push({ file: relation.file, entry: "relation", field: "chaired_by", message: `names unknown relation "${relation.chairedBy}"`, severity: "error" });
  for (const id of relation.context)
    if (!entities.has(id)) problems.push({ file: relation.file, entry: "relation", field: "context", message: `names unknown entity "${id}"`, severity: "error" });
  for (const role of relation.roles) {
    if (!role.default) continue;
    const entity = entities.get(role.default);
    if (!entity || !role.types.includes(entity.type))
      problems.push({ file: relation.file, entry: "relation", field: `roles.${role.name}.default`, message: entity ? `"${role.default}" is a ${entity.type}, not a ${role.types.join(" or ")}` : `names unknown entity "${role.default}"`, severity: "error" });
  }
  const slotNames = new Set(["time", ...relation.roles.map((r) => r.name)]);
  const templateSlots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  for (const slot of [relation.say, relation.sayPresent ?? "", relation.sayNot ?? ""].flatMap(templateSlots))
    if (!["when", "period", ...slotNames].includes(slot)) problems.push({ file: relation.file, entry: "relation", field: "say", message: `{${slot}} is not a role (roles: ${[...slotNames].join(", ")}; or {when}, {period})`, severity: "error" });
  relation.patterns.forEach((p, i) => {
    for (const slot of templateSlots(p))
      if (!slotNames.has(slot)) problems.push({ file: relation.file, entry: "relation", field: `patterns[${i}]`, message: `{${slot}} is not a role or {time}`, severity: "error" });
  });
}

/** Finds an entity by id, name or alias (folded), for fact values written by hand. */
class EntityResolver {
  private readonly byForm = new Map<string, Entity>();
  constructor(private readonly entities: Map<string, Entity>) {
    for (const e of entities.values())
      for (const name of [e.name, ...e.aliases]) {
        const form = quickMatchForm(name);
        if (!this.byForm.has(form)) this.byForm.set(form, e);
      }
  }
  resolve(value: string): Entity | undefined {
    return this.entities.get(value) ?? this.byForm.get(quickMatchForm(value));
  }
  suggest(value: string): string | undefined {
    return closest(value.toLowerCase(), this.entities.keys(), 3);
  }
}

function buildFact(raw: unknown, index: number, relation: Relation, file: YamlFile, resolver: EntityResolver, problems: FactProblem[], shared: Shared): Fact | null {
  const at = ["facts", index];
  // The plain form by hand (a tenth of a first start at 100,000 facts); anything else by zod, with its messages.
  const base: FactBase | null = quickFactBase(raw) ?? parseWith(FactBaseSchema, raw, file, at, problems);
  if (!base) return null;
  const record = raw as Record<string, unknown>;
  const line = file.lineOf(at);
  const problem = (field: string, message: string) =>
    problems.push({ file: file.file, entry: base.id, field, line: file.lineOf([...at, field]) ?? line, message, severity: "error" });
  let ok = true;

  for (const key of Object.keys(record)) {
    if (FACT_BASE_KEYS.has(key) || relation.roles.some((r) => r.name === key)) continue;
    problem(key, `unknown field: relation ${relation.id} has roles ${relation.roles.map((r) => r.name).join(", ")} (and ${[...FACT_BASE_KEYS].join(", ")})`);
    ok = false;
  }

  const values = new Map<string, RoleValue[]>();
  for (const role of relation.roles) {
    const rawValue = record[role.name];
    if (rawValue === undefined || rawValue === null) {
      if (role.main) {
        problem(role.name, `missing: the main role of ${relation.id} (${role.types.join(" or ")})`);
        ok = false;
      }
      continue;
    }
    if (Array.isArray(rawValue) && !role.many) {
      problem(role.name, `one value expected (the role is not \`many: true\`), got a list`);
      ok = false;
      continue;
    }
    const list = Array.isArray(rawValue) ? rawValue : [rawValue];
    const resolved: RoleValue[] = [];
    for (const item of list) {
      const v = resolveValue(item, role, resolver);
      if (typeof v === "string") {
        problem(role.name, v);
        ok = false;
      } else resolved.push(v);
    }
    if (resolved.length) values.set(role.name, shared.list(resolved));
  }

  let validity = null;
  if (base.valid !== undefined && base.valid !== null) {
    const v = shared.parsedValidity(base.valid);
    if (typeof v === "string") {
      problem("valid", `expected ${v}`);
      ok = false;
    } else validity = v;
  } else if (relation.time === "exclusive" || relation.time === "events") {
    problem("valid", `missing: facts of ${relation.id} (time: ${relation.time}) need a date or span`);
    ok = false;
  }
  if (!ok) return null;
  const sources = base.sources.every(isShownAsIs) ? (base.sources as Source[]) : base.sources.map(shownSource);
  return {
    id: base.id, relation, values, validity, ...(base.period !== undefined ? { period: base.period } : {}),
    status: base.status, ...(base.note ? { note: base.note.trim() } : {}), checked: base.checked, sources, file: file.file, ...(line ? { line } : {}),
  };
}

/** A source's copy_url and note are curator-only: they stay in the YAML, never reach an answer. */
function shownSource(s: SourceData): Source {
  return { publisher: s.publisher, title: s.title, ...(s.date ? { date: s.date } : {}), ...(s.url ? { url: s.url } : {}), ...(s.document ? { document: s.document } : {}) };
}

/** A source that `shownSource` would copy field for field: shared instead (nothing changes a source). */
function isShownAsIs(s: SourceData): boolean {
  return s.copy_url === undefined && s.note === undefined && s.date !== "" && s.url !== "" && s.document !== "";
}

function resolveValue(item: unknown, role: Role, resolver: EntityResolver): RoleValue | string {
  if (role.literal) {
    if (role.types.includes("number") || role.types.includes("percent")) {
      if (typeof item === "number" || (typeof item === "string" && item.trim())) return { kind: "number", value: item as number | string, percent: role.types.includes("percent") };
      return `expected a number (or a text such as "more than 100"), got ${JSON.stringify(item)}`;
    }
    if (typeof item === "string" || typeof item === "number") return { kind: "text", text: String(item).trim() };
    return `expected a text, got ${JSON.stringify(item)}`;
  }
  if (typeof item !== "string") return `expected an entity id or name (${role.types.join(" or ")}), got ${JSON.stringify(item)}`;
  const entity = resolver.resolve(item);
  if (!entity) {
    const hint = resolver.suggest(item);
    return `unknown entity "${item}" (expected the id or name of a ${role.types.join(" or ")} from facts/entities${hint ? `; did you mean "${hint}"?` : ""})`;
  }
  if (!role.types.includes(entity.type)) return `"${item}" is a ${entity.type}, expected a ${role.types.join(" or ")}`;
  return { kind: "entity", entity };
}
