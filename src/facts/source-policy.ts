/**
 * facts/source-policy.yaml applied to the table: a `url:` on a mirror or aggregator is an error
 * (cite the original publisher), one on an encyclopedia a warning (a pointer, not a source), and a
 * `checked:` date older than the allowed age, against an explicit reference date, a warning.
 */
import type { FactProblem } from "./errors.js";
import type { Fact, FactTable } from "./model.js";

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

/** A URL's host, lower case, without a final dot; undefined for what is not a URL (the schema has already reported it). */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  } catch {
    return undefined;
  }
}

/** The listed domain a host is, or is a sub-domain of ("www.docslib.org" → "docslib.org"). */
function listedDomain(host: string | undefined, domains: readonly string[]): string | undefined {
  return host === undefined ? undefined : domains.find((d) => host === d || host.endsWith(`.${d}`));
}

/**
 * One fact's sources against the policy: a `url:` on a mirror (error) or a pointer (warning), and a
 * warning when no source gives readers an address or document to follow. `lineOf` locates a path
 * under the fact's `sources`. (copy_url is not checked: that is where copies belong.)
 */
export function sourcePolicyProblems(fact: Pick<Fact, "id" | "file" | "sources">, policy: SourcePolicy, lineOf: (path: Array<string | number>) => number | undefined): FactProblem[] {
  const problems: FactProblem[] = [];
  const at = (field: string, path: Array<string | number>, message: string, severity: FactProblem["severity"]) => {
    const line = lineOf(path);
    problems.push({ file: fact.file, entry: fact.id, field, ...(line ? { line } : {}), message, severity });
  };
  fact.sources.forEach((source, i) => {
    // (One parse of the URL for both lists: a first start at 100,000 facts parses a URL for each.)
    const host = source.url ? hostOf(source.url) : undefined;
    const mirror = listedDomain(host, policy.mirrors);
    const pointer = listedDomain(host, policy.pointers);
    if (mirror)
      at(`sources[${i}].url`, [i, "url"], `${mirror} hosts copies or republished reports (listed in ${SOURCE_POLICY_FILE}): cite the original publisher (publisher, title, date, its own URL) and keep this address in copy_url`, "error");
    else if (pointer) at(`sources[${i}].url`, [i, "url"], `${pointer} is a pointer, not a source (${SOURCE_POLICY_FILE}): cite the publisher it cites`, "warning");
  });
  if (!fact.sources.some((s) => s.url || s.document))
    at("sources", [], "no source gives readers a url or document to follow (only copy_url): add the original publisher's address", "warning");
  return problems;
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
