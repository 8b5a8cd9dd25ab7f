import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import type { FactProblem } from "./errors.js";
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

export function readYamlFile(dir: string, path: string, problems: FactProblem[]): YamlFile | null {
  const file = relative(dir, path);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    problems.push({ file, message: `cannot read: ${(e as Error).message}`, severity: "error" });
    return null;
  }
  const first = parse(text);
  if (first.doc.errors.length > 0) {
    for (const err of first.doc.errors) {
      problems.push({ file, line: first.lines.linePos(err.pos[0]).line, message: `not valid YAML: ${err.message.split("\n")[0]}`, severity: "error" });
    }
    return null;
  }
  // The syntax tree is ~50 times the size of the text: it is not kept. Only a problem needs a line
  // number, and the file is then parsed again, once (a clean table of 100,000 facts never is).
  let located: Parsed | null = null;
  return {
    file,
    data: first.doc.toJS({ maxAliasCount: 100 }),
    digest: fileDigest(text),
    lineOf(p) {
      const { doc, lines } = (located ??= parse(text));
      for (let n = p.length; n >= 0; n--) {
        const node = doc.getIn(p.slice(0, n), true);
        if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

interface Parsed {
  doc: Document;
  lines: LineCounter;
}

function parse(text: string): Parsed {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }), lines };
}
