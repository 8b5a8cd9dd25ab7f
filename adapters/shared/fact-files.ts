/**
 * The YAML files of a fact table as they stand on disk: a stamp that changes when any of them is
 * edited, added or removed (what the reloader watches for), and the files too big to read.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { FactProblem } from "../../src/index.js";

interface FactFile {
  /** Relative to the facts directory. */
  file: string;
  size: number;
  identity: string;
}

function factFiles(dir: string): { files: FactFile[]; unreadable: string[] } {
  const files: FactFile[] = [];
  const unreadable: string[] = [];
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      unreadable.push(`!${relative(dir, d)}`);
      return;
    }
    for (const e of entries) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.ya?ml$/i.test(e.name)) {
        try {
          const s = statSync(path, { bigint: true });
          files.push({ file: relative(dir, path), size: Number(s.size), identity: `${s.size}:${s.mtimeNs}:${s.ino}` });
        } catch {
          unreadable.push(`?${relative(dir, path)}`);
        }
      }
    }
  };
  walk(dir);
  return { files, unreadable };
}

/** Path, size, modification time and inode of every YAML file: changes when any of them is edited. */
export function stampOf(dir: string): string {
  const { files, unreadable } = factFiles(dir);
  return [...files.map((f) => `${f.file}:${f.identity}`), ...unreadable].sort().join("|");
}

/** One problem per YAML file larger than `maxBytes` (FACTDESK_FACT_FILE_MAX_BYTES), naming it. */
export function oversizedFactFiles(dir: string, maxBytes: number): FactProblem[] {
  return factFiles(dir)
    .files.filter((f) => f.size > maxBytes)
    .map((f) => ({
      file: f.file,
      severity: "error" as const,
      message: `the file is ${mib(f.size)}, over the ${mib(maxBytes)} a fact file may have (FACTDESK_FACT_FILE_MAX_BYTES); split it or raise the limit`,
    }));
}

const mib = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`);
