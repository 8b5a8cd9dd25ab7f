#!/usr/bin/env node
/**
 * The container's HEALTHCHECK (no curl in the image): GET /healthz on FACTDESK_STATUS_PORT,
 * exit 0 on 200, 1 otherwise, printing the answer for `docker inspect`.
 */
import "../load-env-file.js";

const port = process.env.FACTDESK_STATUS_PORT;
if (!port) {
  console.error("healthcheck: FACTDESK_STATUS_PORT is not set, so there is no /healthz to ask");
  process.exit(1);
}
try {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(3_000) });
  console.log(`${res.status} ${await res.text()}`);
  process.exit(res.status === 200 ? 0 : 1);
} catch (err) {
  console.error(`healthcheck: no answer from :${port}/healthz (${(err as Error).message})`);
  process.exit(1);
}
