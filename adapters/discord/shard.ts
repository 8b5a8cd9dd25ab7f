/**
 * One Discord process: load the fact table, connect, answer until SIGINT/SIGTERM. Run directly it
 * is a single unsharded bot; spawned by sharded.ts, discord.js passes the shard ids in SHARDS /
 * SHARD_COUNT and the client picks them up itself. Every shard loads the same fact table, follows
 * its edits and applies the same settings (rate limit, unanswered-question log) as `npm start`;
 * with REDIS_URL the shards share one budget per user. With FACTDESK_STATUS_PORT each shard serves
 * /healthz and /metrics on that port plus its shard id (shard 0 on the port itself).
 */
import "../shared/load-env-file.js"; // first: .env before anything reads the environment
import { ConfigError } from "../shared/config-error.js";
import { createLogger } from "../shared/logger.js";
import { createRuntime, FactLoadError } from "../shared/runtime.js";
import { settingsFromEnv } from "../shared/settings.js";
import { healthSources } from "../shared/status/health.js";
import { startStatusServer } from "../shared/status/status-server.js";
import { createDiscordAdapter } from "./adapter.js";
import { requireDiscordConfig } from "./config.js";

let logger = createLogger({ name: "factdesk" });

try {
  const settings = settingsFromEnv(process.env);
  logger = createLogger({ name: "factdesk", level: settings.logLevel });
  const config = requireDiscordConfig(process.env);
  const runtime = createRuntime(settings, logger);
  logger.info({ stats: runtime.factdesk.stats, shards: process.env.SHARDS ?? "all" }, "fact table loaded");
  const adapter = createDiscordAdapter(config, { factdesk: runtime.factdesk, path: runtime.path, logger }, {
    stopGraceMs: Math.max(100, settings.shutdownMs - 1_000),
  });
  const status =
    settings.statusPort === undefined
      ? undefined
      : await startStatusServer({ port: settings.statusPort + firstShard(), metrics: runtime.metrics, health: healthSources(runtime, [adapter]) });
  const stop = () =>
    void adapter
      .stop()
      .catch(() => ({ undelivered: 0 }))
      .then(async ({ undelivered }) => {
        await status?.close();
        await runtime.close();
        process.exit(undelivered > 0 ? 1 : 0);
      });
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
  if (err instanceof FactLoadError) {
    console.error(`cannot load the fact table:\n${err.message}`);
    process.exit(2);
  }
  logger.fatal({ err }, "discord adapter failed to start");
  process.exit(1);
}

/** The first shard this process runs (discord.js sets SHARDS to "3" or "[3,4]"); 0 unsharded. */
function firstShard(): number {
  const ids = (process.env.SHARDS ?? "0").match(/\d+/);
  return ids ? Number(ids[0]) : 0;
}
