#!/usr/bin/env node
/**
 * The terminal adapter: `factdesk "question"`, `--json`, `--jsonl` (the evaluation contract),
 * or an interactive chat. Exit codes: 0 answered (whatever the status), 2 bad usage or a broken
 * fact table.
 */
import "../shared/load-env-file.js"; // first: .env (FACTDESK_CACHE, FACTDESK_CACHE_DIR) before anything reads the environment
import { readFileSync } from "node:fs";
import { FactLoadError, loadFactdesk, type Factdesk } from "../../src/index.js";
import { parseCliArgs, UsageError, USAGE, type CliArgs } from "./args.js";
import { createTerminalAdapter, createTerminalPath } from "./chat.js";
import { ConfigError } from "../shared/config-error.js";
import { formatAnswer } from "./format.js";
import { answerLines, jsonlRecord } from "./jsonl.js";

export async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`factdesk: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (args.mode === "help") {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.mode === "version") {
    const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  let factdesk: Factdesk;
  try {
    factdesk = loadFactdesk(args.factsDir ? { factsDir: args.factsDir } : {});
  } catch (e) {
    if (e instanceof FactLoadError) {
      process.stderr.write(`factdesk: cannot load the fact table (${args.factsDir ?? "facts/"}):\n${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const now = () => args.now ?? new Date();
  switch (args.mode) {
    case "ask": {
      const answer = factdesk.answer(args.question, { now: now() });
      if (args.explain && factdesk.explain) process.stderr.write(`${JSON.stringify(factdesk.explain(args.question, { now: now() }), null, 1)}\n`);
      process.stdout.write(args.json ? `${JSON.stringify({ question: args.question, ...answer })}\n` : `${formatAnswer(answer)}\n`);
      return 0;
    }
    case "jsonl":
      await answerLines(process.stdin, process.stdout, (q) => jsonlRecord(q, factdesk.answer(q, { now: now() })));
      return 0;
    case "chat": {
      let path;
      try {
        path = createTerminalPath(factdesk, process.env.FACTDESK_FLAGS_LOG?.trim() || undefined);
      } catch (e) {
        if (!(e instanceof ConfigError)) throw e;
        process.stderr.write(`factdesk: ${e.message}\n`);
        return 2;
      }
      const chat = createTerminalAdapter({ input: process.stdin, output: process.stdout }, { factdesk, now, path });
      await chat.start();
      await chat.finished;
      await path.close();
      return 0;
    }
  }
}

// "factdesk --jsonl < questions | head": a reader that stops early closes the pipe. That ends the
// run quietly, as it does for any Unix filter, instead of an unhandled EPIPE stack trace.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code !== "EPIPE") throw err;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`factdesk: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
