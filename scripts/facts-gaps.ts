#!/usr/bin/env node
/**
 * `npm run facts:gaps [file] [--top N] [--json]`: what people asked that the fact table could not
 * answer, most frequent first. The file defaults to FACTDESK_GAPS_LOG.
 */
import "../adapters/shared/load-env-file.js"; // first: .env (FACTDESK_GAPS_LOG) before anything reads the environment
import { formatGaps, summariseGaps } from "../adapters/shared/gaps-summary.js";
import { runLogReport } from "./log-report.js";

process.exitCode = runLogReport({ name: "facts:gaps", env: "FACTDESK_GAPS_LOG", summarise: summariseGaps, format: formatGaps }, process.argv.slice(2));
