/**
 * A premise the table refutes ("Which Austrian minister chaired the OSCE in 2016?") is corrected; a
 * "No" that is no evidence is not given.
 */
import { composeOutcome, scopeLabel, toAnswerFact } from "../compose/compose-answer.js";
import { renderFact } from "../compose/render-fact.js";
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { type Outcome, execute, hasBindings } from "../query/execute.js";
import { possibleEnd, possibleStart, validityLabel } from "../time/validity.js";
import type { Candidate, QueryPlan } from "../understand/match.js";
import type { QuestionParse } from "../understand/question-parse.js";
import type { Desk } from "./desk.js";
import { dayOfDate } from "../time/days.js";

/** The kinds of name that hold a post or a turn: a premise about one of them can be corrected. */
const HOLDER_TYPES = new Set(["country", "person", "party"]);

/** A handover leaves the post empty at most this long (the next holder may be recorded from the following month). */
const HANDOVER_DAYS = 32;

/**
 * Whether facts, together, may fill the days from `from` to `to` but for a handover's few weeks: a
 * longer gap the table leaves may be someone else's ("the Czechoslovak CiO in late 1992" is not recorded).
 */
function fillsWholly(facts: readonly Fact[], from: number, to: number, today: number): boolean {
  const spans = facts.filter((f) => f.validity).map((f) => [possibleStart(f.validity!), possibleEnd(f.validity!, today)] as const).sort((a, b) => a[0] - b[0]);
  let reached = from - 1;
  for (const [start, end] of spans) {
    if (start > reached + HANDOVER_DAYS) return false;
    reached = Math.max(reached, end);
  }
  return reached + HANDOVER_DAYS > to;
}


/** Questions whose premise (a holder at a time) can be corrected: who, which, what share, how many, when. */
const PREMISE_ASKS = new Set(["agent", "which", "percent", "count", "time"]);

/** Of a preliminary and a final figure of one event, the final; every fact else. */
function finalOnly(facts: Fact[]): Fact[] {
  const unique = [...new Set(facts)];
  return unique.filter((f) => f.status === "final" || !unique.some((g) => g !== f && g.status === "final" && g.validity && f.validity && possibleStart(g.validity) === possibleStart(f.validity)));
}

/** An answer that corrects the question's premise (correctedPremise) rather than answering it. */
export function correctsPremise(answer: Answer): boolean {
  return answer.status === "answered" && /^Not [^:]+ in [^:]+: /.test(answer.text);
}

/**
 * A "No" about a time still to come, where the table has nothing at that time ("is the OSCE holding a
 * summit in 2026?", "will Kazakhstan chair in 2030?"): what is not decided yet is no evidence.
 * ("Does Kazakhstan chair in 2026?" is a No: Switzerland holds it.)
 */
export function notYetKnown(o: Outcome, now: Date): boolean {
  return o.kind === "check" && !o.yes && o.atTime.length === 0 && o.scope.kind === "query" && o.scope.time.end > dayOfDate(now);
}

/** A "No" from an open list that knows nothing of the name at any time: absence, not evidence ("was the city called Astana in 2010?" is not "was the renaming decided in Astana?"). */
export function absenceOnly(o: Outcome): boolean {
  return o.kind === "check" && !o.yes && !o.closed && o.atTime.length === 0 && o.otherTimes.length === 0;
}

