/**
 * "Did the OSCE say the 2007 vote met international standards?" — its statement says the elections
 * "did not meet international standards": the words the question checks, said in a clause that
 * negates them before they come. Where the statements that say any of the words all negate them, and
 * none says them plainly, the answer is "No".
 */
import type { Fact } from "../facts/model.js";
import { tokens } from "../text/normalise.js";
import { stem } from "../text/stem.js";

const NEGATION = new Set(["not", "no", "never", "neither", "nor", "fail", "failed", "fails", "without", "lack", "lacked", "short"]);

/** Whether a text says the words (null: none of them), and says them after a negation in the same clause (before the last of them). */
function saysNegated(text: string, words: ReadonlySet<string>): boolean | null {
  let said: boolean | null = null;
  for (const clause of text.split(/[;.:!?]|,\s+(?:but|while|although)\b/)) {
    const toks = tokens(clause);
    const at = toks.map((t) => stem(t)).map((s, i) => (words.has(s) ? i : -1)).filter((i) => i >= 0);
    if (at.length === 0) continue;
    // (Before the last of them: "his term was not renewed" negates the renewal the question asks of the term.)
    // ("fell short of the standards"; "Short-Term Observers" negates nothing.)
    const negated = toks.slice(0, at[at.length - 1]).some((t, i) => NEGATION.has(t) && (t !== "short" || toks[i + 1] === "of"));
    if (!negated) return false;
    said = true;
  }
  return said;
}

/**
 * Whether a fact says the words plainly: all of them somewhere in its text, and no clause that says
 * one of them negated anywhere in it ("took place in an environment lacking competitiveness"). A
 * clause that says none of them negates nothing of them: "did not alter the CSCE's commitments"
 * beside "decided at the Budapest Summit". (A negation among the words is what is asked: "did Russia
 * oppose the extension?"; "no" before a noun — "no summit has been held since" — speaks of others.)
 */
export function saysPlainly(fact: Fact, stems: readonly string[], textStems: ReadonlySet<string>): boolean {
  if (!stems.every((w) => textStems.has(w))) return false;
  const words = new Set(stems);
  for (const text of factTexts(fact))
    for (const clause of text.split(/[;.:!?]|,\s+(?:but|while|although)\b/)) {
      const said = tokens(clause).map((t) => stem(t));
      if (said.some((s) => words.has(s)) && said.some((s) => CLAUSE_NEGATION.has(s) && !words.has(s))) return false;
    }
  return true;
}
/** Negations of a clause's verb, as stems ("lacking", "opposed"). */
const CLAUSE_NEGATION = new Set(["not", "never", "neither", "nor", "fail", "failed", "lack", "lacked", "without", "oppose"].map((w) => stem(w)));

function factTexts(fact: Fact): string[] {
  return [fact.note ?? "", ...[...fact.values.values()].flat().map((v) => (v.kind === "text" ? v.text : ""))];
}

/** The facts that say the question's words negated — where some do and none says them plainly; else none. */
export function factsDenying(facts: readonly Fact[], claimWords: readonly string[]): Fact[] {
  const words = new Set(claimWords);
  if (words.size === 0) return [];
  const denying: Fact[] = [];
  for (const f of facts) {
    for (const t of factTexts(f)) {
      const said = saysNegated(t, words);
      if (said === false) return [];
      if (said && !denying.includes(f)) denying.push(f);
    }
  }
  return denying;
}
