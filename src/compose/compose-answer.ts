/**
 * Turns an executed query into the `Answer` adapters render: one or two sentences a reporter can
 * paste, the facts used, their sources, and what the answer is valid for. Text is built only from
 * the fact table, never from the user's words.
 */
import type { Entity, Fact } from "../facts/model.js";
import type { Answer, AnswerFact, Intent, Reading } from "../model/answer.js";
import { dayNumber, dayOfDate, formatDay, yearOf } from "../time/days.js";
import { possibleEnd, possibleStart, validityLabel, validityPhrase } from "../time/validity.js";
import { execute, identityKey, inScope, listedCompletelyThen, type Outcome, type TimeScope } from "../query/execute.js";
import type { FactIndex } from "../query/fact-index.js";
import type { QueryPlan } from "../understand/match.js";
import { factTextStems } from "../understand/relation-profile.js";
import { labelsSay, type Spelling } from "../understand/concept-spellings.js";
import { displayValue, joinList, renderFact, roleText, sentence, shortFact, stillHolds, type RenderContext } from "./render-fact.js";
import { bestSources, mannerToAdd, noteFor, oldestCheck, otherDateNote, saysMore, withoutRepeats } from "./tidy.js";
import { factsDenying, saysPlainly } from "./denial.js";
import { deniedLater } from "./denied-later.js";
import { singularPhrase } from "../understand/counted-noun.js";

interface Group {
  primary: Fact;
  others: Fact[];
}

/** Final figures lead; preliminary and press figures of the same thing follow in brackets. */
function groupFacts(facts: Fact[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of facts) {
    const key = identityKey(f);
    const g = groups.get(key);
    if (!g) groups.set(key, { primary: f, others: [] });
    else if (f.status === "final" && g.primary.status !== "final") {
      g.others.push(g.primary);
      g.primary = f;
    } else g.others.push(f);
  }
  return [...groups.values()];
}

function renderGroup(g: Group, overrides = {}, context: RenderContext = {}): string {
  let text = renderFact(g.primary, overrides, context);
  const figures = g.others
    .map((o) => {
      const diff = o.relation.roles
        .filter((r) => r.literal && (r.types.includes("number") || r.types.includes("percent")))
        .map((r) => roleText(o, r.name))
        .filter((x): x is string => !!x && !text.includes(x));
      if (diff.length === 0) return null;
      const label = o.status === "preliminary" ? "preliminary figure" : o.status === "reported" ? "also reported" : "another figure";
      const by = o.sources[0]?.publisher;
      return `${label}: ${diff.join(", ")}${by ? `, ${by}` : ""}`;
    })
    .filter((x): x is string => x !== null);
  if (figures.length) text = text.replace(/\.$/, ` (${g.primary.status === "final" ? "final; " : ""}${figures.join("; ")}).`);
  return text;
}

/** "in 1996, 2014 and 2026" from "in 1996", "in 2014", "in 2026". */
function joinPhrases(phrases: string[]): string {
  if (phrases.every((p) => p.startsWith("in "))) return `in ${joinList(phrases.map((p) => p.slice(3)))}`;
  return joinList(phrases);
}

function whenAggregated(groups: Group[], context: RenderContext = {}): string[] {
  // Same thing at several times (Switzerland chaired three times): one sentence, the times listed.
  const byValues = new Map<string, Group[]>();
  // (Asked as of a day, what began only after it is not yet so: "is the capital still Astana?" asked in 2021.)
  const today = context.today;
  const begun = today === undefined ? groups : groups.filter((g) => !g.primary.validity || possibleStart(g.primary.validity) <= today);
  for (const g of begun.length ? begun : groups) {
    // What still holds reads in the present, so it is never folded into a list of past times.
    const key = g.primary.relation.roles.map((r) => roleText(g.primary, r.name) ?? "").join("|") + (stillHolds(g.primary, context.today) ? "|now" : "");
    (byValues.get(key) ?? byValues.set(key, []).get(key)!).push(g);
  }
  return [...byValues.values()].map((gs) =>
    gs.length === 1
      ? renderGroup(gs[0]!, {}, context)
      : renderGroup(gs[0]!, { when: joinPhrases(gs.map((g) => (g.primary.validity ? validityPhrase(g.primary.validity) : ""))), period: joinList(gs.map((g) => g.primary.period ?? (g.primary.validity ? validityLabel(g.primary.validity) : ""))), several: true }, context),
  );
}

