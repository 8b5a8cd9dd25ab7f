#!/usr/bin/env node
/**
 * `npm run facts:gaps [file] [--top N] [--json]`: what people asked that the fact table could not
 * answer, most frequent first. The file defaults to FACTDESK_GAPS_LOG.
 */
import { readFileSync } from "node:fs";
import { formatGaps, summariseGaps } from "../adapters/shared/gaps-summary.js";

const USAGE = "usage: npm run facts:gaps [file] [--top N] [--json]   (file defaults to FACTDESK_GAPS_LOG)";

function main(argv: string[]): number {
  let file: string | undefined;
  let top = 50;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--top") {
      top = Number(argv[++i]);
      if (!Number.isInteger(top) || top < 1) {
        process.stderr.write(`facts:gaps: --top needs a whole number ≥ 1\n${USAGE}\n`);
        return 2;
      }
    } else if (arg === "-h" || arg === "--help") {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (!file && !arg.startsWith("--")) file = arg;
    else {
      process.stderr.write(`facts:gaps: unexpected argument ${JSON.stringify(arg)}\n${USAGE}\n`);
      return 2;
    }
  }
  file ??= process.env.FACTDESK_GAPS_LOG || undefined;
  if (!file) {
    process.stderr.write(`facts:gaps: no log file given and FACTDESK_GAPS_LOG is not set\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    process.stderr.write(`facts:gaps: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 2;
  }
  const summary = summariseGaps(text);
  process.stdout.write(json ? `${JSON.stringify({ ...summary, groups: summary.groups.slice(0, top) }, null, 2)}\n` : formatGaps(summary, top));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
