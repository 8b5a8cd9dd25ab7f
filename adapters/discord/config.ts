/**
 * Discord settings from the environment, validated once at start. Problems name the variable and
 * never its value: DISCORD_TOKEN is a secret, and a mistyped ID may be one pasted by accident.
 */
import { z } from "zod";
import { ConfigError } from "../shared/config-error.js";
import { registerSecret } from "../shared/secrets.js";

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Register commands to this one guild (instant, for development) instead of globally. */
  guildId?: string;
  /** REST base without the version ("https://discord.com/api"); discord.js also finds the gateway through it. */
  apiBase?: string;
}

export const DEFAULT_API_BASE = "https://discord.com/api";

export const DISCORD_VARIABLES = ["DISCORD_TOKEN", "DISCORD_APPLICATION_ID", "DISCORD_GUILD_ID", "DISCORD_API_BASE"] as const;

// `VAR=` in a .env file means "not set", not "set to nothing".
const blankIsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const fromEnv = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema);

const snowflake = z
  .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
  .regex(/^\d{17,20}$/, "must be a Discord ID (a snowflake: 17 to 20 digits)");

const schema = z.object({
  DISCORD_TOKEN: fromEnv(
    z
      .string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") })
      .regex(/^\S+$/, "must be the bot token alone, without spaces or a 'Bot ' prefix"),
  ),
  DISCORD_APPLICATION_ID: fromEnv(snowflake),
  DISCORD_GUILD_ID: fromEnv(snowflake.optional()),
  DISCORD_API_BASE: fromEnv(
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://discord.com/api" })
      .optional(),
  ),
});

/**
 * The Discord configuration, or null when Discord is not configured at all (no DISCORD_* variable
 * set), so `npm start` can skip the adapter. Any DISCORD_* variable set makes the rest mandatory:
 * an operator who set the application ID but forgot the token wants an error, not the terminal chat.
 */
export function discordConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DiscordConfig | null {
  const present = DISCORD_VARIABLES.filter((name) => blankIsUnset(env[name]) !== undefined);
  if (present.length === 0) return null;

  const parsed = schema.safeParse(Object.fromEntries(DISCORD_VARIABLES.map((name) => [name, env[name]])));
  if (!parsed.success) throw ConfigError.fromZod("Discord", parsed.error);

  const { DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_GUILD_ID, DISCORD_API_BASE } = parsed.data;
  registerSecret(DISCORD_TOKEN); // scrubbed from every log line and crash message from now on
  return {
    token: DISCORD_TOKEN,
    applicationId: DISCORD_APPLICATION_ID,
    ...(DISCORD_GUILD_ID ? { guildId: DISCORD_GUILD_ID } : {}),
    // discord.js appends "/v10/…" itself; a trailing slash would double it.
    ...(DISCORD_API_BASE ? { apiBase: DISCORD_API_BASE.replace(/\/+$/, "") } : {}),
  };
}

/** For entry points that cannot run without Discord (register, sharded): unset is an error too. */
export function requireDiscordConfig(env: NodeJS.ProcessEnv = process.env): DiscordConfig {
  const config = discordConfigFromEnv(env);
  if (!config) throw new ConfigError("Discord configuration is invalid:\n  DISCORD_TOKEN: is required");
  return config;
}
