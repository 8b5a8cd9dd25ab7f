/**
 * The verdict an answer leads with, in the words asked: "Yes"/"No" on what the reporter offered or
 * guessed, "True"/"False", a near name asked back.
 */
import { entitiesOf } from "../compose/plain-spelling.js";
import { joinList } from "../compose/render-fact.js";
import type { Entity, Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { MONTH_NAMES } from "../time/days.js";
import { guessAfter, guessConfirmed, guessRefuted, shareRefuted } from "../understand/guess-after.js";
import { guessedName, guessedStranger, type GuessedName, guessedValues, saysValues, verdictOnGuess } from "../understand/guessed-name.js";
import { isSlipOf } from "../understand/near-name.js";
import { orderClaim, type OrderClaim } from "../understand/order-claim.js";
import { ruledOutPhrases } from "../understand/ruled-out.js";
import { editDistance } from "../text/edit-distance.js";
import { tokens } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import { isStatement } from "../understand/parse-question.js";
import { telegraphConfirmed } from "../understand/telegraphic-check.js";
import type { Desk } from "./desk.js";
import { correctsPremise } from "./premise.js";
import { AFTER_GUESSED_YEAR, GUESS_LEAD, LEADING_WH, VERDICT_LEAD } from "./wording.js";

/** Whether a fact names the entity in any of its roles. */
function namesEntityIn(fact: Fact, id: string): boolean {
  return [...fact.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && v.entity.id === id));
}

/** "… right?", "… confirm both", "… sanity check": the reporter asks whether what they said holds. */
// ("53 pS in 1995 — right number?": the kind of thing offered may follow.)
const CONFIRM_WORD = /\b(?:right|correct|ok|okay|true|confirm|accurate)(?:\s+(?:both|all|pls|please|plz|number|figure|year|date|dates|name|spelling|city|one))?\s*\??\s*$|\bsanity\s+check\W*$/i;

/** 26 → "26th", 31 → "31st". */
function ordinalSuffixed(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;
}

/**
 * `said` says `offered` as a whole: a figure with decimals never as the start of a longer one ("97.7" is
 * not said by "97.75%"); a whole number may be the rounding of one ("71%" of "71.09%").
 */
function saysWhole(said: string, offered: string): boolean {
  if (!said.includes(offered)) return false;
  if (!/^\d/.test(offered)) return true;
  const after = offered.includes(".") ? "(?![\\d]|\\.\\d)" : "(?!\\d)";
  return new RegExp(`(?<![\\d.])${offered.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${after}`).test(said);
}

