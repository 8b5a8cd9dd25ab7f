/**
 * Summarises the unanswered-question log for curators: questions grouped by their matching form
 * (case, accents, punctuation folded, as the core compares text), most frequent first.
 */
import { matchForm } from "../../src/text/normalise.js";

export interface GapGroup {
  /** The normalised text the group is keyed by. */
  key: string;
  count: number;
  /** The wording asked most often (first seen on a tie). */
  example: string;
  first: string;
  last: string;
  platforms: Record<string, number>;
}

export interface GapSummary {
  lines: number;
  /** Lines that were not a valid entry (a torn write, hand edits); skipped. */
  skipped: number;
  groups: GapGroup[];
}

export function summariseGaps(text: string): GapSummary {
  const groups = new Map<string, GapGroup & { wordings: Map<string, number> }>();
  let lines = 0;
  let skipped = 0;
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    lines++;
    let entry: { time?: unknown; platform?: unknown; question?: unknown };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      skipped++;
      continue;
    }
    if (typeof entry?.question !== "string" || typeof entry.time !== "string") {
      skipped++;
      continue;
    }
    const key = matchForm(entry.question);
    if (!key) {
      skipped++;
      continue;
    }
    const platform = typeof entry.platform === "string" ? entry.platform : "unknown";
    let group = groups.get(key);
    if (!group) {
      group = { key, count: 0, example: entry.question, first: entry.time, last: entry.time, platforms: {}, wordings: new Map() };
      groups.set(key, group);
    }
    group.count++;
    if (entry.time < group.first) group.first = entry.time;
    if (entry.time > group.last) group.last = entry.time;
    group.platforms[platform] = (group.platforms[platform] ?? 0) + 1;
    const n = (group.wordings.get(entry.question) ?? 0) + 1;
    group.wordings.set(entry.question, n);
    if (n > (group.wordings.get(group.example) ?? 0)) group.example = entry.question;
  }
  const sorted = [...groups.values()]
    .sort((a, b) => b.count - a.count || (a.last < b.last ? 1 : a.last > b.last ? -1 : 0) || a.key.localeCompare(b.key))
    .map(({ wordings: _wordings, ...group }) => group);
  return { lines, skipped, groups: sorted };
}

/** The summary as text: one line per group, most frequent first. */
export function formatGaps(summary: GapSummary, top = 50): string {
  if (summary.groups.length === 0) return `No unanswered questions logged (${summary.lines} lines).\n`;
  const width = String(summary.groups[0]!.count).length;
  const out = [`${summary.groups.length} distinct unanswered questions in ${summary.lines} lines${summary.skipped ? ` (${summary.skipped} unreadable lines skipped)` : ""}; most frequent first:`];
  for (const g of summary.groups.slice(0, top)) {
    const platforms = Object.entries(g.platforms)
      .map(([p, n]) => `${p} ${n}`)
      .join(", ");
    out.push(`${String(g.count).padStart(width)}  ${JSON.stringify(g.example)}  (last ${g.last.slice(0, 10)}; ${platforms})`);
  }
  if (summary.groups.length > top) out.push(`… and ${summary.groups.length - top} more (--top N to see more)`);
  return out.join("\n") + "\n";
}
