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

/** A text this short names who or what (a role's value), never says a claim. */
const NAME_LIKE = 6;

/** Whether a text says the words (null: none of them), and says them after a negation in the same clause (before the last of them). */
function saysNegated(text: string, words: ReadonlySet<string>): boolean | null {
  let said: boolean | null = null;
  for (const clause of text.split(/[;.:!?]|,\s+(?:but|while|although)\b/)) {
    const toks = tokens(clause);
    const at = toks.map((t) => stem(t)).map((s, i) => (words.has(s) ? i : -1)).filter((i) => i >= 0);
    if (at.length === 0) continue;
    // (Before the last of them: "his term was not renewed" negates the renewal the question asks of the term.)
    // ("fell short of the standards"; "Short-Term Observers" negates nothing.)
    const negated = toks.slice(0, at[at.length - 1]).some((t, i) => NEGATION.has(t) && (t !== "short" || toks[i + 1] === "of") && (!isNounLack(toks, i) || lackReaches(toks, i, at)));
    // (A name-like text with one word of several — "the OSCE observer mission", who said it — says nothing of the claim.)
    if (!negated && toks.length <= NAME_LIKE && new Set(at.map((i) => stem(toks[i]!))).size < Math.min(2, words.size)) continue;
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
export function saysPlainly(fact: Fact, stems: readonly string[], textStems: ReadonlySet<string>, noOneClaimed = false): boolean {
  if (!stems.every((w) => textStems.has(w))) return false;
  const words = new Set(stems);
  const values = new Set(valueTexts(fact));
  for (const text of factTexts(fact))
    for (const clause of text.split(/[;.:!?]|,\s+(?:but|while|although)\b/)) {
      const toks = tokens(clause);
      const said = toks.map((t) => stem(t));
      const at = said.flatMap((s, i) => (words.has(s) ? [i] : []));
      if (at.length && said.some((s, i) => CLAUSE_NEGATION.has(s) && !words.has(s) && (!isNounLack(toks, i) || lackReaches(toks, i, at)))) return false;
      if (!noOneClaimed && values.has(text) && deniedOfNoOne(said, words)) return false;
    }
  return true;
}
/**
 * "the lack of genuine opposition limited voter choice": "lack" as a noun negates what it is of — a
 * few words after "of" — not the clause's verb.
 */
function isNounLack(toks: readonly string[], i: number): boolean {
  return toks[i] === "lack" && (toks[i - 1] === "the" || toks[i - 1] === "a") && toks[i + 1] === "of";
}

/** Whether one of the words at `at` is in the phrase after "lack of" (up to four words, ending before a verb in -ed). */
function lackReaches(toks: readonly string[], i: number, at: readonly number[]): boolean {
  let end = i + 2;
  while (end < Math.min(toks.length, i + 6) && !/..ed$/.test(toks[end]!)) end++;
  return at.some((k) => k >= i + 2 && k < end);
}

/**
 * A value's "no election … had ever been deemed free and fair": "no" before a word asked, with another
 * word asked after it, denies what is said of that word. ("no other party passed the threshold" is of
 * other parties; a note's "No OSCE summit has been held since" speaks of others, and is not read.)
 * Where the claim says "no" itself, such a text agrees with it.
 */
function deniedOfNoOne(said: readonly string[], words: ReadonlySet<string>): boolean {
  return said.some((s, i) => NO_ONE.has(s) && said.slice(i + 1, i + 3).some((w, k) => words.has(w) && said.slice(i + 2 + k).some((x) => words.has(x))));
}

/** A value's clause saying no one ever had the words: "no election in Kazakhstan had ever been deemed free and fair". */
export function saysNoneEver(fact: Fact, stems: readonly string[]): boolean {
  return valueTexts(fact).some((text) =>
    text.split(/[;.:!?]/).some((clause) => {
      const said = tokens(clause).map((t) => stem(t));
      const no = said.findIndex((s) => NO_ONE.has(s));
      return no >= 0 && said.includes("ever") && stems.every((w) => said.indexOf(w, no) > no);
    }),
  );
}

/** Negations of a clause's verb, as stems ("lacking", "opposed"). */
const NO_ONE = new Set(["no", "none"]);
const CLAUSE_NEGATION = new Set(["not", "never", "neither", "nor", "fail", "failed", "lack", "lacked", "without", "oppose"].map((w) => stem(w)));

function factTexts(fact: Fact): string[] {
  return [fact.note ?? "", ...valueTexts(fact)];
}

function valueTexts(fact: Fact): string[] {
  return [...fact.values.values()].flat().map((v) => (v.kind === "text" ? v.text : ""));
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
