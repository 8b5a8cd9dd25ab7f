/**
 * The readings of one answer. Answering a message reads the same text several times over (the
 * whole question, then with a when-clause or an aside taken off, then its parts joined by "and"):
 * each text is read once. A reading depends only on the text, the reference date and the
 * vocabulary, so sharing one changes nothing, as long as no caller changes a reading it was given.
 * Cleared at the start of every answer: nothing is kept from one question to the next.
 */
import { parseQuestion } from "./parse-question.js";
import type { QuestionParse } from "./question-parse.js";
import type { Vocabulary } from "./vocabulary.js";

export class AnswerReadings {
  private readonly known = new Map<string, QuestionParse>();

  constructor(private readonly vocab: Vocabulary) {}

  /** Forget the last answer's readings. */
  clear(): void {
    this.known.clear();
  }

  /** `text` read against `now`: read once, then shared (read-only) for the rest of the answer. */
  read(text: string, now: Date): Readonly<QuestionParse> {
    const key = `${now.getTime()} ${text}`;
    let parse = this.known.get(key);
    if (!parse) this.known.set(key, (parse = parseQuestion(text, now, this.vocab)));
    return parse;
  }
}
