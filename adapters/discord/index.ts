/** The Discord adapter's public surface, for `npm start` (adapters/main.ts) and tests. */
export { discordConfigFromEnv, requireDiscordConfig, type DiscordConfig } from "./config.js";
export { createDiscordAdapter, type DiscordAdapter, type DiscordAdapterOptions } from "./adapter.js";
export { commands } from "./commands.js";
export { registerCommands, diffCommands } from "./register.js";
