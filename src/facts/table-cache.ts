/**
 * The compiled-table cache: a validated FactTable in its compact form (facts/compact-table.ts:
 * typed arrays and interned strings, not an object graph), serialised with v8 after a clean load
 * with the state derived from it, and read back on the next start instead of parsing and validating
 * every YAML file again (the dominant cost of a start: ~1 s for the real table, seconds at 100,000
 * facts); its large typed arrays are read straight from the file into their own memory
 * (cache-body.ts). A loaded table is answered from its compact form too, so a start from YAML and a
 * start from the cache answer from the same thing.
 *
 * Never stale: the cache is keyed by every *.yaml file under the facts directory (path, size,
 * mtime, ctime, inode, in load order), the content of the core's compiled files (so new code never
 * reads an old table or state) and the Node version (the v8 format). Any change, added or removed file misses and
 * the table is loaded from YAML again. The key is taken before the files are read: a file edited
 * during a load changes the key, so that table is never served again.
 * Only tables that loaded without errors are cached; warnings are kept with them.
 *
 * Where: $FACTDESK_CACHE_DIR, else node_modules/.cache/factdesk next to the package, else the
 * system temp directory. FACTDESK_CACHE=off turns it off. A cache that cannot be read or written
 * is ignored (the table is then loaded from YAML, as without it).
 *
 * The YAML loader (yaml, zod) is only loaded on a miss: compiled, through require(); running
 * from TypeScript sources (the tests), factdesk.ts hands it over eagerly (`provideLoader`).
 */
import { createHash } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, type Stats } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FactProblem } from "./errors.js";
import type { FactTable } from "./model.js";
import { readBody, writeAll, writeBody } from "./cache-body.js";
import { compileTable, openTable, type SavedTable } from "./compact-table.js";

type LoaderModule = typeof import("./load.js");

/** Bump when the shape of FactTable changes without a change to the files below (belt and braces). */
const FORMAT = "factdesk-table-v4";
const MAGIC = Buffer.from("FDTC2\n");

let loaderModule: LoaderModule | undefined;

/** Running from sources (no compiled load.js to require): the caller imports the loader and hands it over. */
export function provideLoader(mod: LoaderModule): void {
  loaderModule = mod;
}

function loader(): LoaderModule {
  loaderModule ??= createRequire(import.meta.url)("./load.js") as LoaderModule;
  return loaderModule;
}

export interface CachedLoad<T> {
  table: FactTable;
  warnings: FactProblem[];
  /** What `derive.build` made of the table, built now or revived from the cache. */
  derived?: T;
  /** "hit": read from the cache; "miss": loaded from YAML (and cached); "off": cache not used. */
  cache: "hit" | "miss" | "off";
}

/** State computed from the table that is worth keeping with it (createFactdesk's indexes). */
export interface Derive<T> {
  build(table: FactTable): T;
  /** Can it be serialised and revived? (Plain data and known classes only.) */
  revivable(state: T, table: FactTable): boolean;
  /** After deserialisation: give class instances their prototypes back, and the revived table's store. */
  revive(state: T, table: FactTable): T;
}

/** Like loadFactTable (throws FactLoadError on errors), through the cache. */
export function loadFactTableCached<T>(factsDir: string, derive?: Derive<T>): CachedLoad<T> {
  if (process.env.FACTDESK_CACHE === "off" || process.env.FACTDESK_CACHE === "0") {
    const { table, warnings } = loader().loadFactTable(factsDir);
    return { table, warnings, ...(derive ? { derived: derive.build(table) } : {}), cache: "off" };
  }
  let key: string | null = null;
  let file: string | null = null;
  try {
    key = cacheKey(factsDir);
    file = cacheFile(factsDir);
    const hit = read(file, key) as Payload<T> | null;
    if (hit) {
      const table = openTable({ ...hit.table, dir: factsDir });
      let derived: T | undefined;
      if (derive) derived = hit.derived !== undefined ? derive.revive(hit.derived, table) : derive.build(table);
      return { table, warnings: hit.warnings, ...(derived !== undefined ? { derived } : {}), cache: "hit" };
    }
  } catch {
    // No usable cache: load from YAML below.
  }
  const loaded = loader().loadFactTable(factsDir);
  const warnings = loaded.warnings;
  // The compact table is what a start from the cache reads: answer from it now too, and let the
  // table of objects the YAML made go. Derived state refers to facts and entities by number, the
  // same in both: it is built from the objects at hand, then reads through the compact table.
  const saved = compileTable(loaded.table);
  const table = openTable(saved);
  const derived = derive ? derive.revive(derive.build(loaded.table), table) : undefined;
  if (key && file) {
    const keep = derive && derived !== undefined && safely(() => derive.revivable(derived, table));
    write(file, key, { table: saved, warnings, ...(keep ? { derived } : {}) });
  }
  return { table, warnings, ...(derived !== undefined ? { derived } : {}), cache: key && file ? "miss" : "off" };
}

