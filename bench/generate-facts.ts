/**
 * A seeded, deterministic synthetic fact table in the real facts/ format, for the benchmark.
 *
 * `generateFacts({ facts: 10_000 })` writes a facts directory into a temporary folder: the real
 * lexicon, (by default) the real relations and entities, and enough generated relations, entities
 * and facts to reach the requested number of facts. It returns that directory and questions of
 * every intent with the strings their answers must contain, computed from the generated data.
 *
 * What it generates is meant to look like a newsroom table that grew: ~30 kinds of fact (office
 * holders with terms that hand over on the same day, election and sports results, summit venues,
 * memberships that overlap, yearly figures), tens of thousands of people with surname aliases and
 * near-duplicate names ("Petrov"/"Petrova", "Saint Varo"/"San Varo"), every fact sourced. The
 * table passes `facts:check` (exclusive relations never overlap; aliases never collide).
 *
 *   node dist/bench/generate-facts.js --facts 10000 [--seed 7] [--out DIR] [--no-real]
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

// ------------------------------------------------------------------------------------------ types

export interface GeneratedQuestion {
  q: string;
  /** Reference date, YYYY-MM-DD. */
  now: string;
  /** The status the answer must have. */
  status: "answered" | "unknown";
  /** Strings the answer text must contain (case- and accent-insensitive); an inner list: any of them. */
  expect: Array<string | string[]>;
  /** The answer text must start with this ("Yes", "No", "2 times"). */
  prefix?: string;
  /** Strings the answer text must not contain (names of the neighbouring holders). */
  forbid?: string[];
  /** by_year, by_month, relative, range, inverse, yes_no, count, order, current, unknown_entity, out_of_range, unknown_topic, typo */
  intent: string;
  relation: string;
}

export interface GenerateOptions {
  /** Total facts in the table (real ones included). */
  facts: number;
  seed?: number;
  /** Where to write; a new temporary directory by default. */
  dir?: string;
  /** Include the real facts/ (relations and entities) so the sample questions still answer. Default true. */
  includeReal?: boolean;
  /** The real facts directory (for the lexicon and, with includeReal, the real table). */
  realFactsDir?: string;
  /** How many questions to generate (spread over relations and intents). Default 1,500. */
  questions?: number;
}

export interface GeneratedTable {
  dir: string;
  facts: number;
  syntheticFacts: number;
  relations: number;
  entities: number;
  bytes: number;
  questions: GeneratedQuestion[];
}

// ----------------------------------------------------------------------------------- randomness

/** mulberry32: small, fast, and the same numbers on every machine for the same seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rand {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  shuffle<T>(list: T[]): T[] {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list;
  }
}

// ------------------------------------------------------------------------------------ calendar

const MS_PER_DAY = 86_400_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const dayOf = (y: number, m = 1, d = 1) => Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
const yearOfDay = (day: number) => new Date(day * MS_PER_DAY).getUTCFullYear();
const isoOfDay = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const lastOfMonth = (y: number, m: number) => dayOf(y, m + 1, 1) - 1;

/** When a fact holds, as the loader will read it. */
interface Span {
  /** Earliest day it may hold. */
  first: number;
  /** Last day it may hold; null: still so (ongoing). */
  last: number | null;
  /** As written in YAML after `valid:`. */
  yaml: string;
}

function daySpan(from: number, to: number | null): Span {
  return { first: from, last: to, yaml: to === null ? `{ from: ${isoOfDay(from)} }` : `{ from: ${isoOfDay(from)}, to: ${isoOfDay(to)} }` };
}
function yearSpan(from: number, to: number | null): Span {
  return { first: dayOf(from), last: to === null ? null : dayOf(to, 12, 31), yaml: to === null ? `{ from: ${from} }` : `{ from: ${from}, to: ${to} }` };
}
const singleYear = (y: number): Span => ({ first: dayOf(y), last: dayOf(y, 12, 31), yaml: String(y) });
const singleDay = (d: number): Span => ({ first: d, last: d, yaml: isoOfDay(d) });

/** As execute.ts: an ongoing fact holds until the reference day, never past it. */
function lastDay(s: Span, today: number): number {
  return s.last ?? Math.max(today, s.first);
}
function overlaps(s: Span, start: number, end: number, today: number): boolean {
  return s.first <= end && lastDay(s, today) >= start;
}

// ---------------------------------------------------------------------------------------- names

