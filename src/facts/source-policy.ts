/**
 * facts/source-policy.yaml applied to the table: a `url:` on a mirror or aggregator is an error
 * (cite the original publisher), one on an encyclopedia a warning (a pointer, not a source), and a
 * `checked:` date older than the allowed age, against an explicit reference date, a warning.
 */
import type { FactProblem } from "./errors.js";
import type { FactTable } from "./model.js";

export const SOURCE_POLICY_FILE = "source-policy.yaml";

export interface SourcePolicy {
  /** A fact checked longer ago than this (in days) gets a warning. */
  checkedMaxDays: number;
  /** Domains never cited: document mirrors and aggregators. */
  mirrors: string[];
  /** Domains cited only with a warning: encyclopedias. */
  pointers: string[];
}

const DAY_MS = 86_400_000;

/** The listed domain a URL's host is, or is a sub-domain of ("www.docslib.org" → "docslib.org"). */
export function listedDomain(url: string, domains: readonly string[]): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return undefined; // not a URL: the schema has already reported it
  }
  return domains.find((d) => host === d || host.endsWith(`.${d}`));
}

/** What is wrong with where a source's `url:` points, if anything. */
export function sourceUrlProblem(url: string, policy: SourcePolicy): { message: string; severity: FactProblem["severity"] } | undefined {
  const mirror = listedDomain(url, policy.mirrors);
  if (mirror)
    return {
      message: `${mirror} hosts copies or republished reports (listed in ${SOURCE_POLICY_FILE}): cite the original publisher (publisher, title, date, its own URL) and keep this address in copy_url`,
      severity: "error",
    };
  const pointer = listedDomain(url, policy.pointers);
  if (pointer) return { message: `${pointer} is a pointer, not a source (${SOURCE_POLICY_FILE}): cite the publisher it cites`, severity: "warning" };
  return undefined;
}

/** A warning for every fact whose `checked:` date is more than `checkedMaxDays` before `now`. */
export function lintCheckedAge(table: FactTable, policy: SourcePolicy, now: Date, problems: FactProblem[]): void {
  const oldest = now.getTime() - policy.checkedMaxDays * DAY_MS;
  const today = now.toISOString().slice(0, 10);
  for (const fact of table.facts) {
    if (Date.parse(`${fact.checked}T00:00:00Z`) >= oldest) continue;
    problems.push({
      file: fact.file,
      entry: fact.id,
      field: "checked",
      ...(fact.line ? { line: fact.line } : {}),
      message: `last checked ${fact.checked}, more than ${policy.checkedMaxDays} days before ${today} (checked_max_days in ${SOURCE_POLICY_FILE}): confirm it against its sources and update checked`,
      severity: "warning",
    });
  }
}
