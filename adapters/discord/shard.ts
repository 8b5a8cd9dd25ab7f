/**
 * One Discord process: load the fact table, connect, answer until SIGINT/SIGTERM. Run directly it
 * is a single unsharded bot; spawned by sharded.ts, discord.js passes the shard ids in SHARDS /
 * SHARD_COUNT and the client picks them up itself. Every shard loads the same fact table.
 */
import { loadFactdesk } from "../../src/index.js";
import { ConfigError } from "../shared/config-error.js";
import { createLogger } from "../shared/logger.js";
import { createDiscordAdapter } from "./adapter.js";
import { requireDiscordConfig } from "./config.js";

const logger = createLogger({ name: "factdesk" });

try {
  const config = requireDiscordConfig(process.env);
  const factdesk = loadFactdesk();
  logger.info({ stats: factdesk.stats, shards: process.env.SHARDS ?? "all" }, "fact table loaded");
  const adapter = createDiscordAdapter(config, { factdesk }, logger);
  const stop = () => void adapter.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // Spawned by the ShardingManager: if it goes away, so do we (no orphaned gateway sessions).
  if (process.send) process.once("disconnect", stop);
  await adapter.start();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  logger.fatal({ err }, "discord adapter failed to start");
  process.exit(1);
}
