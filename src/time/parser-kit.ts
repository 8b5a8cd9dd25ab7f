/**
 * What factdesk's chrono parsers share: the tag that marks their results, the year and month
 * patterns, and a parser shape whose pattern starts at a word boundary.
 */
import type * as chrono from "chrono-node";
import type { ParsingContext, ParsingResult } from "chrono-node";

export const TAG = "factdesk";
/** Years factdesk reads as years: 1500–2199. */
export const YEAR = "((?:1[5-9]|2[01])\\d{2})";
/** "in 2010", "of the year 2010": the words a year may carry into its match. */
export const YEAR_LEAD = "(?:(?:in|of|during|for)\\s+)?(?:the\\s+year\\s+)?";
export const MONTH_NAME = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** Not a figure: "2010 95.5%" and "2010 percent" are not years. */
export const NOT_A_FIGURE = "(?![.,]\\d|\\d|\\s*(?:%|percent\\b|per cent\\b))";
export const END = "(?=\\W|$)";

export const isOurs = (r: ParsingResult): boolean => [...r.tags()].some((t) => t.startsWith(TAG));

/** 1 for "jan", "January", "Jan."; 12 for "dec". */
export function monthNumber(name: string): number {
  return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;
}

/** "'01" is 2001, "'92" 1992. */
export function yearOfTwoDigits(yy: number): number {
  return yy >= 50 ? 1900 + yy : 2000 + yy;
}

/** A result covering whole years `from`–`to`, tagged `factdesk/<tag>`. */
export function yearSpanResult(context: ParsingContext, index: number, text: string, from: number, to = from, tag = "year"): ParsingResult {
  const result = context.createParsingResult(index, text, { year: from, month: 1, day: 1 }, { year: to, month: 12, day: 31 });
  return result.addTag(`${TAG}/${tag}`);
}

/** The boundary group every boundary parser's pattern starts with (not part of the match). */
const BOUNDARY = "(\\W|^)";

type Build = (context: ParsingContext, index: number, text: string, m: RegExpMatchArray) => ParsingResult | null;

/** Each boundary parser's pattern (which does not depend on the parsing context), and what follows its boundary group. */
const patterns = new WeakMap<chrono.Parser, RegExp>();
const inners = new WeakMap<chrono.Parser, string>();

/** The pattern of a parser made by boundaryParser. */
export function boundaryPattern(parser: chrono.Parser): RegExp | undefined {
  return patterns.get(parser);
}

/**
 * A test whether any of `parsers` (made by boundaryParser) can find anything in a text: chrono
 * looks further only after a match, so a pattern that matches nowhere in the text yields no
 * result. Their patterns as one, one pass over the text, with the boundary group they all start
 * with taken out of the alternation (the same texts match; V8 then tries the alternatives only
 * after a non-word character, not at every position: twice as fast). (With any other parser: always true.)
 */
export function anyMayMatch(parsers: chrono.Parser[]): (text: string) => boolean {
  if (parsers.some((p) => !inners.has(p))) return () => true;
  if (parsers.length === 0) return () => false;
  const any = new RegExp(`${BOUNDARY}(?:${parsers.map((p) => `(?:${inners.get(p)!})`).join("|")})`, "i");
  return (text) => any.test(text);
}

/** A parser whose pattern starts with a `(\W|^)` boundary group that is not part of the match. */
export function boundaryParser(inner: string, build: Build): chrono.Parser {
  const pattern = new RegExp(`${BOUNDARY}${inner}`, "i");
  const parser: chrono.Parser = {
    pattern: () => pattern,
    extract(context, match) {
      const lead = match[1] ?? "";
      return build(context, (match.index ?? 0) + lead.length, match[0].slice(lead.length), match);
    },
  };
  patterns.set(parser, pattern);
  inners.set(parser, inner);
  return parser;
}
