/**
 * The shape of the YAML files in facts/, as zod schemas. Facts themselves are checked in two
 * steps: their common fields here, their roles against the relation they belong to (load.ts).
 */
import { z } from "zod";

/** Patterns shared with the hand-written check of a fact's common fields (quick-records.ts). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_.-]*$/;
export const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export const DOCUMENT_PATTERN = /^[\w.-]+\.(txt|md|pdf|html?)$/;
export const FACT_STATUSES = ["final", "preliminary", "reported"] as const;
export const ENTITY_TYPE_PATTERN = /^[a-z][a-z_]*$/;

const id = z.string().regex(ID_PATTERN, "a stable id: lower-case letters, digits, _ . - (e.g. osce-chair-2010)");
const roleName = z.string().regex(/^[a-z][a-z0-9_]*$/, "a role name: lower-case letters, digits, _");
const nonEmpty = z.string().trim().min(1, "a non-empty text");
const word = z.union([z.string().trim().min(1), z.number()]).transform(String);
const dateText = z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(DATE_PATTERN, "a date as YYYY, YYYY-MM or YYYY-MM-DD"));
const CHECKED = "a real day as YYYY-MM-DD (when a curator last confirmed the fact against its sources)";
const calendarDay = z
  .string({ error: (issue) => (issue.input === undefined ? `missing (expected ${CHECKED})` : `expected ${CHECKED}`) })
  .refine(isCalendarDay, { message: `expected ${CHECKED}` });

export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(text);
}

export const SourceSchema = z
  .strictObject({
    publisher: nonEmpty,
    title: nonEmpty,
    date: dateText.optional(),
    url: z.url({ message: "a full URL (http:// or https://)" }).optional(),
    document: z.string().regex(DOCUMENT_PATTERN, "a seed document's file name, e.g. 002_93fd32460e69b7e3.txt").optional(),
    // Curator-only (never in answers): where the text was actually read when that was a third-party copy, and a remark.
    copy_url: z.url({ message: "a full URL (http:// or https://)" }).optional(),
    note: z.string().optional(),
  })
  // A source whose original address is not known still cites its publisher and title, but a curator
  // must be able to check it: copy_url then says where the text was read.
  .refine((s) => s.url !== undefined || s.document !== undefined || s.copy_url !== undefined, {
    message: "a url or a document (where the fact can be checked), or a copy_url when the original's address is not known",
  });

export const EntitySchema = z.strictObject({
  id,
  type: z.string().regex(ENTITY_TYPE_PATTERN, "an entity type such as country, person, city"),
  name: nonEmpty,
  aliases: z.array(word).optional().default([]),
  /** The form a reporter would write in a sentence ("Russia" for "Russian Federation"); answers use it. */
  short: nonEmpty.optional(),
  /** The entity this one lies in (a city's country): "which German city hosted …" is answered only by a city in Germany. */
  in: id.optional(),
  /** Regions and groups it belongs to: "which Central Asian States chaired the OSCE?" asks of their members. */
  groups: z.array(id).optional(),
  /** Of a State that no longer exists: the States it became ("Czechoslovakia" → Czechia, Slovakia); a city in one lay in it. */
  successors: z.array(id).optional(),
  note: z.string().optional(),
});

export const RoleSchema = z.strictObject({
  type: z.union([nonEmpty, z.array(nonEmpty).min(1)]).transform((t) => (Array.isArray(t) ? t : [t])),
  main: z.boolean().optional().default(false),
  many: z.boolean().optional().default(false),
  optional: z.boolean().optional().default(false),
  nationality: z.boolean().optional().default(false),
  /** false: its values are things that something happened to (a post that stood vacant), never what "who" asks. */
  agent: z.boolean().optional().default(true),
  /** false: it only words the answer (a post's title), and no question asks for it. */
  asked: z.boolean().optional().default(true),
  cues: z.array(word).optional().default([]),
  /** Words that explain a question only where this role is what it asks ("who chaired the Berlin Council?": chair). */
  asked_cues: z.array(word).optional().default([]),
  default: id.optional(),
});

export const ExampleSchema = z.strictObject({
  q: nonEmpty,
  expect: z.array(z.union([word, z.array(word)])).optional(),
  status: z.enum(["answered", "unknown", "ambiguous"]).optional().default("answered"),
  now: dateText.optional(),
});

/** Tense-aware `say`: `past` for what no longer holds (or is dated), `present` for what still holds at the question's date. */
export const SayFormsSchema = z.strictObject({ past: nonEmpty, present: nonEmpty });

