/**
 * Bounds the work a question can cost before it reaches the core, in the shared path adapters use:
 * the core reads at most a few hundred characters, so more is cut here (before any regex runs on
 * it), and a "word" longer than any word the table knows is cut to MAX_WORD.
 *
 * Why the word cut: typo correction (src/understand/fuzzy.ts) builds every two-letter deletion of a
 * word, O(n³) in its length; one 500-letter word took ~0.5 s of event-loop time. No alias or
 * lexicon word comes near MAX_WORD letters, so the cut changes no answer.
 */
/** The core cuts raw text to 4 × 500 characters before cleaning; nothing past that matters. */
export const MAX_RAW_QUESTION = 2_000;
export const MAX_WORD = 48;

const LONG_WORD = new RegExp(`[\\p{L}\\p{N}\\p{M}]{${MAX_WORD + 1},}`, "gu");

export function boundQuestion(question: string): string {
  let q = typeof question === "string" ? question : "";
  if (q.length > MAX_RAW_QUESTION) {
    q = q.slice(0, MAX_RAW_QUESTION);
    if (/[\uD800-\uDBFF]$/.test(q)) q = q.slice(0, -1);
  }
  return q.replace(LONG_WORD, (word) => {
    let cut = word.slice(0, MAX_WORD);
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    return cut;
  });
}
