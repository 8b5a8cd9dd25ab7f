/** How every platform names where an answer came from: the table's revision and its facts' check date. */
import type { Answer } from "../../src/index.js";

/** "table 3f53fba9, checked 2026-11-23" (either part left out when the answer lacks it). */
export function answerProvenance(a: Answer): string {
  return [a.revision && `table ${a.revision}`, a.checked && `checked ${a.checked}`].filter(Boolean).join(", ");
}
