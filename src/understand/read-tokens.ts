/**
 * Reads a question's tokens, left to right, into a `QuestionParse`: names, concepts, the question
 * word, figures and counts, ordinals, tense, and the words nothing explains. Shared by questions and by
 * relation patterns (which are read the same way, without typo correction).
 */
import type { Entity } from "../facts/model.js";
import { stem } from "../text/stem.js";
import { askNounIsUnknown, askNounOf } from "./ask-noun.js";
import { handoverOrder, passiveOrder, subjectFirstOrder } from "./handover.js";
import { preferFurtherReach, type OverlapRule } from "./overlap.js";
import { applyMeaning, figureFollows, pickMeaning } from "./phrase-meaning.js";
import { emptyParse, type QuestionParse } from "./question-parse.js";
import { readAllOfCountAt, readCountAt, readLengthAt } from "./read-counts.js";
import type { Token } from "./tokenise.js";
import { correctTyposIn } from "./typo-correction.js";
import type { Vocabulary } from "./vocabulary.js";
import { compoundOrdinal, ordinalOf } from "./word-numbers.js";
import { isYesNoQuestion } from "./yes-no-question.js";

/** Nouns of a post held ("the SG post", "the CiO job"). */
const POST_NOUNS = new Set(["post", "job", "role", "position", "office", "seat", "mandate"]);

/** How overlapping phrases are read (overlap.ts). */
const OVERLAP_RULE: OverlapRule = preferFurtherReach;

/** What reading the tokens carries from one word to the next. */
interface TokenReader {
  readonly toks: Token[];
  /** The tokens' forms, typos corrected. */
  readonly forms: string[];
  /** Which forms were corrected. */
  readonly corrected: boolean[];
  readonly vocab: Vocabulary;
  readonly parse: QuestionParse;
  /** Words of the present and of the past, weighed into the tense at the end. */
  present: number;
  past: number;
  /** What each phrase of several words, of the past and of beginning, begins with. */
  readonly pastPairFirsts: Set<string>;
  readonly startingPairFirsts: Set<string>;
  /** Where the noun "how many" counts is expected. */
  countNounAt: number;
  /** An unknown post began ("which CiO became Chancellor"), not what the facts are of. */
  startOfUnknown: boolean;
}

/** Shared by questions and by relation patterns (which are read the same way, without typo correction). */
export function readTokens(toks: Token[], vocab: Vocabulary, correctTypos: boolean): QuestionParse {
  const parse = emptyParse();
  const forms = toks.map((t) => t.form);
  // Typos first, so that multi-word names and phrases match across a corrected word ("prime minster").
  const corrected = correctTypos ? correctTyposIn(toks, forms, vocab, parse) : forms.map(() => false);
  parse.yesNo = isYesNoQuestion(forms, vocab);
  // ("… or not?", "true or false": still a yes/no question.)
  // ("Tokayev 2022 vs Nazarbayev 1999: whose share was higher?": two set against each other are a choice too.)
  parse.alternative = forms.some((f, i) => (f === "or" && !["not", "no", "false", "otherwise"].includes(forms[i + 1] ?? "")) || VERSUS.has(f));
  const taken = namesInAnyOrder(forms, vocab, parse);
  const reader: TokenReader = { toks, forms, corrected, vocab, parse, pastPairFirsts: pairStartsOf(vocab.past), startingPairFirsts: pairStartsOf(vocab.starting), present: 0, past: 0, countNounAt: -1, startOfUnknown: false };
  for (let i = 0; i < toks.length; ) i += taken.has(i) ? 1 : readAt(reader, i);
  finishReading(reader);
  return parse;
}

/**
 * Names written in another word order ("Almaty OSCE centre" for "OSCE Centre in Almaty"), when the
 * words are not already a name or phrase as written: returns the positions they take.
 */
