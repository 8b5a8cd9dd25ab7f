#!/usr/bin/env node
/**
 * `npm run facts:check [-- [--now YYYY-MM-DD] [DIR]]`: validate and lint the fact table, then ask every
 * relation's examples. Prints each problem with file:line, entry, field and what was expected;
 * warnings (an old `checked:` date, an encyclopedia cited) print but do not fail; exit 2 on errors.
 * `--now` is the reference date for the age of `checked:` dates (default: today, UTC).
 */
import "../shared/load-env-file.js"; // first: .env before anything reads the environment
import { parseArgs } from "node:util";
import { createFactdesk, defaultFactsDir } from "../../src/factdesk.js";
import { checkExamples } from "../../src/facts/check-examples.js";
import { formatProblem } from "../../src/facts/errors.js";
import { checkFactTable } from "../../src/facts/load.js";
import { parseNow } from "./args.js";

function main(argv: string[]): number {
  let dir: string;
  let now: Date;
  try {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { now: { type: "string" } } });
    dir = positionals[0] ?? defaultFactsDir();
    now = values.now === undefined ? new Date() : parseNow(values.now);
  } catch (e) {
    process.stderr.write(`${(e as Error).message.split("\n")[0]}\nUsage: npm run facts:check -- [--now YYYY-MM-DD] [DIR]\n`);
    return 2; // a bad flag or date (parseArgs' TypeError or our UsageError)
  }
  const { table, problems } = checkFactTable(dir, { now });
  const loadErrors = problems.filter((p) => p.severity === "error");
  if (table && loadErrors.length === 0) problems.push(...checkExamples(table, createFactdesk(table)));

  for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  const counts = table ? `${table.facts.length} facts, ${table.relations.size} relations, ${table.entities.size} entities, ${[...table.relations.values()].reduce((n, r) => n + r.examples.length, 0)} examples` : "not loaded";
  process.stdout.write(`facts:check ${dir}: ${counts}; ${errors} error(s), ${warnings} warning(s)\n`);
  return errors > 0 ? 2 : 0;
}

process.exitCode = main(process.argv.slice(2));
