/**
 * "Is the HCNM in The Hague or Vienna?", "Was Kubiš Slovak or Czech?": a yes/no question offering two
 * names of one kind. Each is asked in turn; where exactly one is confirmed, it is the answer — said
 * as the name chosen, never "Yes" (the question asks which, not whether).
 */
import type { Answer } from "../model/answer.js";
import type { QuestionParse } from "../understand/question-parse.js";

/** The yes/no question with each of the two names in its place, and the names as said. */
export interface ChoiceOfTwo {
  asked: [string, string];
  names: [string, string];
}

const YES_NO_LEAD = /^\W*(?:is|was|are|were|did|does|do|has|have|had)\b/i;
const PREPOSITION = /^(?:in|at|on|from|of|to|by|for|with|under)\s/i;
const LAST_OR = /\s+or\s+([^?]+?)\s*\?+\s*$/i;

/** The two questions a "… A or B?" yes/no question offers, where A and B are each one name of one kind. */
export function choiceOfTwo(text: string, read: (t: string) => Readonly<QuestionParse>): ChoiceOfTwo | null {
  const or = LAST_OR.exec(text);
  if (!YES_NO_LEAD.test(text) || !or) return null;
  const second = oneName(read(or[1]!));
  if (!second) return null;
  const before = text.slice(0, or.index).split(/\s+/);
  // (The first name is the most words before "or" that name one thing of the second's kind, from no
  // preposition on: "The Hague" of "… in The Hague or Vienna".)
  for (let k = Math.min(4, before.length - 2); k >= 1; k--) {
    const first = before.slice(-k).join(" ");
    if (PREPOSITION.test(first) || oneName(read(first)) !== second) continue;
    const lead = before.slice(0, -k).join(" ");
    return { asked: [`${lead} ${first}?`, `${lead} ${or[1]}?`], names: [first, or[1]!] };
  }
  return null;
}

/** The kind of the one name a part says, where it says nothing else. */
function oneName(parse: Readonly<QuestionParse>): string | null {
  if (parse.entities.length !== 1 || parse.concepts.size > 0 || parse.unknown.length > 0 || parse.times.length > 0 || parse.numbers.length > 0) return null;
  return parse.entities[0]!.entity.type;
}

/** Of the two answers, the one confirmed alone, said as the choice; null where neither or both is. */
export function chosen(answers: [Answer, Answer], names: [string, string]): Answer | null {
  const yes = answers.map((a) => a.status === "answered" && /^Yes\b/.test(a.text));
  if (yes[0] === yes[1]) return null;
  const i = yes[0] ? 0 : 1;
  if (answers[1 - i]!.status === "answered" && !/^No\b/.test(answers[1 - i]!.text)) return null;
  const a = answers[i]!;
  return { ...a, text: `${names[i]}: ${a.text.replace(/^Yes[.:,]?\s*/, "")}` };
}
