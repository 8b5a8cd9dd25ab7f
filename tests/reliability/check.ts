/**
 * fc.assert with a readable failure: counterexamples are cut to a preview (a 100 kB input would
 * otherwise flood the CI log) and the seed and path to replay it are given (FUZZ_SEED=…).
 */
import fc from "fast-check";

export function preview(value: unknown): string {
  if (typeof value === "string") return value.length > 120 ? `${JSON.stringify(value.slice(0, 100))}… (${value.length} chars)` : JSON.stringify(value);
  if (value instanceof Date) return value.toISOString();
  const text = fc.stringify(value);
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text;
}

export function check<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, params: fc.Parameters<Ts>): number {
  // No shrinking: shrinking 100 kB inputs takes minutes; the first failure, cut for display, is enough.
  const details = fc.check(property, { endOnFailure: true, ...params });
  if (details.failed) {
    const example = (details.counterexample ?? []).map(preview).join(", ");
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `property failed after ${details.numRuns} runs (replay: FUZZ_SEED=${details.seed}, path ${details.counterexamplePath})\n` +
        `counterexample: [${example}]\n${cause.length > 2000 ? cause.slice(0, 2000) + "…" : cause}`,
    );
  }
  return details.numRuns;
}
