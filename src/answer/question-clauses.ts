/**
 * The questions a message asks, each with the names and times it refers to (chatter, asides,
 * guesses and story left out).
 */
import type { TimeQuery } from "../time/parse-time.js";
import { isEnglishWord } from "../text/dictionary.js";
import { isChatter, isOwnLeadIn, isPersonalStory, withoutChatterLead } from "../understand/chatter.js";
import type { QuestionParse } from "../understand/question-parse.js";
import { LEADING_ASK, asksBothOrders, asksBothPicks, listedAsks, splitQuestions, withConfirmTag } from "../understand/segment.js";
import { SHAPE_CONCEPTS } from "../understand/vocabulary.js";
import type { Clause, Desk } from "./desk.js";
import { AFTER_GUESSED_YEAR, GUESS_LEAD, monthsOfYearBefore, onlyOperation, PERSON_PRONOUN, PRONOUN, REASONED_GUESS, SHIFTED_YEAR, THING_PRONOUN, TIME_ANAPHOR, withoutTimes } from "./wording.js";

const NUMBERED = /(?:^|\s)\(?[1-9][)/]\s/;

/** "(we're writing up …)", "(for my explainer on …)": an aside of the reporter's own. */
const OWN_ASIDE = /^\(\s*(?:we|we're|we've|i|i'm|i've|my|our|for\s+(?:my|our|a|an|the)\s+(?:piece|story|explainer|article|graphic|sidebar|profile|obit|lede|factbox))\b/i;

/** "… Do you know?", "any idea?", "can you check?": after the question, the reporter asking for help asks nothing more. */
const ASKS_FOR_HELP = /^\W*(?:(?:do|d'?you|does\s+any(?:one|body))\s+(?:you\s+)?know|any\s+idea|(?:can|could)\s+you\s+(?:check|confirm|help|tell\s+me)|help\s+pls|thanks?(?:\s+in\s+advance)?|ty|tia)\W*$/i;

/**
 * A part naming a thing of the table's own words and which one — a time or an ordinal — and
 * nothing else ("last year's MC", "tenth ministerial council"), never "friday's explainer". Before
 * the question, first or last says which one too ("the last presidential election — who won?").
 */
function namesWhichOne(parse: QuestionParse, leadIn: boolean): boolean {
  const which = parse.times.length > 0 || parse.ordinal !== null || (leadIn && (parse.concepts.has("first") || parse.concepts.has("last")));
  return which && parse.unknown.length === 0 && [...parse.concepts.keys()].some((c) => !c.startsWith("w:") && !SHAPE_CONCEPTS.has(c));
}

/** "… and how many did that make?", "who was SG then?": a word for a moment said just before. */
const MOMENT_ANAPHOR = /\b(?:that|then|at the time|by then)\b/i;

/** A part that is only a word no dictionary or table knows ("smithson"): a name we do not know. */
function namesStranger(parse: QuestionParse): boolean {
  return parse.unknown.length > 0 && parse.concepts.size === 0 && parse.unknown.every((u) => u.form.length >= 3 && !isEnglishWord(u.form));
}

/** A question asking which country or party: what "its" or "their" after it may stand for. */
function asksPlaceHolder(parse: QuestionParse): boolean {
  return parse.ask === "which" && (parse.askType === "country" || parse.askType === "party");
}

const POSSESSIVE_OF_THING = /\b(?:its|their)\b/i;

/** "who was CiO in 2000? heard there were two of them", "… — there were 2 right?": a remark on how many the answer has. */
const COUNT_REMARK = /^\W*(?:(?:i\s+)?(?:heard|think|thought|believe|read|was\s+told)\s+(?:that\s+)?)?there\s+(?:were|was|are|is|have\s+been)\s+(?:two|three|four|2|3|4|several|a\s+few|more\s+than\s+one)(?:\s+of\s+them)?(?:\s+(?:that\s+year|then))?(?:\s*,?\s*(?:right|correct|no|yes|true|i\s+think))?\W*$/i;

// (A day may come first: "copy says 10 sep 2000".)
const BEFORE_GUESSED_YEAR = String.raw`${GUESS_LEAD}(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?`;

/** "1998 i think", "2019?", "maybe 2005", "1997 or 98", "copy says dec 2025", "late 90s?": a year (or two, or a decade, or part of one) offered as a guess. */
const YEAR_GUESS = new RegExp(String.raw`^\W*${BEFORE_GUESSED_YEAR}(?:(?:19|20)\d\d(?:\s*(?:or|/)\s*'?(?:19|20)?\d\d)?|(?:the\s+)?(?:(?:early|mid|middle|late)[\s-]+)?(?:19|20)?\d0'?s)${AFTER_GUESSED_YEAR}`, "i");

/** A question that refers back to what was said before it ("that year", "then", "there", "him"). */
const REFERS_BACK = /\b(?:that|this|then|there|it|its|he|him|his|she|her|they|them|their|back\s+then|at\s+the\s+time|same)\b/i;

/** A clause of time alone, no question of its own: "when it chaired", "while Norway chaired" (never "when did …"). */
const BARE_TIME_CLAUSE = /^\W*(?:and\s+)?(?:when|while|during)\s+(?!(?:did|was|were|is|are|does|do|has|have|had|will|would|can|could|exactly)\b)\S+\s+\S+/i;
/** A question's main part before its clause of time: "capital" of "capital when Kazakhstan joined". */
const MAIN_BEFORE_CLAUSE = /^(.*?\S)\s+(?:when|while|during)\s+(?!(?:did|was|were|is|are|does|do|has|have|had)\b)\S/i;
const THAT_YEAR_SAID = /\b(?:that|that same|the same) (?:year|yr)\b/i;

/**
 * Telegraphic parts with no question word ("need by tonight: norways osce chair year"): a part that
 * names nothing — no thing, concept, date or figure, only the reporter's own time — is chatter.
 */
function withoutChatter(read: Array<{ text: string; parse: QuestionParse }>): string | null {
  const kept = read.filter((r) => !isChatter(r.parse) || r.parse.numbers.length > 0);
  return kept.length > 0 && kept.length < read.length ? kept.map((r) => r.text).join(" ") : null;
}

/** "ODHIR seat - warsaw?": a lone name after a telegraphic ask, with a question mark, is the value to check. */
function telegraphicCheck(read: Array<{ text: string; parse: QuestionParse }>, text: string): string | null {
  const last = read[read.length - 1]!.parse;
  const loneName = last.entities.length === 1 && last.concepts.size === 0 && last.unknown.length === 0 && last.times.length === 0;
  if (read.length !== 2 || !loneName || !/\?\s*$/.test(text) || read[0]!.parse.concepts.size === 0) return null;
  return `${read[0]!.text} ${read[1]!.text}, right?`;
}

/**
 * "which country chairs in 2026, and how many times has it chaired?": "it" is the thing the question
 * before asked for and did not name, counted over all time — not in the year the question before said.
 */
function asksItsOwn(previous: QuestionParse, text: string): boolean {
const type = previous.askType;
return previous.ask === "which" && !!type && type !== "time" && !previous.entities.some((e) => e.entity.type === type) && THING_PRONOUN.test(text) && /\bhow\s+(?:many|often)\b/i.test(text);
}


const NAME_OF_IT_ASKED = /\b(?:what|which)(?:['’]?s|\s+(?:is|was))\s+(?:it|that(?:\s+city)?)\s+(?:called|named|known\s+as)\b/i;

/** Whether a part names a thing or a time of its own (its "now" asks of the present, of whatever "it" is: "what's it called now"). */
function ownThings(p: QuestionParse): boolean {
  return p.entities.length > 0 || p.times.some((t) => !t.relative);
}

/** The message ends, after this question, with a part that is one name and nothing else. */
function offersName(read: Array<{ text: string; parse: QuestionParse }>, q: { parse: QuestionParse }): boolean {
  const last = read[read.length - 1]!;
  const p = last.parse;
  return read.indexOf(last) === read.indexOf(q as (typeof read)[number]) + 1 && p.entities.length === 1 && p.concepts.size === 0 && p.unknown.length === 0 && p.ask === null && p.times.length === 0 && p.numbers.length === 0;
}

/** A question asking when, or naming a year or date (whose "that" is the moment it asks for). */
function asksWhenOrYear(p: QuestionParse): boolean {
  return p.ask === "time" || p.askType === "time" || /\b(?:when|year|yr|date)\b/i.test(p.cleaned);
}

/** "i know there was a switch midyear", "i heard it changed": what the reporter knows or heard, told after the question. */
/**
 * "heard kanerva resigned", "i read that …", "apparently …", "lena says …": what the reporter was told,
 * not asked. (Never what their own copy says: "copy says at the malta MC" is a claim to check.)
 */
const HEARSAY_LEAD = /^\W*(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:heard|read|was\s+told|were\s+told)\b|^\W*apparently\b|^\W*(?:my\s+)?(?!(?:copy|draft|story|text|piece|article|script|wire)\s)[\p{L}-]+\s+(?:says|said|thinks|reckons|insists|swears|claims)\b/iu;

const KNOWING_LEAD = /^\W*i\s+(?:know|knew|heard|hear|recall|remember|read|think|thought|believe|guess|assume|reckon|suspect)\b/i;

/** A question tag that ends a check: ", right", " — correct?". */
const CHANGED_BACK = /\b(?:switch(?:ed)?|chang(?:e|ed)|go|went|turn(?:ed)?|revert(?:ed)?)\s+back\b|\brevert(?:ed|s)?\b/i;
const HE_ASKED = /\b(did|does|has|had|was|is|were|will)\s+(?:he|she)\b/i;
const IT_ASKED = /^(\W*(?:(?:and|also|plus|&|\+)\s+)?(?:was|is|did|does|has|had)\s+)it\b/i;
const TRAILING_TAG = /[\s,;–—-]+(?:right|correct|true|ok|okay|yes|yeah|yep)\s*\?*\s*$/i;

/** "the greek one changed", "it switched midyear": the reporter's remark that the post changed hands. */
const CHANGED_HANDS = /\b(?:changed|switched|swapped|there\s+was\s+a\s+(?:change|switch|handover))\b(?:\s+(?:mid-?year|midway|halfway|partway|that\s+year|in\s+between))?\W*$/i;

/** ", didnt it", " right": a tag after the reporter's remark ("i know austria chaired but the FM changed, didnt it"). */
const TAG_AFTER_REMARK = /[\s,;–—-]+(?:(?:didn'?t|did|wasn'?t|hasn'?t|isn'?t)\s+(?:it|he|she|they)|right|no|yes)\W*$/i;

/** "what other years …", "when else …": times besides the one the context says. */
const OTHER_ASKED = /\b(?:what|which|any)\s+other\s+(?:years?|times?|dates?|turns?|chairmanships?|occasions?)\b|\bwhen\s+else\b/i;

/** "the MC in 98 wasn't in poland": a place the context denies, at its end. */
const DENIED_PLACE = /\s+(?:was|is|were|are)(?:n['’]?t|\s+not)\s+(?:held\s+)?(?:in|at)\s+([\p{L}][\p{L}' .-]{1,40}?)\s*$/iu;

/** The context with a place it denies said as an aside that rules it out ("the MC in 98 (not poland)"): never a place to look in. */
function negatedAsAside(context: string): string {
  return context.replace(DENIED_PLACE, (_, place: string) => ` (not ${place})`);
}

/** "2008 chair was finland's first": an ordinal the context says of its subject, after its verb. */
const ORDINAL_SAID_OF_IT = /(\b(?:was|is|were|are)\s+(?:[\p{L}-]+['’]s\s+)?)(?:first|second|third|fourth|fifth|last|\d+(?:st|nd|rd|th))\b(?:\s+(?:one|time|ever|turn|chair(?:manship)?))?/iu;

/** The context without an ordinal it says of its subject: a remark on the turn, never a pick among the question's answers ("who was CiO?" — each). */
function withoutOrdinalSaidOfIt(context: string): string {
  return context.replace(ORDINAL_SAID_OF_IT, "$1");
}

/** A part of a message, read. */
type Part = { text: string; parse: QuestionParse };

/** What the parts of a message are (partKinds). */
interface PartKinds {
  questions: Part[];
  talkAfter: Set<Part>;
  /** The reporter's own talk: a story, a remark, a plea for help, a guessed year, a lead-in of their own. */
  told: Set<Part>;
  neverContext: Set<Part>;
}

/** The words that say what kind of answer a telegraphic ask wants ("city", "year", "how many"). */
const ASKED_KIND_WORDS = new Set(["place_word", "time_word", "count_word", "country_word"]);

/** A part led by a question word ("how many years since …"). */
const LEADING_QUESTION_WORD = /^\W*(?:(?:and|also|plus)\s+)?(?:who|whom|whose|what|when|where|which|how)\b/i;

/** questionClauses: a message split into its questions. */
const JOINED_WH = /^\s*,?\s*(?:and|also|plus|&|\+)\s+(?:who|whom|what|when|where|which|how)\b/i;

export function questionClausesSteps(desk: Desk) {
  const { readings } = desk;
  /**
   * The questions a message asks, each with the names it refers to: chatter ("for my 6pm piece")
   * is left out; a lead-in that only names the subject ("Kazakhstan: when did it join?") is added to
   * each question that names nothing itself.
   */
  function questionClauses(message: string, now: Date): Clause[] {
    // ("my editor asked about 2013, but what I need is: who chaired in 2021?": the reporter says where the question starts.)
    const text = message.replace(BEFORE_ASK_MARKER, "");
    const leadless = (s: string) => withoutChatterLead(s, (t) => readings.read(t, now));
    const split = splitQuestions(text);
    const segments = split.map(leadless);
    // (One part that is the whole text, as most are: its lead-in is already taken off.)
    if (segments.length <= 1) return [{ text: withConfirmTag(split.length === 1 && split[0] === text ? segments[0]! : leadless(text)) }];
    const read = segments.map((s) => ({ text: s, parse: readings.read(s, now) }));
    const kinds = partKinds(text, read, now);
    if (kinds.questions.length === 0) {
      // (Telegraphic parts with no question among them: the reporter's own talk and asides are left
      // out as they are beside a question — "italy 2018 cio pls. think there were two".)
      const own = (r: Part) => kinds.talkAfter.has(r) || kinds.told.has(r) || kinds.neverContext.has(r);
      const said = read.some((r) => !own(r)) ? read.filter((r) => !own(r)) : read;
      return [{ text: telegraphicCheck(said, text) ?? withoutChatter(said) ?? (said.length < read.length ? said.map((r) => r.text).join(" ") : text) }];
    }
    return clausesInTurn(read, kinds.questions, contextOf(read, kinds, text));
  }

  /**
   * Which parts of a message are its questions, which are the reporter's own talk (a story, a remark,
   * a plea for help, a guessed year) and which are never context (an aside, a guess and its reason,
   * talk after the question).
   */
  function partKinds(text: string, read: Part[], now: Date): PartKinds {
    // "… when? and the FM in charge?": a part joined by "and" that names something asks it too, never dropped.
    // ("… slovak right? and his predecessor was...?": so does one that asks for the one before or after.)
    // ("… year? CiO name too": so is a later part that says it is asked as well — of a kind of thing, not "names too".)
    // ("name" asks the form of an answer already asked for: "how many German SGs? names too".)
    const at = (r: Part) => read.indexOf(r);
    const namesAKind = (p: QuestionParse) => [...p.concepts.keys()].some((c) => !c.startsWith("w:") && c !== "name");
    // ("… in 2016? and the year after?": so does one that asks it again a year before or after.)
    const followUpAsk = (r: { text: string; parse: QuestionParse }) =>
      (r !== read[0] && /^(?:and|plus|also|&|\+)\s/i.test(r.text) && SHIFTED_YEAR.test(r.text)) ||
      ((r.parse.concepts.size > 0 || r.parse.order !== null) && (/^(?:and|plus|also|&|\+)\s/i.test(r.text) || (r !== read[0] && /\s(?:too|also|as\s+well)\W*$/i.test(r.text) && namesAKind(r.parse))));
    // "(either is fine if it changed)": a bracketed aside that names nothing asks nothing.
    // ("(we're writing up the malta MC aftermath)": an aside in the reporter's own words asks nothing, whatever it names.)
    const aside = (r: { text: string; parse: QuestionParse }) =>
      /^\(.*\)[.!?]*$/s.test(r.text.trim()) && ((r.parse.entities.length === 0 && r.parse.times.length === 0 && r.parse.numbers.length === 0) || OWN_ASIDE.test(r.text.trim()));
    // ("serbia chaired in 2015? and who was CiO": a statement asked with "?" before another question is a check of its own.)
    const askedStatement = (r: { text: string; parse: QuestionParse }) =>
      r.parse.ask === null && text.includes(`${r.text}?`) && r.parse.entities.length > 0 && r.parse.entities.length + r.parse.times.length >= 2 && r.parse.concepts.size > 0 && r !== read[read.length - 1];
    // ("malta chaired osce when? CiO?": a bare noun asked with "?" after a question asks it of the same.)
    const bareFollowUp = (r: { text: string; parse: QuestionParse }) =>
      r.parse.ask === null && !r.parse.yesNo && r.parse.concepts.size > 0 && [...r.parse.concepts.keys()].every((c) => !c.startsWith("w:")) && r.parse.entities.length + r.parse.times.length + r.parse.unknown.length + r.parse.numbers.length === 0 &&
      text.includes(`${r.text}?`) && read.slice(0, read.indexOf(r as Part)).some((p) => p.parse.ask !== null && [...r.parse.concepts.keys()].some((c) => !p.parse.concepts.has(c)));
    // ("MC 2013 city? ukraine chaired that yr right": a telegraphic ask with "?" before another question, naming
    // a kind of thing, the kind of answer wanted and what or when it is of, asks a question of its own.)
    const telegraphAsked = (r: Part) =>
      r !== read[read.length - 1] && r.parse.ask === null && !r.parse.yesNo && text.includes(`${r.text}?`) && namesAKind(r.parse) &&
      [...r.parse.concepts.keys()].some((c) => ASKED_KIND_WORDS.has(c)) && r.parse.entities.length + r.parse.times.length > 0 &&
      // (Never one whose next part only guesses the answer: "skopje MC dates? 30 nov - 1 dec 2023?")
      // (Nor one before a telegraphic remark: "2021 CiO and MC city? sweden yr".)
      read.slice(at(r) + 1).some((p) => (p.parse.yesNo || (p.parse.ask !== null && (LEADING_QUESTION_WORD.test(p.text) || text.includes(`${p.text}?`)))) && (p.parse.entities.length > 0 || namesAKind(p.parse)));
    // ("where was MC 2025 held? helsinki since finland chaired?": after a question, the reporter's guess
    // and its reason — neither asked nor context; the answer says where it was.)
    const reasonedGuess = (r: { text: string; parse: QuestionParse }) => r !== read[0] && r.parse.ask === null && REASONED_GUESS.test(r.text);
    // ("I was in Vienna yesterday for a conference; anyway, who …": the reporter's own story asks nothing.)
    // ("Knut Vollebaek, year as CiO? 1998 i think", "… appointed when? 2019?": a year alone after a question
    // that asks when is the reporter's guess at the answer, never the question's time.)
    // ("astana summit - what month and year was it? 2011 i think?": the name may be in the lead before the question.)
    const guessedYear = (r: Part) => {
      const before = read.slice(0, read.indexOf(r));
      return before.length > 0 && YEAR_GUESS.test(r.text) && r.parse.entities.length === 0 && before.some((p) => asksWhenOrYear(p.parse) && p.parse.times.length === 0) && before.some((p) => p.parse.entities.length > 0 && p.parse.times.length === 0 && (asksWhenOrYear(p.parse) || (p.parse.ask === null && !p.parse.yesNo)));
    };
    // ("It's 2024 and I'm still confused: what was …?": the reporter's own lead-in before a whole question.)
    const ownLead = (r: Part) => r === read[0] && read.length === 2 && isOwnLeadIn(r.text, r.parse, read[1]!.text, (t) => readings.read(t, now));
    // ("Quick one, it's Monday and my deadline is Friday: who …?", "Tomorrow is my anniversary, but first: …"):
    // before a question, a part that names nothing — no name, figure, kind of thing, or time but a day of
    // the reporter's — and is not asked with "?" is their talk.
    const idleTalk = (r: Part) =>
      r !== read[read.length - 1] && r.parse.ask === null && !text.includes(`${r.text}?`) && r.parse.entities.length === 0 && r.parse.numbers.length === 0 &&
      // ("nazarbayev 1991 — was he unopposed, and what did he get?": a yes/no question joined to the next asks too.)
      !(r.parse.yesNo && /^,?\s*and\b/i.test(text.slice(text.indexOf(r.text) + r.text.length))) &&
      r.parse.unknown.every((u) => !u.properNoun && isEnglishWord(u.form)) &&
      r.parse.times.every((t) => t.relative && t.grain === "day") && [...r.parse.concepts.keys()].every((c) => c.startsWith("w:") || c === "first") &&
      read.slice(read.indexOf(r) + 1).some((p) => p.parse.ask !== null);
    const toldStory = (r: Part) =>
      (r !== read[read.length - 1] && isPersonalStory(r.text)) || (r !== read[0] && (COUNT_REMARK.test(r.text) || ASKS_FOR_HELP.test(r.text))) || guessedYear(r) || ownLead(r) || idleTalk(r);
    // ("austria's CiO at the start of 2000 and who took over in feb": a telegraphic ask, joined by "and" to a question after it, asks too —
    // where the question after it points back at no answer: "current kaz president and what he got" is one ask.)
    const joinedToQuestion = (r: Part) =>
      r === read[0] && read.length === 2 && r.parse.ask === null && !r.parse.yesNo && r.parse.entities.length > 0 && namesAKind(r.parse) &&
      !/[—–:]|\s-\s/.test(r.text) && !PRONOUN.test(read[1]!.text) && JOINED_WH.test(text.slice(text.indexOf(r.text) + r.text.length));
    // ("…, and how many years since the previous one?", "… yes? how long was that term": a later part led by a
    // question word that asks an operation — time elapsed, a duration — asks, though its reading sets no ask.
    // Never half of one question read as two: "how long between the 2014 chairmanship? how long between the 2026 …".)
    const whLed = (r: Part) => r !== read[0] && (r.parse.operations.has("elapsed") || (r.parse.operations.has("duration") && !/\bbetween\b/i.test(r.text))) && LEADING_QUESTION_WORD.test(r.text);
    // ("who was CiO? the PM himself?": after a question, a part stressed so and asking nothing is the reporter's guess at the answer.)
    const stressedGuess = (r: Part) => r !== read[0] && r.parse.ask === null && !r.parse.yesNo && STRESSED.test(r.text);
    const asking = read.filter((r) => (r.parse.ask !== null || r.parse.yesNo || whLed(r) || followUpAsk(r) || askedStatement(r) || bareFollowUp(r) || joinedToQuestion(r) || telegraphAsked(r)) && !aside(r) && !reasonedGuess(r) && !stressedGuess(r) && !toldStory(r));
    // "helga schmid - nationality and where was she appointed?": a bare noun between the name and the
    // question asks it of the name. (After the question, "… need the ordinal" is the reporter's talk.)
    const telegraphic = (r: Part) =>
      r.parse.concepts.size > 0 && r.parse.entities.length === 0 && r.parse.unknown.length === 0 && at(r) < at(asking[0]!) && read.slice(0, at(r)).some((p) => p.parse.entities.length > 0);
    // ("(1) odihr seat (2) hcnm seat", "chair 2004? chair 2005?": numbered parts, or parts each asked with
    // a "?", with no question word, are each asked — never "2016 ministerial — hamburg dates", one question.)
    const telegraphs = read.filter((r) => !isChatter(r.parse) && !aside(r));
    const separate = NUMBERED.test(text) || listedAsks(text) !== null || asksBothPicks(text) || asksBothOrders(text) || (asking.length === 0 && (text.match(/\?+/g)?.length ?? 0) >= telegraphs.length);
    const listed = separate && telegraphs.length >= 2 && telegraphs.every((r) => r.parse.concepts.size > 0 || asking.includes(r)) ? telegraphs : [];
    // ("kubis is slovak or czech? writing his bio line", "… always mix them up": after a question, a part
    // with no question word or mark, and no name, time or figure of its own, is the reporter's talk.)
    const asked = read.findIndex((r) => text.includes(`${r.text}?`));
    // ("… ? i know there was a switch midyear": what the reporter knows, said without "?", is told, never asked.)
    // ("… both pls, the greek one changed": a remark that the answer changed hands says why more than one is
    // asked — never a word to pick one by.)
    const talkAfter = (r: Part) =>
      asked >= 0 && at(r) > asked && !text.includes(`${r.text}?`) && !/^(?:and|also|plus|&|\+)\b/i.test(r.text) &&
      ((CHANGED_HANDS.test(r.text.replace(TAG_AFTER_REMARK, "")) && ((r.parse.ask === null && !r.parse.yesNo) || KNOWING_LEAD.test(r.text)) && r.parse.times.length + r.parse.numbers.length === 0) ||
        (r.parse.entities.length + r.parse.times.length + r.parse.numbers.length === 0 &&
          (KNOWING_LEAD.test(r.text) || (r.parse.ask === null && !r.parse.yesNo && [...r.parse.concepts.keys()].every((c) => c.startsWith("w:"))))));
    // ("who's CiO now? heard kanerva resigned as FM": hearsay after questions that point back at no one is
    // the reporter's talk — the name in it is neither asked nor what the question is about.)
    const hearsayAfter = (r: Part) =>
      asked >= 0 && at(r) > asked && !text.includes(`${r.text}?`) && HEARSAY_LEAD.test(r.text) && r.parse.ask === null && !r.parse.yesNo &&
      read.slice(0, at(r)).every((p) => !PRONOUN.test(p.text));
    const questions = (listed.length ? listed : asking.length ? read.filter((r) => asking.includes(r) || telegraphic(r)) : []).filter((r) => !talkAfter(r) && !hearsayAfter(r));
    return {
      questions,
      talkAfter: new Set(read.filter((r) => talkAfter(r) || hearsayAfter(r))),
      told: new Set(read.filter(toldStory)),
      neverContext: new Set(read.filter((r) => aside(r) || reasonedGuess(r) || talkAfter(r) || hearsayAfter(r) || guessedYear(r))),
    };
  }
  return { questionClauses };
}

/**
 * The parts that are context for every question: what a lead-in names or dates, and the times of a
 * story a question refers back to. (Never the reporter's guesses at a list, their own dated chatter.)
 */
const OTHER_SAID = /\b(?:other|others|else|besides|apart)\b/i;
const THERE_AT_END = /\s+there\s*[?!.]*\s*$/i;
const IT_POINTS_BACK = /\b(?:it|its)\b/i;

function contextOf(read: Part[], kinds: PartKinds, text: string): string[] {
    // A lead-in that names something or a date is context; one with only the reporter's own time ("working on Friday's explainer") is chatter.
    // ("last year's MC - where was it held": a relative time with a thing named is the subject's time, not chatter.)
    // ("…, exactly?": a part that only asks an operation qualifies the question it follows.)
    // ("tokajew — how many elections has he won?": a lead-in naming someone we do not know is the subject, never dropped;
    // a word after the question, "… in the second graf", is the reporter's.)
    const questions = kinds.questions;
    const leadIn = (r: Part) => read.indexOf(r) < read.indexOf(questions[0]!);
    // ("which countries have chaired twice or more? switzerland, austria...?": names of the kind a plural
    // question asks, after it, are the reporter's guesses at the list — never a limit on it.)
    const guesses = (r: Part) =>
      read.indexOf(r) > read.indexOf(questions[0]!) && questions[0]!.parse.plural && questions[0]!.parse.askType !== null && r.parse.entities.length > 0 &&
      r.parse.entities.every((e) => e.entity.type === questions[0]!.parse.askType) && r.parse.concepts.size === 0 && r.parse.times.length === 0 && r.parse.unknown.length === 0;
    // ("My grandmother moved to Almaty in 1960. What was the capital in 1990?": the reporter's own story
    // before a question that does not refer back to it is no context.)
    // (One that does — "… in 2011. Who chaired that year?" — gives its time, never its places.)
    const story = (r: Part) => leadIn(r) && kinds.told.has(r);
    const storyTimes = questions.some((q) => REFERS_BACK.test(q.text)) ? read.filter(story).flatMap((r) => r.parse.times.filter((t) => !t.relative).map((t) => t.label)) : [];
    // ("Writing a 2020 retrospective - where was the 2009 MC?", "Quick one before the 2024 archive closes: …"):
    // a lead-in whose only thing is a year, before a question dated by its own, is the reporter's.
    const datedChatter = (r: Part) =>
      leadIn(r) && r.parse.times.length > 0 && r.parse.entities.every((e) => e.entity.type === "organization") && [...r.parse.concepts.keys()].every((c) => c.startsWith("w:") || c === "time_word") &&
      r.parse.unknown.every((u) => !u.properNoun && isEnglishWord(u.form)) &&
      r.parse.ask === null && !r.parse.yesNo && questions[0]!.parse.times.some((t) => !t.relative);
    // ("who's chairing right now? kaz takes over next year iirc": a remark after questions dated by their
    // own time, telling of another time, is the reporter's — never the time asked.)
    const remarkOfItsOwnTime = (r: Part) =>
      !leadIn(r) && !text.includes(`${r.text}?`) && !/^(?:and|also|plus|&|\+)\b/i.test(r.text) && r.parse.entities.length > 0 && r.parse.ask === null && !r.parse.yesNo && r.parse.times.length > 0 && questions.every((q) => q.parse.times.length > 0 && q.parse.times.every((t) => !r.parse.times.some((o) => o.label === t.label)));
    // ("MC 2025 was in helsinki right? finland chaired": a statement after checks, not asked, is the
    // reporter's reason for the guess — never a word of the claim checked.)
    const reasonAfterCheck = (r: Part) =>
      !leadIn(r) && !text.includes(`${r.text}?`) && !/^(?:and|also|plus|&|\+)\b/i.test(r.text) && r.parse.ask === null && !r.parse.yesNo &&
      // (Not after "is this accurate:", which checks what follows; nor after "any other …", which the remark says other than what.)
      questions.every((q) => q.parse.ask === null && (q.parse.yesNo || TRAILING_TAG.test(q.text)) && q.parse.entities.length + q.parse.times.length > 0 && !PRONOUN.test(q.text) && !OTHER_SAID.test(q.text));
    // ("the capital got a new name this spring — what's it called now?": a lead-in naming a kind of thing, which a question's "it" stands for.)
    const standsForIt = (r: Part) => leadIn(r) && r.parse.concepts.size > 0 && questions.some((q) => IT_POINTS_BACK.test(q.text) && q.parse.entities.length === 0);
    return [...storyTimes, ...read.filter((r) => !questions.includes(r) && !kinds.neverContext.has(r) && !guesses(r) && !story(r) && !datedChatter(r) && !remarkOfItsOwnTime(r) && !reasonAfterCheck(r) && (r.parse.entities.length > 0 || r.parse.times.some((t) => !t.relative) || namesWhichOne(r.parse, leadIn(r)) || onlyOperation(r.parse) || (leadIn(r) && namesStranger(r.parse)) || standsForIt(r))).map((r) => r.text)];
}

/** The explicit times the context's parts say. */
function contextTimes(read: Part[], context: string[]): string[] {
  return [...new Set(read.filter((r) => context.includes(r.text)).flatMap((r) => r.parse.times.filter((t) => !t.relative).map((t) => t.label)))];
}

/** Each question with the names and times it carries from the context and the questions before it. */
function clausesInTurn(read: Part[], questions: Part[], context: string[]): Clause[] {
  // (Context that names its subject and asks no kind of value of it — "lamberto zannier — …", "RFoM
  // office — …", never "2013 MC city — kyiv right", whose last part is the guess at the city asked.)
  const asksNoKind = read.filter((r) => context.includes(r.text)).every((r) => !["place_word", "time_word", "country_word", "count_word"].some((c) => r.parse.concepts.has(c)));
    // "… and who was CiO?", "which country chaired that year?": names and times carry over from the question before.
    let carried: string[] = [];
    let carriedTimes: string[] = [];
    // (The part before's "now"/"today": never carried into a part asked of the past — "where is it now, and where was it originally?")
    let carriedToday: string[] = [];
    let timesBefore: { text: string; times: TimeQuery[] } | null = null;
    let carriesName = false;
    let previous: QuestionParse | null = null;
    let previousText: string | null = null;
    // (Only after an order, where the name said is not the one answered: "Kazakhstan's successor was which country, and who was its CiO?")
    // (Or "he"/"his" after "who was CiO in 2020" or "which kazakh became HCNM", which named no person: the person answered — "who came after him?" asks an order of them.)
    const namesPerson = read.some((r) => r.parse.entities.some((e) => e.entity.type === "person"));
    const ofAnswerOf = (q: Part) =>
      q.parse.entities.length === 0 && (q.parse.concepts.size + q.parse.unknown.length > 0 || q.parse.order !== null || (q.parse.ask !== null && q.parse.ask !== "agent")) && !!previous && ((previous.order !== null && asksPlaceHolder(previous) && POSSESSIVE_OF_THING.test(q.text)) || ((previous.ask === "agent" || (previous.ask === "which" && !namesPerson)) && !previous.entities.some((e) => e.entity.type === "person") && PERSON_PRONOUN.test(q.text)) || asksItsOwn(previous, q.text));
    // ("Switzerland chairs again this year — how many times has it chaired (now)?": a count of times asks over
    // every time; the context's own time says when the story is, never which times are counted — where
    // the context names the one counted: "this year's chair — how many times have they chaired?" is dated by it.)
    // ("Switzerland chairs again this year — what other years did it chair?": the other times asked are never
    // the context's; only what it names carries over — its "is chairing again" would ask a turn to come.)
    const contextFor = (q: Part) => {
      if (!q.parse.times.every((t) => t.relative)) return context;
      // ("Finland chaired in 2025. Was that year's Council in Helsinki?": a question naming its own things
      // takes only "that year" from the context — never Finland, which would be asked of too.)
      const yearOnly = q.parse.entities.some((e) => e.entity.type !== "organization") && THAT_YEAR_SAID.test(q.text) ? contextTimes(read, context) : [];
      if (yearOnly.length === 1) return yearOnly;
      const timed = (c: string) => read.find((r) => r.text === c && r.parse.times.length > 0 && r.parse.entities.some((e) => e.entity.type !== "organization"));
      if (OTHER_ASKED.test(q.text)) return context.map((c) => { const part = timed(c); return part ? part.parse.entities.map((e) => e.entity.name).join(" ") : c; });
      return q.parse.ask === "times" ? context.map((c) => { const part = timed(c); return part ? withoutTimes(part.parse) : c; }) : context;
    };
    return questions.map((q) => {
      const own = [...q.parse.entities.map((e) => e.entity.name), ...q.parse.times.map((t) => t.label)];
      // "who won the 1999 vote, and which country chaired the OSCE that year?": the name is its own, the year the one before.
      const timeCarried = own.length > 0 && q.parse.times.length === 0 && TIME_ANAPHOR.test(q.text) ? carriedTimes : [];
      // ("when did kz join csce and when did it chair osce": "it" is the name before, where the part names
      // only the organisation — "… when did it become nur-sultan" names its own thing.)
      // ("hcnm seat + year created, plus who from kz held it": so where its own names are of other kinds.)
      // (Only a country of its own beside a thing named before — never a place or person, which may be what "it" happened to.)
      const otherKinds = (p: QuestionParse) =>
        q.parse.entities.every((o) => o.entity.type === "organization") ||
        (q.parse.entities.every((o) => o.entity.type === "organization" || o.entity.type === "country") && p.entities.some((e) => !["organization", "country", "person", "city"].includes(e.entity.type)) && !p.entities.some((e) => e.entity.type === "country"));
      const nameCarried = q.parse.entities.length > 0 && q.parse.times.length === 0 && carriesName && previous && otherKinds(previous) && THING_PRONOUN.test(q.text) && !ofAnswerOf(q)
        ? previous.entities.filter((e) => !q.parse.entities.some((o) => o.entity.type === e.entity.type)).map((e) => e.entity.name)
        : [];
      // ("Alfano left in May 2018 — who replaced him as CiO?": "him" is the one person the context
      // names; a question of order is asked of that person alone — the context's own time is the
      // end it tells, not the successor's.)
      const told = !own.length && !previous && PERSON_PRONOUN.test(q.text) ? onePersonOf(read.filter((r) => context.includes(r.text))) : null;
      // ("jan kubis was SG from when to when? and he's slovak right": a nationality checked after a
      // question of one person is checked of that person.)
      const nationalityOf = previous && q.parse.ask === null && q.parse.entities.length === 1 && q.parse.entities[0]!.entity.type === "country" && !q.parse.entities.some((e) => e.entity.type === "person") && [...q.parse.concepts.keys()].every((c) => c.startsWith("w:")) && q.parse.times.length === 0 ? onePersonOf([{ text: previousText!, parse: previous }]) : null;
      // ("poland chaired in 2022 — had it chaired before?": "it" is the one the context names, and a bare
      // "before" is before the context's time — never "before poland chaired in 2022", a clause of time.)
      const beforeContext = !own.length && !previous && BARE_ORDER_END.test(q.text) && IT_ASKED.test(q.text) ? oneNameAndTime(read.filter((r) => context.includes(r.text))) : null;
      if (beforeContext) {
        [previous, previousText] = [q.parse, q.text];
        return { text: `${q.text.replace(/[?.!\s]+$/, "").replace(IT_ASKED, `$1${beforeContext.name}`)} ${beforeContext.time}?` };
      }
      if (nationalityOf) {
        [previous, previousText] = [q.parse, q.text];
        return { text: `${nationalityOf} ${q.text.replace(/^\W*(?:and|also|plus|&|\+)\s+/i, "").replace(/\b(?:he|she)(?:['’]s|\s+is|\s+was)\s+/i, "")}` };
      }
      // (The pronoun stays where it is — "who he replaced" says which way the order looks — and the name follows.)
      if (told && q.parse.order !== null) return { text: `${q.text.replace(/[?!.\s]+$/, "")} ${told}` };
      // ("capital when Kazakhstan joined the CSCE and when it chaired?": a part that is only a clause of
      // time asks the part before's main question again, its pronoun the name that clause began with.)
      const mainBefore = previousText && previous && BARE_TIME_CLAUSE.test(q.text) ? MAIN_BEFORE_CLAUSE.exec(previousText) : null;
      if (mainBefore) return { text: `${mainBefore[1]} ${q.text.replace(THING_PRONOUN, previous!.entities[0]?.entity.name ?? "$&")}` };
      // ("CiO at start of 2000 was Schuessel? who came after him?": an order of the person before is of that
      // person alone — the time that dated them is not where the order starts.)
      const personBefore = !own.length && q.parse.order !== null && PERSON_PRONOUN.test(q.text) && previous ? onePersonOf([{ text: previousText!, parse: previous }]) : null;
      // (Not a bare "before": "who is SG now, and who was SG before?" is before now.)
      const ofThePast = (q.parse.tense === "past" || q.parse.concepts.has("first")) && !BARE_ORDER_END.test(q.text);
      const carriedNow = ofThePast ? carried.filter((c) => !carriedToday.includes(c)) : carried;
      // ("… astana renamed nur-sultan, and when did it switch back?": a change back goes the other way — from the second name to the first.)
      const carriedOrBack = !own.length && carriedNow.length === 2 && CHANGED_BACK.test(q.text) ? [`from ${carriedNow[1]}`, `to ${carriedNow[0]}`] : carriedNow;
      const added = [...contextFor(q).map(negatedAsAside).map(withoutOrdinalSaidOfIt), ...(own.length ? [...timeCarried, ...nameCarried] : ofAnswerOf(q) ? [] : personBefore ? [personBefore] : carriedOrBack)];
      // ("who was CiO in 2004 — Passy?": a lone name after the question stays the name it offers.)
      // ("… 2003 yes? and who was CiO in june that yr": a month of "that year" is of the year before.)
      // ("who was CiO on new year's day 2000, and who took over in feb?": a month named alone is of that year too.)
      const relativeOnly = q.parse.times.length > 0 && q.parse.times.every((t) => t.relative) && carriedTimes.length === 1;
      const ofThatYear = relativeOnly && /^\d{4}$/.test(carriedTimes[0]!) && THAT_YEAR_SAID.test(q.text)
        ? q.text.replace(THAT_YEAR_SAID, carriedTimes[0]!)
        : monthsOfYearBefore(q.text, q.parse, timesBefore);
      // ("zannier — italian, right?": names carried into a check go before its tag, never after it.
      // A question word's part is no check: "flavio cotti = which country's FM?"; a guess after a
      // telegraphic question is read as one: "2013 MC city — kyiv right".)
      // ("astana summit dates: 1-2 dec 2010, yes?": so do names carried into a date offered for the time the context asks.)
      const tag = added.length && q.parse.ask === null && !previous && (asksNoKind || q.parse.times.some((t) => !t.relative)) ? TRAILING_TAG.exec(ofThatYear) : null;
      // ("Mongolia joined when? and was it the 57th?": the names carried stand where "it" does — after
      // "the 57th" they would read as its adjective, "the 57th Mongolia".)
      const itNamed = !own.length && !contextFor(q).length && carriesName && !tag ? IT_ASKED.exec(ofThatYear) : null;
      // ("bucharest MC — which SG got reappointed there?": "there" at the end is the place carried, said where it stands.)
      const thereNamed = !tag && !itNamed && !own.length && added.length > 0 && !added.some((a) => carriedTimes.includes(a)) ? THERE_AT_END.exec(ofThatYear) : null;
      // ("who chairs now, and who chaired before?": what is carried goes before the bare order word, which stays bare — never "before OSCE".)
      // (Not what a context names — "2003 maastricht MC — who took over right after?" is after it —, nor a count: "how many times before?")
      const bareOrder = added.length && previous && !contextFor(q).length && q.parse.order !== null && q.parse.ask !== "count" && q.parse.ask !== "times" ? BARE_ORDER_END.exec(ofThatYear) : null;
      // ("passy's 2004 almaty trip — which senate speaker did he meet?": "he" is the one person the context
      // names, said where "he" stands — after the verb the name would read as the one met.)
      const contextPeople = new Set(read.filter((r) => contextFor(q).includes(r.text)).flatMap((r) => r.parse.entities.filter((e) => e.entity.type === "person").map((e) => e.entity.name)));
      // (Only where a person is asked, whom a name after the verb would stand for: "greminger: when did he leave?" keeps "he".)
      const heNamed = !tag && !itNamed && added.length > 0 && contextPeople.size === 1 && (q.parse.ask === "which" || q.parse.ask === "agent") && !q.parse.entities.some((e) => e.entity.type === "person") ? HE_ASKED.exec(ofThatYear) : null;
      // ("switzerland chairing in 2026 — which years did it chair before?": before the context's one time, of its one name.)
      const contextParts = read.filter((r) => contextFor(q).includes(r.text));
      // (Only of times asked: "finland chaired in 2025. who chaired after?" asks the one after Finland.)
      const orderOfContext = !previous && q.parse.order !== null && (q.parse.ask === "time" || q.parse.askType === "time") && q.parse.times.length === 0 && contextParts.length > 0 ? oneNameAndTime(contextParts) : null;
      const bareOrderOfContext = orderOfContext ? BARE_ORDER_END.exec(ofThatYear) : null;
      // ("CiO 2003: who besides Scheffer?": what is carried goes before the one set aside, never into it.)
      const besidesNamed = added.length ? BESIDES_AT_END.exec(ofThatYear) : null;
      const withAdded = bareOrderOfContext
        ? `${ofThatYear.slice(0, bareOrderOfContext.index)}${bareOrderOfContext[0].replace(/[?.!\s]+$/, "")} ${orderOfContext!.time} ${orderOfContext!.name}`
        : tag
        ? `${ofThatYear.slice(0, tag.index)} ${added.join(" ")}${tag[0]}`
        : thereNamed
          ? `${ofThatYear.slice(0, thereNamed.index)} at ${/^the\b/i.test(added[0]!) ? "" : "the "}${added.join(" ")}`
        : itNamed
          ? [ofThatYear.replace(IT_ASKED, `$1${added.filter((a) => !carriedTimes.includes(a)).join(" ")}`), ...added.filter((a) => carriedTimes.includes(a))].join(" ")
          : bareOrder
            ? `${ofThatYear.slice(0, bareOrder.index)} ${added.join(" ")}${bareOrder[0]}`
            : besidesNamed
              ? `${ofThatYear.slice(0, besidesNamed.index)} ${added.join(" ")}${besidesNamed[0]}`
              : heNamed
                ? [ofThatYear.replace(HE_ASKED, `$1 ${[...contextPeople][0]}`), ...added].join(" ")
                : [ofThatYear, ...added].join(" ");
      const text = offersName(read, q) && added.length === 1 ? `${ofThatYear.replace(/[?!.\s]+$/, "")} — ${added[0]}?` : withAdded;
      // "who won in 2019 and with what share": if the names alone are not enough, the question before is the subject.
      // ("who chaired in 2019 and who in 2020?": a part with only a question word and its own time asks
      // what the part before asked, of that time.)
      const elliptic = !!previous && q.parse.times.length > 0 && q.parse.entities.length === 0 && q.parse.concepts.size === 0 && q.parse.unknown.length === 0;
      // ("who was CiO and who was SG in 2012?": a first part with nothing of its own, failing alone, is asked at the next part's time.)
      const nextTimes = !previousText && !own.length ? (questions[questions.indexOf(q) + 1]?.parse.times.filter((t) => !t.relative).map((t) => t.label) ?? []) : [];
      const fallback = elliptic
        ? [ofThatYear, withoutTimes(previous!).replace(LEADING_ASK, ""), ...context].join(" ")
        : nextTimes.length ? [q.text, ...nextTimes, ...context].join(" ") : ownThings(q.parse) || !previousText ? undefined : [q.text, previousText.replace(LEADING_ASK, ""), ...context].join(" ");
      // "when did Montenegro join and how many pS did that make?": "that" is the moment the question before asked for.
      const atThatMoment = !own.length && !!previous && asksWhenOrYear(previous) && MOMENT_ANAPHOR.test(q.text);
      // "which country chairs in 2026 …, also were they chair before?": "they" is an answer, not a name said.
      // ("SG in 1995 and where was he based": "he" with no person named before it, nor one asked for, is no one.)
      const noPerson = PERSON_PRONOUN.test(q.text) && !q.parse.entities.some((e) => e.entity.type === "person") && !read.some((r) => r.parse.entities.some((e) => e.entity.type === "person"));
      // ("greek chairmanship year + who was CiO in december of that year": "that year" is the year answered
      // before, which no part says — never the last December.)
      const noYear = !!previous && ofThatYear === q.text && TIME_ANAPHOR.test(q.text) && q.parse.times.length > 0 && q.parse.times.every((t) => t.relative);
      // ("which city hosted the 1996 summit (what is it called now)?": "it" is the city answered, which the table may not name again.)
      // (Not where the question before names the thing "it" is — "where's ODIHR, and what was it called before?" — nor
      // asks where the capital was, whose own name "it" asks: "where was the capital in 2010, and what's it called now?")
      const nameOfCityAnswered = !ownThings(q.parse) && !!previous && (previous.ask === "place" || previous.askType === "city") && previous.entities.every((e) => e.entity.type === "organization") && !previous.concepts.has("capital") && NAME_OF_IT_ASKED.test(q.text);
      const unresolved = (q.parse.yesNo && q.parse.entities.length === 0 && !carriesName && !context.length && PRONOUN.test(q.text)) || (noPerson && !ofAnswerOf(q)) || noYear || nameOfCityAnswered ? q.text : undefined;
      // "Kazakhstan's successor as OSCE chair was which country, and who was its CiO?": "its" is the answer before (Lithuania), never Kazakhstan.
      // ("who was the first SG? and when appointed?": a bare "when"/"where" after "who" asks it of the one answered, as "when was he appointed".)
      const ofWhoAnswered = !ofAnswerOf(q) && q.parse.entities.length === 0 && previous?.ask === "agent" && !previous.entities.some((e) => e.entity.type === "person") ? ofWhom(q.text) : null;
      const ofAnswer = ofAnswerOf(q) || ofWhoAnswered ? { text: ofWhoAnswered ?? q.text, besides: previous!.entities.map((e) => e.entity.name) } : undefined;
      if (own.length) {
        carried = own;
        carriesName = q.parse.entities.length > 0;
      }
      if (q.parse.times.length) [carriedTimes, timesBefore] = [q.parse.times.map((t) => t.label), { text: q.parse.cleaned, times: q.parse.times }];
      if (own.length) carriedToday = q.parse.times.filter((t) => t.relative && PRESENT_WORD.test(q.text)).map((t) => t.label);
      previous = q.parse;
      previousText = q.text;
      return { text, ...(added.length ? { joined: true } : {}), ...(fallback && !ofAnswer ? { fallback } : {}), ...(atThatMoment ? { atThatMoment: q.text } : {}), ...(unresolved && !ofAnswer ? { unresolved } : {}), ...(ofAnswer ? { ofAnswer } : {}) };
    });
}

/** "… but what I need is:", "my actual question is:": everything before it is the reporter's talk. */
const BEFORE_ASK_MARKER = /^.*?\b(?:(?:but\s+)?what\s+i\s+(?:really\s+|actually\s+)?need\s+(?:to\s+know\s+)?is|my\s+(?:real\s+|actual\s+)?question\s+is|the\s+(?:real\s+|actual\s+)?question\s+is)\s*[:,—–-]\s*(?=\S)/is;

const STRESSED = /\b(?:himself|herself)\b/i;

/** "now", "today", "currently": a part asked of the present. */
const PRESENT_WORD = /\b(?:now|nowadays|today|currently|at present|these days|rn)\b/i;

/** A question ending in a bare "before" or "after" ("had it chaired before?"). */
const BESIDES_AT_END = /\s+(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?)\s+[^,?.;!]+[?!.]*\s*$/i;
const BARE_ORDER_END = /\s+(?:before|after)\s*[?.!]*\s*$/i;

/** The one name (not the organisation) and the one explicit time the parts say, if each is one. */
function oneNameAndTime(parts: Part[]): { name: string; time: string } | null {
  const names = [...new Set(parts.flatMap((r) => r.parse.entities.filter((e) => e.entity.type !== "organization").map((e) => e.entity.name)))];
  const times = [...new Set(parts.flatMap((r) => r.parse.times.filter((t) => !t.relative).map((t) => t.label)))];
  return names.length === 1 && times.length === 1 ? { name: names[0]!, time: times[0]! } : null;
}

/** The one person the parts name, if they name exactly one. */
function onePersonOf(parts: Part[]): string | null {
  const people = new Set(parts.flatMap((r) => r.parse.entities.filter((e) => e.entity.type === "person").map((e) => e.entity.name)));
  return people.size === 1 ? [...people][0]! : null;
}

/**
 * "and when appointed?", "and since when appointed?": "when" with its verb of a person, asked as of "him".
 * ("and where?" may mean any place, and "… and when?" a country's time: neither is read here.)
 */
const BARE_FOLLOW_UP = /^\W*(?:(?:and|also|plus)\s+)?(when|since\s+when|until\s+when)\s+(appointed|elected|named|chosen|nominated|sworn\s+in|born|reappointed|re-elected)\W*$/i;

function ofWhom(text: string): string | null {
  const m = BARE_FOLLOW_UP.exec(text);
  return m ? `${m[1]} was he ${m[2]}?` : null;
}
