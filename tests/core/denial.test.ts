/**
 * Where a fact's own text negates what a yes/no question checks (compose/denial.ts): the clause, not
 * the whole note, decides.
 */
import { describe, expect, it } from "vitest";
import { factsDenying, saysPlainly } from "../../src/compose/denial.js";
import type { Fact } from "../../src/facts/model.js";
import { factTextStems } from "../../src/understand/relation-profile.js";
import { stem } from "../../src/text/stem.js";
import { ask } from "../helpers/factdesk.js";

/** A fact with only a note: all that these rules read of it (and its relation's roles, here none). */
const withNote = (note: string): Fact => ({ id: "f", relation: { roles: [] } as unknown as Fact["relation"], values: new Map(), validity: null, status: "final", note, checked: "2026-01-01", sources: [], file: "x.yaml" });
const stems = (...words: string[]) => words.map((w) => stem(w));

describe("saysPlainly", () => {
  it("confirms words said in a clause with no negation, whatever another clause negates", () => {
    const f = withNote("Decided at the Budapest Summit in 1994; the change did not alter its commitments.");
    expect(saysPlainly(f, stems("summit"), factTextStems(f))).toBe(true);
  });

  it("does not confirm words said in a clause that negates anywhere in it", () => {
    const f = withNote("The election took place in an environment lacking competitiveness.");
    expect(saysPlainly(f, stems("election"), factTextStems(f))).toBe(false);
  });

  it("reads 'no' before a noun as speaking of others", () => {
    const f = withNote("The first summit in 11 years; no summit has been held since.");
    expect(saysPlainly(f, stems("summit"), factTextStems(f))).toBe(true);
  });

  it("needs every word somewhere in the text", () => {
    const f = withNote("Held in Astana.");
    expect(saysPlainly(f, stems("summit"), factTextStems(f))).toBe(false);
  });
});

describe("factsDenying", () => {
  it("denies words said after a negation in their clause", () => {
    const f = withNote("The vote fell short of international standards.");
    expect(factsDenying([f], stems("standards"))).toEqual([f]);
  });

  it("never reads 'short' in 'short-term' as a negation", () => {
    const f = withNote("He led the Short-Term Observers.");
    expect(factsDenying([f], stems("term"))).toEqual([]);
  });
});

describe("a renaming checked against the summit that decided it", () => {
  it("is confirmed, though the note says what the change did not alter", () => {
    expect(ask("Was it the Budapest Summit that renamed the CSCE?").text).toMatch(/^Yes/);
  });
});
