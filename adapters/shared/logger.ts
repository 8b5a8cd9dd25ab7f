import { pino, type Logger } from "pino";
import { PinoPretty } from "pino-pretty";
import { scrubSecrets } from "./secrets.js";

/**
 * Structured logs with pino, to stderr so stdout stays clean for the CLI's answers: JSON lines
 * when stderr is not a terminal (a file, a container's log driver, journald), readable coloured
 * lines with local times when it is. Secrets are redacted by key wherever they appear in a logged
 * object, and any registered secret value (./secrets.ts) is scrubbed from every line as written,
 * wherever it hid (an error's cause, a library's message).
 */
export const REDACTED_KEYS = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "appToken",
  "*.appToken",
  "signingSecret",
  "*.signingSecret",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "DISCORD_TOKEN",
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "SLACK_SIGNING_SECRET",
];

export interface LoggerOptions {
  level?: string;
  destination?: NodeJS.WritableStream;
  name?: string;
  /** Readable lines instead of JSON; by default, when the destination is a terminal. */
  pretty?: boolean;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? process.stderr;
  const pretty = options.pretty ?? (destination as { isTTY?: boolean }).isTTY === true;
  return pino(
    {
      name: options.name ?? "factdesk",
      level: options.level ?? process.env.LOG_LEVEL ?? "info",
      redact: { paths: REDACTED_KEYS, censor: "[redacted]" },
      // Runs on the JSON line before it reaches the prettifier too.
      hooks: { streamWrite: scrubSecrets },
    },
    (pretty ? prettyStream(destination) : destination) as pino.DestinationStream,
  );
}

/** "14:03:27.512 INFO (factdesk): slack: ready {mode: socket}": local time, no pid or host. */
function prettyStream(destination: NodeJS.WritableStream): NodeJS.WritableStream {
  return PinoPretty({
    destination,
    sync: true,
    colorize: (destination as { isTTY?: boolean }).isTTY === true,
    translateTime: "SYS:yyyy-mm-dd HH:MM:ss.l",
    ignore: "pid,hostname",
    singleLine: true,
  });
}

export type { Logger };
