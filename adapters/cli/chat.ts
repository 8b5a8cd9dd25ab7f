/** The interactive terminal chat: `npm start` with no platform tokens configured. */
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Factdesk } from "../../src/index.js";
import { formatAnswer } from "./format.js";

export interface ChatOptions {
  input: Readable;
  output: Writable;
  now: () => Date;
}

export function helpText(factdesk: Factdesk): string {
  const lines = ["I answer factual questions from a curated, sourced fact table. I know about:"];
  for (const topic of factdesk.help()) lines.push(`  • ${topic.name}: ${topic.about}${topic.examples[0] ? `  e.g. "${topic.examples[0]}"` : ""}`);
  lines.push('Type a question, "help" for this list, or "quit" to leave.');
  return lines.join("\n");
}

export async function runChat(factdesk: Factdesk, { input, output, now }: ChatOptions): Promise<void> {
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY === true, prompt: "factdesk> " });
  const { facts, relations } = factdesk.stats;
  output.write(`factdesk: ${facts} facts on ${relations} topics. Ask a question, or type "help".\n`);
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (/^(quit|exit|bye|:q)$/i.test(text)) break;
    if (text === "") {
      rl.prompt();
      continue;
    }
    output.write(/^(help|\?|examples)$/i.test(text) ? `${helpText(factdesk)}\n` : `${formatAnswer(factdesk.answer(text, { now: now() }))}\n`);
    rl.prompt();
  }
  rl.close();
}
