/**
 * Years with a letter typed for a digit ("2o11", "2O11", "20l0", "199O"): no parser reads them,
 * and dropping them silently would answer for another time (or for now). They are reported: the
 * answer reads each as the year it stands for and says so, or is "unknown", naming the token.
 */
import { YEAR } from "./parser-kit.js";

export interface TimeSpan {
  index: number;
  length: number;
  text: string;
}

/** Four characters of digits and look-alike letters (O/o for 0, l/I for 1), optionally a decade's "s". */
const CANDIDATE = /(?<![\w'])[12Il][\dOoIl]{3}s?(?!\w)/g;
const LOOK_ALIKES: Record<string, string> = { O: "0", o: "0", l: "1", I: "1" };
const IS_YEAR = new RegExp(`^${YEAR}$`);

/** Every candidate has a digit next to a look-alike letter: a cheap test that rules out most questions. */
const DIGIT_BY_LOOK_ALIKE = /\d[OoIl]|[OoIl]\d/;

export function unreadableYearSpans(text: string): TimeSpan[] {
  const spans: TimeSpan[] = [];
  if (!DIGIT_BY_LOOK_ALIKE.test(text)) return spans;
  for (const m of text.matchAll(CANDIDATE)) {
    const token = m[0];
    const digits = token.replace(/\D/g, "").length;
    const asDigits = token.slice(0, 4).replace(/[OoIl]/g, (c) => LOOK_ALIKES[c]!);
    // At least one look-alike letter and two real digits: "2o11" is a year typed badly, "IOOl" is not.
    if (digits < 4 && digits >= 2 && IS_YEAR.test(asDigits)) spans.push({ index: m.index, length: token.length, text: token });
  }
  return spans;
}

/** The year a look-alike token stands for ("2o11" → "2011", "199Os" → "1990s"). */
export function yearOfLookAlike(token: string): string {
  return token.replace(/[OoIl]/g, (c, i: number) => (i < 4 ? LOOK_ALIKES[c]! : c));
}

/** The year-like tokens in `text` that could not be read ("2o11"), in order. */
export function unreadableTimes(text: string): string[] {
  return unreadableYearSpans(text).map((s) => s.text);
}
