/**
 * `npm run discord:register`: compare the deployed slash commands with ours and overwrite them only
 * when they differ (Discord rate-limits command writes, and a write re-syncs every client).
 * Guild commands when DISCORD_GUILD_ID is set (instant, for development), global otherwise.
 */
import { pathToFileURL } from "node:url";
import { REST, Routes, type APIApplicationCommand, type RESTPostAPIApplicationCommandsJSONBody } from "discord.js";
import { loadEnvFile } from "../shared/env-file.js";
import { ConfigError } from "../shared/config-error.js";
import { commands as localCommands } from "./commands.js";
import { requireDiscordConfig, type DiscordConfig } from "./config.js";

export interface CommandDiff {
  added: string[];
  removed: string[];
  /** Command name → the fields that differ ("description", "options[0].autocomplete"). */
  changed: Array<{ name: string; fields: string[] }>;
  unchanged: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Loose = Record<string, unknown>;

// Discord fills in defaults and drops `false`/empty values; compare with both sides normalised.
const COMMAND_DEFAULTS: Loose = {
  type: 1,
  name: "",
  description: "",
  name_localizations: null,
  description_localizations: null,
  options: [],
  default_member_permissions: null,
  nsfw: false,
  contexts: null,
  integration_types: [0],
};
const OPTION_DEFAULTS: Loose = {
  type: 0,
  name: "",
  description: "",
  name_localizations: null,
  description_localizations: null,
  required: false,
  autocomplete: false,
  choices: [],
  options: [],
  channel_types: [],
  min_value: null,
  max_value: null,
  min_length: null,
  max_length: null,
};

function normalise(value: object, defaults: Loose): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [key, fallback] of Object.entries(defaults)) {
    let v = (value as Loose)[key];
    if (v === undefined || (v !== null && typeof v === "object" && Object.keys(v).length === 0 && fallback === null)) v = fallback;
    if (key === "options" && Array.isArray(v)) v = v.map((option) => normalise(option as object, OPTION_DEFAULTS));
    out[key] = v as Json;
  }
  return out;
}

function differences(a: Json, b: Json, path: string): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    const paths = a.length === b.length ? [] : [`${path}.length`];
    for (let i = 0; i < Math.min(a.length, b.length); i++) paths.push(...differences(a[i] as Json, b[i] as Json, `${path}[${i}]`));
    return paths;
  }
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => differences(a[key] ?? null, b[key] ?? null, path ? `${path}.${key}` : key));
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [path || "(value)"];
}

export function diffCommands(
  deployed: ReadonlyArray<APIApplicationCommand | RESTPostAPIApplicationCommandsJSONBody>,
  local: ReadonlyArray<RESTPostAPIApplicationCommandsJSONBody> = localCommands,
): CommandDiff {
  const deployedByName = new Map(deployed.map((command) => [command.name, command]));
  const localNames = new Set(local.map((command) => command.name));
  const diff: CommandDiff = { added: [], removed: [], changed: [], unchanged: [] };
  for (const command of local) {
    const current = deployedByName.get(command.name);
    if (!current) {
      diff.added.push(command.name);
      continue;
    }
    const fields = differences(normalise(current, COMMAND_DEFAULTS), normalise(command, COMMAND_DEFAULTS), "");
    if (fields.length) diff.changed.push({ name: command.name, fields });
    else diff.unchanged.push(command.name);
  }
  diff.removed = deployed.map((command) => command.name).filter((name) => !localNames.has(name));
  return diff;
}

export function describeDiff(diff: CommandDiff): string[] {
  return [
    ...diff.added.map((name) => `+ /${name} (new)`),
    ...diff.changed.map(({ name, fields }) => `~ /${name} (changed: ${fields.join(", ")})`),
    ...diff.removed.map((name) => `- /${name} (removed)`),
  ];
}

export interface RegisterResult {
  diff: CommandDiff;
  written: boolean;
  scope: "global" | "guild";
}

/** Fetch the deployed commands, diff, and PUT (bulk overwrite) only when something differs. */
export async function registerCommands(
  config: DiscordConfig,
  options: { commands?: RESTPostAPIApplicationCommandsJSONBody[]; print?: (line: string) => void; rest?: REST } = {},
): Promise<RegisterResult> {
  const commands = options.commands ?? localCommands;
  const print = options.print ?? ((line: string) => console.log(line));
  const rest = options.rest ?? new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const scope = config.guildId ? "guild" : "global";
  const where = config.guildId ? `guild ${config.guildId}` : "all guilds (global)";

  const deployed = (await rest.get(route)) as APIApplicationCommand[];
  const diff = diffCommands(deployed, commands);
  const lines = describeDiff(diff);
  if (lines.length === 0) {
    print(`Commands for ${where} are up to date (${diff.unchanged.map((name) => `/${name}`).join(", ")}); nothing written.`);
    return { diff, written: false, scope };
  }
  lines.forEach((line) => print(line));
  await rest.put(route, { body: commands });
  print(`Registered ${commands.length} commands for ${where}.`);
  return { diff, written: true, scope };
}

async function main(): Promise<void> {
  loadEnvFile(); // run as a script only: tests importing this module keep their own environment
  try {
    await registerCommands(requireDiscordConfig(process.env));
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    // DiscordAPIError/HTTPError messages carry the route and Discord's reason, never the token.
    console.error(`Registering commands failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
