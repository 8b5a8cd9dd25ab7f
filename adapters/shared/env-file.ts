/**
 * `.env` in the working directory, read with Node's own process.loadEnvFile. A variable set in the
 * real environment wins over the file. Entry points load it through ./load-env-file.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";

export type EnvFileReport =
  | { status: "absent"; path: string }
  | { status: "loaded"; path: string; variables: string[]; /** set in both: the environment's value is used */ overridden: string[] }
  | { status: "unreadable"; path: string; reason: string };

export function loadEnvFile(dir = process.cwd()): EnvFileReport {
  const path = resolve(dir, ".env");
  if (!existsSync(path)) return { status: "absent", path };
  try {
    const variables = Object.keys(parseEnv(readFileSync(path, "utf8")));
    const overridden = variables.filter((name) => process.env[name] !== undefined);
    process.loadEnvFile(path); // leaves variables already in the environment alone
    return { status: "loaded", path, variables, overridden };
  } catch (err) {
    return { status: "unreadable", path, reason: (err as NodeJS.ErrnoException).code ?? (err as Error).message };
  }
}

/** One line for the start-up report; names variables, never values. */
export function describeEnvFile(report: EnvFileReport): string {
  switch (report.status) {
    case "absent":
      return `settings: environment only (no .env in ${resolve(report.path, "..")})`;
    case "unreadable":
      return `settings: environment only (${report.path} cannot be read: ${report.reason})`;
    case "loaded": {
      const wins = report.overridden.length ? `; the environment's ${report.overridden.join(", ")} win over the file's` : "";
      return `settings: ${report.path} (${report.variables.length} variable${report.variables.length === 1 ? "" : "s"}${wins})`;
    }
  }
}
