/**
 * The compiled-table cache: a second start reads the table (and the indexes built from it) from
 * the cache, answers exactly as a fresh load does, and never serves a table its files have left.
 */
import { appendFileSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCoreState, isRevivable, reviveCoreState } from "../../src/core-state.js";
import { createFactdesk, loadFactdesk } from "../../src/factdesk.js";
import { FactLoadError } from "../../src/facts/errors.js";
import { loadFactTable } from "../../src/facts/load.js";
import { readBody, writeBody } from "../../src/facts/cache-body.js";
import { cacheLocation, loadFactTableCached } from "../../src/facts/table-cache.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { factsDirWith } from "../helpers/factdesk.js";

const NOW = new Date("2025-06-01T12:00:00Z");
const derive = { build: buildCoreState, revivable: isRevivable, revive: reviveCoreState };

const ENTITIES = `entities:
  - { id: kazakhstan, type: country, name: Kazakhstan }
  - { id: karim_massimov, type: person, name: Karim Massimov, aliases: [Massimov] }
  - { id: serik_akhmetov, type: person, name: Serik Akhmetov, aliases: [Akhmetov] }
`;
const RELATION = readFileSync(join(import.meta.dirname, "../fixtures/heads-of-government/heads-of-government.yaml"), "utf8")
  .replace(/  - id: hog-fi-[\s\S]*?(?=\n  - id:|$)/g, "")
  .replace(/    - q: Who is Finland's prime minister\?\n      now: 2025-06-01\n      expect: \[Orpo\]\n/, "");

let cacheDir: string;
const saved = { dir: process.env.FACTDESK_CACHE_DIR, off: process.env.FACTDESK_CACHE };

beforeAll(() => {
  cacheDir = mkdtempSync(join(tmpdir(), "factdesk-cache-test-"));
  process.env.FACTDESK_CACHE_DIR = cacheDir;
  delete process.env.FACTDESK_CACHE;
});
afterAll(() => {
  if (saved.dir === undefined) delete process.env.FACTDESK_CACHE_DIR;
  else process.env.FACTDESK_CACHE_DIR = saved.dir;
  if (saved.off !== undefined) process.env.FACTDESK_CACHE = saved.off;
  rmSync(cacheDir, { recursive: true, force: true });
});

describe("the compiled-table cache", () => {
  it("misses, then hits, with the same table and indexes", () => {
    const dir = factsDirWith({ "people.yaml": ENTITIES, "hog.yaml": RELATION });
    const first = loadFactTableCached(dir, derive);
    const second = loadFactTableCached(dir, derive);
    expect(first.cache).toBe("miss");
    expect(second.cache).toBe("hit");
    expect(second.table.facts.map((f) => f.id)).toEqual(first.table.facts.map((f) => f.id));
    // Shared objects stay shared: a fact's relation is the relation of the table.
    expect(second.table.facts[0]!.relation).toBe(second.table.relations.get("head_of_government"));
    expect(second.derived!.profiles[0]!.relation).toBe(second.table.relations.get("head_of_government"));
    expect(second.derived!.index.withEntity("head_of_government", "country", "kazakhstan")).toHaveLength(2);
    // The typo index comes from the cache too: the first typo does not build it.
    expect(second.derived!.vocab.fuzzy.warmed()).toBe(true);
    expect(second.derived!.vocab.fuzzy.correct("akhmetvo")?.word).toBe("akhmetov");
  });

  it("answers from the cache exactly as from the YAML", () => {
    const dir = defaultFactsDir();
    const fresh = createFactdesk(loadFactTable(dir).table);
    loadFactdesk({ factsDir: dir });
    const cached = loadFactdesk({ factsDir: dir });
    const questions = [...fresh.help().flatMap((t) => t.examples), "who chaired the OSCE in 2010?", "wich contry chaired the OSCE in 2010", "what's the weather?"];
    for (const q of questions) expect(cached.answer(q, { now: NOW })).toEqual(fresh.answer(q, { now: NOW }));
    expect(cached.complete("who ch")).toEqual(fresh.complete("who ch"));
  });

  it("never serves a table whose files changed, were added or removed", () => {
    const dir = factsDirWith({ "people.yaml": ENTITIES, "hog.yaml": RELATION });
    const ask = () => loadFactdesk({ factsDir: dir }).answer("Who was prime minister of Kazakhstan in 2013?", { now: NOW }).text;
    expect(ask()).toContain("Serik Akhmetov");
    expect(ask()).toContain("Serik Akhmetov");
    // Same size, same mtime: a renamed person (the inode's ctime still changes).
    const file = join(dir, "people.yaml");
    const text = readFileSync(file, "utf8");
    const stamp = new Date("2020-01-01T00:00:00Z");
    writeFileSync(file, text.replace("Serik Akhmetov", "Serik Akhmetxv"));
    utimesSync(file, stamp, stamp);
    expect(ask()).toContain("Serik Akhmetxv");
    appendFileSync(file, "  - { id: someone_else, type: person, name: Someone Else }\n");
    expect(loadFactTableCached(dir).table.entities.has("someone_else")).toBe(true);
    writeFileSync(join(dir, "more.yaml"), "entities:\n  - { id: another, type: person, name: Another One }\n");
    expect(loadFactTableCached(dir).table.entities.has("another")).toBe(true);
    rmSync(join(dir, "more.yaml"));
    expect(loadFactTableCached(dir).table.entities.has("another")).toBe(false);
  });

  it("never caches a broken table, and survives a corrupt cache file", () => {
    const dir = factsDirWith({ "people.yaml": ENTITIES, "hog.yaml": RELATION.replace("country: kazakhstan", "country: atlantis") });
    expect(() => loadFactTableCached(dir)).toThrow(FactLoadError);
    expect(() => loadFactTableCached(dir)).toThrow(FactLoadError);

    const good = factsDirWith({ "people.yaml": ENTITIES, "hog.yaml": RELATION });
    loadFactTableCached(good, derive);
    writeFileSync(cacheLocation(good), readFileSync(cacheLocation(good)).subarray(0, 200));
    const again = loadFactTableCached(good, derive);
    expect(again.cache).toBe("miss");
    expect(again.table.facts).toHaveLength(2);
    expect(loadFactTableCached(good, derive).cache).toBe("hit");
  });

  it("can be turned off", () => {
    const dir = factsDirWith({ "people.yaml": ENTITIES, "hog.yaml": RELATION });
    process.env.FACTDESK_CACHE = "off";
    try {
      expect(loadFactTableCached(dir).cache).toBe("off");
      expect(loadFactTableCached(dir).cache).toBe("off");
    } finally {
      delete process.env.FACTDESK_CACHE;
    }
  });

  it("keeps derived state only when it can be revived", () => {
    const { table } = loadFactTable(factsDirWith({ "people.yaml": ENTITIES, "hog.yaml": RELATION }));
    const state = buildCoreState(table);
    expect(isRevivable(state, table)).toBe(true);
    (state.vocab as unknown as { extra: unknown }).extra = () => 1;
    expect(isRevivable(state, table)).toBe(false);
  });

  it("writes large typed arrays outside the v8 payload and reads them back whole, in their own memory", () => {
    const big = Int32Array.from({ length: 5000 }, (_, i) => i * 7 - 3);
    const payload = { big, again: big, small: Uint8Array.of(1, 2, 3), odd: new Uint16Array(big.buffer, 2, 3001), floats: Float64Array.from([0.5, -1e300]), nested: new Map([["k", { col: new Uint32Array(2048).fill(9) }]]), text: "é" };
    const file = join(cacheDir, "body.bin");
    const fd = openSync(file, "w");
    writeBody(fd, payload);
    closeSync(fd);
    const read = (at: number) => {
      const rfd = openSync(file, "r");
      try {
        return readBody(rfd, at) as typeof payload | null;
      } finally {
        closeSync(rfd);
      }
    };
    const back = read(0)!;
    expect(back).toEqual(payload);
    expect(back.big.byteOffset).toBe(0);
    expect(back.big.buffer.byteLength).toBe(big.byteLength);
    expect(back.again).toBe(back.big);
    expect(back.nested.get("k")!.col.buffer.byteLength).toBe(2048 * 4);
    truncateSync(file, readFileSync(file).length - 1);
    expect(read(0)).toBeNull();
  });
});
