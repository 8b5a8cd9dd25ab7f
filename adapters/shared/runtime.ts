/**
 * What a long-running bot process is built from, the same for `npm start` and each Discord shard:
 * the fact table that follows edits (FACTDESK_RELOAD), the unanswered-question log
 * (FACTDESK_GAPS_LOG) and the shared question path with its per-user rate limit.
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

export interface Runtime {
  factdesk: ReloadingFactdesk;
  path: QuestionPath;
  gaps?: GapsLog;
  flagging?: Flagging;
  /** Stops watching facts/ and flushes the gaps and flag logs. */
  close(): Promise<void>;
}

/**
 * Throws FactLoadError when the table does not load, ConfigError when the gaps log cannot be
 * opened: both are the operator's to fix, and the entry points print them and exit 2.
 */
export function createRuntime(settings: Settings, logger: Logger): Runtime {
  const factdesk = createReloadingFactdesk({
    factsDir: settings.factsDir ?? defaultFactsDir(),
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
  const path = createQuestionPath({ factdesk, limiter: settings.rate, ...(gaps ? { gaps } : {}), ...(flagging ? { flagging } : {}) });
  return {
    factdesk,
    path,
    ...(gaps ? { gaps } : {}),
    ...(flagging ? { flagging } : {}),
    async close() {
      factdesk.close();
      await path.close();
    },
  };
}

export { FactLoadError };
