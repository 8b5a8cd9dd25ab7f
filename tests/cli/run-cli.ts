/** Runs the compiled CLI as a process, the way the evaluation and users do. */
import { spawn, spawnSync } from "node:child_process";

export const BIN = "dist/adapters/cli/bin.js";

export function cli(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", env: { ...process.env, TZ: "UTC" }, timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Interactive session: writes the lines, then closes stdin; resolves with everything printed. */
export function chat(lines: string[], env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "--now", "2026-01-15"], { env: { ...process.env, TZ: "UTC", ...env } });
    let stdout = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.on("close", (status) => resolve({ status, stdout }));
    child.stdin.end(lines.join("\n") + "\n");
  });
}
