/**
 * "montenegro joined in 2006 — who chaired the osce then?", "astana summit year + CiO at the time": a
 * last part that refers back to a time ("then", "that year", "at the time") and a part before it that
 * says the time, or names an event a "when …" question dates. The last part is asked again at that
 * time, said in its words ("… in 2006", "… on 1 December 2010").
 */
import type { Fact } from "../facts/model.js";
import type { QuestionParse } from "../understand/question-parse.js";
import { formatDay, yearOf } from "../time/days.js";
import { possibleStart } from "../time/validity.js";

/** The last separator before the part that refers back: a dash, ";", "?", ". ", " + ", ", " or " and ". */
const LAST_PART = /^(.+\S)(?:\s*[—–;?!]\s*|\.\s+|\s+-\s+|\s*,\s*|\s+\+\s+|\s+and\s+)(.+?)[?.!\s]*$/;
/** A time referred back to, at the part's end (or before "too"): the words to put the time in place of. */
const BACK_TO_TIME = /\s*\b(?:(?:in\s+)?that\s+(?:same\s+)?(?:year|yr)|(?:in\s+)?the\s+same\s+year|at\s+(?:that|the)\s+time|back\s+then|by\s+then|then)\b(?=\s*(?:too|also|as\s+well)?\s*[?.!]*\s*$)/i;
/** "where was that year's Council?": a year referred back to before a noun, put in as "the 2010 Council". */
const BACK_TO_YEAR_OF = /\bthat\s+(?:same\s+)?(?:year|yr)['’]s\b/i;
/** "…, so where was …": a word that joins the last part to the statement before, and asks nothing. */
const JOINING_WORD = /^(?:and\s+)?(?:so|then|but)\s+(?=(?:who|whom|what|which|when|where|how|did|was|were|is)\b)/i;
/** "… year", "… when", "… date": a context that asks when — the reporter wants its answer too. */
const ASKS_WHEN = /\b(?:year|yr|when|date|day)\b/i;

/** A verb that makes the part before a statement: "joined", "was renamed", "took office". */
const FINITE_VERB = /\b(?:was|were|is|are|has|had|took|became|won|left|got|began|came|went|ran|held|[a-z]{3,}ed)\b/i;
const PRONOUN = /\b(?:it|its|they|their|he|his|she|her|that|this|there)\b/i;

export interface ContextDater {
  read: (text: string) => Readonly<QuestionParse>;
  /** The one dated fact that answers a "when …" question, if one does. */
  datedFact: (question: string) => Fact | undefined;
}

export interface ThenOfContext {
  /** The part before, as said. */
  context: string;
  /** Whether the part before asks something itself ("astana summit year"), to be answered first. */
  contextAsks: boolean;
  /** The last part, asked at the time. */
  question: string;
}

/** The last part asked at the context's time, or null where the message is not of this kind. */
export function thenOfContext(text: string, dater: ContextDater): ThenOfContext | null {
  // (Most messages refer back to no time: the cheap test first.)
  if (!BACK_TO_TIME.test(text.trim()) && !BACK_TO_YEAR_OF.test(text)) return null;
  const m = LAST_PART.exec(text.trim());
  if (!m) return null;
  const [, context, lastSaid] = m as unknown as [string, string, string];
  const last = lastSaid.replace(JOINING_WORD, "");
  const back = BACK_TO_TIME.exec(last) ?? BACK_TO_YEAR_OF.exec(last);
  if (!back) return null;
  const ofYear = BACK_TO_YEAR_OF.test(back[0]);
  const asked = ofYear ? last : last.replace(BACK_TO_TIME, "").trim();
  const own = dater.read(context);
  // (The last part must say its own time nowhere else, and the part before must name something.)
  const rest = asked.replace(BACK_TO_YEAR_OF, "the");
  if (dater.read(rest).times.length > 0 || (own.entities.length === 0 && own.times.length === 0)) return null;
  // ("… was it called that then?": a pronoun's referent lies in the part before, which is no question of its own.)
  if (PRONOUN.test(rest)) return null;
  // A part before with no verb of its own ("MC 2022 city", "passy's 2004 visit") is telegraphic: it asks too.
  const contextAsks = own.ask !== null || own.yesNo || ASKS_WHEN.test(context) || !FINITE_VERB.test(context);
  const said = own.times.filter((t) => !t.relative);
  if (said.length > 1) return null;
  const yearSaid = /\b(?:year|yr)\b/i.test(back[0]);
  // ("that year's Council": the year put in place of the words, "the 2010 Council".)
  const at = (year: string, fallback: string) => (ofYear ? asked.replace(BACK_TO_YEAR_OF, `the ${year}`) : `${asked} ${fallback}`);
  const event = dater.datedFact(`when ${context.replace(/\b(?:year|yr|date|day|when)\b/gi, " ").replace(/\s+/g, " ").trim()}`);
  const day = event?.validity ? possibleStart(event.validity) : null;
  // A time said is the reporter's; the event's own day, where it falls within it, says it more exactly
  // ("kurz left in 2017 — who chaired then?" is of the day he left, not the whole year).
  if (said.length === 1) {
    const t = said[0]!;
    // (Only of an event the reporter states: "who chaired in 2005 and who was SG that year" asks of all of 2005.)
    // ("kazakhstan chaired in 2010 — did astana host a summit that year?": "that year" is the year, never the event's first day.)
    const within = !contextAsks && day !== null && day >= t.start && day <= t.end && !yearSaid;
    return { context, contextAsks, question: within ? `${asked} on ${formatDay(day)}` : at(t.label, `in ${t.label}`) };
  }
  if (day === null) return null;
  return { context, contextAsks, question: yearSaid ? at(String(yearOf(day)), `in ${yearOf(day)}`) : `${asked} on ${formatDay(day)}` };
}
