/**
 * "Since when had Nazarbayev ruled Kazakhstan, according to Bloomberg?": the reporter names the
 * publisher the answer should come from. Of readings as good, one whose facts that publisher's
 * report gives ("has ruled … since 1989") comes before one with another source's account (the
 * presidency, from April 1990).
 */
import type { Fact } from "../facts/model.js";
import type { Outcome } from "../query/execute.js";
import { tokens } from "../text/normalise.js";

function factsOf(o: Outcome): Fact[] {
  return "facts" in o && Array.isArray(o.facts) ? o.facts : o.kind === "check" ? o.matching : [];
}

/** A publisher's first word ("bloomberg" of "Bloomberg News"), where the lexicon keeps it as the reporter's attribution (a filler). */
function attributionWord(publisher: string, fillers: ReadonlySet<string>): string | null {
  const first = tokens(publisher)[0];
  return first && first.length >= 4 && fillers.has(first) ? first : null;
}

export function citedFirst<T extends { o: Outcome }>(question: string, found: T[], fillers: ReadonlySet<string>): T[] {
  if (found.length < 2) return found;
  const said = new Set(tokens(question).filter((w) => fillers.has(w)));
  if (said.size === 0) return found;
  // (Its report alone before one among others: the presidency's facts cite Bloomberg too, for 2012.)
  const byIt = (f: T) => {
    const sources = factsOf(f.o).flatMap((fact) => fact.sources);
    const its = sources.filter((s) => said.has(attributionWord(s.publisher, fillers) ?? "")).length;
    return its === 0 ? 0 : its === sources.length ? 2 : 1;
  };
  const ranked = found.map((f) => ({ f, rank: byIt(f) }));
  return ranked.sort((a, b) => b.rank - a.rank).map(({ f }) => f);
}
