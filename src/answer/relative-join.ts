/**
 * Two relations joined on the one asked for: "who was the Senate speaker that met Passy in 2004" is
 * the people Passy met (one relation) who were Senate speaker when they met him (another). Each part
 * is asked as a question of its own; the answer is the people both name, with the facts of each.
 */
import { finish } from "../compose/compose-answer.js";
import { renderFact, sentence } from "../compose/render-fact.js";
import type { Entity, Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import type { TimeQuery } from "../time/parse-time.js";
import { dayOfDate } from "../time/days.js";
import { possibleEnd, possibleStart, validityLabel } from "../time/validity.js";
import { type RelativeSplit, relativeSplits } from "../understand/relative-clause.js";
import type { Desk } from "./desk.js";
import { VERDICT_LEAD } from "./wording.js";

/** A part's answer names people (or things): "who met Passy", "who was Senate speaker then". */
function namesAsked(answer: Answer): boolean {
  const shape = answer.intent?.shape;
  return answer.status === "answered" && !!answer.intent?.asks && (shape === "value" || shape === "list") && !/^(?:Yes|No|None)\b/.test(answer.text);
}

/** The entities a fact holds in a role. */
function entitiesIn(fact: Fact, role: string): Entity[] {
  return (fact.values.get(role) ?? []).flatMap((v) => (v.kind === "entity" ? [v.entity] : []));
}

/**
 * A fact holds every name its part says ("the CEC chair": the CEC), or its relation is about that
 * name ("the OSCE CiO"): an answer may add facts that lack the role ("where the table records no
 * body: …"), and those are no join.
 */
function holdsAll(fact: Fact, names: readonly string[]): boolean {
  const held = new Set([...[...fact.values.keys()].flatMap((role) => entitiesIn(fact, role)).map((e) => e.id), ...fact.relation.context]);
  return names.every((id) => held.has(id));
}

/** The days a fact holds, as the time a question is asked at. */
function timeOfFact(fact: Fact, today: number): TimeQuery {
  const v = fact.validity!;
  return { start: possibleStart(v), end: possibleEnd(v, today), grain: "range", mode: "at", relative: false, index: 0, length: 0, label: validityLabel(v) };
}

interface Joined {
  answer: Answer;
  /** Who the join found, as one key: two splits that find others read the question two ways. */
  key: string;
}

/** answerThroughRelative: a post said of the one asked for, and what that one did. */
export function relativeJoinSteps(desk: Desk) {
  const { readings, factById } = desk;
  // (Set while a split's parts are asked: a part is never split again.)
  let joining = false;

  /** The facts of an answer's own relation, looked up again. */
  function ownFacts(answer: Answer): Fact[] {
    return answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f && f.relation.id === answer.intent!.relation);
  }

  /**
   * "who was the senate speaker" at the days of the relative clause's fact — the post then, unless
   * the head says a time of its own. Null where that is not answered with names.
   */
  function headAt(split: RelativeSplit, fact: Fact, now: Date): { answer: Answer; names: string[] } | null {
    const parse = readings.read(`who was the ${split.head}`, now);
    // A post is words of a kind of fact, never a name ("who was the Tony" is no post).
    if (parse.unknown.length > 0 || parse.yesNo || parse.concepts.size === 0 || parse.entities.some((m) => m.entity.type === "person")) return null;
    const times = parse.times.length ? parse.times : [timeOfFact(fact, dayOfDate(now))];
    const answer = desk.answerParsed({ ...parse, times }, now);
    return namesAsked(answer) ? { answer, names: parse.entities.map((m) => m.entity.id) } : null;
  }

  /**
   * One split: the relative clause's facts whose people (those it does not name itself: "who met
   * Passy" names Passy) the head's answer names too, in the role the head asks.
   */
  function joined(split: RelativeSplit, now: Date): Joined | null {
    const relative = desk.answerClause(split.relative, now);
    const said = new Set(readings.read(split.relative, now).entities.map((m) => m.entity.id));
    // (What the one asked for did is told of someone or something named: "met Passy", "visited Almaty".)
    // (Never a clause the facts refute — "hosted the 2025 Council in Helsinki" is "Not in Helsinki: …".)
    if (!namesAsked(relative) || said.size === 0 || VERDICT_LEAD.test(relative.text)) return null;
    const used: Fact[] = [];
    const found = new Set<string>();
    // (Only facts that hold every name the clause says: "met in Almaty" is never a meeting whose place is not recorded.)
    for (const fact of ownFacts(relative).filter((f) => holdsAll(f, [...said]))) {
      const head = fact.validity ? headAt(split, fact, now) : null;
      if (!head) continue;
      if (head.answer.intent!.relation === relative.intent!.relation) continue;
      const held = ownFacts(head.answer)
        .filter((h) => holdsAll(h, head.names))
        .map((h) => ({ h, named: entitiesIn(h, head.answer.intent!.asks!).filter((e) => e.type === "person") }));
      const others = [...fact.values.keys()].flatMap((role) => entitiesIn(fact, role)).filter((e) => !said.has(e.id));
      const both = held.filter(({ named }) => named.some((e) => others.some((o) => o.id === e.id)));
      if (both.length === 0) continue;
      for (const { named } of both) for (const e of named) if (others.some((o) => o.id === e.id)) found.add(e.id);
      used.push(...both.map(({ h }) => h).filter((h) => !used.includes(h)), fact);
    }
    if (found.size === 0) return null;
    const text = used.map((f) => sentence(renderFact(f))).join(" ");
    return { answer: finish("answered", text, relative.intent, used, [], undefined, relative.reading), key: [...found].sort().join(",") };
  }

  /**
   * "which CiO visited Almaty in April 2004", "the deputy FM Passy met": each way of splitting the
   * question into a post and a relative clause is tried; answered only where every split that joins
   * finds the same ones (two readings that disagree are no answer). Null otherwise.
   */
  function answerThroughRelative(text: string, now: Date): Answer | null {
    if (joining) return null;
    const whole = readings.read(text, now);
    // ("which Finnish city hosted …" asks a place: only a post, held by a person, is joined; "senate
    // speaker passy met?" asks with no question word at all.)
    if (whole.yesNo || whole.declarative || whole.operations.size > 0 || (whole.ask !== "agent" && whole.ask !== "which" && whole.ask !== null) || (whole.askType !== null && whole.askType !== "person")) return null;
    // ("the Senate speaker Passy met", "… Solomon Passy met": a name of one or two words opens the clause.)
    const nameLength = (rest: string) => {
      const [first, second] = rest.split(" ");
      if (readings.read(`${first} ${second}`, now).entities.some((m) => m.words === 2)) return 2;
      return readings.read(first!, now).entities.length > 0 ? 1 : 0;
    };
    joining = true;
    let found: Joined[];
    try {
      found = relativeSplits(text, nameLength)
        .map((s) => joined(s, now))
        .filter((j): j is Joined => j !== null);
    } finally {
      joining = false;
    }
    if (found.length === 0 || found.some((j) => j.key !== found[0]!.key)) return null;
    return found[found.length - 1]!.answer;
  }

  return { answerThroughRelative };
}
