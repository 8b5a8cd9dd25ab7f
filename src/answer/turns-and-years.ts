/**
 * Questions about turns and years: which time a thing was, holders year by year, the first in some
 * years, how long and when.
 */
import { finish } from "../compose/compose-answer.js";
import { joinList, renderFact, roleText } from "../compose/render-fact.js";
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { firstInYearsClaimed, firstInYearsVerdict } from "../query/first-in-years.js";
import { holdersPerYearAsked, yearsWithHolders } from "../query/holders-per-year.js";
import { consecutiveGap, consecutiveGapAsked } from "../query/consecutive-gap.js";
import { previousOf, sincePreviousAsked } from "../query/since-previous.js";
import { apart } from "../query/run-operation.js";
import { howLongWhen } from "../query/how-long-when.js";
import { onlyDatedFact } from "../query/two-events.js";
import { dayNumber, dayOfDate, formatDay, yearOf } from "../time/days.js";
import type { TimeQuery } from "../time/parse-time.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import type { Desk } from "./desk.js";

/** "first or second", "first, second or third": a choice of which time, asked of one named thing. */
const NTH_CHOICE = /\b(?:its|their|his|her|the)?\s*\b(first|second|third|fourth|fifth)(?:\s+(?:one|time|chairmanship))?\s*(?:,\s*(?:second|third|fourth|fifth)\s*)*(?:,?\s*or)\s+(?:its\s+|the\s+)?(second|third|fourth|fifth|sixth)\b(?:\s+(?:one|time|chairmanship))?/i;

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth"];
const ORDINAL_FIGURE = /\b(?:1st|2nd|3rd|[4-6]th)\b/gi;

const NOT_AN_NTH_CLAIM = /\b(?:between|years?|how\s+(?:many|long|much)|gap|apart|since|after|before)\b/i;

/** "… its first?", "first time chairing?": one place claimed, asked of one named thing at a time. */
const NTH_CLAIM = /\b(?:its|their|his|her)\s+(first|second|third|fourth)\b(?:\s+(?:one|time|chairmanship|chair))?|\b(?:the\s+)?(first|second|third|fourth)\s+time\b(?!\s+(?:in|since)\b)/i;

/** "chairing for which time now?", "for the how-manyth time?": which time asked outright, of one named thing. */
const NTH_ASKED = /\bfor\s+(?:the\s+)?(?:which|what|how[\s-]*man(?:y|ie|ye)?th)\s+time\b|\bthe\s+how[\s-]*man(?:y|ie|ye)?th\s+time\b/i;

/** The days a question's time covers ("between 2000 and 2010", "since 2000"), or all the facts' own. */
function askedSpan(times: readonly TimeQuery[], facts: readonly Fact[], today: number): [number, number] | null {
  const first = Math.min(...facts.map((f) => possibleStart(f.validity!)));
  if (times.length === 0) return [first, today];
  if (times.length > 1) return null;
  const t = times[0]!;
  if (t.mode === "since" || t.mode === "after") return [t.mode === "after" ? t.end + 1 : t.start, today];
  if (t.mode === "before" || t.mode === "until") return [first, t.mode === "before" ? t.start - 1 : t.end];
  return [t.start, t.end];
}