const ONSETS = ["b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "br", "dr", "gr", "kr", "tr", "st", "sh", "ch", "h", "f"];
const VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o"];
const CODAS = ["", "", "n", "r", "s", "l", "v", "k", "m", "t", "d"];
// Letters the generated names never use: names made of them are surely not in the table.
const ALIEN_ONSETS = ["qu", "xy", "zw", "jx", "wq", "zy", "qx", "xw"];

/** Lexicon words, month and weekday names: a generated name must be none of them. */
const RESERVED = new Set([
  ...MONTHS.map((m) => m.toLowerCase()), "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "today", "now", "noon", "tonight", "morning", "evening", "night", "week", "year", "month", "decade", "ago",
]);

class Names {
  private readonly used = new Set<string>();
  constructor(private readonly rand: Rand, reserved: Iterable<string>) {
    for (const w of reserved) this.used.add(w.toLowerCase());
    for (const w of RESERVED) this.used.add(w);
  }
  reserve(word: string): void {
    this.used.add(word.toLowerCase());
  }
  isUsed(word: string): boolean {
    return this.used.has(word.toLowerCase());
  }
  private syllables(n: number, last = true): string {
    let s = "";
    for (let i = 0; i < n; i++) s += this.rand.pick(ONSETS) + this.rand.pick(VOWELS) + (i === n - 1 && last ? this.rand.pick(CODAS) : "");
    return s;
  }
  /** A new capitalised root ("Velmar"), never used before (folded), 5+ letters. */
  root(minSyllables = 2, maxSyllables = 3): string {
    for (;;) {
      const r = this.syllables(this.rand.int(minSyllables, maxSyllables));
      if (r.length < 5 || this.used.has(r)) continue;
      this.used.add(r);
      return cap(r);
    }
  }
  /** A root plus suffix, unused ("Petrov"); `also` (e.g. "a" → "Petrova") must be free too and is reserved with it. */
  withSuffix(suffixes: readonly string[], also?: string): string[] {
    for (;;) {
      const base = this.syllables(this.rand.int(2, 3), false) + this.rand.pick(suffixes);
      const forms = also === undefined ? [base] : [base, base + also];
      if (base.length < 5 || forms.some((f) => this.used.has(f))) continue;
      for (const f of forms) this.used.add(f);
      return forms.map(cap);
    }
  }
  /** A name no generated entity can be near: made of letters generated names never use. */
  alien(): string {
    for (;;) {
      const r = this.rand.pick(ALIEN_ONSETS) + this.rand.pick(VOWELS) + this.rand.pick(ALIEN_ONSETS) + this.rand.pick(VOWELS) + this.rand.pick(["x", "z", "q", "zz"]);
      if (this.used.has(r)) continue;
      this.used.add(r);
      return cap(r);
    }
  }
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const slug = (s: string) => s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");

const FIRST_NAMES = [
  "Anton", "Boris", "Darko", "Elena", "Ferenc", "Galina", "Hana", "Igor", "Irena", "Jonas", "Katarina", "Lars", "Lena",
  "Milan", "Nadia", "Oleg", "Pavel", "Rasa", "Sofia", "Stefan", "Tamara", "Teodor", "Vera", "Viktor", "Zoran", "Ada",
  "Bruno", "Clara", "Dmitri", "Edvard", "Frida", "Goran", "Helga", "Ilse", "Kaspar", "Leif", "Marta", "Nils", "Olga",
  "Petra", "Radu", "Sanna", "Tomas", "Ulla", "Vesna", "Arvid", "Bogdan", "Dora", "Emil", "Greta", "Henrik", "Ida",
  "Karel", "Lidia", "Mirko", "Nina", "Otto", "Rada", "Senta", "Timo", "Alma", "Bela", "Dana", "Erik", "Ivo", "Kira",
];

// ------------------------------------------------------------------------------------ entities

interface GenEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  /** How questions name it: a surname for people, the name otherwise. */
  ref: string;
}

class Registry {
  readonly all: GenEntity[] = [];
  private readonly ids = new Set<string>();
  add(type: string, name: string, aliases: string[] = [], ref = name): GenEntity {
    let id = `${type.slice(0, 4)}_${slug(name)}`;
    for (let n = 2; this.ids.has(id); n++) id = `${type.slice(0, 4)}_${slug(name)}_${n}`;
    this.ids.add(id);
    const e = { id, type, name, aliases, ref };
    this.all.push(e);
    return e;
  }
}

class People {
  private pending: string[] = [];
  constructor(private readonly rand: Rand, private readonly names: Names, private readonly reg: Registry) {}
  /** A new person, "Anton Petrov" with the alias "Petrov"; every fourth time a pair "Petrov"/"Petrova". */
  next(): GenEntity {
    let surname = this.pending.shift();
    if (!surname) {
      const pair = this.rand.chance(0.25);
      const forms = pair ? this.names.withSuffix(["ov", "ev", "in", "sky"], "a") : this.names.withSuffix(["ov", "enko", "escu", "ic", "sson", "sen", "berg", "ani", "elli", "ez", "os", "ides", "ar", "ek", "al", "ur"]);
      surname = forms[0]!;
      this.pending.push(...forms.slice(1));
    }
    const first = this.rand.pick(FIRST_NAMES);
    return this.reg.add("person", `${first} ${surname}`, [surname], surname);
  }
}

// --------------------------------------------------------------------------------------- kinds

type Shape = "office" | "event" | "membership" | "figure";

interface Kind {
  id: string;
  name: string;
  about: string;
  shape: Shape;
  cues: string[];
  words?: string[];
  /** Entity type of the thing the fact is about (the office's country, the election's city …). */
  placeType: string;
  placeRole: string;
  /** The value: a person, club, country, city, currency … (entity type), or "number"/"percent". */
  valueRole: string;
  valueType: string;
  time: "exclusive" | "events" | "states";
  closed?: boolean;
  related?: string[];
  say: string;
  patterns: string[];
  /** Question phrasing: {place} {year} {when} {value} are filled in. */
  q: Partial<Record<string, string[]>>;
  /** Share of the synthetic facts. */
  weight: number;
  /** Extra optional role with a percentage ("share" of an election). */
  share?: boolean;
}

const office = (id: string, title: string, placeType: string, placeRole: string, cues: string[], weight: number, extra: Partial<Kind> = {}): Kind => {
  const of = placeType === "country" && title.startsWith("ambassador") ? "to" : "of";
  const the = placeType === "bloc" || placeType === "party" || placeType === "company" || placeType === "paper" ? "the " : "";
  return {
    id, name: cap(title.endsWith("ch") ? `${title}es` : title === "editor-in-chief" ? "editors-in-chief" : title === "director general" ? "directors general" : `${title}s`), about: `Who was ${title} ${of} ${the}a ${placeType === "paper" ? "newspaper" : placeType}, and when (synthetic).`, shape: "office",
    cues, placeType, placeRole, valueRole: "person", valueType: "person", time: "exclusive", closed: true,
    say: `{person} was ${title} ${of} ${the}{${placeRole}} {when}`,
    patterns: [
      `who was ${title} ${of} ${the}{${placeRole}} in {time}`, `who is the ${title} ${of} ${the}{${placeRole}}`, `when was {person} ${title} ${of} ${the}{${placeRole}}`,
      `was {person} ${title} ${of} ${the}{${placeRole}} in {time}`, `who was ${title} ${of} ${the}{${placeRole}} before {person}`,
      `who was ${title} ${of} ${the}{${placeRole}} after {person}`, `how many times was {person} ${title} ${of} ${the}{${placeRole}}`,
    ],
    q: {
      value: [`Who was ${title} ${of} ${the}{place} {when}?`, `who was the ${title} ${of} ${the}{place} {when}`, `{when}, who was ${title} ${of} ${the}{place}?`],
      current: [`Who is the ${title} ${of} ${the}{place}?`, `who is currently ${title} ${of} ${the}{place}`],
      inverse: [`When was {value} ${title} ${of} ${the}{place}?`],
      yes_no: [`Was {value} ${title} ${of} ${the}{place} {when}?`],
      count: [`How many times was {value} ${title} ${of} ${the}{place}?`],
      order: [`Who was ${title} ${of} ${the}{place} before {value}?`, `Who was ${title} ${of} ${the}{place} after {value}?`],
      order_time: [`Who was ${title} ${of} ${the}{place} before {year}?`],
    },
    weight,
    ...extra,
  };
};

const event = (id: string, name: string, event: string, placeType: string, placeRole: string, valueRole: string, valueType: string, cues: string[], weight: number, extra: Partial<Kind> = {}): Kind => ({
  id, name, about: `Who won each ${event.replace("{place}", placeType)}, and when (synthetic).`, shape: "event",
  cues, words: ["win"], placeType, placeRole, valueRole, valueType, time: "events", closed: true,
  say: `{${valueRole}} won the ${event.replace("{place}", `{${placeRole}}`)} {when}`,
  patterns: [
    `who won the ${event.replace("{place}", `{${placeRole}}`)} in {time}`, `when did {${valueRole}} win the ${event.replace("{place}", `{${placeRole}}`)}`,
    `did {${valueRole}} win the ${event.replace("{place}", `{${placeRole}}`)} in {time}`, `how many times has {${valueRole}} won the ${event.replace("{place}", `{${placeRole}}`)}`,
    `who won the ${event.replace("{place}", `{${placeRole}}`)} before {${valueRole}}`,
  ],
  q: {
    value: [`Who won the ${event.replace("{place}", "{place}")} {when}?`, `who won the {year} ${event.replace("{place}", "{place}")}`],
    inverse: [`When did {value} win the ${event.replace("{place}", "{place}")}?`],
    yes_no: [`Did {value} win the ${event.replace("{place}", "{place}")} {when}?`],
    count: [`How many times has {value} won the ${event.replace("{place}", "{place}")}?`],
  },
  weight,
  ...extra,
});

const KINDS: Kind[] = [
  office("gen_head_of_government", "prime minister", "country", "country", ["prime_minister"], 3),
  office("gen_finance_minister", "finance minister", "country", "country", ["finance minister", "minister of finance"], 3),
  office("gen_defence_minister", "defence minister", "country", "country", ["defence minister", "defense minister", "minister of defence"], 3),
  office("gen_interior_minister", "interior minister", "country", "country", ["interior minister", "minister of the interior"], 3),
  office("gen_justice_minister", "justice minister", "country", "country", ["justice minister", "minister of justice"], 2),
  office("gen_health_minister", "health minister", "country", "country", ["health minister", "minister of health"], 2),
  office("gen_education_minister", "education minister", "country", "country", ["education minister", "minister of education"], 2),
  office("gen_central_bank_governor", "central bank governor", "country", "country", ["central bank governor", "central bank"], 2, { related: ["gen_finance_minister"] }),
  office("gen_chief_justice", "chief justice", "country", "country", ["chief justice"], 2),
  office("gen_army_chief", "army chief", "country", "country", ["army chief", "chief of the army"], 2),
  office("gen_ambassador", "ambassador", "country", "host", ["ambassador", "envoy"], 3),
  office("gen_mayor", "mayor", "city", "city", ["mayor"], 8),
  office("gen_police_chief", "police chief", "city", "city", ["police chief", "chief of police"], 4),
  office("gen_governor", "governor", "region", "region", ["governor"], 5),
  office("gen_party_leader", "leader", "party", "party", ["head"], 3),
  office("gen_secretary_general", "director general", "bloc", "bloc", ["director general"], 2),
  office("gen_rector", "rector", "university", "university", ["rector"], 3),
  office("gen_editor", "editor-in-chief", "paper", "paper", ["editor-in-chief", "editor in chief"], 2),
  office("gen_ceo", "chief executive", "company", "company", ["chief executive", "ceo"], 3),
  office("gen_coach", "head coach", "club", "club", ["head coach", "coach"], 3),
  event("gen_mayoral_election", "Mayoral elections", "{place} mayoral election", "city", "city", "winner", "person", ["mayoral"], 5, { share: true, words: ["win", "election", "share", "get"] }),
  event("gen_marathon", "Marathon winners", "{place} marathon", "city", "city", "winner", "person", ["marathon"], 4),
  event("gen_championship", "Football champions", "{place} football championship", "country", "country", "club", "club", ["football championship", "championship", "league title"], 4, {
    words: ["win", "club"],
    patterns: [
      "which club won the {country} football championship in {time}", "when did {club} win the {country} football championship",
      "did {club} win the {country} football championship in {time}", "how many times has {club} won the {country} football championship",
    ],
    q: {
      value: ["Which club won the {place} football championship {when}?", "which club won the {year} {place} football championship"],
      inverse: ["When did {value} win the {place} football championship?"],
      yes_no: ["Did {value} win the {place} football championship {when}?"],
      count: ["How many times has {value} won the {place} football championship?"],
    },
  }),
  event("gen_prize", "Prize laureates", "{place}", "award", "award", "laureate", "person", ["laureate", "win"], 3),
  {
    id: "gen_bloc_summit", name: "Bloc summits", about: "Where each bloc held its yearly summit (synthetic).", shape: "event", cues: ["summit"], words: ["held", "host"],
    placeType: "bloc", placeRole: "bloc", valueRole: "city", valueType: "city", time: "events", closed: true,
    say: "The {bloc} summit was held in {city} {when}",
    patterns: ["where was the {bloc} summit held in {time}", "which city hosted the {bloc} summit in {time}", "when did {city} host the {bloc} summit", "did {city} host the {bloc} summit in {time}", "how many times has {city} hosted the {bloc} summit"],
    q: {
      value: ["Where was the {place} summit held {when}?", "which city hosted the {place} summit {when}"],
      inverse: ["When did {value} host the {place} summit?"],
      yes_no: ["Did {value} host the {place} summit {when}?"],
      count: ["How many times has {value} hosted the {place} summit?"],
    },
    weight: 2,
  },
  {
    // Not "member" as a cue: that is the lexicon's participating_state, and would make this relation
    // a reading of "is X a member of the OSCE?" too.
    id: "gen_bloc_member", name: "Bloc members", about: "Which countries belonged to which bloc, and since when (synthetic).", shape: "membership", cues: ["belong", "signatory"],
    words: ["participating_state", "join", "country_word", "part", "left", "leave"], placeType: "bloc", placeRole: "bloc", valueRole: "member", valueType: "country", time: "states", closed: true,
    say: "{member} belonged to the {bloc} {when}",
    patterns: ["does {member} belong to the {bloc}", "did {member} belong to the {bloc} in {time}", "when did {member} join the {bloc}", "how many countries belonged to the {bloc} in {time}", "which countries belonged to the {bloc} in {time}"],
    q: {
      current_yes_no: ["Does {value} belong to the {place}?"],
      yes_no: ["Did {value} belong to the {place} {when}?"],
      inverse: ["When did {value} join the {place}?"],
      count_values: ["How many countries belonged to the {place} {when}?"],
    },
    weight: 4,
  },
  {
    id: "gen_currency", name: "Currencies", about: "Which currency each country used, and when (synthetic).", shape: "office", cues: ["currency", "legal tender", "use"],
    placeType: "country", placeRole: "country", valueRole: "currency", valueType: "currency", time: "exclusive", closed: true,
    say: "{country} used the {currency} {when}",
    patterns: ["what currency did {country} use in {time}", "what is the currency of {country}", "when did {country} use the {currency}", "did {country} use the {currency} in {time}"],
    q: {
      value: ["What currency did {place} use {when}?", "what was the currency of {place} {when}"],
      current: ["What is the currency of {place}?"],
      yes_no: ["Did {place} use the {value} {when}?"],
    },
    weight: 1,
  },
  {
    id: "gen_population", name: "City populations", about: "The population of each city, year by year (synthetic).", shape: "figure", cues: ["population", "inhabitants"],
    placeType: "city", placeRole: "city", valueRole: "population", valueType: "number", time: "exclusive", closed: false,
    say: "{city} had a population of {population} {when}",
    patterns: ["what was the population of {city} in {time}", "population of {city} {time}", "how many inhabitants did {city} have in {time}"],
    q: { value: ["What was the population of {place} {when}?", "population of {place} {when}"] },
    weight: 8,
  },
  {
    id: "gen_unemployment", name: "Unemployment rates", about: "The unemployment rate of each country, year by year (synthetic).", shape: "figure", cues: ["unemployment", "unemployment rate", "jobless rate"],
    placeType: "country", placeRole: "country", valueRole: "rate", valueType: "percent", time: "exclusive", closed: false,
    say: "Unemployment in {country} was {rate} {when}",
    patterns: ["what was the unemployment rate in {country} in {time}", "unemployment in {country} {time}"],
    q: { value: ["What was the unemployment rate in {place} {when}?", "unemployment in {place} {when}"] },
    weight: 5,
  },
  {
    id: "gen_inflation", name: "Inflation rates", about: "The yearly inflation rate of each country (synthetic).", shape: "figure", cues: ["inflation", "inflation rate"],
    placeType: "country", placeRole: "country", valueRole: "rate", valueType: "percent", time: "exclusive", closed: false,
    say: "Inflation in {country} was {rate} {when}",
    patterns: ["what was the inflation rate in {country} in {time}", "inflation in {country} {time}"],
    q: { value: ["What was inflation in {place} {when}?", "inflation rate of {place} {when}"] },
    weight: 5,
  },
];

// ---------------------------------------------------------------------------------------- facts

interface GenFact {
  id: string;
  kind: Kind;
  place: GenEntity;
  /** Entity value, or a figure. */
  value: GenEntity | number;
  share?: number;
  span: Span;
  status: "final" | "preliminary";
  note?: string;
}

const PUBLISHERS = ["Reuters", "Associated Press", "AFP", "BBC Monitoring", "Official Gazette", "National Statistics Office", "Election Commission", "The Balkan Courier", "Nordic Wire", "Eurasia Review", "Official website", "Government press office"];

/** Generated facts are "checked" on a fixed day, so a generated table is the same on every run. */
const GENERATED_CHECKED = "2026-01-15";

function factYaml(f: GenFact): string {
  const k = f.kind;
  const lines = [`  - id: ${f.id}`, `    ${k.placeRole}: ${f.place.id}`];
  lines.push(`    ${k.valueRole}: ${typeof f.value === "number" ? String(f.value) : f.value.id}`);
  if (f.share !== undefined) lines.push(`    share: ${f.share}`);
  lines.push(`    valid: ${f.span.yaml}`);
  if (f.status !== "final") lines.push(`    status: ${f.status}`);
  if (f.note) lines.push(`    note: ${JSON.stringify(f.note)}`);
  lines.push(`    checked: ${GENERATED_CHECKED}`);
  const date = isoOfDay(f.span.first);
  lines.push(`    sources:`, `      - { publisher: ${JSON.stringify(PUBLISHERS[hash(f.id) % PUBLISHERS.length])}, title: ${JSON.stringify(`${k.name}: ${f.place.name} ${date.slice(0, 4)}`)}, date: ${date}, url: "https://example.org/${k.id}/${f.id}" }`);
  return lines.join("\n");
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function relationYaml(k: Kind, examples: GeneratedQuestion[]): string {
  const roles: string[] = [];
  roles.push(`    ${k.valueRole}: { type: ${k.valueType}, main: true }`);
  roles.push(`    ${k.placeRole}: { type: ${k.placeType} }`);
  if (k.share) roles.push(`    share: { type: percent, optional: true, cues: [share, percentage, percent, vote, votes] }`);
  const list = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(", ")}]`;
  const out = [
    `# Synthetic relation generated by bench/generate-facts.ts.`,
    `relation:`,
    `  id: ${k.id}`,
    `  name: ${JSON.stringify(k.name)}`,
    `  about: ${JSON.stringify(k.about)}`,
    `  cues: ${list(k.cues)}`,
    ...(k.words ? [`  words: ${list(k.words)}`] : []),
    `  roles:`,
    ...roles,
    `  time: ${k.time}`,
    ...(k.time === "exclusive" ? [`  exclusive_per: ${k.placeRole}`] : []),
    ...(k.closed ? [`  closed: true`] : []),
    ...(k.related ? [`  related: ${list(k.related)}`] : []),
    `  say: ${JSON.stringify(k.say)}`,
    `  patterns:`,
    ...k.patterns.map((p) => `    - ${JSON.stringify(p)}`),
  ];
  if (examples.length) {
    out.push(`  examples:`);
    for (const e of examples) {
      out.push(`    - q: ${JSON.stringify(e.q)}`);
      const expect = [...e.expect.flatMap((x) => (Array.isArray(x) ? [] : [x])), ...(e.prefix ? [e.prefix] : [])];
      if (expect.length) out.push(`      expect: ${list(expect)}`);
      if (e.now !== DEFAULT_NOW) out.push(`      now: ${e.now}`);
    }
  }
  out.push(`facts:`);
  return out.join("\n") + "\n";
}

