/**
 * "Knut Vollebæk", "Łódź", "Wolfgang Schüssel": names as their owners write them, and the plain
 * spelling a newsroom system without those letters (or a reader searching for them) uses — "Knut
 * Vollebaek", "Lodz", "Wolfgang Schuessel". Accents that simply drop (Kubiš → Kubis) need none; letters
 * that do not (ł, æ, ø, ß) do, and a person's umlauts are written out (ü → ue) as German and Nordic
 * names are. (A place's umlaut is not: "Türkiye" is "Turkiye".)
 */
import type { Entity, Fact } from "../facts/model.js";

const LETTERS: Record<string, string> = { ł: "l", Ł: "L", æ: "ae", Æ: "Ae", ø: "o", Ø: "O", ß: "ss", đ: "d", Đ: "D", ı: "i", œ: "oe", Œ: "Oe", þ: "th", Þ: "Th" };
const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue" };
const NEEDS_LETTER = /[łŁæÆøØßđĐıœŒþÞ]/;
const UMLAUT = /[äöüÄÖÜ]/;

/** The plain spelling of an entity's name, or null where dropping the accents is enough. */
export function plainSpelling(entity: Entity): string | null {
  const name = entity.name;
  const person = entity.type === "person";
  if (!NEEDS_LETTER.test(name) && !(person && UMLAUT.test(name))) return null;
  const written = name.replace(/[łŁæÆøØßđĐıœŒþÞ]/g, (c) => LETTERS[c]!).replace(/[äöüÄÖÜ]/g, (c) => (person ? UMLAUTS[c]! : c));
  return written.normalize("NFKD").replace(/\p{M}/gu, "");
}

/** " Plain spelling: Knut Vollebaek, Lodz." for the names the text says that need one; "" if none. */
export function plainSpellingNote(text: string, entities: Iterable<Entity>): string {
  const plain = new Set<string>();
  for (const e of entities) {
    const spelled = text.includes(e.name) ? plainSpelling(e) : null;
    if (spelled) plain.add(spelled);
  }
  return plain.size ? ` Plain spelling: ${[...plain].join(", ")}.` : "";
}

/** The entities an answer's facts name. */
export function* entitiesOf(facts: Iterable<Fact | undefined>): Iterable<Entity> {
  for (const f of facts) if (f) for (const values of f.values.values()) for (const v of values) if (v.kind === "entity") yield v.entity;
}
