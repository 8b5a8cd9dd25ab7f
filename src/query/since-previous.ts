/**
 * "How long had the OSCE gone without a summit before Astana?", "how many years since the previous
 * summit when they met in Astana?": one event, and the time since the one of its kind before it.
 */
import type { Fact } from "../facts/model.js";
import { possibleStart } from "../time/validity.js";

export interface SincePreviousAsked {
  /** The kind of event ("summit", "OSCE summit"). */
  kind: string;
  /** What names the event ("Astana", "they met in astana"). */
  target: string;
}

const HOW_LONG = String.raw`\b(?:how\s+(?:long|many\s+(?:years|months))|how\s+much\s+time)\b.*?`;
/** "… since the previous summit when/before …" */
const SINCE_PREVIOUS = new RegExp(String.raw`${HOW_LONG}\bsince\s+the\s+(?:previous|last|prior|one\s+before|preceding)\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:when|before|by\s+the\s+time|until)\s+(.+?)[\s?.!]*$`, "iu");
/** "… gone without a summit before Astana" */
const WITHOUT_BEFORE = new RegExp(String.raw`${HOW_LONG}\bwithout\s+an?\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:before|until|till)\s+(.+?)[\s?.!]*$`, "iu");

export function sincePreviousAsked(text: string): SincePreviousAsked | null {
  const m = SINCE_PREVIOUS.exec(text) ?? WITHOUT_BEFORE.exec(text);
  return m ? { kind: m[1]!, target: m[2]!.replace(/^the\s+/i, "") } : null;
}

/** The fact of the same kind that began last before `event` began; null where none did, or two on one day. */
export function previousOf(event: Fact, facts: readonly Fact[]): Fact | null {
  return nextTo(event, facts, "before");
}

/** The fact of the same kind that began right before (or after) `event` began; null where none did, or two on one day. */
export function nextTo(event: Fact, facts: readonly Fact[], side: "before" | "after"): Fact | null {
  const start = possibleStart(event.validity!);
  const sign = side === "before" ? -1 : 1;
  const beside = facts.filter((f) => f !== event && f.validity && sign * (possibleStart(f.validity) - start) > 0);
  if (beside.length === 0) return null;
  const nearest = beside.map((f) => possibleStart(f.validity!)).reduce((a, b) => (sign * (b - a) < 0 ? b : a));
  const at = beside.filter((f) => possibleStart(f.validity!) === nearest);
  return at.length === 1 ? at[0]! : null;
}
