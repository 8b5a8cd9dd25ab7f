/**
 * "Were there more participating States in 1995 or in 2006?", "Whose share was bigger: Nur Otan in 2016
 * or Nur Otan in 2021?": one figure asked of two things, and which is the higher (or lower). Each side is
 * asked alone — the words before the comparison, the noun after it, and the side — and must be answered
 * by one final fact of one kind, the same for both; the figure compared is the one the noun names.
 */
import type { Fact, Role } from "../facts/model.js";
import type { QuestionParse } from "../understand/question-parse.js";

const COMPARATIVE = /\b(more|fewer|less|higher|lower|bigger|larger|smaller|greater|better|stronger|weaker|worse)\b/i;
const LOWER = /^(?:fewer|less|lower|smaller|weaker|worse)$/i;
/** Question words, auxiliaries and "there" before the comparison: no part of either side. */
const LEAD_WORDS = /^(?:which|what|who|whose|was|were|is|are|did|does|do|had|has|have|there|the|a)$/i;
const SIDE_START = /^(?:in|at|on|for|during|under|by)$/i;

export interface FigureOfTwo {
  /** Each side asked alone. */
  asked: [string, string];
  /** Each side as the question says it ("in 1995", "at the Paris summit"). */
  sides: [string, string];
  /** The words that name the figure ("participating States", "seats", "share"). */
  noun: string;
  higher: boolean;
  /** The comparative as said ("more", "bigger"). */
  said: string;
}

/** The two sides a message compares one figure of, or null where it compares none. */
export function figureOfTwo(text: string, read: (t: string) => Readonly<QuestionParse>): FigureOfTwo | null {
  const cmp = COMPARATIVE.exec(text);
  if (!cmp) return null;
  const after = text.slice(cmp.index + cmp[0].length);
  const ors = [...after.matchAll(/\s+or\s+/gi)];
  if (ors.length !== 1) return null;
  const or = ors[0]!;
  const lead = text.slice(0, cmp.index).split(/\s+/).filter((w) => w && !LEAD_WORDS.test(w.replace(/\W+$/, ""))).join(" ");
  const [noun, sideA] = nounAndSide(after.slice(0, or.index));
  const saidB = after.slice(or.index! + or[0].length).replace(/[\s?.!]+$/, "");
  let sideB = saidB;
  if (!sideA || !sideB) return null;
  // ("Nur Otan in 2016 or in 2012": a side that names nothing is of the other side's subject.)
  if (read(sideB).entities.length === 0) sideB = `${sideA.split(/\s+/).filter((_, i, ws) => !ws.slice(0, i + 1).some((w) => SIDE_START.test(w))).join(" ")} ${sideB}`.trim();
  // ("more participating States" counts them; a comparison naming no figure asks each side's result.)
  const counted = /^(?:more|fewer)$/i.test(cmp[1]!) && noun ? "how many " : "";
  const ask = (side: string) => `${counted}${lead} ${noun || "result"} ${side}?`.replace(/\s+/g, " ").trim();
  // ("in the 2019 or the 2022 election": a year said with "the" is the year's, said plainly.)
  const label = (side: string) => side.replace(/\b(in|at|of)\s+the\s+((?:19|20)\d\d)\b/i, "$1 $2");
  return { asked: [ask(sideA), ask(sideB)], sides: [label(sideA), label(saidB)], noun: `${lead} ${noun}`.trim(), higher: !LOWER.test(cmp[1]!), said: cmp[1]!.toLowerCase() };
}

/** "participating States in 1995" → the noun and the side, split at a break or at the side's first preposition. */
function nounAndSide(part: string): [string, string] {
  const brk = /[:,—–]|\s-\s/.exec(part);
  if (brk) return [part.slice(0, brk.index).trim(), part.slice(brk.index + brk[0].length).trim()];
  const words = part.trim().split(/\s+/);
  const at = words.findIndex((w) => SIDE_START.test(w));
  return at < 0 ? ["", part.trim()] : [words.slice(0, at).join(" "), words.slice(at).join(" ")];
}

/** The role holding the figure the noun names: one whose cues it says, else the percentage, else a number. */
export function figureRoleNamed(roles: readonly Role[], noun: string): Role | undefined {
  const words = new Set(noun.toLowerCase().split(/[^\p{L}]+/u));
  const figures = roles.filter((r) => r.types.includes("percent") || r.types.includes("number"));
  return figures.find((r) => [r.name, ...(r.cues ?? [])].some((c) => words.has(c.toLowerCase()) || words.has(`${c.toLowerCase()}s`))) ?? figures.find((r) => r.types.includes("percent")) ?? figures[0];
}

/** The figure of a fact in a role, where it holds a number. */
export function figureIn(fact: Fact, role: Role): number | null {
  const v = (fact.values.get(role.name) ?? [])[0];
  const n = v && v.kind === "number" ? parseFloat(String(v.value)) : NaN;
  return Number.isFinite(n) ? n : null;
}
