/**
 * Vitest global set-up: the compiled build (dist/) that the process, CLI, bench and reload-worker
 * tests run is brought up to date before any test starts, so no test can skip for want of it. The
 * build runs when dist/ is missing or older than any source file; a failed build fails the run.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCES = ["src", "adapters", "bench", "scripts"];
const STAMP = join(ROOT, "dist", ".built-at");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function builtAt(): number {
  try {
    return statSync(STAMP).mtimeMs;
  } catch {
    return 0;
  }
}

export default function setup(): void {
  const newest = Math.max(...SOURCES.map((d) => newestSource(join(ROOT, d))), statSync(join(ROOT, "tsconfig.build.json")).mtimeMs);
  if (builtAt() > newest) return;
  const started = Date.now();
  execFileSync(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", join(ROOT, "tsconfig.build.json")], { cwd: ROOT, stdio: "inherit" });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  console.info(`[setup] built dist/ in ${Date.now() - started} ms`);
}
