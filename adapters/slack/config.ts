/**
 * Slack settings from the environment, validated once at start. Errors name the variable and
 * what is wrong with it, never its value (tokens and the signing secret are secrets).
 */
import { z } from "zod";
import { ConfigError } from "../shared/config-error.js";
import { registerSecret } from "../shared/secrets.js";

interface SlackCommon {
  botToken: string;
  /** Web API base (tests, proxies); Slack's own when unset. */
  apiUrl?: string;
}
/** Socket Mode (default): an outgoing WebSocket, no public URL needed. */
export interface SlackSocketConfig extends SlackCommon {
  mode: "socket";
  appToken: string;
}
/** HTTP mode: signed Events API requests on PORT; stateless, so it scales out behind a load balancer. */
export interface SlackHttpConfig extends SlackCommon {
  mode: "http";
  signingSecret: string;
  /** 0 picks a free port (tests); the env only accepts 1–65535. */
  port: number;
}
export type SlackConfig = SlackSocketConfig | SlackHttpConfig;

// An empty `VAR=` line in .env means "not set", not "set to nothing".
const optional = (schema: z.ZodType) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());

const EnvSchema = z
  .object({
    SLACK_BOT_TOKEN: z.string({ error: "is required" }).startsWith("xoxb-", { error: "must be a bot token (xoxb-…)" }),
    SLACK_APP_TOKEN: optional(z.string().startsWith("xapp-", { error: "must be an app-level token (xapp-…)" })),
    SLACK_SIGNING_SECRET: optional(z.string().min(8, { error: "is too short to be a signing secret" })),
    PORT: optional(
      z.coerce.number({ error: "must be a port number" }).int({ error: "must be a port number" }).min(1, { error: "must be 1–65535" }).max(65535, { error: "must be 1–65535" }),
    ),
    SLACK_API_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http(s) URL" })),
  })
  .superRefine((env, ctx) => {
    if (env.SLACK_APP_TOKEN !== undefined) return; // Socket Mode wins when both are set
    if (env.SLACK_SIGNING_SECRET === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["SLACK_APP_TOKEN"],
        message: "is required (Socket Mode), or set SLACK_SIGNING_SECRET and PORT for HTTP mode",
      });
    else if (env.PORT === undefined) ctx.addIssue({ code: "custom", path: ["PORT"], message: "is required in HTTP mode (SLACK_SIGNING_SECRET is set)" });
  });

/** Every SLACK_* variable factdesk reads (PORT is shared with other uses, so it is not one of them). */
export const SLACK_VARIABLES = ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL"] as const;

/**
 * `null` when no SLACK_* variable is set: the Slack adapter is simply not configured. Any of them
 * set without SLACK_BOT_TOKEN is half a configuration, an error naming what is missing (an
 * operator who filled in the app token but not the bot token wants to hear it, not the terminal chat).
 */
export function slackConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SlackConfig | null {
  const present = SLACK_VARIABLES.filter((name) => env[name] !== undefined && env[name] !== "");
  if (present.length === 0) return null;
  if (!present.includes("SLACK_BOT_TOKEN"))
    throw new ConfigError(`Slack configuration is incomplete:\n  SLACK_BOT_TOKEN: is required (${present.join(" and ")} ${present.length === 1 ? "is" : "are"} set)`);
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw ConfigError.fromZod("Slack", parsed.error);
  const e = parsed.data as {
    SLACK_BOT_TOKEN: string;
    SLACK_APP_TOKEN?: string;
    SLACK_SIGNING_SECRET?: string;
    PORT?: number;
    SLACK_API_URL?: string;
  };
  // Scrubbed from every log line and crash message from now on.
  for (const secret of [e.SLACK_BOT_TOKEN, e.SLACK_APP_TOKEN, e.SLACK_SIGNING_SECRET]) registerSecret(secret);
  const common: SlackCommon = { botToken: e.SLACK_BOT_TOKEN, ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}) };
  if (e.SLACK_APP_TOKEN !== undefined) return { ...common, mode: "socket", appToken: e.SLACK_APP_TOKEN };
  return { ...common, mode: "http", signingSecret: e.SLACK_SIGNING_SECRET!, port: e.PORT! };
}
