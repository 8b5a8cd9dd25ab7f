/**
 * Which operation a question asks of a relation's facts, and whether the relation can do it.
 * An operation word ("highest", "how long", "runner-up") the relation cannot honour makes the
 * reading incomplete: the answer is then "I don't know", never the nearest single fact.
 */
import type { Relation, Role } from "../facts/model.js";
import type { OperationKind } from "../facts/schema.js";
import type { QuestionParse } from "./question-parse.js";
import type { LengthClaim } from "./length-claim.js";

export type Operation =
  /** The fact(s) with the highest/lowest figure, longest/shortest span, or most/fewest occurrences; `nth` 2 is the runner-up. */
  | { kind: "rank"; by: "value" | "duration" | "count"; direction: "max" | "min"; role: Role | null; nth: number; withinEvent?: boolean }
  /** "the third summit": by an ordinal the facts state, else by order in time. */
  | { kind: "ordinal"; n: number; fromEnd?: boolean; own?: boolean }
  /** "how long did X serve": the length of each span. */
  /** toTheDay: "exactly how many days" — only from dates known to the day. */
  | { kind: "duration"; toTheDay?: boolean }
  /** Two times or two things side by side: which is higher, or which came first. */
  /** `pick`: "which … first (earlier), A or B?" — the one that came first (or last) is the answer. */
  | { kind: "compare"; role: Role | null; claim?: "greater" | "lesser"; byFigure?: true; pick?: "earlier" | "later"; /** Each side's n-th fact; -1 its latest begun. */ nth?: number }
  /** The gap between two figures, or the years between two dates; `own`: between the two facts of the one thing named ("Finland's two chairmanships"). */
  /** `picks`: which two of them, in time order, 1-based, -1 the latest ("Switzerland's first and third"). */
  /** `ordered`: the first named is said to come after (or before) the second ("did Mongolia join after Montenegro"). */
  | { kind: "difference"; role: Role | null; own?: true; picks?: readonly [number, number]; ordered?: true; /** "did the share drop …?": the way a yes/no says it went ("either": "rise or fall?"). */ trend?: "up" | "down" | "either" }
  /** "which countries chaired more than once". */
  | { kind: "repeated" }
  /** "when will …", "who chairs next": only facts that start after the reference date. */
  | { kind: "future" }
  /** "when did X step down": the end of each span. */
  | { kind: "end"; toTheDay?: true }
  /** "the exact day …": answered only where the table has the day. */
  /** grain: the precision a date must have to answer ("what day": day; "which month": month). */
  | { kind: "exact"; grain: "day" | "month" }
  /** "how many years since Kazakhstan chaired?", "how long ago …": from the latest fact to the reference date. */
  | { kind: "elapsed" }
  /** "was Kanerva CiO the whole year?": only facts covering all of the question's time. */
  | { kind: "throughout"; checked?: true }
  /** "did Schmid serve more than three years?": the length of the one named's span(s) checked against the length said. */
  | { kind: "length_claim"; claim: LengthClaim };

const numeric = (r: Role) => r.types.includes("number") || r.types.includes("percent");

/** The relation has facts over time spans (terms of office), not single dates. */
function hasSpans(relation: Relation): boolean {
  return relation.time !== "events";
}

/** The figure role an operation ranks or compares by: the one the question asks, else the only one. */
function figureRole(relation: Relation, asked: Role | null, text: string): Role | null {
  const figures = relation.roles.filter(numeric);
  // ("how many more seats … after the 2007 vote": the figure counted, though "vote" is a cue of the share.)
  const counted = figures.find((r) => new RegExp(`\\bhow\\s+many\\s+(?:more|fewer|less)\\s+(?:[\\p{L}-]+\\s+){0,2}?${r.name}\\b`, "iu").test(text));
  if (counted) return counted;
  if (asked && numeric(asked)) return asked;
  return figures.length === 1 ? figures[0]! : (figures.find((r) => r.types.includes("percent")) ?? null);
}