function entitiesYaml(list: GenEntity[]): string {
  const lines = [`# Synthetic entities generated by bench/generate-facts.ts.`, `entities:`];
  for (const e of list) {
    const aliases = e.aliases.length ? `, aliases: [${e.aliases.map((a) => JSON.stringify(a)).join(", ")}]` : "";
    lines.push(`  - { id: ${e.id}, type: ${e.type}, name: ${JSON.stringify(e.name)}${aliases} }`);
  }
  return lines.join("\n") + "\n";
}

// ------------------------------------------------------------------------------- the generator

const DEFAULT_NOW = "2026-01-15";
const TODAY = dayOf(2026, 1, 15);
const FIRST_YEAR = 1950;
const LAST_YEAR = 2025;

export function defaultRealFactsDir(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  return here.includes("/dist/") ? fileURLToPath(new URL("../../facts", import.meta.url)) : fileURLToPath(new URL("../facts", import.meta.url));
}

/** Counts `- id:` entries under `facts:` in the real table's files (no YAML parser needed). */
function countRealFacts(dir: string): { facts: number; names: string[] } {
  let facts = 0;
  const names: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".yaml") && name !== "lexicon.yaml" && name !== "source-policy.yaml") {
        const text = readFileSync(full, "utf8");
        const at = text.search(/^facts:/m);
        if (at >= 0) facts += (text.slice(at).match(/^\s*- id:/gm) ?? []).length;
        for (const m of text.matchAll(/\b(?:name|aliases):\s*(\[[^\]]*\]|[^,}\n]+)/g)) names.push(...m[1]!.replace(/[[\]"]/g, "").split(/[,\s]+/));
      }
    }
  };
  walk(dir);
  return { facts, names: names.filter(Boolean) };
}

