/**
 * Reads a question into what matching needs: the question word (and the type it asks for),
 * entities, concepts, time expressions, order words, tense, and the words nothing explains.
 */
import { cleanQuestion } from "../text/normalise.js";
import { readTimes } from "../time/parse-time.js";
import { dayOfDate } from "../time/days.js";
import { presentQuery } from "../time/time-query.js";
import { PART_OF_A_TIME } from "../time/own-parsers.js";
import { stem } from "../text/stem.js";
import { tokenise } from "./tokenise.js";
import type { Vocabulary } from "./vocabulary.js";
import { offeredAlternatives } from "./offered-alternative.js";
import type { QuestionParse } from "./question-parse.js";
import { IRREGULAR_PARTICIPLES, readTokens } from "./read-tokens.js";
import { ordinalOf } from "./word-numbers.js";
import { countriesOwningPeople } from "./possessed.js";
import { isYesNoQuestion, WH_WORDS } from "./yes-no-question.js";

/** "… before the OSCE", "after the osce?": an order said of the organisation alone, at the end. */
const ORDER_OF_ORGANISATION = /\b(?:before|after)\s+(?:(?:joining|the)\s+)?(?:osce|csce|organi[sz]ation)\s*[?.!]*\s*$/i;
const RIGHT_NEXT_TO = /\b(?:right|immediately|directly|just|straight)\s+(?:after|following|before|preceding)\b/i;
const UNDER_THE_NAME = /\bunder\s+the\s+([\p{L}-]{2,20})\s+name\b/giu;

/**
 * "besides foreign minister", "other than the CiO post", "rather than the Council", "apart from Vienna", "(not Slovenia)", "…, not
 * its Parliamentary Assembly": what is left out, up to a break. ("…, not only X", "…, not yet" leave nothing out.)
 */
/** "… only for ", "… only in ", "… only during ": right before a time, it claims the time whole. */
const ONLY_BEFORE = /\bonly\s+(?:for\s+|in\s+|during\s+|through\s+)?(?:the\s+)?$/i;

