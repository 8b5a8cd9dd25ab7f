/**
 * The real adapters on the fake platforms, wired the way adapters/main.ts wires them: a shared
 * question guard (rate limit, request ids) over the real fact table, logs captured at debug level.
 */
import { createDiscordAdapter, type DiscordAdapter, type DiscordAdapterOptions } from "../../adapters/discord/index.js";
import { createLogger } from "../../adapters/shared/logger.js";
import { createQuestionPath, type QuestionPath } from "../../adapters/shared/question-path.js";
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from "../../adapters/slack/adapter.js";
import type { RateLimit } from "../../adapters/shared/token-bucket.js";
import type { Factdesk } from "../../src/index.js";
import { CONTRACT_NOW } from "../contract/adapter-contract.js";
import { factdesk as sharedFactdesk } from "../discord/bot.js";
import { CallbackType, startFakeDiscord, type FakeDiscord, type ReplyRequest } from "../discord/fake-discord.js";
import { APP_TOKEN, BOT_ID, BOT_TOKEN, BOT_USER_ID, FakeSlack } from "../slack/fake-slack.js";
import { LogCapture } from "../slack/helpers.js";

export { LogCapture };

export interface GuardOptions {
  factdesk?: Factdesk;
  rate?: RateLimit;
}

export function pathFor(options: GuardOptions = {}): QuestionPath {
  return createQuestionPath({ factdesk: options.factdesk ?? sharedFactdesk(), ...(options.rate ? { limiter: options.rate } : {}) });
}

export interface DiscordRig {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  logs: LogCapture;
  stop(): Promise<void>;
}

export async function startDiscord(options: GuardOptions & { adapter?: DiscordAdapterOptions; level?: string } = {}): Promise<DiscordRig> {
  const fake = await startFakeDiscord();
  const logs = new LogCapture();
  const adapter = createDiscordAdapter(
    { token: fake.token, applicationId: fake.applicationId, apiBase: fake.apiBase },
    { factdesk: options.factdesk ?? sharedFactdesk(), path: pathFor(options), now: () => CONTRACT_NOW, logger: createLogger({ level: options.level ?? "debug", destination: logs }) },
    options.adapter,
  );
  await adapter.start();
  return {
    fake,
    adapter,
    logs,
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** The replies a user saw for an interaction (a deferral is not one; a failed request is not one). */
export function delivered(fake: FakeDiscord, id: string): ReplyRequest[] {
  return fake.repliesTo(id).filter((r) => r.status < 300 && !(r.kind === "callback" && r.body?.type === CallbackType.DeferredChannelMessage));
}

export interface SlackRig {
  fake: FakeSlack;
  adapter: SlackAdapter;
  logs: LogCapture;
  stop(): Promise<void>;
}

/** Retries enough for the faults a test injects, with millisecond back-off. */
export const CHAOS_CLIENT_OPTIONS = { retryConfig: { retries: 4, minTimeout: 10, maxTimeout: 50 }, timeout: 5_000 };

export async function startSlack(options: GuardOptions & { adapter?: SlackAdapterOptions; level?: string; fake?: FakeSlack } = {}): Promise<SlackRig> {
  const fake = options.fake ?? (await new FakeSlack().start());
  const logs = new LogCapture();
  const adapter = createSlackAdapter(
    { mode: "socket", botToken: BOT_TOKEN, appToken: APP_TOKEN, apiUrl: fake.apiUrl },
    { factdesk: options.factdesk ?? sharedFactdesk(), path: pathFor(options), now: () => CONTRACT_NOW, logger: createLogger({ level: options.level ?? "debug", destination: logs }) },
    {
      botUserId: BOT_USER_ID,
      botId: BOT_ID,
      clientOptions: CHAOS_CLIENT_OPTIONS,
      ...options.adapter,
    },
  );
  await adapter.start();
  return {
    fake,
    adapter,
    logs,
    async stop() {
      await adapter.stop();
      await fake.stop();
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` (every 20 ms) until it holds. */
export async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