/** The question names the figure by one of its cues ("the most participating States"). */
function figureSaid(figure: Role, parse: QuestionParse): boolean {
  return figure.cues.some((c) => parse.concepts.has(c) || parse.concepts.has(`w:${c}`));
}

/**
 * undefined: the question asks no operation. null: it asks one this relation cannot do.
 * `things`: how many times or same-role entities the question names (two for compare/difference).
 */
/** A question that asks a length of time ("how many years …", "how long …"). */
/** "Years between …", "how far apart …": a length of time asked without "how many". */
const IN_UNITS = /\b(?:years?|yrs?|months?|how\s+far)\b/i;
const EARLIER = /\b(?:earlier|sooner|older)\b/i;
const RECENTLY = /\b(?:more|most)\s+recent(?:ly)?\b/i;
const LATER = /\b(?:later|more\s+recent(?:ly)?)\b/i;

const WENT_DOWN = /\b(?:drop|dropped|fall|fell|fallen|decrease|decreased|decline|declined|lose|lost|shrink|shrank|dip|dipped)\b/i;
const WENT_UP = /\b(?:rise|rose|risen|increase|increased|grow|grew|grown|gain|gained|climb|climbed)\b/i;

/** "Did Nur Otan's share drop between 2016 and 2021?", "… rise or fall …?": the way a yes/no question says a figure went, or asks it. */
function trendAsked(parse: QuestionParse): { trend: "up" | "down" | "either" } | Record<string, never> {
  if (!parse.yesNo && !parse.declarative) return {};
  const [down, up] = [WENT_DOWN.test(parse.cleaned), WENT_UP.test(parse.cleaned)];
  // ("did it rise or fall …?": which way it went is asked.)
  if (down && up) return { trend: "either" };
  return down === up ? {} : { trend: down ? "down" : "up" };
}

/** Which of two a question picks by time: "first"/"earlier" the earlier one, "last"/"later" the other. */
function whichOfTwo(parse: QuestionParse): "earlier" | "later" | undefined {
  // ("Did Finland chair before or after Greece for the first time?" asks the order of their first turns.)
  if (/\b(?:before\s+or\s+after|after\s+or\s+before)\b/i.test(parse.cleaned)) return undefined;
  const earlier = parse.concepts.has("first") || EARLIER.test(parse.cleaned);
  const later = parse.concepts.has("last") || LATER.test(parse.cleaned);
  // ("earlier or later than …" asks the order, not one of the two.)
  return earlier === later ? undefined : earlier ? "earlier" : "later";
}

const PICK_WORDS: Record<string, number> = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, fifth: 5, "5th": 5, last: -1, latest: -1, "most recent": -1, current: -1 };
const PICK_SAID = new RegExp(`\\b(?:${Object.keys(PICK_WORDS).join("|")})\\b`, "gi");

/** Two different picks said, in time order ("first and third", "the first … the latest"); else none. */
function twoPicks(text: string): readonly [number, number] | null {
  const said = [...new Set([...text.matchAll(PICK_SAID)].map((m) => PICK_WORDS[m[0].toLowerCase().replace(/\s+/g, " ")]!))];
  if (said.length !== 2) return null;
  const [a, b] = said as [number, number];
  return a === -1 || (b !== -1 && b < a) ? [b, a] : [a, b];
}

/** "… join after Montenegro?": the order word and a short name end the question (no event of its own after it). */
const ORDER_LAST = /\b(?:after|before)\s+(?:the\s+)?\S+(?:\s+\S+){0,2}\s*[?.!]*\s*$/i;
const ALL_OF_YEAR = /\ball\s+(?:of\s+)?(?:19|20)\d{2}\b/i;
/** "between which years was Zannier SG?": the two ends of one span asked, no time between two. */
const SPAN_ENDS_ASKED = /\bbetween\s+(?:which|what)\s+(?:years|dates)\b/i;
const BETWEEN = /\b(?:between|separated?|apart|gap)\b/i;
// ("between Germany's CSCE chair and its OSCE chair": "its" is the same one again.)
const BETWEEN_TWO = /\bbetween\b.*\b(?:and|&)\s+(?!(?:its|their|his|her)\b)/i;
const IN_TIME = /\bhow\s+(?:many\s+(?:years?|yrs?|months?|weeks?|days?)|long)\b/i;

