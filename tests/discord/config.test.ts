/** Config from the environment: null when Discord is not configured, a ConfigError naming the variable otherwise. */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { discordConfigFromEnv, requireDiscordConfig } from "../../adapters/discord/index.js";
import { ConfigError } from "../../adapters/shared/config-error.js";

const TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.secret-part.do-not-print";
const APP = "1100000000000000001";
const valid = { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP };

function configError(env: NodeJS.ProcessEnv): ConfigError {
  try {
    discordConfigFromEnv(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

describe("discordConfigFromEnv", () => {
  it("is null when no DISCORD_* variable is set (Discord simply not configured)", () => {
    expect(discordConfigFromEnv({ PATH: "/bin", DISCORD_TOKEN: "" })).toBeNull();
  });

  it("reads a full configuration, trimming the API base's trailing slash", () => {
    expect(
      discordConfigFromEnv({ ...valid, DISCORD_GUILD_ID: "1200000000000000002", DISCORD_API_BASE: "http://127.0.0.1:9999/api/" }),
    ).toEqual({ token: TOKEN, applicationId: APP, guildId: "1200000000000000002", apiBase: "http://127.0.0.1:9999/api" });
  });

  it("treats blank optional variables as unset", () => {
    expect(discordConfigFromEnv({ ...valid, DISCORD_GUILD_ID: "", DISCORD_API_BASE: " " })).toEqual({ token: TOKEN, applicationId: APP });
  });

  it("names DISCORD_TOKEN when it is missing but Discord is otherwise configured", () => {
    const error = configError({ DISCORD_APPLICATION_ID: APP });
    expect(error.message).toContain("DISCORD_TOKEN");
    expect(error.message).toContain("required");
  });

  it("names a malformed token without printing it", () => {
    const secret = "Bot this-is-the-secret-token";
    const error = configError({ ...valid, DISCORD_TOKEN: secret });
    expect(error.message).toContain("DISCORD_TOKEN");
    expect(error.message).not.toContain("this-is-the-secret-token");
  });

  it.each([
    ["DISCORD_APPLICATION_ID", { DISCORD_APPLICATION_ID: "my-app" }],
    ["DISCORD_APPLICATION_ID", { DISCORD_APPLICATION_ID: undefined }],
    ["DISCORD_GUILD_ID", { DISCORD_GUILD_ID: "12345" }],
    ["DISCORD_API_BASE", { DISCORD_API_BASE: "not a url" }],
    ["DISCORD_API_BASE", { DISCORD_API_BASE: "ftp://example.org/api" }],
  ])("names %s when it is malformed or missing, and never prints the token", (variable, override) => {
    const error = configError({ ...valid, ...override });
    expect(error.message).toContain(variable);
    expect(error.message).not.toContain(TOKEN);
    expect(error.message).not.toContain("secret-part");
  });

  it("requireDiscordConfig insists on DISCORD_TOKEN for the register and sharded entry points", () => {
    expect(() => requireDiscordConfig({})).toThrow(/DISCORD_TOKEN/);
  });

  const registerBin = "dist/adapters/discord/register.js";
  it("npm run discord:register exits 2 with the message, never the token", async () => {
    const run = promisify(execFile);
    const env = { PATH: process.env.PATH ?? "", DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: "not-a-snowflake" };
    const result = await run(process.execPath, [registerBin], { env }).then(
      () => ({ code: 0, stdout: "", stderr: "" }),
      (err: { code: number; stdout: string; stderr: string }) => err,
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("DISCORD_APPLICATION_ID");
    expect(result.stdout + result.stderr).not.toContain("secret-part");
  });
});