/** An answer to several questions one of which already says its verdict ("… Kyiv …. Yes. Ukraine held …"): never led by another. */
const VERDICT_INSIDE = /[.!?]\s+(?:Yes|No)[.:]\s/;
const NEGATED = /\b(?:not|never|no|didn'?t|wasn'?t|isn'?t|lose|lost|fail(?:ed)?|instead|rather)\b/i;

const CONFIRM_TAG = new RegExp(`${CONFIRM_WORD.source}|\\?\\s*$`, "i");

const foldForMatch = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** A guess of the present: "akmola still?", "nur-sultan now?". */
const STILL_OR_NOW = /\b(?:still|now|currently|today|anymore|any\s+more)\b/i;

/** "… - wrong?", "that's wrong isn't it?", "anything wrong?": whether what was said is wrong. */
const WRONG_ASKED = /\bwrong\b[^.?!]*\?*\s*$/i;

const TRUE_OR_FALSE = /\btrue\s+or\s+false\b|\bfalse\s+or\s+true\b/i;

const GUESSED_DAY_MONTH = String.raw`(?:(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+)?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?`;

/**
 * A question asking when, then a date alone as the reporter's guess, after a "?", a dash or dots ("kurz left
 * when — dec 2017?", "dates? 5-6 dec 2005?", "chair year... 2001?"): the day (group 1), the month (2) and the year (3).
 */
const GUESSED_YEAR = new RegExp(String.raw`\b(?:when|year|yr|date|dates)\b[^?]*(?:\?+|\s[—–-]|\.{2,}|…)\s*${GUESS_LEAD}${GUESSED_DAY_MONTH}((?:19|20)\d\d)${AFTER_GUESSED_YEAR}`, "i");

/** Whether an answer says the date guessed: its year, and its month and first day where they are guessed. */
function saysGuessedDate(answerText: string, guess: RegExpExecArray): boolean {
  const [, day, month, year] = guess;
  const name = month ? MONTH_NAMES.find((n) => n.toLowerCase().startsWith(month.toLowerCase())) : undefined;
  // ("Not Kazakhstan in 2009: …" refutes the year it says; a note's "had bid for 2009" is no date of the answer.)
  if (/^Not/.test(answerText)) return false;
  const text = answerText.replace(/\bNote:.*$/s, "");
  if (!new RegExp(String.raw`\b${year}\b`).test(text)) return false;
  if (!name) return true;
  return new RegExp(day ? String.raw`\b${day}(?:-\d{1,2})?\s+${name}\b` : String.raw`\b${name}\b`).test(text);
}

/**
 * "Edi Rama osce CiO year?? 2019?", "Knut Vollebaek, year as CiO? 1998 i think": a when-question with the
 * reporter's guessed year after it is answered with the verdict on the guess ("No: … in 2020").
 */
export function withGuessedYear(text: string, answer: Answer): Answer {
  const guess = GUESSED_YEAR.exec(text);
  if (!guess || answer.status !== "answered" || VERDICT_LEAD.test(answer.text)) return answer;
  return { ...answer, text: `${saysGuessedDate(answer.text, guess) ? "Yes" : "No"}: ${answer.text}` };
}

/** The verdicts put on an answer, in the order factdesk.ts applies them. */
export function verdictsSteps(desk: Desk) {
  const { factById, readings } = desk;
  /**
   * "When was Ian Berg CiO?": a person's name read only by changing or adding a letter may be the one
   * corrected to or someone else ("Schmidt", "Kozharova"; understand/near-name.ts): the answer is never
   * given as that person's. The reporter is asked whether that person is meant, with what the table
   * says of them if so.
   */
  function askedBackOnNearName(text: string, answer: Answer, now: Date): Answer {
    if (answer.status !== "answered") return answer;
    const near = readings.read(text, now).entities.filter((e) => e.fuzzy && e.entity.type === "person" && (e.slips ?? []).some(([typed, read]) => !isSlipOf(typed, read)));
    const named = near.filter((e) => answer.facts.some((f) => factById(f.id) && namesEntityIn(factById(f.id)!, e.entity.id)));
    if (named.length === 0) return answer;
    const who = joinList(named.map((e) => e.entity.name));
    return { ...answer, status: "ambiguous", text: `I know no one by that spelling. Did you mean ${who}? If so: ${answer.text}` };
  }

  /**
   * "where did Poland host the 2022 Council? warsaw?": where the message read whole gives no verdict,
   * the question is answered alone and led by the verdict on the name guessed after it.
   */
  function withVerdictOnGuess(text: string, answer: Answer, now: Date): Answer {
    // ("… 2004 — Rupel?" is answered "Not Dimitrij Rupel …" already: a verdict of its own.)
    if (/^(?:Yes|No|Not|True|False)\b/.test(answer.text)) return answer;
    const ordered = orderClaim(text, (t) => readings.read(t, now));
    if (ordered) return verdictOnOrderClaim(ordered, answer, now);
    const guess = guessedName(text, (t) => readings.read(t, now));
    if (!guess) return withVerdictOnStranger(text, answer, now) ?? withVerdictOnValues(text, answer, now);
    const inner = guessedName(guess.question, (t) => readings.read(t, now));
    if (inner) return withVerdictOnTwoGuesses(inner, guess, answer, now);
    const guessed = desk.answerMessage(guess.question, now);
    return guessed.status === "answered" && !VERDICT_LEAD.test(guessed.text) ? { ...guessed, text: verdictOnGuess(guessed.text, guess.guessed, [...entitiesOf(guessed.facts.map((f) => factById(f.id)))], guess.afterComma, guess.alone) } : answer;
  }

  /**
   * "who was CiO in 2017 — kurz? my colleague insists it was kneissl": a guess after a question that ends in
   * a guess of its own. The question is answered without either, and the answer is judged on both names
   * together: one of them not in it is "No"; both in it, each right for part of the time, is the answer alone.
   */
  function withVerdictOnTwoGuesses(inner: GuessedName, outer: GuessedName, answer: Answer, now: Date): Answer {
    const asked = desk.answerMessage(inner.question, now);
    if (asked.status !== "answered" || VERDICT_LEAD.test(asked.text)) return answer;
    const guessed = [...inner.guessed, ...outer.guessed];
    return { ...asked, text: verdictOnGuess(asked.text, guessed, [...entitiesOf(asked.facts.map((f) => factById(f.id)))], true) };
  }

  /**
   * "where's the PA secretariat? strasbourg?": a place guessed that the table does not know is "No" where the
   * question answered alone names a place, and none of that place's names is the guess or a slip of it.
   */
  function withVerdictOnStranger(text: string, answer: Answer, now: Date): Answer | null {
    const stranger = guessedStranger(text, (t) => readings.read(t, now));
    if (!stranger) return null;
    const asked = desk.answerMessage(stranger.question, now);
    if (asked.status !== "answered" || VERDICT_LEAD.test(asked.text)) return null;
    const places = [...entitiesOf(asked.facts.map((f) => factById(f.id)))].filter((e) => e.type === "city" || e.type === "country");
    const word = stem(stranger.word.toLowerCase());
    const mayBeIt = (e: Entity) => [e.name, ...e.aliases].some((n) => tokens(n).some((t) => editDistance(stem(t), word, 2) <= 2));
    return places.length > 0 && !places.some(mayBeIt) ? { ...asked, text: `No: ${asked.text}` } : null;
  }

  /** "was the summit before Astana in Istanbul?": "which summit was before astana?" answered, led by the verdict on Istanbul (and on any year said with it). */
  function verdictOnOrderClaim(claim: OrderClaim, answer: Answer, now: Date): Answer {
    const asked = desk.answerMessage(claim.question, now);
    if (asked.status !== "answered" || VERDICT_LEAD.test(asked.text) || !saysValues(asked.text, claim.years)) return answer;
    return { ...asked, text: verdictOnGuess(asked.text, claim.guessed, [...entitiesOf(asked.facts.map((f) => factById(f.id)))]) };
  }

  /** "which number summit was astana 2010? 7th?": the question answered alone says "Yes" where it says every value guessed. */
  function withVerdictOnValues(text: string, answer: Answer, now: Date): Answer {
    const guess = guessedValues(text, (t) => readings.read(t, now), ordinalSuffixed);
    if (!guess) return withVerdictOnTelegraph(text, answer, now);
    const plain = desk.answerMessage(guess.question, now);
    return plain.status === "answered" && !VERDICT_LEAD.test(plain.text) && saysValues(plain.text, guess.values) ? { ...plain, text: `Yes: ${plain.text}` } : answer;
  }

  /** "porto MC 2002?": a telegraphic check whose one fact says every name, time and figure is led by "Yes" (understand/telegraphic-check.ts). */
  function withVerdictOnTelegraph(text: string, answer: Answer, now: Date): Answer {
    if (answer.status !== "answered" || /^(?:Yes|No|Not|None)\b/.test(answer.text)) return answer;
    if (answer.facts.length === 1 && telegraphConfirmed(text.trim(), readings.read(text, now), answer.text)) return { ...answer, text: `Yes. ${answer.text}` };
    return withVerdictOfCheckPart(text, answer, now);
  }

  /**
   * "17th MC — athens 2009? dates", "Perrin de Brichambaut - french? when did he take office": a part of
   * the message that is a check, confirmed alone ("Yes") by a fact the whole answer gives too, leads it with "Yes".
   * (Only by a fact the answer gives: a check confirmed by others says nothing of what the answer says.)
   */
  function withVerdictOfCheckPart(text: string, answer: Answer, now: Date): Answer {
    const parts = text.split(/(?<=\?)\s+/).filter((p) => /\p{L}/u.test(p));
    if (parts.length < 2) return answer;
    const given = new Set(answer.facts.map((f) => f.id));
    const confirmed = parts.some((part) => {
      const alone = withVerdictOnTelegraph(part, withGuessedYear(part, withConfirmation(part, desk.answerMessage(part, now), now)), now);
      return alone.status === "answered" && /^Yes\b/.test(alone.text) && alone.facts.some((f) => given.has(f.id));
    });
    return confirmed ? { ...answer, text: `Yes. ${answer.text}` } : answer;
  }

  /**
   * "how long is an SG term? 3 yrs?": where the message read whole is not answered, the question is
   * answered alone and led by "Yes" where it says all the guess after it says (understand/guess-after.ts);
   * a guess it does not confirm leaves the whole unanswered.
   */
  function withGuessAfterConfirmed(text: string, answer: Answer, now: Date): Answer {
    const split = answer.status === "answered" && VERDICT_LEAD.test(answer.text) ? null : guessAfter(text);
    if (!split) return answer;
    const alone = desk.answerMessage(split.question, now);
    if (alone.status !== "answered" || VERDICT_LEAD.test(alone.text)) return answer;
    // ("threshold in 2007? 5%?": answered whole as the question alone is, the verdict on the guess leads it —
    // never of now: "capital called? akmola still?" is no check of a history.)
    // ("… at which MC — Hamburg 2016?": the whole may add what the year guessed names too — the 2016 chair.)
    if (answer.status === "answered" && (!givesAllOf(answer, alone) || STILL_OR_NOW.test(split.guess))) return answer;
    const entityIds = new Set([...entitiesOf(alone.facts.map((f) => factById(f.id)))].map((e) => e.id));
    const guess = readings.read(split.guess, now);
    if (guessConfirmed(guess, { text: alone.text, entityIds })) return { ...alone, text: `Yes: ${alone.text}` };
    return guessRefuted(guess, askedEntities(alone)) || shareRefuted(guess, split.guess, alone.text) ? { ...alone, text: `No: ${alone.text}` } : answer;
  }

  /** Whether `a` gives every fact `b` does. */
  function givesAllOf(a: Answer, b: Answer): boolean {
    const ids = new Set(a.facts.map((f) => f.id));
    return b.facts.every((f) => ids.has(f.id));
  }

  /** The distinct names an answer gives in the role it asks, from the facts of its own relation. */
  function askedEntities(answer: Answer): Entity[] {
    const role = answer.intent?.asks;
    const facts = answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f && f.relation.id === answer.intent?.relation);
    const named = facts.flatMap((f) => (role ? (f.values.get(role) ?? []) : [])).flatMap((v) => (v.kind === "entity" ? [v.entity] : []));
    return [...new Map(named.map((e) => [e.id, e])).values()];
  }

  /**
   * "True or false: …": the verdict in the words asked ("False." for "No."); none for a choice of two
   * names ("gilmore or martin?"). "… - wrong?", "anything wrong?": "Right." or "Wrong." — a "Yes" to
   * whether it is wrong would say the opposite of what holds.
   */
  function inTheWordsAsked(text: string, answer: Answer, now: Date): Answer {
    if (answer.status === "answered" && readings.read(text, now).offersChoice) return { ...answer, text: answer.text.replace(/^(?:Yes|No)[.:,]\s*/, "") };
    const words = TRUE_OR_FALSE.test(text) ? ["True", "False"] : WRONG_ASKED.test(text) ? ["Right", "Wrong"] : null;
    if (answer.status !== "answered" || !words) return answer;
    const verdict = /^(Yes|No)\b[.:,]?/.exec(answer.text);
    return verdict ? { ...answer, text: `${verdict[1] === "Yes" ? words[0] : words[1]}.${answer.text.slice(verdict[0].length)}` } : answer;
  }

  /**
   * "nazarbayev got 95.5 in 2011?", "2007 CiO - moratinos right?", "portugal chaired when? 2002 right?":
   * a check answered with the facts themselves says "Yes" when they hold every name, figure and year
   * the message offered. (Never where the message negates, or says what the facts do not.)
   */
  function withConfirmation(text: string, answer: Answer, now: Date): Answer {
    if (answer.status !== "answered" || VERDICT_LEAD.test(answer.text) || VERDICT_INSIDE.test(answer.text) || correctsPremise(answer) || NEGATED.test(text)) return answer;
    // (A question word with no confirming tag asks for something: no need to read it again.)
    if (LEADING_WH.test(text) && !CONFIRM_WORD.test(text)) return answer;
    const parse = readings.read(text, now);
    // (A question word asks for something else: "who succeeded Moratinos in 2008?" is no check.)
    if (!parse.yesNo && (!CONFIRM_TAG.test(text) || (parse.ask !== null && !CONFIRM_WORD.test(text)))) return answer;
    // (A choice — "its first or second?" — is answered by what was chosen, never "Yes".)
    if (parse.unknown.length > 0 || parse.operations.size > 0 || parse.alternative) return answer;
    // ("bratislava MC — 26th, dec 2019? sanity check": an ordinal, a month and a day offered are checked too.)
    const figures = [...parse.numbers, ...parse.times.filter((t) => !t.relative && (t.grain === "year" || t.grain === "month" || t.grain === "day")).map((t) => t.label), ...(parse.ordinal !== null && parse.ordinal > 1 ? [ordinalSuffixed(parse.ordinal)] : [])];
    // (A name and a figure or year at least, and no order: "kazakhstan osce chair?" asks when, "did
    // Serbia chair before Germany?" is answered by the turns, neither offers a fact to confirm.)
    // ("53 pS in 1995 — right number?": a figure offered of a kind named is a name enough.)
    // ("the 2012 vote — jan 15 right?": so is a day offered of a kind named.)
    const dayOffered = parse.times.some((t) => !t.relative && t.grain === "day");
    if (figures.length === 0 || (parse.entities.length === 0 && ((parse.numbers.length === 0 && !dayOffered) || parse.concepts.size === 0)) || parse.order || answer.intent?.shape === "when") return answer;
    // ("turnout in the 2005 kz presidential election?": a name and a year with no figure, no verb and no
    // "right" ask for the fact; they offer nothing to confirm — "Saudabayev was CiO in 2010?" does.)
    if (parse.numbers.length === 0 && !CONFIRM_WORD.test(text) && !isStatement(text)) return answer;
    // (A year the answer was read at is said by it, whether its sentence names the year or a span round it:
    // "53 pS in 1995" — "53 participating States from 1993 to 1996".)
    const readAt = answer.reading?.time && !/^The latest record/.test(answer.text) ? answer.reading.time : "";
    const offered = [...parse.entities.map((e) => e.entity.name), ...figures.filter((f) => !(/^\d{4}$/.test(f) && readAt.includes(f)))];
    // (A figure offered that the answer gives only as the preliminary one, or in a note, is not confirmed.)
    const said = foldForMatch(answer.text.replace(/\((?:final|preliminary)[^)]*\)/gi, "").replace(/\bNote:.*$/s, ""));
    return offered.every((o) => saysWhole(said, foldForMatch(o))) ? { ...answer, text: `Yes: ${answer.text}` } : answer;
  }
  /**
   * "The 2022 presidential election was the first under the single seven-year term.": a claim answered
   * by one fact whose own words — its sentence and its note — say every name, figure and word the
   * claim says is led by "Yes". (Never a negated claim: the note's words would say the opposite.)
   */
  function withVerdictFromOwnWords(text: string, answer: Answer, now: Date): Answer {
    // (Only a claim said whole: "the second secretary general of the osce was?" is left open for the answer.)
    if (answer.status !== "answered" || answer.facts.length !== 1 || /^(?:Yes|No|Not|None)\b/.test(answer.text) || !isStatement(text) || /\?\s*$/.test(text) || NEGATED.test(text)) return answer;
    const parse = readings.read(text, now);
    if (parse.ask !== null || parse.order !== null || parse.alternative) return answer;
    const said = foldForMatch(answer.text);
    const stems = new Set(tokens(said).map((w) => stem(w)));
    const words = [...parse.contentWords.map((w) => w.stem), ...parse.unknown.map((u) => stem(foldForMatch(u.form)))];
    const named = parse.entities.every((e) => said.includes(foldForMatch(e.entity.name))) && parse.numbers.every((n) => said.includes(n));
    return words.length > 0 && named && words.every((w) => stems.has(w)) ? { ...answer, text: `Yes: ${answer.text}` } : answer;
  }
  /**
   * "capital before astana? (not akmola, the one before)": an answer that gives, in the role asked, a
   * name the reporter ruled out is no answer to what they asked.
   */
  function withoutRuledOut(text: string, answer: Answer, now: Date): Answer {
    if (answer.status !== "answered") return answer;
    const ruledOut = new Set(ruledOutPhrases(text).flatMap((p) => readings.read(p, now).entities.map((m) => m.entity.id)));
    const given = askedEntities(answer).filter((e) => ruledOut.has(e.id));
    if (given.length === 0) return answer;
    return desk.unknown(`I don't know: the answer I have is ${joinList(given.map((e) => e.name))}, which you ruled out.`);
  }
  return { askedBackOnNearName, withoutRuledOut, withVerdictOnGuess, withGuessAfterConfirmed, inTheWordsAsked, withConfirmation, withVerdictFromOwnWords };
}
