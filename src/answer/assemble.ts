/**
 * The desk assembled: the shared state, and every step that other steps call, each from its own file.
 */
import { alwaysSteps } from "./always.js";
import { checkAtEachTimeSteps } from "./check-at-each-time.js";
import { comparisonsSteps } from "./comparisons.js";
import type { Desk, DeskState } from "./desk.js";
import { eventsAndMeetingsSteps } from "./events-and-meetings.js";
import { inTurnSteps } from "./in-turn.js";
import { joinedAsksSteps } from "./joined-asks.js";
import { lengthBeforeChangeSteps } from "./length-before-change.js";
import { messageShapesSteps } from "./message-shapes.js";
import { messageSteps } from "./message.js";
import { oneClauseSteps } from "./one-clause.js";
import { parsedSteps } from "./parsed.js";
import { postsOfPersonSteps } from "./posts-of-person.js";
import { premiseSteps } from "./premise.js";
import { questionClausesSteps } from "./question-clauses.js";
import { relativeJoinSteps } from "./relative-join.js";
import { timeClauseSteps } from "./time-clause.js";
import { turnsAndYearsSteps } from "./turns-and-years.js";

/**
 * A desk over `state`. The steps are made before any question is asked and reach one another only
 * when called, so each can be given the desk it will be part of. (Typed: a step missing from the
 * files, or one that is not the `Desk`'s, fails to compile.)
 */
export function assembleDesk(state: DeskState): Desk {
  const desk = { ...state } as Desk;
  const steps: Omit<Desk, keyof DeskState> = {
    ...messageSteps(desk),
    ...messageShapesSteps(desk),
    ...alwaysSteps(desk),
    ...comparisonsSteps(desk),
    ...turnsAndYearsSteps(desk),
    ...questionClausesSteps(desk),
    ...joinedAsksSteps(desk),
    ...inTurnSteps(desk),
    ...oneClauseSteps(desk),
    ...eventsAndMeetingsSteps(desk),
    ...relativeJoinSteps(desk),
    ...lengthBeforeChangeSteps(desk),
    ...timeClauseSteps(desk),
    ...checkAtEachTimeSteps(desk),
    ...parsedSteps(desk),
    ...premiseSteps(desk),
    ...postsOfPersonSteps(desk),
  };
  return Object.assign(desk, steps);
}