/** "3 times. <each of them>" — or, past three, only when each was ("5 times: 1 December 1991, …"), so none is left out. */
function timesCounted(count: number, groups: Group[], today: number, counted?: string): string {
  const head = counted ?? `${count} ${count === 1 ? "time" : "times"}`;
  const sentences = whenAggregated(groups, { today });
  if (sentences.length <= 3) return `${head}. ${sentences.join(" ")}`;
  const dated = [...groups].sort((a, b) => startOf(a.primary) - startOf(b.primary));
  const main = (g: Group) => roleText(g.primary, g.primary.relation.mainRole.name) ?? "";
  const label = (g: Group) => (g.primary.validity ? validityLabel(g.primary.validity) : "");
  // One thing each time ("Nursultan Nazarbayev"): named once; else each with its time ("Akmola (10 December 1997)").
  if (new Set(dated.map(main)).size === 1) return `${head} (${main(dated[0]!)}): ${joinList(dated.map(label))}.`;
  return `${head}: ${joinList(dated.map((g) => shortFact(g.primary)))}.`;
}

export interface ComposeContext {
  index: FactIndex;
  now: Date;
}

const STEP_WORDS: Record<number, string> = { 2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth" };

export function scopeLabel(scope: TimeScope): string | undefined {
  if (scope.kind === "query") return scope.time.label;
  if (scope.kind === "now") return `as of ${formatDay(scope.day)}`;
  return undefined;
}

function relatedFacts(groups: Group[], ctx: ComposeContext, asked: TimeScope): Fact[] {
  // (Up to three: "who chaired from 2010 to 2012" names each year's chairperson too.)
  if (groups.length > 3) return [];
  const today = dayNumber(ctx.now.getUTCFullYear(), ctx.now.getUTCMonth() + 1, ctx.now.getUTCDate());
  const out: Fact[] = [];
  for (const g of groups) {
    const f = g.primary;
    if (!f.validity) continue;
    // Within the fact's time, and within the question's ("in March 2018": only the CiO of March).
    const within = asked.kind === "query" ? asked.time : asked.kind === "now" ? { start: asked.day, end: asked.day } : { start: -Infinity, end: Infinity };
    const span = { start: Math.max(possibleStart(f.validity), within.start), end: Math.min(possibleEnd(f.validity, today), within.end) };
    if (span.start > span.end) continue;
    for (const id of f.relation.related) {
      for (const r of ctx.index.between(id, span.start, span.end, today)) {
        // (Of a relation where many hold at once, only what shares a name: Thailand's partnership from
        // 2000 is no occasion to list every participating State of 2000, nor ODIHR's street address to
        // list every institution's seat — one at a time per institution is still many at once.)
        if (!r.validity || out.includes(r) || ((r.relation.time === "states" || r.relation.exclusivePer) && !sharesEntity(r, f))) continue;
        const scope: TimeScope = { kind: "query", time: { start: span.start, end: span.end, grain: "range", mode: "at", relative: false, index: 0, length: 0, label: "" } };
        if (inScope(r, scope, today)) out.push(r);
      }
    }
  }
  return out.slice(0, 5);
}

/**
 * "Which country hosted the 2000 MC?" answered with a city: the country it lies in, said after
 * ("Vienna is in Austria."), where the table says and the answer does not already.
 */
function countryOfCities(plan: QueryPlan, groups: Group[], index: FactIndex, said: string): string | undefined {
  if (plan.askedType !== "country" || !plan.asked || !plan.asked.types.includes("city") || groups.length > 3) return undefined;
  const lines: string[] = [];
  for (const g of groups)
    for (const v of g.primary.values.get(plan.asked.name) ?? []) {
      const country = v.kind === "entity" && v.entity.type === "city" && v.entity.in ? index.entityById(v.entity.in) : undefined;
      const line = country && v.kind === "entity" ? `${v.entity.name} is in ${country.short ?? country.name}.` : undefined;
      if (line && !said.includes(country!.short ?? country!.name) && !lines.includes(line)) lines.push(line);
    }
  return lines.length ? lines.join(" ") : undefined;
}

function sharesEntity(a: Fact, b: Fact): boolean {
  const ids = new Set([...b.values.values()].flatMap((vs) => vs.flatMap((v) => (v.kind === "entity" ? [v.entity.id] : []))));
  return [...a.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && ids.has(v.entity.id)));
}

