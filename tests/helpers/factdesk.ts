/**
 * The real core over the real facts/, loaded once per test file (like Errbot's testbot fixture):
 * `ask()` answers with a fixed reference date so relative questions are reproducible.
 */
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadFactdesk, type Answer, type Factdesk } from "../../src/index.js";
import { defaultFactsDir } from "../../src/factdesk.js";

export const REFERENCE_NOW = new Date("2026-01-15T12:00:00Z");

let shared: Factdesk | undefined;
export function realFactdesk(): Factdesk {
  shared ??= loadFactdesk();
  return shared;
}

export function ask(question: string, now: string | Date = REFERENCE_NOW): Answer {
  return realFactdesk().answer(question, { now: typeof now === "string" ? new Date(`${now}T12:00:00Z`) : now });
}

/** A temporary facts directory: the real lexicon and source policy plus the given files (path → YAML text). */
export function factsDirWith(files: Record<string, string>, { withLexicon = true, withSourcePolicy = true } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "factdesk-facts-"));
  if (withLexicon) cpSync(join(defaultFactsDir(), "lexicon.yaml"), join(dir, "lexicon.yaml"));
  if (withSourcePolicy) cpSync(join(defaultFactsDir(), "source-policy.yaml"), join(dir, "source-policy.yaml"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
