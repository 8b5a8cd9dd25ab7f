/**
 * "Did Schmid serve more than three years as Secretary General?": a length of time claimed of a
 * span (a term, a name's use). Read here from the tokens; checked by query/length-claim.ts. A length
 * no check can take stays unexplained, so the answer is "I don't know" — never a count ("three
 * times") or a figure of the facts.
 */

export interface LengthClaim {
  /** The length said, in days. */
  days: number;
  /** Its unit, in days (a year: 365.25). */
  unit: number;
  /** "more than" / "at least" / "less than" / "about" (also "for", "nearly", or none: near the length said). */
  comparison: "greater" | "at_least" | "lesser" | "about";
  /** The words as written ("more than three years"), for the reading. */
  said: string;
}

const UNIT_DAYS = new Map<string, number>([
  ["day", 1], ["days", 1], ["week", 7], ["weeks", 7], ["month", 30.4375], ["months", 30.4375], ["mo", 30.4375], ["mos", 30.4375],
  ["year", 365.25], ["years", 365.25], ["yr", 365.25], ["yrs", 365.25], ["decade", 3652.5], ["decades", 3652.5],
]);

const GREATER = /(?:^|\s)(?:more\s+than|longer\s+than|over|upwards\s+of|in\s+excess\s+of)$/;
const AT_LEAST = /(?:^|\s)(?:at\s+least|a\s+full|full|whole|all\s+of)$/;
const LESSER = /(?:^|\s)(?:less\s+than|shorter\s+than|fewer\s+than|under|at\s+most|not\s+even|no\s+more\s+than)$/;
// ("nearly", "almost": near the length said; "about two years" for 1 year and 11 months holds.)
const NEAR = /(?:^|\s)(?:about|around|roughly|some|approximately|approx|nearly|almost|close\s+to|just\s+over|just\s+under)$/;
// (The words before a count that make it something other than a length: "the three years Switzerland
// chaired" names years, "the last two years" is a time, "within two years" a window.)
const NOT_A_LENGTH_BEFORE = /^(?:the|all|which|what|those|these|its|his|her|their|first|last|next|past|previous|following|within|in|every|each|per|recent)$/;
const LASTING = /^(?:for|serve|served|serving|last|lasted|lasting|spent|spend|stayed|stay|remained|ruled|reigned|held|chaired|led)$/;
// ("two years after Montenegro", "three years ago", "two years into his term": a step in time, not a length.)
// ("a single seven-year term": the length of a kind of term, said of no one span.)
const NOT_A_LENGTH_AFTER = /^(?:ago|after|before|later|earlier|since|into|from|back|prior|on|apart|between|running|in|of|old|terms?|mandates?|tenures?|periods?|limits?|cycles?|presidency|presidencies)$/;

/** The unit a token names ("years", "yrs", "mo"), or null. */
function unitDays(form: string | undefined): number | null {
  return UNIT_DAYS.get(form ?? "") ?? null;
}

/**
 * A length claimed at forms[i] ("three", "3", "a") followed by a unit, with the words before it saying
 * how it compares; null when the count and unit are not a length claimed.
 */
export function lengthClaimAt(forms: readonly string[], i: number, amount: number): LengthClaim | null {
  if (amount <= 0) return null;
  const unit = unitDays(forms[i + 1]);
  if (unit === null) return null;
  if (NOT_A_LENGTH_AFTER.test(forms[i + 2] ?? "")) return null;
  const before = forms.slice(Math.max(0, i - 3), i).join(" ");
  const comparison = GREATER.test(before) ? "greater" : AT_LEAST.test(before) ? "at_least" : LESSER.test(before) ? "lesser" : NEAR.test(before) ? "about" : null;
  // ("a year" alone is no claim — "a year after", "in a year" — only after a word that compares.)
  if (amount === 1 && forms[i] !== "1" && comparison === null) return null;
  const lead = (before.match(GREATER) ?? before.match(AT_LEAST) ?? before.match(LESSER) ?? before.match(NEAR))?.[0].trim();
  // ("the first summit in over a decade": the word before the length, or before what compares it.)
  const leadWords = lead ? lead.split(/\s+/).length : 0;
  if (NOT_A_LENGTH_BEFORE.test(forms[i - 1 - leadWords] ?? "")) return null;
  // (With nothing that compares, only "for" or a verb of lasting makes it a length: "it straddled two months" is not one.)
  if (!lead && !LASTING.test(forms[i - 1] ?? "")) return null;
  return { days: amount * unit, unit, comparison: comparison ?? "about", said: `${lead ? `${lead} ` : ""}${forms[i]} ${forms[i + 1]}` };
}
