/**
 * A direct reader for the block list that ends most fact and entity files (`facts:` or
 * `entities:`), written plainly: each item a one-line flow mapping (`- { id: a, name: "A" }`) or a
 * block mapping of one-line values, with at most one level of block list under a key (a fact's
 * `sources:`). Values are one-line flow mappings and lists, quoted texts without escapes, and plain
 * scalars on one line, resolved by the YAML 1.2 core schema as js-yaml does.
 *
 * js-yaml spends ~2 s of a first start at 100,000 facts building generic state for every node;
 * this reads the same lines into the same objects several times faster. It accepts only what it is
 * sure of: anything else (an escape, a comment after a value, a multi-line scalar, a duplicate key,
 * a tab) gives null, and the file is read as before (fast-yaml.ts, then the `yaml` library).
 */
import { resolvePlain } from "./core-scalars.js";

export interface PlainList {
  items: unknown[];
  /** Each item's line (1-based): the line of its dash. */
  lines: number[];
}

/**
 * A character the reader leaves to js-yaml: a tab, a carriage return, anything js-yaml refuses as
 * non-printable, and (more than it refuses) any surrogate, U+0085 and U+FEFF. One character class,
 * several times faster than js-yaml's own test with its look-ahead.
 */
const NOT_PLAIN_CHAR = /[\x00-\x09\x0B-\x1F\x7F-\x9F\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/g;

/** Thrown inside the reader when the text is not written plainly; never escapes readPlainList. */
const NOT_PLAIN = Symbol("not plain");

/** The list whose lines start at `from` (line number `line`) and run to the end of `text`, or null. */
export function readPlainList(text: string, from: number, line: number): PlainList | null {
  NOT_PLAIN_CHAR.lastIndex = from;
  if (NOT_PLAIN_CHAR.test(text)) return null;
  try {
    return new PlainListReader(text, from, line).list();
  } catch (e) {
    if (e === NOT_PLAIN) return null;
    throw e;
  }
}

function notPlain(): never {
  throw NOT_PLAIN;
}

const SPACE = 0x20;
const DASH = 0x2d;

class PlainListReader {
  /** The current content line: where it starts, where its content starts, where it ends. */
  private lineStart = 0;
  private start = 0;
  private end = 0;
  private number: number;
  private done = false;
  /** Where the next line starts. */
  private next = 0;
  /** Scanning position within the current line. */
  private pos = 0;
  /**
   * The file's keys, each made once: a key found here is not a new string to allocate and give
   * v8's string table, once per fact.
   */
  private readonly keys: string[] = [];

  constructor(private readonly text: string, from: number, firstLine: number) {
    this.next = from;
    this.number = firstLine - 1;
    this.advance();
  }

  private get indent(): number {
    return this.start - this.lineStart;
  }

  /** Moves to the next line that is neither blank nor a comment. */
  private advance(): void {
    const { text } = this;
    while (this.next < text.length) {
      const lineStart = this.next;
      const newline = text.indexOf("\n", lineStart);
      const end = newline < 0 ? text.length : newline;
      this.next = end + 1;
      this.number++;
      let start = lineStart;
      while (start < end && text.charCodeAt(start) === SPACE) start++;
      if (start === end || text.charCodeAt(start) === 0x23 /* # */) continue;
      this.lineStart = lineStart;
      this.start = start;
      this.end = end;
      return;
    }
    this.done = true;
  }

  list(): PlainList {
    if (this.done || this.indent === 0) notPlain();
    const indent = this.indent;
    const items: unknown[] = [];
    const lines: number[] = [];
    while (!this.done) {
      if (this.indent !== indent) notPlain();
      lines.push(this.number);
      items.push(this.item());
    }
    return { items, lines };
  }

  /** One list item: a flow mapping on the dash's line, or a block mapping starting there. */
  private item(): unknown {
    this.pos = this.afterDash();
    if (this.text.charCodeAt(this.pos) === 0x7b /* { */) return this.lineValue();
    return this.blockMapping(this.pos - this.lineStart);
  }

  /** Where the content after the current line's "- " starts (never at the line's end). */
  private afterDash(): number {
    const { text } = this;
    if (text.charCodeAt(this.start) !== DASH || text.charCodeAt(this.start + 1) !== SPACE) notPlain();
    let p = this.start + 2;
    while (p < this.end && text.charCodeAt(p) === SPACE) p++;
    if (p === this.end) notPlain();
    return p;
  }

  /** "key: value" lines at column `column`, the first from `this.pos`. */
  private blockMapping(column: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      const key = this.key();
      if (Object.hasOwn(out, key)) notPlain();
      const spaced = this.text.charCodeAt(this.pos) === SPACE;
      if (this.restIsBlank()) {
        this.advance();
        out[key] = this.blockList(column);
      } else if (spaced) out[key] = this.lineValue();
      else notPlain();
      if (this.done || this.indent < column) return out;
      if (this.indent !== column) notPlain();
      this.pos = this.start;
    }
  }

  /** A block list under a key at column `column`: one-line values, more indented than the key. */
  private blockList(column: number): unknown[] {
    if (this.done || this.indent <= column) notPlain();
    const indent = this.indent;
    const out: unknown[] = [];
    while (!this.done && this.indent === indent) {
      this.pos = this.afterDash();
      out.push(this.lineValue());
    }
    if (!this.done && this.indent > column) notPlain();
    return out;
  }

  /** A value that takes the rest of the current line; moves to the next line. */
  private lineValue(): unknown {
    this.skipSpaces();
    const value = this.value(false);
    if (!this.restIsBlank()) notPlain();
    this.advance();
    return value;
  }

  private value(inFlow: boolean): unknown {
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x7b /* { */) return this.flowMapping();
    if (c === 0x5b /* [ */) return this.flowList();
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) return this.quoted(c);
    return resolvePlain(this.plain(inFlow));
  }

  private flowMapping(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++;
    this.skipSpaces();
    if (this.take(0x7d /* } */)) return out;
    do {
      const key = this.key();
      if (Object.hasOwn(out, key) || !this.take(SPACE)) notPlain();
      this.skipSpaces();
      out[key] = this.value(true);
    } while (this.separator(0x7d));
    return out;
  }

  private flowList(): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    this.skipSpaces();
    if (this.take(0x5d /* ] */)) return out;
    do out.push(this.value(true));
    while (this.separator(0x5d));
    return out;
  }

  /** After a flow entry: true after a comma (another entry follows), false after `close`. */
  private separator(close: number): boolean {
    this.skipSpaces();
    if (this.take(close)) return false;
    if (!this.take(0x2c /* , */)) notPlain();
    this.skipSpaces();
    const c = this.text.charCodeAt(this.pos);
    if (c === 0x7d || c === 0x5d || this.pos >= this.end) notPlain(); // a trailing comma, or the entry on the next line
    return true;
  }

  /** A quoted text on one line with no escape (`\` or a doubled quote). */
  private quoted(quote: number): string {
    const { text } = this;
    const close = text.indexOf(quote === 0x22 ? '"' : "'", this.pos + 1);
    if (close < 0 || close >= this.end) notPlain();
    const content = text.slice(this.pos + 1, close);
    if ((quote === 0x22 && content.includes("\\")) || (quote === 0x27 && text.charCodeAt(close + 1) === 0x27)) notPlain();
    this.pos = close + 1;
    return content;
  }

  /**
   * A plain scalar on one line, as YAML reads one: not starting with an indicator, ending before
   * a comment (declined) or, in a flow, before `,` `]` `}`; a ": " inside (a mapping) is declined.
   */
  private plain(inFlow: boolean): string {
    const { text } = this;
    const from = this.pos;
    const first = text.charCodeAt(from);
    // "-", "?" or ":" may start one only before a character of it ("-5", not "- x").
    if (NEVER_FIRST.includes(first) || (LEADING.includes(first) && !this.plainGoesOn(from + 1, inFlow))) notPlain();
    let p = from;
    while (p < this.end) {
      const c = text.charCodeAt(p);
      if (c === 0x3a /* : */ && !this.plainGoesOn(p + 1, inFlow)) notPlain();
      if (c === 0x23 /* # */ && text.charCodeAt(p - 1) === SPACE) notPlain();
      if (inFlow && FLOW_INDICATORS.includes(c)) {
        if (c === 0x5b || c === 0x7b) notPlain();
        break;
      }
      p++;
    }
    let last = p;
    while (text.charCodeAt(last - 1) === SPACE) last--;
    this.pos = p;
    return text.slice(from, last);
  }

  /** Whether the character at `p` continues a plain scalar after a ":" (or a leading "-", "?"). */
  private plainGoesOn(p: number, inFlow: boolean): boolean {
    const c = this.text.charCodeAt(p);
    return p < this.end && c !== SPACE && !(inFlow && FLOW_INDICATORS.includes(c));
  }

  /** A mapping key: lower-case letters, digits and `_`, then ":". Never one the core schema resolves. */
  private key(): string {
    const { text } = this;
    const from = this.pos;
    let p = from;
    for (let c = text.charCodeAt(p); (c >= 0x61 && c <= 0x7a) || c === 0x5f || (p > from && c >= 0x30 && c <= 0x39); c = text.charCodeAt(++p));
    if (p === from || text.charCodeAt(p) !== 0x3a /* : */) notPlain();
    const key = this.knownKey(from, p) ?? this.newKey(text.slice(from, p));
    this.pos = p + 1;
    return key;
  }

  private knownKey(from: number, to: number): string | undefined {
    for (const key of this.keys) if (key.length === to - from && this.text.startsWith(key, from)) return key;
    return undefined;
  }

  private newKey(key: string): string {
    if (key === "true" || key === "false" || key === "null" || key === "__proto__") notPlain();
    if (this.keys.length < 64) this.keys.push(key);
    return key;
  }

  private skipSpaces(): void {
    while (this.pos < this.end && this.text.charCodeAt(this.pos) === SPACE) this.pos++;
  }

  private restIsBlank(): boolean {
    this.skipSpaces();
    return this.pos >= this.end;
  }

  private take(c: number): boolean {
    if (this.pos >= this.end || this.text.charCodeAt(this.pos) !== c) return false;
    this.pos++;
    return true;
  }
}

/** `,` `[` `]` `{` `}`. */
const FLOW_INDICATORS = [0x2c, 0x5b, 0x5d, 0x7b, 0x7d];
/** Indicators no plain scalar starts with (quotes, `[` and `{` are read before), and the space. */
const NEVER_FIRST = [SPACE, 0x2c, 0x5d, 0x7d, 0x23, 0x26, 0x2a, 0x21, 0x7c, 0x3e, 0x25, 0x40, 0x60];
/** `-` `?` `:`: a plain scalar's first character only before another of its characters. */
const LEADING = [DASH, 0x3f, 0x3a];
