/**
 * The `Answer` contract (src/model/answer.ts) as a strict zod schema: what every fuzzed answer must
 * satisfy. Kept next to the tests: the type is the source of truth, this checks values against it.
 */
import { z } from "zod";

const nonBlank = z.string().refine((s) => s.trim().length > 0, "must not be blank");
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "YYYY, YYYY-MM or YYYY-MM-DD");

export const SourceSchema = z.strictObject({
  publisher: nonBlank,
  title: z.string(),
  date: isoDate.optional(),
  url: z.string().optional(),
  document: z.string().optional(),
});

export const AnswerFactSchema = z.strictObject({
  id: nonBlank,
  relation: nonBlank,
  values: z.record(z.string(), z.string()),
  valid: z.string().optional(),
  status: z.enum(["final", "preliminary", "reported"]),
  note: z.string().optional(),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  sources: z.array(SourceSchema).min(1),
});

export const IntentSchema = z.strictObject({
  relation: nonBlank,
  shape: z.enum(["value", "when", "check", "count", "order", "list"]),
  confidence: z.number().min(0).max(1),
  asks: z.string().optional(),
});

export const AnswerSchema = z
  .strictObject({
    status: z.enum(["answered", "unknown", "ambiguous"]),
    text: nonBlank,
    intent: IntentSchema.nullable(),
    facts: z.array(AnswerFactSchema),
    sources: z.array(SourceSchema).max(3),
    suggestions: z.array(nonBlank),
    validFor: z.string().optional(),
    reading: z
      .strictObject({
        relation: nonBlank,
        operation: nonBlank,
        asks: z.string().optional(),
        roles: z.record(z.string(), z.array(z.string())),
        time: z.string().optional(),
        summary: nonBlank,
      })
      .optional(),
    // The core sets it on every answer; the question path's own polite replies (rate limit, busy) have none.
    revision: z.string().regex(/^[0-9a-f]{12}$/).optional(),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    smallTalk: z.enum(["greeting", "thanks", "help"]).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.facts.length > 0 && a.sources.length === 0) ctx.addIssue({ code: "custom", message: "an answer built on facts cites their sources" });
  });

/** Mention syntax that would notify someone if a platform rendered it live. */
export const RAW_MENTION = /@(everyone|here|channel)\b|<[@#!]|<\/[^>]*:\d+>/i;
