/**
 * editDistance reuses its rows from call to call: it must give what the plain table gives, for any
 * two words and any limit, also when a longer word comes between two shorter ones.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/text/edit-distance.js";

/** The distance as it was computed before the rows were reused: a fresh table each call. */
function reference(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "\u{1F600}"), maxLength: 14 });
const limit = fc.constantFrom(0, 1, 2, 3, Infinity);

describe("editDistance", () => {
  it("gives the plain table's distance for any two words and limit, whatever was asked before", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word, limit), { minLength: 1, maxLength: 6 }), (pairs) => {
        for (const [a, b, max] of pairs) expect(editDistance(a, b, max)).toBe(reference(a, b, max));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the known cases", () => {
    expect(editDistance("chiared", "chaired", 2)).toBe(1);
    expect(editDistance("unepmloyment", "unemployment", 2)).toBe(1);
    expect(editDistance("kazakhstan", "kazakstan", 1)).toBe(1);
    expect(editDistance("osce", "nato", 1)).toBe(2);
    expect(editDistance("a".repeat(100), "b".repeat(100))).toBe(100);
  });
});
