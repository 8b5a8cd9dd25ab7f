import type { Bound } from "../time/bound.js";
import { parseValidity, type Validity } from "../time/validity.js";
import type { RoleValue } from "./model.js";
import { valueKey } from "./value-key.js";

/**
 * The immutable parts many facts have in common, built once per load: a role's value list
 * ([Kazakhstan]), a validity ("2010"), a date bound ("2012-09-24", where one term ends and the
 * next begins). Half the objects of a large table, so a smaller compiled-table cache and a faster
 * start. Nothing downstream mutates a fact (answers copy what they show).
 */
export class Shared {
  private readonly lists = new Map<string, RoleValue[]>();
  private readonly values = new Map<string, RoleValue>();
  private readonly validities = new Map<string, Validity>();
  private readonly bounds = new Map<string, Bound>();
  private readonly parsed = new Map<string, Validity | string>();

  list(values: RoleValue[]): RoleValue[] {
    const keys = values.map(valueKey);
    const key = keys.join("\u0001");
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = values.map((v, i) => this.values.get(keys[i]!) ?? (this.values.set(keys[i]!, v), v))));
    return list;
  }

  /**
   * parseValidity's answer (an error's text, or the shared validity), once per written form: a
   * table writes the same few dates and spans ("2010", a term's bounds) over and over.
   */
  parsedValidity(raw: unknown): Validity | string {
    const key = writtenForm(raw);
    let parsed = key === undefined ? undefined : this.parsed.get(key);
    if (parsed === undefined) {
      const v = parseValidity(raw);
      parsed = typeof v === "string" ? v : this.validity(v);
      if (key !== undefined) this.parsed.set(key, parsed);
    }
    return parsed;
  }

  private validity(v: Validity): Validity {
    const key = v.kind === "span" ? `span\u0000${v.from?.text ?? ""}\u0000${v.to?.text ?? ""}` : `${v.kind}\u0000${v.at.text}`;
    const known = this.validities.get(key);
    if (known) return known;
    const b = (x: Bound) => this.bounds.get(x.text) ?? (this.bounds.set(x.text, x), x);
    const out: Validity = v.kind === "span" ? { kind: "span", from: v.from && b(v.from), to: v.to && b(v.to) } : { kind: v.kind, at: b(v.at) };
    this.validities.set(key, out);
    return out;
  }
}

/**
 * A key for a validity written as a date or as { from, to } of dates, texts or numbers: what
 * parseValidity reads of it (a number only through its text), so equal keys parse alike.
 * Undefined for anything else (parsed every time).
 */
function writtenForm(raw: unknown): string | undefined {
  if (typeof raw === "string" || typeof raw === "number") return plainPart(raw);
  if (typeof raw !== "object" || raw === null) return undefined;
  for (const key of Object.keys(raw)) if (key !== "from" && key !== "to") return undefined;
  const { from, to } = raw as { from?: unknown; to?: unknown };
  const a = from === undefined ? "-" : plainPart(from);
  const b = to === undefined ? "-" : plainPart(to);
  return a === undefined || b === undefined ? undefined : `span\u0000${a}\u0000${b}`;
}

/** A date's text or number, tagged with its type; undefined for anything else or a text with a NUL. */
function plainPart(v: unknown): string | undefined {
  if (typeof v === "number") return `n${v}`;
  return typeof v === "string" && !v.includes("\u0000") ? `s${v}` : undefined;
}
