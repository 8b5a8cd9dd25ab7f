#!/usr/bin/env node
/**
 * `npm run facts:flags [file] [--top N] [--json]`: the answers users flagged "Wrong or outdated?",
 * grouped by fact, most flagged first. The file defaults to FACTDESK_FLAGS_LOG.
 */
import "../adapters/shared/load-env-file.js"; // first: .env (FACTDESK_FLAGS_LOG) before anything reads the environment
import { formatFlags, summariseFlags } from "../adapters/shared/flags-summary.js";
import { runLogReport } from "./log-report.js";

process.exitCode = runLogReport({ name: "facts:flags", env: "FACTDESK_FLAGS_LOG", summarise: summariseFlags, format: formatFlags }, process.argv.slice(2));
