/**
 * factdesk's core, as adapters see it: load a fact table once, then ask it questions.
 * Pure and platform-free: text in, an `Answer` out.
 */
export type { Answer, AnswerFact, AnswerOptions, AnswerStatus, Intent, QuestionShape, Source } from "./model/answer.js";
export { loadFactdesk, createFactdesk, type Factdesk, type HelpTopic, type CompleteOptions, type Explanation } from "./factdesk.js";
export { FactLoadError, type FactProblem } from "./facts/errors.js";
