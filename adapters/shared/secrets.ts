/**
 * The last line of defence for secrets: every token the process was configured with is
 * registered here, and every log line (and any crash output the entry points print) has those
 * values, and any per-request token in a platform URL, replaced before it is written — whatever
 * object, error or library message carried them.
 * Key-based redaction in logger.ts stays the first line.
 */
const secrets = new Set<string>();
/** Shorter values are not scrubbed: they would mangle ordinary text and are not real tokens. */
const MIN_SECRET_LENGTH = 8;
export const SCRUBBED = "[redacted]";

export function registerSecret(value: string | undefined | null): void {
  if (typeof value !== "string") return;
  const trimmed = value.trim();
  if (trimmed.length < MIN_SECRET_LENGTH) return;
  secrets.add(trimmed);
  // Also the forms a token takes inside URLs and JSON strings.
  secrets.add(encodeURIComponent(trimmed));
  secrets.add(JSON.stringify(trimmed).slice(1, -1));
}

/**
 * Tokens that are not configured but handed out per request: a Discord interaction's token sits in
 * the URL of its callback (/interactions/<id>/<token>/…) and of its follow-ups and edits
 * (/webhooks/<application id>/<token>/…), and so in every error discord.js raises about them; a
 * Slack response_url (https://hooks.slack.com/commands|actions/…) is itself the credential.
 */
const URL_TOKENS = /(\/(?:interactions|webhooks)\/\d+\/)[^/\s"'?#\\]+/g;
const SLACK_HOOKS = /(hooks\.slack\.com\/)[^\s"'\\]+/g;

export function scrubSecrets(text: string): string {
  let out = text.includes("/interactions/") || text.includes("/webhooks/") ? text.replace(URL_TOKENS, `$1${SCRUBBED}`) : text;
  if (out.includes("hooks.slack.com/")) out = out.replace(SLACK_HOOKS, `$1${SCRUBBED}`);
  if (secrets.size === 0) return out;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(SCRUBBED);
  return out;
}
