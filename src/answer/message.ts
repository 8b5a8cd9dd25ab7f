/**
 * A whole message answered: its premise checked, its hedged guess and chatter set aside, then each
 * of its questions in turn.
 */
import { withCurrentHolderNamed } from "./current-holder.js";
import { combineAnswers } from "../compose/combine.js";
import type { Answer } from "../model/answer.js";
import { attributeAsks, missesPlainDetail, saysDetails } from "../understand/attribute-asks.js";
import { choiceOfTwo, chosen } from "./choice-of-two.js";
import { namesAny, namesOneOffered, offeredPair } from "./offered-pair.js";
import { withAsksMet } from "./asks-met.js";
import { withPartsSaidAlready } from "./said-already.js";
import { talkEchoesAnswer } from "./talk-echoes.js";
import { questionAfterContext } from "./context-clause.js";
import type { Clause, Desk } from "./desk.js";
import { andAskedParts, LEADING_WH, PERSON_PRONOUN, PLACE_ANAPHOR, PRONOUN, REASONED_GUESS, TIME_ANAPHOR } from "./wording.js";

/** "… and now", "+ today": a time joined after the question's own, a second ask. */
/** Kinds of names a "there" can stand for. */
const PLACE_TYPES = new Set(["city", "country", "place", "region"]);
const PLACE_ASKED = /\b(?:where|capital|city|town|venue|place)\b/i;
const AND_NOW = /\S\s+(?:and|&|\+)\s+(?:now|today|currently|at\s+present|right\s+now|this\s+year)\s*[?.!]*$/i;

const PREMISE_LEAD = /^\W*(?:since|because|as|given\s+that|now\s+that|seeing\s+as)\s+([^,?]{3,}?\s[^,?]{2,}),\s*((?:who|whom|whose|what|when|where|which|how|was|were|is|are|did|does|do)\b.+)$/i;

/**
 * "which city hosted the 1998 MC even though poland chaired that year?": after a question led by its
 * question word and dated by its own year, what the reporter concedes is their remark — never a word of
 * what is asked. (Where the question says no year, the concession's dates it: "… even though poland
 * was in the chair in 1998?")
 */
const CONCESSION_AFTER_QUESTION = /^(\W*(?:who|whom|whose|what|which|where|when|how)\b[^?]*?)\s*,?\s+(?:even\s+(?:though|tho|if)|although|despite\s+(?:the\s+fact\s+)?that)\s+[^?]*(\?*)\s*$/i;
const withoutConcession = (whole: string, question: string, mark: string) => (/\b(?:1[89]|20)\d\d\b/.test(question) ? `${question}${mark}` : whole);

/** "…, can never remember", "— always mix them up", "? i keep mixing up the italians", "— it's messy": the reporter's remark at the end. */
const OWN_REMARK = /(?:\s*[,;(—–]|(?<=\?))\s*(?:i\s+)?(?:(?:can|could)\s+never\s+(?:remember|recall|keep\s+track)|(?:always|keep|kept)\s+(?:mix(?:ing)?|get(?:ting)?)\s+(?:(?:them|these|it|those)\s+(?:up|mixed\s+up|confused)|up\s+(?:the\s+)?[\p{L}-]+)|it'?s\s+(?:messy|confusing|complicated|tricky)|(?:so\s+)?confusing)\W*$/iu;

/** "…, doing a nordic explainer", "…, for my 6pm piece", "…, need it for the 2nd graf": what the reporter's answer is for, said after a comma at the end. */
const PURPOSE_REMARK = /\s*[,;]\s*(?:(?:i'?m\s+|we'?re\s+)?(?:doing|writing|working\s+on|prepping|drafting)|(?:(?:i\s+|we\s+)?need(?:ed)?\s+(?:it|this|that|them)\s+)?for)\s+(?:a|an|my|our|the|this|tonight'?s|tomorrow'?s)\s+(?:[\p{L}\d-]+\s+){0,3}(?:piece|explainer|story|article|sidebar|profile|column|feature|graphic|package|obit|backgrounder|newsletter|graf|para|paragraph|lede|intro|headline|script|bulletin)s?\W*$/iu;

/**
 * "… ? y/n is fine", "…, years fine", "? bloomberg number is fine", "? exact date if poss", "? need the CEC number", "? final number pls", "? the final one, not the early one": the form of reply the
 * reporter will take, no part of the question (an answer says a date as exactly as it is known, and the final figure first).
 */
const REPLY_FORM = /(?:(?<=\?)|\s*[,;(—–]|\s-)\s*(?:(?:a\s+)?(?:y\/n|yes\/no|yes\s+or\s+no|one\s+word|(?:the\s+)?(?:years?|months?|names?|surnames?|countries|country|city|cities|dates?)(?:\s+only)?)\s+(?:is\s+|are\s+|would\s+be\s+)?(?:fine|ok|okay|enough)|(?:just\s+)?(?:y\/n|yes\/no)(?:\s+pls|\s+please)?|(?:the\s+)?exact\s+(?:date|day|figure|number)s?(?:\s+if\s+poss(?:ible)?)?|(?:(?:need|want|(?:my\s+|the\s+)?(?:editor|desk|boss)\s+wants)\s+)?(?:the\s+)?(?:final\s+)?cec\s+(?:number|figure|final)s?|(?<=(?:\?|[—–]|\s-)\s*)(?:need\s+)?(?:the\s+)?final\s+(?:number|figure|result|share|count)s?(?:\s+only)?(?:\s+(?:pls|please|plz))?|prelim(?:inary)?(?:\s+(?:figure|number))?\s+is\s+(?:fine|ok|okay)|(?<=\?\s*)(?:the\s+)?[\w-]+\s+(?:number|figure|count|tally|spelling|version)s?\s+(?:is|are|would\s+be)\s+(?:fine|ok|okay)|need\s+(?:the\s+)?spelling)(?:\s*,?\s+(?:and\s+)?not\s+(?:the\s+)?(?:early|earlier|first|initial|prelim(?:inary)?|exit[\s-]+poll)(?:\s+(?:one|figure|number|count|result)s?)?)?(?:\s+(?:pls|please|plz|thx|thanks))?\s*\)?[^\w%]*$/i;

/** "last year's CiO? need it for the year-ender follow-up": after the question, what the reporter needs it for. */
// ("? need the name for tonight's package": the thing needed is the answer, named by its kind.)
const NEEDED_FOR = /(?<=\?)\s*(?:i\s+|we\s+)?need\s+(?:it|this|that|them|the\s+(?:answer|name|names|figure|number|date|year|spelling))\s+for\s+[^?]*$/i;

/** "… (final number pls, @dana wants it)": a bracket at the end that mentions a colleague is the reporter's remark, never a question. */
const MENTION_ASIDE = /\s*\((?=[^()]*@[\w.-])[^()?]*\)\W*$/;

/** "…, thx 🙏", "… thanks!": thanks at the end of a message, no part of its last question. */
/** "was there a Council in 2010 or just the summit?": the reporter's other guess; the check of the first answers both. */
const OR_JUST_ALTERNATIVE = /(?<=^\W*(?:was|were|is|are|did|does|do|has|have|had)\b[^?]*?)\s*,?\s+or\s+(?:just|only|merely|simply)\s+[^?]{2,60}\?*\s*$/i;
const THANKS_END = /(?:\s*[,;—–]|\s)\s*(?:thx|thanks|thank\s+you|ty|tia|cheers)\b[\s!.]*(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}]\s*)*$/iu;

