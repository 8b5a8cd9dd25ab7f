/**
 * The interactive terminal chat (`npm start` with no platform tokens, `factdesk` with no question):
 * a ChatAdapter like Discord's and Slack's, sending each line down the shared question path.
 * Questions are answered one at a time, in order. The chat is not rate limited and logs only errors
 * (to stderr) unless given a logger.
 */
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Factdesk } from "../../src/index.js";
import type { AdapterDeps, ChatAdapter, StopReport } from "../shared/adapter.js";
import { createLogger } from "../shared/logger.js";
import { createQuestionPath, type ReplyTarget } from "../shared/question-path.js";
import { formatAnswer } from "./format.js";

export interface TerminalConfig {
  input: Readable;
  output: Writable;
}

export interface TerminalAdapter extends ChatAdapter {
  readonly platform: "cli";
  /** Resolves when the user quits or the input ends. */
  readonly finished: Promise<void>;
}

export function helpText(factdesk: Factdesk): string {
  const lines = ["I answer factual questions from a curated, sourced fact table. I know about:"];
  for (const topic of factdesk.help()) lines.push(`  • ${topic.name}: ${topic.about}${topic.examples[0] ? `  e.g. "${topic.examples[0]}"` : ""}`);
  lines.push('Type a question, "help" for this list, or "quit" to leave.');
  return lines.join("\n");
}

export function createTerminalAdapter(config: TerminalConfig, deps: AdapterDeps): TerminalAdapter {
  const { input, output } = config;
  const { factdesk } = deps;
  const log = (deps.logger ?? createLogger({ level: "error" })).child({ adapter: "cli" });
  const path = deps.path ?? createQuestionPath({ factdesk });
  const now = deps.now ?? (() => new Date());
  const write = async (text: string) => void output.write(`${text}\n`);
  const reply: ReplyTarget<string> = {
    instead: (question) => (/^(help|\?|examples)$/i.test(question) ? helpText(factdesk) : undefined),
    render: (answer) => formatAnswer(answer),
    send: write,
    refuse: (refusal) => write(formatAnswer(refusal.answer)),
    apologise: () => write("Sorry, something went wrong while answering. Please try again."),
  };
  let rl: Interface | undefined;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => (finish = resolve));

  async function converse(lines: Interface): Promise<void> {
    const { facts, relations } = factdesk.stats;
    output.write(`factdesk: ${facts} facts on ${relations} topics. Ask a question, or type "help".\n`);
    lines.prompt();
    for await (const line of lines) {
      const text = line.trim();
      if (/^(quit|exit|bye|:q)$/i.test(text)) break;
      if (text !== "") await path.ask({ platform: "cli", text, at: now(), where: {}, log }, reply);
      lines.prompt();
    }
    lines.close();
  }

  return {
    platform: "cli",
    finished,
    async start() {
      if (rl) return;
      rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY === true, prompt: "factdesk> " });
      void converse(rl).finally(finish);
    },
    async stop(): Promise<StopReport> {
      rl?.close();
      return { undelivered: await path.drain("cli", 1_000) };
    },
  };
}
