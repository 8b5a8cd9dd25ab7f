/** An Answer as terminal text: the answer, then its sources, then what it is valid for. */
import type { Answer, Source } from "../../src/index.js";

export function formatSource(s: Source): string {
  const where = s.url ?? (s.document ? `seed document ${s.document}` : "");
  return `${s.publisher}, "${s.title}"${s.date ? ` (${s.date})` : ""}${where ? ` — ${where}` : ""}`;
}

export function formatAnswer(a: Answer): string {
  const lines = [a.text];
  if (a.sources.length) {
    lines.push("Sources:");
    for (const s of a.sources.slice(0, 8)) lines.push(`  - ${formatSource(s)}`);
    if (a.sources.length > 8) lines.push(`  … and ${a.sources.length - 8} more`);
  }
  if (a.status === "answered" && a.validFor) lines.push(`Valid for: ${a.validFor}`);
  return lines.join("\n");
}
