/**
 * Answers a reporter can paste (issue 11): over every held-out question and every relation's
 * example, the text never says "was … since" of a fact that still holds, never shows a file name
 * or a curator's remark, cites at most three sources, and a one-fact answer stays under 300
 * characters (a quotation or verdict in words is never shortened). Then the pieces one by one:
 * tense, short names, plurals, repeats, long lists, notes, small talk, revision.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadFactdesk, type Answer } from "../../src/index.js";
import { checkFactTable } from "../../src/facts/load.js";
import { tableRevision } from "../../adapters/shared/status/table-revision.js";
import { defaultFactsDir } from "../../src/factdesk.js";
import { ask, factsDirWith, realFactdesk } from "../helpers/factdesk.js";

interface Question {
  q: string;
  now?: string;
}

const evalDir = join(import.meta.dirname, "../eval");
const heldOut: Question[] = readdirSync(evalDir)
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => readFileSync(join(evalDir, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Question));
const examples: Question[] = realFactdesk()
  .help()
  .flatMap((t) => t.examples.map((q) => ({ q })));
const everyQuestion = [...heldOut, ...examples];

const ongoingFacts = (a: Answer) => a.facts.filter((f) => f.valid?.startsWith("since "));
const answered = everyQuestion.map((c) => ({ q: c.q, a: ask(c.q, c.now ?? "2026-01-15") })).filter(({ a }) => a.status === "answered");
// Relations whose main value is words (a quotation, a verdict, an event described): never shortened.
const { table } = checkFactTable(defaultFactsDir());
const VERBATIM = new Set([...table!.relations.values()].filter((r) => r.mainRole.literal && r.mainRole.types.includes("text")).map((r) => r.id));

describe("every example and held-out answer can be pasted", () => {
  it("covers the held-out sets and the examples", () => {
    expect(heldOut.length).toBeGreaterThan(900);
    expect(answered.length).toBeGreaterThan(600);
  });

  it('never says "was … since" of a fact that still holds', () => {
    const bad = answered.filter(({ a }) => ongoingFacts(a).length > 0 && /\bwas\b[^.]*\bsince\b/.test(a.text));
    expect(bad.map(({ q, a }) => `${q} → ${a.text}`)).toEqual([]);
  });

  it("shows no file names and no curator remarks", () => {
    const bad = answered.filter(({ a }) => /\.(ya?ml|txt|csv)\b|\bhence\b|\bour sources?\b|\breference table\b|\bcurator/i.test(a.text));
    expect(bad.map(({ q, a }) => `${q} → ${a.text}`)).toEqual([]);
  });

  it("cites at most three sources", () => {
    expect(answered.filter(({ a }) => a.sources.length > 3).map(({ q }) => q)).toEqual([]);
  });

  it("keeps a one-fact answer under 300 characters (quotations and verdicts aside)", () => {
    const single = answered.filter(({ a }) => a.facts.length === 1 && !VERBATIM.has(a.facts[0]!.relation));
    expect(single.length).toBeGreaterThan(200);
    expect(single.filter(({ a }) => a.text.length >= 300).map(({ q, a }) => `${q} → ${a.text}`)).toEqual([]);
  });

  it("says which table answered: the revision /healthz and /metrics show", () => {
    const revisions = new Set(answered.map(({ a }) => a.revision));
    expect([...revisions]).toEqual([tableRevision(defaultFactsDir())]);
  });
});

describe("tense from the question's date", () => {
  it("a current office holder has held it since", () => {
    expect(ask("who is the president of kazakhstan").text).toBe("Kassym-Jomart Tokayev has been President of Kazakhstan since 20 March 2019.");
  });

  it("a current capital is the capital, a former one was", () => {
    expect(ask("what is the capital of kazakhstan").text).toMatch(/^Astana is the capital of Kazakhstan \(under this name since 17 September 2022\)/);
    expect(ask("What was the capital of Kazakhstan in 1995?").text).toMatch(/^Almaty was the capital of Kazakhstan from 1929 to 10 December 1997/);
  });

  it("a term still running is never folded into a list of past ones", () => {
    const text = ask("When was Astana the capital?").text;
    expect(text).toContain("Astana was the capital of Kazakhstan from 6 May 1998 to 23 March 2019.");
    expect(text).toContain("Astana is the capital of Kazakhstan (under this name since 17 September 2022).");
  });

  it("a count reads as a sentence, not a fragment", () => {
    expect(ask("how many participating states does the osce have right now").text).toMatch(/^The OSCE has 57 participating States \(since 21 November 2012\)\./);
  });
});

describe("English a reporter would write", () => {
  it("several terms are plural", () => {
    expect(ask("how many times has Switzerland chaired the OSCE?").text).toContain("Switzerland held the 1996, 2014 and 2026 OSCE Chairmanships.");
  });

  it("formal names read in their short form, declared per entity", () => {
    expect(ask("who was president of russia in march 2012").text).toMatch(/^Dmitry Medvedev was President of Russia\b/);
    expect(ask("who chaired the osce in 1992").text).toMatch(/^Czechoslovakia held the 1992 OSCE Chairmanship/);
    // The fact keeps its formal name for --json.
    expect(ask("who chaired the osce in 1992").facts[0]!.values.country).toBe("Czech and Slovak Federal Republic");
  });

  it("says nothing twice", () => {
    const chair = ask("Romania chaired the OSCE when? and who was CiO").text;
    expect(chair.match(/Romania held the 2001 OSCE Chairmanship/g)).toHaveLength(1);
    const mission = ask("who led the ODIHR mission for the 2005 kaz election").text;
    expect(mission.match(/460 observers/g)).toHaveLength(1);
    expect(mission).toContain("Audrey Glover");
  });

  it("a long list is its count, first and latest, and how to narrow it", () => {
    const text = ask("which countries are OSCE participating States").text;
    expect(text).toMatch(/\d+ records, the first Austria \(since 1 August 1975\), the latest Mongolia \(since 21 November 2012\)\. Ask with a year or a name/);
    expect(text.length).toBeLessThan(300);
  });

  it("a long count gives the number, the first and the latest", () => {
    expect(ask("how many countries joined the osce in 1992").text).toBe("15 countries, the first Russia, the latest Bosnia and Herzegovina. Ask with a year or a name for any of the others.");
  });

  it("a list names what was asked, each once (the speaker of a statement, not the statement)", () => {
    const text = ask("Who threatened to block the OSCE from monitoring elections?").text;
    expect(text.match(/Solomon Passy \(April 2004\)/g)).toHaveLength(1);
    expect(text).toContain("Nursultan Nazarbayev (2 March 2012)");
  });

  it("a short list is listed in full, as English", () => {
    expect(ask("Which OSCE bodies are based in Vienna?").text).toMatch(/Vienna/);
    // (Then the plain spelling of the names that need one: rho-readings.test.ts.)
    expect(ask("List every OSCE Secretary General so far.").text).toMatch(/^OSCE Secretary General: Wilhelm Höynck \(15 June 1993 – 1996\), .* and Feridun Sinirlioğlu \(since 6 December 2024\)\. Plain spelling: Wilhelm Hoeynck\.$/);
  });
});

describe("notes and sources", () => {
  it("a note is shown when it is a caveat, in one sentence", () => {
    const text = ask("OSCE CiO in Feb. 2008?").text;
    const note = text.split("Note: ")[1];
    if (note) expect(note.split(/(?<=\.) (?=[A-Z])/)).toHaveLength(1);
    expect(ask("How was the 2020 Ministerial Council in Tirana held?").text).toContain("Note: Hosted by Albania but held online");
  });

  it("a note that only describes is left out", () => {
    expect(ask("lithuanias cio in 2011").text).toBe("Audronius Ažubalis (Lithuania) was OSCE Chairperson-in-Office in 2011. Lithuania held the 2011 OSCE Chairmanship.");
  });

  it("a note that answers what the sentence does not is kept", () => {
    expect(ask("who got vetoed for SG in 2011 and by which country").text).toContain("Türkiye vetoed Ursula Plassnik");
  });

  it("final figures' sources come first", () => {
    const a = ask("What was the turnout in the 2019 presidential election?");
    expect(a.sources.length).toBeLessThanOrEqual(3);
    const finalFact = a.facts.find((f) => f.status === "final")!;
    expect(a.sources[0]).toEqual(finalFact.sources[0]);
  });
});

describe("greetings, thanks and help", () => {
  it.each([
    ["hello", "greeting"],
    ["Hi there!", "greeting"],
    ["@factdesk good morning", "greeting"],
    ["thanks!", "thanks"],
    ["thank you so much", "thanks"],
    ["help", "help"],
    ["what can you do?", "help"],
    // The longest forms: every letter counts against the small-talk bound (src/help/small-talk.ts).
    ["Thank you very much, FactDesk!!!", "thanks"],
    ["<@U123> Much appreciated, factdesk :)", "thanks"],
    ["Góod afternoon, factdesk", "greeting"],
    ["how does this work?", "help"],
  ])("%s → a friendly reply with examples", (q, kind) => {
    const a = ask(q);
    expect(a.smallTalk).toBe(kind);
    expect(a.status).toBe("unknown");
    expect(a.text).not.toMatch(/don't know/);
    expect(a.text).toMatch(/For example: "[^"]+\?"/);
    expect(a.suggestions).toHaveLength(3);
  });

  it("a question that starts with a greeting is still a question", () => {
    const a = ask("hey quick one — which country was running the OSCE chairmanship in 2013?");
    expect(a.smallTalk).toBeUndefined();
    expect(a.text).toContain("Ukraine");
  });
});

const PRESENT_FORMS = `relation:
  id: head_of_government
  name: Heads of government
  about: Who was prime minister of a country, and when.
  cues: [prime minister]
  roles:
    country: { type: country }
    person: { type: person, main: true }
  time: exclusive
  exclusive_per: country
  say:
    past: "{person} was prime minister of {country} {when}"
    present: "{person} has been prime minister of {country} {when}"
  patterns:
    - who was prime minister of {country} in {time}
    - who is the {country} prime minister
facts:
  - { id: hog-fi-marin, country: finland, person: sanna_marin, valid: { from: 2019-12-10, to: 2023-06-20 }, checked: 2026-11-20, sources: [{ publisher: Test, title: Fixture, url: "https://example.org/marin" }] }
  - { id: hog-fi-orpo, country: finland, person: petteri_orpo, valid: { from: 2023-06-20 }, checked: 2026-11-23, sources: [{ publisher: Test, title: Fixture, url: "https://example.org/orpo" }] }
entities:
  - { id: finland, type: country, name: Republic of Finland, short: Finland, aliases: [Finland, Finnish] }
  - { id: sanna_marin, type: person, name: Sanna Marin, aliases: [Marin] }
  - { id: petteri_orpo, type: person, name: Petteri Orpo, aliases: [Orpo] }
`;

describe("curators declare tense and short names in data", () => {
  const factdesk = loadFactdesk({ factsDir: factsDirWith({ "hog.yaml": PRESENT_FORMS }) });
  const at = (q: string, now: string) => factdesk.answer(q, { now: new Date(`${now}T12:00:00Z`) });

  it("the present form for what still holds, the past form for what ended", () => {
    expect(at("who is the finland prime minister", "2025-06-01").text).toBe("Petteri Orpo has been prime minister of Finland since 20 June 2023.");
    expect(at("who was prime minister of finland in 2021", "2025-06-01").text).toBe("Sanna Marin was prime minister of Finland from 10 December 2019 to 20 June 2023.");
  });

  it("carries each fact's checked date, and the oldest on the answer", () => {
    const a = at("who is the finland prime minister", "2025-06-01");
    expect(a.facts[0]!.checked).toBe("2026-11-23");
    expect(a.checked).toBe("2026-11-23");
  });

  it("a single-string say without a present form still never says 'was … since'", () => {
    const single = PRESENT_FORMS.replace(/ {2}say:\n.*\n.*\n/, '  say: "{person} was prime minister of {country} {when}"\n');
    const old = loadFactdesk({ factsDir: factsDirWith({ "hog.yaml": single }) });
    expect(old.answer("who is the finland prime minister", { now: new Date("2025-06-01T12:00:00Z") }).text).toBe("Petteri Orpo has been prime minister of Finland since 20 June 2023.");
  });

  it("a say with only one of its forms is refused, naming the field", () => {
    const broken = PRESENT_FORMS.replace(/\n {4}present: .*\n/, "\n");
    expect(() => loadFactdesk({ factsDir: factsDirWith({ "hog.yaml": broken }) })).toThrow(/say/);
  });

  it("the revision changes with the table's content", () => {
    const other = loadFactdesk({ factsDir: factsDirWith({ "hog.yaml": PRESENT_FORMS.replace("checked: 2026-11-23", "checked: 2026-11-24") }) });
    const a = at("who is the finland prime minister", "2025-06-01").revision;
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(other.answer("who is the finland prime minister").revision).not.toBe(a);
    expect(loadFactdesk({ factsDir: factsDirWith({ "hog.yaml": PRESENT_FORMS }) }).answer("hello").revision).toBe(a);
  });
});
