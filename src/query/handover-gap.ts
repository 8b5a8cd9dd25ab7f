/**
 * "Was there a gap between Schmid and Sinirlioglu?": whether a post stood empty between one holder
 * leaving and the next arriving — "Yes" where the first surely left before the next surely began,
 * "No" where both days are known and meet; otherwise the dates do not say (null).
 */
import type { Fact } from "../facts/model.js";
import { renderFact } from "../compose/render-fact.js";
import { possibleStart } from "../time/validity.js";
import { lengthText } from "./span-length.js";

export function handoverGap(a: Fact, b: Fact): string | null {
  const [earlier, later] = possibleStart(a.validity!) <= possibleStart(b.validity!) ? [a, b] : [b, a];
  const left = earlier.validity?.kind === "span" ? earlier.validity.to : null;
  const began = later.validity?.kind === "span" ? later.validity.from : null;
  if (!left || !began) return null;
  const both = `${renderFact(earlier)} ${renderFact(later)}`;
  // (A month said for either end leaves the gap known only from below: "at least", from its last day.)
  const exact = left.precision === "day" && began.precision === "day";
  if (left.last < began.first - 1) return `Yes: ${exact ? "" : "at least "}${lengthText(began.first - left.last - 1)} between them. ${both}`;
  if (exact && began.first - left.last <= 1) return `No: one took over as the other left. ${both}`;
  return null;
}