/** answerWhichTime, answerHoldersPerYear, answerFirstInYears, answerHowLongWhen, answerConsecutiveGap. */
export function turnsAndYearsSteps(desk: Desk) {
  const { table, index, factById, readings, unknown } = desk;
  /**
   * "Was Austria's 2017 chairmanship its first or second?", "which time was Switzerland's 2026
   * chairmanship — first, second or third?": the named one's facts in order, and where the time said
   * falls among them. "Austria's 2017 chair was its first?", "finland 2025 - first time chairing?"
   * claim one place: "Yes" or "No", with the place it has. "Switzerland chairing for which time now?" asks it. (Read whole, the ordinals were taken for
   * picks of their own, or not read at all.)
   */
  function answerWhichTime(message: string, now: Date): Answer | null {
    // ("for the 1st or 2nd time": ordinals in figures are the same words.)
    const text = message.replace(ORDINAL_FIGURE, (f: string) => ORDINAL_WORDS[Number(f[0]) - 1]!);
    const choice = NTH_CHOICE.exec(text);
    // ("Years between Switzerland's 2014 chair and its third chairmanship?" asks a difference: "its third" is no claim.)
    const claim = choice || NOT_AN_NTH_CLAIM.test(text) ? null : NTH_CLAIM.exec(text);
    const asked = choice || claim ? null : NTH_ASKED.exec(text);
    const m = choice ?? claim ?? asked;
    if (!m || (claim && !/\?\s*$/.test(text))) return null;
    const parse = readings.read(`${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`, now);
    // (Of a choice, the OSCE named beside the one asked of — "chairing the osce for the 1st or 2nd time" — is the context, not a second name.)
    const named = choice ? parse.entities.filter((e) => e.entity.type !== "organization") : parse.entities;
    // (Asked outright, "now" is the time too: "chairing for which time now?")
    if (named.length !== 1 || parse.times.length !== 1 || (parse.times[0]!.relative && !asked)) return null;
    // (Every turn is counted: a figure said — "won 81.31% in 2022, his second win?" — is of the one claimed.)
    const all = desk.answerParsed({ ...parse, yesNo: false, declarative: false, ask: "time", operations: new Set(), times: [], numbers: [] }, now);
    if (all.status !== "answered" || !all.intent) return null;
    const turns = all.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f?.validity && f.relation.id === all.intent!.relation);
    const starts = [...new Set(turns.map((f) => possibleStart(f.validity!)))].sort((a, b) => a - b);
    const t = parse.times[0]!;
    const at = starts.findIndex((s, i) => s <= t.end && (starts[i + 1] ?? Infinity) > t.start && s >= t.start - 366);
    const word = ORDINAL_WORDS[at];
    if (!word) return null;
    if (!claim) return { ...all, text: `The ${word}. ${all.text}` };
    // (…but the one claimed must have it: "won 85% in 2022, his second?" is not confirmed by the 81.31% of 2022.)
    const claimed = turns.filter((f) => possibleStart(f.validity!) === starts[at]).map((f) => renderFact(f)).join(" ");
    if (!parse.numbers.every((n) => claimed.includes(n))) return null;
    const said = (claim[1] ?? claim[2])!.toLowerCase();
    return { ...all, text: `${said === word ? "Yes" : "No"}: the ${word}. ${all.text}` };
  }

  /** "which years had two CiOs?" (query/holders-per-year.ts): a post's years of a handover, said with their holders. */
  function answerHoldersPerYear(text: string, now: Date): Answer | null {
    const asked = holdersPerYearAsked(text);
    if (!asked) return null;
    // The post, read as a question of its own: one holder at a time, and the holder a person.
    const post = table.relations.get(desk.answerClause(`who was the ${asked.post}`, now).intent?.relation ?? "");
    if (!post || post.time !== "exclusive" || !post.mainRole.types.includes("person")) return null;
    const today = dayOfDate(now);
    const rest = readings.read(asked.rest, now);
    const named = rest.entities.filter((e) => e.entity.type !== "organization").map((e) => e.entity.id);
    const facts = index.facts(post.id).filter((f) => f.validity && f.status === "final" && (named.length === 0 || named.some((id) => [...f.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && v.entity.id === id)))));
    const span = askedSpan(rest.times.filter((t) => !t.relative), facts, today);
    if (!span || facts.length === 0) return null;
    // (A term is the holder's other roles: the chairing country of a CiO.)
    const termOf = (f: Fact) => (asked.withinTerm ? post.roles.filter((r) => r !== post.mainRole).map((r) => roleText(f, r.name) ?? "").join("|") : "");
    const years = yearsWithHolders(facts, (f) => roleText(f, post.mainRole.name), asked, span[0], span[1], today, termOf);
    const chosen = asked.pick === "last" ? years.slice(-1) : asked.pick === "first" ? years.slice(0, 1) : years;
    const said = chosen.map((y) => `${y.year} (${joinList(y.holders)})`);
    const within = `${yearOf(span[0])}–${yearOf(span[1])}`;
    const what = asked.withinTerm ? `a change of ${post.name} within one term` : `${asked.atLeast ? "more than one" : (["", "one", "two", "three", "four"][asked.count] ?? String(asked.count))} ${post.name}`;
    const head = asked.counts ? `${years.length} ${years.length === 1 ? "year" : "years"}` : asked.pick ? `The ${asked.pick === "last" ? "most recent" : "first"} year with ${what}` : `Years with ${what}`;
    const sentence = chosen.length === 0 ? `None: no year ${within} had ${what} in my fact table.` : `${head}, ${within}: ${joinList(said)}.`;
    const used = facts.filter((f) => chosen.some((y) => possibleStart(f.validity!) <= dayNumber(y.year, 12, 31) && possibleEnd(f.validity!, today) >= dayNumber(y.year)));
    return finish("answered", sentence, null, used, []);
  }

  /** "the Astana summit was the first OSCE summit in eleven years" (query/first-in-years.ts). */
  function answerFirstInYears(text: string, now: Date): Answer | null {
    const claim = firstInYearsClaimed(text);
    if (!claim) return null;
    // ("astana was the first summit in …": a place names the thing only with its kind.)
    // (The kind said must be the thing's own: "the Astana summit was the first ministerial in years" is not.)
    const ofItsKind = (f: Fact | undefined) => !!f?.validity && onlyDatedFact(desk.answerClause(`when was the ${claim.kind} in ${yearOf(possibleStart(f.validity))}`, now), factById)?.relation === f.relation;
    // ("istanbul was the first summit in …": a place names the thing only with its kind.)
    const fact = [`when was the ${claim.thing}`, `when was the ${claim.thing} ${claim.kind}`].map((q) => onlyDatedFact(desk.answerClause(q, now), factById)).find(ofItsKind);
    // (Years asked and no one thing found: never the thing's own length — "about 2 days".)
    if (!fact) return claim.years === null ? unknown(`I don't know: I could not tell which ${claim.kind} "${claim.thing}" is, to count the years before it.`) : null;
    const today = dayOfDate(now);
    const verdict = firstInYearsVerdict(claim, fact, index.facts(fact.relation.id), (f) => renderFact(f), today);
    return finish("answered", verdict.text, null, verdict.facts, []);
  }

  /** "How long had Kazakhstan been a participating State when it took the chair?" (query/how-long-when.ts). */
  function answerHowLongWhen(text: string, now: Date): Answer | null {
    const found = howLongWhen(text, { read: (t) => readings.read(t, now), datedFact: (q) => onlyDatedFact(desk.answerClause(q, now), factById) });
    if (!found) return null;
    const answer = desk.answerClause(found.main, new Date(found.day * 86_400_000 + 43_200_000));
    if (answer.status !== "answered" || !/\babout\b|\byears?\b|\bmonths?\b|\bdays?\b/.test(answer.text)) return null;
    const facts = [...answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f), found.event];
    return finish("answered", `As of ${formatDay(found.day)}, when ${found.clause}: ${answer.text}`, answer.intent, facts, []);
  }
  /**
   * "How long had the OSCE gone without a summit before Astana?" (query/since-previous.ts): the event
   * named, dated by its own "when" question, and the one of its kind before it, with the time between.
   */
  function answerSincePrevious(text: string, now: Date): Answer | null {
    const asked = sincePreviousAsked(text);
    if (!asked) return null;
    const event = onlyDatedFact(desk.answerClause(`when was the ${asked.kind} ${asked.target}`, now), factById);
    if (!event || event.relation.time !== "events") return null;
    const previous = previousOf(event, index.facts(event.relation.id).filter((f) => f.validity && f.status === "final"));
    return previous && finish("answered", `${apart(previous, event)}: ${renderFact(previous)} ${renderFact(event)}`, null, [previous, event], []);
  }

  /** "the longest gap between two consecutive summits" (query/consecutive-gap.ts): the two, with the time between. */
  function answerConsecutiveGap(text: string, now: Date): Answer | null {
    const asked = consecutiveGapAsked(text);
    if (!asked) return null;
    // The kind of event, read as a question of its own: dated happenings.
    const relation = table.relations.get(desk.answerClause(`when were the ${asked.kind}`, now).intent?.relation ?? "");
    if (!relation || relation.time !== "events") return null;
    const today = dayOfDate(now);
    const facts = index.facts(relation.id).filter((f) => f.validity && f.status === "final");
    const span = askedSpan(readings.read(asked.rest, now).times.filter((t) => !t.relative), facts, today);
    if (!span || facts.length < 2) return null;
    const pair = consecutiveGap(facts, asked.longest, span[0], span[1]);
    if (!pair) return unknown(`I don't know: I found no one pair of consecutive ${relation.name} ${asked.longest ? "furthest apart" : "closest together"}.`);
    const said = `The ${asked.longest ? "longest" : "shortest"} gap between consecutive ${relation.name}, ${yearOf(span[0])}–${yearOf(span[1])}: ${apart(pair[0], pair[1])}. ${renderFact(pair[0])} ${renderFact(pair[1])}`;
    return finish("answered", said, null, pair, []);
  }
  return { answerWhichTime, answerHoldersPerYear, answerFirstInYears, answerHowLongWhen, answerConsecutiveGap, answerSincePrevious };
}
