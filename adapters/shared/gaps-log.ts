/**
 * The unanswered-question log: one JSON line per question the core answered `unknown`, for
 * curators to see what the table is missing (`npm run facts:gaps`). A line holds the question as
 * the core reads it (platform markup, mentions and control characters already stripped; e-mail
 * addresses, phone numbers and channel names redacted: gaps-redact.ts), when it was asked and on
 * which platform; never who asked.
 * Written through one append-mode stream per process (json-lines-file.ts).
 */
import { JsonLinesFile } from "./json-lines-file.js";
import { cleanQuestion } from "../../src/text/normalise.js";
import { redactPersonalData } from "./gaps-redact.js";

export interface GapEntry {
  /** ISO time the question was asked. */
  time: string;
  platform: string;
  question: string;
}

export class GapsLog extends JsonLinesFile {
  /** Records an unanswered question; returns false when there was nothing worth recording. */
  record(question: string, platform: string, at: Date = new Date()): boolean {
    // Redacted first: cleaning drops the "#" that marks a channel name.
    const text = cleanQuestion(redactPersonalData(question));
    if (!/[\p{L}\p{N}]/u.test(text)) return false; // nothing a curator could act on
    const entry: GapEntry = { time: at.toISOString(), platform, question: text };
    return this.append(entry);
  }
}
