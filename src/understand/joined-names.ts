/**
 * "did Russia and Belarus block Estonia's bid?": names of one type said one after the other, joined by
 * "and", "&" or a comma, are one group — together they fill one role (a role that takes many), never
 * two roles in the order of a pattern.
 */
import type { EntityMention } from "./question-parse.js";

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** Only a joining word or mark between two names. */
const JOINER = /^\s*(?:,\s*)?(?:and|&|\+|,)\s*$/;

/** Where the mention's name (or one of its aliases) is first said at or after `from`: its start and end. */
function placeOf(text: string, mention: EntityMention, from: number): [number, number] | null {
  const found = [mention.entity.name, ...mention.entity.aliases]
    .map((n) => fold(n))
    .map((n) => [text.indexOf(n, from), n.length] as const)
    .filter(([at]) => at >= 0)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1])[0];
  return found ? [found[0], found[0] + found[1]] : null;
}

/** The mentions, in order, grouped where they are joined; each unjoined mention a group of its own. */
export function joinedGroups(text: string, mentions: readonly EntityMention[]): EntityMention[][] {
  const said = fold(text);
  const groups: EntityMention[][] = [];
  let previousEnd: number | null = null;
  let from = 0;
  for (const mention of mentions) {
    const place = placeOf(said, mention, from);
    const joined = place !== null && previousEnd !== null && JOINER.test(said.slice(previousEnd, place[0]));
    if (joined) groups[groups.length - 1]!.push(mention);
    else groups.push([mention]);
    previousEnd = place ? place[1] : null;
    from = place ? place[1] : from;
  }
  return groups;
}
