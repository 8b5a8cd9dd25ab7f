/**
 * Every setting is validated with zod at start: defaults when unset, and a message naming the
 * variable and what is expected, never the value (which may be a secret pasted in the wrong place).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError } from "../../adapters/shared/config-error.js";
import { DEFAULTS, SETTING_VARIABLES, settingsFromEnv } from "../../adapters/shared/settings.js";

const dir = mkdtempSync(join(tmpdir(), "factdesk-settings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function failure(env: NodeJS.ProcessEnv): string {
  try {
    settingsFromEnv(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
  throw new Error("expected a ConfigError");
}

describe("factdesk settings", () => {
  it("has safe defaults: reload on, rate limit on, gaps log off, Slack paced at 1/s per channel", () => {
    expect(settingsFromEnv({})).toEqual({
      logLevel: "info",
      reload: true,
      reloadDebounceMs: DEFAULTS.reloadDebounceMs,
      rate: { perMinute: DEFAULTS.ratePerMinute, burst: DEFAULTS.rateBurst },
      slackChannelIntervalMs: 1_000,
      slackChannelQueue: 5,
      factFileMaxBytes: 8 * 1024 * 1024,
      shutdownMs: DEFAULTS.shutdownMs,
    });
    // `VAR=` in .env means unset.
    expect(settingsFromEnv({ FACTDESK_RATE_PER_MINUTE: "", FACTDESK_GAPS_LOG: " ", LOG_LEVEL: "" })).toEqual(settingsFromEnv({}));
  });

  it("reads every setting", () => {
    const s = settingsFromEnv({
      LOG_LEVEL: "DEBUG",
      FACTDESK_FACTS_DIR: dir,
      FACTDESK_RELOAD: "off",
      FACTDESK_RELOAD_DEBOUNCE_MS: "250",
      FACTDESK_RATE_PER_MINUTE: "0",
      FACTDESK_RATE_BURST: "3",
      FACTDESK_GAPS_LOG: join(dir, "gaps.jsonl"),
      FACTDESK_SLACK_CHANNEL_INTERVAL_MS: "1500",
      FACTDESK_SLACK_CHANNEL_QUEUE: "12",
      FACTDESK_FACT_FILE_MAX_BYTES: "65536",
      FACTDESK_SHUTDOWN_MS: "5000",
    });
    expect(s).toEqual({
      logLevel: "debug",
      factsDir: dir,
      reload: false,
      reloadDebounceMs: 250,
      rate: { perMinute: 0, burst: 3 },
      gapsLog: join(dir, "gaps.jsonl"),
      slackChannelIntervalMs: 1500,
      slackChannelQueue: 12,
      factFileMaxBytes: 65_536,
      shutdownMs: 5000,
    });
  });

  it.each([
    ["LOG_LEVEL", "loud", "must be one of fatal, error, warn, info, debug, trace, silent"],
    ["FACTDESK_RATE_PER_MINUTE", "twenty", "must be a whole number from 0 to 10000"],
    ["FACTDESK_RATE_PER_MINUTE", "-5", "must be a whole number from 0 to 10000"],
    ["FACTDESK_RATE_BURST", "0", "must be a whole number from 1 to 1000"],
    ["FACTDESK_RATE_BURST", "2.5", "must be a whole number from 1 to 1000"],
    ["FACTDESK_RELOAD", "maybe", "must be on or off"],
    ["FACTDESK_RELOAD_DEBOUNCE_MS", "5", "must be a whole number from 20 to 60000"],
    ["FACTDESK_FACTS_DIR", "/no/such/facts-dir-xyz", "must be an existing directory"],
    ["FACTDESK_GAPS_LOG", "/no/such/dir-xyz/gaps.jsonl", "must be a file path in an existing directory"],
    ["FACTDESK_GAPS_LOG", "/tmp", "must be a file path, not a directory"],
    ["FACTDESK_SLACK_CHANNEL_INTERVAL_MS", "1e3", "must be a whole number from 0 to 60000"],
    ["FACTDESK_SHUTDOWN_MS", "999999999", "must be a whole number from 100 to 120000"],
  ])("%s=%j is refused: %s", (variable, value, expected) => {
    const message = failure({ [variable]: value });
    expect(message).toContain("factdesk configuration is invalid");
    expect(message).toContain(`${variable}: ${expected}`);
    if (value.length > 3) expect(message).not.toContain(value); // never echoes the value
  });

  it("reports every bad variable at once", () => {
    const message = failure({ LOG_LEVEL: "xoxb-looks-like-a-token", FACTDESK_RATE_BURST: "xoxb-another-token" });
    expect(message.split("\n").filter((l) => l.startsWith("  "))).toHaveLength(2);
    expect(message).not.toContain("xoxb");
  });

  it(".env.example documents every setting, with the defaults", () => {
    const example = readFileSync(".env.example", "utf8");
    const env = Object.fromEntries(
      example
        .split("\n")
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    for (const variable of SETTING_VARIABLES) expect(Object.keys(env)).toContain(variable);
    expect(settingsFromEnv(env)).toEqual(settingsFromEnv({}));
  });
});
