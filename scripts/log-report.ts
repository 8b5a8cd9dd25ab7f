/**
 * The command line shared by the curators' log reports (`facts:gaps`, `facts:flags`): read a JSON
 * lines log (a file argument, else an environment variable), summarise it, print text or JSON.
 */
import { readFileSync } from "node:fs";

export interface LogReport<S extends { groups: unknown[] }> {
  /** The npm script's name, for messages: "facts:flags". */
  name: string;
  /** The variable naming the log when no file is given: "FACTDESK_FLAGS_LOG". */
  env: string;
  summarise(text: string): S;
  format(summary: S, top: number): string;
}

export function runLogReport<S extends { groups: unknown[] }>(report: LogReport<S>, argv: string[]): number {
  const usage = `usage: npm run ${report.name} [file] [--top N] [--json]   (file defaults to ${report.env})`;
  const fail = (message: string) => {
    process.stderr.write(`${report.name}: ${message}\n${usage}\n`);
    return 2;
  };
  let file: string | undefined;
  let top = 50;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--top") {
      top = Number(argv[++i]);
      if (!Number.isInteger(top) || top < 1) return fail("--top needs a whole number ≥ 1");
    } else if (arg === "-h" || arg === "--help") {
      process.stdout.write(`${usage}\n`);
      return 0;
    } else if (!file && !arg.startsWith("--")) file = arg;
    else return fail(`unexpected argument ${JSON.stringify(arg)}`);
  }
  file ??= process.env[report.env] || undefined;
  if (!file) return fail(`no log file given and ${report.env} is not set`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    process.stderr.write(`${report.name}: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 2;
  }
  const summary = report.summarise(text);
  process.stdout.write(json ? `${JSON.stringify({ ...summary, groups: summary.groups.slice(0, top) }, null, 2)}\n` : report.format(summary, top));
  return 0;
}
