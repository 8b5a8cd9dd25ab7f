/**
 * The container files: the Dockerfile passes the lint (the full replay of its RUN commands in a
 * plain shell, `npm run docker:check`, runs in .ci/run: it downloads the dependencies again), a
 * Dockerfile breaking the project's rules fails it, and the compose file runs the bot on Redis.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const CHECK = "dist/scripts/dockerfile-check.js";
const dir = mkdtempSync(join(tmpdir(), "factdesk-dockerfile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const check = (context: string) => spawnSync(process.execPath, [CHECK, "--lint-only", context], { encoding: "utf8" });

describe("Dockerfile", () => {
  it("passes the lint", () => {
    const run = check(".");
    expect(run.stdout).toContain("docker:check: lint: no problems");
    expect(run.status).toBe(0);
  });

  it("a Dockerfile on an unpinned image, with npm install, running as root without a health check fails it, line by line", () => {
    writeFileSync(join(dir, "Dockerfile"), "FROM node:latest\nworkdir app\nRUN npm install\nCMD node main.js\n");
    const run = check(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("line 1: pin the base image node to a version tag");
    expect(run.stdout).toContain("line 2: ");
    expect(run.stdout).toContain("line 3: use npm ci (the lockfile), not npm install");
    expect(run.stdout).toContain("the final stage must run as a non-root USER");
    expect(run.stdout).toContain("the final stage needs a HEALTHCHECK");
  });
});

describe("compose.yaml", () => {
  it("runs the bot with REDIS_URL pointing at its Redis, once Redis is healthy, with the status port set", () => {
    const compose = parse(readFileSync("compose.yaml", "utf8")) as {
      services: Record<string, { image?: string; build?: string; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }> }>;
    };
    const bot = compose.services.factdesk!;
    expect(bot.build).toBe(".");
    expect(bot.environment).toMatchObject({ REDIS_URL: "redis://redis:6379", FACTDESK_STATUS_PORT: "9464" });
    expect(bot.depends_on).toEqual({ redis: { condition: "service_healthy" } });
    expect(compose.services.redis!.image).toMatch(/^redis:\d/);
  });
});
