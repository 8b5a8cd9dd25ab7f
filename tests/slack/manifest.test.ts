/** The app manifest an admin pastes into Slack asks for exactly what the adapter uses. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const manifest = parse(readFileSync(new URL("../../adapters/slack/manifest.yml", import.meta.url), "utf8"));

describe("adapters/slack/manifest.yml", () => {
  it("has the scopes, events, slash command, interactivity and Socket Mode the adapter relies on", () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(["app_mentions:read", "chat:write", "im:history", "im:read", "commands"]));
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(["app_mention", "message.im"]));
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(["/fact"]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true); // users can DM the bot
  });
});
