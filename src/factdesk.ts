// TEMPORARY placeholder so adapter work can start; replaced by the real core in this same issue.
import type { Answer, AnswerOptions } from "./model/answer.js";

export interface HelpTopic {
  relation: string;
  name: string;
  about: string;
  examples: string[];
}

export interface CompleteOptions {
  now?: Date;
  limit?: number;
}

export interface Factdesk {
  /** Answer one question. Never throws; bad input yields status "unknown". */
  answer(question: string, options?: AnswerOptions): Answer;
  /** What the table knows: one topic per relation, with example questions. */
  help(): HelpTopic[];
  /** Autocomplete: up to `limit` (default 25) questions that start like `prefix`. */
  complete(prefix: string, options?: CompleteOptions): string[];
  /** Counts, for logs and help. */
  readonly stats: { facts: number; relations: number; entities: number };
}

export function createFactdesk(): Factdesk {
  return {
    answer(question) {
      if (/2010/.test(question) && /chair/i.test(question))
        return {
          status: "answered",
          text: "Kazakhstan held the OSCE Chairmanship in 2010.",
          intent: { relation: "osce_chair", shape: "value", confidence: 1 },
          facts: [],
          sources: [{ publisher: "OSCE", title: "Kazakhstan's Chairmanship", url: "https://www.osce.org/cio/50751" }],
          suggestions: [],
          validFor: "2010",
        };
      return {
        status: "unknown",
        text: "I don't know that one. I can answer questions about the OSCE Chairmanship.",
        intent: null,
        facts: [],
        sources: [],
        suggestions: ["Who chaired the OSCE in 2010?"],
      };
    },
    help: () => [{ relation: "osce_chair", name: "OSCE Chairmanship", about: "Who chaired the OSCE, year by year.", examples: ["Who chaired the OSCE in 2010?"] }],
    complete: (prefix) => ["Who chaired the OSCE in 2010?"].filter((q) => q.toLowerCase().startsWith(prefix.toLowerCase())),
    stats: { facts: 1, relations: 1, entities: 1 },
  };
}

export function loadFactdesk(_options: { factsDir?: string } = {}): Factdesk {
  return createFactdesk();
}
