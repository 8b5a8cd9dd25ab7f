/**
 * The flag log: one JSON line per answer a user marked "Wrong or outdated?", for curators
 * (`npm run facts:flags`). A line holds when, on which platform, the question as the core read it,
 * the answer's text, the ids of the facts it used, the table's revision and the user's optional
 * note; never who flagged it.
 */
import type { Answer } from "../../src/index.js";
import { JsonLinesFile } from "./json-lines-file.js";

/** Longest note kept (the modals allow as many characters). */
export const MAX_FLAG_NOTE = 500;

export interface FlagEntry {
  /** ISO time the answer was flagged. */
  time: string;
  platform: string;
  question: string;
  answer: string;
  facts: string[];
  revision: string | null;
  note?: string;
}

/** What was answered, as remembered for a flag: the question as the core read it and its Answer. */
export interface Answered {
  platform: string;
  question: string;
  answer: Answer;
}

export class FlagsLog extends JsonLinesFile {
  /** Appends one flag; false when the log can no longer be written. */
  record(flagged: Answered, note: string | undefined, at: Date = new Date()): boolean {
    return this.append(flagEntry(flagged, note, at));
  }
}

export function flagEntry({ platform, question, answer }: Answered, note: string | undefined, at: Date): FlagEntry {
  const cleanNote = note?.replace(/[\u0000-\u001f\u007f]+/g, " ").trim().slice(0, MAX_FLAG_NOTE);
  return {
    time: at.toISOString(),
    platform,
    question,
    answer: answer.text,
    facts: answer.facts.map((f) => f.id),
    revision: answer.revision ?? null,
    ...(cleanNote ? { note: cleanNote } : {}),
  };
}
