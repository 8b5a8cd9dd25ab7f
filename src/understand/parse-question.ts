/**
 * Reads a question into what matching needs: the question word (and the type it asks for),
 * entities, concepts, time expressions, order words, tense, and the words nothing explains.
 */
import { handoverOrder, subjectFirstOrder } from "./handover.js";
import type { Entity } from "../facts/model.js";
import type { AskKind, OperationKind } from "../facts/schema.js";
import { cleanQuestion } from "../text/normalise.js";
import { readTimes, type TimeQuery } from "../time/parse-time.js";
import { isEnglishWord } from "../text/dictionary.js";
import { stem } from "../text/stem.js";
import { tokenise, type Token } from "./tokenise.js";
import type { Meaning, Vocabulary } from "./vocabulary.js";
import { preferFurtherReach, type OverlapRule } from "./overlap.js";
import { isOtherName, repairPersonNames } from "./person-names.js";
import { offeredAlternatives } from "./offered-alternative.js";
import { lengthClaimAt, type LengthClaim } from "./length-claim.js";

/** How overlapping phrases are read (overlap.ts). */
const OVERLAP_RULE: OverlapRule = preferFurtherReach;

export interface EntityMention {
  entity: Entity;
  fuzzy: boolean;
  /** Stems of the nearest words before and after the name ("Akmola renamed Astana"): which slot of a pattern it fills. */
  left?: string;
  right?: string;
  /** How many words the mention takes. */
  words?: number;
  /** A country said just before the noun asked for ("which German city"): where the answer lies, not a role. */
  namesAskedPlace?: boolean;
  /** Words of the name typed otherwise and corrected: [as typed, as read]. */
  slips?: Array<[string, string]>;
}

export interface QuestionParse {
  /** The question after platform markup and control characters are removed. */
  cleaned: string;
  /** Set by a caller that knows its one year names the term the facts are of ("who would chair in 2009", beside the year decided). */
  yearIsTerm?: boolean;
  ask: AskKind | null;
  /** The type after "which"/"what" ("country", "party", "time"), if any. */
  askType: string | null;
  /** "Which countries …": a plural type noun asks for the whole list. */
  plural: boolean;
  /** "What's the turnout …": the thing asked for is a word nothing explains, so no fact can answer it. */
  askNounUnknown: boolean;
  /** The word right after "which/what" when it names no type ("which document"): what is asked for, as a stem. */
  askNoun: string | null;
  /** "How many participating States …": the concept of the noun counted, if it is one. */
  countConcept: string | null;
  /** The stem of the noun "how many" counts ("seat", "state", "candid"): a figure of that name is the one asked. */
  countNoun: string | null;
  yesNo: boolean;
  /** "Who was CiO in 2004 — Passy?": a who/which question ending on the name it offers as its answer. */
  offersAnswer: boolean;
  /** Concept id → whether it was reached through a typo correction. */
  concepts: Map<string, boolean>;
  entities: EntityMention[];
  /** Content words nothing explains; a capitalised one is probably a name the table lacks. */
  /** "What did Zannier do before …?": an activity is asked, which only a relation whose facts are prose tells. */
  asksActivity: boolean;
  /** Words nothing explains; `beforeName` marks a capitalised one right before a person's name ("Helga Zannier": another person). */
  unknown: Array<{ form: string; properNoun: boolean; beforeName?: true; asPost?: true }>;
  /** Figures that are not years ("95.5", "460"). */
  numbers: string[];
  times: TimeQuery[];
  order: "before" | "after" | null;
  /** The question asks when something began ("joined in 1992"). */
  starting: boolean;
  /** Content words (not fillers, names or figures) with the concept each matched, if any. */
  contentWords: Array<{ stem: string; concept: string | null }>;
  tense: "present" | "past" | null;
  corrections: number;
  /** Operations asked of the facts ("highest", "how long", "runner-up"). */
  operations: Set<OperationKind>;
  /** "the third summit", "the 55th participating State". */
  ordinal: number | null;
  /** The ordinal counts the named one's own turns ("for the third time", "Switzerland's second"), not the n-th of all. */
  ownOrdinal: boolean;
  /** The ordinal counts terms of office ("a second term"): one fact may span several, so facts cannot count them. */
  termOrdinal: boolean;
  /** "Finland's two chairmanships", "italy had two CiOs": how many things the question says there are; the answer must have as many. */
  statedCount: number | null;
  /** "served more than three years": a length of time claimed of a span. */
  lengthClaimed?: LengthClaim;
  /** Year-like tokens no parser can read ("2o11"): never dropped, the answer says it could not read them. */
  unreadableTimes: string[];
  /** "from 2011 to 2020", "2011-2017": a span said by both its ends (not "between …"), which a claim says it began and ended in. */
  spanClaimed: boolean;
  /** "… in 2001 or 2006?": a choice between two, not a yes/no claim about the first. */
  alternative: boolean;
  /** "gilmore or martin?": two names offered, one the table does not know; answered by what holds, never "Yes". */
  offersChoice?: true;
  /** A statement, not a question: no question word or mark, and a verb ("Kazakhstan chaired the OSCE in 2009."). */
  declarative: boolean;
  /** "How did Malta end up with the chair?": how something went, which no check answers. */
  asksHow: boolean;
  /**
   * "… besides foreign minister": what the answer leaves out — phrases its facts must not say, names they
   * must not have. `corrects`: "(not Slovenia)" says what is not meant, whether or not a fact has it.
   */
  besides?: { phrases: string[]; entities: string[]; corrects?: true };
}

const UNDER_THE_NAME = /\bunder\s+the\s+([\p{L}-]{2,20})\s+name\b/giu;

/**
 * "besides foreign minister", "other than the CiO post", "apart from Vienna", "(not Slovenia)", "…, not
 * its Parliamentary Assembly": what is left out, up to a break. ("…, not only X", "…, not yet" leave nothing out.)
 */
const BESIDES = /(?:\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|not\s+(?:won|held|chaired|hosted|led|headed)\s+by)|\(\s*not|[,;—–]\s*(?:but\s+)?not(?!\s+(?:only|just|even|yet|sure|certain|really|necessarily|quite|exactly|counting|including)\b))\s+(?:being\s+)?([^,?.;!()]+)/i;

const INCLUDED_PRESENT = /\b(?:counting|including|incl\.?|inclusive of)\s+(?:(?:the\s+)?(?:current|present|incumbent|sitting)(?:\s+(?:one|holder|year))?|this\s+(?:year|one))\b/gi;

