/**
 * /healthz: 200 when the fact table is loaded and every configured adapter is connected, 503 with
 * the reasons otherwise. Redis is reported but does not make the bot unhealthy: without it each
 * instance keeps answering on its in-process state (logged), which an orchestrator restarting the
 * bot would not fix.
 */
export interface AdapterHealth {
  connected: boolean;
  /** What it is doing when not connected ("gateway reconnecting", "socket closed"). */
  detail?: string;
}

export interface HealthSources {
  adapters: () => Record<string, AdapterHealth>;
  facts: () => number;
  revision: () => string;
  /** Only when REDIS_URL is set. */
  redis?: () => "connected" | "unreachable";
}

export interface HealthReport {
  status: "ok" | "unavailable";
  reasons?: string[];
  adapters: Record<string, string>;
  facts: number;
  revision: string;
  redis?: string;
}

export function healthReport(sources: HealthSources): { httpStatus: 200 | 503; body: HealthReport } {
  const reasons: string[] = [];
  const adapters: Record<string, string> = {};
  for (const [name, health] of Object.entries(sources.adapters())) {
    adapters[name] = health.connected ? "connected" : (health.detail ?? "not connected");
    if (!health.connected) reasons.push(`${name}: ${adapters[name]}`);
  }
  const facts = sources.facts();
  if (facts <= 0) reasons.push("the fact table is not loaded");
  const body: HealthReport = {
    status: reasons.length ? "unavailable" : "ok",
    ...(reasons.length ? { reasons } : {}),
    adapters,
    facts,
    revision: sources.revision(),
    ...(sources.redis ? { redis: sources.redis() } : {}),
  };
  return { httpStatus: reasons.length ? 503 : 200, body };
}

/** What /healthz reads from a running bot: its adapters, its table, its Redis connection. */
export function healthSources(
  runtime: { factdesk: { readonly stats: { facts: number } }; revision(): string; state: { redis?: { readonly status: "connected" | "unreachable" } } },
  adapters: ReadonlyArray<{ readonly platform: string; health(): AdapterHealth }>,
): HealthSources {
  const redis = runtime.state.redis;
  return {
    adapters: () => Object.fromEntries(adapters.map((a) => [a.platform, a.health()])),
    facts: () => runtime.factdesk.stats.facts,
    revision: () => runtime.revision(),
    ...(redis ? { redis: () => redis.status } : {}),
  };
}
