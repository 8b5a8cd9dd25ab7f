/** Numbers in words and figures: cardinals ("two"), ordinals ("third", "55th", "twenty-first"). */

const ORDINAL_WORDS = ["", "", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

export const CARDINAL_WORDS = ["", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** "two", "3": a count said before a noun, or null. */
export function statedBefore(form: string | undefined): number | null {
  const n = /^[2-9]$/.test(form ?? "") ? Number(form) : CARDINAL_WORDS.indexOf(form ?? "");
  return n > 1 ? n : null;
}

/** "3rd", "55th", "third", "thirtieth" → 3, 55, 3, 30 ("first" and "last" are concepts of their own). */
export function ordinalOf(word: string): number | null {
  const m = /^(\d{1,3})(st|nd|rd|th)$/.exec(word);
  if (m) return Number(m[1]) > 1 ? Number(m[1]) : null;
  const at = ORDINAL_WORDS.indexOf(word);
  if (at > 1) return at;
  const tens = TENS_ORDINALS.indexOf(word);
  return tens >= 2 ? tens * 10 : null;
}

/** "twenty first", "fifty-seventh" (hyphens are spaces by now): 21, 57. */
export function compoundOrdinal(word: string, next: string | undefined): number | null {
  const tens = TENS.indexOf(word);
  const unit = next === "first" ? 1 : ORDINAL_WORDS.indexOf(next ?? "");
  return tens >= 2 && unit >= 1 && unit <= 9 ? tens * 10 + unit : null;
}

const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

const TENS_ORDINALS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

export const isFigure = (form: string | undefined): boolean => form !== undefined && /^\d+(\.\d+)?$/.test(form);
