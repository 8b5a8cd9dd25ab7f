/**
 * Test wiring: a fake Discord plus the real adapter logged in to it through DISCORD_API_BASE,
 * with the logs captured (to assert errors are logged and the token never is).
 */
import { Writable } from "node:stream";
import { createDiscordAdapter, discordConfigFromEnv, type DiscordAdapter, type DiscordAdapterOptions } from "../../adapters/discord/index.js";
import { createLogger } from "../../adapters/shared/logger.js";
import type { QuestionPath } from "../../adapters/shared/question-path.js";
import { loadFactdesk, type Factdesk } from "../../src/index.js";
import { CONTRACT_NOW, type RenderedReply } from "../contract/adapter-contract.js";
import { renderedText, startFakeDiscord, type FakeDiscord } from "./fake-discord.js";

export interface TestBot {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  /** Every log line so far, as written (JSON). */
  logs(): string;
  /** /fact question:… and what the user sees once the reply has arrived. */
  ask(question: string, options?: { private?: boolean }): Promise<RenderedReply & { flags: number; id: string }>;
  stop(): Promise<void>;
}

let shared: Factdesk | undefined;
/** Loaded once per test file: the table is the same for every test. */
export function factdesk(): Factdesk {
  return (shared ??= loadFactdesk());
}

/** Time for a duplicate reply to show up before we count replies. */
export const SETTLE_MS = 100;
export const settle = (ms = SETTLE_MS) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startBot(options: { factdesk?: Factdesk; adapter?: DiscordAdapterOptions; path?: QuestionPath } = {}): Promise<TestBot> {
  const fake = await startFakeDiscord();
  let logText = "";
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logText += String(chunk);
      done();
    },
  });
  const config = discordConfigFromEnv(fake.env());
  if (!config) throw new Error("fake env did not configure Discord");
  const adapter = createDiscordAdapter(
    config,
    { factdesk: options.factdesk ?? factdesk(), now: () => CONTRACT_NOW, logger: createLogger({ level: "debug", destination }), ...(options.path ? { path: options.path } : {}) },
    options.adapter,
  );
  try {
    await adapter.start();
  } catch (err) {
    await fake.close();
    throw err;
  }
  return {
    fake,
    adapter,
    logs: () => logText,
    async ask(question, askOptions = {}) {
      const { id } = fake.command("fact", { question, ...(askOptions.private ? { private: true } : {}) });
      const reply = await fake.waitForReply(id);
      await settle();
      const delivered = fake.repliesTo(id).filter((r) => r.status < 300 && r.kind !== "edit");
      return { ...renderedText(reply.body), replyCount: delivered.length, id };
    },
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}
