/**
 * Batch mode: one question per input line, one JSON object per output line, in order — even for
 * empty lines, 10 kB lines, control characters or invalid UTF-8 (the evaluation relies on the
 * line count). Lines are split on "\n" only, so a stray "\r" cannot add an answer.
 *
 * The answers to the lines of one input chunk are written together: one write (and at most one
 * wait for the pipe to drain) per chunk, not per line, which was most of the time a line took.
 */
import type { Readable, Writable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import type { Answer } from "../../src/index.js";

/**
 * One `--jsonl` line: the question and its Answer, each fact without its own sources (the
 * answer's `sources` already lists the best of them, at most three): a third of the bytes.
 */
export function jsonlRecord(question: string, answer: Answer): object {
  return { question, ...answer, facts: answer.facts.map(({ sources: _, ...fact }) => fact) };
}

export async function answerLines(input: Readable, output: Writable, answer: (question: string) => unknown): Promise<void> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  const line = (text: string) => `${JSON.stringify(answer(text.endsWith("\r") ? text.slice(0, -1) : text))}\n`;
  const emit = async (text: string) => {
    if (text && !output.write(text)) await new Promise((resolve) => output.once("drain", resolve));
  };
  for await (const chunk of input) {
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let out = "";
    let from = 0;
    let nl: number;
    while ((nl = pending.indexOf("\n", from)) >= 0) {
      out += line(pending.slice(from, nl));
      from = nl + 1;
    }
    pending = pending.slice(from);
    await emit(out);
  }
  pending += decoder.end();
  if (pending.length > 0) await emit(line(pending));
}
