/**
 * Summarises the flag log for curators: flags grouped by fact (an answer built on two facts counts
 * for both), most flagged first, with the notes users left and the revisions they saw.
 */
export interface FlagGroup {
  fact: string;
  count: number;
  first: string;
  last: string;
  /** Revisions of the table the flagged answers came from, most recent last. */
  revisions: string[];
  notes: string[];
  /** One of the questions that led to it (the latest). */
  question: string;
}

export interface FlagSummary {
  lines: number;
  /** Lines that were not a valid entry (a torn write, hand edits); skipped. */
  skipped: number;
  /** Flags on answers built on no fact ("I don't know"). */
  withoutFacts: number;
  groups: FlagGroup[];
}

interface Entry {
  time: string;
  question: string;
  facts: string[];
  revision?: string | null;
  note?: string;
}

function parseEntry(line: string): Entry | null {
  try {
    const e = JSON.parse(line) as Partial<Entry>;
    const ok = typeof e?.time === "string" && typeof e.question === "string" && Array.isArray(e.facts) && e.facts.every((f) => typeof f === "string");
    return ok ? (e as Entry) : null;
  } catch {
    return null;
  }
}

export function summariseFlags(text: string): FlagSummary {
  const groups = new Map<string, FlagGroup>();
  let lines = 0;
  let skipped = 0;
  let withoutFacts = 0;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    lines++;
    const entry = parseEntry(line);
    if (!entry) {
      skipped++;
      continue;
    }
    if (entry.facts.length === 0) withoutFacts++;
    for (const fact of new Set(entry.facts)) {
      const g = groups.get(fact) ?? { fact, count: 0, first: entry.time, last: entry.time, revisions: [], notes: [], question: entry.question };
      groups.set(fact, g);
      g.count++;
      if (entry.time < g.first) g.first = entry.time;
      if (entry.time >= g.last) [g.last, g.question] = [entry.time, entry.question];
      if (entry.revision && !g.revisions.includes(entry.revision)) g.revisions.push(entry.revision);
      if (entry.note) g.notes.push(entry.note);
    }
  }
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count || b.last.localeCompare(a.last) || a.fact.localeCompare(b.fact));
  return { lines, skipped, withoutFacts, groups: sorted };
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** The summary as text: one block per fact, most flagged first. */
export function formatFlags(summary: FlagSummary, top = 50): string {
  if (summary.groups.length === 0) return `No flagged facts (${summary.lines} lines${summary.withoutFacts ? `, ${summary.withoutFacts} on answers with no fact` : ""}).\n`;
  const width = String(summary.groups[0]!.count).length;
  const out = [
    `${plural(summary.groups.length, "flagged fact")} in ${plural(summary.lines, "flag")}${summary.skipped ? ` (${summary.skipped} unreadable lines skipped)` : ""}${summary.withoutFacts ? `; ${summary.withoutFacts} on answers with no fact` : ""}; most flagged first:`,
  ];
  for (const g of summary.groups.slice(0, top)) {
    out.push(`${String(g.count).padStart(width)}  ${g.fact}  (last ${g.last.slice(0, 10)}; revision ${g.revisions.join(", ") || "?"}) e.g. ${JSON.stringify(g.question)}`);
    for (const note of g.notes.slice(-3)) out.push(`${" ".repeat(width)}    note: ${JSON.stringify(note)}`);
  }
  if (summary.groups.length > top) out.push(`… and ${summary.groups.length - top} more (--top N to see more)`);
  return out.join("\n") + "\n";
}
