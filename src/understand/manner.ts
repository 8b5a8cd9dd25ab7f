/**
 * "How were the 2014 and 2015 chairmanships decided?", "how was the Tirana Council held?": how
 * something was done. Only a fact's note says that; a date or a name is no answer to it.
 * (Not "how did Nazarbayev do in 2011?", which asks an outcome; nor "how is it called", a name.)
 */
import type { QuestionParse } from "./question-parse.js";

const MANNER = /^\W*how\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\b(?!.*\b(?:called|named|known|spelt|spelled|pronounced)\b).*?\b(?:\p{L}+ed|held|chosen|taken|made|done|run|picked|given|set\s+up|carried\s+out)\b/iu;

/** "how" where only how is asked; "how+when" where a time word asks the date too ("how was it decided — date?"). */
export type MannerAsked = "how" | "how+when" | null;

export function asksManner(parse: QuestionParse): MannerAsked {
  if (!parse.asksHow || parse.ask !== null || !MANNER.test(parse.cleaned)) return null;
  return parse.concepts.has("time_word") ? "how+when" : "how";
}
