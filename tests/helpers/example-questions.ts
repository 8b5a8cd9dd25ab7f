/** Every relation's example question in facts/ (the `q:` lines of its YAML files), for tests that must hold for all of them. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { defaultFactsDir } from "../../src/factdesk.js";

export function exampleQuestions(dir = defaultFactsDir()): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const full = join(dir, n);
    if (statSync(full).isDirectory()) out.push(...exampleQuestions(full));
    else if (n.endsWith(".yaml")) for (const m of readFileSync(full, "utf8").matchAll(/^\s*-?\s*q:\s*(.+)$/gm)) out.push(m[1]!.replace(/^["']|["']$/g, ""));
  }
  return out;
}

/** Every held-out question in tests/eval/ (the `q` of each JSONL line). */
export function heldOutQuestions(): string[] {
  const dir = join(import.meta.dirname, "../eval");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n").filter((l) => l.trim()))
    .map((l) => (JSON.parse(l) as { q: string }).q);
}
