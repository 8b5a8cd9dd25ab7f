/**
 * The interactive terminal chat (`npm start` with no platform tokens, `factdesk` with no question):
 * a ChatAdapter like Discord's and Slack's, sending each line down the shared question path.
 * `flag [note]` flags the last answer "Wrong or outdated?" when the path has a flag log.
 * Questions are answered one at a time, in order. The chat is not rate limited and logs only errors
 * (to stderr) unless given a logger.
 */
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { Factdesk } from "../../src/index.js";
import type { AdapterDeps, ChatAdapter, StopReport } from "../shared/adapter.js";
import { createLogger } from "../shared/logger.js";
import { createQuestionPath, type QuestionPath, type ReplyTarget } from "../shared/question-path.js";
import { resolve } from "node:path";
import { formatAnswer } from "./format.js";
import { flagReply, openFlagging } from "../shared/flagging.js";

const FLAG_HINT = "Wrong or outdated? Type: flag [what is wrong]";

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

/**
 * The terminal chat's question path: no rate limit, no gaps log; flags to `flagsLog` when given
 * (FACTDESK_FLAGS_LOG). Throws ConfigError when that file cannot be opened.
 */
export function createTerminalPath(factdesk: Factdesk, flagsLog: string | undefined): QuestionPath {
  // Only errors on the terminal: the chat is the user's screen.
  const flagging = flagsLog ? openFlagging(resolve(flagsLog), createLogger({ level: "error" })) : undefined;
  return createQuestionPath({ factdesk, ...(flagging ? { flagging } : {}) });
}

export function createTerminalAdapter(config: TerminalConfig, deps: AdapterDeps): TerminalAdapter {
  const { input, output } = config;
  const { factdesk } = deps;
  const log = (deps.logger ?? createLogger({ level: "error" })).child({ adapter: "cli" });
  const path = deps.path ?? createQuestionPath({ factdesk });
  const now = deps.now ?? (() => new Date());
  const write = async (text: string) => void output.write(`${text}\n`);
  let lastFlagId: string | undefined;
  const reply: ReplyTarget<string> = {
    instead: (question) => (/^(help|\?|examples)$/i.test(question) ? helpText(factdesk) : undefined),
    render(answer, _question, flagId) {
      lastFlagId = flagId ?? lastFlagId;
      return flagId ? `${formatAnswer(answer)}\n${FLAG_HINT}` : formatAnswer(answer);
    },
    send: write,
    refuse: (refusal) => write(formatAnswer(refusal.answer)),
    apologise: () => write("Sorry, something went wrong while answering. Please try again."),
  };
  function flagLast(note: string | undefined): string {
    if (!path.flagging) return "Flagging is off: set FACTDESK_FLAGS_LOG to a file to record flags.";
    if (!lastFlagId) return "Nothing to flag yet: ask a question first.";
    return flagReply(path.flagging.flag(lastFlagId, note, now()));
  }

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
      const flag = /^flag(?:\s+(.*))?$/is.exec(text);
      if (flag) await write(flagLast(flag[1]));
      else if (text !== "") await path.ask({ platform: "cli", text, at: now(), where: {}, log }, reply);
      lines.prompt();
    }
    lines.close();
  }

  return {
    platform: "cli",
    finished,
    health: () => (rl ? { connected: true } : { connected: false, detail: "not started" }),
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
