/** Each kind of broken fact file gets an error naming the file, the entry, the field and what was expected. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { FactLoadError } from "../../src/facts/errors.js";
import { checkFactTable, loadFactTable } from "../../src/facts/load.js";
import { factsDirWith } from "../helpers/factdesk.js";

const ENTITIES = `entities:
  - { id: kazakhstan, type: country, name: Kazakhstan }
  - { id: greece, type: country, name: Greece }
`;
const relation = (facts: string, extra = "") => `relation:
  id: chair
  name: Chair
  about: Who chaired.
  cues: [chair]
  roles:
    country: { type: country, main: true }
  time: exclusive
  say: "{country} chaired {when}"
  patterns: ["who chaired in {time}"]
${extra}facts:
${facts}`;
const SOURCE = `    sources: [{ publisher: OSCE, title: T, url: "https://www.osce.org/x" }]`;
const fact = (id: string, country: string, valid: string, more = SOURCE, checked = "    checked: 2026-11-29\n") => `  - id: ${id}
    country: ${country}
    valid: ${valid}
${checked}${more}
`;

function errors(files: Record<string, string>, opts?: { withLexicon?: boolean }) {
  return checkFactTable(factsDirWith(files, opts)).problems.filter((p) => p.severity === "error");
}

describe("fact loader: broken files", () => {
  it("loads a valid table", () => {
    expect(errors({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010")) })).toEqual([]);
  });

  it("invalid YAML: file and line", () => {
    const [e] = errors({ "bad.yaml": "entities:\n  - { id: x, name: 'unclosed }\n" });
    expect(e).toMatchObject({ file: "bad.yaml", line: expect.any(Number) });
    expect(e!.message).toMatch(/not valid YAML/);
  });

  it("an alias to no anchor: the file and what is wrong, never a crash", () => {
    const [e] = errors({ "e.yaml": ENTITIES, "bad.yaml": "entities:\n  - *nowhere\n" });
    expect(e).toMatchObject({ file: "bad.yaml", severity: "error" });
    expect(e!.message).toMatch(/not valid YAML: .*alias/i);
  });

  it("chaired_by and successors naming nothing known", () => {
    const byNothing = errors({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010"), "  chaired_by: nope\n") });
    expect(byNothing).toEqual([expect.objectContaining({ file: "chair.yaml", entry: "relation", field: "chaired_by", message: 'names unknown relation "nope"' })]);
    const split = `${ENTITIES}  - { id: old_state, type: country, name: Old State, successors: [kazakhstan, atlantis] }\n`;
    const [e] = errors({ "e.yaml": split, "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010")) });
    expect(e).toMatchObject({ entry: "old_state", field: "successors", message: 'names unknown entity "atlantis"' });
  });

  it("a fact without sources", () => {
    const [e] = errors({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010", "    note: no source")) });
    expect(e).toMatchObject({ file: "chair.yaml", entry: "c-2010", field: "sources", line: expect.any(Number) });
  });

  it("a source with neither url nor document", () => {
    const [e] = errors({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010", "    sources: [{ publisher: OSCE, title: T }]")) });
    expect(e).toMatchObject({ entry: "c-2010", field: "sources[0]" });
    expect(e!.message).toMatch(/url or a document/);
  });

  it("a malformed date", () => {
    const [e] = errors({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010-13")) });
    expect(e).toMatchObject({ entry: "c-2010", field: "valid" });
    expect(e!.message).toMatch(/YYYY/);
  });

  it("an unknown field, listing the roles", () => {
    const [e] = errors({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010") + "    contry: greece\n") });
    expect(e).toMatchObject({ entry: "c-2010", field: "contry" });
    expect(e!.message).toMatch(/roles country/);
  });

  it("an unknown entity, with a suggestion", () => {
    const [e] = errors({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("c-2010", "kazakstan", "2010")) });
    expect(e).toMatchObject({ entry: "c-2010", field: "country" });
    expect(e!.message).toMatch(/unknown entity "kazakstan".*did you mean "kazakhstan"/);
  });

  it("a relation ranked with (or related to) one that does not exist", () => {
    for (const [key, field] of [["ranked_with", "ranked_with"], ["related", "related"]] as const) {
      const [e] = errors({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010")).replace("  time: exclusive\n", `  time: exclusive\n  ${key}: [chiar]\n`) });
      expect(e, key).toMatchObject({ file: "chair.yaml", entry: "relation", field });
      expect(e!.message).toMatch(/unknown relation "chiar"/);
    }
  });

  it("an entity that lies in one that does not exist", () => {
    const [e] = errors({ "e.yaml": ENTITIES + "  - { id: astana, type: city, name: Astana, in: kazakstan }\n", "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010")) });
    expect(e).toMatchObject({ file: "e.yaml", entry: "astana", field: "in" });
    expect(e!.message).toMatch(/unknown entity "kazakstan"/);
  });

  it("an entity of the wrong type", () => {
    const [e] = errors({ "e.yaml": ENTITIES + "  - { id: astana, type: city, name: Astana }\n", "chair.yaml": relation(fact("c-2010", "astana", "2010")) });
    expect(e!.message).toMatch(/is a city, expected a country/);
  });

  it("duplicate fact ids", () => {
    const [e] = errors({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010") + fact("c-2010", "greece", "2009")) });
    expect(e).toMatchObject({ entry: "c-2010", field: "id" });
    expect(e!.message).toMatch(/duplicate fact id/);
  });

  it("overlapping validity where one value holds at a time", () => {
    const [e] = errors({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010") + fact("c-2010b", "greece", "{ from: 2010-06, to: 2011-06 }")) });
    expect(e).toMatchObject({ field: "valid" });
    expect(e!.message).toMatch(/overlaps/);
  });

  it("two facts with the same values of a once_per role", () => {
    const events = (facts: string) => relation(facts).replace("  time: exclusive\n", "  time: events\n  once_per: [country]\n");
    const [e] = errors({ "e.yaml": ENTITIES, "chair.yaml": events(fact("c-2010", "kazakhstan", "2010") + fact("c-2012", "kazakhstan", "2012")) });
    expect(e).toMatchObject({ entry: "c-2012", field: "once_per" });
    expect(e!.message).toMatch(/same country as c-2010/);
    expect(errors({ "e.yaml": ENTITIES, "chair.yaml": events(fact("c-2010", "kazakhstan", "2010") + fact("c-2009", "greece", "2009")) })).toEqual([]);
  });

  it("a once_per that names no role", () => {
    const [e] = errors({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010")).replace("  time: exclusive\n", "  time: events\n  once_per: [contry]\n") });
    expect(e).toMatchObject({ field: "once_per" });
    expect(e!.message).toMatch(/"contry" names no role/);
  });

  it("does not call a shared boundary month an overlap", () => {
    const facts = fact("a", "greece", "{ from: 2009-01-01, to: 2009-10 }") + fact("b", "kazakhstan", "{ from: 2009-10, to: 2009-12-31 }");
    expect(errors({ "e.yaml": ENTITIES, "chair.yaml": relation(facts) })).toEqual([]);
  });

  it("aliases that collide", () => {
    const [e] = errors({ "e.yaml": "entities:\n  - { id: a, type: country, name: Alpha, aliases: [AX] }\n  - { id: b, type: country, name: Beta, aliases: [ax] }\n" });
    expect(e).toMatchObject({ entry: "b", field: "aliases" });
    expect(e!.message).toMatch(/also names a/);
  });

  it("a relation's word that is a thing's name (a warning naming the thing, its alias or its name)", () => {
    const entities = "entities:\n  - { id: kazakhstan, type: country, name: Kazakhstan, aliases: [KZ] }\n  - { id: greece, type: country, name: Greece }\n";
    const words = 'relation:\n  id: chair\n  name: Chair\n  about: Who chaired.\n  cues: [chair, kz]\n  words: [Greece, held]\n  roles:\n    country: { type: country, main: true }\n  say: "{country} chaired {when}"\n  patterns: ["who chaired in {time}"]\n';
    const { problems } = checkFactTable(factsDirWith({ "e.yaml": entities, "chair.yaml": words }));
    const warnings = problems.filter((p) => p.severity === "warning" && p.entry === "chair");
    expect(warnings.map((w) => [w.field, w.message.split(":")[0]])).toEqual([
      ["cues", '"kz" is the name of kazakhstan'],
      ["words", '"Greece" is the name of greece'],
    ]);
  });

  it("a relation missing required parts, and a template naming no role", () => {
    const problems = errors({ "r.yaml": "relation:\n  id: x\n  name: X\n  about: X\n  cues: []\n  roles: { a: { type: text, main: true } }\n  say: '{b}'\n  patterns: [x]\n" });
    expect(problems.map((p) => p.field)).toContain("relation.cues");
  });

  it("a missing lexicon", () => {
    expect(errors({ "e.yaml": ENTITIES }, { withLexicon: false })[0]!.message).toMatch(/lexicon/);
  });

  it("warns when a relation's words are a thing's name (it would be read as a word, not as the thing)", () => {
    const withName = relation(fact("x", "kazakhstan", "2010"), "  words: [greece]\n");
    const problems = checkFactTable(factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": withName })).problems;
    expect(problems.filter((p) => p.severity === "warning" && p.field === "words" && /greece/.test(p.message))).toHaveLength(1);
    const clean = checkFactTable(factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("x", "kazakhstan", "2010")) })).problems;
    expect(clean.filter((p) => p.field === "words")).toEqual([]);
  });

  it("a cue naming a thing listed in context: too is meant (naming it cues the relation): no warning", () => {
    const cueing = (extra: string) => relation(fact("x", "kazakhstan", "2010"), extra).replace("cues: [chair]", "cues: [chair, greece]");
    const warned = (extra: string) => checkFactTable(factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": cueing(extra) })).problems.filter((p) => p.field === "cues");
    expect(warned("")).toHaveLength(1);
    expect(warned("  context: [greece]\n")).toEqual([]);
  });

  it("'missing_earliest' is read (and defaults to false)", () => {
    const read = (extra: string) => [...loadFactTable(factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("x", "kazakhstan", "2010"), extra) })).table.relations.values()][0]!.missingEarliest;
    expect(read("")).toBe(false);
    expect(read("  missing_earliest: true\n")).toBe(true);
  });

  it("'nationality' is only said of a country role beside a person role", () => {
    const dir = factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("x", "kazakhstan", "2010")).replace("country: { type: country, main: true }", "country: { type: country, main: true, nationality: true }") });
    expect(() => loadFactTable(dir)).toThrow(/roles\.country\.nationality.*person role/s);
  });

  it("'agent' and 'asked' are read (and default to true); the main role is never 'asked: false'", () => {
    const roles = (role: string) => [...loadFactTable(factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("x", "kazakhstan", "2010")).replace("country: { type: country, main: true }", role) })).table.relations.values()][0]!.roles[0]!;
    expect(roles("country: { type: country, main: true }")).toMatchObject({ agent: true, asked: true });
    expect(roles("country: { type: country, main: true, agent: false }")).toMatchObject({ agent: false, asked: true });
    const dir = factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("x", "kazakhstan", "2010")).replace("country: { type: country, main: true }", "country: { type: country, main: true, asked: false }") });
    expect(() => loadFactTable(dir)).toThrow(/roles\.country\.asked.*main role/s);
  });

  it("'one_per_year' is read (and defaults to false)", () => {
    const read = (extra: string) => [...loadFactTable(factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("x", "kazakhstan", "2010"), extra) })).table.relations.values()][0]!.onePerYear;
    expect(read("")).toBe(false);
    expect(read("  one_per_year: true\n")).toBe(true);
  });

  it("'complete_until' is read as a day, and anything else is an error at that field", () => {
    const load = (extra: string) => loadFactTable(factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("x", "kazakhstan", "2010"), extra) }));
    expect([...load("").table.relations.values()][0]!.completeUntil).toBeUndefined();
    expect([...load("  complete_until: 2025-12-31\n").table.relations.values()][0]!.completeUntil).toBe("2025-12-31");
    expect(() => load("  complete_until: 2025\n")).toThrow(/complete_until/);
  });

  it("a role's 'default' names an entity of the role's type, and is an error at that field otherwise", () => {
    const withDefault = (value: string) => factsDirWith({ "e.yaml": ENTITIES + "  - { id: vienna, type: city, name: Vienna }\n", "chair.yaml": relation(fact("x", "kazakhstan", "2010")).replace("country: { type: country, main: true }", `country: { type: country, main: true, default: ${value} }`) });
    expect([...loadFactTable(withDefault("kazakhstan")).table.relations.values()][0]!.roles[0]!.default).toBe("kazakhstan");
    expect(() => loadFactTable(withDefault("atlantis"))).toThrow(/roles\.country\.default.*unknown entity "atlantis"/s);
    expect(() => loadFactTable(withDefault("vienna"))).toThrow(/roles\.country\.default.*"vienna" is a city, not a country/s);
  });

  it("loadFactTable throws one FactLoadError listing every error", () => {
    const dir = factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("x", "nowhere", "2010") + fact("y", "kazakhstan", "20100")) });
    expect(() => loadFactTable(dir)).toThrow(FactLoadError);
    try {
      loadFactTable(dir);
    } catch (e) {
      expect((e as FactLoadError).problems.filter((p) => p.severity === "error")).toHaveLength(2);
      expect((e as Error).message).toMatch(/chair\.yaml:\d+, entry x, field country/);
    }
  });

  it("npm run facts:check exits 2 on a broken table, 0 on the real one", () => {
    const bad = factsDirWith({ "e.yaml": ENTITIES, "chair.yaml": relation(fact("c-2010", "kazakhstan", "2010-13")) });
    const broken = spawnSync(process.execPath, ["dist/adapters/cli/facts-check.js", bad], { encoding: "utf8" });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/chair\.yaml:\d+, entry c-2010, field valid/);
    // The real table has no errors; warnings (e.g. an encyclopedia still cited) print but do not fail.
    const ok = spawnSync(process.execPath, ["dist/adapters/cli/facts-check.js", "--now", "2026-11-29"], { encoding: "utf8" });
    expect(ok.stderr).not.toMatch(/^error:/m);
    expect(ok.stderr.split("\n").filter(Boolean).every((l) => l.startsWith("warning: "))).toBe(true);
    expect(ok.status).toBe(0);
  });
});

describe("fact loader: regions and groups", () => {
  const GROUPED = `entities:
  - { id: central_asia, type: world_region, name: Central Asia }
  - { id: kazakhstan, type: country, name: Kazakhstan, groups: [central_asia] }
  - { id: astana, type: city, name: Astana, in: kazakhstan }
`;

  it("a group that names no entity: file, entry and field", () => {
    const [e] = errors({ "e.yaml": GROUPED.replace("[central_asia]", "[central_asiaa]") });
    expect(e).toMatchObject({ file: "e.yaml", entry: "kazakhstan", field: "groups" });
    expect(e!.message).toMatch(/central_asiaa/);
  });

  it("a place is in the groups of the country it lies in; a group knows its members' types", () => {
    const { table } = loadFactTable(factsDirWith({ "e.yaml": GROUPED }));
    expect(table.entities.get("astana")!.groups).toEqual(["central_asia"]);
    expect(table.entities.get("central_asia")!.memberTypes).toEqual(["country", "city"]);
    expect(table.entities.get("central_asia")!.groups).toBeUndefined();
  });
});
