/**
 * What a long-running bot process is built from, the same for `npm start` and each Discord shard:
 * the fact table that follows edits (FACTDESK_RELOAD), the unanswered-question log
 * (FACTDESK_GAPS_LOG), the state shared with other instances (REDIS_URL), the metrics, and the
 * shared question path with its per-user rate limit.
 */
import { FactLoadError } from "../../src/index.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { GapsLog } from "./gaps-log.js";
import { openFlagging, type Flagging } from "./flagging.js";
import { createReloadingFactdesk, type ReloadingFactdesk } from "./reloading-factdesk.js";
import { ConfigError } from "./config-error.js";
import type { Logger } from "./logger.js";
import { createQuestionPath, type QuestionPath } from "./question-path.js";
import type { Settings } from "./settings.js";
import { createSharedState, type SharedState } from "./state/shared-state.js";
import { createMetrics, type Metrics } from "./status/metrics.js";
import { trackTable } from "./status/table-revision.js";

export interface Runtime {
  factdesk: ReloadingFactdesk;
  path: QuestionPath;
  gaps?: GapsLog;
  flagging?: Flagging;
  state: SharedState;
  metrics: Metrics;
  /** The revision of the table answering now. */
  revision(): string;
  /** Stops watching facts/, flushes the gaps and flag logs, closes the Redis connection. */
  close(): Promise<void>;
}

/**
 * Throws FactLoadError when the table does not load, ConfigError when the gaps log cannot be
 * opened: both are the operator's to fix, and the entry points print them and exit 2.
 */
export function createRuntime(settings: Settings, logger: Logger): Runtime {
  const factsDir = settings.factsDir ?? defaultFactsDir();
  const factdesk = createReloadingFactdesk({
    factsDir,
    logger,
    debounceMs: settings.reloadDebounceMs,
    watch: settings.reload,
    maxFileBytes: settings.factFileMaxBytes,
  });
  let gaps: GapsLog | undefined;
  if (settings.gapsLog) {
    try {
      gaps = new GapsLog(settings.gapsLog, (err) => logger.error({ err }, "cannot write the unanswered-question log; no longer logging"));
    } catch (err) {
      factdesk.close();
      throw new ConfigError(`factdesk configuration is invalid:\n  FACTDESK_GAPS_LOG: cannot be opened for appending (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    }
    logger.info({ gapsLog: settings.gapsLog }, "logging unanswered questions");
  }
  let flagging: Flagging | undefined;
  try {
    flagging = settings.flagsLog ? openFlagging(settings.flagsLog, logger) : undefined;
  } catch (err) {
    factdesk.close();
    void gaps?.close();
    throw err;
  }
  const metrics = createMetrics();
  const table = trackTable(factdesk, factsDir, metrics);
  const state = createSharedState({ ...(settings.redisUrl ? { redisUrl: settings.redisUrl } : {}), rate: settings.rate, logger });
  const path = createQuestionPath({ factdesk, ...(state.rateLimiter ? { limiter: state.rateLimiter } : {}), ...(gaps ? { gaps } : {}), ...(flagging ? { flagging } : {}), metrics });
  return {
    factdesk,
    path,
    ...(gaps ? { gaps } : {}),
    ...(flagging ? { flagging } : {}),
    state,
    metrics,
    revision: table.revision,
    async close() {
      factdesk.close();
      await path.close();
      await state.close();
    },
  };
}

export { FactLoadError };