/** correctedPremise, and whether a "No" is evidence (neverHeld, heldByAnotherThen). */
export function premiseSteps(desk: Desk) {
  const { index, factById } = desk;
  /**
   * "Which Austrian minister chaired the OSCE in 2016?": the name holds at other times but not then,
   * in a relation where one thing holds at a time — say so, when it did hold, and what held instead.
   * (Only who/which questions: "what was decided at the Lisbon summit" is no premise to correct.)
   */
  function correctedPremise(c: Candidate, o: Outcome, parse: QuestionParse, now: Date): Answer | null {
    const plan = c.plan!;
    // ("Which CiO visited Kazakhstan in 2008?": a reading no word of the question cued corrects nothing.)
    if (!c.cued) return null;
    if (o.kind !== "none" || o.reason !== "no_match" || o.scope.kind !== "query" || plan.yesNo || (plan.shape !== "value" && plan.shape !== "when") || plan.bindings.size === 0) return null;
    if (!PREMISE_ASKS.has(parse.ask ?? "") && !isAskedStatement(parse, now)) return null;
    const oneAtATime = plan.relation.time === "exclusive" && !plan.relation.exclusivePer;
    if (!oneAtATime && plan.relation.time !== "events") return null;
    // (A holder named — a country, a person, a party — not a place or an event: "the 1994 Budapest summit"
    // decided a renaming that took effect in 1995, no premise to correct.)
    if ([...plan.bindings.values()].flat().some((e) => !HOLDER_TYPES.has(e.type))) return null;
    const own = [...plan.bindings].map(([role, es]) => es.flatMap((e) => index.withEntity(plan.relation.id, role, e.id)));
    // (A name never found in the relation is corrected only where one thing holds at a time: the holder
    // then rules it out — "when did Estonia's 2024 chairmanship start?": Malta held it.)
    if (own.some((facts) => facts.length === 0) && !oneAtATime) return null;
    const open: QueryPlan = { ...plan, bindings: new Map() };
    const instead = execute(open, index, now);
    if (instead.kind !== "facts" || instead.facts.length === 0 || instead.facts.length > 3) return null;
    // ("What share did Tokayev get in 2011?": of events, only where one event happened then — the 2011
    // election, which he did not win — is another holder the correction.)
    if (!oneAtATime && new Set(instead.facts.map((f) => (f.validity ? possibleStart(f.validity) : NaN))).size !== 1) return null;
    // ("who was the Czechoslovak CiO in the second half of 1992?": one at a time says "not them" only
    // where the others' facts fill the whole time — a gap in the table may be theirs — and none of
    // theirs may reach into it. Who began then — "appointed in 2017" — is asked of the beginnings alone.)
    const today = dayOfDate(now);
    const [from, to] = [o.scope.time.start, Math.min(o.scope.time.end, today)];
    if (oneAtATime && !plan.starting && (!fillsWholly(instead.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f), from, to, today) || own.flat().some((f) => f.validity && possibleStart(f.validity) <= to && possibleEnd(f.validity, today) >= from))) return null;
    const named = [...plan.bindings.values()].flat().map((e) => e.name).join(" and ");
    const times = [...new Set(own.flat().flatMap((f) => (f.validity ? [validityLabel(f.validity)] : [])))];
    const when = times.length > 3 ? `${times.slice(0, 3).join(", ")} and ${times.length - 3} more` : times.join(", ");
    const answer = composeOutcome(open, instead, c.confidence, { index, now });
    // One or two facts of the name are said whole ("Kazakhstan would hold the 2010 Chairmanship"); more, by their times.
    const ownFacts = finalOnly(own.flat());
    const said = ownFacts.length === 0 ? "" : ownFacts.length <= 2
      ? ownFacts.map((f) => renderFact(f)).join(" ")
      : `My fact table has ${named} among ${plan.relation.name} ${when ? `in ${when}` : "at other times"}.`;
    return { ...answer, text: `Not ${named} in ${scopeLabel(o.scope)}: ${said ? `${said} ` : ""}${answer.text}`, facts: [...answer.facts, ...ownFacts.map(toAnswerFact)] };
  }

  /**
   * "Saudabayev was CiO in 2011?": a statement asked is a premise too, whatever the reporter adds after
   * its "?" that names and asks nothing ("… in 2008? my colleague swears it", "… 1997? 🤔").
   */
  function isAskedStatement(parse: QuestionParse, now: Date): boolean {
    const mark = parse.cleaned.lastIndexOf("?");
    if (parse.ask !== null || mark < 0) return false;
    const tail = parse.cleaned.slice(mark + 1);
    if (!/[\p{L}\p{N}]/u.test(tail)) return true;
    const after = desk.readings.read(tail, now);
    return after.ask === null && !after.yesNo && after.entities.length === 0 && after.times.length === 0 && after.numbers.length === 0 && after.concepts.size === 0;
  }

  /** The plan names the thing its relation is about, the table has facts of it there, and none at any time with the other names. */
  function neverHeld(plan: QueryPlan): boolean {
    const main = plan.relation.mainRole.name;
    const own = (plan.bindings.get(main) ?? []).flatMap((e) => index.withEntity(plan.relation.id, main, e.id));
    return own.length > 0 && !own.some((f) => hasBindings(f, plan.bindings));
  }

  /**
   * "Did Ian Borg chair in 2023?": one holder at a time, the named one held it at another time and
   * someone else held it then — a "No" that is evidence, though no word named the post.
   */
  function heldByAnotherThen(plan: QueryPlan, o: Outcome): boolean {
    // (Only at a time the question says: "the Secretariat started out in Prague" is not about now.)
    if (plan.relation.time !== "exclusive" || o.kind !== "check" || o.atTime.length === 0 || o.scope.kind !== "query") return false;
    const main = plan.relation.mainRole.name;
    return (plan.bindings.get(main) ?? []).some((e) => index.withEntity(plan.relation.id, main, e.id).length > 0);
  }
  /**
   * "astana became nur-sultan in 2018": the one fact with every name the claim binds, at another time
   * than the one claimed — a "No" that is evidence, though no word named the kind of fact.
   */
  function namedTogetherElsewhen(plan: QueryPlan, o: Outcome): boolean {
    if (o.kind !== "check" || o.yes || o.scope.kind !== "query" || plan.bindings.size < 2 || !plan.relation.oncePer) return false;
    return o.otherTimes.some((f) => hasBindings(f, plan.bindings));
  }
  return { correctedPremise, neverHeld, heldByAnotherThen, namedTogetherElsewhen };
}
