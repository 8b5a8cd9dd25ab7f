/**
 * A read question answered: the relations it can mean scored, the readings tried in order, the one
 * answer chosen or "I don't know".
 */
import { composeOutcome, finish, scopeLabel } from "../compose/compose-answer.js";
import type { Entity } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { endedInTime, saidEnding } from "../query/ending-said.js";
import { type Outcome, execute, inScope } from "../query/execute.js";
import { nationalityCheck, nationalityReadings } from "../query/nationality.js";
import { offeredAnswerHolds } from "../query/offered-answer.js";
import { unknownCountedNoun } from "../understand/counted-noun.js";
import { type Candidate, type QueryPlan, matchRelations } from "../understand/match.js";
import type { QuestionParse } from "../understand/question-parse.js";
import { possessedPeople } from "../understand/possessed.js";
import { factTextStems } from "../understand/relation-profile.js";
import type { Desk } from "./desk.js";
import { absenceOnly, notYetKnown } from "./premise.js";
import { sameDerived, sameValues, sameVerdict, sameWhen, sameNeighbours } from "./readings-agree.js";
import { dayOfDate } from "../time/days.js";
import { givenUpSince } from "../query/given-up-since.js";
import type { FactIndex } from "../query/fact-index.js";
import { renderFact } from "../compose/render-fact.js";
import { citedFirst } from "./cited-first.js";

/** "what did X say", "what has X said about …": the words someone said, asked. */
const SAYING_ASKED = /^\W*what\s+(?:did|does|do|has|have|had|will|would)\s+(?:\S+\s+){1,6}?(?:say|said|tell|told|state|declare|announce)\b/i;

/** "name the 11 partners", "names of the 16 killed": names asked for, at the head of the message. */
const NAMES_ASKED = /^\W*(?:name|names\s+of)\s/i;

/** A reading that would answer names asked for with a figure ("11", "16 people were killed"): no answer. */
function figureForNames(parse: QuestionParse, c: Candidate): boolean {
  const asked = c.plan?.asked;
  return !!asked && NAMES_ASKED.test(parse.cleaned) && asked.types.every((t) => t === "number");
}

/** Candidates this close to the best are tried in order until one has an answer. */
const TIE_MARGIN = 0.08;

/** "copy says …", "my notes say …": the reporter's source saying what is checked, never a statement asked about. */
const REPORTED = /\b(?:copy|wire|desk|notes?|piece|draft|story|editor|colleague|intern|timeline|source|article|release)\s+(?:says|said|say|reads|claims)\b/i;

/** A clause after the question that dates it ("… when Nazarbayev stepped down"). */
const DATING_CLAUSE = /^.{3,}?\s(?:when|while|during)\s+\S{3,}/i;

