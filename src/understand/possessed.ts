/**
 * "who was Kairat Abusaitov's deputy?": a person named as the owner of the noun after the name. A
 * who-question of that kind asks of someone else, so the owner is never its answer.
 */
import type { Entity } from "../facts/model.js";
import { fold } from "../text/normalise.js";

/** Words after the possessive that join or date rather than name what is owned ("Passy's in 2004"). */
const NOT_OWNED = new Set(["and", "or", "in", "on", "at", "to", "as", "from", "for", "with", "by", "when", "after", "before", "been", "got", "was", "is"]);

/** "who was <name>'s <noun>": a copula, then up to four words of the name; never "who vetoed Plassnik's bid". */
const WHO_IS_OWNERS = /\bwho(?:\s+(?:is|was|were|are)|['’]s)\s+(?:(?:\p{L}+\s+){0,3})(\p{L}+)['’]s\s+(\p{L}+)/gu;

/** The people of `mentioned` a who-question asks the owned one of ("who was X's deputy"), each with the noun owned. */
export function possessedPeople(question: string, mentioned: readonly Entity[]): Array<{ person: Entity; owned: string }> {
  const text = fold(question);
  const owned = new Map<string, string>();
  for (const m of text.matchAll(WHO_IS_OWNERS)) if (!NOT_OWNED.has(m[2]!)) owned.set(m[1]!, m[2]!);
  if (owned.size === 0) return [];
  const wordsOf = (e: Entity) => [e.name, ...e.aliases].flatMap((n) => fold(n).split(/[^\p{L}]+/u)).filter((w) => w.length >= 3);
  return mentioned.flatMap((e) => {
    const word = e.type === "person" ? wordsOf(e).find((w) => owned.has(w)) : undefined;
    return word ? [{ person: e, owned: owned.get(word)! }] : [];
  });
}

/**
 * "the second CiO after Kazakhstan's Saudabayev": a country owning the person named right after it,
 * said of him — the mentions of such countries.
 */
export function countriesOwningPeople<M extends { entity: Entity }>(question: string, mentions: readonly M[]): M[] {
  if (!mentions.some((m, i) => m.entity.type === "country" && mentions[i + 1]?.entity.type === "person")) return [];
  const text = fold(question).replace(/['’]/g, "'");
  const spellings = (e: Entity) => [e.name, ...e.aliases].map((n) => fold(n)).filter((n) => n.length >= 3);
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    if (m.entity.type !== "country" || next?.entity.type !== "person") return false;
    return spellings(m.entity).some((c) => spellings(next.entity).some((p) => text.includes(`${c}'s ${p}`)));
  });
}
