/**
 * "Is the office still called the Programme Office in Nur-Sultan?": a renaming once made it so, and a
 * later one of the same relation gave that name up (a role the relation has each value of once,
 * `once_per`, holding it): "No", with every change since, up to the one that holds today.
 */
import type { Fact, Relation } from "../facts/model.js";
import { possibleStart } from "../time/validity.js";
import type { FactIndex } from "./fact-index.js";

/**
 * The facts after `made`, up to today, each giving up what the one before it made: empty where nothing
 * was given up. Where the name asked of is one `made` gave up itself ("still called the Centre in
 * Astana?", of the renaming from it), `made` leads them.
 */
export function givenUpSince(relation: Relation, made: Fact, index: FactIndex, today: number, madeGaveUp = false): Fact[] {
  const givenUp = relation.oncePer ?? [];
  if (relation.time !== "events" || givenUp.length === 0 || !made.validity) return [];
  const later = index
    .facts(relation.id)
    .filter((f) => f.status === "final" && !!f.validity && possibleStart(f.validity) > possibleStart(made.validity!) && possibleStart(f.validity) <= today)
    .sort((a, b) => possibleStart(a.validity!) - possibleStart(b.validity!));
  const chain: Fact[] = madeGaveUp && possibleStart(made.validity) <= today ? [made] : [];
  for (let last = made; ; ) {
    const next = later.find((f) => !chain.includes(f) && f !== made && possibleStart(f.validity!) > possibleStart(last.validity!) && givenUp.some((role) => sameValues(f, role, last, relation.mainRole.name)));
    // ("still called the Programme Office in Astana?": given up in 2019, taken back in 2022 — it holds.)
    if (!next) return chain.length && sameValues(chain.at(-1)!, relation.mainRole.name, made, madeGaveUp ? givenUp[0]! : relation.mainRole.name) ? [] : chain;
    chain.push(next);
    last = next;
  }
}

/** Whether fact `a`'s role `ra` holds an entity that fact `b`'s role `rb` holds. */
function sameValues(a: Fact, ra: string, b: Fact, rb: string): boolean {
  const ids = (f: Fact, role: string) => (f.values.get(role) ?? []).flatMap((v) => (v.kind === "entity" ? [v.entity.id] : []));
  const held = new Set(ids(b, rb));
  return ids(a, ra).some((id) => held.has(id));
}
