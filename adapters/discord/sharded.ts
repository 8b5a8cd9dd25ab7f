/**
 * `npm run start:sharded`: discord.js's own ShardingManager, one process per shard, each running
 * shard.js over the same fact table. Discord requires sharding past ~2,000 guilds; the shards are
 * stateless, so the recommended count from Discord is all we need.
 */
import "../shared/load-env-file.js"; // first: .env before anything reads the environment
import { fileURLToPath } from "node:url";
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from "discord.js";
import { ConfigError } from "../shared/config-error.js";
import { createLogger } from "../shared/logger.js";
import { requireDiscordConfig, type DiscordConfig } from "./config.js";

const logger = createLogger({ name: "factdesk" });

/**
 * Discord's recommended shard count and identify concurrency, asked through DISCORD_API_BASE
 * (ShardingManager's own "auto" always asks discord.com).
 */
async function gatewayInfo(config: DiscordConfig): Promise<{ shards: number; maxConcurrency: number }> {
  const rest = new REST(config.apiBase ? { api: config.apiBase } : {}).setToken(config.token);
  const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return { shards: Math.max(1, info.shards), maxConcurrency: Math.max(1, info.session_start_limit.max_concurrency) };
}

try {
  const config = requireDiscordConfig(process.env);
  const { shards: totalShards, maxConcurrency } = await gatewayInfo(config);
  const manager = new ShardingManager(fileURLToPath(new URL("./shard.js", import.meta.url)), {
    token: config.token,
    totalShards,
    respawn: true,
  });
  manager.on("shardCreate", (shard) => {
    logger.info({ shardId: shard.id, totalShards }, "shard spawned");
    shard.on("death", () => logger.warn({ shardId: shard.id, respawn: manager.respawn }, "shard process exited"));
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      manager.respawn = false;
      // Each shard stops itself cleanly on SIGTERM (see shard.ts).
      for (const shard of manager.shards.values()) shard.process?.kill("SIGTERM");
      setTimeout(() => process.exit(0), 6_000).unref();
    });
  }
  // Shards i and i + maxConcurrency share an identify bucket (one IDENTIFY per 5 s), so spawning
  // one shard every 5.5 s / maxConcurrency keeps each bucket within its limit.
  await manager.spawn({ delay: Math.ceil(5_500 / maxConcurrency), timeout: 60_000 });
  logger.info({ totalShards }, "all shards ready");
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  logger.fatal({ err }, "sharding manager failed");
  process.exit(1);
}