export function generateFacts(options: GenerateOptions): GeneratedTable {
  const seed = options.seed ?? 7;
  const rand = new Rand(seed);
  const realDir = options.realFactsDir ?? defaultRealFactsDir();
  const includeReal = options.includeReal ?? true;
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), `factdesk-bench-${options.facts}-`));
  mkdirSync(dir, { recursive: true });

  // The real words and names are off limits for generated names.
  const lexicon = readFileSync(join(realDir, "lexicon.yaml"), "utf8");
  const lexWords = lexicon.replace(/#.*$/gm, "").match(/[a-z]+/gi) ?? [];
  const real = countRealFacts(realDir);
  const names = new Names(rand, [...lexWords, ...real.names]);
  const realFacts = includeReal ? real.facts : 0;
  const target = Math.max(0, options.facts - realFacts);

  writeFileSync(join(dir, "lexicon.yaml"), lexicon);
  cpSync(join(realDir, "source-policy.yaml"), join(dir, "source-policy.yaml"));
  if (includeReal) {
    for (const name of readdirSync(realDir)) {
      const full = join(realDir, name);
      if (statSync(full).isDirectory()) cpSync(full, join(dir, "real", name), { recursive: true });
    }
  }

  // ---- entities, sized to the table
  const reg = new Registry();
  const people = new People(rand, names, reg);
  const scale = Math.max(target, 200);
  const countries: GenEntity[] = [];
  const nCountries = clamp(Math.round(scale / 450), 8, 220);
  for (let i = 0; i < nCountries; i++) {
    const root = names.root(2, 3);
    if (i > 0 && i % 12 === 0) {
      // Near-duplicate countries: "Varonia" and "Varovia".
      const pair = [`${root}onia`, `${root}ovia`];
      if (pair.some((n) => names.isUsed(n))) continue;
      for (const n of pair) {
        names.reserve(n);
        countries.push(reg.add("country", n, [`Republic of ${n}`]));
      }
      continue;
    }
    const name = root + rand.pick(["ia", "land", "stan", "ana", "ary"]);
    if (names.isUsed(name)) continue;
    names.reserve(name);
    countries.push(reg.add("country", name, [`Republic of ${name}`, `${root}ian`]));
  }
  const cities: GenEntity[] = [];
  const nCities = clamp(Math.round(scale / 40), 12, 4000);
  while (cities.length < nCities) {
    const root = names.root(2, 3);
    if (cities.length % 15 === 7) {
      // "Saint Varo" and "San Varo": two different cities.
      cities.push(reg.add("city", `Saint ${root}`, [`St ${root}`]));
      cities.push(reg.add("city", `San ${root}`));
    } else cities.push(reg.add("city", root, rand.chance(0.2) ? [names.root(2, 3)] : []));
  }
  const regions = Array.from({ length: clamp(Math.round(scale / 250), 6, 600) }, () => {
    const root = names.root(2, 3);
    return reg.add("region", `${root} Province`, [`${root} Oblast`]);
  });
  const parties = Array.from({ length: clamp(Math.round(scale / 400), 6, 400) }, () => {
    const root = names.root(2, 2);
    return reg.add("party", `${root} ${rand.pick(["Party", "People's Party", "Union", "Movement", "Alliance"])}`);
  });
  const blocs = Array.from({ length: clamp(Math.round(scale / 3000), 3, 40) }, () => reg.add("bloc", `${names.root(2, 3)} ${rand.pick(["Pact", "Community", "Council", "Forum", "Compact"])}`));
  const universities = Array.from({ length: clamp(Math.round(scale / 400), 5, 400) }, () => reg.add("university", `University of ${names.root(2, 3)}`));
  const papers = Array.from({ length: clamp(Math.round(scale / 700), 4, 200) }, () => reg.add("paper", `${names.root(2, 3)} ${rand.pick(["Herald", "Courier", "Gazette", "Tribune", "Chronicle"])}`));
  const companies = Array.from({ length: clamp(Math.round(scale / 400), 5, 400) }, () => reg.add("company", `${names.root(2, 3)} ${rand.pick(["Holdings", "Industries", "Energy", "Motors", "Airlines"])}`));
  const clubs = Array.from({ length: clamp(Math.round(scale / 150), 12, 1200) }, () => {
    const root = names.root(2, 3);
    return reg.add("club", `${root} ${rand.pick(["FC", "United", "Athletic", "Rovers", "Sporting"])}`, [`FC ${root}`]);
  });
  const awards = Array.from({ length: clamp(Math.round(scale / 1500), 3, 60) }, () => reg.add("award", `${names.root(2, 3)} Prize`));
  // Two currencies per country ("the lorvan", then "the Velmar crown"), in the same order as the countries.
  const currencies = countries.flatMap(() => [reg.add("currency", names.root(2, 2).toLowerCase()), reg.add("currency", `${names.root(2, 2)} ${rand.pick(["crown", "mark", "dinar", "florin", "thaler"])}`)]);

  const places: Record<string, GenEntity[]> = { country: countries, city: cities, region: regions, party: parties, bloc: blocs, university: universities, paper: papers, company: companies, club: clubs, award: awards };

  // ---- facts, kind by kind
  const totalWeight = KINDS.reduce((n, k) => n + k.weight, 0);
  const facts: GenFact[] = [];
  const byKind = new Map<string, GenFact[]>();
  let made = 0;
  KINDS.forEach((k, ki) => {
    const quota = ki === KINDS.length - 1 ? target - made : Math.round((target * k.weight) / totalWeight);
    const list = generateKind(k, quota, rand, places[k.placeType]!, { people, countries, cities, clubs, currencies });
    byKind.set(k.id, list);
    for (const f of list) facts.push(f); // not push(...list): a million arguments overflow the stack
    made += list.length;
  });
  // Top up (rounding, or a kind whose places ran out) with yearly figures of cities.
  const population = byKind.get("gen_population")!;
  let extraYear = FIRST_YEAR - 1;
  while (made < target && extraYear > 1700) {
    for (const city of cities) {
      if (made >= target) break;
      const f: GenFact = { id: `gen-population-${slug(city.name)}-${extraYear}`, kind: KINDS.find((k) => k.id === "gen_population")!, place: city, value: 1000 + (hash(city.id + extraYear) % 900_000), span: singleYear(extraYear), status: "final" };
      population.push(f);
      facts.push(f);
      made++;
    }
    extraYear--;
  }

  // ---- questions (and each relation's examples: two questions it must answer)
  const questions = makeQuestions(rand, byKind, places, names, options.questions ?? 1500);
  const examples = new Map<string, GeneratedQuestion[]>();
  for (const q of questions)
    if (q.status === "answered" && (q.intent === "by_year" || q.intent === "inverse") && (examples.get(q.relation)?.length ?? 0) < 2 && !q.forbid?.length)
      (examples.get(q.relation) ?? examples.set(q.relation, []).get(q.relation)!).push(q);

  // ---- write
  let bytes = 0;
  const write = (path: string, text: string) => {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, text);
    bytes += text.length;
  };
  const byType = new Map<string, GenEntity[]>();
  for (const e of reg.all) (byType.get(e.type) ?? byType.set(e.type, []).get(e.type)!).push(e);
  for (const [type, list] of byType)
    for (let i = 0; i < list.length; i += 5000) write(join(dir, "gen", "entities", `${type}-${String(i / 5000 + 1).padStart(2, "0")}.yaml`), entitiesYaml(list.slice(i, i + 5000)));
  for (const k of KINDS) {
    const list = byKind.get(k.id)!;
    if (list.length === 0) continue;
    write(join(dir, "gen", `${k.id}.yaml`), relationYaml(k, examples.get(k.id) ?? []) + list.map(factYaml).join("\n") + "\n");
  }
  const kindsWithFacts = KINDS.filter((k) => byKind.get(k.id)!.length > 0).length;
  return { dir, facts: realFacts + facts.length, syntheticFacts: facts.length, relations: kindsWithFacts, entities: reg.all.length, bytes, questions: questions.filter((q) => byKind.get(q.relation)?.length !== 0) };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

