#!/usr/bin/env node
/**
 * `npm run facts:check [DIR]`: validate and lint the fact table, then ask every relation's
 * examples. Prints each problem with file:line, entry, field and what was expected; exit 2 on errors.
 */
import "../shared/load-env-file.js"; // first: .env before anything reads the environment
import { createFactdesk, defaultFactsDir } from "../../src/factdesk.js";
import { checkExamples } from "../../src/facts/check-examples.js";
import { formatProblem } from "../../src/facts/errors.js";
import { checkFactTable } from "../../src/facts/load.js";

const dir = process.argv[2] ?? defaultFactsDir();
const { table, problems } = checkFactTable(dir);
const loadErrors = problems.filter((p) => p.severity === "error");
if (table && loadErrors.length === 0) problems.push(...checkExamples(table, createFactdesk(table)));

for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
const errors = problems.filter((p) => p.severity === "error").length;
const warnings = problems.length - errors;
const counts = table ? `${table.facts.length} facts, ${table.relations.size} relations, ${table.entities.size} entities, ${table.relations.size ? [...table.relations.values()].reduce((n, r) => n + r.examples.length, 0) : 0} examples` : "not loaded";
process.stdout.write(`facts:check ${dir}: ${counts}; ${errors} error(s), ${warnings} warning(s)\n`);
process.exitCode = errors > 0 ? 2 : 0;
