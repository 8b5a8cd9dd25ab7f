/** Command-line flags of `factdesk` / `npm run ask`, parsed with node:util and checked with clear messages. */
import { parseArgs } from "node:util";

export interface CliArgs {
  mode: "ask" | "jsonl" | "chat" | "help" | "version";
  json: boolean;
  explain: boolean;
  question: string;
  now?: Date;
  factsDir?: string;
}

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const USAGE = `factdesk — answers factual questions from a curated, sourced fact table.

Usage:
  factdesk "who chaired the OSCE in 2010?"     print the answer and its sources
  factdesk --json "question"                   print the Answer as one JSON object
  factdesk --jsonl < questions.txt             one question per line in, one JSON answer per line out
  factdesk                                     interactive chat (type "help" for examples)

Options:
  --now YYYY-MM-DD   reference date for relative questions ("this year", "now"); default: today (UTC)
  --facts DIR        load the fact table from DIR instead of the bundled facts/
  --json             machine-readable output for a single question
  --explain          also print how the question was read (for curators)
  --jsonl            batch mode over standard input (exit 0 at end of input)
  -h, --help         this text
  --version          print the version
`;

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        explain: { type: "boolean", default: false },
        jsonl: { type: "boolean", default: false },
        now: { type: "string" },
        facts: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split("\n")[0]}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const now = values.now === undefined ? undefined : parseNow(values.now);
  const base = { json: values.json === true, explain: values.explain === true, ...(now ? { now } : {}), ...(values.facts ? { factsDir: values.facts } : {}) };
  if (values.help) return { mode: "help", question: "", ...base };
  if (values.version) return { mode: "version", question: "", ...base };
  if (values.jsonl) {
    if (positionals.length) throw new UsageError("--jsonl reads questions from standard input; do not also pass a question");
    return { mode: "jsonl", question: "", ...base };
  }
  const question = positionals.join(" ");
  if (!question.trim()) {
    if (values.json) throw new UsageError('--json needs a question: factdesk --json "who chaired the OSCE in 2010?"');
    return { mode: "chat", question: "", ...base };
  }
  return { mode: "ask", question, ...base };
}

export function parseNow(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12)) : null;
  if (!date || date.getUTCDate() !== Number(m![3])) throw new UsageError(`--now expects a date as YYYY-MM-DD (got "${text}")`);
  return date;
}