interface Pools {
  people: People;
  countries: GenEntity[];
  cities: GenEntity[];
  clubs: GenEntity[];
  currencies: GenEntity[];
}

/** Roughly `quota` facts of one kind, spread over its places. */
/**
 * Terms of one office in one place, going back from LAST_YEAR: no further than about the year 1000
 * (dates are written YYYY). Only a million facts, with more terms a place than places, reach it;
 * what is left over is topped up with yearly figures.
 */
function maxTerms(k: Kind): number {
  return Math.floor((LAST_YEAR - 1000) / (k.valueType === "currency" ? 12 : 4.2));
}

function generateKind(k: Kind, quota: number, rand: Rand, placePool: GenEntity[], pools: Pools): GenFact[] {
  const out: GenFact[] = [];
  if (quota <= 0) return out;
  const perPlace = k.shape === "office" ? 14 : k.shape === "figure" ? 30 : k.shape === "membership" ? 25 : 20;
  const nPlaces = clamp(Math.ceil(quota / perPlace), 1, placePool.length);
  const chosen = placePool.slice(0, nPlaces);
  const per = Math.ceil(quota / chosen.length);
  let n = 0;
  const id = (p: GenEntity, suffix: string) => `${k.id.replace(/^gen_/, "gen-").replace(/_/g, "-")}-${p.id.replace(/_/g, "-")}-${suffix}-${++n}`;
  for (const place of chosen) {
    const want = Math.min(per, quota - out.length, k.shape === "office" ? maxTerms(k) : Infinity);
    if (want <= 0) break;
    if (k.shape === "office") {
      // Consecutive terms handing over on the same day (currencies: in the same year); the latest
      // one is usually still ongoing.
      const currency = k.valueType === "currency";
      const own = currency ? pools.currencies.slice(2 * pools.countries.indexOf(place), 2 * pools.countries.indexOf(place) + 2) : [];
      let start = dayOf(LAST_YEAR) - Math.round(want * (currency ? 12 : 4.2) * 365) + rand.int(0, 364);
      const holders: GenEntity[] = [];
      for (let i = 0; i < want; i++) {
        const years = currency ? rand.int(5, 20) : rand.int(1, 7);
        const end = start + years * 365 + rand.int(-60, 60);
        const ongoing = (i === want - 1 || end >= dayOf(LAST_YEAR)) && rand.chance(0.8);
        let value: GenEntity;
        if (currency) value = own[i % 2] ?? pools.currencies[0]!;
        else if (holders.length >= 2 && rand.chance(0.08) && holders[holders.length - 2] !== holders[holders.length - 1]) value = holders[holders.length - 2]!; // a comeback
        else value = pools.people.next();
        holders.push(value);
        const span = currency ? yearSpan(yearOfDay(start), ongoing ? null : yearOfDay(end)) : daySpan(start, ongoing ? null : end);
        const note = rand.chance(0.05) ? { note: `Acting for the first months; confirmed later by the ${place.name} authorities.` } : {};
        out.push({ id: id(place, String(yearOfDay(start))), kind: k, place, value, span, status: "final", ...note });
        if (ongoing || end >= dayOf(LAST_YEAR, 6, 1)) break;
        start = currency ? dayOf(yearOfDay(end)) : end;
      }
    } else if (k.shape === "event") {
      const every = k.id === "gen_mayoral_election" ? 4 : 1;
      const first = Math.max(FIRST_YEAR, LAST_YEAR - want * every + 1);
      const regulars: GenEntity[] = [];
      for (let y = first; y <= LAST_YEAR && out.length < quota; y += every) {
        const day = dayOf(y, rand.int(1, 12), rand.int(1, 28));
        let value: GenEntity;
        if (k.valueType === "city") value = pools.cities[rand.int(0, pools.cities.length - 1)]!;
        else if (k.valueType === "club") value = pools.clubs[(hash(place.id) + rand.int(0, 7)) % pools.clubs.length]!;
        else if (regulars.length && rand.chance(0.3)) value = rand.pick(regulars);
        else {
          value = pools.people.next();
          regulars.push(value);
        }
        const share = k.share ? Math.round((35 + rand.float() * 55) * 10) / 10 : undefined;
        const f: GenFact = { id: id(place, String(y)), kind: k, place, value, span: singleDay(day), status: "final", ...(share !== undefined ? { share } : {}) };
        out.push(f);
        if (k.share && rand.chance(0.05) && out.length < quota) {
          // A preliminary figure published before the final one.
          out.push({ ...f, id: `${f.id}-prelim`, status: "preliminary", share: Math.round((share! - 1 - rand.float() * 2) * 10) / 10 });
        }
      }
    } else if (k.shape === "membership") {
      // Members joining over the years; a few leave (and some rejoin later).
      const members = rand.shuffle([...pools.countries]).slice(0, Math.min(want, pools.countries.length));
      for (const m of members) {
        const join = dayOf(rand.int(1955, 2020), rand.int(1, 12), rand.int(1, 28));
        const leaves = rand.chance(0.15);
        const leave = leaves ? join + rand.int(2, 20) * 365 : null;
        out.push({ id: id(place, m.id.replace(/_/g, "-")), kind: k, place, value: m, span: daySpan(join, leave !== null && leave < TODAY ? leave : null), status: "final" });
      }
    } else {
      // Yearly figures.
      for (let y = LAST_YEAR - want + 1; y <= LAST_YEAR; y++) {
        const value = k.valueType === "number" ? 5000 + (hash(place.id + y) % 2_000_000) : Math.round((1 + rand.float() * 18) * 10) / 10;
        out.push({ id: id(place, String(y)), kind: k, place, value, span: singleYear(y), status: "final" });
      }
    }
  }
  return out.slice(0, quota);
}

