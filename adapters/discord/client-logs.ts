/** What discord.js reports about its connection and the REST API, in factdesk's logs. */
import { Events, RESTEvents, type Client } from "discord.js";
import type { Logger } from "../shared/logger.js";

export function logClientEvents(client: Client, log: Logger): void {
  client.on(Events.Error, (err) => log.error({ err }, "discord client error"));
  client.on(Events.Warn, (message) => log.warn(message));
  client.on(Events.ShardError, (err, shardId) => log.error({ err, shardId }, "gateway connection error"));
  client.on(Events.ShardReconnecting, (shardId) => log.warn({ shardId }, "gateway reconnecting"));
  client.on(Events.ShardResume, (shardId, replayed) => log.info({ shardId, replayed }, "gateway session resumed"));
  client.on(Events.ShardDisconnect, (event, shardId) => log.error({ shardId, code: event.code }, "gateway closed for good"));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.warn({ route: info.route, retryAfterMs: info.retryAfter, global: info.global }, "waiting for a Discord rate limit"),
  );
  // discord.js retries 429s and 5xx by itself; log them so a struggling API is visible.
  client.rest.on(RESTEvents.Response, (request, response) => {
    if (response.status === 429)
      log.warn({ route: request.route, retryAfter: response.headers.get("retry-after") }, "rate limited by Discord; retrying");
    else if (response.status >= 500)
      log.warn({ route: request.route, status: response.status, retries: request.retries }, "Discord server error; retrying");
  });
  if (log.isLevelEnabled("debug")) client.on(Events.Debug, (message) => log.debug(message)); // discord.js censors the token
}
