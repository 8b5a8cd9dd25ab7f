/**
 * "tokayev first elected 2019 with ~71%, re-elected 2022 with ~81% — both ok?": a claim of several
 * parts, each with its own time, checks each part's own figure and its own "first" or "last" at its
 * time — never 81% in 2019, nor "first elected" in 2022.
 */
import type { TimeQuery } from "../time/time-query.js";
import type { QuestionParse } from "../understand/question-parse.js";

/** What ends one part of a claim and begins the next: a comma, a semicolon, a dash, "and", "then". */
const PART_BREAK = /,|;|\s[-–—]\s|\s(?:and|then|but)\s/gi;
const PICK_WORD = { first: /\bfirst\b/i, last: /\blast\b/i } as const;

/**
 * The clause read once per time, each reading keeping only the figures and picks said in that
 * time's own part; null where the parts cannot be told apart (no break between two times, or a
 * figure not found as written).
 */
export function claimPartsPerTime(parse: QuestionParse, times: readonly TimeQuery[]): QuestionParse[] | null {
  const text = parse.cleaned;
  const sorted = [...times].sort((a, b) => a.index - b.index);
  const breaks: number[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!.index + sorted[i]!.length;
    const between = text.slice(from, sorted[i + 1]!.index);
    const found = [...between.matchAll(PART_BREAK)].pop();
    if (!found) return null;
    breaks.push(from + found.index!);
  }
  const partOf = (at: number) => breaks.filter((b) => b <= at).length;
  const numberParts = placesOf(parse.numbers, text, sorted)?.map(partOf);
  if (!numberParts) return null;
  const bounds = (i: number): [number, number] => [i === 0 ? 0 : breaks[i - 1]!, i < breaks.length ? breaks[i]! : text.length];
  return times.map((t) => {
    const i = sorted.indexOf(t);
    const [start, end] = bounds(i);
    const own = text.slice(start, end);
    const concepts = new Map(parse.concepts);
    for (const [pick, word] of Object.entries(PICK_WORD)) if (concepts.has(pick) && word.test(text) && !word.test(own)) concepts.delete(pick);
    return { ...parse, times: [t], numbers: parse.numbers.filter((_, k) => numberParts[k] === i), concepts };
  });
}

/** Where each figure is said, in order, outside the times; null if one is not found as written. */
function placesOf(numbers: readonly string[], text: string, times: readonly TimeQuery[]): number[] | null {
  const places: number[] = [];
  let from = 0;
  for (const n of numbers) {
    const re = new RegExp(`(?<![\\d.])${n.replace(/\./g, "\\.")}(?![\\d])`, "g");
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) && times.some((t) => m!.index >= t.index && m!.index < t.index + t.length));
    if (!m) return null;
    places.push(m.index);
    from = m.index + n.length;
  }
  return places;
}