// ------------------------------------------------------------------------------------ questions

function valueName(v: GenEntity | number, k: Kind): string {
  if (typeof v !== "number") return v.name;
  return k.valueType === "percent" ? `${v}%` : String(v);
}
function valueRef(v: GenEntity | number): string {
  return typeof v === "number" ? String(v) : v.ref;
}

function fill(template: string, parts: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => parts[k] ?? "");
}

/** A one-letter typo (swap, drop or double) in the longest word of 6+ letters that stays an unknown word. */
function typo(q: string, rand: Rand, names: Names): string | null {
  const words = [...q.matchAll(/[A-Za-z]{6,}/g)].filter((m) => !/^(between|before|after)$/i.test(m[0]));
  if (!words.length) return null;
  const m = rand.pick(words);
  const w = m[0];
  for (let attempt = 0; attempt < 6; attempt++) {
    const i = rand.int(1, w.length - 3);
    const kind = attempt % 3;
    const t = kind === 0 ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : kind === 1 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i] + w.slice(i);
    if (t !== w && !names.isUsed(t)) return q.slice(0, m.index) + t + q.slice(m.index! + w.length);
  }
  return null;
}

function makeQuestions(rand: Rand, byKind: Map<string, GenFact[]>, places: Record<string, GenEntity[]>, names: Names, count: number): GeneratedQuestion[] {
  const out: GeneratedQuestion[] = [];
  const kinds = KINDS.filter((k) => byKind.get(k.id)!.length > 0);
  const perKind = Math.max(8, Math.ceil(count / Math.max(1, kinds.length)));
  for (const k of kinds) {
    const facts = byKind.get(k.id)!;
    const byPlace = new Map<GenEntity, GenFact[]>();
    for (const f of facts) (byPlace.get(f.place) ?? byPlace.set(f.place, []).get(f.place)!).push(f);
    for (const list of byPlace.values()) list.sort((a, b) => a.span.first - b.span.first);
    const placeList = [...byPlace.keys()];
    const mine: GeneratedQuestion[] = [];
    const add = (q: Omit<GeneratedQuestion, "relation" | "now"> & { now?: string }) => mine.push({ now: DEFAULT_NOW, relation: k.id, ...q });
    let guard = 0;
    while (mine.length < perKind && guard++ < perKind * 20) {
      const place = rand.pick(placeList);
      const list = byPlace.get(place)!;
      const f = rand.pick(list);
      const final = list.filter((x) => x.status === "final");
      const placeName = rand.chance(0.8) || !place.aliases.length ? place.name : place.aliases[0]!;
      const intent = rand.pick(intentsFor(k));
      const year = yearOfDay(f.span.first) + (f.span.last !== null && yearOfDay(f.span.last) > yearOfDay(f.span.first) ? rand.int(0, yearOfDay(f.span.last) - yearOfDay(f.span.first)) : 0);
      const holdersIn = (start: number, end: number, today = TODAY) => final.filter((x) => overlaps(x.span, start, end, today));
      const namesOf = (fs: GenFact[]) => [...new Set(fs.map((x) => valueName(x.value, k)))];
      /** Neighbouring values that must not be in an answer about [start, end]. */
      const forbidAround = (hit: GenFact[]) => {
        if (k.shape !== "office" || hit.length === 0) return [];
        const i = final.indexOf(hit[0]!);
        const j = final.indexOf(hit[hit.length - 1]!);
        const names = new Set(namesOf(hit));
        return [final[i - 1], final[j + 1]].filter((x): x is GenFact => !!x).map((x) => valueName(x.value, k)).filter((n) => !names.has(n) && !n.includes("%") && !/^\d+$/.test(n));
      };
      const valueIntent = intent === "by_year" || intent === "by_month" || intent === "relative" || intent === "range" || intent === "out_of_range" || intent === "unknown_entity" || intent === "typo";
      // Only by-year questions may name the year without a preposition ("who won the 2010 … marathon").
      const options = (k.q[valueIntent ? "value" : intent] ?? []).filter((x) => intent === "by_year" || !x.includes("{year}"));
      const t = options.length ? rand.pick(options) : null;
      if (!t) continue;
      switch (intent) {
        case "by_year":
        case "typo": {
          const hit = holdersIn(dayOf(year), dayOf(year, 12, 31));
          if (!hit.length || hit.length > 3) break;
          const q = fill(t, { place: placeName, when: `in ${year}`, year: String(year) });
          const expect = namesOf(hit);
          if (intent === "typo") {
            const bad = typo(q, rand, names);
            if (bad) add({ q: bad, status: "answered", expect, intent });
          } else add({ q, status: "answered", expect, forbid: forbidAround(hit), intent });
          break;
        }
        case "by_month": {
          const month = rand.int(1, 12);
          const hit = holdersIn(dayOf(year, month), lastOfMonth(year, month));
          if (!hit.length || hit.length > 3) break;
          add({ q: fill(t, { place: placeName, when: `in ${MONTHS[month - 1]} ${year}`, year: String(year) }), status: "answered", expect: namesOf(hit), intent });
          break;
        }
        case "relative": {
          const ago = rand.pick([0, 1, 2, 3]);
          const now = `${year + ago}-${String(rand.int(1, 12)).padStart(2, "0")}-15`;
          const today = dayOf(year + ago, Number(now.slice(5, 7)), 15);
          if (today > TODAY) break;
          const hit = holdersIn(dayOf(year), dayOf(year, 12, 31), today).filter((x) => x.span.first <= today);
          if (!hit.length || hit.length > 3) break;
          const when = ago === 0 ? "this year" : ago === 1 ? "last year" : ago === 2 ? "two years ago" : "3 years ago";
          add({ q: fill(t, { place: placeName, when, year: String(year) }), now, status: "answered", expect: namesOf(hit), intent });
          break;
        }
        case "range": {
          const y2 = year + rand.int(1, 3);
          const hit = holdersIn(dayOf(year), dayOf(y2, 12, 31));
          if (!hit.length || hit.length > 3) break;
          add({ q: fill(t, { place: placeName, when: `between ${year} and ${y2}`, year: String(year) }), status: "answered", expect: namesOf(hit), intent });
          break;
        }
        case "current": {
          const hit = final.filter((x) => x.span.first <= TODAY && lastDay(x.span, TODAY) >= TODAY);
          if (hit.length !== 1) break;
          add({ q: fill(t, { place: placeName, value: valueRef(hit[0]!.value) }), status: "answered", expect: namesOf(hit), intent });
          break;
        }
        case "inverse": {
          if (typeof f.value === "number") break;
          const mineFacts = final.filter((x) => x.value === f.value);
          if (mineFacts.length > 3) break;
          add({ q: fill(t, { place: placeName, value: f.value.ref }), status: "answered", expect: mineFacts.map((x) => String(yearOfDay(x.span.first))), intent });
          break;
        }
        case "yes_no":
        case "current_yes_no": {
          if (typeof f.value === "number") break;
          // Half the time ask about a year when it held, half about one when it did not.
          const value = f.value;
          const theirs = final.filter((x) => x.value === value);
          const current = intent === "current_yes_no";
          let y = year;
          let yes = true;
          if (current) yes = theirs.some((x) => x.span.first <= TODAY && lastDay(x.span, TODAY) >= TODAY);
          else if (rand.chance(0.5)) {
            y = rand.int(FIRST_YEAR, LAST_YEAR);
            yes = theirs.some((x) => overlaps(x.span, dayOf(y), dayOf(y, 12, 31), TODAY));
            // An exclusive "No" needs someone else then (that is what makes it a sure "No"); others are closed.
            if (!yes && k.time === "exclusive" && holdersIn(dayOf(y), dayOf(y, 12, 31)).length === 0) break;
          }
          add({ q: fill(t, { place: placeName, value: value.ref, when: `in ${y}` }), status: "answered", expect: [], prefix: yes ? "Yes" : "No", intent: "yes_no" });
          break;
        }
        case "count": {
          if (typeof f.value === "number") break;
          const value = f.value;
          const n = new Set(final.filter((x) => x.value === value).map((x) => x.span.first)).size;
          add({ q: fill(t, { place: placeName, value: value.ref }), status: "answered", expect: [], prefix: `${n} time`, intent });
          break;
        }
        case "count_values": {
          const hit = holdersIn(dayOf(year), dayOf(year, 12, 31));
          const n = new Set(hit.map((x) => valueName(x.value, k))).size;
          if (!n) break;
          // The count leads the answer; what follows it (the list, or a summary of a long one) is the composer's.
          add({ q: fill(t, { place: placeName, when: `in ${year}` }), status: "answered", expect: [], prefix: `${n}`, intent: "count" });
          break;
        }
        case "order": {
          if (typeof f.value === "number") break;
          const value = f.value;
          if (final.filter((x) => x.value === value).length !== 1) break;
          const i = final.indexOf(f);
          const before = t.includes(" before ");
          const other = final[before ? i - 1 : i + 1];
          if (i < 0 || !other) break;
          add({ q: fill(t, { place: placeName, value: value.ref }), status: "answered", expect: [valueName(other.value, k)], intent });
          break;
        }
        case "order_time": {
          const y = year;
          const prev = [...final].reverse().find((x) => x.span.first < dayOf(y));
          if (!prev) break;
          add({ q: fill(t, { place: placeName, year: String(y) }), status: "answered", expect: [valueName(prev.value, k)], intent: "order" });
          break;
        }
        case "out_of_range": {
          const y = rand.chance(0.5) ? rand.int(1700, FIRST_YEAR - 60) : rand.int(2040, 2090);
          if (final.some((x) => overlaps(x.span, dayOf(y), dayOf(y, 12, 31), TODAY))) break;
          add({ q: fill(t, { place: placeName, when: `in ${y}`, year: String(y) }), status: "unknown", expect: [], intent });
          break;
        }
        case "unknown_entity": {
          const alien = names.alien();
          const stem = k.placeType === "city" || k.placeType === "country" || k.placeType === "region" ? alien : place.name.replace(/^(University of |Saint |San )?[A-Za-z]+/, `$1${alien}`);
          add({ q: fill(t, { place: stem, when: `in ${year}`, year: String(year) }), status: "unknown", expect: [], intent });
          break;
        }
      }
    }
    // An unknown topic about a known place, once per kind.
    const p = rand.pick(placeList);
    mine.push({ q: `What was the weather like in ${p.name} in ${rand.int(1990, 2020)}?`, now: DEFAULT_NOW, status: "unknown", expect: [], intent: "unknown_topic", relation: k.id });
    out.push(...mine);
  }
  return rand.shuffle(out).slice(0, count);
}

function intentsFor(k: Kind): string[] {
  const base = ["by_year", "by_year", "by_month", "relative", "range", "typo", "out_of_range", "unknown_entity"];
  const extra = Object.keys(k.q).filter((x) => x !== "value");
  return [...base, ...extra, ...extra];
}

// -------------------------------------------------------------------------------------------- cli

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const facts = Number(arg("--facts") ?? 1000);
  const table = generateFacts({ facts, seed: Number(arg("--seed") ?? 7), ...(arg("--out") ? { dir: arg("--out")! } : {}), includeReal: !argv.includes("--no-real"), questions: Number(arg("--questions") ?? 1500) });
  writeFileSync(join(table.dir, "..", `${basename(table.dir)}.questions.jsonl`), table.questions.map((q) => JSON.stringify(q)).join("\n") + "\n");
  process.stdout.write(`${JSON.stringify({ dir: table.dir, facts: table.facts, synthetic: table.syntheticFacts, relations: table.relations, entities: table.entities, bytes: table.bytes, questions: table.questions.length, questionsFile: relative(process.cwd(), join(table.dir, "..", `${basename(table.dir)}.questions.jsonl`)) })}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
