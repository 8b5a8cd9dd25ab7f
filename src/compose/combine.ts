/**
 * One reply to a message that asked several things: the answers in the order asked, each part
 * that could not be answered said plainly, the facts and sources of all of them.
 */
import type { Answer, AnswerFact, Source } from "../model/answer.js";
import { MAX_ANSWER_CHARS, MAX_NOTE_CHARS, MAX_SOURCES, withoutRepeats } from "./tidy.js";

const PLACE = ["first", "second", "third", "fourth", "fifth", "sixth"];

export function combineAnswers(parts: Answer[]): Answer {
  const answered = parts.filter((a) => a.status === "answered");
  if (answered.length === 0) return parts.find((a) => a.status === "ambiguous") ?? parts[0]!;
  const texts: string[] = [];
  for (const [i, a] of parts.entries()) {
    // (A part said by another part's fact has no words of its own: answer/said-already.ts.)
    if (a.status === "answered" && a.text === "") continue;
    const own = a.status === "answered" ? withoutSentenceSaid(a.text, texts.join(" ")) : `I don't know the answer to the ${PLACE[i] ?? `${i + 1}th`} part of your question.`;
    if (own) texts.push(own);
  }
  // Half an answer is not an answer: it is said as such, never passed off as the whole.
  const whole = answered.length === parts.length;
  const facts = uniqueBy<AnswerFact>(answered.flatMap((a) => a.facts), (f) => f.id);
  const text = withOneNoteOfOneFact(withoutRepeats(whole ? texts.join(" ") : `I can only answer part of that. ${texts.join(" ")}`), facts.length);
  const sources = uniqueBy<Source>(answered.flatMap((a) => a.sources), (s) => `${s.url ?? ""}|${s.document ?? ""}|${s.title}`).slice(0, MAX_SOURCES);
  const checked = answered.map((a) => a.checked).filter((c): c is string => !!c).sort()[0];
  const validFor = answered.map((a) => a.validFor).filter(Boolean).join("; ");
  const readings = parts.flatMap((a) => (a.reading ? [a.reading] : []));
  const reading = readings[0] && { ...readings[0], summary: readings.map((r) => r.summary).join(" | ") };
  return { status: whole ? "answered" : "unknown", text, intent: answered[0]!.intent, facts, sources, suggestions: [], ...(validFor ? { validFor } : {}), ...(reading ? { reading } : {}), ...(checked ? { checked } : {}) };
}

/**
 * "When did he start, and when did his term end?": the second answer, "Until 18 July 2020: <the
 * sentence the first already said>", keeps its lead and drops the sentence said before.
 */
function withoutSentenceSaid(text: string, before: string): string {
  // ("nur otan % + seats": a second answer that the first said whole — with more — says nothing.)
  if (text.split(/(?<=\.)\s+(?=[A-Z])/).every((sentence) => before.includes(sentence.replace(/\.$/, "")))) return "";
  // (So does a verdict: "No. <the sentence said before> Note: …".)
  const led = /^([^:.]{1,60}): (.+?\.)(?: (.*))?$/s.exec(text) ?? /^(Yes|No)\. (.+?\.)(?: (.*))?$/s.exec(text);
  // (Nothing but the same verdict left — "Yes: <said>" after "Yes: <said>" — says nothing more.)
  if (led && before.includes(led[2]!)) return !led[3] && before.startsWith(led[1]!) ? "" : [`${led[1]}.`, led[3]].filter(Boolean).join(" ");
  if (led) return text;
  // ("when did Schmid leave, and who blocked her extension?": the second part's sentence, said by the
  // first part's already, gives way to what it says more — its note.)
  const plain = /^(.{20,}?\.) (\S.*)$/s.exec(text);
  return plain && before.includes(plain[1]!) ? plain[2]! : text;
}

/**
 * "Most recent Mazhilis election: when, and who topped it?": one fact asked twice, each part with a
 * note of its own, stays pasteable — its first note only, where two would pass MAX_ANSWER_CHARS.
 */
function withOneNoteOfOneFact(text: string, facts: number): string {
  if (facts !== 1 || text.length < MAX_ANSWER_CHARS) return text;
  const parts = text.split(/ (?=Note: )/);
  const firstNote = parts.findIndex((p) => p.startsWith("Note: "));
  // (A later part that is a note alone is left out; one that says more than a note is kept.)
  return parts.filter((p, i) => i <= firstNote || !p.startsWith("Note: ") || p.length > MAX_NOTE_CHARS + 8).join(" ");
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && !!seen.add(key(t)));
}
