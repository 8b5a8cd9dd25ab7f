/**
 * Bolt (and its Web API and Socket Mode clients) log through this: our pino logger, so Slack's
 * logs land in the same JSON stream with the same secret redaction.
 */
import { inspect } from "node:util";
import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../shared/logger.js";

const toBolt: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };

export function boltLogger(pino: Logger): BoltLogger {
  const log = (level: "debug" | "info" | "warn" | "error", args: unknown[]) => {
    // Bolt logs ("message", error) pairs: keep the error as a structured field, not as text.
    const err = args.find((a) => a instanceof Error);
    const msg = args
      .filter((a) => a !== err)
      .map((a) => (typeof a === "string" ? a : inspect(a, { depth: 3, breakLength: Infinity })))
      .join(" ");
    if (err) pino[level]({ err }, msg || (err as Error).message);
    else pino[level](msg);
  };
  return {
    debug: (...args) => log("debug", args),
    info: (...args) => log("info", args),
    warn: (...args) => log("warn", args),
    error: (...args) => log("error", args),
    setLevel: (level) => {
      pino.level = level;
    },
    // Anything quieter than warn (error, fatal, silent) reads as ERROR to Bolt.
    getLevel: () => toBolt[pino.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}
