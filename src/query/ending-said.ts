/**
 * "When did Nazarbayev resign?": he left two posts, but only one fact says he resigned ("until he
 * resigned on 19 March 2019"); the other post simply ended. Of two readings of a question about an
 * end, the one whose facts' text says the question's own word of ending is meant; so is the one whose
 * end falls in the time said ("when did he leave office in 2019?").
 */
import type { Fact } from "../facts/model.js";
import type { TimeQuery } from "../time/time-query.js";
import { stem } from "../text/stem.js";
import { factTextStems } from "../understand/relation-profile.js";
import type { Outcome } from "./execute.js";

/** The index (0 or 1) of the one outcome whose facts say one of `words` of ending in the question, else null. */
export function saidEnding(question: string, outcomes: [Outcome, Outcome], endWords: ReadonlySet<string>): 0 | 1 | null {
  // ("stepped down": a phrase is said by a fact that says each of its words.)
  const words = ` ${question.toLowerCase().split(/[^\p{L}]+/u).join(" ")} `;
  const said = [...endWords].filter((w) => words.includes(` ${w} `)).map((w) => w.split(" ").map(stem));
  if (said.length === 0) return null;
  const says = outcomes.map((o) => factsOf(o).some((f) => said.some((phrase) => phrase.every((w) => factTextStems(f).has(w)))));
  return says[0] === says[1] ? null : says[0] ? 0 : 1;
}

/** The index (0 or 1) of the one outcome with a fact that ended in the time said, else null. */
export function endedInTime(outcomes: [Outcome, Outcome], time: TimeQuery): 0 | 1 | null {
  const endsThen = (f: Fact) => f.validity?.kind === "span" && !!f.validity.to && f.validity.to.first <= time.end && f.validity.to.last >= time.start;
  const ends = outcomes.map((o) => factsOf(o).some(endsThen));
  return ends[0] === ends[1] ? null : ends[0] ? 0 : 1;
}

function factsOf(outcome: Outcome): Fact[] {
  switch (outcome.kind) {
    case "facts":
    case "derived":
      return outcome.facts;
    case "check":
      return [...outcome.matching, ...outcome.atTime];
    default:
      return [];
  }
}
