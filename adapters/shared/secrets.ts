/**
 * The last line of defence for secrets: every token the process was configured with is
 * registered here, and every log line (and any crash output the entry points print) has those
 * values replaced before it is written — whatever object, error or library message carried them.
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

export function scrubSecrets(text: string): string {
  if (secrets.size === 0) return text;
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(SCRUBBED);
  return out;
}
