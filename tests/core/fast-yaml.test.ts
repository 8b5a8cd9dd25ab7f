/**
 * The fast YAML path (src/facts/fast-yaml.ts) must read every clean file exactly as the `yaml`
 * library does, data and every fact's line, and hand over whatever it cannot be sure of.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateFacts } from "../../bench/generate-facts.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { readFast } from "../../src/facts/fast-yaml.js";
import { listYamlFiles, readYamlFile, type YamlFile } from "../../src/facts/read-yaml.js";
import { factsDirWith } from "../helpers/factdesk.js";

const generated = generateFacts({ facts: 2000, seed: 5, questions: 10, includeReal: false });
afterAll(() => rmSync(generated.dir, { recursive: true, force: true }));

function factLines(file: YamlFile): Array<number | undefined> {
  const facts = (file.data as { facts?: unknown[] } | null)?.facts ?? [];
  return facts.map((_, i) => file.lineOf(["facts", i]));
}

describe("the fast YAML path", () => {
  it.each([
    ["the real facts", defaultFactsDir()],
    ["a generated table", generated.dir],
  ])("reads every file of %s as the yaml library does", (_, dir) => {
    for (const path of listYamlFiles(dir)) {
      const fast = readYamlFile(dir, path, []);
      const slow = readYamlFile(dir, path, [], { fast: false });
      expect(fast!.data).toEqual(slow!.data);
      expect(factLines(fast!)).toEqual(factLines(slow!));
    }
  });

  it("reads YAML 1.2 core scalars as the yaml library does", () => {
    const text = "a: [1, -2, +3, 0o17, 0x1F, 1.5, .5, 1e3, -.inf, .NaN, 017, 1_000, 0b11, yes, No, True, FALSE, ~, null, Null, '', 2010-05-01, 12:30]\nb:\n";
    const dir = factsDirWith({ "x.yaml": text }, { withLexicon: false, withSourcePolicy: false });
    const path = join(dir, "x.yaml");
    expect(readFast(text)).not.toBeNull();
    expect(readYamlFile(dir, path, [])!.data).toEqual(readYamlFile(dir, path, [], { fast: false })!.data);
  });

  it("finds a fact's line after a bare dash and comments, as the yaml library does", () => {
    const text = "relation: { id: x }\nfacts:\n  # first\n  - id: a\n    note: |\n      - not an item\n  -\n    id: b\n\n  - id: c # c\nother: 1\n";
    const dir = factsDirWith({ "x.yaml": text }, { withLexicon: false, withSourcePolicy: false });
    const path = join(dir, "x.yaml");
    expect(readFast(text)?.factLines).toEqual([4, 8, 10]);
    expect(factLines(readYamlFile(dir, path, [], { fast: false })!)).toEqual([4, 8, 10]);
  });

  it("leaves anchors, flow lists, duplicate keys and broken YAML to the yaml library", () => {
    expect(readFast("a: &x 1\nb: *x\n")).toBeNull();
    expect(readFast("facts: [{ id: a }, { id: b }]\n")).toBeNull();
    expect(readFast("a: 1\na: 2\n")).toBeNull();
    expect(readFast("a: [1, 2\n")).toBeNull();
    const dir = factsDirWith({ "bad.yaml": "a: 1\na: 2\n" }, { withLexicon: false, withSourcePolicy: false });
    const problems: Parameters<typeof readYamlFile>[2] = [];
    expect(readYamlFile(dir, join(dir, "bad.yaml"), problems)).toBeNull();
    expect(problems[0]).toMatchObject({ file: "bad.yaml", line: 2 });
  });
});
