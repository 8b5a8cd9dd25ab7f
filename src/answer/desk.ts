/**
 * What every answering step shares: the table and what is derived from it (read once at start-up),
 * and the steps the others call back into. A clause's answer may ask a clause again, a message's
 * answer asks its clauses, a clause of time asks the main question: so each step reaches the
 * others through the desk, assembled whole (answer/assemble.ts) before any question is asked.
 */
import type { FactTable, Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import type { FactIndex } from "../query/fact-index.js";
import type { Outcome } from "../query/execute.js";
import type { Candidate, QueryPlan } from "../understand/match.js";
import type { QuestionParse } from "../understand/parse-question.js";
import type { AnswerReadings } from "../understand/readings.js";
import type { RelationProfile } from "../understand/relation-profile.js";
import type { Vocabulary } from "../understand/vocabulary.js";

/** One question of a message: its text with the names it carries, and a fuller reading to fall back on. */
export interface Clause {
  text: string;
  fallback?: string;
  /** The clause as written, when it refers to the moment the question before asked for. */
  atThatMoment?: string;
  /** The clause as written, when its pronoun stands for the answer to the question before. */
  ofAnswer?: { text: string; besides: string[] };
  /** The clause as written, when its pronoun stands for no name said in the message. */
  unresolved?: string;
  /** Context or names from elsewhere in the message were added to the clause as written (our joining, not the reporter's word order). */
  joined?: boolean;
}

/** The table and what is derived from it, shared read-only by every step. */
export interface DeskState {
  table: FactTable;
  index: FactIndex;
  vocab: Vocabulary;
  /** The confidence a reading needs to be answered. */
  threshold: number;
  /** Whether the table has a fact of `relation` with `entity` in `role`. */
  hasFacts(relation: string, role: string, entity: string): boolean;
  /** An answer's fact, looked up again by its id. */
  factById(id: string): Fact | undefined;
  /** The relations a read question can reach (all, where the prefilter is off). */
  reachable(parse: QuestionParse): RelationProfile[];
  /** The readings of this answer's texts, each read once. */
  readings: AnswerReadings;
  /** Single words of ending ("resigned", "quit"). */
  endWords: Set<string>;
  /** The relations' names, for "I can answer questions about …". */
  topics: string[];
  /** "I don't know", with what was understood and questions to try instead. */
  unknown(text: string, candidates?: Candidate[]): Answer;
}

/** The state, and the steps that other steps call (each named by the file that defines it). */
export interface Desk extends DeskState {
  // verdicts.ts: the verdict an answer leads with.
  askedBackOnNearName(text: string, answer: Answer, now: Date): Answer;
  withVerdictOnGuess(text: string, answer: Answer, now: Date): Answer;
  inTheWordsAsked(text: string, answer: Answer, now: Date): Answer;
  withConfirmation(text: string, answer: Answer, now: Date): Answer;
  // message.ts: a whole message; its questions.
  answerMessage(message: string, now: Date): Answer;
  answerQuestionsOf(message: string, now: Date): Answer;
  // message-shapes.ts: questions read whole before they are split.
  answerThenOfContext(text: string, now: Date): Answer | null;
  answerHomeMeeting(text: string, now: Date): Answer | null;
  answerDayOfYear(text: string, now: Date): Answer | null;
  answerRanked(text: string, now: Date): Answer | null;
  answerExpectedOutcome(text: string, now: Date): Answer | null;
  // clauses.ts, joined-asks.ts, in-turn.ts: a message's questions, and each answered in turn.
  questionClauses(text: string, now: Date): Clause[];
  answerJoinedAsks(text: string, now: Date): Answer | null;
  answerInTurn(clauses: Clause[], now: Date): Answer[];
  // clause.ts: one clause.
  answerClause(text: string, now: Date, telegraphicMain?: boolean): Answer;
  // turns-and-years.ts
  answerWhichTime(text: string, now: Date): Answer | null;
  answerHoldersPerYear(text: string, now: Date): Answer | null;
  answerFirstInYears(text: string, now: Date): Answer | null;
  answerHowLongWhen(text: string, now: Date): Answer | null;
  // events-and-meetings.ts
  otherKindAfterEvent(text: string, now: Date, whole: Answer): Answer | null;
  answerAfterEvent(text: string, now: Date): Answer | null;
  answerAtMeeting(text: string, now: Date): Answer | null;
  answerTwoEvents(text: string, now: Date, distinctOnly?: boolean): Answer | null;
  // time-clause.ts
  answerWithTimeClause(question: string, now: Date, when: "before the whole" | "after it", telegraphicMain: boolean): Answer | null;
  // checks.ts
  checkAtEachTime(parse: QuestionParse, now: Date): Answer | null;
  // parsed.ts: a read question against every relation.
  answerParsed(parse: QuestionParse, now: Date): Answer;
  // premise.ts
  correctedPremise(c: Candidate, o: Outcome, parse: QuestionParse, now: Date): Answer | null;
  neverHeld(plan: QueryPlan): boolean;
  heldByAnotherThen(plan: QueryPlan, o: Outcome): boolean;
}
