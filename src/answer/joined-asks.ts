/**
 * Telegraphic asks joined by "and", "+" or commas ("odihr seat + hcnm seat"), each answered with
 * the names of the one before.
 */
import type { TimeQuery } from "../time/parse-time.js";
import { combineAnswers } from "../compose/combine.js";
import type { Answer } from "../model/answer.js";
import { isChatter } from "../understand/chatter.js";
import type { QuestionParse } from "../understand/question-parse.js";
import { SHAPE_CONCEPTS } from "../understand/vocabulary.js";
import type { Desk } from "./desk.js";
import { monthsOfYearBefore, PERSON_PRONOUN, THING_PRONOUN, TIME_ANAPHOR, withoutTimes } from "./wording.js";

/** A comma part that qualifies the question before it rather than asking ("according to …", "counting from …"). */
const QUALIFYING_PART = /^(?:according|per|counting|given|since|as|including|excluding|not|i\.?e|e\.?g|that\s+is|which\s+(?:day|date|month|year))\b/i;

const CLAUSE_AND = /\S\s+(?:when|while|during|after|before|since|until)\s+\w[^,;?]*\s(?:and|&)\s/i;

const BETWEEN_AND = /\bbetween\b[^,;]*\s(?:and|&)\s/i;

/** The names and times a part says itself, as words to add to another part. */
function ownNamesAndTimes(parse: QuestionParse): string[] {
  return [...parse.entities.map((e) => e.entity.name), ...parse.times.map((t) => t.label)];
}

/** A part's words without the times relative to today it says ("kz capital now" → "kz capital"). */
function withoutRelativeTimes(parse: QuestionParse): string {
  let text = parse.cleaned;
  for (const t of [...parse.times].filter((x) => x.relative).sort((a, b) => b.index - a.index)) text = text.slice(0, t.index) + text.slice(t.index + t.length);
  return text.replace(/\s+/g, " ").trim();
}

