/** SLACK_* environment → SlackConfig, or a ConfigError naming the variable and never its value. */
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../adapters/shared/config-error.js";
import { slackConfigFromEnv } from "../../adapters/slack/config.js";

const BOT = "xoxb-1111-2222-secretbotvalue";
const APP = "xapp-1-A1-secretappvalue";
const SECRET = "0123456789abcdefsecretsigning";

function configError(env: Record<string, string>): ConfigError {
  try {
    slackConfigFromEnv(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("slackConfigFromEnv", () => {
  it("is null when no SLACK_* variable is set (or all are empty): Slack is simply not configured", () => {
    expect(slackConfigFromEnv({})).toBeNull();
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: "", SLACK_APP_TOKEN: "", PORT: "3000" })).toBeNull();
  });

  it.each([
    [{ SLACK_APP_TOKEN: APP }, "SLACK_APP_TOKEN is set"],
    [{ SLACK_BOT_TOKEN: "", SLACK_SIGNING_SECRET: "0123456789abcdef", PORT: "3000" }, "SLACK_SIGNING_SECRET is set"],
    [{ SLACK_APP_TOKEN: APP, SLACK_API_URL: "http://127.0.0.1:1/api/" }, "SLACK_APP_TOKEN and SLACK_API_URL are set"],
  ])("half a configuration without SLACK_BOT_TOKEN is an error naming what is missing (%o)", (env, why) => {
    expect(() => slackConfigFromEnv(env)).toThrow(ConfigError);
    expect(() => slackConfigFromEnv(env)).toThrow(`Slack configuration is incomplete:\n  SLACK_BOT_TOKEN: is required (${why})`);
  });

  it("defaults to Socket Mode with an app token", () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual({ mode: "socket", botToken: BOT, appToken: APP });
  });

  it("uses HTTP mode with a signing secret and PORT, and takes SLACK_API_URL", () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: "3000", SLACK_API_URL: "http://127.0.0.1:9/api/" })).toEqual({
      mode: "http",
      botToken: BOT,
      signingSecret: SECRET,
      port: 3000,
      apiUrl: "http://127.0.0.1:9/api/",
    });
  });

  it("prefers Socket Mode when both an app token and a signing secret are set; empty values count as unset", () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET })?.mode).toBe("socket");
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: "", SLACK_SIGNING_SECRET: SECRET, PORT: "8080" })?.mode).toBe("http");
  });

  it.each([
    ["SLACK_BOT_TOKEN", { SLACK_BOT_TOKEN: "xoxp-user-token-secretvalue", SLACK_APP_TOKEN: APP }, "xoxp-user-token-secretvalue"],
    ["SLACK_APP_TOKEN", { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: "xoxb-wrong-kind-secretvalue" }, "xoxb-wrong-kind-secretvalue"],
    ["SLACK_APP_TOKEN", { SLACK_BOT_TOKEN: BOT }, BOT],
    ["PORT", { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }, SECRET],
    ["PORT", { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: "eighty" }, SECRET],
    ["PORT", { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: "70000" }, SECRET],
    ["SLACK_SIGNING_SECRET", { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "abc1", PORT: "3000" }, "abc1"],
    ["SLACK_API_URL", { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: "ftp://secret.example/" }, "ftp://secret.example/"],
  ])("names %s in the error, never a value", (variable, env, secret) => {
    const err = configError(env);
    expect(err.message).toContain(variable);
    expect(err.message).not.toContain(secret);
    for (const value of Object.values(env)) expect(err.message).not.toContain(value);
  });
});
