/**
 * "the first SG was Italy's Giancarlo Aragona", "… the Italian Giancarlo Aragona": a name said right
 * before the named holder describes that holder. It does not narrow what "first" or "last" picks
 * among — that is "the first Italian SG".
 */
import type { Entity } from "../facts/model.js";
import { tokens } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import type { QuestionParse } from "./question-parse.js";

/** The roles of `bindings` bound only by names said right before one of `named` (the main role's). */
export function rolesDescribingNamed(parse: QuestionParse, bindings: ReadonlyMap<string, Entity[]>, mainRole: string): string[] {
  const named = bindings.get(mainRole) ?? [];
  const firstWords = new Set(named.flatMap((e) => [e.name, ...e.aliases].map((n) => stem(tokens(n)[0] ?? ""))));
  const describes = (e: Entity) => parse.entities.some((m) => m.entity === e && m.right !== undefined && firstWords.has(m.right));
  return [...bindings].filter(([role, entities]) => role !== mainRole && entities.length > 0 && entities.every(describes)).map(([role]) => role);
}
