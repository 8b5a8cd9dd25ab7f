/**
 * A fact's common fields (FactBaseSchema) and an entity (EntitySchema) checked by hand where they
 * are written plainly: zod takes ~10 µs a fact, over a second of a first start at 100,000 facts
 * and their ~70,000 entities. What this accepts zod accepts too, with the same values: it accepts
 * only values zod would pass through unchanged (no text to trim, no tab or line break in a URL).
 * Anything else — a value to trim, a null, a field the record does not have, any error — gives
 * null, and zod reads the record as before, messages and all (load.ts).
 */
import type { z } from "zod";
import { DATE_PATTERN, DOCUMENT_PATTERN, ENTITY_TYPE_PATTERN, FACT_STATUSES, ID_PATTERN, isCalendarDay, type EntityData, type FactBaseSchema, type SourceData } from "./schema.js";

/** What the loader reads of a fact's common fields. */
export type FactBase = Pick<z.output<typeof FactBaseSchema>, "id" | "valid" | "period" | "status" | "note" | "checked" | "sources">;

const STATUSES = new Set<unknown>(FACT_STATUSES);
/** A source's fields in SourceSchema's order (the order zod gives them in). */
const SOURCE_FIELDS = ["publisher", "title", "date", "url", "document", "copy_url", "note"];
const ENTITY_FIELDS = new Set(["id", "type", "name", "aliases", "short", "in", "groups", "note"]);

/** The entity as EntitySchema gives it, or null when zod must read it. */
export function quickEntity(raw: unknown): EntityData | null {
  if (!isRecord(raw)) return null;
  for (const key of Object.keys(raw)) if (!ENTITY_FIELDS.has(key)) return null;
  const { id, type, name, aliases, short, in: within, groups, note } = raw;
  if (typeof id !== "string" || !ID_PATTERN.test(id) || typeof type !== "string" || !ENTITY_TYPE_PATTERN.test(type) || !plainText(name)) return null;
  if ((short !== undefined && !plainText(short)) || (within !== undefined && (typeof within !== "string" || !ID_PATTERN.test(within)))) return null;
  if (note !== undefined && typeof note !== "string") return null;
  if (aliases !== undefined && !Array.isArray(aliases)) return null;
  if (groups !== undefined && !(Array.isArray(groups) && groups.every((g) => typeof g === "string" && ID_PATTERN.test(g)))) return null;
  const names: string[] = [];
  for (const a of aliases ?? []) {
    const alias = plainWord(a);
    if (alias === null) return null;
    names.push(alias);
  }
  return { id, type, name, aliases: names, ...(short !== undefined ? { short } : {}), ...(within !== undefined ? { in: within } : {}), ...(groups !== undefined ? { groups: groups as string[] } : {}), ...(note !== undefined ? { note } : {}) };
}

/** The fact's common fields as FactBaseSchema gives them, or null when zod must read it. */
export function quickFactBase(raw: unknown): FactBase | null {
  if (!isRecord(raw)) return null;
  const { id, valid, period, status, note, curator_note: curatorNote, checked, sources } = raw;
  if (typeof id !== "string" || !ID_PATTERN.test(id)) return null;
  if (status !== undefined && !STATUSES.has(status)) return null;
  if ((note !== undefined && typeof note !== "string") || (curatorNote !== undefined && typeof curatorNote !== "string")) return null;
  if (typeof checked !== "string" || !calendarDay(checked)) return null;
  const periodText = period === undefined ? undefined : plainWord(period);
  if (periodText === null) return null;
  if (!Array.isArray(sources) || sources.length === 0) return null;
  const checkedSources: SourceData[] = [];
  for (const s of sources) {
    const source = quickSource(s);
    if (!source) return null;
    checkedSources.push(source);
  }
  return {
    id, valid, ...(periodText !== undefined ? { period: periodText } : {}), status: (status ?? "final") as FactBase["status"],
    ...(note !== undefined ? { note } : {}), checked, sources: checkedSources,
  };
}

function quickSource(raw: unknown): SourceData | null {
  if (!isRecord(raw)) return null;
  let inOrder = true;
  let last = -1;
  for (const key of Object.keys(raw)) {
    const at = SOURCE_FIELDS.indexOf(key);
    if (at < 0) return null;
    if (at < last) inOrder = false;
    last = at;
  }
  const { publisher, title, date, url, document, copy_url: copyUrl, note } = raw;
  if (!plainText(publisher) || !plainText(title)) return null;
  const dateText = date === undefined ? undefined : plainDate(date);
  if (dateText === null) return null;
  if ((url !== undefined && !plainUrl(url)) || (copyUrl !== undefined && !plainUrl(copyUrl))) return null;
  if (document !== undefined && (typeof document !== "string" || !DOCUMENT_PATTERN.test(document))) return null;
  if (note !== undefined && typeof note !== "string") return null;
  if (url === undefined && document === undefined && copyUrl === undefined) return null;
  // Already what zod would give (its fields in the schema's order, a date as text): kept, not copied.
  if (inOrder && dateText === date) return raw as SourceData;
  return {
    publisher, title, ...(dateText !== undefined ? { date: dateText } : {}), ...(url !== undefined ? { url } : {}),
    ...(document !== undefined ? { document } : {}), ...(copyUrl !== undefined ? { copy_url: copyUrl } : {}), ...(note !== undefined ? { note } : {}),
  };
}

/** Facts share few check dates: each is parsed once (the memo is dropped when it grows past any real table's). */
const calendarDays = new Map<string, boolean>();
function calendarDay(text: string): boolean {
  let ok = calendarDays.get(text);
  if (ok === undefined) {
    if (calendarDays.size >= 20_000) calendarDays.clear();
    calendarDays.set(text, (ok = isCalendarDay(text)));
  }
  return ok;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A non-empty text with nothing to trim. */
function plainText(v: unknown): v is string {
  return typeof v === "string" && v.length > 0 && v.trim() === v;
}

/** A `word` (a text or a finite number, as text), or null. */
function plainWord(v: unknown): string | null {
  if (plainText(v)) return v;
  return typeof v === "number" && Number.isFinite(v) ? String(v) : null;
}

/** A `dateText` (YYYY, YYYY-MM or YYYY-MM-DD, written as a text or a year number), or null. */
function plainDate(v: unknown): string | null {
  const text = typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : null;
  return text !== null && DATE_PATTERN.test(text) ? text : null;
}

/** A URL the URL parser reads, with nothing zod would trim or take out. */
function plainUrl(v: unknown): v is string {
  return typeof v === "string" && v.trim() === v && !/[\t\n\r]/.test(v) && URL.canParse(v);
}
