/**
 * Years written in words: "nineteen ninety-eight", "nineteen hundred and five", "twenty twelve",
 * "twenty-twenty-two", "two thousand and five". Only 1910–2099 (the table's era), and only forms
 * that cannot be a count: "twenty one", "two thousand" and "two thousand five hundred" are not years
 * ("the year two thousand" and a clause ending "in two thousand" are).
 * Decades too: "the nineteen nineties", "the nineties" (not "in his sixties", an age).
 */
import type * as chrono from "chrono-node";
import { boundaryParser, END, MONTH_NAME, monthNumber, NOT_A_FIGURE, TAG, YEAR_LEAD, yearSpanResult } from "./parser-kit.js";

const VALUES: Record<string, number> = {
  oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SEP = "(?:\\s*-\\s*|\\s+)";
const UNIT = "(?:one|two|three|four|five|six|seven|eight|nine)";
const TEEN = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
/** 10–99, or "oh five": the last two digits of a year. */
const TWO_DIGITS = `(?:${TENS}(?:${SEP}${UNIT})?|${TEEN}|oh${SEP}${UNIT})`;
const NOT_A_COUNT = `(?!${SEP}(?:hundred|thousand|million|${UNIT}|${TEEN}|${TENS})\\b)${NOT_A_FIGURE}`;

const pattern =
  `${YEAR_LEAD}(?:(nineteen|twenty)${SEP}(?:hundred${SEP}(?:and${SEP})?)?(${TWO_DIGITS})|two${SEP}thousand${SEP}(?:and${SEP})?(${TWO_DIGITS}|${UNIT}))${NOT_A_COUNT}${END}`;

/**
 * "the year two thousand", "CiO in two thousand?": a bare "two thousand" is a count, but not after
 * "the year", nor after "in"/"during"/"since" where the clause ends with it (no noun counted follows).
 */
const yearTwoThousandParser = boundaryParser(
  `(?:(?:(?:in|of|during|for)\\s+)?the\\s+year\\s+two${SEP}thousand${NOT_A_COUNT}${END}|(?:in|during|since|until)\\s+two${SEP}thousand(?=\\s*(?:[?!.,;:)]|$)))`,
  (ctx, index, text) => yearSpanResult(ctx, index, text, 2000),
);

/** "the two thousands", "the noughties", "the aughts": 2000–2009; "the twenty-tens": 2010–2019. */
const centuryDecadeParser = boundaryParser(`the${SEP}(two${SEP}thousands|noughties|aughts|twenty${SEP}tens)${END}`, (ctx, index, text, m) => {
  const start = /tens$/i.test(m[2]!) ? 2010 : 2000;
  return yearSpanResult(ctx, index, text, start, start + 9, "decade");
});

/** "ninety-eight" → 98, "oh five" → 5. */
function wordsValue(words: string): number {
  return words.toLowerCase().split(/[\s-]+/).reduce((sum, w) => sum + (VALUES[w] ?? 0), 0);
}

const centuryOf = (word: string): number => (word.toLowerCase() === "nineteen" ? 1900 : 2000);

const spelledYearParser = boundaryParser(pattern, (ctx, index, text, m) => {
  const year = m[2] !== undefined ? centuryOf(m[2]) + wordsValue(m[3]!) : 2000 + wordsValue(m[4]!);
  return yearSpanResult(ctx, index, text, year);
});

/**
 * "March of two thousand eighteen": chrono reads no month before "of" and a year it cannot read,
 * so the month is read here (the year as above).
 */
const monthOfSpelledYearParser = boundaryParser(`(${MONTH_NAME})\\.?${SEP}of${SEP}${pattern.slice(YEAR_LEAD.length)}`, (ctx, index, text, m) => {
  const year = m[3] !== undefined ? centuryOf(m[3]) + wordsValue(m[4]!) : 2000 + wordsValue(m[5]!);
  return ctx.createParsingResult(index, text, { year, month: monthNumber(m[2]!) }).addTag(`${TAG}/month`);
});

/** Without a century, as for "the '90s": the twenties are the 2020s, the thirties to nineties the 1900s. */
const spelledDecadeParser = boundaryParser(`(?:the${SEP}(?:(nineteen|twenty)${SEP})?|(nineteen|twenty)${SEP})(twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies${END}`, (ctx, index, text, m) => {
  const tens = VALUES[`${m[4]!.toLowerCase()}y`]!;
  const century = m[2] ?? m[3];
  const start = (century ? centuryOf(century) : tens >= 30 ? 1900 : 2000) + tens;
  return yearSpanResult(ctx, index, text, start, start + 9, "decade");
});

/**
 * Two words with no century, as for "'99": "'ninety-nine", "in ninety-three" — tens and a unit after an
 * apostrophe or "in"/"since"/"until" ("ninety-one percent" alone is a figure). 1930–1999 only: the
 * table's spelled short years are the 1990s, and "in twenty-one" is more often a count than 2021.
 */
const shortSpelledYearParser = boundaryParser(
  // (The lead is looked behind, not taken: "since ninety-two" still says since.)
  `(?<=(?:'|\\b(?:in|since|until|by|from)\\s+'?))((?:thirty|forty|fifty|sixty|seventy|eighty|ninety)${SEP}${UNIT})${NOT_A_COUNT}${END}`,
  (ctx, index, text, m) => yearSpanResult(ctx, index, text, 1900 + wordsValue(m[2]!)),
);

export const SPELLED_PARSERS: chrono.Parser[] = [monthOfSpelledYearParser, spelledDecadeParser, centuryDecadeParser, spelledYearParser, yearTwoThousandParser, shortSpelledYearParser];
