/**
 * The direct reader of a file's closing `facts:`/`entities:` list (src/facts/plain-list.ts) must
 * give the `yaml` library's data and fact lines, and decline whatever it is not sure of.
 */
import { readFileSync, rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateFacts } from "../../bench/generate-facts.js";
import { readFast } from "../../src/facts/fast-yaml.js";
import { readPlainList } from "../../src/facts/plain-list.js";
import { listYamlFiles } from "../../src/facts/read-yaml.js";

const generated = generateFacts({ facts: 2000, seed: 5, questions: 10, includeReal: false });
afterAll(() => rmSync(generated.dir, { recursive: true, force: true }));

/** The list after the first line (a `facts:` line), as the reader reads it. */
function list(body: string) {
  const text = `facts:\n${body}`;
  return readPlainList(text, "facts:\n".length, 2);
}

/** The `yaml` library's reading of the same list (what every fast path is held to). */
function yamlList(body: string): unknown {
  return (parse(`facts:\n${body}`) as { facts: unknown }).facts;
}

describe("the plain list reader", () => {
  it("reads every generated fact and entity file directly", () => {
    for (const path of listYamlFiles(generated.dir)) {
      const text = readFileSync(path, "utf8");
      const start = /^(facts|entities): *$/m.exec(text);
      if (!start) continue;
      expect(readPlainList(text, start.index + start[0].length + 1, 1), path).not.toBeNull();
      expect(readFast(text)).not.toBeNull();
    }
  });

  it("gives the yaml library's values and each item's line", () => {
    const body = [
      "  # a comment",
      "  - id: a",
      "    n: [1, -2, +3, 0x1F, 0o17, 1.5, .5, 1e3, -.inf, .NaN, 017, 2010-05-01, true, False, null, Null, \"x\", 'y', \"\", plain text]",
      "    valid: { from: 1966-08-17, to: 1968 }",
      "    at: 12:30",
      "    title: Kazakhstan's capital (Astana) - a no.1 city; \"quoted\" words",
      "    url: https://example.org/a?b=c#d",
      "    list: [https://example.org:8080/x, -5, -x, a:b, Ça va]",
      "    sources:",
      "      - { publisher: \"A: b\", url: \"https://example.org/a?b=c#d\" }",
      "      - plain words",
      "",
      "  - { id: b, aliases: [\"B\", C d], empty: {}, none: [] }",
      "  - id: c   ",
      "",
    ].join("\n");
    const read = list(body);
    expect(read?.items).toEqual(yamlList(body));
    expect(read?.lines).toEqual([3, 14, 15]);
  });

  it.each([
    ["a duplicate key", "  - id: a\n    id: b\n"],
    ["a duplicate key in a flow mapping", "  - { id: a, id: b }\n"],
    ["an escape", '  - id: "a\\tb"\n'],
    ["a doubled quote", "  - id: 'it''s'\n"],
    ["a comment after a value", "  - id: a # note\n"],
    ["a multi-line plain scalar", "  - note: one\n      two\n"],
    ["a block scalar", "  - note: |\n      text\n"],
    ["a trailing comma", "  - { id: a, }\n"],
    ["a flow mapping over two lines", "  - { id: a,\n      name: b }\n"],
    ["a tab", "  - id:\ta\n"],
    ["an empty value", "  - id:\n"],
    ["a bare dash", "  -\n    id: a\n"],
    ["a nested block mapping", "  - valid:\n      from: 2010\n"],
    ["a list at the key's indentation", "  - sources:\n    - a\n"],
    ["a key the core schema resolves", "  - true: a\n"],
    ["a quoted key", '  - "id": a\n'],
    ["a mapping in a value", "  - at: a: b\n"],
    ["a colon ending a value", "  - at: a:\n"],
    ["a flow mapping in a plain value of a flow", "  - { a: b{c} }\n"],
    ["an indicator first", "  - a: &x\n"],
    ["a top-level key after the list", "  - id: a\nother: 1\n"],
    ["an item less indented", "  - id: a\n - id: b\n"],
    ["an empty list", ""],
    ["a carriage return", "  - id: a\r\n"],
  ])("declines %s", (_, body) => {
    expect(list(body)).toBeNull();
  });

  it("leaves a head js-yaml cannot read alone, or a key written twice, to the whole-file reader", () => {
    expect(readFast("relation: { id: x,\nfacts:\n  - id: a\n")).toBeNull();
    expect(readFast("facts: []\nfacts:\n  - id: a\n")).toBeNull();
    expect(readFast("---\na: 1\n---\nfacts:\n  - id: a\n")).toBeNull();
    expect(readFast("# only a comment\nentities:\n  - { id: a }\n")).toEqual({ data: { entities: [{ id: "a" }] }, factLines: [] });
    expect(readFast("relation: { id: x }\nfacts:\n  - id: a\n")).toEqual({ data: { relation: { id: "x" }, facts: [{ id: "a" }] }, factLines: [3] });
  });
});