const HEDGE_WORD = /\b(?:think|thought|believe|guess|iirc|reckon|assume|recall|heard|says|said|swears|claims|insists|thinks|reckons|sure|suspect|feeling|hunch)\b/i;

/**
 * "<question>? turkish former FM i think", "… ? think it was a former CiO", "… ? heard X and also Y",
 * "… ? @jonas says stubb", "… ? my editor says 2009", "… ? thought kaz was meant to", "… ? i've got X but someone
 * said Y": the reporter's (or a colleague's) hedged guess after the question.
 */
const HEDGED_GUESS_AFTER = /^(.+\?)\s*(?![^?]*\b(?:who|whom|whose|what|when|where|which|how)\b)(?:[^?]*\b(?:i\s+think|i\s+believe|i\s+guess|iirc|i\s+reckon|i\s+assume|if\s+i\s+recall|i\s+suspect)|(?:i\s+)?(?:suspect|(?:have|had|got)\s+a\s+(?:feeling|hunch|sense))\b[^?]*|(?:i'?m\s+|im\s+)?(?:pretty|fairly|quite|almost)\s+sure\b[^?]*|(?:i(?:'ve|\s+have)?\s+)?heard\b[^?]*|(?:i\s+)?think\s+(?:it|he|she|they)\s+(?:was|were|is)\b[^?]*|(?:i\s+)?thought\b[^?]*|(?:i(?:'ve|\s+have)?\s+)?got\s+[^?]*\bbut\s+[^?]*\b(?:says|said)\b[^?]*|(?:@[\w.-]+|(?:my|our)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:says|said|thinks|reckons|swears|claims|insists)\b[^?]*)[\s.!…)]*$/iu;

/** A question up to its last "?" (group 1), then the reporter's words with no "?" of their own (group 2). */
const QUESTION_THEN_TALK = /^(.+\?)\s*([^?]*[^\s?][^?]*)$/su;

/** Words in the talk after a question that ask for something more ("… ? and who was suspended", "… ? names pls", "… ? list the years"). */
const ASKS_MORE = /\b(?:who|whom|whose|what|when|where|which|why|how|and|also|plus|list|name|names|date|dates|day|month|year|years|spell|spelling|number|figure|share|%|or|vs|versus|both|each|all|every|too|as|confirm\w*|check\w*|verify|verified)\b|[+&]/i;

/** Words that say the talk after a question is someone's guess at its answer ("… ? some say 20 mar"). */
const GUESS_SAID = /\b(?:say|says|said|saying|think|thinks|thought|believe|guess|reckon|heard|claims?|insists?|swears?|assume)\b/i;

/** "austria year", "(kaz's year)": a country's name and "year", nothing else. */
const WHOSE_YEAR = /^\W*(?:the\s+)?[\p{L}-]+(?:['’]s)?\s+(?:chair(?:manship)?\s+)?year\W*$/iu;

/** "writing a swiss-neutrality explainer", "for a vienna piece": what the reporter's answer is for. */
/** "… ? writing about a visit": what the reporter is writing about, after the question, whatever it names. */
const WRITING_ABOUT = /^\W*(?:i'?m\s+|we'?re\s+|am\s+)?(?:writing|working)\s+(?:about|up)\b[^?]*$/i;
/** "can't find it anywhere", "couldn't see a name on the site": what the reporter could not do, said after the question. */
const OWN_TROUBLE = /^\W*(?:i\s+|we\s+)?(?:can'?t|cannot|couldn'?t|could\s+not|don'?t|didn'?t)\s+(?:find|see|locate|spot|remember|recall|work\s+out|figure\s+out)\b[^?]*$/i;
const PURPOSE_TALK = /^\W*(?:(?:i'?m\s+|we'?re\s+|am\s+)?(?:writing|doing|working\s+on|prepping|drafting)|for)\s+(?:a|an|my|our|the|this|tonight'?s|tomorrow'?s)\b[^?]*\b(?:piece|explainer|story|article|sidebar|profile|column|feature|box|graphic|chart|package|brief|obit|obituary|backgrounder|report|segment|podcast|newsletter)s?\W*$/i;

/** A lead-in, its colon, then a question with a question word or an auxiliary of its own. */
const LEAD_THEN_QUESTION = /^([^:?]{3,100}?):\s+((?:who|whom|what|which|when|where|how|is|was|are|were|did|does|do|has|have|had)\b[^:]*)$/i;
/** A lead-in telling who is asking: "a colleague in The Hague asked me", "the desk wants to know". */
const WHO_ASKS = /\b(?:asked|asks|asking|wants\s+to\s+know|wanted\s+to\s+know|wonders|wondered|wondering|told\s+me)\b/i;

/** "who is HCNM, the kazakh one?": which of them is asked, said after a comma — a word of the question, never a guess at its answer. */
const THE_KIND_ONE = /\s*,\s*the\s+([\p{L}-]+)\s+one\s*\?*\s*$/u;

/** "my editor …", "i heard …", "we have …": the reporter speaking of themselves. */
const OWN_WORDS = /^\W*(?:i|i'm|im|my|our|we|me)\b/i;

/** Words that confirm or deny, after a "?": a tag asking whether what came before holds, or what is not meant ("(not the year he was elected)"). */
const CONFIRMS_OR_DENIES = /\b(?:right|correct|true|false|accurate|ok|okay|confirm|yes|no|not|never|wrong|yeah|yep)\b/i;

/** "those riots", "that election": a thing pointed at that the message does not name. */
const PERSON_SUBJECT = /^(?:\W*\S+\s*[-—–:,]\s*)?(?:was|is|did|does|has|had|will|would|could)\s+(he|she)\b/i;
/** "what did she lead …": a question asked of "he" or "she". */
const PERSON_SUBJECT_ASKED = /^(?:what|when|where|which|how)\s+(?:[\p{L}-]+\s+)?(?:was|is|did|does|has|had|will|would|could)\s+(he|she)\b/iu;
const DECADE_ASKED = /\b(?:what|which)\s+decade\b/i;

/** "In which decade did Kazakhstan join?": the decade the answer's one time falls in, said first ("The 1990s: …"). */
function withDecadeSaid(question: string, a: Answer): Answer {
  if (a.status !== "answered" || !DECADE_ASKED.test(question)) return a;
  const decades = new Set([...(a.validFor ?? "").matchAll(/\b(?:1[89]|20)\d{2}\b/g)].map((m) => Math.floor(Number(m[0]) / 10) * 10));
  // (Not where the answer names decades itself: "Most OSCE summits — the 1990s: 5 (…)".)
  return decades.size === 1 && !/\b(?:1[89]|20)\d0s\b/.test(a.text) ? { ...a, text: `The ${[...decades][0]}s: ${a.text}` } : a;
}

const THING_ANAPHOR = /\b(?:those|these|that|this)\s+(?:riots?|unrest|protests?|clashes|violence|elections?|votes?|summit|meeting|council|visit)\b/i;

/** "greek CiOs in 2009 — there were 2 right? names pls": a remark on how many the answer has (as COUNT_REMARK in question-clauses.ts), after a dash, taken out before the message is split. */
const COUNT_REMARK_SAID = /\s*[—–-]+\s*(?:(?:i\s+)?(?:heard|think|thought|believe)\s+)?there\s+(?:were|was)\s+(?:two|three|2|3|several)(?:\s+of\s+them)?(?:\s*,?\s*(?:right|i\s+think|i\s+believe))?\s*[?,]/i;

/**
 * "who were the CiOs, there was a change in oct right?", "2003 CiO(s)? think there was a change": the reporter's remark that the holder changed,
 * dated — its time is the change's, never the question's (the answer gives each holder's dates).
 */
const CHANGE_REMARK = /(?:\s*[,;—–]|(?<=\?))\s*(?:and\s+)?(?:(?:i\s+)?(?:think|believe|heard)\s+)?there\s+(?:was|were)\s+(?:a\s+)?(?:change|switch|swap|handover|hand-over|reshuffle)\b[^?,;]*?(?:,?\s*(?:right|no|correct))?\s*\?*\s*$/i;

/**
 * "Poland chaired in 1998, so the MC that year was in Warsaw?": a premise, then what the reporter drew
 * from it — each checked, the second at the premise's year where it says none of its own.
 */
const SO_THEN_CLAIM = /^([^?]*?),?\s+so\s+((?:the|its?|that|their)\s[^?]*?\b(?:was|were|is|are|had)\b[^?]*?)([\s,;–—-]+(?:right|correct|true|ok|okay|yes|yeah)\s*\?*|\?)\s*$/i;
function soThenClaim(_: string, premise: string, drawn: string, tag: string): string {
  const year = /\b(?:19|20)\d\d\b/.exec(premise)?.[0];
  // ("…, so the MC was in Helsinki, wasn't it?": the year goes with the claim, before its tag question.)
  const tagQuestion = TAG_QUESTION.exec(drawn)?.[0] ?? "";
  const claim = drawn.slice(0, drawn.length - tagQuestion.length);
  const dated = year && !/\b(?:19|20)\d\d\b/.test(drawn) ? `${claim} in ${year}${tagQuestion}` : drawn;
  // (A bare "?" after the claim drawn asks it checked, as "right?" does: said so, it stays a claim of its own.)
  return `${premise}? ${dated}${/^\s*\?+$/.test(tag) && !tagQuestion ? ", right?" : tag}`;
}
const TAG_QUESTION = /,?\s*(?:wasn't|weren't|isn't|aren't|didn't|doesn't|hasn't|haven't)\s+(?:it|he|she|they|there)\s*$/i;

/** "… ? both if there were two", "…, all of them if it changed", "?? give me both if there was a change": every holder is said anyway — the remark asks nothing more. */
const BOTH_IF_REMARK = /(?:\s*[,;—–(]|(?<=\?))\s*(?:(?:pls\s+|please\s+)?(?:give\s+(?:me|us)|i\s+need|need|want|name|list)\s+)?(?:both|all|each)(?:\s+(?:names|of\s+them))?\s+(?:if|in\s+case)\s+(?:there\s+(?:were|was)\s+(?:two|2|three|3|more\s+than\s+one|several|a\s+change|a\s+handover)|it\s+changed(?:\s+hands)?)\s*\)?\W*$/i;

/**
 * "…, first + last name", "…, surnames are fine", "… (CSCE era fine)", "…, two decimals please": a remark
 * at the end on the form the answer may take — every answer gives full names, and figures as the source has them;
 * "…, CSCE included": the CSCE years are the OSCE's own in every answer.
 */
/**
 * "… on 80.7% — is that the final figure?": a tag that asks whether the figure said is the final one
 * is part of the claim it follows (read as "…, final?"), never a second question about nothing.
 * (Only where it would be split off: "nur otan on 80.7% — is that the final figure?" is read whole as it is.)
 */
const FINAL_TAG = /\s*(?:[,;—–.]|\s-)\s*(?:(?:is|was)\s+(?:that|this|it)\s+(?:the\s+)?)?final(?:\s+(?:cec|official))?(?:\s+(?:figure|result|number|tally|count|share|one))?\s*\?+\s*$/i;
/** A description, then "— name?" and nothing else asked: "the kazakh HCNM — name?". */
const NAME_AFTER_DESCRIPTION = /^(?!\W*(?:who|whom|whose|what|which|when|where|how|why|is|was|were|are|did|does|do|has|have|had|name)\b)\W*([^?—–]+?)\s*(?:[—–]|\s-)\s*(?:the\s+|his\s+|her\s+)?names?\s*\?+/i;
const FORM_REMARK = /\s*(?:[,;(—–]|\s-)\s*(?:first\s*(?:\+|and|&)\s*last\s+names?|full\s+names?|(?<=[—–(-]\s*)names?(?=\s*(?:pls|please|plz|thx|thanks)?\W*$)|(?:sur|last\s+)names?(?:\s+only|\s+alone)?\s+(?:(?:are|is|would\s+be)\s+(?:fine|ok|okay|enough)|will\s+do)|(?:sur|country\s+|city\s+)?names?\s+only|(?:just|only)\s+(?:the\s+)?(?:sur|last\s+|country\s+|city\s+)?names?|(?:countries|cities|years)\s+only|(?:two|2)\s+decimals?(?:\s+places)?|exact\s+(?:figure|number)|[\w/-]+\s+era\s+(?:is\s+)?(?:fine|ok|okay)|(?:[\w-]+\s+)?spellings?\s+(?:is\s+|are\s+)?(?:fine|ok|okay)|(?<=\(\s*)[^()]{0,60}?\b(?:style|spellings?|guide)\b[^()]{0,40}?\b(?:fine|ok|okay)|(?:the\s+)?(?:csce|osce)(?:\s+(?:era|years|ones?))?\s+included)(?:\s+(?:pls|please|plz|thx|thanks))?\s*\)?(?=\W*$)/i;

/**
 * "which city hosted the 1998 MC — warsaw since poland chaired?": after a question word's question,
 * a dash and the reporter's guess with its reason; the reason is no part of what is asked.
 */
function withoutGuessAfterDash(text: string): string {
  const m = /^(.{8,}?)\s+[-–—]\s+([^–—]+)$/.exec(text);
  return m && LEADING_WH.test(m[1]!) && !/\?/.test(m[1]!) && REASONED_GUESS.test(m[2]!) ? `${m[1]!}?` : text;
}

/**
 * "Which country hosted, rather than chaired, the 1998 Council?": a verb set against the question's own
 * between commas says which of two roles is asked — the question is whole without it.
 */
function withoutContrastedVerb(text: string): string {
  return text.replace(CONTRASTED_VERB, " ");
}
const CONTRASTED_VERB = /,\s*(?:rather\s+than|instead\s+of|and\s+not|but\s+not|not)\s+(?:just\s+|merely\s+)?[a-z]+ed,\s*/i;

/**
 * "who was the 2010 CiO's boss, i.e. kazakh president at the astana summit?": what follows "i.e."
 * says the question again, in words the table knows — asked with the question's own question word.
 */
function restated(text: string): { said: string; again: string } | null {
  const m = RESTATED.exec(text);
  const head = m ? WH_HEAD.exec(m[1]!) : null;
  if (!m || !head) return null;
  return { said: m[1]!, again: LEADING_WH.test(m[2]!) ? `${m[2]!}?` : `${head[1]} ${m[2]!}?` };
}
const RESTATED = /^(.*?\S)\s*,?\s+(?:i\.\s?e\.?|ie|that\s+is(?:\s+to\s+say)?|in\s+other\s+words|meaning)\s*,?\s+([^()?]{6,}?)\s*\?*\s*$/i;
const WH_HEAD = /^\W*((?:who|what|which|when|where|how\s+(?:many|much|long))\b(?:\s+(?:was|is|were|are|did|does|do|has|had|have)\b)?)/i;

/**
 * "which country chaired the year before kazakhstan and the year after?": one anchor, asked of on both
 * sides — the two questions, each with its own side (null where the message asks no such thing). Talk
 * after the "?" ("… ? for a sidebar") is no part of either.
 */
function bothSidesAsked(text: string): [string, string] | null {
  const m = BOTH_SIDES.exec(text);
  if (!m || m[3]!.toLowerCase() === m[5]!.toLowerCase()) return null;
  const [, head, kind, first, anchor, second] = m;
  return [`${head}${kind}${first} ${anchor}?`, `${head}${kind}${second} ${anchor}?`];
}
const BOTH_SIDES = /^(.*?\b)(the\s+(?:year|yr|one|chair|chairmanship|term)\s+)(before|after)\s+([^?]+?)\s*,?\s+and\s+(?:the\s+(?:year|yr|one)\s+|also\s+)?(after|before)\s*(?:\?[^?]*)?$/i;

/** "burkhalter year", "the kaz chairmanship": whose year or time a message is about, said before its question — no question itself. */
const TOPIC_LEAD = /^\W*(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?\s+(?:year|yr|era|chair(?:manship)?|presidency|tenure)\W*$/iu;

/**
 * "burkhalter year — where was the ministerial": a topic said before questions that carry its names
 * (joined) and are answered is no part asked of its own where it answers nothing alone — never "I
 * don't know the answer to the first part". ("romania's OSCE year — which one was it?" is asked by it.)
 */
function withoutTopicLead(clauses: readonly Clause[], parts: Answer[]): Answer[] {
  const [lead, ...rest] = parts;
  const topic = TOPIC_LEAD.test(clauses[0]!.text) && lead?.status !== "answered" && clauses.slice(1).every((c) => c.joined);
  return topic && rest.length > 0 && rest.every((a) => a.status === "answered") ? rest : parts;
}

/** answerMessage and answerQuestionsOf. */
export function messageSteps(desk: Desk) {
  const { readings, unknown } = desk;
  /** The concepts that make a question about some kind of fact: every relation's cues. */
  const cueConcepts = new Set([...desk.table.relations.values()].flatMap((r) => r.cues.map((w) => desk.vocab.conceptFor(w))));
  /** The concepts a kind of fact explains: its cues, its words and its roles' cues. */
  const explainedBy = (relation: string | undefined) => {
    const r = relation === undefined ? undefined : desk.table.relations.get(relation);
    return new Set((r ? [...r.cues, ...r.words, ...r.roles.flatMap((role) => role.cues)] : []).map((w) => desk.vocab.conceptFor(w)));
  };
  /** A cleaned message: each question it asks, in turn — after the reporter's premise, where the table refutes it. */
  function answerMessage(text: string, now: Date): Answer {
    // ("is ODIHR in warsaw or vienna? i always mix them up": the reporter's remark at the end is no part of any reading of the message.)
    const message = text.replace(OWN_REMARK, "");
    const answered = withoutLeadBeforeColon(message, withNameAsked(message, withOfferedPair(message, withComparison(message, withChoiceOfTwo(message, withRestatement(message, withDetailsAsked(message, withoutTalkAfter(message, withoutHedgedGuess(message, answerQuestionsOf(message, now), now), now), now), now), now), now), now), now), now);
    const refuted = answered.status === "answered" ? refutedPremise(message, now) : null;
    return refuted ? combineAnswers([refuted, answered]) : answered;
  }

  /**
   * "A colleague in The Hague asked me: where is the OSCE Secretariat?", "Quick one before next year's
   * planning meeting: how many participating States are there?": where the whole is not answered, a
   * question after the reporter's lead-in and its colon is asked alone — a lead-in that dates nothing
   * (a time of its own may be the question's) and names nothing unless it tells who is asking.
   */
  function withoutLeadBeforeColon(message: string, answer: Answer, now: Date): Answer {
    const m = LEAD_THEN_QUESTION.exec(message);
    if (answer.status === "answered" || !m) return answer;
    const lead = readings.read(m[1]!, now);
    // ("doing a swiss/serbia explainer: …": what the reporter is writing may name anything.)
    if (lead.times.some((t) => !t.relative) || lead.ask !== null || lead.yesNo || (lead.entities.length > 0 && !WHO_ASKS.test(m[1]!) && !PURPOSE_TALK.test(m[1]!))) return answer;
    // ("marta kowalsky: what did she run?": "she" is the one the lead names, whom the table does not know.)
    if (lead.unknown.some((u) => u.properNoun) && PERSON_PRONOUN.test(m[2]!)) return answer;
    const alone = answerQuestionsOf(m[2]!, now);
    return alone.status === "answered" ? alone : answer;
  }

  /** "Is the HCNM in The Hague or Vienna?": where the whole is not answered, the one of the two confirmed alone (choice-of-two.ts). */
  function withChoiceOfTwo(message: string, answer: Answer, now: Date): Answer {
    const choice = answer.status === "answered" ? null : choiceOfTwo(message, (t) => readings.read(t, now));
    if (!choice) return answer;
    return chosen([answerQuestionsOf(choice.asked[0], now), answerQuestionsOf(choice.asked[1], now)], choice.names) ?? answer;
  }

  /**
   * "Who chaired for more of 2018, Alfano or Moavero Milanesi?", "were there more participating States in
   * 1995 or in 2006?": where the whole is not answered, what it offers compared (comparisons.ts).
   */
  function withComparison(message: string, answer: Answer, now: Date): Answer {
    if (answer.status === "answered") return answer;
    return desk.answerLongerOfNames(message, now) ?? desk.answerFigureOfTwo(message, now) ?? answer;
  }

  /**
   * "HCNM seat — the hague or geneva?": where the whole is not answered, the question before the two
   * names offered, asked alone — its answer where it names one of them (offered-pair.ts).
   */
  function withOfferedPair(message: string, answer: Answer, now: Date): Answer {
    if (answer.status === "answered") return rankedWithinOffer(message, answer, now);
    const pair = offeredPair(message, (t) => readings.read(t, now));
    if (!pair) return answer;
    const alone = answerMessage(pair.question, now);
    if (alone.status === "answered" && namesOneOffered(alone, pair.names, desk.factById)) return alone;
    // ("osce PA secretariat - copenhagen or vienna?": two places offered for a question with no question word ask where.)
    const where = PLACE_TYPES.has(pair.names[0].type) && !LEADING_WH.test(pair.question) ? answerMessage(`where is ${pair.question}`, now) : null;
    return where?.status === "answered" && namesOneOffered(where, pair.names, desk.factById) ? where : answer;
  }

  /**
   * "the kazakh HCNM — name?": a name asked after a description with no question word, which read
   * alone asks nothing — asked as "who was …?". (Only then: "RFoM in 2019 — name?" is answered as it is.)
   */
  function withNameAsked(message: string, answer: Answer, now: Date): Answer {
    if (answer.status === "answered") return answer;
    const m = NAME_AFTER_DESCRIPTION.exec(message);
    if (!m) return answer;
    const asked = answerMessage(`who was ${m[1]!.trim()}?`, now);
    // (A name is a person's: "osce project co-ordinator in uzbekistan — name?" is no office's seat.)
    const namesPerson = asked.facts.some((f) => [...(desk.factById(f.id)?.values.values() ?? [])].flat().some((v) => v.kind === "entity" && v.entity.type === "person"));
    return asked.status === "answered" && namesPerson ? asked : answer;
  }

  /**
   * "who held the OSCE chair longer, Tazhin or Saudabayev?": a ranking or comparison between two names
   * offered is answered by one of them — a ranking over everyone (Italy's 1994 chairmanship) that
   * names neither misread the question.
   */
  function rankedWithinOffer(message: string, answer: Answer, now: Date): Answer {
    // (Names are offered with "or": without it there is nothing to read again.)
    if (!/\bor\b/i.test(message)) return answer;
    const parse = readings.read(message, now);
    if (parse.operations.size === 0) return answer;
    const pair = offeredPair(message, (t) => readings.read(t, now));
    // ("Greminger, Kubis or Zannier": any name of the kind the list offers.)
    if (!pair || namesAny(answer, parse.entities.map((m) => m.entity).filter((e) => e.type === pair.names[0].type))) return answer;
    return unknown(`I don't know: I could not compare ${pair.names[0].name} and ${pair.names[1].name} as asked.`);
  }

  /**
   * "who was the 2010 CiO's boss, i.e. kazakh president at the astana summit?": the question said again
   * after "i.e." is the reporter's own clarification — where it is answered, that answer; where it is
   * not ("…, i.e. the two chairs?" adds nothing to ask), the question as first said.
   */
  function withRestatement(message: string, answer: Answer, now: Date): Answer {
    const r = restated(message);
    // ("…, i.e. his successor at nato": a person pointed at by a pronoun is the first wording's, so the clarification is no question alone.)
    if (!r || PERSON_PRONOUN.test(r.again)) return answer;
    // (What the clarification leaves unsaid is the question's: "who chaired in 2010, i.e. which country?")
    const [first, second] = [readings.read(r.said, now), readings.read(r.again, now)];
    // (Its times only: a name the first wording says may be the answer the clarification asks for —
    // "which chair decided malta for 2024, i.e. which country was chairing in 2023?".)
    const carried = second.times.length ? [] : first.times.map((t) => t.label);
    const clarified = answerQuestionsOf(carried.length ? `${r.again.replace(/\?$/, "")} ${carried.join(" ")}?` : r.again, now);
    return clarified.status === "answered" ? clarified : answer;
  }

  /**
   * "current osce SG? turkish former FM i think": where the reporter's hedged guess after the question
   * leaves the whole unanswered, the question is answered alone — the guess neither confirmed nor used.
   */
  function withoutHedgedGuess(message: string, answer: Answer, now: Date): Answer {
    if (answer.status === "answered" || !HEDGE_WORD.test(message)) return answer;
    const m = HEDGED_GUESS_AFTER.exec(message);
    if (!m) return answer;
    const alone = answerQuestionsOf(m[1]!, now);
    return alone.status === "answered" ? alone : answer;
  }

  /**
   * "moratinos CiO in 2008? my colleague swears it", "… 1997? 🤔": where the whole is not answered, the
   * question before the reporter's talk after its "?" is answered alone — talk that names, dates, counts
   * or asks nothing, and confirms nothing ("… ? right" is a check of its own).
   */
  function withoutTalkAfter(message: string, answer: Answer, now: Date): Answer {
    const m = QUESTION_THEN_TALK.exec(message);
    if (answer.status === "answered" || !m) return answer;
    const talk = readings.read(m[2]!, now);
    const echoed = answerQuestionsOf(m[1]!, now);
    if (talkEchoesAnswer(m[2]!, talk, readings.read(m[1]!, now), echoed, cueConcepts, explainedBy(echoed.intent?.relation))) return echoed;
    if (CONFIRMS_OR_DENIES.test(m[2]!)) return answer;
    // ("… ? writing a swiss-neutrality explainer": what the answer is for may name anything.)
    const purpose = (PURPOSE_TALK.test(m[2]!) || WRITING_ABOUT.test(m[2]!)) && talk.ask === null && !talk.yesNo && talk.numbers.length === 0;
    // ("my editor says so": words of the reporter's own may say things, as long as they name nothing.)
    // ("… ? colleague says 1995", "… ? finland chaired": a remark that asks for nothing more may name and date things — it is no part of the question.)
    // (Not after a yes/no question: "did any other party pass? i think nur otan took everything" says what the question is about.)
    // (Nor a guess at the answer said with "say", "think", "heard": withoutHedgedGuess reads those — "… ? some say 20 mar".)
    // ("… ? can't find a name on the site": the reporter's own trouble, no question, though it reads as a "can't …?".)
    const trouble = OWN_TROUBLE.test(m[2]!) && talk.entities.length === 0 && talk.times.length === 0;
    const remark = trouble || (!ASKS_MORE.test(m[2]!) && !GUESS_SAID.test(m[2]!) && talk.ask === null && !talk.yesNo && talk.operations.size === 0 && !readings.read(m[1]!, now).yesNo);
    // ("… in 2017? austria year", "(kaz year)": whose year it was, said by the way — the question names its year.)
    const whoseYear = WHOSE_YEAR.test(m[2]!) && talk.entities.length === 1 && talk.entities[0]!.entity.type === "country" && (talk.ask === null || talk.ask === "time") && !talk.yesNo;
    if (!purpose && !remark && !whoseYear && (talk.ask !== null || talk.yesNo || talk.entities.length > 0 || talk.times.length > 0 || talk.numbers.length > 0 || (talk.concepts.size > 0 && !OWN_WORDS.test(m[2]!)))) return answer;
    return echoed.status === "answered" ? echoed : answer;
  }

  /**
   * "sofia ministerial — year + ordinal": where the whole is not answered, the thing named is asked
   * alone; its one fact answers where it says every detail wanted (understand/attribute-asks.ts).
   */
  function withDetailsAsked(message: string, answer: Answer, now: Date): Answer {
    const asks = attributeAsks(message);
    if (!asks) return answer;
    // ("portugal's chair - year, CiO, MC city?": an answer that says only some of the details wanted is half an answer, never the whole.)
    if (answer.status === "answered") return missesPlainDetail(answer.text, asks.details) ? combineAnswers([answer, unknown("")]) : answer;
    const alone = answerQuestionsOf(asks.main, now);
    return alone.status === "answered" && alone.facts.length === 1 && saysDetails(alone.text, asks.details) ? alone : answer;
  }

  /** "bloomberg has X on 80.7% — is that the final figure?": a claim, then its tag, read as one claim of a final figure. */
  function withFinalTagInClaim(message: string, now: Date): string {
    const tag = FINAL_TAG.exec(message);
    // (Only where the tag would be asked alone, as a second question: read whole, it is already the claim's.)
    return tag && desk.questionClauses(message, now).length > 1 ? `${message.slice(0, tag.index)}, final?` : message;
  }

  function answerQuestionsOf(message: string, now: Date): Answer {
    const said = withoutPremiseLead(withoutContrastedVerb(withoutGuessAfterDash(withFinalTagInClaim(message, now).replace(COUNT_REMARK_SAID, "?").replace(CHANGE_REMARK, "?").replace(BOTH_IF_REMARK, "").replace(FORM_REMARK, "").replace(OWN_REMARK, "").replace(PURPOSE_REMARK, "").replace(NEEDED_FOR, "").replace(REPLY_FORM, "").replace(THANKS_END, "").replace(OR_JUST_ALTERNATIVE, "?").replace(MENTION_ASIDE, "").replace(CONCESSION_AFTER_QUESTION, withoutConcession).replace(THE_KIND_ONE, " $1?").replace(SO_THEN_CLAIM, soThenClaim))), now);
    const asked = questionAfterContext(said, (t) => readings.read(t, now)) ?? said;
    const text = withCurrentHolderNamed(asked, (q) => desk.answerClause(q, now)) ?? asked;
    const sides = bothSidesAsked(text);
    if (sides) return combineAnswers([answerQuestionsOf(sides[0], now), answerQuestionsOf(sides[1], now)]);
    // ("which time was Switzerland's 2026 chairmanship - first, second or third?": one question across the dash.)
    const nth = desk.answerWhichTime(text, now) ?? desk.answerFirstInYears(text, now) ?? desk.answerHowLongWhen(text, now) ?? desk.answerHoldersPerYear(text, now) ?? desk.answerConsecutiveGap(text, now) ?? desk.answerSincePrevious(text, now);
    if (nth) return nth;
    const then = desk.answerThenOfContext(text, now) ?? desk.answerExpectedOutcome(text, now) ?? desk.answerRanked(text, now) ?? desk.answerDayOfYear(text, now) ?? desk.answerHomeMeeting(text, now) ?? desk.answerNameFollowUp(text, now) ?? desk.answerAlways(text, now);
    if (then) return then;
    const clauses = desk.questionClauses(text, now);
    if (clauses.length > 1) return combineAnswers(withoutTopicLead(clauses, withAsksMet(clauses, withPartsSaidAlready(clauses, desk.answerInTurn(clauses, now), (t) => readings.read(t, now), desk.factById))));
    // "first SG + current SG?": a plus joins two asks; where each part is answered, that is the answer.
    const joined = /\s\+\s/.test(text) ? desk.answerJoinedAsks(text, now) : null;
    if (joined) return joined;
    // "which country chaired the OSCE that year?" asked alone refers to no year: never today's.
    const anaphor = TIME_ANAPHOR.exec(clauses[0]!.text);
    // ("in december of that year": a month said with it is of that year too, never the last December.)
    if (anaphor && !clauses[0]!.joined && readings.read(clauses[0]!.text, now).times.every((t) => t.relative))
      return unknown(`I don't know which time "${anaphor[0].trim()}" means: please say the year or date.`);
    // ("which country took the chair there?" asked alone names no place: never today's chair. A place
    // the question itself asks of is what "there" stands for: "capital city name when the summit was held there?")
    const place = PLACE_ANAPHOR.exec(clauses[0]!.text);
    if (place && !clauses[0]!.joined && !PLACE_ASKED.test(text) && !readings.read(text, now).entities.some((e) => PLACE_TYPES.has(e.entity.type)))
      return unknown(`I don't know which place "there" means: please name it.`);
    // ("how many were hurt in those riots?" asked alone: which riots is not said — never the latest ones.)
    const thing = THING_ANAPHOR.exec(clauses[0]!.text);
    const thingRead = thing && !clauses[0]!.joined ? readings.read(clauses[0]!.text, now) : null;
    if (thing && thingRead && thingRead.times.length === 0 && thingRead.entities.every((e) => e.entity.type === "organization"))
      return unknown(`I don't know which ones "${thing[0].trim()}" means: please name them or say the year.`);
    // ("aida tokayeva — was she ever …?": a yes/no about "she" where the message names no one we know is
    // about no one — never "Yes" from whoever held the post; nor "audrey clover — what did she lead?".)
    // (Asked with a question word, only where the message names someone we do not know: "where did he
    // make that threat?" may be about the one the table's threat is of.)
    const someone = PERSON_SUBJECT.exec(clauses[0]!.text) ?? (PERSON_SUBJECT_ASKED.test(clauses[0]!.text) && readings.read(text, now).unknown.some((u) => u.properNoun) ? PERSON_SUBJECT_ASKED.exec(clauses[0]!.text) : null);
    if (someone && !clauses[0]!.joined && !readings.read(text, now).entities.some((e) => e.entity.type === "person"))
      return unknown(`I don't know who "${someone[1]}" is: please ask with the name.`);
    // ("number of pS in 1975 and today": a time joined after the question's own is a second ask, never dropped.)
    const andNow = AND_NOW.test(text) ? desk.answerJoinedAsks(text, now) : null;
    if (andNow) return andNow;
    const whole = withDecadeSaid(clauses[0]!.text, desk.answerClause(clauses[0]!.text, now, !clauses[0]!.joined));
    return whole.status === "answered" ? (bothPartsOverOne(text, whole, now) ?? whole) : (desk.answerJoinedAsks(text, now) ?? whole);
  }

  /**
   * "what did tokayev get in 2022, and how long is the presidential term now?": a whole that answers
   * only one of two questions joined by ", and" (its kinds of fact are one part's, none the other's) dropped
   * the other — each is answered in turn, where each is. (One fact that answers both parts is the
   * whole's answer: "which stop was Almaty on Passy's tour, and how long was it".)
   */
  function bothPartsOverOne(text: string, whole: Answer, now: Date): Answer | null {
    const parts = andAskedParts(text);
    if (!parts) return null;
    const answers = parts.map((p) => desk.answerClause(p, now));
    if (answers.some((a) => a.status !== "answered")) return null;
    // (By kind of fact: "… in 2019, and how long is the term now?" read whole dates the term 2019.)
    const kinds = (a: Answer) => new Set(a.facts.map((f) => f.relation));
    const [own, first, second] = [kinds(whole), kinds(answers[0]!), kinds(answers[1]!)];
    const onlyOf = (part: Set<string>, other: Set<string>) => [...own].some((k) => part.has(k)) && ![...own].some((k) => other.has(k));
    return onlyOf(first, second) || onlyOf(second, first) ? combineAnswers(answers) : null;
  }

  /**
   * "Since Greece chaired in 2010, who chaired in 2009?": a premise dated and naming something is a
   * claim the table can check; where it says "No", that is said before the answer, never passed over.
   */
  function refutedPremise(message: string, now: Date): Answer | null {
    const m = PREMISE_LEAD.exec(message);
    if (!m) return null;
    const premise = readings.read(m[1]!, now);
    if (premise.entities.length === 0 || premise.ask !== null || premise.times.filter((t) => !t.relative).length !== 1) return null;
    // ("the 2012 MC took place in Vilnius": a statement that begins with no name is checked as said, a claim.)
    const asked = desk.answerClause(`${m[1]!}?`, now);
    const checked = asked.status === "answered" ? asked : desk.answerClause(`${m[1]!}.`, now);
    // ("Not in Vilnius: …" refutes it too.)
    return checked.status === "answered" && /^(?:No|Not)\b/.test(checked.text) ? { ...checked, text: `Your premise: ${checked.text}` } : null;
  }

  /**
   * "Since Kazakhstan chaired in 2009, who chaired in 2010?": a leading clause of reason ("since",
   * "because", "given that" and a name) is the reporter's premise, never a time after it; a question
   * with no pronoun to refer back to it is asked alone. ("Since 2010, who has chaired?" dates it.)
   */
  function withoutPremiseLead(text: string, now: Date): string {
    const m = PREMISE_LEAD.exec(text);
    if (!m) return text;
    const [premise, question] = [readings.read(m[1]!, now), readings.read(m[2]!, now)];
    if (premise.entities.length === 0 || premise.ask !== null) return text;
    // ("Since Kazakhstan chaired in 2010, who was its CiO?": a pronoun refers back — the premise is said first, as context.)
    // (So does "that year": "Since Finland chaired in 2025, was that year's Council in Helsinki?")
    if (PRONOUN.test(m[2]!) || /\b(?:that|the\s+same)\s+(?:year|yr)\b/i.test(m[2]!)) return `${m[1]!}. ${m[2]!}`;
    // (Only a question whole without it: "as Malta chaired in 2024, where was the ministerial council?" is dated by it.)
    return question.entities.length + question.times.length > 0 ? m[2]! : text;
  }
  return { answerMessage, answerQuestionsOf };
}
