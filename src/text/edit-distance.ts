/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so "chiared" is one
 * edit from "chaired"), giving up early once it exceeds `max`: typo tolerance only ever asks
 * "within 1 or 2?".
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  // Three rows of the table, reused from call to call (typo correction asks a few hundred a question).
  const three = rowsFor(n + 1);
  let [prev2, prev, cur] = [three[0], three[1], three[2]];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const done = prev2;
    prev2 = prev;
    prev = cur;
    cur = done;
  }
  return prev[n]!;
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Three rows of at least `length` cells (the row before last is read only from the second row on, the current one only where written). */
function rowsFor(length: number): [Int32Array, Int32Array, Int32Array] {
  if (rows[0].length < length) rows = [new Int32Array(length), new Int32Array(length), new Int32Array(length)];
  return rows;
}

/** The candidate closest to `word` within `max` edits, for "did you mean" messages. */
export function closest(word: string, candidates: Iterable<string>, max = 2): string | undefined {
  let best: string | undefined;
  let bestD = max + 1;
  for (const c of candidates) {
    const d = editDistance(word, c, bestD - 1);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