function namesInAnyOrder(forms: string[], vocab: Vocabulary, parse: QuestionParse): Set<number> {
  const taken = new Set<number>();
  for (const { entity, positions } of vocab.namesInAnyOrder(forms)) {
    if (positions.some((p) => taken.has(p))) continue;
    const asWritten = positions.some((p) => (vocab.phraseAt(forms, p)?.tokens.length ?? 0) >= positions.length);
    if (asWritten || crossesNameAsWritten(forms, positions, vocab)) continue;
    for (const p of positions) taken.add(p);
    parse.entities.push({ entity, fuzzy: false });
  }
  return taken;
}

/** Reads the token at i (and what it takes with it): returns how many tokens were read. */
function readAt(r: TokenReader, i: number): number {
  // "who's the WHO director-general": a little word in capitals after the first is an acronym we do not know.
  if (isAcronymOfLittleWord(r.toks, i, r.vocab)) {
    r.parse.unknown.push({ form: r.forms[i]!, properNoun: true });
    return 1;
  }
  return readTenseAt(r, i) || readStartingAt(r, i) || readAllOfCountAt(r.parse, r.forms, i) || readPhraseAt(r, i) || readOrdinalAt(r, i) || readLengthAt(r.parse, r.forms, i) || readWordAt(r, i);
}

const ONCE_AUXILIARIES = new Set(["was", "were", "had", "has", "have", "is", "are"]);

/** Weighs the word at i into the tense; a two-word mark of the past is read whole (returns 2), else 0. */
function readTenseAt(r: TokenReader, i: number): number {
  const { forms, vocab } = r;
  const form = forms[i]!;
  // "has chaired", "have been": the perfect asks about any time, not now.
  if ((form === "has" || form === "have") && isParticiple(forms[i + 1]) || isParticiple(forms[i + 2]) && (form === "has" || form === "have")) r.past++;
  // ("who were the current SGs": a word of the present outweighs a past auxiliary.)
  else if (vocab.present.has(form)) r.present += vocab.yesNo.has(form) ? 1 : 2;
  if (vocab.past.has(form)) r.past++;
  // ("Astana was once called Akmola": "once" after an auxiliary or before a participle says "at one time", never a count or a "when".)
  if (form === "once" && i + 1 < forms.length && ((i > 0 && ONCE_AUXILIARIES.has(forms[i - 1]!)) || isParticiple(forms[i + 1]))) return 1;
  // ("ODIHR used to be called …", "back then": a two-word mark of the past, and nothing else.)
  if (i + 1 < forms.length && r.pastPairFirsts.has(form) && vocab.past.has(`${form} ${forms[i + 1]}`)) {
    r.past++;
    return 2;
  }
  return 0;
}

/** Marks a word of beginning; a pair that says only that ("took office", "set up") is read whole (returns 2), else 0. */
function readStartingAt(r: TokenReader, i: number): number {
  const { forms, vocab } = r;
  const form = forms[i]!;
  if (namedToPost(forms, i, vocab)) {
    r.parse.starting = true;
    return 1;
  }
  // ("who took over as SG after Greminger": taking over as a post is becoming it — no chair of anything.)
  const handover = vocab.handoverVerbs.find((v) => v.every((w, k) => forms[i + k] === w));
  if (handover && forms[i + handover.length] === "as") {
    r.parse.starting = true;
    return handover.length + 1;
  }
  // ("who took over the SG post after Kubiš": a post named as taken over is becoming it, too.)
  if (handover && forms[i + handover.length] === "the" && forms.slice(i + handover.length + 2, i + handover.length + 6).some((f) => POST_NOUNS.has(f))) {
    r.parse.starting = true;
    return handover.length;
  }
  const startingPair = i + 1 < forms.length && r.startingPairFirsts.has(form) && vocab.starting.has(`${form} ${forms[i + 1]}`);
  if ((vocab.starting.has(form) && !startAsNoun(forms, i)) || startingPair) r.parse.starting = true;
  // "took office", "set up": the pair says when something began, and nothing else ("office" is not a field office).
  // ("sworn in" stays: "sworn" is a concept of its own.)
  return startingPair && !isOwnConcept(form, vocab) && (vocab.phraseAt(forms, i)?.tokens.length ?? 0) < 2 ? 2 : 0;
}