// ("how many SGs has the OSCE had (count Sinirlioglu)": so is one said to be counted, in brackets.)
const INCLUDED_NAME = /(?:\b(?:counting|including|incl\.?|inclusive\s+of)|(?<=\(\s*)count)\s+([\p{L}][\p{L}' -]*(?:\s+in\s+\d{4}\b)?)/giu;

/** The words are one name and nothing else ("Switzerland", "the Czech Republic", "the CSCE in 1991"). */
function namesOnlyOne(words: string, vocab: Vocabulary): boolean {
  // ("counting the CSCE in 1991": the year says which turn is counted in, never a limit on the count.)
  const forms = tokenise(words.replace(/\s+in\s+\d{4}\s*$/, "")).map((t) => t.form).filter((f) => f !== "the");
  const phrase = forms.length ? vocab.phraseAt(forms, 0) : undefined;
  return phrase?.tokens.length === forms.length && phrase.meanings.some((m) => m.kind === "entity");
}

const NUMBER_N = /\b(?:number|no\.|#)\s*(\d{1,3})(?![\d.,%])/i;
const CAME_FIRST = /\b(?:came|come|comes|coming|happened|happen|happens)\s+first\b/i;
const WON_SAID = /\b(?:win|wins|won|winning|winners?|victor|victory|beat|prevailed|top(?:ped)?|elected|votes?)\b/i;

function cameFirstAsEarlier(parse: QuestionParse): void {
  parse.concepts.delete("win");
  parse.concepts.set("first", false);
  for (const w of parse.contentWords) if (w.concept === "win") w.concept = "first";
}

export function parseQuestion(raw: string, now: Date, vocab: Vocabulary): QuestionParse {
  const cleaned = cleanQuestion(raw);
  const read = readTimes(cleaned, now);
  // "How many times has Switzerland chaired, counting 2026?": a time said to be included is no filter.
  // ("Counting from 2000, how many …": a time counted from is the question's.)
  // ("counting the CSCE in 1991": so is the year of a name said to be included.)
  const included = (t: { index: number; label: string }) =>
    /\b(?:counting|including|incl\.?|inclusive of)\s+(?:the\s+[\p{L}-]+\s+(?:in\s+)?)?$/iu.test(cleaned.slice(Math.max(0, t.index - 40), t.index)) && !/^(?:since|after|from)\b/i.test(t.label);
  const times = read.times.filter((t) => !included(t));
  const chatter = [...read.chatter, ...read.times.filter(included)];
  const unreadable = read.unreadable;
  // The question's times, the reporter's own ("for my 6pm piece") and unreadable years are all
  // accounted for here; none is left for the words to explain.
  let rest = cleaned;
  for (const t of [...times, ...chatter, ...unreadable]) rest = rest.slice(0, t.index) + " ".repeat(t.length) + rest.slice(t.index + t.length);
  // ("… had, counting the current one?": the present holder included, which asks about no one time.)
  rest = rest.replace(INCLUDED_PRESENT, (m) => " ".repeat(m.length));
  // ("How many countries chaired more than once, counting Switzerland?": a name said to be included is no filter.)
  rest = rest.replace(INCLUDED_NAME, (m, name: string) => (namesOnlyOne(name, vocab) ? " ".repeat(m.length) : m));
  // ("the first to chair under the OSCE name": the name is said; "under" and "name" only say it is the era's.)
  rest = rest.replace(UNDER_THE_NAME, (m, name: string) => `${" ".repeat(m.indexOf(name))}${name}${" ".repeat(m.length - m.indexOf(name) - name.length)}`);
  const besides = BESIDES.exec(rest);
  if (besides) rest = rest.slice(0, besides.index) + " ".repeat(besides[0].length) + rest.slice(besides.index + besides[0].length);
  const parse = readTokens(tokenise(rest), vocab, true);
  if (besides) parse.besides = { ...leftOut(besides[1]!, vocab), ...(/^(?:\(|[,;—–])/.test(besides[0]) ? { corrects: true as const } : {}) };
  parse.cleaned = cleaned;
  // ("tokayev 70.76% in 2019 — that's the final, right?": beside a share, "final" is the final count, never the last election.)
  if (parse.concepts.has("last") && /\bfinal\b/i.test(cleaned) && /\d\s*%|\bpercent\b/i.test(cleaned) && !/\b(?:last|latest|most\s+recent|newest)\b/i.test(cleaned)) {
    parse.concepts.delete("last");
    for (const w of parse.contentWords) if (w.concept === "last") w.concept = null;
  }
  // ("the second finnish chairpersonship", "Switzerland's 2026 chairmanship is its second": the owner's own n-th.)
  const ownedByAdjective = (n: number) => parse.entities.some((m) => m.entity.type === "country" && m.left !== undefined && ordinalOf(m.left) === n);
  if (parse.ordinal !== null && (ownersOrdinal(cleaned, parse.ordinal) || ownedByAdjective(parse.ordinal) || ITS_ORDINAL.test(cleaned))) parse.ownOrdinal = true;
  // ("How did Malta end up with the chair in 2024?": how something went is asked, never yes or no.)
  if (HOW_DID.test(cleaned)) [parse.yesNo, parse.asksHow] = [false, true];
  parse.times = times;
  parse.spanClaimed = times.some((t) => t.grain === "range" && !t.relative && !/^between\b/i.test(cleaned.slice(t.index, t.index + t.length)));
  parse.unreadableTimes = unreadable.map((u) => cleaned.slice(u.index, u.index + u.length));
  if (parse.ask === null && !parse.yesNo) askedByHeadNoun(parse, vocab);
  if (parse.askType === "city" || parse.ask === "place") markPlaceOfAsked(parse, vocab);
  if (parse.ask === null && !parse.yesNo && times.length === 0 && parse.entities.length > 0 && asksWhenTelegraphically(cleaned)) parse.ask = "time";
  // ("What were the CSCE chairmanships before 1995?": a plural verb asks them all.)
  if (parse.ask === "which" && PLURAL_VERB_ASKED.test(cleaned)) parse.plural = true;
  // ("Ministerial Council number 23", "wasn't it number 31?": the 23rd, the 31st.)
  const numbered = NUMBER_N.exec(cleaned);
  if (numbered && parse.ordinal === null && parse.numbers.includes(numbered[1]!)) {
    parse.ordinal = Number(numbered[1]);
    parse.numbers = parse.numbers.filter((n) => n !== numbered[1]);
  }
  // ("gilmore or martin?": a guess the table does not know, beside one it does, is the choice's.)
  if (parse.alternative && parse.unknown.length > 0) {
    const offered = offeredAlternatives(parse);
    if (offered.size) [parse.unknown, parse.offersChoice] = [parse.unknown.filter((u) => !offered.has(u.form.toLowerCase())), true];
  }
  // ("Which summit came first, Lisbon or Istanbul?": of two offered, the earlier — no winner of anything.)
  if (parse.alternative && parse.concepts.has("win") && CAME_FIRST.test(cleaned) && !WON_SAID.test(cleaned)) cameFirstAsEarlier(parse);
  // ("which was the second time Austria chaired?": the n-th time asked is a when.)
  // ("what was Austria's second chairmanship year?": so is an n-th thing's year.)
  if (parse.ask === "which" && !parse.askType && parse.ordinal !== null && (NTH_TIME.test(cleaned) || NTH_YEAR.test(cleaned))) parse.ask = "time";
  // ("date kz got the 2010 chair": a question led by "date" asks when, whatever year it names.)
  if (parse.ask === null && !parse.yesNo && LED_BY_DATE.test(cleaned)) parse.ask = "time";
  // "where is Perrin de Brichambaut from?": a person's country, not a place of the facts.
  if (WHERE_FROM.test(cleaned) && parse.entities.some((e) => e.entity.type === "person")) [parse.ask, parse.askType] = ["which", "country"];
  // "Was the Istanbul summit earlier in the year than …?": the time of year, which no comparison here reads.
  if (/\b(?:earlier|later)\s+in\s+the\s+year\b/i.test(cleaned)) parse.unknown.push({ form: "in the year", properNoun: false });
  // ("when is Malta chairing again", "when does Kazakhstan chair again": a turn still to come.)
  if (PRESENT_AGAIN.test(cleaned) && parse.times.length === 0) parse.operations.add("future");
  // "Did Zannier's term as SG end in 2015?", "when did Saudabayev leave the FM post": a term's end with
  // words between ("term end", "left office" are the lexicon's).
  if (TERM_ENDS.test(cleaned)) {
    parse.operations.add("end");
    // (The verb is the end itself, not a word for the facts to explain.)
    for (const verb of ["w:leav", "w:left"]) parse.concepts.delete(verb);
  }
  // "name of the country that chaired the OSCE in 2003", "what is the name of the eighth SG?": the
  // name asked is the thing itself — which one (a type noun says which kind), not a naming.
  // (Of a thing that has names of its own — an office, a capital, a declaration — the name is asked.)
  const nameOf = NAME_OF.exec(cleaned);
  const namedKind = nameOf ? nameOf[1]!.toLowerCase() : "";
  if (nameOf && parse.concepts.has("name") && !/\brenam|\bcalled\b/i.test(cleaned) && (["country", "person"].includes(vocab.typeNouns.get(namedKind) ?? "") || PEOPLE_NOUN.test(namedKind) || /^(?:first|last|current|eighth|second|third|\w+th)$/.test(namedKind))) {
    parse.concepts.delete("name");
    const type = vocab.typeNouns.get(nameOf[1]!.toLowerCase());
    if (type && (parse.ask === null || parse.ask === "which")) [parse.ask, parse.askType] = ["which", type];
    else parse.ask ??= "agent";
  }
  // ("current osce SG name", "the 2010 CiO's name?": a post's name at the end asks who held it.)
  else if (parse.concepts.has("name") && POST_NAME_LAST.test(rest)) {
    parse.concepts.delete("name");
    parse.ask ??= "agent";
  }
  // "the oldest ministerial council": of things, the first (never of people: "the oldest CiO" asks an
  // age, which no fact holds).
  const oldest = parse.unknown.findIndex((u) => u.form === "oldest");
  if (oldest >= 0 && parse.ask !== "agent" && !parse.entities.some((e) => e.entity.type === "person") && !PEOPLE_NOUN.test(cleaned)) {
    parse.unknown.splice(oldest, 1);
    parse.concepts.set("first", false);
  }
  // "When did Nazarbayev announce his resignation?": the ending is what was said, not an end to find
  // among terms — the facts that say it answer (a statement whose words say "resignation").
  if (ANNOUNCED_END.test(cleaned) && parse.operations.delete("end")) {
    parse.concepts.set("w:resignation", false);
    parse.contentWords.push({ stem: "resignation", concept: null });
  }
  // ("nur otan 2012 — bloomberg had 80.7, final was?": "final" beside a figure is the final count, never the last of all.)
  if (parse.concepts.has("last") && FINAL_COUNT.test(cleaned) && !LAST_SAID.test(cleaned) && (parse.numbers.length > 0 || FIGURE_NOUN.test(cleaned))) parse.concepts.delete("last");
  // "What did Zannier do before he became SG?": an activity is asked (only prose facts tell one).
  parse.asksActivity = parse.ask === "which" && ASKS_ACTIVITY.test(cleaned);
  // "Nazarbayev in 1999: more than 75%?": a figure compared, asked with "?" and no question word, is a yes/no check.
  if (parse.ask === null && !parse.yesNo && parse.numbers.length > 0 && (parse.operations.has("greater") || parse.operations.has("lesser")) && /\?\s*$/.test(cleaned)) parse.yesNo = true;
  parse.declarative = !cleaned.includes("?") && parse.ask === null && !parse.yesNo && isStatement(cleaned);
  // ("nur-sultan is still the capital?": a statement in the present, "still" so, asked with "?" is a yes/no question.)
  if (parse.ask === null && !parse.yesNo && STILL_ASKED.test(cleaned) && isStatement(cleaned)) parse.yesNo = true;
  // ("elina valtonen still CiO?": a name, "still" and what it holds, asked with "?", is asked of now.)
  if (parse.ask === null && !parse.yesNo && parse.entities.length > 0 && parse.times.length === 0 && STILL_TELEGRAPHIC.test(cleaned)) [parse.yesNo, parse.tense] = [true, "present"];
  // ("kz was the first post-soviet chair?": a statement of a pick about a name it starts with, asked
  // with "?", asks whether it holds — not "the fourth SG was?", which leaves its end open.)
  const picked = parse.concepts.has("first") || parse.concepts.has("last") || parse.ordinal !== null;
  if (parse.ask === null && !parse.yesNo && picked && parse.order === null && parse.entities.some((m) => m.left === undefined) && CLAIM_ASKED.test(cleaned) && isStatement(cleaned.replace(/\?+\s*$/, ""))) parse.yesNo = true;
  // ("kurz was osce chair in 2017?", "Genscher chaired the CSCE in 1991?": a whole statement of a name,
  // asked with one "?" at its end and no question word, asks whether it holds.)
  // (Its subject first, nothing else before the "?": never "… , after de Hoop Scheffer left?", a clause of another question.)
  if (parse.ask === null && !parse.yesNo && parse.order === null && ASKED_STATEMENT.test(cleaned) && startsWithName(cleaned, vocab) && isStatement(cleaned.replace(/\?+\s*$/, ""))) parse.yesNo = true;
  // ("in which year was there no Ministerial Council?", "which city had no summit": what did not happen is
  // asked, which no fact says — the word is never dropped.)
  if (!parse.yesNo && (parse.ask === "time" || parse.ask === "which" || parse.ask === "agent" || parse.ask === "place") && NOTHING_THERE.test(cleaned)) parse.unknown.push({ form: "no", properNoun: false });
  // "CiO in 2024 was Ian Borg, right?": a statement with a question tag asks yes or no.
  if (QUESTION_TAG.test(cleaned) && (parse.entities.length > 0 || parse.times.length > 0)) parse.yesNo = true;
  // "CiO 2007 — Moratinos?": a telegraphic question that ends by offering a name asks whether it is the one.
  if (parse.ask === null && !parse.yesNo && parse.entities.length > 0 && endsWithNameAsked(cleaned, vocab)) parse.yesNo = true;
  // "Who was CiO in 2004 — Passy?": a question that offers its answer — the answer says whether it is.
  else if ((parse.ask === "agent" || parse.ask === "which" || parse.ask === "place") && !parse.yesNo && OFFERED_TAIL.test(cleaned) && endsWithNameAsked(cleaned, vocab)) parse.offersAnswer = true;
  if (times.some((t) => t.relative && t.grain === "day")) parse.tense = "present";
  return parse;
}

/** What "besides …" names: the phrases of its concepts and words (a fact saying one is left out), and its names. */
function leftOut(text: string, vocab: Vocabulary): { phrases: string[]; entities: string[] } {
  const part = readTokens(tokenise(text), vocab, true);
  const phrases = [...part.concepts.keys()].flatMap((c) => (c.startsWith("w:") ? [c.slice(2)] : [...vocab.phrasesOf(c)]));
  // ("(not george)": a part of a name, no entity alone, still says who is not meant.)
  const nameParts = part.entities.length === 0 ? part.unknown.filter((u) => u.form.length >= 3).map((u) => u.form) : [];
  return { phrases: [...new Set([...phrases, ...nameParts].map((p) => p.toLowerCase()))], entities: part.entities.map((e) => e.entity.id) };
}

/**
 * "which German city", "in which Dutch city": a country right before the city asked for says where it lies.
 * ("In which city did Bulgaria host the 2004 Ministerial Council?": so does the country said to host it.)
 */
function markPlaceOfAsked(parse: QuestionParse, vocab: Vocabulary): void {
  for (const m of parse.entities) {
    if (m.entity.type !== "country" || !m.right) continue;
    if (parse.askType === "city" && [...vocab.typeNouns].some(([noun, type]) => type === "city" && stem(noun) === m.right)) m.namesAskedPlace = true;
    if (HOSTS.has(m.right)) m.namesAskedPlace = true;
  }
}
const HOSTS = new Set(["host", "hosted", "hosting", "hosts"].map(stem));

/**
 * "Steinmeier osce chair year?", "Burkhalter chaired the OSCE in?": with no question word, a lone
 * "year" or "date", or a preposition left hanging at the end, asks when.
 */
function asksWhenTelegraphically(cleaned: string): boolean {
  return /\b(?:in|since|until)\s*\?+\s*$/i.test(cleaned) || /\b(?:year|yr|date)\b/i.test(cleaned);
}

const NTH_TIME = /^\W*(?:which|what)\s+(?:was|is)\s+the\s+\S+\s+time\b/i;
// (Not "what are the two groups of partners": a number said is a count the answer must meet.)
const PLURAL_VERB_ASKED = /^\W*(?:what|which)\s+(?:were|are)\s+the\s+(?!(?:two|three|four|five|six|\d+)\b)/i;
// (In the question word's own words, none of them capitalised: a premise joined to the question — "who was the last
// one The OSCE has had no SG" — is no part of it.)
const NOTHING_THERE = /\b(?:[Ww]hich|[Ww]hat|[Ww]hen|[Ww]here|[Ww]ho)(?:\s+[\p{Ll}\d][\p{L}\d]*){0,6}?\s+(?:was|were|is|are|had|has|have|saw)\s+(?:there\s+)?no\s+\p{L}/u;
const TIMES_NOUN = /^(?:years|times|terms|occasions)$/;
const HOW_DID = /^\W*how\s+(?:did|does|do|was|were|is|are|has|have|had)\b/i;
const NTH_YEAR = /^\W*(?:which|what)\s+(?:was|is)\s.*\b(?:year|date)\W*$/i;
const LED_BY_DATE = /^\W*(?:the\s+)?(?:exact\s+)?(?:date|day)\s+(?!of\b|pls\b|please\b|plz\b|thx\b|thanks\b|\()/i;

/** A last part after a dash or comma, asked with "?" (checked before reading that part). */
const OFFERED_TAIL = /(?:\s[-–—]|,)\s*[^,–—]+?\s*\?\s*$/;

/** The last part after a dash or comma, asked with "?", is one name and nothing else. */
function endsWithNameAsked(cleaned: string, vocab: Vocabulary): boolean {
  // ("CiO 2010 was Marat Tazhin?": a name after "was" offers it as well.)
  // ("— still Almaty?", "— or Vienna?": a word of doubt before the name offers it all the same.)
  const tail = /(?:\s[-–—]|,|\s(?:was|is|were)\s)\s*(?:(?:still|now|again|maybe|perhaps|or|probably)\s+)?([^,–—]+?)\s*\?\s*$/i.exec(cleaned)?.[1];
  if (!tail || /^\s*$/.test(cleaned.slice(0, cleaned.length - tail.length).replace(/[\s,–—-]+$/, ""))) return false;
  const part = readTokens(tokenise(tail), vocab, false);
  return part.entities.length === 1 && part.concepts.size === 0 && part.unknown.length === 0 && part.ask === null && !/\d/.test(tail);
}

/** Shared by questions and by relation patterns (which are read the same way, without typo correction). */
export function readTokens(toks: Token[], vocab: Vocabulary, correctTypos: boolean): QuestionParse {
  const parse: QuestionParse = {
    cleaned: "", ask: null, askType: null, plural: false, askNounUnknown: false, askNoun: null, countConcept: null, countNoun: null, yesNo: false, concepts: new Map(), entities: [], unknown: [],
    numbers: [], times: [], order: null, starting: false, contentWords: [], tense: null, corrections: 0, operations: new Set(), ordinal: null, ownOrdinal: false, termOrdinal: false, asksHow: false, statedCount: null, asksActivity: false, offersAnswer: false,
    declarative: false, alternative: false, unreadableTimes: [], spanClaimed: false,
  };
  const forms = toks.map((t) => t.form);
  // Typos first, so that multi-word names and phrases match across a corrected word ("prime minster").
  // A real English word is only corrected when that completes a known phrase ("prime minster").
  const corrected = forms.map((form, i) => {
    if (!correctTypos || vocab.isKnownWord(form)) return false;
    // ("0SCE", "ODlHR": a look-alike digit or letter inside a known acronym is that acronym.)
    // ("Wh0", "Cha1rperson", "Montenegr0": a zero or a one among letters, in a word known with "o" or "i".)
    const lookAlike = acronymOfLookAlike(toks[i]!.raw, vocab) ?? wordOfLookAlike(form, vocab);
    if (lookAlike) {
      forms[i] = lookAlike;
      parse.corrections++;
      return true;
    }
    if (/^\d/.test(form)) return false;
    const acronymTyped = /^[A-Z]{2,}$/.test(toks[i]!.raw);
    const possessive = possessiveName(form, vocab);
    if (possessive) {
      forms[i] = possessive;
      return false;
    }
    const fix = vocab.fuzzy.correct(form, (a, b) => sameStem(a, b) || namesOneEntity(a, b, vocab));
    if (!fix || fix.word === form || isOtherName(form, vocab)) return false;
    // An acronym is typed exactly: "BSEAN" is not a typo of "ASEAN". Two letters swapped ("ODHIR") are a slip, not another name.
    if ((acronymTyped || vocab.acronyms.has(fix.word)) && !swapsTwoLetters(form, fix.word)) return false;
    forms[i] = fix.word;
    if (isEnglishWord(form) && !completesPhrase(forms, i, vocab)) {
      forms[i] = form;
      return false;
    }
    parse.corrections++;
    return true;
  });
  if (correctTypos) parse.corrections += repairPersonNames(forms, corrected, vocab);
  parse.yesNo = isYesNoQuestion(forms, vocab);
  // ("… or not?", "true or false": still a yes/no question.)
  parse.alternative = forms.some((f, i) => f === "or" && !["not", "no", "false", "otherwise"].includes(forms[i + 1] ?? ""));
  // Names written in another word order ("Almaty OSCE centre" for "OSCE Centre in Almaty"), when the
  // words are not already a name or phrase as written.
  const taken = new Set<number>();
  for (const { entity, positions } of vocab.namesInAnyOrder(forms)) {
    if (positions.some((p) => taken.has(p))) continue;
    const asWritten = positions.some((p) => (vocab.phraseAt(forms, p)?.tokens.length ?? 0) >= positions.length);
    if (asWritten || crossesNameAsWritten(forms, positions, vocab)) continue;
    for (const p of positions) taken.add(p);
    parse.entities.push({ entity, fuzzy: false });
  }
  const pairFirsts = pairStartsOf(vocab.starting);
  const pastPairFirsts = pairStartsOf(vocab.past);
  let present = 0;
  let past = 0;
  let countNounAt = -1;
  let startOfUnknown = false;
  let i = 0;
  while (i < toks.length) {
    if (taken.has(i)) {
      i++;
      continue;
    }
    const form = forms[i]!;
    // "who's the WHO director-general": a little word in capitals after the first is an acronym we do not know.
    if (isAcronymOfLittleWord(toks, i, vocab)) {
      parse.unknown.push({ form, properNoun: true });
      i++;
      continue;
    }
    // "has chaired", "have been": the perfect asks about any time, not now.
    if ((form === "has" || form === "have") && isParticiple(forms[i + 1]) || isParticiple(forms[i + 2]) && (form === "has" || form === "have")) past++;
    // ("who were the current SGs": a word of the present outweighs a past auxiliary.)
    else if (vocab.present.has(form)) present += vocab.yesNo.has(form) ? 1 : 2;
    if (vocab.past.has(form)) past++;
    // ("ODIHR used to be called …", "back then": a two-word mark of the past, and nothing else.)
    if (i + 1 < forms.length && pastPairFirsts.has(form) && vocab.past.has(`${form} ${forms[i + 1]}`)) {
      past++;
      i += 2;
      continue;
    }
    const startingPair = i + 1 < forms.length && pairFirsts.has(form) && vocab.starting.has(`${form} ${forms[i + 1]}`);
    if ((vocab.starting.has(form) && !startAsNoun(forms, i)) || startingPair) parse.starting = true;
    // "took office", "set up": the pair says when something began, and nothing else ("office" is not a field office).
    // ("sworn in" stays: "sworn" is a concept of its own.)
    if (startingPair && !isOwnConcept(form, vocab) && (vocab.phraseAt(forms, i)?.tokens.length ?? 0) < 2) {
      i += 2;
      continue;
    }
    const phrase = OVERLAP_RULE(forms, i, vocab.phraseAt(forms, i), vocab);
    const meaning = phrase && pickMeaning(phrase.meanings, toks, i, parse, figureFollows(forms, i + phrase.tokens.length, vocab));
    const fuzzy = phrase ? corrected.slice(i, i + phrase.tokens.length).some(Boolean) : corrected[i]!;
    if (meaning?.kind === "concept" && phrase) for (let k = 0; k < phrase.tokens.length; k++) if (!vocab.fillers.has(forms[i + k]!)) parse.contentWords.push({ stem: stem(forms[i + k]!), concept: meaning.concept });
    if (meaning && phrase) {
      if (meaning.kind === "concept" && countsHere(i, countNounAt, parse, forms[i + phrase.tokens.length - 1]!)) [parse.countConcept, parse.countNoun, countNounAt] = [meaning.concept, stem(forms[i + phrase.tokens.length - 1]!), i + phrase.tokens.length];
      if (meaning.kind === "entity") mentionEntity(parse, meaning.entity, fuzzy, phrase.tokens.length, neighbours(forms, i, i + phrase.tokens.length, vocab), slipsAt(toks, forms, corrected, i, phrase.tokens.length));
      const consumed = apply(meaning, parse, fuzzy, forms, i + phrase.tokens.length, vocab);
      if (meaning.kind === "ask" && meaning.ask === "count" && consumed === 0) countNounAt = i + phrase.tokens.length;
      if (meaning.kind === "ask" && meaning.ask === "which" && !parse.askType && (parse.askType = typeBeforeRelative(forms, i, vocab))) parse.plural = forms[i - 2]!.endsWith("s");
      // A question word may carry an operation too: "what day" asks when, to the day.
      if (meaning.kind === "ask") for (const m of phrase.meanings) if (m.kind === "operation") parse.operations.add(m.operation);
      i += phrase.tokens.length + consumed;
      continue;
    }
    const word = forms[i]!;
    // "twenty-first", "fifty seventh": tens and a unit, two tokens.
    const compound = compoundOrdinal(word, forms[i + 1]);
    if (compound !== null) {
      if (parse.ordinal === null) readOrdinal(parse, compound, forms[i + 2]);
      i += 2;
      continue;
    }
    const ordinal = ordinalOf(word);
    if (ordinal !== null) {
      if (parse.ordinal === null) readOrdinal(parse, ordinal, forms[i + 1]);
      i++;
      continue;
    }
    // "Ambassador Glover": a title before a name is noise; "Kazakhstan's ambassador" asks about a post.
    if (vocab.honorifics.has(word) && toks[i + 1] && /^[A-Z]/.test(toks[i + 1]!.raw)) {
      i++;
      continue;
    }
    const figure = isFigure(word);
    const cardinal = CARDINAL_WORDS.indexOf(word);
    // "more than three years", "for 2 years", "over a decade": a length claimed of a span, checked as one.
    const length = lengthClaimAt(forms, i, figure ? Number(word) : cardinal >= 2 ? cardinal : /^(?:a|an|one)$/.test(word) ? 1 : 0);
    if (length) {
      parse.lengthClaimed ??= length;
      i += 2;
      continue;
    }
    // ("is the SG's term five years?", "appointed for a four-year term": a length said in words that no
    // check takes is unexplained, as in figures — never a count, never passed over.)
    // (The count is a word of the facts' own text where they say it — "a single seven-year term" — and
    // "the three years Switzerland chaired" says how many are meant.)
    if (cardinal >= 2 && TIME_UNIT.test(forms[i + 1] ?? "") && !COUNT_LEADS.test(forms[i - 1] ?? "")) {
      parse.unknown.push({ form: word, properNoun: false });
      i += 2;
      continue;
    }
    // ("did Zannier serve two terms?": one span may hold two terms, so no count of facts checks it.)
    if ((figure || cardinal >= 2) && TERMS.test(forms[i + 1] ?? "")) {
      parse.unknown.push({ form: `${word} ${forms[i + 1]}`, properNoun: false });
      i += 2;
      continue;
    }
    // "a 5yr term": a length claimed, not a figure of the facts — nothing here checks it, so it stays unexplained.
    if (figure && TIME_UNIT.test(forms[i + 1] ?? "")) {
      parse.unknown.push({ form: `${word} ${forms[i + 1]}`, properNoun: false });
      i += 2;
      continue;
    }
    // ("the 2 finnish cios of 2008", "its 3 summits": a digit after an article and before a plural
    // noun, or a word and a plural noun, says how many things are meant, like "two".)
    if (figure && /^[2-9]$/.test(word) && COUNT_LEADS.test(forms[i - 1] ?? "") && (/s$/.test(forms[i + 1] ?? "") || /s$/.test(forms[i + 2] ?? "")) && countsNoun(forms[i + 1]) && parse.ask !== "count" && !parse.yesNo) {
      parse.statedCount ??= Number(word);
      i++;
      continue;
    }
    // ("is Japan one of the 57 participating States?": the size of the whole named, not a figure asked.)
    if (figure && /^(?:one|any|each|none|all|some|which|who)\s+of\s+the$|^among\s+the$/.test(`${forms[i - 3] ?? ""} ${forms[i - 2] ?? ""} ${forms[i - 1] ?? ""}`.trim().replace(/^\S+\s+(?=among)/, "")) && (/s$/.test(forms[i + 1] ?? "") || /s$/.test(forms[i + 2] ?? ""))) {
      i++;
      continue;
    }
    if (figure && isDeadline(forms, i)) {
      // "(need it in 10)", "filing in 20": the reporter's minutes, nothing asked
    } else if (figure) parse.numbers.push(word);
    // "did Italy give two secretaries general?": a count claimed in words is a figure like "2", never
    // dropped; asking for "the three dimensions" only says how many to list.
    else if (cardinal >= 0 && parse.yesNo) parse.numbers.push(String(cardinal));
    // "which two opposition leaders …", "years between Finland's two chairmanships": a count in words
    // before a noun says how many things are meant; the answer is held to it (see statedCount).
    // (After a question word the count is of the thing asked only right after it: "which city hosted
    // two summits" does not say how many cities.)
    // ("name the first three CiOs": how many to pick, whatever asks.)
    else if (cardinal > 1 && PICK_WORDS.has(forms[i - 1] ?? "") && parse.ask !== "count") parse.statedCount ??= cardinal;
    // ("the three years Switzerland chaired", "all two terms", "the three chairmanship years": how many times are meant.)
    else if (cardinal > 1 && /^(?:the|all|which|what)$/.test(forms[i - 1] ?? "") && (TIMES_NOUN.test(forms[i + 1] ?? "") || (/^\p{L}+$/u.test(forms[i + 1] ?? "") && TIMES_NOUN.test(forms[i + 2] ?? ""))) && parse.ask !== "count") parse.statedCount ??= cardinal;
    else if (cardinal >= 0 && countsNoun(forms[i + 1]) && (parse.ask === null || parse.ask === "count" || asksTheCounted(forms, i))) {
      parse.statedCount ??= cardinal;
    } else if (cardinal >= 0 && (parse.ask === "which" || parse.ask === "time") && HAVING.test(forms[i - 1] ?? "")) {
      // ("the years in which the OSCE had two CiOs", "which countries gave two SGs": a count the
      // answer must have, which no reading checks — never dropped.)
      parse.unknown.push({ form: word, properNoun: false });
    } else if (cardinal >= 0 && parse.ask !== null && parse.ask !== "count") {
      // noise: "which two years …", after a question word the facts say how many anyway
    } else if (vocab.fillers.has(word) || (vocab.starting.has(word) && !vocab.conceptOfWord(word))) {
      // A listed filler stays noise even when its stem looks like a concept ("back" / "backing").
    } else {
      const concept = vocab.falseFriends.has(word) ? undefined : vocab.conceptOfWord(word);
      if (concept) parse.concepts.set(concept, corrected[i]! || (parse.concepts.get(concept) ?? false));
      if (concept && countsHere(i, countNounAt, parse, word)) [parse.countConcept, parse.countNoun, countNounAt] = [concept, stem(word), i + 1];
      else if (!concept) {
        parse.unknown.push({ form: word, properNoun: toks[i]!.properNoun, ...(toks[i]!.properNoun && startsPersonName(forms, i + 1, vocab) ? { beforeName: true as const } : {}), ...(succeededAs(forms, i) ? { asPost: true as const } : {}) });
        // "which CiO became Chancellor in 2000": what began is the unknown post, not what the facts are of.
        if (startsBefore(forms, i, vocab)) startOfUnknown = true;
      }
      parse.contentWords.push({ stem: stem(word), concept: concept ?? null });
    }
    i++;
  }
  if (startOfUnknown) parse.starting = false;
  parse.tense = present > past ? "present" : past > 0 ? "past" : null;
  // Only "who/which …" asks for the one before or after: "the exact day Martino took over from
  // Andreatta" asks when.
  if (parse.ask === "agent" || parse.ask === "which") parse.order = subjectFirstOrder(forms, parse.order) ?? parse.order ?? handoverOrder(forms, vocab);
  // "has Sweden chaired before?": a "before" that ends the question is "ever", no order.
  if (parse.order === "before" && parse.yesNo && forms[forms.length - 1] === "before" && parse.times.length === 0) parse.order = null;
  // "osce members count now?", "total number of partners": a count without a question word.
  // ("… 70.76 in my notes, is that the final number?": a figure said is what the number is, not a count asked.)
  if (parse.ask === null && parse.concepts.has("count_word") && parse.numbers.length === 0) parse.ask = "count";
  parse.askNounUnknown = askNounIsUnknown(forms, vocab, parse);
  parse.askNoun = askNounOf(forms, vocab, parse);
  return parse;
}

/** What each phrase of several words ("took office", "used to") begins with, up to any of its spaces: made once per set. */
const pairStarts = new WeakMap<ReadonlySet<string>, Set<string>>();

/** (Most words begin no such phrase: for them, no pair of words is put together to look it up.) */
function pairStartsOf(phrases: ReadonlySet<string>): Set<string> {
  let firsts = pairStarts.get(phrases);
  if (!firsts) {
    firsts = new Set();
    for (const phrase of phrases) for (let at = phrase.indexOf(" "); at >= 0; at = phrase.indexOf(" ", at + 1)) firsts.add(phrase.slice(0, at));
    pairStarts.set(phrases, firsts);
  }
  return firsts;
}

/**
 * Whether the concept at token i names what "how many" counts: the first word after it, or a plural
 * right after that ("how many presidential candidates" counts candidates; "how many Councils took
 * place" still counts Councils).
 */
function countsHere(i: number, countNounAt: number, parse: QuestionParse, lastWord: string): boolean {
  return i === countNounAt && (parse.countConcept === null || /[^s]s$/.test(lastWord));
}

/** A word that is a concept of its own, alone ("sworn"), not a soft one. */
function isOwnConcept(form: string, vocab: Vocabulary): boolean {
  const alone = vocab.phraseAt([form], 0)?.meanings.find((m) => m.kind === "concept")?.concept ?? vocab.conceptOfWord(form);
  return !!alone && !vocab.softConcepts.has(alone);
}

/** No question word anywhere, and a finite verb ("chaired", "hosted", "was"): a claim, not a telegraphic query. */
export function isStatement(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z']+/);
  if (words.some((w) => WH_WORDS.has(w))) return false;
  return words.some((w) => (w.length >= 5 && w.endsWith("ed")) || IRREGULAR_PARTICIPLES.has(w) || FINITE_VERBS.has(w));
}

// (Present forms only where they are not also this table's nouns: "sits", "hosts", never "chairs" or "heads".)
const FINITE_VERBS = new Set(["was", "were", "is", "are", "has", "have", "won", "led", "held", "gave", "took", "became", "chose", "went", "began", "ran", "met", "beat", "left", "got", "made", "sent", "sits", "hosts", "meets", "serves", "remains", "lies", "belongs", "came", "fell", "rose", "stood", "lost", "kept", "said", "saw"]);

/** One "?", at the end, with no dash or comma before it ("the Almaty centre — renamed when?" is telegraphic). */
// (Three words at least, and not left open at its end: "Astana included?" is a remark, "astana presented as capital on?" asks the day.)
// (Nor joined by "and": "… because Russia and Belarus blocked another candidate?" is split there.)
const ASKED_STATEMENT = /^(?!.*\band\b)(?=(?:\S+\s+){2,}\S)[^?–—,;:]*[^\s?–—-](?<!\b(?:on|in|at|by|was|is|were|are|to|from|since|until|of|for|with|as))\?\s*$/i;

/** "kurz was …", "the OSCE PA sits …": the text begins with a name. */
function startsWithName(text: string, vocab: Vocabulary): boolean {
  const forms = tokenise(text).map((t) => t.form).filter((f) => f !== "the");
  return forms.length > 0 && (vocab.phraseAt(forms, 0)?.meanings.some((m) => m.kind === "entity") ?? false);
}
const STILL_ASKED = /\b(?:is|are)\s+still\b[^?]*\?/i;
/** "valtonen still CiO?" (never after a dash: "the Almaty centre — still called that?" asks what it is called). */
const STILL_TELEGRAPHIC = /^[^?–—]*[^\s?–—-]\s+still\s+[^?]+\?\s*$/i;
const PRESENT_AGAIN = /\b(?:is|are|does|do)\b(?:\s+\S+){1,4}?\s+again\b/i;

const QUESTION_TAG = /[\s,](?:yes|yeah|ya|yep|yup|right|correct|true|no|isn'?t (?:it|that|she|he)|wasn'?t (?:it|that|she|he)|didn'?t (?:it|they|she|he))\s*\?*\s*$/i;

/**
 * "country that chaired right before Switzerland", "the city which hosted …": a message that is a
 * type noun with a relative clause asks for that noun (it claims nothing).
 */
function askedByHeadNoun(parse: QuestionParse, vocab: Vocabulary): void {
  // ("osce secretariat city", "hcnm seat city?": a telegraphic question ending in a type noun asks one of that type.)
  const last = TELEGRAPHIC_TYPE_LAST.exec(parse.cleaned);
  // (Only "city" or "town": a "venue" may be a building in the city.)
  if (last && parse.entities.length > 0 && /^(?:city|town)$/i.test(last[1]!) && vocab.typeNouns.get(last[1]!.toLowerCase()) === "city") {
    [parse.ask, parse.askType] = ["which", "city"];
    return;
  }
  const m = /^(?:the\s+)?([a-z]+(?:\s[a-z]+)?)\s+(?:that|which|who|whose)\s/i.exec(parse.cleaned);
  // ("The city that hosted the 2005 Council was Ljubljana." says which: a claim.)
  if (!m || /\b(?:was|is|were|are)\b/i.test(parse.cleaned.slice(m[0].length))) return;
  const noun = m[1]!.toLowerCase();
  const type = vocab.typeNouns.get(noun) ?? vocab.typeNouns.get(noun.split(" ").pop()!);
  if (!type) return;
  parse.ask = "which";
  parse.askType = type;
}

const TELEGRAPHIC_TYPE_LAST = /\b([a-z]+)(?:\s+(?:pls|plz|please|thx|thanks|asap))*\W*$/i;

/** "the years in which …", "the country during which": the noun before "in which" is the type asked for. */
function typeBeforeRelative(forms: string[], at: number, vocab: Vocabulary): string | null {
  if (!RELATIVE_PREPOSITIONS.has(forms[at - 1] ?? "")) return null;
  return vocab.typeNouns.get(forms[at - 2] ?? "") ?? null;
}

const RELATIVE_PREPOSITIONS = new Set(["in", "on", "during", "at", "from"]);

/** "Is Mongolia …?", "did Kazakhstan …?" — the first word that is not a greeting or filler. */
const IRREGULAR_PARTICIPLES = new Set(["been", "held", "won", "led", "met", "had", "done", "given", "taken", "become", "seen", "run", "sent", "chosen", "got", "gotten", "made"]);

function isParticiple(form: string | undefined): boolean {
  return form !== undefined && (IRREGULAR_PARTICIPLES.has(form) || (form.length > 4 && form.endsWith("ed")));
}

/** The first content word after "what/which (is/was the)": unknown means we cannot know what is asked. */
function askNounIsUnknown(forms: string[], vocab: Vocabulary, parse: QuestionParse): boolean {
  if (parse.askType) return false;
  // "how many staff": what is counted is as much the thing asked as "which X" names it.
  const at = parse.ask === "which" ? forms.findIndex((f) => f === "what" || f === "which") : parse.ask === "count" ? forms.findIndex((f, i) => f === "how" && (forms[i + 1] === "many" || forms[i + 1] === "much")) + 1 : -1;
  const noun = at >= 0 ? firstContentWord(forms, at + 1, vocab) : undefined;
  return noun !== undefined && parse.unknown.some((u) => u.form === noun);
}

/** "which document …": the word after "which/what" that names no type, as a stem. */
function askNounOf(forms: string[], vocab: Vocabulary, parse: QuestionParse): string | null {
  if (parse.askType || parse.ask !== "which") return null;
  const at = contentWordAt(forms, forms.findIndex((f) => f === "what" || f === "which") + 1, vocab);
  if (at < 0) return null;
  // ("what new post": a word the lexicon knows after it is the noun, and the first a modifier.)
  const next = contentWordAt(forms, at + 1, vocab);
  if (next >= 0 && vocab.conceptOfWord(forms[next]!)?.startsWith("w:") === false) return null;
  return stem(forms[at]!);
}

function firstContentWord(forms: string[], from: number, vocab: Vocabulary): string | undefined {
  const at = contentWordAt(forms, from, vocab);
  return at < 0 ? undefined : forms[at];
}

function contentWordAt(forms: string[], from: number, vocab: Vocabulary): number {
  for (let i = from; i > 0 && i < forms.length; i++) if (!vocab.fillers.has(forms[i]!)) return i;
  return -1;
}

/** "who replaced Kurz as (Austrian) chancellor": the post a succession is of, said after "as". */
function succeededAs(forms: string[], i: number): boolean {
  const as = forms[i - 1] === "as" ? i - 1 : forms[i - 2] === "as" ? i - 2 : -1;
  return as > 0 && SUCCESSION_VERB.test(forms.slice(0, as).join(" "));
}
const SUCCESSION_VERB = /\b(?:replaced?|replacing|succeed(?:ed|s)?|successor|followed|took\s+over\s+from)\b/;

/** The corrected words of a phrase at `at`: [as typed, as read]. */
function slipsAt(toks: Token[], forms: string[], corrected: boolean[], at: number, length: number): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let k = at; k < at + length; k++) if (corrected[k] && toks[k]!.form !== forms[k]) out.push([toks[k]!.form, forms[k]!]);
  return out;
}

/**
 * A name once per question. Said twice ("when was the centre renamed Centre in Astana"), the fuller
 * mention says where it stands: the bare "centre" is the weaker alias.
 */
function mentionEntity(parse: QuestionParse, entity: Entity, fuzzy: boolean, words: number, around: { left?: string; right?: string }, slips: Array<[string, string]> = []): void {
  const before = parse.entities.find((e) => e.entity === entity);
  if (!before) parse.entities.push({ entity, fuzzy, words, ...around, ...(slips.length ? { slips } : {}) });
  else if (words > (before.words ?? 1)) Object.assign(before, { words, left: around.left, right: around.right });
}

/** The nearest words around tokens [start, end) that are not fillers, as stems. */
export function neighbours(forms: string[], start: number, end: number, vocab: Vocabulary): { left?: string; right?: string } {
  let l = start - 1;
  while (l >= 0 && (vocab.fillers.has(forms[l]!) || !forms[l])) l--;
  let r = end;
  while (r < forms.length && (vocab.fillers.has(forms[r]!) || !forms[r])) r++;
  const around: { left?: string; right?: string } = {};
  if (l >= 0) around.left = stem(forms[l]!);
  // (A noun in -ing after a name is no verb: "the Nur-Sultan renaming" is not "Nur-Sultan renamed".)
  if (r < forms.length) around.right = /.{3}ing$/.test(forms[r]!) ? `${stem(forms[r]!)}+ing` : stem(forms[r]!);
  return around;
}

/**
 * "Bulgarias", "norways": a possessive typed without its apostrophe, when the rest names a place or
 * body. Not a person: "the Nazarbayevs" are a family, not Nazarbayev.
 */
function possessiveName(form: string, vocab: Vocabulary): string | undefined {
  if (form.length < 4 || !form.endsWith("s")) return undefined;
  const base = form.slice(0, -1);
  return vocab.phraseAt([base], 0)?.meanings.some((m) => m.kind === "entity" && m.entity.type !== "person") ? base : undefined;
}


/**
 * Characters that look alike in Latin type, as typed: a zero for O, a one or a lower-case l for I (an
 * upper-case L does not look like I: "ODLHR" is another acronym, not ODIHR).
 */
const LOOK_ALIKES: Array<[RegExp, string]> = [[/0/g, "O"], [/1/g, "I"], [/1/g, "L"], [/l/g, "I"]];

function acronymOfLookAlike(raw: string, vocab: Vocabulary): string | undefined {
  if (raw.length < 3 || raw.length > 6 || !/[A-Z]/.test(raw)) return undefined;
  for (const [from, to] of LOOK_ALIKES) {
    const variant = raw.replace(from, to).toLowerCase();
    if (variant !== raw.toLowerCase() && vocab.acronyms.has(variant)) return variant;
  }
  return undefined;
}

function wordOfLookAlike(form: string, vocab: Vocabulary): string | undefined {
  // (Letters first and last: "2k13", "1st", "90s" are no words with a digit slipped in.)
  if (!/^[a-z][a-z01]*[a-z0]$/.test(form) || !/[01]/.test(form) || form.length < 3) return undefined;
  for (const [zero, one] of [["o", "i"], ["o", "l"]] as const) {
    const variant = form.replace(/0/g, zero).replace(/1/g, one);
    if (vocab.isKnownWord(variant)) return variant;
  }
  return undefined;
}

const PICK_WORDS = new Set(["first", "last", "latest", "earliest", "next", "final"]);

const ORDINAL_WORDS = ["", "", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

const sameStem = (a: string, b: string) => stem(a) === stem(b);

/** "belgrade" and "beograd": two names of one place are one candidate for a typo, not a tie. */
function namesOneEntity(a: string, b: string, vocab: Vocabulary): boolean {
  const ids = (w: string) => (vocab.phraseAt([w], 0)?.meanings ?? []).flatMap((m) => (m.kind === "entity" ? [m.entity.id] : []));
  const of = new Set(ids(a));
  return of.size > 0 && ids(b).some((id) => of.has(id));
}

/** "odhir" for "odihr": the same letters, two neighbours swapped. */
function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

/**
 * A name as written that shares a word with a name in any order, and has words outside it ("the
 * astana centre" inside "… astana centre become a programme office"): the one as written wins.
 */
function crossesNameAsWritten(forms: string[], positions: number[], vocab: Vocabulary): boolean {
  // (A name as written may start before the word: "Nur Otan the leading party" holds no "Otan party".)
  return positions.some((p) => {
    for (let q = Math.max(0, p - MAX_NAME_WORDS + 1); q <= p; q++) {
      const phrase = vocab.phraseAt(forms, q);
      if (!phrase || phrase.tokens.length < 2 || q + phrase.tokens.length <= p || !phrase.meanings.some((m) => m.kind === "entity")) continue;
      if (phrase.tokens.some((_, k) => !positions.includes(q + k))) return true;
    }
    return false;
  });
}
const MAX_NAME_WORDS = 5;

function isAcronymOfLittleWord(toks: Token[], i: number, vocab: Vocabulary): boolean {
  const raw = toks[i]!.raw;
  // (Not where the whole message is in capitals.)
  return i > 0 && raw.length >= 3 && /^[A-Z]+$/.test(raw) && vocab.fillers.has(toks[i]!.form) && toks.some((t) => /[a-z]/.test(t.raw));
}

const DEADLINE_WORDS = new Set(["need", "needs", "needed", "want", "wants", "wanted", "filing", "file", "files", "due", "ready", "print", "printing", "publish", "publishing", "deadline"]);

/** A figure after "in" that follows a deadline word ("need it in 10", "filing in 20"). */
function isDeadline(forms: string[], i: number): boolean {
  if (forms[i - 1] !== "in") return false;
  const before = ["it", "this", "that", "them"].includes(forms[i - 2] ?? "") ? forms[i - 3] : forms[i - 2];
  return DEADLINE_WORDS.has(before ?? "");
}

const CARDINAL_WORDS = ["", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** The word after a count in words is what is counted: not "two or more times", "two thousand", "two years". */
function countsNoun(next: string | undefined): boolean {
  return next !== undefined && /^[a-z]/.test(next) && !NOT_COUNTED.has(next) && !CARDINAL_WORDS.includes(next) && !TIME_UNIT.test(next);
}
const ASKING_WORDS = new Set(["which", "what", "name", "list"]);
/** A statement asked with "?" that ends on a word of its own, not on an open "in?", "was?". */
const CLAIM_ASKED = /[^\s?]\s*\?+\s*$(?<!\b(?:in|on|at|by|for|of|from|to|was|is|were|are|did|does|when|where|who|what)\s*\?+\s*)/i;
const COUNT_LEADS = /^(?:the|both|all|its|his|her|their|which|what)$/;
const COPULAS = new Set(["were", "are", "was", "is"]);
const ARTICLES = new Set(["a", "an", "the"]);

/** "at its 1995 start", "at the start": a beginning as a time, not something that began then. */
function startAsNoun(forms: readonly string[], i: number): boolean {
  const before = forms[i - 1] ?? "";
  return forms[i] === "start" && (/^\d{4}$/.test(before) || before === "its" || before === "the");
}

/** A starting verb right before word i, past articles and one-word names ("became the Austrian Chancellor"). */
function startsBefore(forms: string[], i: number, vocab: Vocabulary): boolean {
  let at = i - 1;
  while (at >= 0 && i - at <= 3 && (ARTICLES.has(forms[at]!) || vocab.phraseAt([forms[at]!], 0)?.meanings.some((m) => m.kind === "entity"))) at--;
  return at >= 0 && vocab.starting.has(forms[at]!);
}
/** Verbs of having: a count after them is a condition on the answer. */
const HAVING = /^(?:had|have|has|having|gave|given|give|gives|with)$/;

/** "two", "3": a count said before a noun, or null. */
function statedBefore(form: string | undefined): number | null {
  const n = /^[2-9]$/.test(form ?? "") ? Number(form) : CARDINAL_WORDS.indexOf(form ?? "");
  return n > 1 ? n : null;
}

const DISTINCT = new Set(["different", "distinct", "separate", "individual", "unique"]);

/**
 * The count at i is of the thing asked: "which two countries", "name the three", "who were the two
 * CiOs" (people, held to the count). ("What are the three dimensions" only says how many to list.)
 */
function asksTheCounted(forms: string[], i: number): boolean {
  if (forms[i - 1] !== "the") return ASKING_WORDS.has(forms[i - 1] ?? "");
  return ASKING_WORDS.has(forms[i - 2] ?? "") || (COPULAS.has(forms[i - 2] ?? "") && forms[i - 3] === "who");
}
const NOT_COUNTED = new Set(["or", "and", "to", "times", "more", "than", "of", "thousand", "hundred", "million", "decades", "terms"]);

const FINAL_COUNT = /\bfinal\b/i;
const LAST_SAID = /\b(?:last|latest|most\s+recent(?:ly)?|newest)\b/i;
const FIGURE_NOUN = /\b(?:results?|figures?|count|tally|share|percent|percentage|turnout|numbers?)\b|%/i;
const TIME_UNIT = /^(?:yr|yrs|year|years|month|months|mo|mos|week|weeks|day|days)$/;

/** "3rd", "55th", "third", "thirtieth" → 3, 55, 3, 30 ("first" and "last" are concepts of their own). */
/** Nouns after an ordinal that count one holder's own turns ("the third time") or terms ("a second term"). */
const OWN_TURN = /^(?:time|turn)$/;
const TERM = /^(?:term|stint|tenure|mandate|spell)$/;
const TERMS = /^(?:terms|stints|tenures|mandates|spells)$/;

function readOrdinal(parse: QuestionParse, n: number, next = ""): void {
  parse.ordinal = n;
  parse.ownOrdinal = OWN_TURN.test(next);
  parse.termOrdinal = TERM.test(next);
}

/** "Switzerland's second chairmanship": a possessive before the ordinal counts the owner's own (not "the OSCE's first"). */
const ITS_ORDINAL = /\b(?:its|their)\s+(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\b/i;

function ownersOrdinal(text: string, n: number): boolean {
  for (const [, owner, word] of text.matchAll(/([\p{L}\d]+)['’]s\s+([\p{L}\d]+)/gu))
    if (ordinalOf(word!.toLowerCase()) === n && !/^(?:osce|csce|organi[sz]ation)$/i.test(owner!)) return true;
  return false;
}

const TERM_ENDS = /\b(?:(?:term|tenure|mandate)\b(?:\s+[\w'-]+){1,4}?\s+(?:end|ends|ended|finish|finished|expire|expired)|(?:leave|leaves|left|leaving)\s+(?:the|his|her|their|that)\s+(?:[\w'-]+\s+)?(?:post|office|job|role|position))\b/i;
const POST_NAME_LAST = /\b(?:sg|secretary[- ]general|cio|chair(?:person|man|woman)?(?:-in-office)?|hcnm|president|director|minister|fm|rfom|speaker|winner)(?:'s)?[?.!,:;-]*\s+(?:full\s+)?names?(?:\s+(?:pls|plz|please|thx|thanks|asap|only))*\W*$/i;
const NAME_OF = /^\W*(?:(?:what|which)(?:'s|\s+is|\s+was)\s+)?(?:the\s+)?(?:full\s+)?names?\s+of\s+(?:the\s+)?(\w+)/i;
const PEOPLE_NOUN = /\b(?:cio|cios|chairperson|chairman|chairwoman|secretary|secretaries|president|presidents|minister|ministers|person|people|leader|leaders|director|head|heads|commissioner|representative|candidate|candidates|speaker)\b/i;
const ANNOUNCED_END = /\bannounc\w*\s+(?:(?:his|her|their|the)\s+)?(?:resign|resignation|(?:(?:that\s+)?(?:he|she)\s+(?:was|would\s+be|is)\s+)?(?:stepping|step)\s+down)\b|\bresignation\s+(?:was\s+)?announced\b/i;
// ("where is Greminger from?", "hoynck was from where?")
// ("hoynck was from?": a hanging "from" asks it too.)
const WHERE_FROM = /^\W*where(?:\s+(?:is|was|are|were|does|did)|'s)\b.*\bfrom\s*[?.!]*\s*$|\b(?:is|was|are|were|comes?|came)\s+from\s+where\s*[?.!]*\s*$|^\W*[\p{L}' -]+?\s+(?:is|was|comes?|came)\s+from\s*\?+\s*$/iu;
const ASKS_ACTIVITY = /^\W*what\s+(?:did|does|do|has|have|had|was|is|were)\b.*\b(?:do|doing|done)\b/i;

/** A known person's name starts at `at`. */
function startsPersonName(forms: string[], at: number, vocab: Vocabulary): boolean {
  return at < forms.length && !!vocab.phraseAt(forms, at)?.meanings.some((m) => m.kind === "entity" && m.entity.type === "person");
}

function ordinalOf(word: string): number | null {
  const m = /^(\d{1,3})(st|nd|rd|th)$/.exec(word);
  if (m) return Number(m[1]) > 1 ? Number(m[1]) : null;
  const at = ORDINAL_WORDS.indexOf(word);
  if (at > 1) return at;
  const tens = TENS_ORDINALS.indexOf(word);
  return tens >= 2 ? tens * 10 : null;
}

/** "twenty first", "fifty-seventh" (hyphens are spaces by now): 21, 57. */
function compoundOrdinal(word: string, next: string | undefined): number | null {
  const tens = TENS.indexOf(word);
  const unit = next === "first" ? 1 : ORDINAL_WORDS.indexOf(next ?? "");
  return tens >= 2 && unit >= 1 && unit <= 9 ? tens * 10 + unit : null;
}

const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENS_ORDINALS = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

function completesPhrase(forms: string[], i: number, vocab: Vocabulary): boolean {
  for (let start = Math.max(0, i - 3); start <= i; start++) {
    const p = vocab.phraseAt(forms, start);
    if (p && p.tokens.length > 1 && start + p.tokens.length > i) return true;
  }
  return false;
}

const WH_WORDS = new Set(["who", "whom", "whose", "what", "which", "when", "where", "why", "how"]);

function isYesNoQuestion(forms: string[], vocab: Vocabulary): boolean {
  for (let i = 0; i < forms.length; i++) {
    // ("my notes are a mess", "the copy is fine": after a determiner, the verb is a statement's.)
    // ("colleague is confused", "editor is picky": after a person of the newsroom too.)
    if (WH_WORDS.has(forms[i]!) || DETERMINERS.has(forms[i]!) || NEWSROOM_PEOPLE.has(forms[i]!)) return false;
    if (vocab.phraseAt(forms, i)?.meanings.some((m) => m.kind === "ask")) return false;
    // "can u remind me who succeeded Nazarbayev", "do you know when …": a request around a question.
    if (vocab.yesNo.has(forms[i]!)) return !(YOU.has(forms[i + 1] ?? "") && forms.slice(i + 2).some((f) => WH_WORDS.has(f)));
    if (!vocab.fillers.has(forms[i]!)) return false;
  }
  return false;
}

const YOU = new Set(["you", "u", "ya"]);
const DETERMINERS = new Set(["my", "our", "your", "his", "her", "their", "the", "a", "an", "these", "those"]);
const NEWSROOM_PEOPLE = new Set(["colleague", "colleagues", "editor", "editors", "reporter", "intern", "stringer", "desk", "someone", "somebody"]);

const PRIORITY: Record<Meaning["kind"], number> = { entity: 0, ask: 1, order: 2, operation: 3, figure: 3, concept: 4 };

const isFigure = (form: string | undefined): boolean => form !== undefined && /^\d+(\.\d+)?$/.test(form);

const POSSESSIVES = new Set(["its", "their", "his", "her", "the"]);

/** "top 97%", or another figure named: "did Nur Otan's 2021 share top its 2016 share?" */
function figureFollows(forms: string[], at: number, vocab: Vocabulary): boolean {
  if (isFigure(forms[at])) return true;
  return POSSESSIVES.has(forms[at] ?? "") && [forms[at + 1], forms[at + 2]].some((f) => f !== undefined && vocab.conceptOfWord(f) === "share");
}

function pickMeaning(meanings: Meaning[], toks: Token[], i: number, parse: QuestionParse, figureNext: boolean): Meaning | undefined {
  let best: Meaning | undefined;
  for (const m of meanings) {
    if (m.kind === "figure" && !figureNext) continue;
    // Short all-caps aliases ("US", "UK", "EU") only match when typed in capitals: "us" is a pronoun.
    if (m.kind === "entity" && m.requireRaw && toks[i]!.raw !== m.requireRaw) continue;
    // Only the first question word counts: "who … when it chaired" asks who.
    if (m.kind === "ask" && parse.ask !== null) continue;
    if (!best || PRIORITY[m.kind] < PRIORITY[best.kind]) best = m;
  }
  return best;
}

/** Records a meaning; returns how many extra tokens it consumed (a type noun after "which"). */
function apply(m: Meaning, parse: QuestionParse, fuzzy: boolean, forms: string[], next: number, vocab: Vocabulary): number {
  switch (m.kind) {
    case "entity":
      return 0;
    case "concept":
      parse.concepts.set(m.concept, fuzzy || (parse.concepts.get(m.concept) ?? false));
      return 0;
    case "order":
      parse.order ??= m.order;
      return 0;
    case "operation":
      // ("40 party-list seats": the seats of the party lists, no list asked.)
      if (m.operation === "list" && forms[next - 2] === "party") return 0;
      parse.operations.add(m.operation);
      return 0;
    case "figure":
      parse.operations.add(m.figure);
      return 0;
    case "ask": {
      parse.ask = m.ask;
      // "in which years …" asks for every time, not one.
      if (m.ask === "time" && /s$/.test(forms[next - 1] ?? "")) parse.plural = true;
      // "which country", "how many countries": the noun names the type asked for.
      if (m.ask !== "which" && m.ask !== "count") return 0;
      // "how manyth", "what number": the phrase names it itself.
      const own = vocab.typeNouns.get(forms[next - 1] ?? "");
      if (m.ask === "which" && own) {
        parse.askType = own;
        return 0;
      }
      // "which country", "what party", "which participating State" (longest type noun first);
      // "how many different countries" counts countries too.
      // ("which two people chaired in 2008", "what 3 countries": how many, then the type asked.)
      const counted = m.ask === "which" ? statedBefore(forms[next]) : null;
      const skip = (DISTINCT.has(forms[next] ?? "") ? 1 : 0) + (counted !== null ? 1 : 0);
      for (let len = 3; len >= 1; len--) {
        const noun = forms.slice(next + skip, next + skip + len).join(" ");
        const type = vocab.typeNouns.get(noun);
        if (type && !(len === 1 && vocab.phraseAt(forms, next + skip)?.tokens.length! > 1)) {
          parse.askType = type;
          if (m.ask === "count") parse.countNoun = stem(noun.split(" ").at(-1)!);
          // ("how many states in 1995": the noun counted still cues what holds them — the number of States.)
          const cue = m.ask === "count" && len === 1 && type === "country" ? vocab.conceptOfWord(noun) : undefined;
          if (cue && !parse.concepts.has(cue)) parse.concepts.set(cue, false);
          parse.plural = /s$/.test(noun) && noun !== "percentage";
          if (counted !== null) parse.statedCount ??= counted;
          return len + skip;
        }
      }
      // "which German city": a name before the type noun says which; the noun still names the type (both are read on).
      const named = next < forms.length ? vocab.phraseAt(forms, next) : undefined;
      const after = named?.tokens.length === 1 && named.meanings.some((x) => x.kind === "entity") ? vocab.typeNouns.get(forms[next + 1] ?? "") : undefined;
      if (after) {
        parse.askType = after;
        parse.plural = /s$/.test(forms[next + 1]!);
      }
      return 0;
    }
  }
}
