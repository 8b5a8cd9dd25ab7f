/** `npm run discord:register`: diff the deployed commands with ours, write only when they differ. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { commands } from "../../adapters/discord/commands.js";
import { diffCommands, registerCommands } from "../../adapters/discord/register.js";
import { startFakeDiscord, type FakeDiscord } from "./fake-discord.js";

describe("registerCommands against the fake Discord", () => {
  let fake: FakeDiscord;
  let printed: string[];
  const print = (line: string) => printed.push(line);
  const puts = () => fake.requests.filter((r) => r.method === "PUT");

  beforeEach(async () => {
    fake = await startFakeDiscord();
    printed = [];
  });
  afterEach(() => fake.close());

  it("writes on the first run, and not at all on the second (nothing changed)", async () => {
    const config = { token: fake.token, applicationId: fake.applicationId, apiBase: fake.apiBase };
    const first = await registerCommands(config, { print });
    expect(first).toMatchObject({ written: true, scope: "global", diff: { added: ["fact", "fact-help"], changed: [], removed: [] } });
    expect(printed).toContain("+ /fact (new)");
    expect(puts()).toHaveLength(1);
    expect(puts()[0]?.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect(puts()[0]?.authorization).toBe(`Bot ${fake.token}`);

    printed = [];
    const second = await registerCommands(config, { print });
    expect(second.written).toBe(false);
    expect(second.diff.unchanged).toEqual(["fact", "fact-help"]);
    expect(puts()).toHaveLength(1); // still only the first PUT
    expect(printed.join("\n")).toMatch(/up to date.*nothing written/);
    expect(printed.join("\n")).not.toContain(fake.token);
  });

  it("prints what changed and what was removed, then overwrites (guild scope with DISCORD_GUILD_ID)", async () => {
    const guildId = fake.guildId;
    const config = { token: fake.token, applicationId: fake.applicationId, apiBase: fake.apiBase, guildId };
    const stale = structuredClone(commands);
    stale[0]!.description = "An older description";
    stale.push({ name: "old-command", description: "No longer used" });
    await registerCommands(config, { print, commands: stale });

    printed = [];
    const result = await registerCommands(config, { print });
    expect(result).toMatchObject({ written: true, scope: "guild" });
    expect(result.diff.changed).toEqual([{ name: "fact", fields: ["description"] }]);
    expect(result.diff.removed).toEqual(["old-command"]);
    expect(printed).toEqual([
      "~ /fact (changed: description)",
      "- /old-command (removed)",
      `Registered 2 commands for guild ${guildId}.`,
    ]);
    expect(puts().map((r) => r.path)).toEqual([
      `/applications/${fake.applicationId}/guilds/${guildId}/commands`,
      `/applications/${fake.applicationId}/guilds/${guildId}/commands`,
    ]);
    expect(fake.deployed.get(guildId)?.map((c) => c.name)).toEqual(["fact", "fact-help"]);
  });
});

describe("diffCommands", () => {
  it("ignores what Discord adds (ids, versions, defaults, dropped `required: false`)", () => {
    const deployed = commands.map((command) => ({
      ...command,
      id: "1",
      application_id: "2",
      version: "3",
      dm_permission: true,
      default_member_permissions: null,
      nsfw: false,
      name_localizations: {},
      options: command.options?.map(({ required, ...option }) => (required ? { ...option, required } : option)),
    }));
    expect(diffCommands(deployed, commands)).toEqual({ added: [], removed: [], changed: [], unchanged: ["fact", "fact-help"] });
  });

  it("spots a changed option deep inside a command", () => {
    const local = structuredClone(commands);
    const question = local[0]?.options?.[0] as { autocomplete?: boolean };
    question.autocomplete = false;
    expect(diffCommands(commands, local).changed).toEqual([{ name: "fact", fields: ["options[0].autocomplete"] }]);
  });
});
