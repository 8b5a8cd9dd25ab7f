import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { isNode, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { FactProblem } from "./errors.js";
import { readFast } from "./fast-yaml.js";
import { fileDigest } from "./revision.js";

/** A parsed YAML file that can say on which line any of its values stands. */
export interface YamlFile {
  /** Path relative to the facts directory, for messages. */
  file: string;
  data: unknown;
  /** sha256 of the file's text: the table's revision is made of these. */
  digest: string;
  lineOf(path: Array<string | number>): number | undefined;
}

/** Every *.yaml / *.yml below `dir`, sorted, so load order (and ids' first definitions) is stable. */
export function listYamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith(".")) continue;
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.ya?ml$/i.test(name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** `fast: false` reads with the `yaml` library alone (what the fast path is checked against). */
export function readYamlFile(dir: string, path: string, problems: FactProblem[], { fast = true } = {}): YamlFile | null {
  const file = relative(dir, path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    problems.push({ file, message: `cannot read: ${(e as Error).message}`, severity: "error" });
    return null;
  }
  const quick = fast ? readFast(text) : null;
  if (quick) return yamlFile(file, text, quick.data, quick.factLines);
  const first = parse(text);
  if (first.doc.errors.length > 0) {
    for (const err of first.doc.errors) {
      problems.push({ file, line: first.lines.linePos(err.pos[0]).line, message: `not valid YAML: ${err.message.split("\n")[0]}`, severity: "error" });
    }
    return null;
  }
  // The syntax tree is ~50 times the size of the text: it is not kept. Every fact's line (which
  // every fact carries) is read now; a problem elsewhere needs the file parsed again, once.
  const data = toData(first, file, problems);
  return data === NOT_READ ? null : yamlFile(file, text, data, factItemLines(first));
}

const NOT_READ = Symbol("not read");

/** The document's values; an alias to no anchor ("*missing") or too many aliases is a problem of the file, never a crash. */
function toData({ doc }: Parsed, file: string, problems: FactProblem[]): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    problems.push({ file, message: `not valid YAML: ${(e as Error).message.split("\n")[0]}`, severity: "error" });
    return NOT_READ;
  }
}

function yamlFile(file: string, text: string, data: unknown, factLines: Array<number | undefined> | null): YamlFile {
  let located: Parsed | null = null;
  return {
    file,
    data,
    digest: fileDigest(text),
    lineOf(p) {
      if (p.length === 2 && p[0] === "facts" && typeof p[1] === "number" && factLines?.[p[1]] !== undefined) return factLines[p[1]];
      return lineIn((located ??= parse(text)), p);
    },
  };
}

function lineIn({ doc, lines }: Parsed, p: Array<string | number>): number | undefined {
  for (let n = p.length; n >= 0; n--) {
    const node = doc.getIn(p.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** The line of each item of the file's `facts` list, as `lineOf(["facts", i])` reads it. */
function factItemLines(parsed: Parsed): Array<number | undefined> | null {
  const facts = parsed.doc.get("facts", true);
  if (!isSeq(facts)) return null;
  return facts.items.map((_, i) => lineIn(parsed, ["facts", i]));
}

interface Parsed {
  doc: Document;
  lines: LineCounter;
}

function parse(text: string): Parsed {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }), lines };
}
