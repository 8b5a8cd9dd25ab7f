/**
 * "Finland chaired the OSCE in 2025 but where was the Ministerial Council?", "Even though Finland
 * chaired, where was the 2025 Ministerial Council held?", "where was the 2025 Council held although
 * Finland chaired?": the reporter's own statement, and a question set against it. The statement is context — what it names is not what is asked — but a
 * time it says dates the question where the question says none.
 */
import type { QuestionParse } from "../understand/question-parse.js";
import { TIME_ANAPHOR } from "./wording.js";

/** A statement with no "?", "but", then a question word's question. */
// ("Helsinki Final Act — signed in Helsinki, but how many states?": a topic named before a dash or colon is no statement.)
const STATEMENT_BUT_QUESTION = /^((?:(?![:–—]|\s-\s)[^?]){6,}?)\s*(?:[,;]|\s[-–—]+)?\s+but\s+((?:who|whom|what|which|when|where|how)\b.+)$/i;
/** "Even though Finland chaired, …": a concession before the comma. ("While …" often dates the question: never a concession here.) */
const CONCESSION_THEN_QUESTION = /^\W*(?:even\s+though|although|though|whereas)\s+([^,?]{3,}?),\s*((?:who|whom|what|which|when|where|how)\b.+)$/i;
/** "Where was the 2025 Council held although Finland chaired?": a question word's question, then a concession set against it. */
const QUESTION_THEN_CONCESSION = /^(\W*(?:who|whom|what|which|when|where|how)\b[^?]{6,}?)\s*,?\s+(?:even\s+though|although|though|whereas)\s+([^?,]{3,}?)\s*\?*\s*$/i;
/** A clause's verb or speaker: "Charter of Paris — city obv, but which year" is a topic named, no statement. */
const CLAUSE_VERB = /\b(?:i|we|everyone|everybody|is|was|were|are|has|have|had|do|does|did|[a-z]{3,}ed|won|held|met|took|became|read|said|says|talks?|knows?|remembers?|thinks?|writes?|wrote|mentions?)\b/i;
/** "… but what I need is: …": the reporter saying what the question is, no question of its own. */
const WHAT_I_ASK = /^what\s+(?:i|we)\b/i;
/** "… but where was it held?": a pronoun standing for what the statement names — the question is not whole without it. */
const STANDS_FOR = /\b(?:it|they|them|he|him|she|her)\b/i;

/** The question set against a statement, dated by it where it says no time; null where the message is no such pair. */
export function questionAfterContext(text: string, read: (t: string) => QuestionParse): string | null {
  const pair = statementAndQuestion(text);
  if (!pair || !CLAUSE_VERB.test(pair.said) || WHAT_I_ASK.test(pair.asked) || STANDS_FOR.test(pair.asked)) return null;
  const [statement, question] = [read(pair.said), read(pair.asked)];
  if (statement.ask !== null || statement.yesNo) return null;
  const saidTimes = statement.times.filter((t) => !t.relative).map((t) => t.label);
  if (question.times.length > 0 || saidTimes.length === 0) return TIME_ANAPHOR.test(pair.asked) ? null : pair.asked;
  const asked = pair.asked.replace(/\s*[?.!]*\s*$/, "");
  return TIME_ANAPHOR.test(asked) ? `${asked.replace(TIME_ANAPHOR, `in ${saidTimes.join(" and ")}`)}?` : `${asked} in ${saidTimes.join(" and ")}?`;
}

/** The statement and the question set against it, in either order; null where the message is no such pair. */
function statementAndQuestion(text: string): { said: string; asked: string } | null {
  const after = QUESTION_THEN_CONCESSION.exec(text);
  if (after) return { said: after[2]!, asked: after[1]! };
  const m = STATEMENT_BUT_QUESTION.exec(text) ?? CONCESSION_THEN_QUESTION.exec(text);
  return m ? { said: m[1]!, asked: m[2]! } : null;
}
