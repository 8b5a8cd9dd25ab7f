/**
 * "capital before astana? (not akmola, the one before)", "2009 chair — not Greece, the one planned":
 * a name the reporter rules out as the answer, in an aside that opens with "not".
 */
const RULED_OUT = /(?:\(|[,;—–]|\s-)\s*(?:but\s+)?not\s+(?:the\s+)?([^(),;?—–]{2,40}?)\s*(?=[),;?—–]|$)/giu;

/** The words after each "not" that opens an aside ("akmola"), for the caller to read as names. */
export function ruledOutPhrases(text: string): string[] {
  return [...text.matchAll(RULED_OUT)].map((m) => m[1]!);
}
