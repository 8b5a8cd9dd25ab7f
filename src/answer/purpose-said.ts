/**
 * "which CiO visited Almaty in April 2004 to discuss Kazakhstan's chairmanship bid?", "which 2020
 * Council was held by video because of COVID-19?": the purpose or the cause said after a question
 * asks nothing of its own. The question is answered without it, and kept only
 * where the answer says the purpose too — every name in it and one of its words at least — so that
 * no qualifier the question needs is dropped unchecked.
 */
import type { Answer } from "../model/answer.js";
import { tokens } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import type { Desk } from "./desk.js";

const PURPOSE = /^(.{8,}?)\s+(?:(?:in\s+order\s+)?to\s+(?:discuss|talk(?:\s+(?:about|over))?|push|promote|press|lobby(?:\s+for)?|review|raise|negotiate|prepare|sound\s+out)|because\s+of|due\s+to|owing\s+to|on\s+account\s+of)\s+(.{3,}?)[\s?.!]*$/i;

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

export function answerWithoutPurpose(desk: Desk, text: string, now: Date): Answer | null {
  const m = PURPOSE.exec(text.trim());
  if (!m) return null;
  const main = desk.readings.read(m[1]!, now);
  // (A yes/no question claims the purpose too: "did Passy visit Almaty to discuss the bid?" is left whole.)
  if (main.ask === null || main.yesNo) return null;
  const answer = desk.answerParsed(main, now);
  if (answer.status !== "answered") return null;
  const purpose = desk.readings.read(m[2]!, now);
  const said = fold(answer.text);
  const stems = new Set(tokens(said).map(stem));
  const named = purpose.entities.every((e) => said.includes(fold(e.entity.name)));
  const worded = purpose.contentWords.some((w) => stems.has(w.stem));
  return named && worded ? answer : null;
}
