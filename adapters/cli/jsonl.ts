/**
 * Batch mode: one question per input line, one JSON object per output line, in order — even for
 * empty lines, 10 kB lines, control characters or invalid UTF-8 (the evaluation relies on the
 * line count). Lines are split on "\n" only, so a stray "\r" cannot add an answer.
 */
import type { Readable, Writable } from "node:stream";
import { StringDecoder } from "node:string_decoder";

export async function answerLines(input: Readable, output: Writable, answer: (question: string) => unknown): Promise<void> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  const emit = async (line: string) => {
    const q = line.endsWith("\r") ? line.slice(0, -1) : line;
    if (!output.write(`${JSON.stringify(answer(q))}\n`)) await new Promise((resolve) => output.once("drain", resolve));
  };
  for await (const chunk of input) {
    pending += typeof chunk === "string" ? chunk : decoder.write(chunk as Buffer);
    let nl: number;
    while ((nl = pending.indexOf("\n")) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      await emit(line);
    }
  }
  pending += decoder.end();
  if (pending.length > 0) await emit(pending);
}
