/**
 * `npm run start:sharded` end to end: the compiled ShardingManager entry spawns one process per
 * shard recommended by (fake) Discord; each identifies with its own shard id, loads the fact table
 * and answers. Needs the build (npm test runs it first); skipped when dist/ is absent.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { renderedText, startFakeDiscord } from "./fake-discord.js";

const entry = "dist/adapters/discord/sharded.js";

describe("sharded start", () => {
  it("spawns the recommended shards with discord.js's ShardingManager; a shard answers; SIGTERM stops them all", async () => {
    const fake = await startFakeDiscord({ shards: 2, maxConcurrency: 16 });
    const identified: Array<[number, number]> = [];
    const both = new Promise<void>((resolve) =>
      fake.on("identify", (d: { shard: [number, number] }) => {
        identified.push(d.shard);
        if (identified.length === 2) resolve();
      }),
    );
    const child = spawn(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? "", TZ: "UTC", LOG_LEVEL: "warn", ...fake.env() },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = once(child, "exit");
    try {
      await Promise.race([
        both,
        exited.then(() => {
          throw new Error(`sharding manager exited early:\n${output}`);
        }),
      ]);
      expect(identified.sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);

      const { id } = fake.command("fact", { question: "Who chaired the OSCE in 2010?" });
      const reply = await fake.waitForReply(id, 10_000);
      expect(renderedText(reply.body).visibleText).toContain("Kazakhstan");

      child.kill("SIGTERM");
      const [code] = await exited;
      expect(code).toBe(0);
      expect(fake.openConnections).toBe(0);
      expect(output).not.toContain(fake.token);
    } finally {
      if (child.exitCode === null) child.kill("SIGKILL");
      await fake.close();
    }
  }, 30_000);
});
