/** An Answer as terminal text: the answer, its sources, what it is valid for, how it was read and from which table. */
import type { Answer, Source } from "../../src/index.js";
import { answerProvenance } from "../shared/provenance.js";

// Control characters other than tab and newline (ESC above all) could drive the terminal.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Text as it may reach a terminal: no escape sequences, nothing that moves the cursor. */
export const terminalSafe = (text: string): string => text.replace(CONTROL, "");

export function formatSource(s: Source): string {
  const where = s.url ?? (s.document ? `seed document ${s.document}` : "");
  return terminalSafe(`${s.publisher}, "${s.title}"${s.date ? ` (${s.date})` : ""}${where ? ` — ${where}` : ""}`);
}

export function formatAnswer(a: Answer): string {
  const lines = [terminalSafe(a.text)];
  if (a.sources.length) {
    lines.push("Sources:");
    for (const s of a.sources.slice(0, 8)) lines.push(`  - ${formatSource(s)}`);
    if (a.sources.length > 8) lines.push(`  … and ${a.sources.length - 8} more`);
  }
  if (a.status === "answered" && a.validFor) lines.push(`Valid for: ${terminalSafe(a.validFor)}`);
  if (a.reading) lines.push(`Read as: ${terminalSafe(a.reading.summary)}`);
  const provenance = answerProvenance(a);
  if (provenance) lines.push(`From: ${terminalSafe(provenance)}`);
  return lines.join("\n");
}