/** answerJoinedAsks: telegraphic asks joined by "and", "+" or commas. */
export function joinedAsksSteps(desk: Desk) {
  const { readings } = desk;
  /**
   * "north macedonia osce chair year and cio", "odihr seat + hcnm seat": telegraphic asks joined by
   * "and"/"+", each read with the names of the one before if it has none. Only if every part is
   * answered (a name with "and" in it, "Bosnia and Herzegovina", never splits into two answers).
   */
  function answerJoinedAsks(text: string, now: Date): Answer | null {
    // "did Estonia and Latvia join in 1991?" is one question about two names, not "did Estonia" + "Latvia join".
    const whole = readings.read(text, now);
    // (A claim is not joined by "+": "kz capital now + year it was renamed back" asks two things.)
    if (whole.yesNo || (whole.declarative && !/\s\+\s/.test(text))) return null;
    // ("gap between Germany's CSCE chair and its OSCE chair": "between … and …" is one thing asked;
    // "… when the Swiss 2014 and Serbian 2015 chairmanships were agreed": so is a when-clause's "and".)
    if (BETWEEN_AND.test(text) || CLAUSE_AND.test(text)) return null;
    const parts = commaParts(text, now).flatMap((p) => p.split(/\s+(?:and|&|\+)\s+/i)).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2 || parts.length > 4) return null;
    const parsed = parts.map((part) => readings.read(part, now));
    // ("SG and CiO in 2010?": names and times said only after the last of the leading telegraphic
    // parts are of them all — never of a part that asks with a question word of its own.)
    const firstOwn = parsed.findIndex((p) => ownNamesAndTimes(p).length > 0);
    const trailing = firstOwn > 0 && parsed.slice(0, firstOwn).every((p) => p.ask === null) ? ownNamesAndTimes(parsed[firstOwn]!) : [];
    let carried: string[] = trailing;
    let carriedTimes: string[] = [];
    let timesBefore: { text: string; times: TimeQuery[] } | null = null;
    let subject = "";
    const answers: Answer[] = [];
    for (const [i, part] of parts.entries()) {
      // ("who chaired in 2010 and now": a part that is only a time asks what the part before asked, then.)
      const onlyTime = i > 0 && parsed[i]!.times.length > 0 && parsed[i]!.entities.length + parsed[i]!.concepts.size + parsed[i]!.unknown.length === 0 && parsed[i]!.ask === null;
      if (onlyTime) {
        const answer = desk.answerClause(`${withoutTimes(parsed[i - 1]!)} ${part}`, now);
        if (answer.status !== "answered") return null;
        answers.push(answer);
        continue;
      }
      const parse = parsed[i]!;
      // ("SG in 1995 and where was he based": "he" is the one answered before, which no part names.)
      if (PERSON_PRONOUN.test(part) && !parse.entities.some((e) => e.entity.type === "person")) return null;
      const own = ownNamesAndTimes(parse);
      // ("2011 presidential % and who chaired the osce that year": its own name, the year before.)
      const timeCarried = own.length > 0 && parse.times.length === 0 && TIME_ANAPHOR.test(part) ? carriedTimes : [];
      // ("kz capital now + year it was renamed back": "it" is the thing before, without its "now".)
      const answer = desk.answerClause(own.length ? [monthsOfYearBefore(part, parse, timesBefore), ...timeCarried].join(" ") : THING_PRONOUN.test(part) && subject ? `${part} ${subject}` : [part, ...carried].join(" "), now);
      if (answer.status !== "answered") return null;
      if (own.length) subject = withoutRelativeTimes(parse);
      if (own.length) carried = own;
      if (parse.times.length) [carriedTimes, timesBefore] = [parse.times.map((t) => t.label), { text: parse.cleaned, times: parse.times }];
      answers.push(answer);
    }
    return combineAnswers(answers);
  }

  /**
   * "2023: chair country, CiO, MC city": commas list the asks too, where each part asks something of
   * its own (chatter — "both pls" — left out). Otherwise the whole: "…, which day?" asks one thing more
   * precisely, and "…, according to the Swiss ministry" or "…, counting from 1989" qualify it.
   */
  function commaParts(text: string, now: Date): string[] {
    const pieces = text.split(/\s*,\s*/).filter((p) => p.trim());
    if (pieces.length < 2) return [text];
    const read = pieces.map((p) => ({ p, parse: readings.read(p, now) }));
    const asks = read.filter(({ parse }) => !isChatter(parse));
    const ownAsk = ({ p, parse }: (typeof read)[number]) =>
      !QUALIFYING_PART.test(p) && parse.entities.length + parse.times.length + [...parse.concepts.keys()].filter((c) => !SHAPE_CONCEPTS.has(c)).length > 0;
    // ("first year it was called OSCE, who chaired?": a part with no name or time of its own, after one
    // that asks a time, asks of that answer — one question, not two.)
    const asksTime = (parse: QuestionParse) => parse.ask === "time" || parse.askType === "time" || parse.concepts.has("time_word");
    const ofAnswerBefore = asks.some(({ parse }, i) => i > 0 && parse.entities.length + parse.times.length === 0 && asksTime(asks[i - 1]!.parse));
    return asks.every(ownAsk) && !ofAnswerBefore && !appositionInside(pieces, read.map((r) => r.parse)) ? asks.map(({ p }) => p) : [text];
  }
  return { answerJoinedAsks };
}

/** A part that describes the name before it ("the Swiss Secretary General") … */
const DESCRIBING_PART = /^(?:the|a|an)\s/i;
/** … unless the part after it starts a question of its own. */
const ASKING_START = /^(?:who|what|when|where|which|how|why|and|&|\+|is|are|was|were|did|does|do|has|have)\b/i;

/**
 * "In what year did Helga Schmid, the Swiss Secretary General, take office?": a name, a part that
 * describes it and the rest of the sentence are one question — the middle part asks nothing.
 */
function appositionInside(pieces: string[], parses: QuestionParse[]): boolean {
  return pieces.some((p, i) => i > 0 && i < pieces.length - 1 && DESCRIBING_PART.test(p) && !ASKING_START.test(pieces[i + 1]!) && parses[i - 1]!.entities.length > 0);
}
