#!/usr/bin/env node
/**
 * `npm start`: run every chat adapter whose credentials are configured (Discord, Slack); with none,
 * open the terminal chat. Bad configuration is reported by variable name (never its value), exit 2.
 */
import { FactLoadError, loadFactdesk, type Factdesk } from "../src/index.js";
import { runChat } from "./cli/chat.js";
import { discordConfigFromEnv } from "./discord/config.js";
import type { ChatAdapter } from "./shared/adapter.js";
import { ConfigError } from "./shared/config-error.js";
import { createLogger } from "./shared/logger.js";
import { slackConfigFromEnv } from "./slack/config.js";

const SHUTDOWN_BOUND_MS = 10_000;

async function main(): Promise<number> {
  let discord, slack;
  try {
    discord = discordConfigFromEnv(process.env);
    slack = slackConfigFromEnv(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`factdesk: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  let factdesk: Factdesk;
  try {
    factdesk = loadFactdesk();
  } catch (err) {
    if (err instanceof FactLoadError) {
      process.stderr.write(`factdesk: cannot load the fact table:\n${err.message}\n`);
      return 2;
    }
    throw err;
  }
  if (!discord && !slack) {
    await runChat(factdesk, { input: process.stdin, output: process.stdout, now: () => new Date() });
    return 0;
  }

  const logger = createLogger();
  logger.info({ stats: factdesk.stats, discord: !!discord, slack: !!slack }, "starting chat adapters");
  const adapters: ChatAdapter[] = [];
  if (discord) adapters.push((await import("./discord/adapter.js")).createDiscordAdapter(discord, { factdesk }, logger));
  if (slack) adapters.push((await import("./slack/adapter.js")).createSlackAdapter(slack, { factdesk }, { logger }));

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const bound = setTimeout(() => process.exit(1), SHUTDOWN_BOUND_MS).unref();
    void Promise.allSettled(adapters.map((a) => a.stop())).then(() => {
      clearTimeout(bound);
      process.exit(0);
    });
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  try {
    await Promise.all(adapters.map((a) => a.start()));
  } catch (err) {
    logger.fatal({ err }, "an adapter failed to start");
    await Promise.allSettled(adapters.map((a) => a.stop()));
    return 1;
  }
  logger.info("factdesk is answering");
  return new Promise<number>(() => {}); // run until a signal
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`factdesk: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