export const RelationSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, "a relation id: lower-case letters, digits, _"),
  name: nonEmpty,
  about: nonEmpty,
  cues: z.array(word).min(1, "at least one cue word: what makes a question about this relation"),
  words: z.array(word).optional().default([]),
  context: z.array(id).optional().default([]),
  roles: z.record(roleName, RoleSchema).refine((r) => Object.keys(r).length > 0, { message: "at least one role" }),
  time: z.enum(["exclusive", "events", "states"]).optional().default("states"),
  exclusive_per: roleName.optional(),
  closed: z.boolean().optional().default(false),
  missing_earliest: z.boolean().optional().default(false),
  one_per_year: z.boolean().optional().default(false),
  once_per: z.array(roleName).min(1).optional(),
  needs: z.array(word).optional().default([]),
  needs_cue: z.boolean().optional().default(false),
  checked_cues: z.array(word).optional().default([]),
  complete_until: calendarDay.optional(),
  complete_from: calendarDay.optional(),
  related: z.array(z.string()).optional().default([]),
  dated_by: z.array(z.string()).optional().default([]),
  contrary: z.array(z.string()).optional().default([]),
  ranked_with: z.array(z.string()).optional().default([]),
  chaired_by: z.string().optional(),
  post_of: roleName.optional(),
  say: z.union([nonEmpty, SayFormsSchema]),
  say_not: nonEmpty.optional(),
  patterns: z.array(nonEmpty).min(1, "at least one pattern: how people ask about this relation"),
  examples: z.array(ExampleSchema).optional().default([]),
});

/** A fact's fields other than its roles. */
export const FactBaseSchema = z.looseObject({
  id,
  valid: z.unknown().optional(),
  period: word.optional(),
  status: z.enum(FACT_STATUSES).optional().default("final"),
  /** Shown with the answer: short, for readers. */
  note: z.string().optional(),
  /** Curator-only (never in answers): why a figure was chosen, which file to see, what was not found. */
  curator_note: z.string().optional(),
  checked: calendarDay,
  sources: z.array(SourceSchema).min(1, "at least one source (publisher, title, url or document)"),
});
export const FACT_BASE_KEYS = new Set(["id", "valid", "period", "status", "note", "curator_note", "checked", "sources"]);

const domain = z.string().regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, "a domain name in lower case, e.g. docslib.org");

/** facts/source-policy.yaml: which sites are never cited, which only warned, how old a check may be. */
export const SourcePolicySchema = z.strictObject({
  checked_max_days: z.number().int().positive("a whole number of days, e.g. 730"),
  mirrors: z.array(domain),
  pointers: z.array(domain).optional().default([]),
});

export const FactFileSchema = z.strictObject({
  relation: RelationSchema.optional(),
  entities: z.array(z.unknown()).optional(),
  facts: z.array(z.unknown()).optional(),
});

export const ASK_KINDS = ["agent", "time", "place", "count", "percent", "times", "which", "reason"] as const;
export type AskKind = (typeof ASK_KINDS)[number];

/** Operations a question can ask of a relation's facts beyond looking one up (see understand/operation.ts). */
export const OPERATIONS = ["max", "min", "longest", "shortest", "duration", "difference", "compare", "greater", "lesser", "runner_up", "more_than_once", "future", "end", "list", "exact", "exact_month", "elapsed", "throughout", "time_of_day", "precise"] as const;
export type OperationKind = (typeof OPERATIONS)[number];

export const LexiconSchema = z.strictObject({
  concepts: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.array(word).min(1)),
  asks: z.record(z.string(), z.enum(ASK_KINDS)),
  types: z.record(z.string(), z.array(word)),
  order: z.strictObject({ before: z.array(word), after: z.array(word) }),
  starting: z.array(word),
  present: z.array(word),
  past: z.array(word),
  yes_no: z.array(word),
  fillers: z.array(word),
  /** Titles before a name ("Ambassador Glover"): noise before a capitalised name, a content word otherwise. */
  honorifics: z.array(word).default([]),
  /** Words that look like a form of a known word but mean something else ("contested" is not "contest" = election). */
  false_friends: z.array(word).default([]),
  /** Words that make a post another post ("Deputy Foreign Minister" is not "Foreign Minister"). */
  qualifiers: z.array(word).default([]),
  /** Concepts of one kind that exclude one another ("presidential", "parliamentary"): a fact that says one is not of the other. */
  contrasts: z.array(z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, "a concept id")).min(2, "two concepts at least")).default([]),
  /**
   * A name something had only until a date ("CSCE": 1994-12-31): a question using it, with no time and
   * no other name of the same thing, is of that time ("where did Sweden take over the CSCE chair?").
   */
  era_names: z.record(word, z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")).default({}),
  /** Verbs of handing over, read with a later "from"/"to" as an order ("took over as CiO from X"). */
  handover: z.array(word).default([]),
  /** Words that ask for an operation over facts ("highest", "how long", "runner-up"). */
  operations: z.partialRecord(z.enum(OPERATIONS), z.array(word)).default({}),
  /** Verbs that compare with a figure, and only when one follows ("top 97%"; "who topped the poll" is a win). */
  figure_operations: z.partialRecord(z.enum(["greater", "lesser"]), z.array(word)).default({}),
}).superRefine((lexicon, ctx) => {
  lexicon.contrasts.forEach((group, i) =>
    group.forEach((concept, j) => {
      if (!(concept in lexicon.concepts)) ctx.addIssue({ code: "custom", path: ["contrasts", i, j], message: `"${concept}" is not a concept of concepts:` });
    }),
  );
});

export type SourceData = z.infer<typeof SourceSchema>;
export type EntityData = z.infer<typeof EntitySchema>;
export type RelationData = z.infer<typeof RelationSchema>;
export type RoleData = z.infer<typeof RoleSchema>;
export type ExampleData = z.infer<typeof ExampleSchema>;
export type LexiconData = z.infer<typeof LexiconSchema>;
export type SourcePolicyData = z.infer<typeof SourcePolicySchema>;
