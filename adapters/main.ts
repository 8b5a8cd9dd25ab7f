#!/usr/bin/env node
/**
 * `npm start`: run every chat adapter whose credentials are configured (Discord, Slack); with none,
 * open the terminal chat. Bad configuration is reported by variable name (never its value), exit 2;
 * an adapter that cannot start (a token the platform rejects) is a fatal error, exit 1. SIGTERM and
 * SIGINT stop taking questions, deliver every acknowledged one (bounded) and exit 0; a question
 * still undelivered when the bound runs out is logged at error level and the exit code is 1.
 */
// First: .env is read before any other module reads the environment.
import { describeEnvFile, envFile } from "./shared/load-env-file.js";
import { FactLoadError, loadFactdesk } from "../src/index.js";
import { createTerminalAdapter, createTerminalPath } from "./cli/chat.js";
import { discordConfigFromEnv } from "./discord/config.js";
import type { ChatAdapter } from "./shared/adapter.js";
import { ConfigError } from "./shared/config-error.js";
import { unknownVariableWarnings } from "./shared/known-variables.js";
import { createLogger } from "./shared/logger.js";
import { createRuntime, type Runtime } from "./shared/runtime.js";
import { scrubSecrets } from "./shared/secrets.js";
import { settingsFromEnv, type Settings } from "./shared/settings.js";
import { slackConfigFromEnv } from "./slack/config.js";
import { startupLines } from "./shared/startup-report.js";
import { ChannelPacer } from "./shared/channel-pacer.js";
import { healthSources } from "./shared/status/health.js";
import { startStatusServer, type StatusServer } from "./shared/status/status-server.js";

const say = (line: string) => process.stderr.write(`factdesk: ${scrubSecrets(line)}\n`);

/** No platform configured: the terminal chat, with `flag [note]` when FACTDESK_FLAGS_LOG is set. */
async function runTerminal(settings: Settings): Promise<number> {
  let factdesk, path;
  try {
    factdesk = loadFactdesk(settings.factsDir ? { factsDir: settings.factsDir } : {});
    path = createTerminalPath(factdesk, settings.flagsLog);
  } catch (err) {
    if (err instanceof FactLoadError || err instanceof ConfigError) {
      say(err instanceof FactLoadError ? `cannot load the fact table:\n${err.message}` : err.message);
      return 2;
    }
    throw err;
  }
  const chat = createTerminalAdapter({ input: process.stdin, output: process.stdout }, { factdesk, path });
  await chat.start();
  await chat.finished;
  await path.close();
  return 0;
}

async function main(): Promise<number> {
  let settings: Settings, discord, slack;
  try {
    settings = settingsFromEnv(process.env);
    discord = discordConfigFromEnv(process.env);
    slack = slackConfigFromEnv(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      say(describeEnvFile(envFile));
      say(err.message);
      return 2;
    }
    throw err;
  }
  const plan = startupLines({ envFile, settings, discord, slack });
  const warnings = unknownVariableWarnings(process.env);
  if (!discord && !slack) {
    for (const line of [...plan, ...warnings]) say(line);
    return runTerminal(settings);
  }

  const logger = createLogger({ level: settings.logLevel });
  for (const line of plan) logger.info(line);
  for (const warning of warnings) logger.warn(warning);
  let runtime: Runtime;
  try {
    runtime = createRuntime(settings, logger);
  } catch (err) {
    if (err instanceof FactLoadError) {
      say(`cannot load the fact table:\n${err.message}`);
      return 2;
    }
    if (err instanceof ConfigError) {
      say(err.message);
      return 2;
    }
    throw err;
  }
  const { factdesk, path, state } = runtime;
  const deps = { factdesk, path, logger };
  // Each adapter gets most of the shutdown bound for its in-flight replies; the rest is for closing.
  const stopMs = Math.max(100, settings.shutdownMs - 1_000);
  logger.info({ stats: factdesk.stats, discord: !!discord, slack: !!slack, rate: settings.rate, reload: settings.reload }, "starting chat adapters");
  const adapters: ChatAdapter[] = [];
  if (discord) adapters.push((await import("./discord/adapter.js")).createDiscordAdapter(discord, deps, { stopGraceMs: stopMs }));
  if (slack)
    adapters.push(
      (await import("./slack/adapter.js")).createSlackAdapter(slack, deps, {
        stopTimeoutMs: stopMs,
        pacer: new ChannelPacer(settings.slackChannelIntervalMs, { maxQueued: settings.slackChannelQueue, ...(state.slots ? { slots: state.slots } : {}) }),
        deliveries: state.deliveries,
        // Replayed signed requests (a /fact or a click delivered twice) are caught across instances too.
        ...(state.redis ? { seen: state.deliveries } : {}),
      }),
    );

  let status: StatusServer | undefined;
  /** Stops every adapter; resolves to the number of acknowledged questions left undelivered. */
  const stopAll = async (): Promise<number> => {
    const reports = await Promise.allSettled(adapters.map((a) => a.stop()));
    await status?.close();
    await runtime.close();
    return reports.reduce((n, r) => n + (r.status === "fulfilled" ? r.value.undelivered : 0), 0);
  };
  let stopping = false;
  const shutdown = (signal: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, boundMs: settings.shutdownMs }, "shutting down: closing connections, finishing replies in flight");
    const bound = setTimeout(() => {
      logger.error({ boundMs: settings.shutdownMs }, "shutdown took too long; exiting anyway");
      process.exit(1);
    }, settings.shutdownMs).unref();
    void stopAll().then((undelivered) => {
      clearTimeout(bound);
      if (undelivered > 0) logger.error({ signal, undelivered }, "stopped with questions undelivered");
      else logger.info({ signal }, "stopped");
      process.exit(undelivered > 0 ? 1 : code);
    });
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  // A bug in a library callback must not take the bot down silently; a rejected promise nobody
  // awaited is logged and the bot keeps answering, an exception of unknown state stops it cleanly.
  process.on("unhandledRejection", (err) => logger.error({ err }, "unhandled promise rejection (kept running)"));
  process.on("uncaughtException", (err) => {
    logger.fatal({ err }, "uncaught exception; shutting down");
    shutdown("uncaughtException", 1);
  });

  if (settings.statusPort !== undefined) {
    try {
      status = await startStatusServer({ port: settings.statusPort, metrics: runtime.metrics, health: healthSources(runtime, adapters) });
    } catch (err) {
      say(`cannot serve /healthz and /metrics on FACTDESK_STATUS_PORT ${settings.statusPort} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      stopping = true;
      await stopAll();
      return 1;
    }
  }
  const started = await Promise.allSettled(adapters.map((a) => a.start()));
  const failures = started.flatMap((r, i) => (r.status === "rejected" ? [{ platform: adapters[i]!.platform, err: r.reason as Error }] : []));
  if (failures.length > 0) {
    for (const { platform, err } of failures) {
      logger.fatal({ err, platform }, "an adapter failed to start");
      say(`cannot start the ${platform} adapter: ${err?.message ?? String(err)}`);
    }
    stopping = true;
    await stopAll();
    return 1;
  }
  logger.info("factdesk is answering");
  return new Promise<number>(() => {}); // run until a signal
}

main().then(
  (code) => {
    process.exitCode = code;
    // Leave as soon as nothing is pending; never hang on a handle a failed start left behind.
    setTimeout(() => process.exit(code), 2_000).unref();
  },
  (err: unknown) => {
    say(`unexpected error: ${(err as Error)?.stack ?? String(err)}`);
    process.exit(1);
  },
);