export function composeOutcome(plan: QueryPlan, outcome: Outcome, confidence: number, ctx: ComposeContext): Answer {
  const intent: Intent = { relation: plan.relation.id, shape: plan.shape, confidence: round(confidence) };
  if (plan.asked) intent.asks = plan.asked.name;
  const draft = new AnswerDraft(dayOfDate(ctx.now), scopeLabel(outcome.scope));
  switch (outcome.kind) {
    case "facts":
      composeFacts(draft, plan, outcome, ctx);
      break;
    case "check":
      composeCheck(draft, plan, outcome, ctx);
      break;
    case "order":
      composeOrder(draft, plan, outcome, ctx);
      break;
    case "count":
      composeCount(draft, plan, outcome);
      break;
    case "derived":
      composeDerived(draft, plan, outcome);
      break;
    case "none":
      composeNone(draft, plan, outcome);
      break;
  }
  const suggestions = draft.status === "answered" ? [] : plan.relation.examples.slice(0, 3).map((e) => e.q);
  return finish(draft.status, withoutRepeats(draft.texts.join(" ")), intent, draft.used, suggestions, draft.validFor, readingOf(plan));
}

type OutcomeOf<K extends Outcome["kind"]> = Extract<Outcome, { kind: K }>;

/** An answer being written: its sentences so far, the facts they use, its status and what it is valid for. */
class AnswerDraft {
  readonly texts: string[] = [];
  readonly used: Fact[] = [];
  status: Answer["status"] = "answered";
  validFor: string | undefined;
  readonly today: number;

  constructor(today: number, validFor: string | undefined) {
    this.today = today;
    this.validFor = validFor;
  }

  /** Each fact in the tense of the question's date, without repeating what the answer said before it. */
  group(g: Group, before: string[] = []): string {
    return renderGroup(g, {}, { today: this.today, said: [...this.texts, ...before].join(" ") });
  }

  fact(f: Fact): string {
    return renderFact(f, {}, { today: this.today, said: this.texts.join(" ") });
  }

  /** Groups in order, each knowing what the ones before it said. */
  groupsText(gs: Group[]): string[] {
    return gs.reduce<string[]>((out, g) => [...out, this.group(g, out)], []);
  }
}

/** The facts asked for, one by one or as a list; with the note that explains them, the country of a city, and related facts. */
function composeFacts(d: AnswerDraft, plan: QueryPlan, outcome: OutcomeOf<"facts">, ctx: ComposeContext): void {
  const { texts, used } = d;
  const groups = groupFacts(outcome.facts);
  used.push(...outcome.facts);
  // ("how was it decided?": each fact with its note's sentence of how.)
  if (plan.manner) texts.push(...d.groupsText(groups).map((line, i) => [line, mannerToAdd(groups[i]!.primary.note, line)].filter(Boolean).join(" Note: ")));
  else if (plan.shape === "when" || groups.length <= 3) {
    const lines = plan.shape === "when" ? whenAggregated(groups, { today: d.today }) : d.groupsText(groups);
    if (lines.length <= 4) texts.push(...lines);
    else texts.push(compactList(plan, groups, outcome.scope));
  } else texts.push(compactList(plan, groups, outcome.scope));
  if (outcome.asOfFallback) texts[0] = `The latest record I have: ${texts[0]}`;
  if (outcome.notWithin) texts[0] = `Not in ${outcome.notWithin.name}: ${texts[0]}`;
  if (outcome.datedBy && texts.length) texts[0] = `On ${outcome.datedBy}: ${texts[0]}`;
  if (outcome.vacant) texts.push(outcome.vacant);
  const caveat = factsCaveat(plan, groups, texts.join(" "));
  if (caveat) texts.push(sentence(`Note: ${caveat}`));
  // ("who did Passy meet in Almaty?": the meetings whose place the table does not record are said apart, as such.)
  if (outcome.unrecorded) {
    // (With none recording the name said, those are all there is: said as not confirmed there.)
    const named = joinList((plan.bindings.get(outcome.unrecorded.role) ?? []).map((e) => e.name));
    const lead = outcome.facts.length ? `Where the table records no ${outcome.unrecorded.role}` : `Not confirmed in ${named} (no ${outcome.unrecorded.role} recorded)`;
    texts.push(`${lead}: ${d.groupsText(groupFacts(outcome.unrecorded.facts)).join(" ")}`);
    used.push(...outcome.unrecorded.facts);
  }
  const where = countryOfCities(plan, groups, ctx.index, texts.join(" "));
  if (where) texts.push(where);
  const related = relatedFacts(groups, ctx, outcome.scope);
  // ("Give all the Finnish OSCE chairs": a list of what the named one held, read as when, names who held it for it too.)
  if (related.length && (plan.shape !== "when" || plan.list)) {
    texts.push(...d.groupsText(groupFacts(related)));
    used.push(...related);
  }
  if (outcome.scope.kind === "all") d.validFor = joinList(groups.slice(0, 4).map((g) => (g.primary.validity ? validityLabel(g.primary.validity) : ""))).trim() || undefined;
}

