/**
 * The desk assembled: the shared state, and every step that needs it, each from its own file.
 */
import type { Desk, DeskState } from "./desk.js";
import { checksSteps } from "./checks.js";
import { clauseSteps } from "./clause.js";
import { clausesSteps } from "./clauses.js";
import { eventsAndMeetingsSteps } from "./events-and-meetings.js";
import { inTurnSteps } from "./in-turn.js";
import { joinedAsksSteps } from "./joined-asks.js";
import { messageSteps } from "./message.js";
import { messageShapesSteps } from "./message-shapes.js";
import { parsedSteps } from "./parsed.js";
import { premiseSteps } from "./premise.js";
import { timeClauseSteps } from "./time-clause.js";
import { turnsAndYearsSteps } from "./turns-and-years.js";
import { verdictsSteps } from "./verdicts.js";

/** A desk over `state`, whole before any question is asked (each step reaches the others only when called). */
export function assembleDesk(state: DeskState): Desk {
  const desk = { ...state } as Desk;
  return Object.assign(desk, verdictsSteps(desk), messageSteps(desk), messageShapesSteps(desk), turnsAndYearsSteps(desk), clausesSteps(desk), joinedAsksSteps(desk), inTurnSteps(desk), clauseSteps(desk), eventsAndMeetingsSteps(desk), timeClauseSteps(desk), checksSteps(desk), parsedSteps(desk), premiseSteps(desk));
}
