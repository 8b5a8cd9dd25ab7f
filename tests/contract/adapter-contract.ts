/**
 * The shared contract every chat adapter passes (cli, discord, slack). Each adapter's test file
 * provides a harness that drives a question through the *real* platform path (a fake platform
 * server on 127.0.0.1 for Discord and Slack) and returns what the user would see.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import type { FlagEntry } from "../../adapters/shared/flags-log.js";

/** The whole lines of a flag log so far (none when it does not exist yet). */
export function readFlags(path: string): FlagEntry[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as FlagEntry);
}

export interface RenderedReply {
  /** Every piece of text the user sees in the reply (message text, embed/blocks text, source titles). */
  visibleText: string;
  /** URLs of links in the reply (sources). */
  links: string[];
  /** True when the platform payload could ping someone (allowed mentions, live <!here>, link_names…). */
  canPing: boolean;
  /** How many replies the platform received for this one question. */
  replyCount: number;
}

export interface AdapterHarness {
  start(): Promise<void>;
  /** Ask as a user would on the platform; resolves when the reply has arrived. */
  ask(question: string): Promise<RenderedReply>;
  /**
   * Flag the answer to the last question asked "Wrong or outdated?" with `note`, as a user would
   * (button and modal, or `flag note`); resolves with the confirmation the user saw.
   */
  flagLast(note: string): Promise<{ text: string; onlyAsker: boolean }>;
  /** The flag log's entries so far (the harness runs the adapter with FACTDESK_FLAGS_LOG set). */
  flags(): FlagEntry[];
  stop(): Promise<void>;
}

/** Reference date the harnesses must pass to the adapter (relative questions are pinned to it). */
export const CONTRACT_NOW = new Date("2026-01-15T12:00:00Z");

export function describeAdapterContract(name: string, makeHarness: () => AdapterHarness, timeoutMs = 20_000): void {
  describe(`adapter contract: ${name}`, () => {
    const harness = makeHarness();
    beforeAll(() => harness.start(), timeoutMs);
    afterAll(() => harness.stop(), timeoutMs);

    it("answers a known question with the fact and its sources, once", async () => {
      const reply = await harness.ask("Who chaired the OSCE in 2010?");
      expect(reply.visibleText).toContain("Kazakhstan");
      expect(reply.links.length).toBeGreaterThan(0);
      expect(reply.replyCount).toBe(1);
      expect(reply.canPing).toBe(false);
    }, timeoutMs);

    it("says plainly when it does not know, with example questions", async () => {
      const reply = await harness.ask("What's the weather in Almaty?");
      expect(reply.visibleText).toMatch(/don.t know|not sure|can.t answer/i);
      expect(reply.visibleText).toMatch(/\?/); // at least one suggested question
      expect(reply.visibleText).not.toContain("Kazakhstan held");
      expect(reply.replyCount).toBe(1);
    }, timeoutMs);

    it("flags the last answer: one line in the flag log, a thank-you only the flagger sees", async () => {
      const question = "Who chaired the OSCE in 2010?";
      await harness.ask(question);
      const before = harness.flags().length;
      const confirmation = await harness.flagLast("the CiO changed that year");
      expect(confirmation.text).toMatch(/^Thank you/);
      expect(confirmation.onlyAsker).toBe(true);
      const deadline = Date.now() + 2_000;
      while (harness.flags().length === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      const flags = harness.flags();
      expect(flags).toHaveLength(before + 1);
      const entry = flags.at(-1)!;
      expect(entry).toMatchObject({ question, note: "the CiO changed that year", revision: expect.stringMatching(/^[0-9a-f]{12}$/) });
      expect(entry.answer).toContain("Kazakhstan");
      expect(entry.facts).toContain("osce-chair-2010");
      expect(Object.keys(entry).sort()).toEqual(["answer", "facts", "note", "platform", "question", "revision", "time"]);
    }, timeoutMs);

    it("never pings anyone, whatever the user typed", async () => {
      const reply = await harness.ask("@everyone @here <!channel> <@U123> who chaired the OSCE in 2010?");
      expect(reply.canPing).toBe(false);
      expect(reply.visibleText).not.toMatch(/@everyone|@here|<!channel>|<!here>|<!everyone>|<@U123>/);
      expect(reply.replyCount).toBe(1);
    }, timeoutMs);
  });
}