/** The note of the one fact given, where it says what the question asks and the answer has not said. */
function factsCaveat(plan: QueryPlan, groups: Group[], said: string): string | undefined {
  const only = groups.length === 1 ? groups[0]!.primary : undefined;
  if (!only || plan.manner) return undefined;
  // (A "when" whose word only the note explains — "formally institutionalised" — gets the note's sentence saying it.)
  if (plan.shape === "when") return (plan.textOnlyExplained.length ? noteFor(only.note, plan.textOnlyExplained, said) : undefined) ?? otherDateNote(only.note, said);
  return noteFor(only.note, [...plan.checkWords, ...plan.freeWords], said, isVerbatim(plan.relation));
}

/** A yes/no answer: of a comparison, denied by the facts' words, not a yes or no, Yes, unknown, or No with what held instead. */
function composeCheck(d: AnswerDraft, plan: QueryPlan, outcome: OutcomeOf<"check">, ctx: ComposeContext): void {
  if (outcome.compared) {
    d.texts.push(`${outcome.yes ? "Yes" : "No"}. ${outcome.matching.map((f) => d.fact(f)).join(" ")}`);
    d.used.push(...outcome.matching);
    d.validFor = joinList(outcome.matching.map((f) => validityLabel(f.validity!)));
    return;
  }
  const denying = outcome.yes && !textConfirms(plan, outcome.matching) ? factsDenying(outcome.matching, plan.claimWords()) : [];
  if (denying.length) {
    sayDenied(d, plan, denying);
    return;
  }
  const deniedSince = outcome.yes && !textConfirms(plan, outcome.matching) ? deniedLater(plan, outcome.matching, ctx.index) : [];
  if (deniedSince.length) {
    sayDenied(d, plan, [...deniedSince, ...outcome.matching.filter((f) => !deniedSince.includes(f))]);
    return;
  }
  if (outcome.yes && !textConfirms(plan, outcome.matching)) {
    // A verdict or statement cannot be read as yes or no: say so, and give what was said.
    d.status = "ambiguous";
    d.texts.push(`I can't answer that with a yes or no. ${d.groupsText(groupFacts(outcome.matching).slice(0, 2)).join(" ")}`);
    d.used.push(...outcome.matching);
    return;
  }
  if (outcome.yes) {
    sayYes(d, plan, outcome, ctx);
    return;
  }
  if (!outcome.closed && outcome.otherTimes.length === 0) {
    d.status = "unknown";
    d.texts.push("I don't know: my fact table has no record of that, which does not mean it did not happen.");
    return;
  }
  sayNo(d, plan, outcome);
}

/** A "yes" the facts' own words deny: No, with what they say. */
function sayDenied(d: AnswerDraft, plan: QueryPlan, denying: Fact[]): void {
  // ("Did the OSCE say the 2007 vote met international standards?" — it said it "did not meet" them.)
  d.texts.push(`No. ${d.groupsText(groupFacts(denying).slice(0, 2)).join(" ")}`);
  // ("was Greminger's term renewed?": the note that says it was not, where the note is the one that says so.)
  const denial = denying.length === 1 ? noteFor(denying[0]!.note, plan.claimWords(), d.texts.join(" ")) : undefined;
  if (denial) d.texts.push(sentence(`Note: ${denial}`));
  d.used.push(...denying);
}

