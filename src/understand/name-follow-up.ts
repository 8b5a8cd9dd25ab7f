/**
 * "is liechtenstein a pS? and san marino?", "who chaired in 2010 — and Lithuania?": after a question,
 * a part that is only a name asks the same question of that name, in place of the question's own name
 * of its kind. Null where the message is not of this shape, or the question names none of that kind
 * (or more than one) to replace.
 */
import type { QuestionParse } from "./question-parse.js";

/** The question up to its "?" or dash (group 1), then "and"/"what about" and the name alone (group 2). */
const THEN_NAME = /^(.+?)(?:\?+|\s[—–-])\s*(?:and|what\s+about|how\s+about|plus|&|\+)\s+(?:the\s+)?([^?,;]+?)\s*\?*\s*$/i;

export interface NameFollowUp {
  first: string;
  /** The first question with the follow-up's name in place of its own. */
  second: string;
}

export function nameFollowUp(text: string, read: (text: string) => Readonly<QuestionParse>): NameFollowUp | null {
  const m = THEN_NAME.exec(text.trim());
  if (!m) return null;
  const [, first, name] = m as unknown as [string, string, string];
  const named = read(name);
  // (The name alone: "and in 2011?", "and its CiO?", "and who else?" are follow-ups of other kinds.)
  if (named.entities.length !== 1 || named.ask !== null || named.yesNo || named.concepts.size > 0 || named.times.length > 0 || named.numbers.length > 0 || named.unknown.length > 0) return null;
  const asked = read(first);
  if (asked.ask === null && !asked.yesNo) return null;
  const wanted = named.entities[0]!.entity;
  const same = asked.entities.filter((e) => e.entity.type === wanted.type && e.entity.id !== wanted.id);
  if (same.length !== 1) return null;
  const own = same[0]!.entity;
  // (The name as the question wrote it: its name or one of its aliases, whole words.)
  const said = [own.name, ...own.aliases].sort((a, b) => b.length - a.length).find((n) => wordAt(first, n) >= 0);
  if (said === undefined) return null;
  const at = wordAt(first, said);
  return { first: `${first}?`, second: `${first.slice(0, at)}${wanted.name}${first.slice(at + said.length)}?` };
}

/** Where `word` stands in `text` as whole words, case aside; −1 if nowhere. */
function wordAt(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, "iu").exec(text)?.index ?? -1;
}