/** A known word or phrase at i: a name, a concept, a question word, an order or an operation (0 when none). */
function readPhraseAt(r: TokenReader, i: number): number {
  const { toks, forms, corrected, vocab, parse } = r;
  const phrase = OVERLAP_RULE(forms, i, vocab.phraseAt(forms, i), vocab);
  // (Whether a figure follows is looked at only for a phrase that has a figure's meaning: most have none.)
  const figureNext = !!phrase && phrase.meanings.some((m) => m.kind === "figure") && figureFollows(forms, i + phrase.tokens.length, vocab);
  const meaning = phrase && pickMeaning(phrase.meanings, toks, i, parse, figureNext);
  if (!meaning || !phrase) return 0;
  const end = i + phrase.tokens.length;
  const fuzzy = corrected.slice(i, end).some(Boolean);
  if (meaning.kind === "concept") {
    for (let k = i; k < end; k++) if (!vocab.fillers.has(forms[k]!)) parse.contentWords.push({ stem: stem(forms[k]!), concept: meaning.concept });
    if (countsHere(i, r.countNounAt, parse, forms[end - 1]!)) [parse.countConcept, parse.countNoun, r.countNounAt] = [meaning.concept, stem(forms[end - 1]!), end];
  }
  // ("how many OSCE posts", "how many top OSCE jobs": a name before the noun counted describes it.)
  if (meaning.kind === "entity" && meaning.entity.type === "organization" && i === r.countNounAt) r.countNounAt = end;
  if (meaning.kind === "entity") mentionEntity(parse, meaning.entity, fuzzy, phrase.tokens.length, neighbours(forms, i, end, vocab), slipsAt(toks, forms, corrected, i, phrase.tokens.length));
  const consumed = applyMeaning(meaning, parse, fuzzy, forms, end, vocab);
  if (meaning.kind === "ask") {
    if (meaning.ask === "count" && consumed === 0) r.countNounAt = end;
    if (meaning.ask === "which" && !parse.askType && (parse.askType = typeBeforeRelative(forms, i, vocab))) parse.plural = forms[i - 2]!.endsWith("s");
    // A question word may carry an operation too: "what day" asks when, to the day.
    for (const m of phrase.meanings) if (m.kind === "operation") parse.operations.add(m.operation);
  }
  return phrase.tokens.length + consumed;
}

/** An ordinal ("third", "55th", "twenty-first"), or a title before a name: how many tokens it takes (0 when none). */
function readOrdinalAt(r: TokenReader, i: number): number {
  const { forms, parse } = r;
  const word = forms[i]!;
  // "twenty-first", "fifty seventh": tens and a unit, two tokens.
  const compound = compoundOrdinal(word, forms[i + 1]);
  if (compound !== null) {
    if (parse.ordinal === null && !OWN_WORK.test(forms[i + 2] ?? "")) readOrdinal(parse, compound, forms[i + 2]);
    return 2;
  }
  const ordinal = ordinalOf(word);
  if (ordinal !== null) {
    if (parse.ordinal === null && !OWN_WORK.test(forms[i + 1] ?? "")) readOrdinal(parse, ordinal, forms[i + 1]);
    return 1;
  }
  // "Ambassador Glover": a title before a name is noise; "Kazakhstan's ambassador" asks about a post.
  // ("ms valtonen": typed in lower case, before a name the table knows.)
  return r.vocab.honorifics.has(word) && r.toks[i + 1] && (/^[A-Z]/.test(r.toks[i + 1]!.raw) || startsPersonName(r.forms, i + 1, r.vocab)) ? 1 : 0;
}