/** "has … been held", "have … hosted": a present perfect, of all time up to now. */
/** "was called", "was it named", "was known as": a name held for a time, not the act of naming. */
/** "from which year to which year", "from when to when": a span asked in so many words. */
const SPAN_ASKED = /\bfrom\s+(?:which|what)\s+(?:year|date|day|month)\s+(?:to|until|till)\s+(?:which|what)\b|\bfrom\s+when\s+(?:to|until|till)\s+when\b/i;
const NAME_HELD = /\b(?:was|were)\s+(?:\S+\s+){0,3}?(?:called|named|known\s+as)\b/i;
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:[\w'-]+\s+){0,4}?(?:been|ever|[a-z]{2,}ed|taken|held|seen|given|chosen)\b/i;

/** "which year", "what yr", "the year of": a year asked, at which two readings dated the same year agree. */
const YEAR_ASKED = /\b(?:which|what)\s+(?:year|yr)\b|\byear\s+was\s+(?:it|which|that)|\bwhich\s+one\b.*\byear\b|\byear\b.*\bwhich\s+one\b/i;

/**
 * What was understood and what was not, from the reading that explained most of the question: a
 * word it did not know, an operation it cannot do, or a name it has nothing on.
 */
function whyUnknown(candidates: Candidate[]): string {
  const best = candidates.filter((c) => c.cued).sort((a, b) => b.strength - a.strength)[0];
  const about = best && `I understood a question about ${best.profile.relation.name}`;
  if (best?.unexplainedWords?.length) return `I don't know: ${about}, but not ${best.unexplainedWords.slice(0, 3).map((w) => `"${w}"`).join(", ")}.`;
  if (best?.unsupported) return `I don't know: ${about}, but my facts cannot answer that (${best.unsupported.replace(/_/g, " ")}).`;
  const stranger = candidates.find((c) => c.stranger && c.cued)?.stranger;
  if (stranger) return `I don't know: my fact table has nothing on ${stranger.name} for that kind of question.`;
  return "I don't know: that isn't in my fact table.";
}

const DEAD_HEAT = 0.02;

function isDeadHeat(a: Candidate, b: Candidate): boolean {
  return Math.abs(a.confidence - b.confidence) < DEAD_HEAT && Math.abs(a.strength - b.strength) < DEAD_HEAT && Math.abs(a.patternSimilarity - b.patternSimilarity) < DEAD_HEAT;
}

/** An answer's first sentence; with the fact after it where that is a bare "Yes." or "No.". */
function firstStatement(text: string): string {
  const [first, next] = text.split(/(?<=\.) /);
  return /^(?:Yes|No)\.$/.test(first!) && next ? `${first} ${next}` : first!;
}

/**
 * "who was Kairat Abusaitov's deputy?": a who-question about someone a named person owns, read as a
 * question about the owner (what he was); the owner, the one person it names, is never its answer.
 * (An order or an operation asks of someone else already: "Zannier's successor", "his opponent".)
 */
function askedOfOwner(parse: QuestionParse, plan: QueryPlan): { person: Entity; owned: string } | undefined {
  if (parse.ask !== "agent" || parse.yesNo || parse.order || parse.operations.size > 0 || plan.asked?.types.includes("person")) return undefined;
  const bound = [...plan.bindings.values()].flat();
  return possessedPeople(parse.cleaned, parse.entities.map((e) => e.entity)).find((p) => bound.some((b) => b.id === p.person.id));
}

/**
 * "Was FR Yugoslavia admitted on 10 September 2000?": two equally good readings both say "No"; the
 * one whose facts know the name (admitted on 10 November 2000) says what holds instead, the other
 * only that it has no record. A bare "No" never hides the correction.
 */
function withWhatHolds(found: Array<{ c: Candidate; o: Outcome }>, tried: Array<{ c: Candidate; o: Outcome }>): { c: Candidate; o: Outcome } | undefined {
  const bareNo = (o: Outcome) => o.kind === "check" && !o.yes && o.atTime.length + o.otherTimes.length + o.related.length === 0;
  const first = found[0];
  if (!first || !bareNo(first.o)) return undefined;
  return tried.find(({ c, o }) => c.confidence === first.c.confidence && o.kind === "check" && !o.yes && o.otherTimes.length > 0);
}

/**
 * "Where is ODIHR?" asks where it is now, not where it was created: asked in the present with no word
 * naming either, a reading of what holds beats one of a past event. So does a yes/no in the present
 * with no time said, whatever its words.
 */
function presentOverEvents(parse: QuestionParse, ties: Candidate[]): Candidate[] {
  // ("Is the capital (still) called Nur-Sultan?": whether it is now, not whether it ever was renamed so.)
  // ("Has the capital been renamed more than once?" counts events: an operation is no check of now.)
  const checkedNow = parse.yesNo && parse.times.length === 0 && parse.operations.size === 0;
  if (parse.tense !== "present" || !(checkedNow || (parse.ask === "place" && !ties.some((c) => c.cued)))) return ties;
  const holding = ties.filter((c) => c.profile.relation.time !== "events");
  return holding.length ? holding : ties;
}

/**
 * "Elina Valtonen - which country?": a country asked of a person alone is the person's own (a role
 * marked `nationality`), not the country of a meeting the person chaired.
 */
function askedNationality(parse: QuestionParse, ties: Candidate[], others: Candidate[], index: FactIndex): Candidate[] {
  if (parse.askType !== "country" || parse.entities.length !== 1 || parse.entities[0]!.entity.type !== "person") return ties;
  const person = parse.entities[0]!.entity;
  const hasHim = (c: Candidate) => [...(c.plan?.bindings ?? [])].some(([role, es]) => es.some((e) => e.id === person.id) && index.has(c.profile.relation.id, role, person.id));
  const own = ties.filter((c) => c.plan?.asked?.nationality);
  // ("which country vetoed Plassnik for SG?": a reading that explains more of the question — the veto — asks
  // the country that acted, never the person's own.)
  const strongest = Math.max(...ties.map((c) => c.strength));
  if (!own.some((c) => c.strength === strongest)) return ties;
  // ("which country is Abdrakhmanov from?": where no word names a kind of fact, the kinds that say his own
  // country and have him — he was HCNM, never CiO — even where the words fit another kind as well.)
  const withHim = ties.some((c) => c.cued) ? [] : others.filter((c) => c.plan?.asked?.nationality && hasHim(c));
  return withHim.length ? withHim : own;
}

function isTooMany(o: Outcome): boolean {
  return o.kind === "none" && o.reason === "too_many";
}

/**
 * "the capital was named Nur-Sultan until 2023": a check of how long something held is one of a
 * state; an event (the renaming, which came before 2023) neither confirms nor refutes its end. The
 * readings of states come first.
 */
function untilOfStates<T extends { c: Candidate }>(parse: QuestionParse, found: T[]): T[] {
  if (!(parse.yesNo || parse.declarative) || !parse.times.some((t) => t.mode === "until")) return found;
  const ofEvents = (f: T) => f.c.profile.relation.time === "events";
  const states = found.filter((f) => !ofEvents(f));
  return states.length ? [...states, ...found.filter(ofEvents)] : found;
}

/**
 * Of two readings, the one only whose facts' own text says a word of the question the relation does
 * not explain otherwise ("resignation": the President's note says "resigned"); none where both or
 * neither do.
 */
function saidInFactsOfOne<T extends { c: Candidate; o: Outcome }>(pair: T[]): T | null {
const facts = (o: Outcome) => ("facts" in o && Array.isArray(o.facts) ? o.facts : o.kind === "check" ? o.matching : []);
const says = pair.map(({ c, o }) => facts(o).some((f) => c.plan!.freeWords.some((w) => factTextStems(f, "all").has(w))));
return says[0] !== says[1] ? pair[says[0] ? 0 : 1]! : null;
}

/**
 * "Where is ODIHR?": of readings as good, one that has what holds at the time asked (its seat) comes
 * before one that only has its latest record (an address noted in January 2025).
 */
function thenOverLatestRecord<T extends { c: Candidate; o: Outcome }>(found: T[]): T[] {
  const latest = (f: T) => f.o.kind === "facts" && f.o.asOfFallback;
  const then = found.filter((f) => !latest(f));
  // (Not where the words ask the record better: cued, or its patterns nearer — "where is ODIHR's office".)
  const asked = found.filter(latest).some((f) => f.c.cued || f.c.patternSimilarity > Math.max(...then.map((t) => t.c.patternSimilarity)));
  return then.length && then.length < found.length && !asked ? [...then, ...found.filter(latest)] : found;
}

/** answerParsed: a read question against every relation it can reach. */
export function parsedSteps(desk: Desk) {
  const { index, vocab, threshold, hasFacts, reachable, endWords, unknown } = desk;
  // (A reading is run to see whether it finds anything, then again to answer: once is enough. Readings
  // are made afresh for each question, at one "now".)
  const outcomes = new WeakMap<Candidate, Outcome>();
  function executedOnce(c: Candidate, now: Date): Outcome {
    const known = outcomes.get(c);
    if (known) return known;
    const o = execute(c.plan!, index, now);
    outcomes.set(c, o);
    return o;
  }

  /**
   * "when was Greminger appointed?" cues posts held and appointments at Councils; neither kind of
   * fact has him at all, and neither finds anything. The next readings whose words explain the cue
   * (the Secretaries General: "appointed") and that know every name are read instead. Never for a
   * yes/no question or a complete list: there, a name no fact has is itself the answer ("No").
   */
  function knowingTheNames(parse: QuestionParse, viable: Candidate[], tied: Candidate[], now: Date): Candidate[] {
    // ("who was CiO when Nazarbayev stepped down?": the names of a dating clause are no subject of the question.)
    if (parse.yesNo || parse.declarative || DATING_CLAUSE.test(parse.cleaned)) return tied;
    const holds = (c: Candidate, e: Entity) => c.profile.relation.roles.some((r) => index.has(c.profile.relation.id, r.name, e.id));
    const knows = (c: Candidate) => [...c.plan!.bindings.values()].every((list) => list.every((e) => holds(c, e)));
    // ("who was the kazakh who served as HCNM?": posts held know Kazakhstan and the HCNM, but no one fact
    // has both — a reading that knows every name and finds nothing is no better than one that does not.)
    const found = (c: Candidate) => executedOnce(c, now).kind !== "none";
    const nothingOf = (c: Candidate) => {
      // (Not of a question of when or of an order: "appointed — date and venue?" asks what another part answers.)
      if (c.plan!.shape === "when" || c.plan!.shape === "order") return false;
      const o = executedOnce(c, now);
      return o.kind === "none" && o.reason === "no_match";
    };
    if (tied.some((c) => c.profile.relation.closed || (knows(c) && !nothingOf(c)))) return tied;
    const cues = [...parse.concepts.keys()].filter((k) => tied.some((c) => c.profile.cues.has(k)));
    const cueNames = parse.entities.map((m) => m.entity.id).filter((id) => tied.some((c) => c.profile.cueEntities.has(id)));
    // (The same question of the same kind of time: a span held is not an event — a veto is no term.)
    // (Not of a place: "where was the CSCE Secretariat set up?" is where it first sat, an event or not.)
    const ofPlace = (c: Candidate) => parse.ask === "place" && c.plan!.shape === "value" && !!c.plan!.asked?.types.every((t) => t === "city" || t === "country");
    // (Nor of when something became so: "astana became nur-sultan in which month?" asks of the change, however the facts are kept.)
    const anyTime = (c: Candidate) => ofPlace(c) || (c.plan!.shape === "when" && c.plan!.becameAsked);
    const asks = (c: Candidate) => `${c.plan!.shape}:${c.plan!.shape === "when" ? "" : c.plan!.asked?.types.join("|")}:${anyTime(c) ? "" : c.profile.relation.time === "events"}`;
    const explainsAsTied = (c: Candidate) => cues.every((k) => c.profile.vocab.has(k)) && cueNames.every((id) => c.profile.cueEntities.has(id) || c.profile.context.has(id)) && asks(c) === asks(tied[0]!);
    const rest = viable.filter((c) => !tied.includes(c) && knows(c) && explainsAsTied(c));
    if (rest.length === 0 || tied.some(found)) return tied;
    return presentOverEvents(parse, rest.filter((c) => rest[0]!.confidence - c.confidence < TIE_MARGIN));
  }

  /** Read a parsed question against every relation, choose (or ask back), run and compose. */
  function answerParsed(parse: QuestionParse, now: Date): Answer {
    if (parse.unreadableTimes.length) return unknown(`I don't know: I could not read ${parse.unreadableTimes.map((t) => `"${t}"`).join(", ")} as a date.`);
    const atEach = desk.checkAtEachTime(parse, now);
    if (atEach) return atEach;
    // ("how many OSCE staff were in the Astana office?": a count whose noun nothing explains counts nothing we know.)
    const uncounted = parse.countConcept === null && parse.askType === null && parse.operations.size === 0 ? unknownCountedNoun(parse) : undefined;
    // (Said in the one form an answer names the user's own words in: "…, but not "staff".")
    if (uncounted) return unknown(`I don't know: I understood a count, but not "${uncounted}".`);
    const candidates = matchRelations(parse, reachable(parse), vocab, hasFacts);
    const viable = candidates.filter((c) => c.shape !== null && c.confidence >= threshold && !figureForNames(parse, c));
    if (viable.length === 0) {
      const why = whyUnknown(candidates);
      return unknown(why, candidates.slice(0, 2));
    }
    const best = viable[0]!;
    // ("what did the OSCE PA president say yesterday?": what someone said is asked — never who they are.)
    if (SAYING_ASKED.test(parse.cleaned) && !viable.some((c) => c.profile.vocab.has("say"))) return unknown(`I don't know: I understood a question about ${best.profile.relation.name}, but not what was said.`, candidates.slice(0, 2));
    const tied = knowingTheNames(parse, viable, presentOverEvents(parse, viable.filter((c) => best.confidence - c.confidence < TIE_MARGIN)), now);
    // ("was Hoynck's successor Italian?" asks of someone else: the order comes first.)
    // (Nor of a first or last: "was that Poland's first time, with Rau?" is no question of where Rau is from.)
    const own = (parse.yesNo || parse.declarative) && !parse.order && parse.operations.size === 0 && !parse.concepts.has("first") && !parse.concepts.has("last") ? nationalityReadings(tied, index) : [];
    // ("Malta's Ian Borg chaired 2023": a claim at a time is checked by the facts of then, not by where he is from.)
    const today = dayOfDate(now);
    const national = own.length ? nationalityCheck(own, index, (c, f) => !c.plan!.time || inScope(f, { kind: "query", time: c.plan!.time }, today)) : null;
    if (national) return composeOutcome(national.candidate.plan!, national.outcome, national.candidate.confidence, { index, now });
    // ("Ivica Dacic chaired the OSCE as Slovakia's foreign minister": where the kind of fact named has
    // the person only ever with another country of his own, the claim is refuted — never confirmed so.)
    const refuted = (parse.yesNo || parse.declarative) && !own.length && !parse.order && parse.operations.size === 0 ? nationalityCheck(nationalityReadings(tied.filter((c) => c.cued), index, true), index, (c, f) => !c.plan!.time || inScope(f, { kind: "query", time: c.plan!.time }, today)) : null;
    if (refuted && refuted.outcome.kind === "check" && !refuted.outcome.yes) return composeOutcome(refuted.candidate.plan!, refuted.outcome, refuted.candidate.confidence, { index, now });
    const ties = own.length ? own : askedNationality(parse, tied, candidates.filter((c) => c.shape !== null), index);
    // A "No" from a reading no word of the question cued is no evidence unless it is a "never" about
    // something the table has facts of there ("Was Zannier Swiss?": he was SG, never a Swiss one). "Is
    // Abdrakhmanov from Kazakhstan?" is neither "was he arrested there?" nor "is he its FM today?".
    // A "Yes" is a fact that holds either way.
    const run = ties.map((c) => ({ c, o: executedOnce(c, now) }));
    // "did Plassnik get an OSCE job?": no word names a kind of fact; the one kind that has her (a veto)
    // says "Yes" while complete lists of posts, read as loosely, say she held none — no confirmation.
    if (run.some(({ c, o }) => !c.cued && o.kind === "check" && o.yes) && run.some(({ c, o }) => !c.cued && o.kind === "check" && !o.yes && o.closed) && run.every(({ c }) => !c.cued))
      return unknown(whyUnknown(candidates), candidates.slice(0, 2));
    const tried = run.filter(({ c, o }) => c.cued || !(o.kind === "check" && !o.yes) || desk.neverHeld(c.plan!) || desk.heldByAnotherThen(c.plan!, o) || desk.namedTogetherElsewhen(c.plan!, o));
    if (tried.length === 0) return unknown(whyUnknown(candidates), candidates.slice(0, 2));
    // Move on only when a reading found nothing; "which one do you mean?" and "not to the day" are answers too.
    const found = citedFirst(parse.cleaned, thenOverLatestRecord(untilOfStates(parse, tried.filter(({ o }) => (o.kind !== "none" || o.reason === "too_many" || o.reason === "inexact_figure" || o.reason === "imprecise") && !(o.kind === "check" && !o.yes && !o.closed)))), vocab.fillers);
    const first = withWhatHolds(found, tried) ?? found[0] ?? tried[0]!;
    return insteadOfFirst(parse, first, tried, found.length > 0, candidates, now) ?? betweenRivals(parse, first, found, now) ?? nameHeldUntil(parse, first, now) ?? withOfferConfirmed(parse, first, now);
  }

  /**
   * What is said instead of the first reading's answer where that answer cannot stand: a "Yes" that
   * confirms less than was asked, a reading passed over that knew better, a premise to correct, a
   * "No" that is no evidence, a time not over yet. Null where the first reading's answer stands.
   */
  function insteadOfFirst(parse: QuestionParse, first: { c: Candidate; o: Outcome }, tried: Array<{ c: Candidate; o: Outcome }>, foundAny: boolean, candidates: Candidate[], now: Date): Answer | null {
    // ("Astana was called Nur-Sultan until 2023": with no state to check, an event before the year —
    // the renaming of 2019 — says nothing of how long the name lasted.)
    // ("Up to March 2012, had the OSCE ever …": a time led with asks by then, not how long.)
    const lasted = first.o.kind === "check" && first.o.yes && first.c.profile.relation.time === "events" && (parse.yesNo || parse.declarative) && parse.times.some((t) => t.mode === "until" && t.index > 0)
      ? composeOutcome(first.c.plan!, first.o, first.c.confidence, { index, now }).text
      : "";
    if (/^Yes\.\s/.test(lasted)) return unknown(`I can't confirm how long that lasted: ${lasted.replace(/^Yes\.\s*/, "").split(/(?<=\.) /)[0]} My fact table does not say until when from that.`, candidates.slice(0, 2));
    const owned = askedOfOwner(parse, first.c.plan!);
    if (owned) return unknown(`I don't know: I know of ${owned.person.name}, but my fact table does not say who his or her "${owned.owned}" was.`, candidates.slice(0, 2));
    // ("is the programme office still called Nur-Sultan?": an event that once made it so confirms nothing of now.)
    // ("has a summit been held in Astana?" asks of all time: a present perfect is no present.)
    // ("'the Programme Office in Nur-Sultan' — still the right name in 2026?": "still" asks of then, however put.)
    // (Not of a pick: "is Astana 2010 still the most recent summit?" is answered by the whole list.)
    const still = /\bstill\b/i.test(parse.cleaned) && !parse.concepts.has("last") && !parse.concepts.has("first");
    const ofNow = (parse.yesNo && parse.tense === "present" && parse.times.length === 0) || still;
    const confirmed = ofNow && !PRESENT_PERFECT.test(parse.cleaned) && first.c.profile.relation.time === "events" && (first.o.kind === "check" ? first.o.yes && parse.operations.size === 0 : still && first.o.kind === "derived")
      ? composeOutcome(first.c.plan!, first.o, first.c.confidence, { index, now }).text
      : "";
    if (/^Yes\.\s/.test(confirmed)) return givenUpAnswer(first, now) ?? unknown(`I don't know whether that holds now: my fact table has only the events. ${confirmed.replace(/^Yes\.\s*/, "")}`, candidates.slice(0, 2));
    // "the CSCE became the OSCE at the 1992 Helsinki summit — ok?": the reading that explains more says
    // it has no such renaming; a "Yes" from one that ignores "became" (there was a summit) is no confirmation.
    const unexplainedCue = (c: Candidate) => [...parse.concepts.keys()].some((k) => c.profile.cues.has(k) && !first.c.profile.vocab.has(k));
    const passedOver = tried.slice(0, tried.indexOf(first));
    const doubted = first.o.kind === "check" && first.o.yes && passedOver.some(({ c, o }) => o.kind === "check" && !o.yes && unexplainedCue(c));
    // "Was the capital moved from Almaty in 1994?": a state that held then ("Almaty was the capital")
    // confirms no event; the stronger reading of the event, which has none then, is the answer. (Only
    // where a name is bound to a role of the event other than what it is of — "moved from Almaty";
    // "was it renamed Nur-Sultan in 2020" is checked against the name it had.)
    // (The other side is of the main role's kind — "from Almaty"; "the capital of Kazakhstan" names no side.)
    const fromSide = (c: Candidate) => {
      const main = c.profile.relation.mainRole;
      return [...c.plan!.bindings.keys()].some((r) => r !== main.name && !!c.profile.relation.roles.find((x) => x.name === r)?.types.some((t) => main.types.includes(t)));
    };
    // ("the capital was renamed Nur-Sultan in 2022": a change said with its year is the event's, which
    // has none then — the name held in 2022 confirms no renaming in 2022.)
    const saysChangeThen = (c: Candidate) => !!c.plan!.starting && parse.times.length > 0 && parse.times.every((t) => t.mode === "at");
    const eventRefuted = first.o.kind === "check" && first.o.yes && first.c.profile.relation.time !== "events"
      ? passedOver.find(({ c, o }) => o.kind === "check" && !o.yes && c.profile.relation.time === "events" && c.strength > first.c.strength && (fromSide(c) || saysChangeThen(c)))
      : undefined;
    if (eventRefuted) return composeOutcome(eventRefuted.c.plan!, eventRefuted.o, eventRefuted.c.confidence, { index, now });
    // ("Did the 2021 Mazhilis election have a 7% threshold?": the thresholds have none for 2021; a "No"
    // from the election, which leaves "threshold" unexplained, refutes nothing.)
    // (Only a reading as strong as the first: a weak one that never knew the names refutes nothing either way.)
    const knewNothingThen = (c: Candidate, o: Outcome) => o.kind === "check" && !o.yes && !o.closed && o.scope.kind === "query" && o.atTime.length === 0 && o.otherTimes.length === 0
      && first.o.kind === "check" && !first.o.yes && c.confidence >= first.c.confidence && c.strength >= first.c.strength && c.patternSimilarity > first.c.patternSimilarity;
    // ("CSCE became OSCE in 1994 or 1995? copy says 1994": what the copy says is no statement asked about.)
    const unknowing = passedOver.find(({ c, o }) => knewNothingThen(c, o) && [...parse.concepts.keys()].some((k) => c.profile.cues.has(k) && !first.c.profile.vocab.has(k) && !(k === "say" && REPORTED.test(parse.cleaned))));
    if (unknowing?.o.kind === "check") return unknown(`I don't know: my fact table has no record of ${unknowing.c.profile.relation.name} for ${scopeLabel(unknowing.o.scope)}.`, candidates.slice(0, 2));
    // "when was Tokayev sworn in after the 2022 election": the inaugurations have none; the election's
    // date, which leaves "sworn" unexplained, is not the answer.
    if (passedOver.some(({ c, o }) => o.kind === "none" && (o.reason === "no_match" || o.reason === "out_of_range") && unexplainedCue(c))) return unknown(whyUnknown(candidates), candidates.slice(0, 2));
    // "who succeeded Saudabayev as foreign minister?", "Kazakhstan's first foreign minister": the reading
    // of the same shape whose patterns fit better found nobody (the list has a gap, or lacks its
    // earliest); another post is not the answer.
    if (passedOver.some(({ c, o }) => o.kind === "none" && o.reason === "no_match" && (c.plan?.shape === "order" || (c.plan?.pick === "first" && c.profile.relation.missingEarliest)) && first.c.plan?.shape === c.plan?.shape && c.confidence >= first.c.confidence && c.patternSimilarity > first.c.patternSimilarity)) return unknown(whyUnknown(candidates), candidates.slice(0, 2));
    if (doubted) return unknown(`I can't confirm that: ${composeOutcome(first.c.plan!, first.o, first.c.confidence, { index, now }).text.replace(/^Yes\.\s*/, "").split(/(?<=\.) /)[0]} But nothing in my fact table says the rest.`, candidates.slice(0, 2));
    const premise = foundAny ? null : desk.correctedPremise(first.c, first.o, parse, now);
    if (premise) return premise;
    if (!foundAny && absenceOnly(first.o)) return unknown(whyUnknown(candidates), candidates.slice(0, 2));
    if (notYetKnown(first.o, now)) {
      const coming = first.o.scope.kind === "query" && first.o.scope.time.start > dayOfDate(now);
      return unknown(`I don't know: ${scopeLabel(first.o.scope)} is ${coming ? "still to come" : "not over yet"}, and my fact table has no record of ${first.c.profile.relation.name} then.`, candidates.slice(0, 2));
    }
    return null;
  }

  /** "is it still called the Centre in Astana?": "No", with the later events that gave up what the confirming one made so. */
  function givenUpAnswer(first: { c: Candidate; o: Outcome }, now: Date): Answer | null {
    if (first.o.kind !== "check" || first.o.matching.length !== 1) return null;
    const relation = first.c.profile.relation;
    const gaveUp = [...first.c.plan!.bindings.keys()].some((role) => relation.oncePer?.includes(role));
    const since = givenUpSince(relation, first.o.matching[0]!, index, dayOfDate(now), gaveUp);
    if (since.length === 0) return null;
    const text = `No. ${since.map((f) => renderFact(f)).join(" ")}`;
    return composeOutcome(first.c.plan!, { kind: "derived", text, facts: since, scope: first.o.scope }, first.c.confidence, { index, now });
  }

  /**
   * Two readings as good as each other that answer differently: the one the question's words settle
   * (it names what the other can only ask "which one?" of; "resigned" said by one's facts), or both,
   * asked back. Null where there is no such rival.
   */
  function betweenRivals(parse: QuestionParse, first: { c: Candidate; o: Outcome }, found: Array<{ c: Candidate; o: Outcome }>, now: Date): Answer | null {
    const rival = found.find((f) => f.c.profile !== first.c.profile);
    // ("Where is the OSCE headquartered?": of two readings as good, one that can only ask "which one?"
    // — the field operations — gives way to one that answers: the Secretariat's seat.)
    // (Only where the question names what that reading is of: "when was he designated?" names nothing.)
    const meant = rival && isDeadHeat(first.c, rival.c) && isTooMany(first.o) !== isTooMany(rival.o) ? (isTooMany(first.o) ? rival : first) : undefined;
    if (meant && (meant.c.plan!.bindings.size > 0 || meant.c.plan!.contextNamed)) return composeOutcome(meant.c.plan!, meant.o, meant.c.confidence, { index, now });
    if (rival && isDeadHeat(first.c, rival.c) && !sameWhen(first, rival, YEAR_ASKED.test(parse.cleaned)) && !sameVerdict(first.o, rival.o) && !sameDerived(first.o, rival.o) && !sameValues(first, rival) && !sameNeighbours(first.o, rival.o)) {
      const atTime = parse.times.length === 1 && parse.times[0]!.mode === "at" ? parse.times[0]! : undefined;
      const ending = !parse.operations.has("end") ? null : saidEnding(parse.cleaned, [first.o, rival.o], endWords) ?? (atTime ? endedInTime([first.o, rival.o], atTime) : null);
      if (ending !== null) {
        const meant = [first, rival][ending]!;
        return composeOutcome(meant.c.plan!, meant.o, meant.c.confidence, { index, now });
      }
      // ("nazarbayev resignation date": of two posts, the one whose facts say "resigned".)
      const said = saidInFactsOfOne([first, rival]);
      if (said) return composeOutcome(said.c.plan!, said.o, said.c.confidence, { index, now });
      // Two kinds of fact explain the question equally well: asking back beats guessing.
      const options = [first, rival].map((f) => composeOutcome(f.c.plan!, f.o, f.c.confidence, { index, now }));
      const text = `That could mean two things. ${options.map((a, i) => `(${i + 1}) ${firstStatement(a.text)}`).join(" ")} Please ask more precisely.`;
      return finish("ambiguous", text, null, [], [...first.c.profile.relation.examples, ...rival.c.profile.relation.examples].slice(0, 4).map((e) => e.q));
    }
    return null;
  }

  /**
   * "the capital was called Nur-Sultan from which year to which year?": a name held, asked from when
   * to when — the renaming that gave it and the one that gave it up, never the first alone. Null where
   * no later renaming gave it up, or the question asks no span of a name held. (Not "when was it called
   * …": a clause of time asks that of the renaming alone — "before it was called Nur-Sultan".)
   */
  function nameHeldUntil(parse: QuestionParse, first: { c: Candidate; o: Outcome }, now: Date): Answer | null {
    if (first.c.plan!.shape !== "when" || first.o.kind !== "facts" || first.o.facts.length !== 1 || !NAME_HELD.test(parse.cleaned) || !SPAN_ASKED.test(parse.cleaned)) return null;
    const until = givenUpSince(first.c.profile.relation, first.o.facts[0]!, index, dayOfDate(now));
    if (until.length === 0) return null;
    return composeOutcome(first.c.plan!, { ...first.o, facts: [first.o.facts[0]!, until[0]!] }, first.c.confidence, { index, now });
  }

  /** The first reading's answer, led by "Yes" where the name the question offered is its answer. */
  function withOfferConfirmed(parse: QuestionParse, first: { c: Candidate; o: Outcome }, now: Date): Answer {
    const answer = composeOutcome(first.c.plan!, first.o, first.c.confidence, { index, now });
    const offered = parse.offersAnswer ? parse.entities[parse.entities.length - 1]?.entity : undefined;
    const confirmed = !!offered && answer.status === "answered" && first.o.kind === "facts" && offeredAnswerHolds(first.c.plan!, offered, index, now);
    return confirmed ? { ...answer, text: `Yes: ${answer.text}` } : answer;
  }

  return { answerParsed };
}
