/**
 * `npm run start:sharded` end to end: the compiled ShardingManager entry spawns one process per
 * shard recommended by (fake) Discord; each identifies with its own shard id, loads the fact table
 * and answers. Needs the build (npm test runs it first); skipped when dist/ is absent.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { renderedText, startFakeDiscord } from "./fake-discord.js";

const entry = "dist/adapters/discord/sharded.js";

/** Two free ports in a row: each shard serves /healthz on FACTDESK_STATUS_PORT plus its id. */
async function twoFreePorts(): Promise<number> {
  const taken = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = createServer().once("error", () => resolve(true));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(false)));
    });
  for (let port = 20_000 + Math.floor(Math.random() * 20_000); ; port += 2) if (!(await taken(port)) && !(await taken(port + 1))) return port;
}

async function healthy(port: number): Promise<Record<string, unknown>> {
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
    if (res?.status === 200) return (await res.json()) as Record<string, unknown>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no healthy /healthz on ${port}`);
}

describe("sharded start", () => {
  it("spawns the recommended shards with discord.js's ShardingManager; each reports healthy on its port; a shard answers; SIGTERM stops them all", async () => {
    const fake = await startFakeDiscord({ shards: 2, maxConcurrency: 16 });
    const identified: Array<[number, number]> = [];
    const both = new Promise<void>((resolve) =>
      fake.on("identify", (d: { shard: [number, number] }) => {
        identified.push(d.shard);
        if (identified.length === 2) resolve();
      }),
    );
    const statusPort = await twoFreePorts();
    const child = spawn(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? "", TZ: "UTC", LOG_LEVEL: "warn", FACTDESK_STATUS_PORT: String(statusPort), ...fake.env() },
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

      // Each shard reports its own gateway connection, on its own port.
      for (const port of [statusPort, statusPort + 1]) expect(await healthy(port)).toMatchObject({ status: "ok", adapters: { discord: "connected" } });

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
