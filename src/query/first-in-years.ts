/**
 * "The Astana Summit of 2010 was the first OSCE summit in eleven years": a claim that nothing of the
 * kind happened in the years before the thing named ("… the first summit in how many years?" asks them). The thing is dated by its own "when …"
 * question; the one of its kind before it says whether the claim holds.
 */
import type { Fact } from "../facts/model.js";
import { possibleStart, possibleEnd } from "../time/validity.js";
import { yearOf } from "../time/days.js";

const COUNTS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20 };
const NUMBER = `(\\d{1,2}|${Object.keys(COUNTS).join("|")})`;
/** The thing (1), "was the first" ("was the OSCE's first", its apostrophe made a space) (or a dash or colon: "astana 2010 — first summit in …"), its kind if said (2), and the years (3), "a decade" (4) or "how many" (5). */
const FIRST_IN_YEARS = new RegExp(`^\\W*(.+?)(?:\\s+(?:was|is|became|marked)\\s+(?:the\\s+)?(?:[a-z.-]+\\s+s\\s+)?|\\s*[-–—:]+\\s*(?:(?:was\\s+it|is\\s+it|it\\s+was)\\s+)?(?:the\\s+)?)first(?:\\s+(.+?))?\\s+(?:in|for)\\s+(?:over\\s+|more\\s+than\\s+|almost\\s+|nearly\\s+)?(?:${NUMBER}\\s+(?:years|yrs)|(a\\s+decade)|(how\\s+many)\\s+(?:years|yrs))\\b`, "i");

export interface FirstInYears {
  /** What names the thing ("Astana summit 2010"). */
  thing: string;
  /** Its kind as said ("OSCE summit"). */
  kind: string;
  /** The years claimed; null where they are asked ("the first summit in how many years?"). */
  years: number | null;
}

/** "Was the Astana summit the first …?": asked verb first, said as the claim it checks. */
const ASKED_FIRST = /^\W*(was|is)\s+(.+?)\s+(the\s+first\s.*)$/i;

export function firstInYearsClaimed(text: string): FirstInYears | null {
  const plain = text.replace(/['"‘’“”]/g, " ");
  const asked = ASKED_FIRST.exec(plain);
  const m = FIRST_IN_YEARS.exec(asked ? `${asked[2]} ${asked[1]} ${asked[3]}` : plain);
  if (!m) return null;
  const years = m[5] ? null : m[4] ? 10 : /^\d+$/.test(m[3]!) ? Number(m[3]) : COUNTS[m[3]!.toLowerCase()]!;
  const thing = m[1]!.trim();
  // ("the Astana summit was the first in a decade": the kind is the thing's own noun.)
  return { thing, kind: m[2]?.trim() || thing.split(/\s+/).at(-1)!, years };
}

/**
 * The verdict, given the thing's fact and the others of its relation: "Yes" where the one before it
 * began at least that many calendar years earlier (or there is none), "No" with it otherwise.
 */
export function firstInYearsVerdict(claim: FirstInYears, fact: Fact, others: readonly Fact[], render: (f: Fact) => string, today: number): { text: string; facts: Fact[] } {
  const start = possibleStart(fact.validity!);
  const before = others.filter((f) => f !== fact && f.validity && f.status === "final" && possibleEnd(f.validity, today) < start);
  const previous = before.reduce<Fact | undefined>((a, b) => (!a || possibleStart(b.validity!) > possibleStart(a.validity!) ? b : a), undefined);
  if (!previous) return { text: `${claim.years === null ? "The first of its kind" : "Yes: nothing of the kind before it"} in my fact table. ${render(fact)}`, facts: [fact] };
  const gap = yearOf(start) - yearOf(possibleStart(previous.validity!));
  const years = `${gap} year${gap === 1 ? "" : "s"}`;
  const verdict = claim.years === null ? `${years}: the one before was ${years} earlier.` : gap >= claim.years ? `Yes: the one before was ${years} earlier.` : `No: the one before was only ${years} earlier.`;
  return { text: `${verdict} ${render(previous)} ${render(fact)}`, facts: [previous, fact] };
}