/** Any other word: a figure or count (read-counts.ts), a filler, a concept of its own, or a word nothing explains. Reads one token. */
function readWordAt(r: TokenReader, i: number): number {
  const { toks, forms, corrected, vocab, parse } = r;
  const word = forms[i]!;
  if (readCountAt(parse, forms, i)) return 1;
  if (likedAt(forms, i, parse.yesNo)) {
    parse.unknown.push({ form: word, properNoun: false });
    return 1;
  }
  // A listed filler stays noise even when its stem looks like a concept ("back" / "backing").
  if (vocab.fillers.has(word) || (vocab.starting.has(word) && !vocab.conceptOfWord(word))) return 1;
  const concept = vocab.falseFriends.has(word) ? undefined : vocab.conceptOfWord(word);
  if (concept) parse.concepts.set(concept, corrected[i]! || (parse.concepts.get(concept) ?? false));
  if (concept && countsHere(i, r.countNounAt, parse, word)) [parse.countConcept, parse.countNoun, r.countNounAt] = [concept, stem(word), i + 1];
  else if (!concept) {
    parse.unknown.push({ form: word, properNoun: toks[i]!.properNoun, ...(toks[i]!.properNoun && startsPersonName(forms, i + 1, vocab) ? { beforeName: true as const } : {}), ...(succeededAs(forms, i) ? { asPost: true as const } : {}) });
    // "which CiO became Chancellor in 2000": what began is the unknown post, not what the facts are of.
    if (startsBefore(forms, i, vocab)) r.startOfUnknown = true;
  }
  parse.contentWords.push({ stem: stem(word), concept: concept ?? null });
  return 1;
}

/**
 * "did Nazarbayev like Blair?", "does he like the OSCE?": "like" as the verb of a did/does question
 * asks a feeling no fact records — never the filler of "I'd like to know".
 */
function likedAt(forms: string[], i: number, yesNo: boolean): boolean {
  return yesNo && forms[i] === "like" && /^(?:did|does|do|didn't|doesn't|didnt|doesnt)$/.test(forms[0] ?? "") && !NOT_LIKING_BEFORE.has(forms[i - 1] ?? "") && !NOT_LIKING_AFTER.has(forms[i + 1] ?? "to");
}
// ("…, like it did in 2008", "like in 2008", "like to know": "like" comparing or wanting.)
const NOT_LIKING_AFTER = new Set(["to", "it", "he", "she", "they", "we", "you", "i", "in", "on", "at", "with", "for", "before", "after", "when", "last", "previously", "earlier", "other", "so", "that", "this", "what"]);
const NOT_LIKING_BEFORE = new Set(["would", "'d", "i'd", "i", "we", "you", "feel", "felt", "look", "looks", "looked", "seem", "seems", "seemed", "sound", "sounds", "something", "anything", "just", "be", "is", "was", "things", "ones", "countries", "states", "people"]);

