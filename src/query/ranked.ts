/**
 * "Rank Nazarbayev's 2005, 2011 and 2015 results from highest to lowest": the facts the rest of the
 * question asks for, put in order of their figure. Only facts of one relation, each with the figure
 * (a share where the relation has one), are ranked; anything else is no ranking.
 */
import type { Fact, Role } from "../facts/model.js";
import { possibleStart } from "../time/validity.js";

export interface RankAsked {
  /** The question without its ranking words: "Nazarbayev's 2005, 2011 and 2015 results". */
  rest: string;
  order: "desc" | "asc";
}

const HIGH = "highest|largest|biggest|best|most";
const LOW = "lowest|smallest|worst|least";
/** "from highest to lowest", "lowest to highest". */
const DIRECTION = new RegExp(`[,;:–—-]?\\s*\\b(?:from\\s+|in\\s+order\\s+from\\s+|ordered\\s+from\\s+)?(${HIGH}|${LOW})\\s+to\\s+(${HIGH}|${LOW})\\b`, "i");
/** "Rank …", "please order …", "sort …" first. */
const RANK_LEAD = /^\W*(?:(?:please|pls|can\s+you)\s+)?(?:rank|order|sort)\s+/i;

export function rankAsked(text: string): RankAsked | null {
  const direction = DIRECTION.exec(text);
  const lead = RANK_LEAD.exec(text);
  if (!direction && !lead) return null;
  // ("rank …" alone ranks from the highest; "order …" alone may mean by time: it needs a direction.)
  if (!direction && !/^\W*(?:(?:please|pls|can\s+you)\s+)?rank\b/i.test(text)) return null;
  const order = direction && new RegExp(`^(?:${LOW})$`, "i").test(direction[1]!) ? "asc" : "desc";
  const rest = (direction ? text.replace(direction[0], " ") : text).replace(RANK_LEAD, "").replace(/\s+/g, " ").trim();
  return rest.split(/\s+/).length >= 2 ? { rest, order } : null;
}

/** The facts in order of their figure, or null where they are not all of one relation with one. */
export function rankedByFigure(facts: readonly Fact[], order: "desc" | "asc"): Fact[] | null {
  if (facts.length < 2 || new Set(facts.map((f) => f.relation.id)).size !== 1) return null;
  const role = figureRole(facts[0]!.relation.roles);
  if (!role) return null;
  // (A preliminary figure beside the final one of the same day is not ranked: "97.7%" and "97.75%" are one result.)
  const finalDays = new Set(facts.filter((f) => f.status === "final" && f.validity).map((f) => possibleStart(f.validity!)));
  const kept = facts.filter((f) => f.status === "final" || !f.validity || !finalDays.has(possibleStart(f.validity)));
  const valued = kept.map((f) => ({ f, n: figureOf(f, role) }));
  if (valued.some((v) => v.n === null)) return null;
  return valued.sort((a, b) => (order === "desc" ? b.n! - a.n! : a.n! - b.n!)).map((v) => v.f);
}

function figureRole(roles: readonly Role[]): Role | undefined {
  return roles.find((r) => r.types.includes("percent")) ?? roles.find((r) => r.types.includes("number"));
}

function figureOf(f: Fact, role: Role): number | null {
  const v = (f.values.get(role.name) ?? [])[0];
  const n = v && v.kind === "number" ? parseFloat(String(v.value)) : NaN;
  return Number.isFinite(n) ? n : null;
}
