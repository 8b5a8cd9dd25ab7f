/** One thing wrong with the fact table, located precisely enough for a curator to fix it. */
export interface FactProblem {
  /** Path of the file, relative to the facts directory. */
  file: string;
  /** The entry: a fact or entity id, "relation", or a YAML path when the entry has no id. */
  entry?: string;
  /** The field within the entry ("valid.from", "sources", "country"). */
  field?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** What was wrong and what was expected. */
  message: string;
  severity: "error" | "warning";
}

export function formatProblem(p: FactProblem): string {
  const where = [p.file + (p.line ? `:${p.line}` : ""), p.entry && `entry ${p.entry}`, p.field && `field ${p.field}`]
    .filter(Boolean)
    .join(", ");
  return `${p.severity}: ${where}: ${p.message}`;
}

/** Thrown when the fact table cannot be loaded: carries every problem found, not just the first. */
export class FactLoadError extends Error {
  constructor(readonly problems: FactProblem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    super(`fact table has ${errors.length} error(s):\n` + errors.map(formatProblem).join("\n"));
    this.name = "FactLoadError";
  }
}
