/**
 * "who was CiO in 2009? colleague says Bakoyannis the whole year, doesnt sound right", "who was CiO in
 * 2008? finland year. need all names if it changed", "nazarbayev's % in 1999? i see a few diff numbers
 * floating around": talk after the question that asks nothing of its own, and names, dates and counts
 * only what the question's own answer says, is the reporter's remark on that answer — the answer
 * settles it either way (both CiOs of 2009 said, the colleague is answered too).
 */
import { fold } from "../text/normalise.js";
import type { Answer } from "../model/answer.js";
import type { QuestionParse } from "../understand/question-parse.js";

/** A remark put as a yes/no question of its own ("was it …"), not a tag after it ("…, doesnt sound right"). */
const YES_NO_LEAD = /^\W*(?:is|was|are|were|did|does|do|has|have|had|can|could|will|would)\b/i;

/**
 * "two numbers pls", "finland year", "colleague says …": words for a count or a time, and who says
 * what, ask nothing of a kind of fact in talk with no question word.
 */
const GENERIC_CONCEPTS = new Set(["count_word", "time_word", "say"]);

/**
 * A question word, a lead that joins another ask ("and …", "also …", "+ …"), a "not" that narrows the
 * question ("(not the year he was first elected)"), or talk that goes on from it ("almaty → ? → astana",
 * read "almaty to ? to astana"; a mark, not a word).
 */
const ASKS_OF_ITS_OWN = /\b(?:who|whom|whose|what|when|where|which|why|how|not)\b|^\W*(?:and|also|plus|or|vs|versus|to|then|than|from)\b|[+&]|^(?!\s*\p{L})/iu;

/**
 * Whether the talk is a remark on the answer: no question of its own, every name, time and figure it
 * says is in the answer, and no concept that cues a kind of fact (`cueConcepts`) unless the question
 * says it too or the answered kind of fact explains it (`explained`: "need all names if it changed").
 */
export function talkEchoesAnswer(talkText: string, talk: QuestionParse, question: QuestionParse, answer: Answer, cueConcepts: ReadonlySet<string>, explained: ReadonlySet<string>): boolean {
  if (answer.status !== "answered" || YES_NO_LEAD.test(talkText) || talk.alternative || talk.order !== null || ASKS_OF_ITS_OWN.test(talkText)) return false;
  const said = fold(answer.text);
  const says = (s: string) => said.includes(fold(s));
  const named = talk.entities.every((m) => [m.entity.name, ...m.entity.aliases].some(says));
  const dated = talk.times.every((t) => !t.relative && says(t.label));
  const counted = talk.numbers.every(says);
  const ofTheQuestion = [...talk.concepts.keys()].every((c) => GENERIC_CONCEPTS.has(c) || !cueConcepts.has(c) || question.concepts.has(c) || explained.has(c));
  return named && dated && counted && ofTheQuestion;
}