function safely(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------------------------- the key

/** Every *.yaml / *.yml below `dir`, in load order, with what identifies its content on disk. */
function factsStamp(dir: string, hash: ReturnType<typeof createHash>): void {
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith(".")) continue;
      const full = join(d, name);
      const st = statSync(full, { bigint: true });
      if (st.isDirectory()) walk(full);
      else if (/\.ya?ml$/i.test(name)) hash.update(`${full}\0${st.size}\0${st.mtimeNs}\0${st.ctimeNs}\0${st.ino}\n`);
    }
  };
  walk(dir);
}

/**
 * The compiled (or source) files of the core, by content: code that reads or builds the table
 * differently is a new key, while a rebuild that writes the same files keeps the cache (~2 ms).
 */
function codeStamp(hash: ReturnType<typeof createHash>): void {
  const root = dirname(dirname(fileURLToPath(import.meta.url))); // src/ (or dist/src/)
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      let st: Stats;
      try {
        st = statSync(full);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(full);
      else if (/\.(js|ts)$/.test(name)) {
        hash.update(`${full.slice(root.length)}\0${st.size}\0`);
        hash.update(readFileSync(full));
      }
    }
  };
  walk(root);
}

function cacheKey(factsDir: string): string {
  const hash = createHash("sha256");
  hash.update(`${FORMAT}\0${process.version}\0${resolve(factsDir)}\n`);
  codeStamp(hash);
  factsStamp(resolve(factsDir), hash);
  return hash.digest("hex");
}

// ---------------------------------------------------------------------------------- the file

function cacheDir(): string {
  if (process.env.FACTDESK_CACHE_DIR) return process.env.FACTDESK_CACHE_DIR;
  // node_modules/.cache/factdesk of the package (src/facts → ../../, dist/src/facts → ../../../).
  const here = dirname(fileURLToPath(import.meta.url));
  const pkg = here.includes(`${join("dist", "src")}`) ? resolve(here, "../../..") : resolve(here, "../..");
  const modules = join(pkg, "node_modules");
  try {
    if (statSync(modules).isDirectory()) return join(modules, ".cache", "factdesk");
  } catch {
    // no node_modules (a bundled install): the temp directory
  }
  return join(tmpdir(), `factdesk-cache-${process.getuid?.() ?? "user"}`);
}

function cacheFile(factsDir: string): string {
  const id = createHash("sha256").update(resolve(factsDir)).digest("hex").slice(0, 16);
  return join(cacheDir(), `table-${id}.bin`);
}

interface Payload<T = unknown> {
  table: SavedTable;
  warnings: FactProblem[];
  derived?: T;
}

/** [magic][key length u32][key][body: cache-body.ts] */
function read(file: string, key: string): Payload | null {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const head = Buffer.alloc(MAGIC.length + 4 + 64);
    if (fstatSync(fd).size < head.length || readSync(fd, head, 0, head.length, 0) !== head.length) return null;
    if (!head.subarray(0, MAGIC.length).equals(MAGIC)) return null;
    const keyLength = head.readUInt32LE(MAGIC.length);
    if (keyLength !== 64 || head.toString("latin1", MAGIC.length + 4) !== key) return null;
    const payload = readBody(fd, head.length) as Payload | null;
    return payload && payload.table && payload.table.compact ? payload : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

function write(file: string, key: string, payload: Payload): void {
  try {
    const head = Buffer.alloc(MAGIC.length + 4);
    MAGIC.copy(head);
    head.writeUInt32LE(Buffer.byteLength(key, "latin1"), MAGIC.length);
    mkdirSync(dirname(file), { recursive: true });
    // Write aside, then rename: a reader never sees half a file, and concurrent writers do not mix.
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    try {
      writeFile(tmp, [head, Buffer.from(key, "latin1")], payload);
      renameSync(tmp, file);
    } finally {
      rmSync(tmp, { force: true });
    }
    prune(dirname(file), 24);
  } catch {
    // A read-only install, a full disk: run without the cache.
  }
}

/** The head, then the body; derived state that v8 cannot serialise is left out (the table alone is kept). */
function writeFile(path: string, head: Buffer[], payload: Payload): void {
  const attempt = (body: Payload) => {
    const fd = openSync(path, "w");
    try {
      for (const part of head) writeAll(fd, part);
      writeBody(fd, body);
    } finally {
      closeSync(fd);
    }
  };
  try {
    attempt(payload);
  } catch (e) {
    if (payload.derived === undefined) throw e;
    attempt({ table: payload.table, warnings: payload.warnings });
  }
}

/** Keeps the newest files only: every temporary facts directory (tests, the bench) leaves one. */
function prune(dir: string, keep: number): void {
  const files = readdirSync(dir)
    .filter((n) => n.startsWith("table-"))
    .map((n) => {
      try {
        return { path: join(dir, n), at: statSync(join(dir, n)).mtimeMs };
      } catch {
        return null;
      }
    })
    .filter((f): f is { path: string; at: number } => f !== null)
    .sort((a, b) => b.at - a.at);
  for (const f of files.slice(keep)) rmSync(f.path, { force: true });
}

/** Where the cache of a facts directory lives (tests). */
export function cacheLocation(factsDir: string): string {
  return cacheFile(factsDir);
}
