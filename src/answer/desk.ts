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
import type { QuestionParse } from "../understand/question-parse.js";
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
  /** "I don't know", with what was understood and questions to try instead. */
  unknown(text: string, candidates?: Candidate[]): Answer;
}

/** The state, and the steps that other steps call (grouped by the file that defines them). */
export interface Desk extends DeskState {
  // posts-of-person.ts: every post one person held.
  /** "What post did Zannier hold in the OSCE?": every relation's facts of the posts he held; null for any other question. */
  answerPostsOf(text: string, parse: QuestionParse, now: Date): Answer | null;
  // message.ts: a whole message; its questions.
  /** A cleaned message: its premise checked, then each question it asks, in turn. */
  answerMessage(message: string, now: Date): Answer;
  /** Each question of a message, in turn (no premise, hedged guess or list of details looked for). */
  answerQuestionsOf(message: string, now: Date): Answer;
  // comparisons.ts: what a question offers, compared.
  /** "Who chaired for more of 2018, Alfano or Moavero Milanesi?" */
  answerLongerOfNames(message: string, now: Date): Answer | null;
  /** "Were there more participating States in 1995 or in 2006?" */
  answerFigureOfTwo(message: string, now: Date): Answer | null;
  // message-shapes.ts: questions read whole before they are split.
  /** "montenegro joined in 2006 — who chaired then?": the last part at the time the part before dates. */
  answerThenOfContext(text: string, now: Date): Answer | null;
  /** Meetings held in the chairing country or outside it. */
  answerHomeMeeting(text: string, now: Date): Answer | null;
  /** "Which Council began latest in the calendar year?" */
  answerDayOfYear(text: string, now: Date): Answer | null;
  /** "Rank … from highest to lowest." */
  answerRanked(text: string, now: Date): Answer | null;
  /** "was kaz expected to chair in 2009 — and did it?" */
  answerExpectedOutcome(text: string, now: Date): Answer | null;
  /** "is liechtenstein a pS? and san marino?": the question asked again of the name after it. */
  answerNameFollowUp(text: string, now: Date): Answer | null;
  // always.ts
  /** "Has the Secretariat always been in Vienna?": "No", with the other times, where the table refutes it. */
  answerAlways(text: string, now: Date): Answer | null;
  // clauses.ts, joined-asks.ts, in-turn.ts: a message's questions, and each answered in turn.
  /** The questions a message asks, each with the names and times it refers to. */
  questionClauses(text: string, now: Date): Clause[];
  /** Telegraphic asks joined by "and", "+" or commas, each answered; null unless every part is. */
  answerJoinedAsks(text: string, now: Date): Answer | null;
  /** The clauses answered in order. */
  answerInTurn(clauses: Clause[], now: Date): Answer[];
  // clause.ts: one clause.
  /** One question (a clause of a message). */
  answerClause(text: string, now: Date, telegraphicMain?: boolean): Answer;
  // turns-and-years.ts
  /** "first or second?": which time a named thing was. */
  answerWhichTime(text: string, now: Date): Answer | null;
  /** "which years had two CiOs?" */
  answerHoldersPerYear(text: string, now: Date): Answer | null;
  /** "the first summit in eleven years": checked against the one before. */
  answerFirstInYears(text: string, now: Date): Answer | null;
  /** "How long had Kazakhstan been a participating State when it took the chair?" */
  answerHowLongWhen(text: string, now: Date): Answer | null;
  /** "the longest gap between two consecutive summits": the two, with the time between. */
  answerConsecutiveGap(text: string, now: Date): Answer | null;
  /** "How long had the OSCE gone without a summit before Astana?" */
  answerSincePrevious(text: string, now: Date): Answer | null;
  // events-and-meetings.ts
  /** A pick of another kind of thing than the whole reading gave, asked at the event's day. */
  otherKindAfterEvent(text: string, now: Date, whole: Answer): Answer | null;
  /** "the first CiO after the CSCE became the OSCE": asked again at the event's day. */
  answerAfterEvent(text: string, now: Date, anyAsked?: boolean): Answer | null;
  /** "which country chaired two years after Germany's 2016 chairmanship": asked in that year. */
  answerYearsFromEvent(text: string, now: Date): Answer | null;
  /** "who was CiO at the Athens MC": the meeting named is the question's time. */
  answerAtMeeting(text: string, now: Date): Answer | null;
  /** Two things, each dated by its own "when …" question: the time between, or which came first. */
  answerTwoEvents(text: string, now: Date, distinctOnly?: boolean): Answer | null;
  // relative-join.ts
  /** "who was the Senate speaker that met Passy": the people both parts name, with the facts of each. */
  answerThroughRelative(text: string, now: Date): Answer | null;
  // length-before-change.ts
  /** "how long was the capital called Astana before it became Nur-Sultan": the term the change ended. */
  answerLengthBeforeChange(text: string, now: Date): Answer | null;
  // time-clause.ts
  /** "… when Kazakhstan chaired": the clause answered first, its dates the main question's time. */
  answerWithTimeClause(question: string, now: Date, when: "before the whole" | "after it", telegraphicMain: boolean): Answer | null;
  // checks.ts
  /** A yes/no question naming two times holds only if it holds at each. */
  checkAtEachTime(parse: QuestionParse, now: Date): Answer | null;
  // parsed.ts: a read question against every relation.
  /** A read question against every relation it can reach: chosen, run and composed, or unknown. */
  answerParsed(parse: QuestionParse, now: Date): Answer;
  // premise.ts
  /** "Which Austrian minister chaired in 2016?": the premise corrected, with what held instead. */
  correctedPremise(c: Candidate, o: Outcome, parse: QuestionParse, now: Date): Answer | null;
  /** The named thing has facts of the relation, and none with the other names. */
  neverHeld(plan: QueryPlan): boolean;
  /** One holder at a time: the named one held it at another time, someone else then. */
  heldByAnotherThen(plan: QueryPlan, o: Outcome): boolean;
  /** Of a relation with `once_per`, the one fact with every name bound, at another time than claimed. */
  namedTogetherElsewhen(plan: QueryPlan, o: Outcome): boolean;
}
