/**
 * "who was the Senate speaker that met Passy in 2004", "which CiO visited Almaty in April 2004",
 * "which CEC chair did Passy meet": a post said of the one asked for (the head), then what that one
 * did (the relative clause). Where the head ends is not known from the words alone, so every split
 * of the right form is offered; the caller keeps a split only where both parts are answered and
 * name the same one (answer/relative-join.ts).
 */

/**
 * "who was the …", "which …", "name the …": the lead of a question asking for one described by a
 * post. Group `which`: after "which" the clause may follow the head at once ("which CiO visited …").
 */
const LEAD = /^\s*(?:who\s+(?:was|is|were)\s+(?:the\s+)?|(?<which>which)\s+|name\s+the\s+)/i;
/**
 * "senate speaker passy met in 2004?", "deputy FM of kaz that passy met?": a telegraphic question —
 * no question word, no auxiliary ("… did Passy meet" is a part of a question cut from its "which") — is
 * the head and its clause alone.
 */
const TELEGRAPHIC = /^(?!\W*(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would)\b)(?![^]*\b(?:who|whom|whose|what|which|when|where|why|how|did|does|do|has|have|had)\b)/i;
/** The word that opens a relative clause; the clause is asked as a who-question without it. */
const MARKER = /^(?:that|who|whom)\s+/i;
/** "… did Passy meet", "… has Tokayev appointed": the clause asks with its own auxiliary. */
const AUXILIARY = /^(?:did|does|do|has|have|had)\s+/i;
/** "the Minister for Central Asia", "the speaker of the Senate": a phrase after a preposition is the head's own. */
const PREPOSITION = /^(?:for|of|in|at|on|from|to|with|by|during|under)\s/i;
const HEAD_NEVER_ENDS = /^(?:for|of|in|at|on|from|to|with|by|during|under|the|a|an|and|or|its|their|his|her)$/i;
/** A head is a post in a few words ("Senate speaker", "British PM", "OSCE CiO"). */
const MAX_HEAD_WORDS = 4;

export interface RelativeSplit {
  /** The post said of the one asked for: "kaz senate speaker". */
  head: string;
  /** What that one did, asked as a question: "who met passy in 2004". */
  relative: string;
}

/**
 * The relative clause after a head, as a who-question; null where the words after the head do not
 * open one. Without "that"/"who" or an auxiliary, only after "which" ("which CiO visited …") or
 * before a name and what it did ("the Senate speaker Passy met": `nameLength` tells how many words
 * a name at the start takes, 0 for none).
 */
function relativeAfterHead(rest: string, afterWhich: boolean, nameLength: (text: string) => number): string | null {
  if (PREPOSITION.test(rest)) return null;
  if (MARKER.test(rest)) return `who ${rest.replace(MARKER, "")}`;
  if (AUXILIARY.test(rest) || afterWhich) return `who ${rest}`;
  // (A name, then what it did: "Passy met in 2004"; a name then "in 2004" is the head's own place.)
  const named = nameLength(rest);
  const next = rest.split(" ")[named];
  return named > 0 && next && !PREPOSITION.test(`${next} `) ? `who ${rest}` : null;
}

/** Every split of a question into a head of one to four words and a relative clause of two or more. */
export function relativeSplits(text: string, nameLength: (text: string) => number): RelativeSplit[] {
  const body = text.replace(/[\s?!.]+$/, "").trim();
  const lead = LEAD.exec(body);
  if (!lead && !TELEGRAPHIC.test(body)) return [];
  const words = body.slice(lead?.[0].length ?? 0).split(/\s+/).filter(Boolean);
  const splits: RelativeSplit[] = [];
  for (let k = 1; k <= Math.min(MAX_HEAD_WORDS, words.length - 2); k++) {
    // ("the Minister for …": a head never ends on a word that joins it to more.)
    if (HEAD_NEVER_ENDS.test(words[k - 1]!)) continue;
    const relative = relativeAfterHead(words.slice(k).join(" "), !!lead?.groups?.which, nameLength);
    if (relative && relative.split(" ").length >= 3) splits.push({ head: words.slice(0, k).join(" "), relative });
  }
  return splits;
}
