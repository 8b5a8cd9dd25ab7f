/**
 * Every relation's `examples` are asked of the real core, and their expected strings checked:
 * the data documents its own questions, and a curator learns at once when an edit breaks one.
 */
import type { Factdesk } from "../factdesk.js";
import { fold } from "../text/normalise.js";
import type { FactProblem } from "./errors.js";
import type { FactTable } from "./model.js";

const DEFAULT_EXAMPLE_NOW = "2026-01-15";

export function checkExamples(table: FactTable, factdesk: Factdesk): FactProblem[] {
  const problems: FactProblem[] = [];
  for (const relation of table.relations.values()) {
    relation.examples.forEach((ex, i) => {
      const now = new Date(`${ex.now ?? DEFAULT_EXAMPLE_NOW}T12:00:00Z`);
      const answer = factdesk.answer(ex.q, { now });
      const text = fold(answer.text);
      const missing = (ex.expect ?? []).filter((e) => {
        const alternatives = Array.isArray(e) ? e : [e];
        return !alternatives.some((a) => text.includes(fold(a)));
      });
      // As in the evaluation: a clarifying question is an acceptable reply where "unknown" was expected.
      const statusOk = answer.status === ex.status || (ex.status === "unknown" && answer.status === "ambiguous");
      const wrongRelation = ex.status === "answered" && answer.intent && answer.intent.relation !== relation.id && missing.length > 0;
      if (!statusOk || missing.length > 0 || wrongRelation) {
        problems.push({
          file: relation.file,
          entry: "relation",
          field: `examples[${i}]`,
          message: `"${ex.q}" → [${answer.status}${answer.intent ? ` ${answer.intent.relation}/${answer.intent.shape}` : ""}] ${JSON.stringify(answer.text.slice(0, 160))}` +
            (statusOk ? "" : `; expected status ${ex.status}`) + (missing.length ? `; missing ${missing.map((m) => JSON.stringify(m)).join(", ")}` : ""),
          severity: "error",
        });
      }
    });
  }
  return problems;
}
