/**
 * Sources a newsroom can cite and a check date on every fact: `checked:` is required (error) and
 * warned when old against an explicit reference date; a `url:` on a mirror or aggregator listed in
 * source-policy.yaml is refused, an encyclopedia warned; curator-only fields never reach an answer.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createFactdesk, defaultFactsDir } from "../../src/factdesk.js";
import { listYamlFiles } from "../../src/facts/read-yaml.js";
import { checkFactTable, loadFactTable } from "../../src/facts/load.js";
import { loadFactdesk } from "../../src/index.js";
import { factsDirWith } from "../helpers/factdesk.js";

const ENTITIES = "entities:\n  - { id: kazakhstan, type: country, name: Kazakhstan }\n";
const relation = (facts: string) => `relation:
  id: chair
  name: Chair
  about: Who chaired.
  cues: [chair]
  roles:
    country: { type: country, main: true }
  time: exclusive
  say: "{country} chaired {when}"
  patterns: ["who chaired in {time}"]
  examples:
    - q: Who chaired in 2010?
      expect: [Kazakhstan]
facts:
${facts}`;
const fact = ({ checked = "    checked: 2026-11-29\n", sources = '    sources: [{ publisher: OSCE, title: T, url: "https://www.osce.org/x" }]\n', more = "" } = {}) =>
  `  - id: c-2010\n    country: kazakhstan\n    valid: 2010\n${more}${checked}${sources}`;

const check = (facts: string, options: { now?: Date; policy?: string } = {}) => {
  const dir = factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(facts) });
  if (options.policy) writeFileSync(join(dir, "source-policy.yaml"), options.policy);
  return checkFactTable(dir, options.now ? { now: options.now } : {}).problems;
};
const bySeverity = (problems: ReturnType<typeof check>, severity: "error" | "warning") => problems.filter((p) => p.severity === severity);
const NOW = new Date("2026-11-29T12:00:00Z");

describe("checked: when a curator last confirmed the fact", () => {
  it("is required: an error naming file, line, entry and field", () => {
    const [e, ...rest] = bySeverity(check(fact({ checked: "" })), "error");
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ file: "chair.yaml", entry: "c-2010", field: "checked", line: expect.any(Number) });
    expect(e!.message).toMatch(/missing.*YYYY-MM-DD/);
  });

  it("must be a real day, not a year or an impossible date", () => {
    for (const bad of ["2026", "2026-11", "2026-02-30"]) {
      const [e] = bySeverity(check(fact({ checked: `    checked: ${bad}\n` })), "error");
      expect(e, bad).toMatchObject({ entry: "c-2010", field: "checked" });
    }
  });

  it("older than checked_max_days before the reference date: a warning, not an error", () => {
    const problems = check(fact({ checked: "    checked: 2024-11-28\n" }), { now: NOW });
    expect(bySeverity(problems, "error")).toEqual([]);
    const [w] = bySeverity(problems, "warning");
    expect(w).toMatchObject({ file: "chair.yaml", entry: "c-2010", field: "checked", line: expect.any(Number) });
    expect(w!.message).toMatch(/last checked 2024-11-28, more than 730 days before 2026-11-29/);
  });

  it("within the age, or without a reference date, no warning", () => {
    expect(check(fact({ checked: "    checked: 2024-11-30\n" }), { now: NOW })).toEqual([]);
    expect(check(fact({ checked: "    checked: 2001-01-01\n" }))).toEqual([]);
  });

  it("the age is the curators' setting in source-policy.yaml", () => {
    const policy = "checked_max_days: 30\nmirrors: []\n";
    expect(bySeverity(check(fact({ checked: "    checked: 2026-10-01\n" }), { now: NOW, policy }), "warning")).toHaveLength(1);
    expect(bySeverity(check(fact({ checked: "    checked: 2026-11-01\n" }), { now: NOW, policy }), "warning")).toHaveLength(0);
  });
});

describe("source-policy.yaml: mirrors refused, encyclopedias warned", () => {
  const withUrl = (url: string, extra = "") => fact({ sources: `    sources: [{ publisher: P, title: T, url: "${url}"${extra} }]\n` });

  it("a url on a listed mirror (or its sub-domain) is an error at that url", () => {
    for (const url of ["https://docslib.org/doc/1/x", "https://www.shhada.ir/cio/52575", "https://deploy.studylib.es/doc/7"]) {
      const [e, ...rest] = bySeverity(check(withUrl(url)), "error");
      expect(rest, url).toEqual([]);
      expect(e).toMatchObject({ file: "chair.yaml", entry: "c-2010", field: "sources[0].url", line: expect.any(Number) });
      expect(e!.message).toMatch(/copies or republished reports.*cite the original publisher.*copy_url/);
    }
  });

  it("a look-alike domain is not a mirror", () => {
    expect(bySeverity(check(withUrl("https://notdocslib.org/doc/1")), "error")).toEqual([]);
  });

  it("the copy's address belongs in copy_url, beside the original's url", () => {
    expect(check(withUrl("https://www.osce.org/cio/52575", ', copy_url: "https://shhada.ir/cio/52575"'))).toEqual([]);
  });

  it("an original known only by publisher and title loads, with a warning that readers have no address", () => {
    const problems = check(fact({ sources: '    sources: [{ publisher: CSCE, title: Charter of Paris, copy_url: "https://cilevics.eu/paris90e.htm" }]\n' }));
    expect(bySeverity(problems, "error")).toEqual([]);
    expect(bySeverity(problems, "warning")[0]).toMatchObject({ entry: "c-2010", field: "sources", message: expect.stringMatching(/no source gives readers a url/) });
  });

  it("curators extend the list in data", () => {
    const policy = "checked_max_days: 730\nmirrors: [example-mirror.org]\n";
    expect(bySeverity(check(withUrl("https://example-mirror.org/a"), { policy }), "error")).toHaveLength(1);
    expect(bySeverity(check(withUrl("https://docslib.org/a"), { policy }), "error")).toHaveLength(0);
  });

  it("Wikipedia is a pointer, not a source: a warning, and the table still loads", () => {
    const dir = factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(withUrl("https://en.wikipedia.org/wiki/Kazakhstan")) });
    const { warnings } = loadFactTable(dir);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: "warning", entry: "c-2010", field: "sources[0].url", message: expect.stringMatching(/wikipedia\.org is a pointer/) });
  });

  it("a missing or malformed policy file is an error", () => {
    const missing = checkFactTable(factsDirWith({ "e.yaml": ENTITIES }, { withSourcePolicy: false })).problems;
    expect(missing[0]).toMatchObject({ file: "source-policy.yaml", severity: "error", message: expect.stringMatching(/missing/) });
    const [e] = bySeverity(check(fact(), { policy: "checked_max_days: soon\nmirrors: [Not A Domain]\n" }), "error");
    expect(e).toMatchObject({ file: "source-policy.yaml", field: "checked_max_days" });
  });
});

describe("curator-only fields never reach an answer", () => {
  it("curator_note, copy_url and a source's note stay out of the Answer; the reader's note is shown", () => {
    const facts = fact({
      more: "    note: A short note for readers.\n    curator_note: CURATOR-ONLY see other-file.yaml, hence the figure\n",
      sources: '    sources: [{ publisher: OSCE, title: T, url: "https://www.osce.org/x", copy_url: "https://docslib.org/copy-123", note: SOURCE-CURATOR-NOTE }]\n',
    });
    const factdesk = loadFactdesk({ factsDir: factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(facts) }) });
    const answer = factdesk.answer("Who chaired in 2010?", { now: NOW });
    expect(answer.status).toBe("answered");
    const shown = JSON.stringify(answer);
    expect(shown).toContain("A short note for readers.");
    for (const hidden of ["CURATOR-ONLY", "other-file.yaml", "docslib.org", "copy_url", "curator_note", "SOURCE-CURATOR-NOTE"]) expect(shown).not.toContain(hidden);
  });

  it("over the real table: no curator_note or copy_url text in the answer to any example", () => {
    const hidden = curatorOnlyTexts(defaultFactsDir());
    expect(hidden.length).toBeGreaterThan(50);
    const { table } = loadFactTable(defaultFactsDir());
    const factdesk = createFactdesk(table);
    for (const relation of table.relations.values())
      for (const ex of relation.examples) {
        const shown = JSON.stringify(factdesk.answer(ex.q, { now: new Date(`${ex.now ?? "2026-01-15"}T12:00:00Z`) }));
        for (const text of hidden) expect(shown, `${relation.id}: ${ex.q}`).not.toContain(text);
      }
  });
});

describe("npm run facts:check", () => {
  it.runIf(existsSync("dist/adapters/cli/facts-check.js"))("prints an old check date as a warning with --now, exits 0; a bad --now exits 2", () => {
    const dir = factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(fact({ checked: "    checked: 2020-01-01\n" })) });
    const run = (...args: string[]) => spawnSync(process.execPath, ["dist/adapters/cli/facts-check.js", ...args], { encoding: "utf8" });
    const old = run("--now", "2026-11-29", dir);
    expect(old.status).toBe(0);
    expect(old.stderr).toMatch(/^warning: chair\.yaml:\d+, entry c-2010, field checked: last checked 2020-01-01/m);
    expect(run("--now", "2020-02-01", dir).stderr).toBe("");
    expect(run("--now", "29/11/2026", dir).status).toBe(2);
  });
});

/** Every curator_note and copy_url in the YAML files of a facts directory (the texts answers must never show). */
function curatorOnlyTexts(dir: string): string[] {
  const out: string[] = [];
  for (const path of listYamlFiles(dir)) {
    const data = parse(readFileSync(path, "utf8")) as { facts?: Array<{ curator_note?: string; sources?: Array<{ copy_url?: string }> }> };
    for (const f of data?.facts ?? []) {
      if (f.curator_note) out.push(f.curator_note.trim().slice(0, 60));
      for (const s of f.sources ?? []) if (s.copy_url) out.push(s.copy_url);
    }
  }
  return [...new Set(out)];
}
