/**
 * "How long was the capital called Astana before it became Nur-Sultan?": the length of the one term
 * that the change ended — never the time between two renamings, nor every term of that name.
 */
import { finish } from "../compose/compose-answer.js";
import { renderFact, sentence } from "../compose/render-fact.js";
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { dayOfDate, formatDay } from "../time/days.js";
import type { TimeQuery } from "../time/parse-time.js";
import { lengthText } from "../query/span-length.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import type { Desk } from "./desk.js";

/** A length asked ("how long …", "how many months …"), then "before" and a change: something became, or was renamed, something; someone was appointed or took over. */
const LENGTH_BEFORE_CHANGE = /^(.*?\bhow\s+(?:long|many\s+(?:years|months|weeks|days))\b.+?)\s+before\s+((?:it|he|she|they|the\s+\S+|\S+)\s+(?:became|was\s+renamed|got\s+renamed|was\s+made|turned\s+into|was\s+appointed|was\s+elected|took\s+(?:over|office))\b.*?)[\s?.!]*$/i;

const SUBJECT_PRONOUN = /^(?:it|he|she|they)\b/i;

/** A term ends the day the next begins, or within the month before it (terms dated to the month). */
const MONTH = 31;

export function lengthBeforeChangeSteps(desk: Desk) {
  const { readings, factById } = desk;
  const factsOf = (answer: Answer): Fact[] => answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f?.validity);

  /** Null unless the main part asks a length, the change has one day, and one term of the main part held the day before. */
  function answerLengthBeforeChange(text: string, now: Date): Answer | null {
    const m = LENGTH_BEFORE_CHANGE.exec(text.trim());
    if (!m) return null;
    const [, mainText, changeSaid] = m as unknown as [string, string, string];
    const main = readings.read(mainText, now);
    // (Whether it asks a length is told by its answer's reading: "how many months …" is one too.)
    if (main.entities.length === 0) return null;
    // ("before it became Astana": the pronoun is the thing the main part names — Akmola.)
    const change = changeSaid.replace(SUBJECT_PRONOUN, main.entities[0]!.entity.name);
    const changed = factsOf(desk.answerClause(`when ${change}`, now));
    const days = new Set(changed.map((f) => possibleStart(f.validity!)));
    if (changed.length === 0 || days.size !== 1) return null;
    const day = [...days][0]!;
    const dayBefore: TimeQuery = { start: day - 1, end: day - 1, grain: "day", mode: "at", relative: false, index: 0, length: 0, label: `before ${formatDay(day)}` };
    const length = desk.answerParsed({ ...main, times: [dayBefore] }, now);
    const terms = factsOf(length);
    if (length.status !== "answered" || length.reading?.operation !== "duration" || terms.length !== 1) return null;
    const [term] = terms as [Fact];
    const end = possibleEnd(term.validity!, dayOfDate(now));
    if (day - MONTH <= end && end <= day) return length;
    // ("how long was Saudabayev foreign minister before he became CiO": the term went on — up to the change.)
    const start = possibleStart(term.validity!);
    if (end <= day || start >= day) return null;
    const said = `About ${lengthText(day - start)} (${formatDay(start)} to ${formatDay(day)}): ${sentence(renderFact(term))} ${changed.map((f) => sentence(renderFact(f))).join(" ")}`;
    return finish("answered", said, length.intent, [term, ...changed], [], undefined, length.reading);
  }

  return { answerLengthBeforeChange };
}
