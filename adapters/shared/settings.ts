/**
 * factdesk's own settings (everything that is not a platform credential), validated with zod at
 * start. Problems name the variable and what was expected; values are never echoed.
 */
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { z } from "zod";
import type { RateLimit } from "./token-bucket.js";
import { ConfigError } from "./config-error.js";
import { registerSecret } from "./secrets.js";
import { DEFAULT_MAX_FILE_BYTES } from "./reloading-factdesk.js";

export interface Settings {
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** The fact table's directory; the package's facts/ when unset. */
  factsDir?: string;
  /** Follow edits to the fact table while running (long-running adapters only). */
  reload: boolean;
  reloadDebounceMs: number;
  /** Per-user questions; perMinute 0 turns the limit off. */
  rate: RateLimit;
  /** Append unanswered questions (JSONL) here; off when unset. */
  gapsLog?: string;
  /** Append "Wrong or outdated?" flags (JSONL) here; off (no button) when unset. */
  flagsLog?: string;
  /** Slack: minimum time between two messages the bot posts into one channel. */
  slackChannelIntervalMs: number;
  /** Slack: messages that may wait in one channel's queue; beyond it the asker is told to try again in a minute. */
  slackChannelQueue: number;
  /** Largest fact file (bytes) a reload reads; a bigger one is refused with a message naming it. */
  factFileMaxBytes: number;
  /** SIGTERM/SIGINT: how long in-flight replies may take before the process exits anyway. */
  shutdownMs: number;
  /** Serve /healthz and /metrics on this port; off when unset. */
  statusPort?: number;
  /** Share de-duplication, rate limits and pacing with other instances through this Redis; in memory when unset. */
  redisUrl?: string;
}

export const DEFAULTS = {
  reload: true,
  reloadDebounceMs: 500,
  ratePerMinute: 20,
  rateBurst: 10,
  slackChannelIntervalMs: 1_000,
  slackChannelQueue: 5,
  factFileMaxBytes: DEFAULT_MAX_FILE_BYTES,
  shutdownMs: 10_000,
} as const;

const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const wholeNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^\s*\d+\s*$/, `must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be a whole number from ${min} to ${max}`).max(max, `must be a whole number from ${min} to ${max}`))
      .default(fallback),
  );

const onOff = (fallback: boolean) =>
  z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^(1|0|true|false|on|off|yes|no)$/i, "must be on or off (also: true/false, 1/0, yes/no)")
      .transform((v) => /^(1|true|on|yes)$/i.test(v))
      .default(fallback),
  );

const isDirectory = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

const logFile = () =>
  z.preprocess(
    blankIsUnset,
    z
      .string()
      .refine((path) => isDirectory(dirname(resolve(path))), "must be a file path in an existing directory")
      .refine((path) => !isDirectory(path), "must be a file path, not a directory")
      .optional(),
  );

const schema = z.object({
  LOG_LEVEL: z.preprocess(
    (v) => (typeof blankIsUnset(v) === "string" ? String(v).trim().toLowerCase() : undefined),
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "must be one of fatal, error, warn, info, debug, trace, silent" }).default("info"),
  ),
  FACTDESK_FACTS_DIR: z.preprocess(blankIsUnset, z.string().refine(isDirectory, "must be an existing directory (the fact table)").optional()),
  FACTDESK_RELOAD: onOff(DEFAULTS.reload),
  FACTDESK_RELOAD_DEBOUNCE_MS: wholeNumber(20, 60_000, DEFAULTS.reloadDebounceMs),
  FACTDESK_RATE_PER_MINUTE: wholeNumber(0, 10_000, DEFAULTS.ratePerMinute),
  FACTDESK_RATE_BURST: wholeNumber(1, 1_000, DEFAULTS.rateBurst),
  FACTDESK_GAPS_LOG: logFile(),
  FACTDESK_FLAGS_LOG: logFile(),
  FACTDESK_SLACK_CHANNEL_INTERVAL_MS: wholeNumber(0, 60_000, DEFAULTS.slackChannelIntervalMs),
  FACTDESK_SLACK_CHANNEL_QUEUE: wholeNumber(1, 1_000, DEFAULTS.slackChannelQueue),
  FACTDESK_FACT_FILE_MAX_BYTES: wholeNumber(1_024, 1_073_741_824, DEFAULTS.factFileMaxBytes),
  FACTDESK_SHUTDOWN_MS: wholeNumber(100, 120_000, DEFAULTS.shutdownMs),
  FACTDESK_STATUS_PORT: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^\s*\d+\s*$/, "must be a port number from 1 to 65535")
      .transform(Number)
      .pipe(z.number().min(1, "must be a port number from 1 to 65535").max(65_535, "must be a port number from 1 to 65535"))
      .optional(),
  ),
  REDIS_URL: z.preprocess(blankIsUnset, z.url({ protocol: /^rediss?$/, error: "must be a redis:// or rediss:// URL" }).optional()),
});

export const SETTING_VARIABLES = Object.keys(schema.shape) as Array<keyof typeof schema.shape>;

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Settings {
  const parsed = schema.safeParse(Object.fromEntries(SETTING_VARIABLES.map((name) => [name, env[name]])));
  if (!parsed.success) throw ConfigError.fromZod("factdesk", parsed.error);
  const s = parsed.data;
  if (s.REDIS_URL) registerSecret(decodeURIComponent(new URL(s.REDIS_URL).password)); // scrubbed from every log line
  return {
    logLevel: s.LOG_LEVEL,
    ...(s.FACTDESK_FACTS_DIR ? { factsDir: resolve(s.FACTDESK_FACTS_DIR) } : {}),
    reload: s.FACTDESK_RELOAD,
    reloadDebounceMs: s.FACTDESK_RELOAD_DEBOUNCE_MS,
    rate: { perMinute: s.FACTDESK_RATE_PER_MINUTE, burst: s.FACTDESK_RATE_BURST },
    ...(s.FACTDESK_GAPS_LOG ? { gapsLog: resolve(s.FACTDESK_GAPS_LOG) } : {}),
    ...(s.FACTDESK_FLAGS_LOG ? { flagsLog: resolve(s.FACTDESK_FLAGS_LOG) } : {}),
    slackChannelIntervalMs: s.FACTDESK_SLACK_CHANNEL_INTERVAL_MS,
    slackChannelQueue: s.FACTDESK_SLACK_CHANNEL_QUEUE,
    factFileMaxBytes: s.FACTDESK_FACT_FILE_MAX_BYTES,
    shutdownMs: s.FACTDESK_SHUTDOWN_MS,
    ...(s.FACTDESK_STATUS_PORT !== undefined ? { statusPort: s.FACTDESK_STATUS_PORT } : {}),
    ...(s.REDIS_URL ? { redisUrl: s.REDIS_URL } : {}),
  };
}