/** Yes, with the facts that confirm it (a few, or a list asked whole), the note it rests on and related facts. */
function sayYes(d: AnswerDraft, plan: QueryPlan, outcome: OutcomeOf<"check">, ctx: ComposeContext): void {
  const groups = groupFacts(outcome.matching);
  // ("are all five Central Asian states members? list them": a list asked is given whole.)
  const shown = plan.every ? MAX_CONFIRMING_LISTED : MAX_CONFIRMING;
  const more = groups.length > shown ? ` And ${groups.length - shown} more.` : "";
  d.texts.push(`Yes. ${d.groupsText(groups.slice(0, shown)).join(" ")}${more}`);
  // ("was Nazarbayev unopposed in 1991?": the note that says the word the "Yes" rests on.)
  const confirming = groups.length === 1 && plan.factTextWords.length ? noteFor(groups[0]!.primary.note, plan.factTextWords, d.texts.join(" ")) : undefined;
  if (confirming) d.texts.push(sentence(`Note: ${confirming}`));
  if (outcome.sharedThen?.length) d.texts.push(`Also in ${scopeLabel(outcome.scope) ?? "that time"}: ${d.groupsText(groupFacts(outcome.sharedThen).slice(0, 2)).join(" ")}`);
  // ("hungary's osce chair in 1995?": a telegraphic check of one fact says its related ones too — the CiO of the chairmanship.)
  const related = groups.length === 1 && plan.telegraphic ? relatedFacts(groups, ctx, outcome.scope) : [];
  if (related.length) d.texts.push(...d.groupsText(groupFacts(related)));
  d.used.push(...outcome.matching, ...related, ...(outcome.sharedThen ?? []));
}

/** No — or, where the table is not complete, "I can't confirm" — with what held at the time, at other times, and related facts. */
function sayNo(d: AnswerDraft, plan: QueryPlan, outcome: OutcomeOf<"check">): void {
  const parts: string[] = [];
  if (outcome.atTime.length) parts.push(...d.groupsText(groupFacts(outcome.atTime).slice(0, 3)));
  if (outcome.otherTimes.length) parts.push(...whenAggregated(groupFacts(outcome.otherTimes), { today: d.today }).slice(0, 2));
  if (outcome.related.length) parts.push(...d.groupsText(groupFacts(outcome.related).slice(0, 2)));
  if (!outcome.closed) {
    d.status = "unknown";
    d.texts.push(`I can't confirm that for ${scopeLabel(outcome.scope) ?? "that time"}. What my fact table has: ${parts.join(" ")}`);
  } else {
    // The claim fails on a detail (a figure, "the first"): what holds instead says why.
    const negative = outcome.refutedByDetail ? "" : negativeSentence(plan, outcome.scope);
    // ("did Kazakhstan join at the 1992 Helsinki summit?": the one fact of another time, with its note's where and how.)
    // ("did Plassnik become SG?": so does the one related fact shown — her veto, and who was appointed instead.)
    const shown = [...outcome.atTime, ...outcome.otherTimes, ...outcome.related];
    const only = shown.length === 1 && !outcome.atTime.length ? shown[0]!.note : undefined;
    const said = `No. ${negative} ${parts.join(" ")}`.trim();
    const caveat = only ? noteFor(only, plan.contentStems, said) : undefined;
    d.texts.push(`${said}${caveat ? ` Note: ${caveat}` : ""}`);
  }
  d.used.push(...outcome.atTime, ...outcome.otherTimes, ...outcome.related);
}

/** Who came before or after: each anchor with its neighbour; one neighbour with its related facts. */
function composeOrder(d: AnswerDraft, plan: QueryPlan, outcome: OutcomeOf<"order">, ctx: ComposeContext): void {
  for (const { anchor, neighbour } of outcome.pairs.slice(0, 4)) {
    // ("the third chairmanship after Kazakhstan's": "Third after Kazakhstan (2010)".)
    const steps = plan.orderStep ? `${STEP_WORDS[plan.orderStep] ?? `${plan.orderStep}th`} ${outcome.direction}` : outcome.direction === "before" ? "Before" : "After";
    const head = anchor
      ? `${steps} ${roleText(anchor, plan.relation.mainRole.name)} (${validityLabel(anchor.validity!)})`
      : sentence(scopeLabel(outcome.scope) ?? outcome.direction).replace(/\.$/, "");
    d.texts.push(`${head}: ${d.fact(neighbour)}`);
    d.used.push(neighbour);
    if (anchor) d.used.push(anchor);
  }
  // ("Who was the first chair after Kazakhstan?": one neighbour, with its related facts — the CiO of the chair.)
  if (outcome.pairs.length === 1) {
    const related = relatedFacts([{ primary: outcome.pairs[0]!.neighbour, others: [] }], ctx, { kind: "all" });
    d.texts.push(...d.groupsText(groupFacts(related)));
    d.used.push(...related);
  }
  d.validFor = joinList(outcome.pairs.slice(0, 4).map((p) => validityLabel(p.neighbour.validity!)));
}

