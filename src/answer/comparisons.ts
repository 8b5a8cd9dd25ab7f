/**
 * Questions that compare what they offer: people by how long each held something, two things by a
 * figure. Each is asked first, before the message is read whole, and answers only where every side is
 * answered plainly by the table.
 */
import { finish } from "../compose/compose-answer.js";
import { renderFact } from "../compose/render-fact.js";
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { dayOfDate } from "../time/days.js";
import type { Desk } from "./desk.js";
import { figureIn, figureOfTwo, figureRoleNamed } from "./figure-of-two.js";
import { comparedHolding, kindNamingAll, longerOfNames } from "./longer-of-names.js";

/** One side of a comparison of figures: its facts, the kind of figure, and the figures' range. */
interface Figures {
  side: string;
  facts: Fact[];
  type: string;
  least: number;
  most: number;
}

/** answerLongerOfNames, answerFigureOfTwo. */
export function comparisonsSteps(desk: Desk) {
  const { readings, factById } = desk;
  /**
   * "Who chaired for more of 2018, Alfano or Moavero Milanesi?": the question without the names says what
   * was held; the one who held it longer (or shorter), in the year said or in all (longer-of-names.ts).
   */
  function answerLongerOfNames(message: string, now: Date): Answer | null {
    const asked = longerOfNames(message, (t) => readings.read(t, now));
    if (!asked) return null;
    const base = desk.answerQuestionsOf(asked.question, now);
    const kind = base.status === "answered" ? kindNamingAll(base, desk.table.facts, asked.people) : null;
    if (!kind) return null;
    const today = dayOfDate(now);
    const year = readings.read(message, now).times.find((t) => !t.relative);
    const window: [number, number] = year ? [year.start, year.end] : [-Infinity, today];
    const found = comparedHolding(asked, desk.table.facts.filter((f) => f.relation.id === kind), window, today, year?.label);
    return found && finish("answered", found.text, null, found.facts, []);
  }

  /**
   * "Were there more participating States in 1995 or in 2006?": each side's figures, the higher (or lower)
   * side first — only where every figure of one side is beyond every figure of the other (figure-of-two.ts).
   */
  function answerFigureOfTwo(message: string, now: Date): Answer | null {
    const asked = figureOfTwo(message, (t) => readings.read(t, now));
    if (!asked) return null;
    const [a, b] = asked.asked.map((q, i) => sideFigures(desk.answerQuestionsOf(q, now), asked.noun, asked.sides[i]!));
    if (!a || !b || a.type !== b.type || a.facts.some((f) => b.facts.includes(f))) return null;
    const [win, lose] = asked.higher ? [a, b].sort((x, y) => y.most - x.most) : [a, b].sort((x, y) => x.least - y.least);
    if (asked.higher ? win!.least <= lose!.most : win!.most >= lose!.least) return null;
    const head = asked.said[0]!.toUpperCase() + asked.said.slice(1);
    const said = (side: Figures) => side.facts.map((f) => renderFact(f)).join(" ");
    // ("More in December 1997: … (in 1995: …)": each side as asked, since a figure's own dates may not say it.)
    return finish("answered", `${head} ${win!.side}: ${said(win!)} (${lose!.side}: ${said(lose!)})`, null, [...win!.facts, ...lose!.facts], []);
  }

  /** The final facts an answer gives (a preliminary figure beside them set aside), with the range of the figure the noun names. */
  function sideFigures(answer: Answer, noun: string, side: string): Figures | null {
    if (answer.status !== "answered") return null;
    const facts = answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f && f.status === "final");
    const valued = facts.map((f) => {
      const role = figureRoleNamed(f.relation.roles, noun);
      return { f, type: role?.types.find((t) => t === "percent" || t === "number"), n: role ? figureIn(f, role) : null };
    });
    if (valued.length === 0 || valued.some((v) => v.n === null) || new Set(valued.map((v) => v.type)).size !== 1) return null;
    const ns = valued.map((v) => v.n!);
    return { side, facts, type: valued[0]!.type!, least: Math.min(...ns), most: Math.max(...ns) };
  }
  return { answerLongerOfNames, answerFigureOfTwo };
}