/** A reading's operations but "list", and whether it asks a length of time: the same for every relation it is scored against. */
export interface OperationsAsked {
  ops: ReadonlySet<OperationKind>;
  inTime: boolean;
}

const GAP_BETWEEN = /\b(?:between|gaps?|wait(?:ed|ing)?|interval|apart|since\s+the\s+(?:previous|last|one\s+before))\b/i;

const STEP_ORDINAL = /\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:[\p{L}-]+\s+){0,4}?(?:after|before)\b/iu;
// (Not "the last three chairs before …": a list of them, not the third.)
const STEP_COUNT = /(?<!\b(?:last|first|previous|next|the|those|these|past)\s+)\b(two|three|four|five|2|3|4|5)\s+(?:chairmanships|chairs|turns|holders|summits|councils|ministerial\s+councils)\s+(?:after|before)\b/i;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
// ("the SG before Sinirlioglu's predecessor", "the predecessor of Schmid's predecessor": two steps.)
const ONE_MORE_STEP = /\bbefore\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+'s\s+predecessor\b|\bafter\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+'s\s+successor\b|\bpredecessor\s+of\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+'s\s+predecessor\b|\bsuccessor\s+of\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+'s\s+successor\b/iu;

/** "the second CiO after Passy" (2), "three chairmanships after Passy" (3), "before Schmid's predecessor" (2): how many steps the order takes; null for one. */
export function orderStep(parse: QuestionParse): number | null {
  if (!parse.order) return null;
  if (parse.ordinal !== null && parse.ordinal > 1 && STEP_ORDINAL.test(parse.cleaned)) return parse.ordinal;
  const counted = STEP_COUNT.exec(parse.cleaned)?.[1]?.toLowerCase();
  if (counted) return COUNT_WORDS[counted] ?? Number(counted);
  return ONE_MORE_STEP.test(parse.cleaned) ? 2 : null;
}

export function operationsAsked(parse: QuestionParse): OperationsAsked {
  // "list every …" is a way of asking (all values), not an operation over them.
  return { ops: new Set([...parse.operations].filter((o) => o !== "list")), inTime: IN_TIME.test(parse.cleaned) };
}

/** "term", "tenure", "stint", "mandate": a time in office. */
const TERM_SAID = /\b(?:terms?|tenures?|stints?|mandates?)\b/i;

