/**
 * The reporter's own words around a question ("slot editor asks which …", "for the web version,
 * what share …"): a part that names nothing — no thing, concept, operation,
 * date that is not the reporter's own, no question — and whose unknown words are all ordinary
 * lower-case English words is chatter. A word that may be a name ("smithson", "Ivanov") never is:
 * it may be the subject.
 */
import { isEnglishWord } from "../text/dictionary.js";
import { yearOf } from "../time/days.js";
import type { QuestionParse } from "./question-parse.js";

/** "two q's", "3 quick ones", "a couple of questions": how many questions follow, not one. */
// ("3 qs for my explainer:": for whom or what they are is the reporter's too.)
const QUESTIONS_AHEAD = /^\W*(?:(?:two|three|four|five|[2-9]|a\s+few|a\s+couple(?:\s+of)?|couple(?:\s+of)?|some)\s+)?(?:more\s+)?(?:quick\s+)?(?:q'?s|questions|ones|things)(?:\s+for\s+(?:my|our|the|a|an)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\W*$/iu;

export function isChatter(parse: QuestionParse): boolean {
  if (QUESTIONS_AHEAD.test(parse.cleaned.replace(/^\W*@\w+\s*/, ""))) return true;
  if (parse.entities.length > 0 || parse.concepts.size > 0 || (parse.operations.size > 0 && !isFutureTalk(parse)) || parse.ordinal !== null) return false;
  // (A day relative to now is the reporter's — "for tomorrow's explainer"; "ten years ago, who …" dates the question.)
  if (parse.ask !== null || parse.yesNo || parse.times.some((t) => !t.relative || t.grain !== "day") || parse.unreadableTimes.length > 0) return false;
  return parse.unknown.every((u) => !u.properNoun && isEnglishWord(u.form));
}

/**
 * "— going to print shortly", "ok next one:": "going to", "next" in the reporter's own talk ask
 * nothing to come — a part of three words or more with nothing else in it ("and next?" still asks).
 */
export function isFutureTalk(parse: QuestionParse): boolean {
  return parse.operations.size === 1 && parse.operations.has("future") && parse.cleaned.split(/\s+/).filter((w) => /\w/.test(w)).length >= 3;
}

/** A question word after the lead-in ("… which", ", what share"), where the question starts. */
const QUESTION_START = /(?:^|[\s,])(?=(?:who|whom|whose|what|when|where|which|how)\b)/gi;

/** `segment` without a lead-in before its question word that is chatter; as it was if there is none. */
export function withoutChatterLead(segment: string, read: (text: string) => QuestionParse): string {
  QUESTION_START.lastIndex = 0;
  for (let m = QUESTION_START.exec(segment); m; m = QUESTION_START.exec(segment)) {
    const lead = segment.slice(0, m.index).replace(/[\s,]+$/, "");
    if (m.index === 0 || lead === "") {
      QUESTION_START.lastIndex = m.index + 1;
      continue;
    }
    // (Only a lead-in with words nobody understood or a day of the reporter's: "from whom did Martino
    // take over" keeps its "from".)
    // ("until when was it called Nur-Sultan?": a preposition before the question word is part of the question.)
    if (PREPOSITION_ONLY.test(lead)) return segment;
    const parse = read(lead);
    const question = segment.slice(m.index).replace(/^[\s,]+/, "");
    return (parse.unknown.length + parse.times.length > 0 && isChatter(parse)) || isOwnLeadIn(lead, parse, question, read) ? question : segment;
  }
  return segment;
}

const PREPOSITION_ONLY = /^\W*(?:until|till|til|since|from|up\s+to|by|to|for|with|in|at|of)$/i;

/** The reporter's own words: "my notes", "I'm still confused", "for a piece due …". */
const OWN_WORDS = /\b(?:i|i'm|im|i've|i'd|my|we|we're|our|me|it's)\b|\b(?:piece|story|article|notes|deadline|editor|desk)\b/i;
/** The reporter telling their own story, or a relative's: "I was …", "I've covered …", "my cousin moved to Almaty in 2019". */
const I_SAID = /\b(?:i|i've|ive|i'd|i'm|im|we|we've|my\s+(?:\w+\s+)?(?:cousin|friend|sister|brother|mother|father|mum|mom|dad|wife|husband|partner|son|daughter|uncle|aunt|family|parents|colleague|editor|boss|neighbou?r))\s+(?:\w+\s+){0,2}?(?:was|were|wrote|write|am|covered|cover|worked|work|visited|lived|live|spent|had|have|read|did|saw|remember|met|studied|interviewed|moved|went|flew|travell?ed|stayed|grew)\b/i;
/** A question that points back to what was said before it ("that year", "then", "its"). */
const POINTS_BACK = /\b(?:that|this|then|there|it|its|he|him|his|she|her|they|them|their|same)\b/i;

/**
 * "My notes from 2011 are lost - when did Mongolia join?", "It's 2024 and I'm still confused: what was
 * Nur Otan's 2007 share?": a lead-in of the reporter's own that names nothing, before a question whole
 * without it, is their talk — its year too. (Not where the lead says what the question is about,
 * "for my piece on the 2010 summit: who chaired?", nor where the question points back to it.)
 */
export function isOwnLeadIn(lead: string, parse: QuestionParse, question: string, read: (text: string) => QuestionParse): boolean {
  // (A story told in the first person asks nothing, whatever its "was" seemed to: "I was in Vienna in 2015".)
  const story = I_SAID.test(lead) && !lead.includes("?");
  if (parse.ask !== null || (parse.yesNo && !story) || !OWN_WORDS.test(lead) || POINTS_BACK.test(question)) return false;
  // ("I was in Vienna on holiday in 2015 - anyway, which country chaired in 2003?": the reporter's own
  // story may name things too, where the question after it names its own and its own time.)
  if (parse.entities.length > 0 && !story) return false;
  const asked = read(question);
  // (A question whole without the lead names something or its own time: "which city hosted the 2013 MC".)
  if (asked.entities.length === 0 && asked.times.filter((t) => !t.relative).length === 0) return false;
  if (parse.entities.length > 0 && asked.times.length === 0) return false;
  const leadNamesThings = [...parse.concepts.keys()].some((c) => !c.startsWith("w:"));
  return asked.times.length > 0 || asked.ask === "time" || !leadNamesThings;
}

const NEGATION = /\b(?:no|not|never|none|nobody|neither|nor)\b|n't\b/i;

/** A name, a comma and "the …" as the only part after it: "Jan Kubis, the Slovak secretary general". */
const APPOSITION_CLAIM = /^([^,]{2,40}),\s+(?=the\s+[^,]+$)/i;

/**
 * The claim an apposition makes: a person's is what they were ("Jan Kubis, the Slovak secretary
 * general"), a thing's what it is now ("Nur-Sultan, the Kazakh capital" is not, since 2022).
 */
function withApposition(quote: string, read: (text: string) => QuestionParse): string {
  const m = APPOSITION_CLAIM.exec(quote);
  if (!m) return quote;
  const person = read(m[1]!).entities.some((e) => e.entity.type === "person");
  return quote.replace(APPOSITION_CLAIM, `$1 ${person ? "was" : "is"} `);
}

/** A name, a comma and "who"/"which" starting the only clause after it: "Nazarbayev, who has ruled since 1989". */
const RELATIVE_CLAIM = /^([^,]{2,40}),\s+(?:who|which)\s+(?=[^,]+$)/i;

const OUTCOME_ASKED = /\bdid\s+(?:it|that|this|they)\b/i;

/** Quoted copy: straight or curly double quotes, curly single ones, or straight single ones standing apart from words. */
const QUOTED = [/"([^"]{8,})"/, /“([^”]{8,})”/, /‘([^’]{8,})’/, /(?:^|[\s:(])'(.{8,}?)'(?=[\s.,;:!?)–—-]|$)/];

/**
 * "copy says 'the last OSCE summit was in Istanbul in 1999'. fix?", "A stringer wrote 'Tokayev won
 * 81% in 2019'. correct?": pasted copy around which the reporter names nothing and asks nothing of
 * their own is a claim to check — the quote, asked yes or no. Null when there is no such quote.
 */
export function quotedClaim(text: string, read: (text: string) => QuestionParse): string | null {
  for (const re of QUOTED) {
    const m = re.exec(text);
    if (!m) continue;
    // ("'Nazarbayev, who has ruled since 1989' — ok?": a name and its relative clause claim what the clause says of it.)
    const quote = withApposition(m[1]!.trim().replace(/[.!,;:\s…]+$/, "").replace(RELATIVE_CLAIM, "$1 "), read);
    // ("'no summit has been held since 2010'": a denial is not checked by asking it yes or no.)
    if (NEGATION.test(quote)) return null;
    const restText = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
    // ("'… was expected to chair in 2009' — did that happen?": what came of the quote is asked, not whether it is right.)
    if (OUTCOME_ASKED.test(restText)) return null;
    const rest = read(restText);
    if (rest.entities.length > 0 || rest.times.some((t) => !t.relative) || rest.ask !== null || rest.numbers.length > 0) return null;
    const claim = read(quote);
    if (claim.ask !== null || claim.yesNo || (claim.entities.length === 0 && claim.times.length === 0)) return null;
    return `${quote}, right?`;
  }
  return null;
}

/** Who or what says the claim: "a draft says …", "our text says that …", "the report says …". */
// ("Yesterday my friend said …": a day the reporter heard it on dates nothing of the claim.)
const SAYS_LEAD = /^(?:(?:yesterday|today|earlier|this\s+morning|last\s+night)\s*,?\s+)?(?:(?:a|an|the|our|my|this|that|one)\s+)?(?:draft|post|reader|text|claim|piece|report|story|article|caption|source|wire|tweet|stringer|editor|copy|line|graf|headline|blog|website|intern|colleague|version|reporter|journalist|writer|correspondent|someone|somebody|friend|boss|producer|desk|subeditor|sub-editor|listener|viewer|caller|teacher|student|guest|uncle|aunt|mother|father|mum|mom|dad|brother|sister|neighbour|neighbor|partner|wife|husband)\s+(?:says|said|claims|claimed|states|stated|reads|writes|wrote|told\s+me|tells\s+me|is)\s+(?:that\s+)?/i;
/** A claim put up for checking: "is it accurate that …", "true or false: …", "verify: …". */
// ("Statement: Poland first chaired …", "claim: …", "copy: …": a label and a colon put the claim up too.)
const CHECK_LEAD = /^(?:is it (?:true|accurate|correct|right) that|true or false\s*[:,-]?|verify\s*[:,-]|fact[- ]?check\s*[:,-]|(?:(?:quick|numbering|number|spelling|date|year|name|sanity)\s+)?check\s*[:,-]|(?:statement|claim|copy|line|assertion)(?:\s+to\s+(?:check|verify))?\s*:)\s*/i;
const CHECK_TAIL = /(?:[\s.,;:!?–—-]+(?:is that|is this|is it)?\s*(?:still\s+)?(?:right|true|correct|accurate|ok|okay|fine|good|all good|legit|sound right|sounds right|hmm+|fix(?:\s+(?:pls|please))?|check(?:\s+(?:pls|please))?|flag anything|any issues|anything wrong)?)?\s*[?.!]*\s*$/i;

/**
 * "A draft says Greminger was reappointed in 2020. Is that right?", "True or false: the Astana summit
 * was …": the claim inside, asked yes or no ("…, right?"). Null when the text is not framed so.
 */
export function framedClaim(text: string): string | null {
  const lead = SAYS_LEAD.exec(text) ?? CHECK_LEAD.exec(text);
  if (!lead) return null;
  const claim = text.slice(lead[0].length).replace(CHECK_TAIL, "").trim();
  // ("copy says 70.76% — final?", "… in 2012. is that the final?": a question of its own after the claim is no plain check.)
  if (!/\s/.test(claim) || /[?—–]|\s-\s|\b(?:who|what|when|where|which|how|final|preliminary)\b/i.test(claim)) return null;
  return `${claim}, right?`;
}

/**
 * "… — I mean the SG not the chair", "… sorry i mean who was chair in 2010", "share 2011 - correction,
 * 2015", "cio 2020, scratch that, 2019", "chair 2006 — typo, 2026": the reporter's own correction.
 */
// ("MC 2016 — sorry, 2017": "sorry" before a year takes the year back.)
const I_MEAN = /\bi mean\b|\b(?:i\s+)?meant\b|\bcorrection\b|\bscratch\s+that\b|\btypo\b|\bmake\s+that\b|\b(?:sorry|sry|oops)\b(?=\s*,?\s*(?:19|20)\d\d\b)/gi;
const LEADING_I_MEAN = /^\W*(?:(?:sorry|oops|no|wait)\W+)*i\s+mean(?:t)?\b[\s,:;-]*(?=\S)(?!(?:it|that|this)\b)/i;
const LEAD_OFF = /[\s,.;:!?\u2014\u2013-]+$/;
const SORRY = /(?:^|[\s,.;:!?\u2014\u2013-])(?:sorry|no|nope|kidding|wait|oops|sry)$/i;
const SIGN_OFF = /\s+(?:lol|ofc|obviously|sorry|pls|please|thx|thanks)$/i;
const NOT_THAT = /^(.+?),?\s+(?:not|rather than|instead of)\s+(?:the\s+)?(\S+(?:\s+\S+){0,3})$/i;
/** Words of the question before a correction read one by one: more is no reporter's question. */
const MAX_CORRECTED_WORDS = 40;

/**
 * The question a self-correcting message asks: a whole question after "I mean" replaces the one
 * before; "I mean X, not Y" puts X where the question said Y (Y as written, else the words that
 * mean what Y means are taken out and X is added). Null when the message corrects nothing this way.
 */
export function correctedQuestion(text: string, read: (text: string) => QuestionParse): string | null {
  // ("I mean the 2003 MC - city and cio at that time": a correction with nothing before it is the question.)
  const leading = LEADING_I_MEAN.exec(text);
  if (leading) return text.slice(leading[0].length);
  const parts = splitAtCorrection(text);
  if (!parts) return null;
  // ("who chaired in 2007 — no wait I mean 2017 — country?": what follows the correction's closing dash asks on.)
  const tail = /\s[—–-]+\s+([^—–]+?)\W*$/.exec(parts.after);
  if (tail && tail.index > 0) {
    const corrected = correctedParts(parts.before, parts.after.slice(0, tail.index), read);
    return corrected === null ? null : `${corrected} — ${tail[1]}?`;
  }
  return correctedParts(parts.before, parts.after, read);
}

function correctedParts(before: string, after: string, read: (text: string) => QuestionParse): string | null {
  const whole = read(after);
  // ("2013 CiO was Yatsenyuk? I mean who was it": the guess taken back, its subject is asked.)
  const guess = GUESS_TAKEN_BACK.exec(after) && CLAIMED_VALUE.exec(before);
  if (guess) return `${GUESS_TAKEN_BACK.exec(after)![1]} was ${guess[1]}`;
  // ("ministerial in 2013? I mean where was it held": a question whose "it" is what the part before named.)
  if ((whole.ask !== null || whole.yesNo) && whole.entities.length === 0 && whole.times.length === 0 && THING_PRONOUN.test(after)) return `${before.replace(/[?!.\s]+$/, "")} - ${after}`;
  if (whole.ask !== null || whole.yesNo) return after;
  const retimed = withYearShifted(before, after, read) ?? withTimeCorrected(before, whole, read) ?? withNamesCorrected(before, whole, read);
  if (retimed) return retimed;
  const instead = NOT_THAT.exec(after);
  if (!instead) return clarified(before, after, whole, read);
  const meant = instead[1]!;
  if (read(meant).ask !== null) return meant;
  const rejected = instead[2]!;
  const said = new RegExp(`\\b${rejected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").exec(before);
  if (said) return `${before.slice(0, said.index)}${meant.replace(/^the\s+/i, "")}${before.slice(said.index + said[0].length)}`;
  return withMeaningSwapped(before, rejected, meant, read);
}

/**
 * "HCNM seat, i mean the city", "ODIHR head 2010, I mean the director": a correction that names nothing
 * and dates nothing says more precisely what the question asked — added to it, replacing nothing.
 * "nazarbayev % 2005 — I mean 2011, the april one": a correction with a tail after a comma is the
 * correction, and the tail said more precisely again.
 */
function clarified(before: string, after: string, whole: QuestionParse, read: (text: string) => QuestionParse): string | null {
  const comma = after.indexOf(",");
  if (comma > 0) {
    const head = correctedParts(before, after.slice(0, comma), read);
    return head === null ? null : `${head} (${after.slice(comma + 1).trim()})`;
  }
  if (whole.entities.length + whole.times.length + whole.numbers.length + whole.unknown.length > 0 || whole.concepts.size === 0) return null;
  return `${before} (${after})`;
}

/** A bare question that takes a guess back: "who was it", "who actually", "which one then". */
const GUESS_TAKEN_BACK = /^(who|what|which|where)(?:\s+one)?(?:\s+(?:was|is|were)\s+(?:it|that|they))?(?:\s+(?:actually|really|then|instead))?\W*$/i;
/** A claim of a value ending the question: "2022 chair was hungary?" (its subject, group 1). */
const CLAIMED_VALUE = /^(.*\S)\s+(?:was|is|were)\s+(?:the\s+)?[^\s?]+(?:\s+[^\s?]+)?\s*\?*$/i;

/** The text before the last "I mean" (its "sorry", "no" and separators off) and the correction after it, tidied. */
function splitAtCorrection(text: string): { before: string; after: string } | null {
  let at = -1;
  let said = 0;
  I_MEAN.lastIndex = 0;
  for (let m = I_MEAN.exec(text); m; m = I_MEAN.exec(text)) [at, said] = [m.index, m[0].length];
  if (at <= 0) return null;
  const lead = text.slice(0, at);
  // ("the person I mean": a correction follows a break in the sentence.)
  if (!LEAD_OFF.test(lead) && !SORRY.test(lead.trimEnd())) return null;
  // ("… — no wait, I mean …", "sorry, no": every word of taking it back, not only the last.)
  let before = lead.replace(LEAD_OFF, "");
  for (let taken = before.replace(SORRY, "").replace(LEAD_OFF, ""); taken !== before; taken = taken.replace(SORRY, "").replace(LEAD_OFF, "")) before = taken;
  const after = text.slice(at + said).replace(/^[\s,]+/, "").replace(LEAD_OFF, "").replace(SIGN_OFF, "").replace(LEAD_OFF, "");
  return /\w/.test(before) && /\w/.test(after) ? { before, after } : null;
}

/**
 * "Who was CiO in 2011/12? I mean, in late 2011.": a correction that is only a time takes the place
 * of the time the question said.
 */
function withTimeCorrected(before: string, correction: QuestionParse, read: (text: string) => QuestionParse): string | null {
  if (correction.times.length !== 1 || correction.entities.length || correction.concepts.size || correction.unknown.length) return null;
  const question = read(before);
  if (question.times.length !== 1 || question.cleaned !== before) return null;
  const { index, length } = question.times[0]!;
  const head = before.slice(0, index);
  const time = /\b(?:in|on|at|during)\s*$/i.test(head) ? correction.cleaned.replace(/^(?:in|on|at|during)\s+/i, "") : correction.cleaned;
  return `${head}${time}${before.slice(index + length)}`;
}

/**
 * "who chaired the 2017 MC in hamburg? I mean vienna", "MC 2002 — I mean 2003, dutch one": names (and
 * at most one time) and nothing else; each name takes the place of the question's name of its type,
 * a name of a type the question lacks is added, the time takes the place of its time.
 */
function withNamesCorrected(before: string, correction: QuestionParse, read: (text: string) => QuestionParse): string | null {
  if (correction.entities.length === 0 || correction.times.length > 1 || correction.concepts.size || correction.unknown.length || correction.numbers.length) return null;
  const question = read(before);
  if (question.times.length > 1 || question.cleaned !== before || (correction.times.length && !question.times.length)) return null;
  let text = before;
  let rest = correction.cleaned;
  const time = correction.times[0];
  if (time) {
    const { index, length } = question.times[0]!;
    text = `${text.slice(0, index)}${rest.slice(time.index, time.index + time.length).replace(/^(?:in|on|at|during)\s+/i, "")}${text.slice(index + length)}`;
    rest = `${rest.slice(0, time.index)} ${rest.slice(time.index + time.length)}`.replace(/^[\s,;:-]+/, "").trim();
  }
  const places = correction.entities.map(({ entity }) => {
    const replaced = question.entities.find((m) => m.entity.type === entity.type && m.entity !== entity)?.entity;
    return { entity, said: replaced ? namedIn(text, replaced) : null };
  });
  // (Each name in its own place, or, where the question has none of their kinds, the words as said: "the Portuguese one".)
  if (places.every((p) => p.said)) {
    for (const { entity } of places) {
      const said = namedIn(text, question.entities.find((m) => m.entity.type === entity.type && m.entity !== entity)!.entity)!;
      text = `${text.slice(0, said.index)}${entity.name}${text.slice(said.index + said[0].length)}`;
    }
    return text;
  }
  return places.some((p) => p.said) ? null : `${text.replace(/[?!.\s]+$/, "")}, ${rest}`;
}

/** Where the text says one of an entity's names. */
function namedIn(text: string, entity: QuestionParse["entities"][number]["entity"]): RegExpExecArray | null {
  for (const name of [entity.name, ...entity.aliases].sort((a, b) => b.length - a.length)) {
    const m = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").exec(text);
    if (m) return m;
  }
  return null;
}

const THING_PRONOUN = /\b(?:it|its|they|them|their|he|him|his|she|her)\b/i;

/** "I mean the year before that", "i mean the one after": a year next to the one the question said. */
const NEXT_YEAR = /^(?:the\s+)?(?:year|one)\s+(before|after)(?:\s+(?:that|it|this))?\W*$/i;

/** "who held the chair last year? sorry, i mean the year before that": the question, a year earlier. */
function withYearShifted(before: string, correction: string, read: (text: string) => QuestionParse): string | null {
  const shift = NEXT_YEAR.exec(correction.trim());
  const question = shift ? read(before) : null;
  if (!question || question.times.length !== 1 || question.cleaned !== before) return null;
  const { index, length, start, end } = question.times[0]!;
  const year = yearOf(start);
  if (yearOf(end) !== year) return null;
  const head = before.slice(0, index).replace(/\s*\b(?:in|on|at|during)\s*$/i, "");
  return `${head} in ${shift![1]!.toLowerCase() === "before" ? year - 1 : year + 1}${before.slice(index + length)}`;
}

/** `before` without the words that mean what `rejected` means ("chief" when "the chair" is rejected), with `meant` added. */
function withMeaningSwapped(before: string, rejected: string, meant: string, read: (text: string) => QuestionParse): string | null {
  const wrong = read(rejected);
  const concepts = [...wrong.concepts.keys()];
  const entities = new Set(wrong.entities.map((e) => e.entity.id));
  const words = before.split(/\s+/);
  if (concepts.length + entities.size === 0 || words.length > MAX_CORRECTED_WORDS) return null;
  const kept = words.filter((word) => {
    const w = read(word);
    return ![...w.concepts.keys()].some((c) => concepts.includes(c)) && !w.entities.some((e) => entities.has(e.entity.id));
  });
  return `${kept.join(" ")} ${meant}`;
}

/**
 * "My grandmother moved to Almaty in 1960.", "Back in 2010 I studied in Almaty.", "I was in Vienna
 * yesterday for a conference": the reporter's own story, told before a question — a first-person
 * sentence that asks nothing, claims nothing of the table ("I think …", "my notes say …") and requests
 * nothing ("I need …"). Its names and years are not the question's. ("long story" is no copy.)
 */
const FIRST_PERSON_LEAD = /^\W*(?:(?:back\s+in|in|on|since|when|during|yesterday|today|tomorrow|tonight|earlier|once|last\s+\w+|this\s+\w+|next\s+\w+)\b[^,;.]{0,30}?[,\s]\s*)?(?:i|we|i'm|im|i've|i'd|we're|we've|my|our)\b/i;
const STORY_OF_A_CLAIM = /\b(?:think|thought|believe|believed|heard|read|recall|remember|said|says|say|told|tells|wrote|writes|notes?|understand|guess|assume|assumed|suppose|sure|know|knew|claim|claims|claimed|reckon|seems?|according|copy|draft|need|needs|want|wants|looking|like|wonder|wondering|asking|ask|curious|trying|checking|check|confirm|verify|writing|write|working|doing|piece|(?<!\blong\s)story|article|mean|meant)\b|\?/i;

export function isPersonalStory(text: string): boolean {
  return FIRST_PERSON_LEAD.test(text) && !STORY_OF_A_CLAIM.test(text);
}
