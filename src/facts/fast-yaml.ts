/**
 * The fast way to read a clean fact file: js-yaml (6× faster than the `yaml` library here) with
 * YAML 1.2's core schema written out as `yaml` resolves it, and every fact's line found by reading
 * the `facts:` list's item lines. Whenever it cannot be sure (a parse error, an anchor or alias,
 * a `facts:` list not written as a plain block list), it gives up and the `yaml` library reads the
 * file as before (read-yaml.ts), errors and line numbers included.
 */
import jsYaml from "js-yaml";
import { readPlainList } from "./plain-list.js";
import { BOOL_PATTERN, FLOAT_PATTERN, INT_PATTERN, NULL_PATTERN, boolOf, floatOf, intOf } from "./core-scalars.js";

const { Type, FAILSAFE_SCHEMA } = jsYaml;

/** YAML 1.2 core scalars, with the `yaml` library's patterns and values (core-scalars.ts). */
const CORE = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type("tag:yaml.org,2002:null", { kind: "scalar", resolve: (s: string) => NULL_PATTERN.test(s), construct: () => null }),
    new Type("tag:yaml.org,2002:bool", { kind: "scalar", resolve: (s: string) => BOOL_PATTERN.test(s), construct: boolOf }),
    new Type("tag:yaml.org,2002:int", { kind: "scalar", resolve: (s: string) => INT_PATTERN.test(s), construct: intOf }),
    new Type("tag:yaml.org,2002:float", { kind: "scalar", resolve: (s: string) => FLOAT_PATTERN.test(s), construct: floatOf }),
  ],
});

/** An anchor or alias somewhere (`&a`, `*a`): left to the `yaml` library, which limits aliases. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*][^\s,\]}]/;

export interface FastRead {
  data: unknown;
  /** The line of each item of the top-level `facts:` list (1-based), as the `yaml` library gives it. */
  factLines: number[];
}

/** The file's data and fact lines, or null when the `yaml` library must read it. */
export function readFast(text: string): FastRead | null {
  if (ANCHOR_OR_ALIAS.test(text)) return null;
  return withPlainList(text) ?? readWhole(text);
}

/** A top-level `facts:` or `entities:` block list that ends the file, alone on its line. */
const LIST_START = /^(facts|entities): *$/m;
/** A document marker or directive: more than one document, or one the head alone would misread. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.|%)/m;

/**
 * A file that ends in a plain list (plain-list.ts): the head above the list by js-yaml, the list
 * read directly. Null when either is not sure; js-yaml then reads the whole file.
 */
function withPlainList(text: string): FastRead | null {
  const found = LIST_START.exec(text);
  if (!found) return null;
  const key = found[1]!;
  const head = text.slice(0, found.index);
  if (DOCUMENT_MARKER.test(head)) return null;
  const list = readPlainList(text, found.index + found[0].length + 1, lineCount(head) + 2);
  if (!list) return null;
  let data: unknown;
  try {
    data = jsYaml.load(head, { schema: CORE });
  } catch {
    return null;
  }
  if (data === undefined) data = {}; // a head of comments only (js-yaml: no document)
  if (typeof data !== "object" || data === null || Array.isArray(data) || Object.hasOwn(data, key)) return null;
  (data as Record<string, unknown>)[key] = list.items;
  return { data, factLines: key === "facts" ? list.lines : [] };
}

/** The number of line breaks in `text`. */
function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

function readWhole(text: string): FastRead | null {
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: CORE });
  } catch {
    return null;
  }
  const facts = data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>).facts : undefined;
  if (facts === undefined || facts === null) return { data, factLines: [] };
  const factLines = factItemLines(text);
  return Array.isArray(facts) && factLines?.length === facts.length ? { data, factLines } : null;
}

/**
 * The lines of the items of a top-level block list `facts:` ("- id: …" at one indentation): an
 * item's line is that of its first content (the dash's line, or the next line after a bare dash).
 * Null when the list is not written that way.
 */
function factItemLines(text: string): number[] | null {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /^facts:\s*(?:#.*)?\r?$/.test(l));
  if (start < 0) return null;
  const out: number[] = [];
  let indent = -1;
  let pending = false;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    const content = line.trimStart();
    if (content === "" || content.startsWith("#")) continue;
    const at = line.length - content.length;
    if (pending) {
      out.push(i + 1);
      pending = false;
    }
    if (indent < 0) {
      if (!content.startsWith("-")) return null;
      indent = at;
    }
    if (at < indent || (at === indent && !/^-(?:\s|$)/.test(content))) break;
    if (at !== indent) continue;
    const rest = content.slice(1).trim();
    if (rest === "" || rest.startsWith("#")) pending = true;
    else out.push(i + 1);
  }
  return pending ? null : out;
}