/** How many: the times counted, each when; or the distinct values, listed or summarised. */
function composeCount(d: AnswerDraft, plan: QueryPlan, outcome: OutcomeOf<"count">): void {
  const groups = groupFacts(outcome.facts);
  d.used.push(...outcome.facts);
  // ("How many summits …": "7 summits", in the question's own words; "3 times" where it counts times.)
  const counted = plan.countedAs ? `${outcome.count} ${outcome.count === 1 ? singularPhrase(plan.countedAs) : plan.countedAs}` : undefined;
  if (outcome.of === "times") d.texts.push(timesCounted(outcome.count, groups, d.today, counted));
  else {
    const byDate = [...outcome.facts].sort((a, b) => startOf(a) - startOf(b));
    const values = [...new Set(byDate.map((f) => roleText(f, outcome.role ?? plan.relation.mainRole.name) ?? ""))];
    const head = counted ?? String(outcome.count);
    d.texts.push(values.length <= MAX_LIST_ITEMS ? `${head}: ${joinList(values)}.` : `${head}, the first ${values[0]}, the latest ${values[values.length - 1]}. ${NARROW_HINT}`);
  }
}

/** An operation's sentence, with the note of an end said otherwise. */
function composeDerived(d: AnswerDraft, plan: QueryPlan, outcome: OutcomeOf<"derived">): void {
  d.texts.push(outcome.text);
  // ("when did Nazarbayev step down?": the term ended on 20 March; the note says he stepped down the
  // day before — said where the note's sentence has the question's own word.)
  const ending = plan.operation?.kind === "end" && outcome.facts.length === 1 ? otherDateNote(outcome.facts[0]!.note, outcome.text) : undefined;
  if (ending && saysMore(ending, plan.endSaid, outcome.text)) d.texts.push(sentence(`Note: ${ending}`));
  d.used.push(...outcome.facts);
  d.validFor = joinList([...new Set(outcome.facts.slice(0, 4).map((f) => (f.validity ? validityLabel(f.validity) : "")))].filter(Boolean)) || undefined;
}

/** No answer, and why: outside the records, too coarse a date, a figure in words, another count, too many, or nothing found. */
function composeNone(d: AnswerDraft, plan: QueryPlan, outcome: OutcomeOf<"none">): void {
  const { texts, used } = d;
  d.status = outcome.reason === "too_many" ? "ambiguous" : "unknown";
  if (outcome.reason === "out_of_range" && outcome.coverage) {
    const [a, b] = outcome.coverage;
    texts.push(`I don't know: I have no record of ${plan.relation.name} for ${scopeLabel(outcome.scope)}. My records cover ${yearOf(a)}–${yearOf(b)}.`);
  } else if (outcome.reason === "imprecise" && outcome.facts) {
    const grain = plan.operation?.kind === "exact" && plan.operation.grain === "month" ? "month" : "day";
    texts.push(`I can't say that to the ${grain}: my fact table has only ${joinList([...new Set(outcome.facts.map((f) => validityLabel(f.validity!)))])}. ${groupFacts(outcome.facts).slice(0, 3).map((g) => renderGroup(g)).join(" ")}`);
    used.push(...outcome.facts);
  } else if (outcome.reason === "sole_unchecked" && outcome.facts) {
    texts.push(`I can't confirm it was the only one: my fact table has this, but not whether no other ever was. ${groupFacts(outcome.facts).slice(0, 3).map((g) => renderGroup(g)).join(" ")}`);
    used.push(...outcome.facts);
  } else if (outcome.reason === "inexact_figure" && outcome.facts) {
    texts.push(`I can't give an exact figure: my fact table has only this. ${groupFacts(outcome.facts).slice(0, 3).map((g) => renderGroup(g)).join(" ")}`);
    used.push(...outcome.facts);
  } else if (outcome.reason === "count_differs" && outcome.facts) {
    const groups = groupFacts(outcome.facts);
    texts.push(`I don't know which ${plan.statedCount} you mean: my fact table has ${groups.length} record${groups.length === 1 ? "" : "s"} of ${plan.relation.name} for that. ${groups.slice(0, 3).map((g) => renderGroup(g)).join(" ")}`);
    used.push(...groups.slice(0, 3).map((g) => g.primary));
  } else if (outcome.reason === "too_many" && outcome.facts) {
    const groups = groupFacts(outcome.facts);
    const latest = groups[groups.length - 1]!;
    texts.push(`Which one? I have ${groups.length} records of ${plan.relation.name}; ask about a year or a name. The latest: ${d.group(latest)}`);
    used.push(latest.primary);
  } else texts.push(`I don't know: I have no record of that among ${plan.relation.name} facts${outcome.scope.kind === "query" ? ` for ${scopeLabel(outcome.scope)}` : ""}.`);
}