export function chooseOperation(parse: QuestionParse, { ops, inTime }: OperationsAsked, relation: Relation, asked: Role | null, things: number, lasting = true): Operation | null | undefined {
  // The table dates things to the day at best: the hour something happened is never in it.
  if (ops.has("time_of_day")) return null;
  // A length claimed is checked of one thing's span(s) or not at all: "which SG served more than five
  // years?" filters by a length no reading here computes (and two things compared are refused by the check).
  // ("Kubis was SG for 6 years (1999-2005)": the years said restate the span.)
  if (parse.lengthClaimed) return parse.yesNo || parse.declarative ? { kind: "length_claim", claim: parse.lengthClaimed } : null;
  const figure = figureRole(relation, asked, parse.cleaned);
  const nth = parse.ordinal ?? 1;
  if (ops.has("runner_up")) return figure ? { kind: "rank", by: "value", direction: "max", role: figure, nth: 2, withinEvent: true } : null;
  // "How many years between the Istanbul and Astana summits?", "how many years separated …": a difference
  // in time, never of the figures the facts hold.
  // ("How many years did Mongolia join after Montenegro?": so is a length of time from one to the other.)
  // ("How long did the Akmola name last before it became Astana?" asks a length, not the time between two.)
  const ordered = parse.order !== null && ORDER_LAST.test(parse.cleaned) && !(ops.has("duration") && !ops.has("difference") && /\bhow\s+long\b/i.test(parse.cleaned));
  // ("how many years after Nazarbayev stepped down did Tokayev win": an end said of one of the two is
  // no start of its facts — the time between two starts would be wrong.)
  if (inTime && things === 2 && ops.has("end")) return null;
  if (inTime && things === 2 && (ops.has("difference") || BETWEEN.test(parse.cleaned) || ordered)) return { kind: "difference", role: null, ...(ordered ? { ordered: true as const } : {}) };
  // "How many years between Finland's two chairmanships?", "… separate Austria's chairmanships": the
  // two are the named one's own; "between Switzerland's first and third" says which two.
  if (things < 2 && (inTime || ops.has("difference") || IN_UNITS.test(parse.cleaned)) && BETWEEN.test(parse.cleaned) && !SPAN_ENDS_ASKED.test(parse.cleaned)) {
    const picks = twoPicks(parse.cleaned);
    if (picks) return { kind: "difference", role: null, own: true, picks };
    // ("between X's chairmanship and its hosting of …" names a second thing: not the two of one kind.)
    if (parse.statedCount === 2 || (parse.statedCount === null && parse.ordinal === null && !BETWEEN_TWO.test(parse.cleaned))) return { kind: "difference", role: null, own: true };
  }
  if (ops.has("difference")) return things === 2 ? { kind: "difference", role: figure, ...trendAsked(parse) } : null;
  if (ops.has("elapsed")) return things <= 1 ? { kind: "elapsed" } : null;
  if (ops.has("throughout")) return things === 1 && hasSpans(relation) ? { kind: "throughout", ...(namesTheHolder(parse, relation) ? { checked: true as const } : {}) } : null;
  // ("kurz was CiO all of 2017, yes?": "all of" a year is the whole of it — not "all of the SGs".)
  if (ALL_OF_YEAR.test(parse.cleaned) && things === 1 && hasSpans(relation) && (parse.yesNo || parse.declarative)) return { kind: "throughout" };
  const direction = ops.has("greater") ? "greater" : ops.has("lesser") ? "lesser" : undefined;
  // "higher in 2006 than in 2011?" claims something of the first; "higher in 2001 or 2006?" asks which.
  const claim = parse.alternative ? undefined : direction;
  // "higher", "more" compare figures: with no figure to compare, never fall back on which came first.
  if (direction && things === 2 && !figure) return null;
  // "Which happened first: A or B?", "who was SG earlier, A or B?" ask which one; "which came last" the other.
  // ("Did Switzerland or Austria chair first?" is the same choice, asked as a yes/no.)
  const ofTwo = things === 2 && parse.alternative ? whichOfTwo(parse) : undefined;
  const pick = parse.times.length === 0 ? ofTwo : undefined;
  // ("Italy's second chairmanship or Austria's second": each one's own n-th.)
  // ("which chaired more recently, Austria or Italy?": each one's latest turn, not its first.)
  const ownNth = parse.ordinal !== null && parse.ordinal > 1 && parse.ownOrdinal ? { nth: parse.ordinal } : pick === "later" && RECENTLY.test(parse.cleaned) ? { nth: -1 } : {};
  if (ops.has("compare") || ofTwo || (direction && things === 2)) return things === 2 ? { kind: "compare", role: figure, ...(claim ? { claim } : {}), ...(direction ? { byFigure: true as const } : {}), ...(pick && !direction ? { pick } : {}), ...ownNth } : null;
  // ("the longest wait between two of its chairmanships", "the longest gap since the previous one": a
  // time between facts, which no one fact's length is.)
  if ((ops.has("longest") || ops.has("shortest")) && GAP_BETWEEN.test(parse.cleaned)) return null;
  if (ops.has("longest") || ops.has("shortest")) return hasSpans(relation) ? { kind: "rank", by: "duration", direction: ops.has("longest") ? "max" : "min", role: null, nth: 1 } : null;
  if (ops.has("max") || ops.has("min")) {
    const direction = ops.has("max") ? "max" : "min";
    // Without a figure, "the most" counts how often each main value occurs; it ranks nothing else
    // ("the highest-numbered Council" asks a text label, not the city that hosted most often).
    const countsMain = !asked || asked === relation.mainRole;
    // ("the best OSCE chairmanship ever": with no figure to rank, "best" judges; only "the most" counts.)
    // ("the best city to host a summit": "best" judges a result — a share of the vote — never a headcount.)
    if (!figure?.types.includes("percent") && JUDGING_RANK.test(parse.cleaned) && !COUNTING_RANK.test(parse.cleaned)) return null;
    // ("the largest number of participating States": with no figure of its own, only "most", "least", "often" count how often.)
    // ("which city hosted the most summits": a place asked with "most" counts how often it hosted, unless the figure is named.)
    const placeCounted = !!asked && asked.types.some((t) => t === "city" || t === "country") && COUNTING_RANK.test(parse.cleaned) && !!figure && !figureSaid(figure, parse);
    // ("which decade saw the most summits?": a time asked with "most" counts the facts of each period, unless a figure is named.)
    const anyFigureSaid = relation.roles.some((r) => r.types.some((t) => t === "number" || t === "percent") && (figureSaid(r, parse) || r.cues.some((c) => parse.cleaned.toLowerCase().includes(c.replace(/_/g, " ")))));
    const periodCounted = parse.ask === "time" && COUNTING_RANK.test(parse.cleaned) && !anyFigureSaid;
    if ((placeCounted || periodCounted) && nth === 1) return { kind: "rank", by: "count", direction, role: null, nth };
    // ("the highest-numbered summit": a label asked, with no figure named, ranks no figure — never the States that signed.)
    const labelAsked = !!asked && asked !== figure && asked.literal && !asked.types.some((t) => t === "number" || t === "percent");
    if (labelAsked && figure && !figureSaid(figure, parse)) return null;
    return figure ? { kind: "rank", by: "value", direction, role: figure, nth } : nth === 1 && countsMain && COUNTING_RANK.test(parse.cleaned) ? { kind: "rank", by: "count", direction, role: null, nth } : null;
  }
  // "Will Kazakhstan chair a second time?" asks what is still to come, not which time was the second.
  // ("When will Kazakhstan chair a second time?" too: its own n-th, still to come.)
  if (ops.has("future") && (parse.yesNo || parse.ownOrdinal) && parse.times.length === 0) return { kind: "future" };
  // "a second term": terms of office are not facts (one span may hold two), so nothing counts them.
  if (parse.termOrdinal) return null;
  // ("the first country to chair a second time": an n-th time of each, and the first of those — two
  // picks no one operation here makes.)
  if (parse.ordinal !== null && parse.ordinal > 1 && parse.concepts.has("first") && /\b(?:a|an|its|their|his|her)\s+\S+\s+time\b/i.test(parse.cleaned)) return null;
  // ("which country most recently chaired for the first time": the latest of the first turns — two picks too.)
  if (/\bfor\s+the\s+first\s+time\b/i.test(parse.cleaned) && /\b(?:most\s+recent(?:ly)?|latest|last|newest)\b/i.test(parse.cleaned)) return null;
  // "the second-to-last summit": the n-th counted from the end.
  if (parse.ordinal !== null && parse.concepts.has("last")) return { kind: "ordinal", n: parse.ordinal, fromEnd: true };
  // ("how many days" asks a length to the day: a count carrying the exact operation. "How many years
  // between X and Y" asks a difference, never the length of one term.)
  // (An event has a length too where it is dated from one day to another: "how long did the Astana summit last?")
  // (Events of one day each have no length: "how long did the name Nur-Sultan last?" is no renaming's.)
  // ("How many years after 2008 did Finland chair again?": the time from a year said to a later turn, which
  // no one fact's length is.)
  if ((ops.has("duration") || parse.askType === "time") && /\bagain\b/i.test(parse.cleaned) && parse.times.some((t) => t.mode === "after" || t.mode === "before")) return null;
  // ("How long was the SG's term when the post was created?": a term is a holder's time in office; an
  // event's own length — the Council's two days — is none.)
  if (ops.has("duration") && TERM_SAID.test(parse.cleaned) && relation.time === "events") return null;
  if (ops.has("duration") || (parse.ask === "count" && (parse.askType === "time" || ops.has("exact")))) return !/\bbetween\b/i.test(parse.cleaned) && (lasting || !ops.has("duration")) ? { kind: "duration", ...(ops.has("exact") ? { toTheDay: true } : {}) } : null;
  if (ops.has("more_than_once")) return relation.mainRole.literal ? null : { kind: "repeated" };
  // ("who became president after Nazarbayev stepped down" asks the one after him, not when he left.)
  // ("which country chaired when Nazarbayev resigned?" asks a country: an end, a time, is not the answer.)
  const asksNoTime = parse.ask !== "time" && parse.askType !== "time";
  // ("when will Tokayev step down?": an end still to come, which no ended fact answers.)
  if (ops.has("end") && ops.has("future") && WILL.test(parse.cleaned)) return { kind: "future" };
  // ("… when 2010 ended?": the end of a time said, not of what the facts hold.)
  if (ops.has("end") && TIME_ENDED.test(parse.cleaned)) return null;
  // ("On what exact date did Höynck's term end?" still asks a time: the noun says so.)
  // ("which SG left in September 2024?" asks the one whose term ended in the time said: an end, filtered.)
  const endAt = parse.times.some((t) => !t.relative) && parse.entities.every((m) => relation.context.includes(m.entity.id));
  if (ops.has("end") && (parse.askType !== null || parse.ask === "which") && asksNoTime && !parse.order && !parse.yesNo && !TIME_NOUN.test(parse.cleaned) && !endAt) return null;
  if (ops.has("end") && !(parse.order && asksNoTime)) return hasSpans(relation) ? { kind: "end", ...(ops.has("exact") ? { toTheDay: true } : {}) } : null;
  // ("the second CiO after Passy": an n-th counted from a named one is a step of the order, not the n-th of all.)
  if (parse.ordinal !== null && parse.order && !parse.ownOrdinal && orderStep(parse) !== null) return undefined;
  // ("who chaired before Switzerland's second chairmanship?": the one before one's own n-th turn is an
  // order from a pick, which no reading does — never the n-th turn itself.)
  if (parse.ordinal !== null && parse.order && parse.ownOrdinal && !parse.yesNo) return null;
  if (parse.ordinal !== null) return { kind: "ordinal", n: parse.ordinal, ...(parse.ownOrdinal ? { own: true } : {}) };
  // ("which country will chair right after Finland?": the neighbour still to come — see order().)
  // ("which future chair was agreed at Milan?": a kind of fact that is of the future by its own words,
  // asked in the past, asks what was future then — every one of them.)
  const futureOfItsOwn = parse.tense === "past" && !WILL.test(parse.cleaned) && relation.words.includes("future");
  if (ops.has("future") && !futureOfItsOwn && !(parse.order && !parse.yesNo && relation.time === "exclusive" && WILL.test(parse.cleaned))) return { kind: "future" };
  if (ops.has("exact")) return { kind: "exact", grain: "day" };
  if (ops.has("exact_month")) return { kind: "exact", grain: "month" };
  return undefined;
}

/** The future said outright ("planned", "next" are not always of it). */
export const WILL = /\b(?:will|going\s+to|upcoming)\b/i;
const TIME_NOUN = /\b(?:date|day|year|month)\b/i;

const JUDGING_RANK = /\b(?:best|worst|greatest|strongest|weakest|poorest|finest)\b/i;
const COUNTING_RANK = /\b(?:most|least|fewest)\b|\boften\b|\btimes\b/i;

/** An end said of a time itself ("when 2010 ended", "as the year ended"). */
const TIME_ENDED = /\b(?:\d{4}|year|month)\s+(?:ended|ends|end|was over)\b/i;

/** "2003 CiO — de hoop scheffer the whole yr?": no question word, and a name of the holder — checked like "was he …?". */
function namesTheHolder(parse: QuestionParse, relation: Relation): boolean {
  return parse.ask === null && !parse.yesNo && parse.entities.some((e) => relation.mainRole.types.includes(e.entity.type));
}
