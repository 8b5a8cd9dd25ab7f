/**
 * Told apart at start: a platform that could not be reached (no network, DNS, a proxy, a wrong
 * API base) from one that answered and rejected the token. The first sends the operator to the
 * network, the second to the token; mixing them up sends them to regenerate a good token.
 */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
  "UND_ERR_HEADERS_TIMEOUT",
  // @slack/web-api: the request got no HTTP response at all.
  "slack_webapi_request_error",
]);

/** The network error's code (e.g. "ECONNREFUSED") when `err`, or anything it wraps, is one; else undefined. */
export function networkFailure(err: unknown): string | undefined {
  const seen = new Set<unknown>();
  let found: string | undefined;
  for (let e = err; e && typeof e === "object" && !seen.has(e); ) {
    seen.add(e);
    const { code, cause, original } = e as { code?: unknown; cause?: unknown; original?: unknown };
    // Prefer the innermost system code ("ECONNREFUSED") over a wrapper's ("slack_webapi_request_error").
    if (typeof code === "string" && NETWORK_CODES.has(code) && (!found || found.startsWith("slack_"))) found = code;
    e = cause ?? original;
  }
  if (found?.startsWith("slack_")) return "no response";
  return found;
}

/** "cannot reach slack.com (ECONNREFUSED): check the network, a proxy, or SLACK_API_URL; SLACK_BOT_TOKEN was not checked". */
export function unreachableMessage(host: string, code: string, baseVariable: string, tokenVariable: string): string {
  return `cannot reach ${host} (${code}): check the network, a proxy or ${baseVariable}; ${tokenVariable} was not checked`;
}
