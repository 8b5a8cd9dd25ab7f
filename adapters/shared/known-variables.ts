/**
 * A misspelt variable is otherwise silently ignored (FACTDESK_RATE_PER_MINUTES sets nothing), so
 * every FACTDESK_*, SLACK_* and DISCORD_* variable factdesk does not read is a warning at start,
 * with the nearest name it does read.
 */
import { closest } from "../../src/text/edit-distance.js";
import { DISCORD_VARIABLES } from "../discord/config.js";
import { SLACK_VARIABLES } from "../slack/config.js";
import { SETTING_VARIABLES } from "./settings.js";

/** Read by the core's compiled-table cache (src/facts/table-cache.ts), not by the settings. */
const CORE_VARIABLES = ["FACTDESK_CACHE", "FACTDESK_CACHE_DIR"];

export const KNOWN_VARIABLES: readonly string[] = [...SETTING_VARIABLES, ...SLACK_VARIABLES, ...DISCORD_VARIABLES, ...CORE_VARIABLES];

const OURS = /^(FACTDESK|SLACK|DISCORD)_/;

/** One warning per unknown variable of ours, e.g. "FACTDESK_RATE_PER_MINUTES is not a setting …; did you mean …?". */
export function unknownVariableWarnings(env: NodeJS.ProcessEnv = process.env): string[] {
  const known = new Set(KNOWN_VARIABLES);
  return Object.keys(env)
    .filter((name) => OURS.test(name) && !known.has(name))
    .sort()
    .map((name) => {
      const prefix = OURS.exec(name)![0];
      const family = KNOWN_VARIABLES.filter((known) => known.startsWith(prefix));
      const near = family.find((known) => abbreviates(name, known)) ?? closest(name, family, Infinity);
      return `${name} is not a factdesk setting and is ignored; the nearest known name is ${near}`;
    });
}

/** DISCORD_APP_ID for DISCORD_APPLICATION_ID: each word a prefix of the known name's word. */
function abbreviates(name: string, known: string): boolean {
  const words = name.split("_");
  const knownWords = known.split("_");
  return words.length === knownWords.length && words.every((word, i) => word.length > 0 && knownWords[i]!.startsWith(word));
}