const ELSE_ASKED = /\b(who|what)\s+else\b/i;
const BESIDES = /(?:\b(?:besides|apart\s+from|aside\s+from|other\s+than|rather\s+than|except(?:\s+for)?|not\s+(?:won|held|chaired|hosted|led|headed)\s+by)|\(\s*not|[,;—–]\s*(?:but\s+)?not(?!\s+(?:only|just|even|yet|sure|certain|really|necessarily|quite|exactly|counting|including)\b))\s+(?:being\s+)?([^,?.;!()]+)/i;

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

const PICK_EVER = /\b((?:first|last|only|earliest|latest)\s+(?:[\p{L}-]+\s+){0,3}?)(ever|(?:[\p{L}-]+\s+){0,6}?(?:so\s+far|to\s+date))\b/giu;
// (Never "the last three chairs before …", "the two before": so many of them, a list.)
const COUNT_AWAY = /(?<!\b(?:last|first|previous|next|past|the|those|these|other)\s+)\b(two|three|four|five)\s+(?:(?:turns?|places?|spots?|steps?)\s+)?(after|before)\b/gi;
const COUNT_AWAY_ORDINALS: Record<string, string> = { two: "2nd", three: "3rd", four: "4th", five: "5th" };
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
  // ("With 2026, how many times …": "with" a year set off from a count is the same inclusion.)
  const withCounted = /\bhow\s+(?:many|often)\b/i.test(cleaned);
  const included = (t: { index: number; label: string }) =>
    (/\b(?:counting|including|incl\.?|inclusive of)\s+(?:the\s+[\p{L}-]+\s+(?:in\s+)?)?$/iu.test(cleaned.slice(Math.max(0, t.index - 40), t.index)) ||
      (withCounted && /(?:^|[,;(—–])\s*with\s+$/i.test(cleaned.slice(0, t.index)) && /^\d{4}\s*[,)—–]/.test(cleaned.slice(t.index)))) &&
    !/^(?:since|after|from)\b/i.test(t.label);
  // ("Apart from 2007, which …": "from 2007" there is no start — the year is set aside, read with "apart" below.)
  const fromSetAside = (t: { index: number }) => /^from\b/i.test(cleaned.slice(t.index)) && /\b(?:apart|aside)\s*$/i.test(cleaned.slice(0, t.index));
  const times = read.times.filter((t) => !included(t) && !fromSetAside(t));
  const chatter = [...read.chatter, ...read.times.filter(included)];
  const unreadable = read.unreadable;
  // The question's times, the reporter's own ("for my 6pm piece") and unreadable years are all
  // accounted for here; none is left for the words to explain.
  let rest = cleaned;
  for (const t of [...times, ...chatter, ...unreadable]) rest = rest.slice(0, t.index) + " ".repeat(t.length) + rest.slice(t.index + t.length);
  // ("… had, counting the current one?": the present holder included, which asks about no one time.)
  rest = rest.replace(INCLUDED_PRESENT, (m) => " ".repeat(m.length));
  // ("when did kaz chair, best guess?": the reporter's hedge, never a "best" to rank by; a guess at
  // what is still to come is a forecast — see judgement.ts.)
  rest = rest.replace(HEDGED_GUESS, (m) => " ".repeat(m.length));
  // ("How many countries chaired more than once, counting Switzerland?": a name said to be included is no filter.)
  rest = rest.replace(INCLUDED_NAME, (m, name: string) => (namesOnlyOne(name, vocab) ? " ".repeat(m.length) : m));
  // ("the first to chair under the OSCE name": the name is said; "under" and "name" only say it is the era's.)
  rest = rest.replace(UNDER_THE_NAME, (m, name: string) => `${" ".repeat(m.indexOf(name))}${name}${" ".repeat(m.length - m.indexOf(name) - name.length)}`);
  // ("the first OSCE summit ever held in Central Asia", "the only country to have chaired so far": "ever", "so far"
  // after a pick stress it, never a list.)
  rest = rest.replace(PICK_EVER, (m, pick: string, stress: string) => `${pick}${stress.replace(/\b(?:ever|so\s+far|to\s+date)$/i, (w) => " ".repeat(w.length))}`);
  // ("the CiO two after Saudabayev", "three turns before Kazakhstan": so many holders away, as "2nd after" says it.)
  rest = rest.replace(COUNT_AWAY, (m, n: string, dir: string) => `${COUNT_AWAY_ORDINALS[n.toLowerCase()]} ${dir}`.padEnd(m.length));
  // ("who else … apart from X": "else" only says that X is set aside.)
  rest = rest.replace(ELSE_ASKED, (m, asking: string) => (BESIDES.test(rest) ? asking.padEnd(m.length) : m));
  const besides = BESIDES.exec(rest);
  // (What is set aside begins right after the word: in "Besides 2010, …" the year is blanked already, and the spaces
  // before what the pattern caught are part of it.)
  let setStart = besides ? besides.index + besides[0].length - besides[1]!.length : 0;
  while (besides && setStart > besides.index && rest[setStart - 1] === " ") setStart--;
  if (besides) rest = rest.slice(0, besides.index) + " ".repeat(besides[0].length) + rest.slice(besides.index + besides[0].length);
  const parse = readTokens(tokenise(rest), vocab, true);
  // ("Apart from the 2007 clean sweep, in which election …": a year set aside is one left out, never the question's time.)
  // (Not a year said of a verb inside it: "parties other than Otan win in 2004" asks of 2004.)
  const setAside = besides ? read.times.filter((t) => yearSetAside(cleaned, t, besides, setStart)) : [];
  if (besides) parse.besides = { ...leftOut(besides[1]!, vocab), ...(setAside.length ? { years: setAside.map((t) => Number(YEAR_DIGITS.exec(cleaned.slice(t.index, t.index + t.length))![0])) } : {}), ...(/^(?:\(|[,;—–])/.test(besides[0]) ? { corrects: true as const } : {}) };
  parse.cleaned = cleaned;
  // ("who was the second CiO after Kazakhstan's Saudabayev?": the country owning the person is his own,
  // said of him — no name for a role of the question. A claim keeps it, to be checked.)
  if (parse.ask !== null && !parse.yesNo) {
    const owners = countriesOwningPeople(cleaned, parse.entities);
    if (owners.length) parse.entities = parse.entities.filter((m) => !owners.includes(m));
  }
  // ("Greece chaired in 2009 after Kazakhstan's turn was pushed back": an order of what befell a turn,
  // said with its verb, not of the two names' turns.)
  if (parse.order && ORDER_OF_AN_EVENT.test(cleaned)) parse.order = null;
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
  parse.times = times.filter((t) => !setAside.includes(t));
  // ("was Zannier still SG in early 2017?" claims he held it then, not that his term was those months —
  // unless "only" says so: "Saudabayev was CiO only for the first half of 2010".)
  const saidOnly = (t: { index: number }) => ONLY_BEFORE.test(cleaned.slice(0, t.index));
  parse.spanClaimed = times.some((t) => t.grain === "range" && !t.relative && !/^between\b/i.test(cleaned.slice(t.index, t.index + t.length)) && (!PART_OF_A_TIME.test(cleaned.slice(t.index, t.index + t.length)) || saidOnly(t)));
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
  // (So is "what is Sinirlioğlu's country?": a person's country is the one they are of.)
  if ((WHERE_FROM.test(cleaned) || PERSONS_COUNTRY.test(cleaned)) && parse.entities.some((e) => e.entity.type === "person") && !parse.entities.some((e) => e.entity.type === "country")) [parse.ask, parse.askType] = ["which", "country"];
  // ("what was Schmid's job before the OSCE?": a time before or after an organisation itself — before joining it —
  // is no order of its holders, and nothing here reads it.)
  if (parse.order !== null && ORDER_OF_ORGANISATION.test(cleaned) && parse.entities.some((e) => e.entity.type === "organization")) parse.unknown.push({ form: `${parse.order} the organisation`, properNoun: false });
  // "Was the Istanbul summit earlier in the year than …?": the time of year, which no comparison here reads.
  if (/\b(?:earlier|later)\s+in\s+the\s+year\b/i.test(cleaned)) parse.unknown.push({ form: "in the year", properNoun: false });
  // ("when is Malta chairing again", "when does Kazakhstan chair again": a turn still to come.)
  // (Not "where is ODIHR based again?", "which city is it in again": a place or a name asked, no turn.)
  if (PRESENT_AGAIN.test(cleaned) && parse.times.length === 0 && !REMIND_ME_AGAIN.test(cleaned)) parse.operations.add("future");
  // ("what was the next name of the capital after Akmola?": "next" of the past is the one after, nothing to come —
  // never one's own next thing: "audrey glover's next posting" is hers, no one after her.)
  if (parse.operations.has("future") && parse.tense === "past" && parse.times.length === 0 && /\bnext\b/i.test(cleaned) && !OWN_NEXT.test(cleaned) && !FUTURE_SAID.test(cleaned)) {
    parse.operations.delete("future");
    parse.order ??= "after";
  }
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
  // ("current osce SG name", "the 2010 CiO's name?", "first HCNM ever? name pls": a post's name at the end asks who held it.)
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
  // ("which Council came right after 2 December 2010?": the one next to the time — of meetings, the first after it, the last before it.)
  const mode = parse.times.length === 1 && RIGHT_NEXT_TO.test(cleaned) ? parse.times[0]!.mode : null;
  if (mode === "after" || mode === "before") parse.nextTo = mode;
  // ("nur otan 2012 — bloomberg had 80.7, final was?": "final" beside a figure is the final count, never the last of all.)
  if (parse.concepts.has("last") && FINAL_COUNT.test(cleaned) && !LAST_SAID.test(cleaned) && (parse.numbers.length > 0 || FIGURE_NOUN.test(cleaned))) parse.concepts.delete("last");
  // "What did Zannier do before he became SG?": an activity is asked (only prose facts tell one).
  parse.asksActivity = parse.ask === "which" && ASKS_ACTIVITY.test(cleaned);
  // "Nazarbayev in 1999: more than 75%?": a figure compared, asked with "?" and no question word, is a yes/no check.
  if (parse.ask === null && !parse.yesNo && parse.numbers.length > 0 && (parse.operations.has("greater") || parse.operations.has("lesser")) && /\?\s*$/.test(cleaned)) parse.yesNo = true;
  // ("Ann Linde was CiO when Stockholm hosted the Council.": a "when" after a statement of a name is its clause of time, no question word.)
  const whenClause = parse.ask === "time" && !cleaned.includes("?") && whenClauseOfStatement(cleaned, vocab);
  if (whenClause) parse.ask = null;
  parse.declarative = !cleaned.includes("?") && parse.ask === null && !parse.yesNo && (whenClause || isStatement(cleaned));
  // ("nur-sultan is still the capital?": a statement in the present, "still" so, asked with "?" is a yes/no question.)
  if (parse.ask === null && !parse.yesNo && STILL_ASKED.test(cleaned) && isStatement(cleaned)) parse.yesNo = true;
  // ("still kurz this week?": "still" asks whether it holds today, not on any day of the week said.)
  const said = parse.times.length === 1 ? parse.times[0]! : null;
  const today = dayOfDate(now);
  if (said && said.mode === "at" && said.start <= today && today <= said.end && STILL.test(cleaned)) parse.times = [presentQuery(now, "at", said.index, said.length)];
  // ("name all the SGs, from the first one to today": a list up to today is every one — never today's alone,
  // nor the first. Its time read first, "today" hid the lexicon's own phrase "from the first to today".)
  if (parse.operations.has("list") && FIRST_TO_NOW.test(cleaned)) {
    parse.times = parse.times.filter((t) => !(t.relative && t.start <= today && today <= t.end));
    parse.concepts.delete("first");
  }
  readPicksAndComparisons(parse, cleaned);
  // ("how many times is that for switzerland now?": a count of times up to today, never of today alone.)
  if (parse.ask === "times" && parse.times.length > 0 && parse.times.every((t) => t.relative && t.grain === "day" && t.mode === "at" && t.start === today)) parse.times = [];
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
  // ("which is older, Zannier or Greminger?": of people, "older" asks their age, which no fact says — never who held a post first.)
  // ("CSCE secretariat originally based in which city?": of a question asking which one, "originally" picks the
  // first — never the one holding now. Not of a yes/no: "was kaz originally bidding for 2009?" checks the bid.)
  // (A yes/no of where something was at first picks the first too: "was the Secretariat originally in Vienna?" — No, Prague.)
  if (((!parse.yesNo && parse.ask !== null && parse.ask !== "time" && parse.ask !== "count" && ORIGINALLY.test(cleaned)) || (parse.yesNo && ORIGINALLY_PLACED.test(cleaned))) && !parse.concepts.has("last")) parse.concepts.set("first", false);
  const aged = AGE_COMPARED.exec(cleaned);
  if (aged && parse.entities.length > 0 && parse.entities.every((m) => m.entity.type === "person")) parse.unknown.push({ form: aged[0].toLowerCase(), properNoun: false });
  // "CiO in 2024 was Ian Borg, right?": a statement with a question tag asks yes or no.
  if (QUESTION_TAG.test(cleaned) && (parse.entities.length > 0 || parse.times.length > 0)) {
    parse.yesNo = true;
    parse.taggedStatement = !isYesNoQuestion(tokenise(cleaned).map((t) => t.form), vocab);
  }
  // "CiO 2007 — Moratinos?": a telegraphic question that ends by offering a name asks whether it is the one.
  if (parse.ask === null && !parse.yesNo && parse.entities.length > 0 && endsWithNameAsked(cleaned, vocab)) parse.yesNo = true;
  // "Who was CiO in 2004 — Passy?": a question that offers its answer — the answer says whether it is.
  else if ((parse.ask === "agent" || parse.ask === "which" || parse.ask === "place") && !parse.yesNo && OFFERED_TAIL.test(cleaned) && endsWithNameAsked(cleaned, vocab)) parse.offersAnswer = true;
  if (times.some((t) => t.relative && t.grain === "day")) parse.tense = "present";
  return parse;
}

const YEAR_DIGITS = /\b(?:1[89]|20)\d\d\b/;

/** A year inside what "besides" sets aside ("apart from 2007", "apart from the 2007 clean sweep"), not said of a verb there ("other than Otan win in 2004"). */
function yearSetAside(cleaned: string, t: { index: number; length: number; grain: string; relative?: boolean }, besides: RegExpExecArray, setStart: number): boolean {
  const year = YEAR_DIGITS.exec(cleaned.slice(t.index, t.index + t.length));
  if (!year || t.relative || (t.grain !== "year" && !/^(?:from|since)\b/i.test(cleaned.slice(t.index)))) return false;
  const at = t.index + year.index;
  return at >= setStart && at < besides.index + besides[0].length && !/\b(?:in|on|at|during|of|from|since|by)\s*$/i.test(cleaned.slice(setStart, at));
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
// ("the year before kaz's chair?": a year said with "before"/"after" places what is asked, never asks a year.)
// ("… to date" is "so far", no date asked.)
function asksWhenTelegraphically(cleaned: string): boolean {
  return /\b(?:in|since|until)\s*\?+\s*$/i.test(cleaned) || /\b(?:year|yr|(?<!\bto\s)date)\b(?!\s+(?:before|after|prior|earlier|later)\b)/i.test(cleaned);
}

const NTH_TIME = /^\W*(?:which|what)\s+(?:was|is)\s+the\s+\S+\s+time\b/i;
// (Not "what are the two groups of partners": a number said is a count the answer must meet.)
const PLURAL_VERB_ASKED = /^\W*(?:what|which)\s+(?:were|are)\s+the\s+(?!(?:two|three|four|five|six|\d+)\b)/i;
// (In the question word's own words, none of them capitalised: a premise joined to the question — "who was the last
// one The OSCE has had no SG" — is no part of it.)
const NOTHING_THERE = /\b(?:[Ww]hich|[Ww]hat|[Ww]hen|[Ww]here|[Ww]ho)(?:\s+[\p{Ll}\d][\p{L}\d]*){0,6}?\s+(?:was|were|is|are|had|has|have|saw)\s+(?:there\s+)?no\s+\p{L}/u;
// ("ok so how did …": a few words of chat before it.)
const HOW_DID = /^\W*(?:(?:ok|okay|so|and|but|well|right|then|also|hmm+|hey|hi|now)\W+){0,3}how\s+(?:did|does|do|was|were|is|are|has|have|had)\b/i;
const NTH_YEAR = /^\W*(?:which|what)\s+(?:was|is)\s.*\b(?:year|date)\W*$/i;
const LED_BY_DATE = /^\W*(?:the\s+)?(?:exact\s+)?(?:date|day)\s+(?!of\b|pls\b|please\b|plz\b|thx\b|thanks\b|\()/i;

/** A last part after a dash or comma, asked with "?" (checked before reading that part). */
const ORIGINALLY = /\b(?:originally|initially)\b/i;
const ORIGINALLY_PLACED = /\b(?:originally|initially)\s+(?:based|located|housed|seated|headquartered|situated|in)\b/i;
const AGE_COMPARED = /\b(?:older|younger|oldest|youngest)\b/i;
const OFFERED_TAIL = /(?:\s[-–—]|,)\s*[^,–—]+?\s*\?\s*$/;

/** The last part after a dash or comma, asked with "?", is one name and nothing else. */
function endsWithNameAsked(cleaned: string, vocab: Vocabulary): boolean {
  // ("CiO 2010 was Marat Tazhin?": a name after "was" offers it as well.)
  // ("— still Almaty?", "— or Vienna?": a word of doubt before the name offers it all the same.)
  const tail = /(?:\s[-–—]|,|\s(?:was|is|were)\s)\s*(?:(?:still|now|again|maybe|perhaps|or|probably)\s+)?([^,–—]+?)\s*\?\s*$/i.exec(cleaned)?.[1];
  if (!tail || /^\s*$/.test(cleaned.slice(0, cleaned.length - tail.length).replace(/[\s,–—-]+$/, ""))) return false;
  // ("… — heard it's not hamburg?": a name denied is no answer offered.)
  if (/\b(?:not|never|no|isn'?t|wasn'?t)\b/i.test(tail)) return false;
  const part = readTokens(tokenise(tail), vocab, false);
  return part.entities.length === 1 && part.concepts.size === 0 && part.unknown.length === 0 && part.ask === null && !/\d/.test(tail);
}

/** Picks and comparisons a token reader cannot weigh alone: two picks in one reading, the higher of those asked, a post empty between two holders. */
function readPicksAndComparisons(parse: QuestionParse, cleaned: string): void {
  // ("the last CiO in Finland's first chairmanship year": one reading picks once — which of the two picks
  // what is not read, so the second is a word not understood, never dropped in favour of the first.
  // A list, a length or a time between the two ends asks of both: "years between the first SG and the latest".)
  if (parse.concepts.has("first") && parse.concepts.has("last") && parse.ordinal === null && !BOTH_ENDS_OPERATIONS.some((o) => parse.operations.has(o)) && TWO_PICKS.test(cleaned)) parse.unknown.push({ form: "first … last", properNoun: false });
  // ("was the SG post empty between Schmid and Sinirlioglu?": whether a post stood empty between two of its
  // holders is the gap between their terms — the holders' own relation says it, as "was there a gap between" does.)
  if (parse.yesNo && parse.entities.filter((e) => e.entity.type === "person").length === 2 && EMPTY_BETWEEN.test(cleaned)) {
    for (const c of [...parse.concepts.keys()]) if (/^(?:w:)?(?:vacan\w*|empty|unfilled)$/.test(c)) parse.concepts.delete(c);
    parse.operations.add("difference");
  }
  // ("of Tokayev's two wins, which gave him the lower share?": the higher or lower of those asked, no figure
  // to compare with and no pair offered, is the highest or lowest of them — as "who served longer" is the longest.)
  const comparedOf = parse.ask === "which" && !parse.yesNo && parse.numbers.length === 0 && !/\b(?:or|than)\b/i.test(cleaned) ? COMPARATIVE_PICK.exec(cleaned) : null;
  if (comparedOf) {
    const higher = /^(?:higher|bigger|larger|greater)$/i.test(comparedOf[1]!);
    parse.operations.delete(higher ? "greater" : "lesser");
    parse.operations.add(higher ? "max" : "min");
  }
}

/** No question word anywhere, and a finite verb ("chaired", "hosted", "was"): a claim, not a telegraphic query. */
export function isStatement(text: string): boolean {
  // ("the madrid MC that gave kaz 2010": a noun and what it did, said of it — no claim.)
  // (Never where a verb follows what it did: "the CiO who chaired in 2010 was Saudabayev".)
  const described = DESCRIBED_NOUN.exec(text);
  // (Nor of things listed: "the three baltic states that joined in 1991" is read as it always was.)
  const said = described && !/\b(?:was|were|is|are|has|have|had)\b/i.test(described[2]!) && !/s\s*$/i.test(described[1]!) ? described[1]! : text;
  const words = said.toLowerCase().split(/[^a-z']+/);
  if (words.some((w) => WH_WORDS.has(w))) return false;
  return words.some((w, i) => (w.length >= 5 && w.endsWith("ed")) || IRREGULAR_PARTICIPLES.has(w) || FINITE_VERBS.has(w) || (VERB_ADVERBS.has(w) && /^[a-z]+$/.test(words[i + 1] ?? "")));
}

/** A message that is "the <noun> that/which/who <what it did>": the noun, described. */
const DESCRIBED_NOUN = /^(\W*the\s+(?:[\p{L}\d-]+\s+){1,4}?)(?:that|which|who)\s+(.*)$/iu;

/** Adverbs said of a verb, so the word after them is one: "Kazakhstan originally bid for 2009" (a verb that is also a noun). */
const VERB_ADVERBS = new Set(["originally", "initially", "formally", "officially", "previously", "reportedly", "eventually"]);

// (Present forms only where they are not also this table's nouns: "sits", "hosts", never "chairs" or "heads".)
const FINITE_VERBS = new Set(["was", "were", "is", "are", "has", "have", "won", "led", "held", "gave", "took", "became", "chose", "went", "began", "ran", "met", "beat", "left", "got", "made", "sent", "sits", "hosts", "meets", "serves", "remains", "lies", "belongs", "came", "fell", "rose", "stood", "lost", "kept", "said", "saw"]);

/** One "?", at the end, with no dash or comma before it ("the Almaty centre — renamed when?" is telegraphic). */
// (Three words at least, and not left open at its end: "Astana included?" is a remark, "astana presented as capital on?" asks the day.)
// (Nor joined by "and": "… because Russia and Belarus blocked another candidate?" is split there.)
const ASKED_STATEMENT = /^(?!.*\band\b)(?=(?:\S+\s+){2,}\S)[^?–—,;:]*[^\s?–—-](?<!\b(?:on|in|at|by|was|is|were|are|to|from|since|until|of|for|with|as))\?\s*$/i;

/** A statement that begins with a name and has its verb before a "when" that a name and its verb follow: "Linde was CiO when Stockholm hosted …". */
function whenClauseOfStatement(text: string, vocab: Vocabulary): boolean {
  const at = /\swhen\s/i.exec(text);
  if (!at || !startsWithName(text, vocab) || !isStatement(text.slice(0, at.index))) return false;
  const clause = text.slice(at.index + at[0].length);
  return startsWithName(clause, vocab) && isStatement(clause);
}

/** "kurz was …", "the OSCE PA sits …": the text begins with a name. */
function startsWithName(text: string, vocab: Vocabulary): boolean {
  const forms = tokenise(text).map((t) => t.form).filter((f) => f !== "the");
  return forms.length > 0 && (vocab.phraseAt(forms, 0)?.meanings.some((m) => m.kind === "entity") ?? false);
}
/** "from the first one to today", "first to today's": a list's span, up to now — no moment of its own. */
const FIRST_TO_NOW = /\bfirst(?:\s+one)?\s+(?:up\s+)?(?:to|till|until|through)\s+(?:today|now|the\s+present|date)(?:['’]s)?(?!\w)/i;

const STILL = /\bstill\b/i;
const STILL_ASKED = /\b(?:is|are)\s+still\b[^?]*\?/i;
/** "valtonen still CiO?" (never after a dash: "the Almaty centre — still called that?" asks what it is called). */
const STILL_TELEGRAPHIC = /^[^?–—]*[^\s?–—-]\s+still\s+[^?]+\?\s*$/i;
// ("hcnm is based where again": "again" after the question word is the reporter's "remind me", no turn to come.)
const REMIND_ME_AGAIN = /^\W*(?:where|which|what)\b[^?]*\b(?:based|located|headquartered|seated|sited|housed|in|at|called|named)\s+again\b/i;
const PRESENT_AGAIN = /\b(?:is|are|does|do)\b(?:\s+\S+){1,4}?\s+(?<!\b(?:who|whom|what|where|when|which)\s+)again\b/i;

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

/** A statement asked with "?" that ends on a word of its own, not on an open "in?", "was?". */
const CLAIM_ASKED = /[^\s?]\s*\?+\s*$(?<!\b(?:in|on|at|by|for|of|from|to|was|is|were|are|did|does|when|where|who|what)\s*\?+\s*)/i;

const FINAL_COUNT = /\bfinal\b/i;
const LAST_SAID = /\b(?:last|latest|most\s+recent(?:ly)?|newest)\b/i;
const FIGURE_NOUN = /\b(?:results?|figures?|count|tally|share|percent|percentage|turnout|numbers?)\b|%/i;

/** "Switzerland's second chairmanship": a possessive before the ordinal counts the owner's own (not "the OSCE's first"). */
const ORDER_OF_AN_EVENT = /\b(?:after|before)\s+(?:the\s+)?[\p{L}-]+['’]s\s+(?:turn|chair|chairmanship|term|bid|candidacy)\s+(?:was|were|had\s+been|got)\s+[\p{L}-]+(?:ed|en|t)\b/iu;
const ITS_ORDINAL = /\b(?:its|their)\s+(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\b/i;

function ownersOrdinal(text: string, n: number): boolean {
  for (const [, owner, word] of text.matchAll(/([\p{L}\d]+)['’]s\s+([\p{L}\d]+)/gu))
    if (ordinalOf(word!.toLowerCase()) === n && !/^(?:osce|csce|organi[sz]ation)$/i.test(owner!)) return true;
  return false;
}

const TERM_ENDS = /\b(?:(?:term|tenure|mandate)\b(?:\s+[\w'-]+){1,4}?\s+(?:end|ends|ended|finish|finished|expire|expired)|(?:leave|leaves|left|leaving)\s+(?:the|his|her|their|that)\s+(?:[\w'-]+\s+)?(?:post|office|job|role|position))\b/i;
const POST_NAME_LAST = /\b(?:sg|secretary[- ]general|cio|chair(?:person|man|woman)?(?:-in-office)?|hcnm|president|director|minister|fm|rfom|speaker|winner)(?:'s)?(?:\s+ever)?\s*[?.!,:;-]*\s+(?:full\s+)?names?(?:\s+(?:pls|plz|please|thx|thanks|asap|only))*\W*$/i;
const NAME_OF = /^\W*(?:(?:what|which)(?:'s|\s+is|\s+was)\s+)?(?:the\s+)?(?:full\s+)?names?\s+of\s+(?:the\s+)?(\w+)/i;
const PEOPLE_NOUN = /\b(?:cio|cios|chairperson|chairman|chairwoman|secretary|secretaries|president|presidents|minister|ministers|person|people|leader|leaders|director|head|heads|commissioner|representative|candidate|candidates|speaker)\b/i;
const ANNOUNCED_END = /\bannounc\w*\s+(?:(?:his|her|their|the)\s+)?(?:resign|resignation|(?:(?:that\s+)?(?:he|she)\s+(?:was|would\s+be|is)\s+)?(?:stepping|step)\s+down)\b|\bresignation\s+(?:was\s+)?announced\b/i;
// ("where is Greminger from?", "hoynck was from where?")
// ("hoynck was from?": a hanging "from" asks it too.)
const PERSONS_COUNTRY = /^\W*(?:what|which)(?:\s+(?:is|was)|['’]s)?\s+[\p{L}' -]+?['’]s\s+(?:home\s+|native\s+)?country\s*\?*\s*$/iu;
const OWN_NEXT = /(?:['’]s|\b(?:his|her|their|its))\s+next\b/i;
const FUTURE_SAID = /\b(?:will|going\s+to|gonna|upcoming|future|planned|scheduled)\b/i;
const HEDGED_GUESS = /\b(?:(?:my|your|ur|a|an|the)\s+)?(?:best|educated|wild|rough)\s+guess(?:es)?\b/gi;
const WHERE_FROM = /^\W*where(?:\s+(?:is|was|are|were|does|did)|'s)\b.*\bfrom\s*[?.!]*\s*$|\b(?:is|was|are|were|comes?|came)\s+from\s+where\s*[?.!]*\s*$|^\W*[\p{L}' -]+?\s+(?:is|was|comes?|came)\s+from\s*\?+\s*$/iu;
// ("what's Plassnik up to these days?": what someone is up to is an activity too.)
/** Operations that take both ends of a run: a list from the first to the last, a length, a difference. */
const BOTH_ENDS_OPERATIONS = ["list", "difference", "duration", "compare", "elapsed"] as const;
/** "first" and "last" (or "final", "latest") said apart, neither inside "first to last" nor "first and last". */
const TWO_PICKS = /\b(?:first|last|final|latest)\b(?!\s*(?:(?:to|and|or|through|till|until)\b|[&+/]))(?<!\b(?:to|and|or|&)\s+\w+)(?=.*\b(?:first|last|final|latest)\b)/i;
/** "empty between", "vacant … between": a post said to stand empty between two names. */
const EMPTY_BETWEEN = /\b(?:vacant|empty|unfilled|unoccupied)\b[^?]*?\bbetween\s+(?!which\b|what\b)/i;
/** "the lower share", "a higher turnout": a comparative of a figure's noun. */
const COMPARATIVE_PICK = /\b(higher|lower|bigger|smaller|larger|greater)\s+(?:share|percentage|percent|%|turnout|result|vote\s+share|score)\b/i;
const ASKS_ACTIVITY = /^\W*what\s+(?:did|does|do|has|have|had|was|is|were)\b.*\b(?:do|doing|done)\b|^\W*what(?:'s|\s+(?:is|was|are|were|has\s+been|have\s+been))\s+.+?\s+up\s+to\b/i;

