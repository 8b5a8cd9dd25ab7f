/**
 * "Which of these did NOT chair the OSCE between 2010 and 2012: Lithuania, Ireland or Greece?",
 * "Which of Kanerva, Stubb and Valtonen was not a CiO in 2008?": each name listed is checked as a
 * plain yes/no question; the answer is the names the table says No of — and only where every name's
 * check has a verdict (one unknown check leaves the whole unknown: the one not checked may be it).
 */
import { combineAnswers } from "../compose/combine.js";
import type { Answer } from "../model/answer.js";

/** The names listed, the auxiliary and what is denied of them. */
interface WhichNot {
  names: string[];
  aux: string;
  predicate: string;
}

const AUX = "(did|does|do|has|have|was|were|is|are)";
/** "did not", "was never"; "never" alone stands for "did not" ("which of these never won …"). */
const DENIED = String.raw`(?:${AUX}\s+(?:not|never)|()never)`;
const WHICH = String.raw`(?:which|who)(?:\s+one|\s+of\s+(?:these|them|those|the\s+following)(?:\s+[\p{L}-]+)?|\s+[\p{L}-]+)?`;
/** "Which of these did NOT chair …: A, B or C?" */
const LIST_AFTER = new RegExp(String.raw`^${WHICH}\s+${DENIED}\s+(.+?)\s*[:—–]\s*(.+?)\s*\?*$`, "iu");
/** "Which of A, B and C was not …?" */
const LIST_WITHIN = new RegExp(String.raw`^(?:which|who)\s+of\s+(?:the\s+)?(.+?)\s+${DENIED}\s+(.+?)\s*\?*$`, "iu");
/** "Of A, B and C, which one did NOT …?", "A, B, C - which of them was NOT …?" */
const LIST_BEFORE = new RegExp(String.raw`^(?:of\s+)?(.+?)\s*[,:—–-]\s*${WHICH}\s+${DENIED}\s+(.+?)\s*\?*$`, "iu");
const LIST_BREAK = /\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/i;

export function readWhichNot(text: string): WhichNot | null {
  const body = text.trim();
  const after = LIST_AFTER.exec(body);
  const within = after ? null : LIST_WITHIN.exec(body);
  const before = after || within ? null : LIST_BEFORE.exec(body);
  // (Groups: the auxiliary, or "" where "never" stands alone — then "did".)
  const aux = (m: RegExpExecArray, at: number) => m[at] ?? (m[at + 1] === "" ? "did" : undefined);
  const [list, auxWord, predicate] = after ? [after[4]!, aux(after, 1), after[3]!] : within ? [within[1]!, aux(within, 2), within[4]!] : before ? [before[1]!, aux(before, 2), before[4]!] : [];
  if (!list || !auxWord || !predicate) return null;
  const names = list.split(LIST_BREAK).map((n) => n.trim()).filter(Boolean);
  return names.length >= 2 && names.length <= 6 ? { names, aux: auxWord, predicate } : null;
}

/** The yes/no question asked of one name: "Did Greece chair the OSCE between 2010 and 2012?" */
function askedOf(name: string, { aux, predicate }: WhichNot): string {
  const lead = aux.toLowerCase() === "do" || aux.toLowerCase() === "does" ? "Did" : aux[0]!.toUpperCase() + aux.slice(1).toLowerCase();
  return `${lead} ${name} ${predicate}?`;
}

/**
 * The names the table says No of, each with its answer; null where an item listed is not one name
 * the table knows (`nameOf`: its name as the table spells it), or a check has no plain verdict.
 */
export function answerWhichNot(text: string, nameOf: (item: string) => string | null, check: (question: string) => Answer): Answer | null {
  const read = readWhichNot(text);
  const names = read?.names.map(nameOf);
  if (!read || !names || names.some((n) => n === null)) return null;
  const checks = read.names.map((item, i) => ({ name: names[i]!, answer: check(askedOf(item, read)) }));
  const verdict = (a: Answer) => (a.status !== "answered" ? null : /^Yes\b/.test(a.text) ? "yes" : /^No\b/.test(a.text) ? "no" : null);
  if (checks.some((c) => verdict(c.answer) === null)) return null;
  const denied = checks.filter((c) => verdict(c.answer) === "no");
  if (denied.length === 0 || denied.length === checks.length) return null;
  const combined = combineAnswers(denied.map((c) => c.answer));
  return { ...combined, text: `Not ${denied.map((c) => c.name).join(" and ")}. ${combined.text.replace(/^No\.\s+/, "")}` };
}
