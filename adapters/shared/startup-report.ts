/**
 * What `npm start` is about to run and why, one line per part, naming the variables that decided
 * it (never their values): an admin who filled in .env sees at once whether it was read and
 * which adapters it turned on.
 */
import type { DiscordConfig } from "../discord/config.js";
import type { SlackConfig } from "../slack/config.js";
import { describeEnvFile, type EnvFileReport } from "./env-file.js";
import type { Settings } from "./settings.js";

export interface StartupPlan {
  envFile: EnvFileReport;
  settings: Settings;
  discord: DiscordConfig | null;
  slack: SlackConfig | null;
}

export function startupLines(plan: StartupPlan): string[] {
  const { settings, discord, slack } = plan;
  const lines = [describeEnvFile(plan.envFile)];
  if (!discord && !slack) return [...lines, "terminal chat (no DISCORD_* or SLACK_* variable set)"];
  lines.push(discordLine(discord), slackLine(slack));
  lines.push(
    settings.redisUrl
      ? `shared state: Redis at ${redisLocation(settings.redisUrl)} (REDIS_URL set)`
      : "state: in this process only (REDIS_URL not set; run one Slack HTTP instance or set it)",
  );
  lines.push(
    settings.statusPort !== undefined
      ? `status: /healthz and /metrics on :${settings.statusPort} (FACTDESK_STATUS_PORT set)`
      : "status: off (FACTDESK_STATUS_PORT not set)",
  );
  return lines;
}

function discordLine(discord: DiscordConfig | null): string {
  if (!discord) return "discord: off (no DISCORD_* variable set)";
  const commands = discord.guildId ? "commands registered to one server (DISCORD_GUILD_ID)" : "global commands";
  return `discord: gateway, ${commands} (DISCORD_TOKEN and DISCORD_APPLICATION_ID set)`;
}

function slackLine(slack: SlackConfig | null): string {
  if (!slack) return "slack: off (no SLACK_* variable set)";
  if (slack.mode === "socket") return "slack: Socket Mode (SLACK_BOT_TOKEN and SLACK_APP_TOKEN set)";
  return `slack: HTTP mode on :${slack.port} (SLACK_SIGNING_SECRET and PORT set)`;
}

/** host:port/db of a Redis URL, without the user name or password. */
export function redisLocation(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}:${u.port || "6379"}${u.pathname.length > 1 ? u.pathname : ""}`;
}
