import { pino, type Logger } from "pino";
import { scrubSecrets } from "./secrets.js";

/**
 * Structured logs (pino, JSON to stderr so stdout stays clean for the CLI's answers).
 * Secrets are redacted by key wherever they appear in a logged object, and any registered secret
 * value (./secrets.ts) is scrubbed from every line as written, wherever it hid (an error's cause,
 * a library's message).
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

export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream; name?: string } = {}): Logger {
  return pino(
    {
      name: options.name ?? "factdesk",
      level: options.level ?? process.env.LOG_LEVEL ?? "info",
      redact: { paths: REDACTED_KEYS, censor: "[redacted]" },
      hooks: { streamWrite: scrubSecrets },
    },
    (options.destination ?? process.stderr) as pino.DestinationStream,
  );
}

export type { Logger };