/** What the whole question says once every word is read: tense, order, a count without a question word, the noun asked. */
function finishReading(r: TokenReader): void {
  const { forms, vocab, parse } = r;
  if (r.startOfUnknown) parse.starting = false;
  parse.tense = r.present > r.past ? "present" : r.past > 0 ? "past" : null;
  if (parse.tense === null && parse.ask === null && !parse.yesNo && statesInThePast(forms)) parse.tense = "past";
  // Only "who/which …" asks for the one before or after: "the exact day Martino took over from
  // Andreatta" asks when.
  if (parse.ask === "agent" || parse.ask === "which") parse.order = subjectFirstOrder(forms, parse.order) ?? parse.order ?? handoverOrder(forms, vocab);
  parse.order = passiveOrder(forms, parse.order, vocab);
  // "has Sweden chaired before?": a "before" that ends the question is "ever", no order.
  if (parse.order === "before" && parse.yesNo && forms[forms.length - 1] === "before" && parse.times.length === 0) parse.order = null;
  // "osce members count now?", "total number of partners": a count without a question word.
  // ("… 70.76 in my notes, is that the final number?": a figure said is what the number is, not a count asked.)
  // ("tokayev's share 2019 — final CEC number": the number of a share asked is the share, no count.)
  if (parse.ask === null && parse.concepts.has("count_word") && parse.numbers.length === 0 && !parse.concepts.has("share")) parse.ask = "count";
  parse.askNounUnknown = askNounIsUnknown(forms, vocab, parse);
  parse.askNoun = askNounOf(forms, vocab, parse);
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

/** "the years in which …", "the country during which": the noun before "in which" is the type asked for. */
function typeBeforeRelative(forms: string[], at: number, vocab: Vocabulary): string | null {
  if (!RELATIVE_PREPOSITIONS.has(forms[at - 1] ?? "")) return null;
  return vocab.typeNouns.get(forms[at - 2] ?? "") ?? null;
}

const RELATIVE_PREPOSITIONS = new Set(["in", "on", "during", "at", "from"]);

export const IRREGULAR_PARTICIPLES = new Set(["been", "held", "won", "led", "met", "had", "done", "given", "taken", "become", "seen", "run", "sent", "chosen", "got", "gotten", "made"]);

/**
 * "Kazakhstan chaired the OSCE.": a statement whose verb is in the past (a form in -ed after its
 * subject, no auxiliary or article before it) claims some time, not now. ("the elected president" is no verb.)
 */
function statesInThePast(forms: string[]): boolean {
  return forms.some((f, i) => i > 0 && ((f.length > 4 && f.endsWith("ed")) || IRREGULAR_PAST.has(f)) && !NOT_A_VERB_BEFORE.has(forms[i - 1]!) && !STATE_PARTICIPLES.has(f) && !f.includes("-"));
}
// ("Tokayev won the 2019 vote.": a past form that does not end in -ed.)
const IRREGULAR_PAST = new Set(["began", "took", "won", "led", "met", "left", "lost"]);
// ("ODIHR, based in Vienna", "the Vienna-based PA": a participle of where or what something is says a state, of now.)
const STATE_PARTICIPLES = new Set(["based", "headquartered", "located", "seated", "situated", "called", "named", "renamed", "known", "titled", "entitled", "dubbed"]);
const NOT_A_VERB_BEFORE = new Set(["the", "a", "an", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "get", "got", "its", "his", "her", "their", "newly", "not"]);

function isParticiple(form: string | undefined): boolean {
  return form !== undefined && (IRREGULAR_PARTICIPLES.has(form) || (form.length > 4 && form.endsWith("ed")));
}

/**
 * "who replaced Kurz as (Austrian) chancellor", "when did Kurz resign as chancellor": the post a
 * succession, a start or an end is of, said after "as".
 */
function succeededAs(forms: string[], i: number): boolean {
  const as = forms[i - 1] === "as" ? i - 1 : forms[i - 2] === "as" ? i - 2 : -1;
  return as > 0 && (SUCCESSION_VERB.test(forms.slice(0, as).join(" ")) || POST_VERB.test(forms[as - 1]!));
}

/** Verbs whose "as …" names a post: "resign as", "served as", "stepped down as", "was appointed as". */
const POST_VERB = /^(?:resign(?:ed|s)?|quit|serv(?:e|ed|es)|down|appointed|named|elected|sworn|reappointed|leave|left|stay(?:ed)?|remain(?:ed)?)$/;

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
function mentionEntity(parse: QuestionParse, entity: Entity, fuzzy: boolean, words: number, around: { left?: string; right?: string; afterFrom?: boolean }, slips: Array<[string, string]> = []): void {
  const before = parse.entities.find((e) => e.entity === entity);
  if (!before) parse.entities.push({ entity, fuzzy, words, ...around, ...(slips.length ? { slips } : {}) });
  else if (words > (before.words ?? 1)) Object.assign(before, { words, left: around.left, right: around.right, afterFrom: around.afterFrom });
}

/** The nearest words around tokens [start, end) that are not fillers, as stems. */
export function neighbours(forms: string[], start: number, end: number, vocab: Vocabulary): { left?: string; right?: string; afterFrom?: boolean } {
  let l = start - 1;
  while (l >= 0 && (vocab.fillers.has(forms[l]!) || !forms[l])) l--;
  let r = end;
  while (r < forms.length && (vocab.fillers.has(forms[r]!) || !forms[r])) r++;
  const around: { left?: string; right?: string; afterFrom?: boolean } = {};
  if (l >= 0) around.left = stem(forms[l]!);
  if (forms[start - 1] === "from") around.afterFrom = true;
  // (A noun in -ing after a name is no verb: "the Nur-Sultan renaming" is not "Nur-Sultan renamed".)
  // (So is a bare verb after "the" and a name: "the Nur-Sultan rename" is the renaming to Nur-Sultan.)
  if (r < forms.length) around.right = /.{3}ing$/.test(forms[r]!) || (ARTICLES.has(forms[start - 1] ?? "") && isBareVerb(forms[r]!, vocab)) ? `${stem(forms[r]!)}+ing` : stem(forms[r]!);
  return around;
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

const ARTICLES = new Set(["a", "an", "the"]);

/** A verb of beginning in its plain form, neither past, third person nor -ing ("rename", "join"). */
const isBareVerb = (form: string, vocab: Vocabulary) => vocab.starting.has(form) && !/(?:ed|s|ing)$/.test(form);

/** Verbs that put someone in a post when a post follows them. */
const NAMED_TO = new Set(["named", "tapped", "nominated"]);
/** Little words between such a verb and the post ("named as the new SG"). */
const BEFORE_POST = new Set(["as", "the", "a", "new", "next", "its", "osce", "csce"]);

/**
 * "who was named SG", "named as the new Director": an appointment, not a name ("the capital was named
 * Astana" names a thing, "named after" gives a reason): the verb is followed by a word of the lexicon,
 * not by a name.
 */
function namedToPost(forms: readonly string[], i: number, vocab: Vocabulary): boolean {
  if (!NAMED_TO.has(forms[i]!)) return false;
  let at = i + 1;
  while (at < forms.length && BEFORE_POST.has(forms[at]!)) at++;
  const meaningsAt = (k: number) => (k < forms.length ? (vocab.phraseAt(forms as string[], k)?.meanings ?? []) : []);
  const isPost = (k: number) => meaningsAt(k).length > 0 && meaningsAt(k).every((m) => m.kind === "concept" && !m.concept.startsWith("w:"));
  // ("named ODIHR director": the body whose post it is may come first.)
  const body = at < forms.length ? vocab.phraseAt(forms as string[], at) : undefined;
  const ofBody = !!body && body.meanings.every((m) => m.kind === "entity" && ["institution", "organization"].includes(m.entity.type));
  // ("named HCNM in 2020": a body named for its post — High Commissioner — is the post itself; so with a
  // tag after it: "… named HCNM in 2019 — ok?")
  const after = forms[at + (body?.tokens.length ?? 0)];
  return isPost(at) || (ofBody && (isPost(at + body!.tokens.length) || after === undefined || /^(?:in|on|at|by|\d+|ok|okay|right|correct|true)$/.test(after)));
}

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

/** Nouns after an ordinal that place something in the reporter's own text ("for the 2nd graf"): no ordinal asked. */
const OWN_WORK = /^(?:graf|grafs|para|paras|paragraph|paragraphs|graph|par|pars|lede|draft|edit|edition|rewrite|bullet|sentence|caption|headline|slide|tweet|update)$/;

/** Nouns after an ordinal that count one holder's own turns ("the third time") or terms ("a second term"). */
const OWN_TURN = /^(?:time|turn)$/;


const TERM = /^(?:term|stint|tenure|mandate|spell)$/;

function readOrdinal(parse: QuestionParse, n: number, next = ""): void {
  parse.ordinal = n;
  parse.ownOrdinal = OWN_TURN.test(next);
  parse.termOrdinal = TERM.test(next);
}

/** A known person's name starts at `at`. */
function startsPersonName(forms: string[], at: number, vocab: Vocabulary): boolean {
  return at < forms.length && !!vocab.phraseAt(forms, at)?.meanings.some((m) => m.kind === "entity" && m.entity.type === "person");
}

/** "A vs B", "A versus B": two set against each other. */
const VERSUS = new Set(["vs", "versus", "v"]);