/** A fact whose main value is words (a quotation, a verdict, a development), not a name or a figure. */
export function isVerbatim(relation: QueryPlan["relation"]): boolean {
  return relation.mainRole.literal && relation.mainRole.types.includes("text");
}

/** A "yes" shows this many of the facts that confirm it. */
const MAX_CONFIRMING = 3;
const MAX_CONFIRMING_LISTED = 8;

const SHAPE_OPERATION: Record<QueryPlan["shape"], string> = { value: "value", when: "when", check: "exists", count: "count", order: "order", list: "list" };

/** The plan as the reader sees it: relation, operation, filled roles, time. */
export function readingOf(plan: QueryPlan): Reading {
  const operation = plan.operation?.kind ?? (plan.list && plan.shape === "value" ? "list" : SHAPE_OPERATION[plan.shape]);
  const parts = operation === "value" ? [plan.relation.name] : [plan.relation.name, operation];
  const roles: Record<string, string[]> = {};
  for (const [role, entities] of plan.bindings) {
    const names = entities.map((e) => e.name);
    roles[role] = names;
    parts.push(...names);
  }
  const times = plan.times.map((t) => t.label);
  parts.push(...times);
  // (Built in the order of its fields, each optional one only when there: no spread of little objects.)
  const reading: Partial<Reading> = { relation: plan.relation.id, operation };
  if (plan.asked) reading.asks = plan.asked.name;
  reading.roles = roles;
  if (times.length) reading.time = times.join(", ");
  reading.summary = parts.join(" · ");
  return reading as Reading;
}

/**
 * A "yes" over facts whose substance is free text ("did the election meet international standards?")
 * is only given when every other word of the question is in the text and the text has no negation;
 * otherwise the reporter gets the text itself to judge. So is a "yes" to a question with words only a
 * fact's text explains ("was Greminger renewed?": his note says "not renewed").
 */
function textConfirms(plan: QueryPlan, facts: Fact[]): boolean {
  // ("Glover led the 2005 parliamentary election's observation?": facts that say another kind, not this one, confirm nothing.)
  const otherKind = (f: Fact, kind: { said: Spelling[]; others: Spelling[] }) => !labelsSay(factTextStems(f, "values"), kind.said) && labelsSay(factTextStems(f, "values"), kind.others);
  if (plan.contrastsSaid.some((kind) => facts.every((f) => otherKind(f, kind)))) return false;
  if (plan.factTextWords.length && !facts.some((f) => saysWithoutNegation(f, plan.factTextWords))) return false;
  const main = plan.relation.mainRole;
  const textual = main.literal && main.types.includes("text") && !plan.bindings.has(main.name);
  if (!textual || plan.checkWords.length === 0) return true;
  // (A short form is said in the text by any spelling of it: "MC" by "Ministerial Council".)
  const spelled = plan.checkWordSpellings();
  const wordsIn = (f: Fact) => {
    const stems = factTextStems(f);
    return plan.checkWords.flatMap((w) => spelled.get(w)?.find((s) => s.every((x) => stems.has(x))) ?? [w]);
  };
  return facts.some((f) => saysWithoutNegation(f, wordsIn(f), plan.saysNoOne));
}

function saysWithoutNegation(fact: Fact, stems: string[], noOneClaimed = false): boolean {
  return saysPlainly(fact, stems, factTextStems(fact), noOneClaimed);
}

function negativeSentence(plan: QueryPlan, scope: TimeScope): string {
  // ("before 2012" says its own preposition.)
  const when = scope.kind === "query" ? (/^(?:before|after|since|until|from|between)\b/i.test(scope.time.label) ? ` ${scope.time.label}` : ` ${scope.time.grain === "day" ? "on" : "in"} ${scope.time.label}`) : scope.kind === "now" ? ` as of ${formatDay(scope.day)}` : "";
  const names = [...plan.bindings.values()].flat().map((e: Entity) => e.name);
  if (plan.relation.sayNot) {
    let t = plan.relation.sayNot;
    for (const [role, entities] of plan.bindings) t = t.replaceAll(`{${role}}`, joinList(entities.map((e) => e.name)));
    return sentence(t.replace(/\{\w+\}/g, "").trim() + when);
  }
  if (names.length === 0 && listedCompletelyThen(plan.relation, scope)) return sentence(`None${when}: my fact table lists every one of ${plan.relation.name} up to ${formatDay(dayNumber(...(plan.relation.completeUntil!.split("-").map(Number) as [number, number, number])))}`);
  if (names.length === 0) return sentence(`I have no record of ${plan.relation.name}${when}`);
  return sentence(`${joinList(names)}: not found among ${plan.relation.name} records${when}`);
}

