/**
 * "Which Ministerial Councils were held outside the chairing country?", "Did Finland host its 2025
 * Ministerial Council at home?": a meeting's city is in a country (the city's `in:`), and the country
 * that chaired the OSCE on the meeting's first day is the chairmanship's. The question without these
 * words says which meetings; this says which of them were held at home or away.
 */
import type { Entity, Fact } from "../facts/model.js";

export interface HomeAsked {
  /** The question without the words of where: "Which Ministerial Councils were held?". */
  rest: string;
  /** Asked of meetings held outside the chairing country (false: in it). */
  outside: boolean;
}

const OUTSIDE = /\s*,?\s*\b(?:outside\s+(?:of\s+)?(?:the|its|their)\s+(?:own\s+)?(?:chairing|chair|host|home)\s+country|outside\s+(?:its|their)\s+own\s+country|away\s+from\s+home|not\s+in\s+the\s+chairing\s+country)\b/i;
const INSIDE = /\s*,?\s*\b(?:in\s+the\s+chairing\s+country|in\s+(?:its|their)\s+own\s+country|at\s+home)\b/i;

export function homeAsked(text: string): HomeAsked | null {
  const out = OUTSIDE.exec(text);
  const at = out ?? INSIDE.exec(text);
  if (!at) return null;
  const rest = `${text.slice(0, at.index)} ${text.slice(at.index + at[0].length)}`.replace(/\s+([?.,!])/g, "$1").replace(/\s+/g, " ").trim();
  return { rest, outside: !!out };
}

export interface HomeOrAway {
  fact: Fact;
  /** The country that chaired during the meeting (the one at home, where the chair changed hands there). */
  chair: Entity;
  /** Whether the meeting's city lies in a country that chaired during it. */
  atHome: boolean;
}

/**
 * Each meeting with the chairing country of its days; null where a meeting's city has no country in
 * the table or no chairmanship covers it (nothing is guessed). A Council where the chair was handed
 * over (Stockholm, December 1992) is at home if either chair's country is the city's.
 */
export function homeOrAway(meetings: readonly Fact[], placeRole: string, chairsOf: (f: Fact) => Entity[]): HomeOrAway[] | null {
  const out: HomeOrAway[] = [];
  for (const fact of meetings) {
    const place = (fact.values.get(placeRole) ?? []).find((v) => v.kind === "entity");
    const city = place?.kind === "entity" ? place.entity : undefined;
    const country = city?.type === "country" ? city.id : city?.in;
    const chairs = chairsOf(fact);
    if (!country || chairs.length === 0) return null;
    // (Prague lay in Czechoslovakia when it chaired: a State's successors' cities were its own.)
    const home = chairs.find((c) => c.id === country || (c.successors ?? []).includes(country));
    out.push({ fact, chair: home ?? chairs[0]!, atHome: !!home });
  }
  return out;
}
