/**
 * Properties of reading (issue: understanding that never guesses), over every example question in
 * facts/ and every name in the table:
 *  - a homoglyph, invisible-character or bidi variant of a question gets the clean question's answer
 *    or "I don't know", never another answer;
 *  - a near surname (a known surname with letters added: a feminine or plural form, another person)
 *    or a near acronym (one letter of a known acronym changed) is never answered as the known one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadFactTable } from "../../src/facts/load.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { fold } from "../../src/text/normalise.js";
import { ask, realFactdesk } from "../helpers/factdesk.js";
import { FUZZ_TIMEOUT_MS, runs, seed } from "./arbitraries.js";

const { table } = loadFactTable(defaultFactsDir());
const examples = realFactdesk().help().flatMap((t) => t.examples);
const people = [...table.entities.values()].filter((e) => e.type === "person");
// (Folded as names are matched: "CSSR" is the alias "ČSSR", a known name, not a near one.)
const allNames = new Set([...table.entities.values()].flatMap((e) => [e.name, ...e.aliases].map((n) => fold(n))));

// Latin letters and a look-alike from another script (TR39 confusables).
const LOOKALIKE: Record<string, string> = { a: "\u0430", e: "\u0435", o: "\u043e", p: "\u0440", c: "\u0441", x: "\u0445", y: "\u0443", i: "\u0456", A: "\u0391", E: "\u0395", O: "\u039f", C: "\u0421", K: "\u041a", T: "\u03a4", H: "\u041d", M: "\u041c" };
const INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"];

const variant = fc.oneof(
  fc.nat().map((n) => (q: string) => {
    const at = [...q].map((ch, i) => (LOOKALIKE[ch] ? i : -1)).filter((i) => i >= 0);
    if (!at.length) return q;
    const i = at[n % at.length]!;
    return q.slice(0, i) + LOOKALIKE[q[i]!] + q.slice(i + 1);
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)).map(([n, ch]) => (q: string) => {
    const i = 1 + (n % Math.max(1, q.length - 1));
    return q.slice(0, i) + ch + q.slice(i);
  }),
  fc.nat().map((n) => (q: string) => {
    const words = q.split(" ");
    const i = n % words.length;
    words[i] = `\u202e${words[i]}\u202c`;
    return words.join(" ");
  }),
);

describe("reading: homoglyphs, invisible characters, near names", () => {
  it(
    "a variant of an example question gets the clean answer or 'I don't know'",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...examples), variant, (q, vary) => {
          const clean = ask(q);
          const varied = ask(vary(q));
          expect(varied.status === "unknown" || varied.status === "ambiguous" || varied.text === clean.text, `${JSON.stringify(vary(q))} → ${varied.text}`).toBe(true);
        }),
        { numRuns: runs(150), seed: seed() },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "a known surname with letters added is never answered as that person",
    () => {
      const surnames = people.flatMap((p) => [p.name, ...p.aliases].filter((a) => !a.includes(" ") && a.length >= 5).map((s) => ({ p, s })));
      fc.assert(
        fc.property(fc.constantFrom(...surnames), fc.constantFrom("a", "ova", "eva", "s", "ina"), fc.constantFrom("When was {} in office?", "What post did {} hold?", "Did {} chair the OSCE?"), ({ p, s }, suffix, template) => {
          const near = s + suffix;
          if (allNames.has(fold(near))) return;
          const a = ask(template.replace("{}", near));
          expect(a.status !== "answered" || !a.facts.some((f) => Object.values(f.values).some((v) => v.includes(p.name))), `${near} → ${a.text}`).toBe(true);
        }),
        { numRuns: runs(150), seed: seed() },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    "an acronym with one letter changed is never read as the known one",
    () => {
      const acronyms = [...table.entities.values()].flatMap((e) => [e.name, ...e.aliases].filter((a) => /^[A-Z]{3,6}$/.test(a)).map((a) => ({ e, a })));
      fc.assert(
        fc.property(fc.constantFrom(...acronyms), fc.nat(), fc.integer({ min: 65, max: 90 }), ({ e, a }, n, code) => {
          const i = n % a.length;
          const near = a.slice(0, i) + String.fromCharCode(code) + a.slice(i + 1);
          if (near === a || allNames.has(fold(near))) return;
          const answer = ask(`What did the ${near} decide in 2010?`);
          const read = realFactdesk().explain!(`What did the ${near} decide in 2010?`);
          expect(read.entities.some((x) => x.startsWith(`${e.id}:`)), `${near} read as ${e.id}: ${answer.text}`).toBe(false);
        }),
        { numRuns: runs(150), seed: seed() },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe("a word made wholly of look-alikes from two scripts", () => {
  it("'ΟЅСЕ' (Greek Ο, Cyrillic Ѕ, С, Е) is read as OSCE; a word wholly in one other script is not folded", () => {
    expect(ask("Who chaired the ΟЅСЕ in 2023?").text).toMatch(/^North Macedonia held the 2023/);
    expect(ask("кто Казахстан").status).toBe("unknown");
  });
});