/** Lists longer than this (about eight; ten, so a decade of chairs is still listed) are summarised: how many, the first and the last, and how to narrow them. */
export const MAX_LIST_ITEMS = 10;
/** Where the whole list is asked for ("list …", "name all …", "every …"): up to this many are listed. */
const MAX_ASKED_LIST_ITEMS = 20;

/** A list as English: the things asked for ("Greece (2009)"), or for a long one its count, first and last. */
function compactList(plan: QueryPlan, groups: Group[], scope: TimeScope): string {
  const label = scopeLabel(scope);
  // Name what was asked ("who said …": the speaker) where the main value is a text, not a name.
  // So are the names asked of things listed by their place ("every name the field presence has had").
  const main = plan.relation.mainRole;
  // ("Which countries have Secretaries General come from?": the holders' own countries asked by name.)
  const kindAsked = plan.askedType === "country" && !!plan.asked?.nationality;
  const role = plan.asked && plan.asked !== main && !plan.asked.literal && (main.literal || plan.askedNamed || kindAsked) ? plan.asked.name : undefined;
  // Two statements of one speaker on one day are one item of the list.
  const items = [...new Set(groups.map((g) => shortFact(g.primary, role)))];
  const head = `${plan.relation.name}${label ? `, ${label}` : ""}`;
  if (items.length <= (plan.every ? MAX_ASKED_LIST_ITEMS : MAX_LIST_ITEMS)) return sentence(`${head}: ${originOf(plan, groups)}${joinList(items)}`);
  const dated = [...groups].sort((a, b) => startOf(a.primary) - startOf(b.primary));
  const [first, last] = [dated[0]!, dated[dated.length - 1]!].map((g) => shortFact(g.primary, role));
  return `${head}: ${items.length} records, the first ${first}, the latest ${last}. ${NARROW_HINT}`;
}

const NARROW_HINT = "Ask with a year or a name for any of the others.";

/**
 * A list of changes starts where the first one came from ("Almaty, then Akmola (1997), Astana …"):
 * the `from` role of the earliest fact, where the relation has one of the main role's type.
 */
function originOf(plan: QueryPlan, groups: Group[]): string {
  const main = plan.relation.mainRole;
  const from = plan.relation.roles.find((r) => r.name === "from" && r !== main && r.types.every((t) => main.types.includes(t)));
  const earliest = [...groups].sort((a, b) => startOf(a.primary) - startOf(b.primary))[0];
  const origin = from && earliest ? (earliest.primary.values.get(from.name) ?? []).map(displayValue).join(", ") : "";
  return origin ? `${origin}, then ` : "";
}

const startOf = (f: Fact) => (f.validity ? possibleStart(f.validity) : -Infinity);

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** A fact's values and validity as answers show them, made once per fact (each answer gets its own objects). */
const shownFacts = new WeakMap<Fact, { values: Array<[string, string]>; valid?: string }>();

export function toAnswerFact(f: Fact): AnswerFact {
  let shown = shownFacts.get(f);
  if (!shown) {
    shown = { values: [...f.values].map(([role, vs]) => [role, joinList(vs.map(displayValue))]), ...(f.validity ? { valid: validityLabel(f.validity) } : {}) };
    shownFacts.set(f, shown);
  }
  const values: Record<string, string> = {};
  for (const [role, text] of shown.values) values[role] = text;
  const fact: Partial<AnswerFact> = { id: f.id, relation: f.relation.id, values };
  if (shown.valid !== undefined) fact.valid = shown.valid;
  fact.status = f.status;
  if (f.note) fact.note = f.note;
  if (f.checked) fact.checked = f.checked;
  fact.sources = f.sources;
  return fact as AnswerFact;
}

/** The Answer; `reading`, when there is one, comes last. */
export function finish(status: Answer["status"], text: string, intent: Intent | null, used: Fact[], suggestions: string[], validFor?: string, reading?: Reading): Answer {
  const unique = [...new Set(used)];
  const checked = oldestCheck(unique);
  const answer: Answer = { status, text, intent, facts: unique.map(toAnswerFact), sources: bestSources(unique), suggestions };
  if (validFor) answer.validFor = validFor;
  if (checked) answer.checked = checked;
  if (reading) answer.reading = reading;
  return answer;
}

export { execute };
