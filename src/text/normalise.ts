/**
 * Text clean-up shared by questions, aliases, lexicon phrases and patterns, so that all of them
 * meet in one form: lower case, accents folded, hyphens and punctuation as spaces.
 */

/** Questions longer than this are cut before parsing: a bound on work per question, whatever arrives. */
export const MAX_QUESTION_CHARS = 500;

import { foldConfusables } from "./confusables.js";
import { remembered } from "./memo.js";

const LETTER_FOLDS: Record<string, string> = {
  ß: "ss", ł: "l", Ł: "l", ø: "o", Ø: "o", æ: "ae", Æ: "ae", œ: "oe", Œ: "oe", đ: "d", Đ: "d", ı: "i", þ: "th",
};

// Chat-platform markup that must never reach parsing or an answer: user/role/channel mentions,
// mass mentions, Slack special commands, and links.
const PLATFORM_MARKUP =
  /<[@#!][^>\s]{0,80}>|<https?:[^>\s]{0,500}>|@(?:everyone|here|channel)\b|https?:\/\/\S+/gi;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// Zero-width and bidi formatting characters: removed, not turned into spaces, so "Kaz\u200bakhstan" or
// a name wrapped in a right-to-left override is still the name.
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff]/g;
const NON_ASCII = /[^\u0000-\u007f]/;
/** Markdown marks (and the ">" of a quoted line): spaces in a question. */
const MARKDOWN = /[*_~`|>#]/;
const MARKDOWN_RUNS = /[*_~`|>#]+/g;
const COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

const SPELLED_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SPELLED_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const SPELLED_PERCENT = new RegExp(`\\b(${SPELLED_TENS.join("|")})(?:[\\s-]+(${SPELLED_UNITS.join("|")}))?(\\s*(?:%|percent\\b|per\\s+cent\\b))`, "gi");
const SMALL_NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
/** A number in words before a length of time that is counted back: "fifteen years ago", "twenty-five years before". */
const SPELLED_SPAN = new RegExp(`\\b((?:${SPELLED_TENS.join("|")})(?:[\\s-]+(?:${SPELLED_UNITS.join("|")}))?|${SMALL_NUMBERS.slice(2).join("|")})\\s+(years?|months?|decades?)(?=\\s+(?:ago|earlier|later|before|after)\\b)`, "gi");

function spelledValue(words: string): number {
  const [first, second] = words.toLowerCase().split(/[\s-]+/) as [string, string?];
  const small = SMALL_NUMBERS.indexOf(first);
  if (small >= 0) return small + 1;
  return SPELLED_TENS.indexOf(first) * 10 + 20 + (second ? SPELLED_UNITS.indexOf(second) + 1 : 0);
}
const SOURCE_NOUN = /\b(per|according to|citing)\s+((?:(?:the|that|this|a|an)\s+)?(?:[\w.'-]+\s+){0,3}?)(?:press\s+)?(?:reports?|reporting|releases?|readouts?|articles?|piece|story|stories|statements?|coverage)\b/gi;
const PUBLISHER_ONLY = /^(?:(?:the|that|this|a|an)\s+)?(?!(?:the|that|this|a|an)\s)[a-z][a-z./]{1,5}\s+$/i;

/** Strip platform markup and invisible characters, normalise quotes and spaces; keeps case. */
export const cleanQuestion = remembered(cleanQuestionOnce);

function cleanQuestionOnce(raw: string): string {
  let text = plainText(raw);
  // (Each rewrite in these phases is tried only where a word it needs is in the text: most have none.)
  text = countsAndFigures(text);
  text = asidesAndChecks(text);
  text = termsAndClaims(text);
  text = postsAndTimeWords(text);
  return text.length > MAX_QUESTION_CHARS ? text.slice(0, MAX_QUESTION_CHARS) : text;
}

/**
 * Plain text, case kept: cut to a bound, invisible and control characters and platform markup out,
 * quotes, markdown and spaces made plain, and the few marks that stand for words spelled out.
 */
function plainText(raw: string): string {
  let text = raw.length > MAX_QUESTION_CHARS * 4 ? raw.slice(0, MAX_QUESTION_CHARS * 4) : raw;
  // (Plain ASCII is its own NFKC form and has no invisible characters: most questions skip both.)
  if (NON_ASCII.test(text)) text = text.normalize("NFKC").replace(INVISIBLE, "");
  text = foldConfusables(text.replace(CONTROL, " ")).replace(PLATFORM_MARKUP, " ");
  // A leading "@botname" or "botname:" addressing the bot.
  text = text.replace(/^\s*@[\w.-]{1,40}[\s,:]+/, " ");
  text = text.replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'").replace(/[\u201c\u201d\u00ab\u00bb]/g, '"');
  // ("the ...th participating State", "the __th Council": a blank before an ordinal's ending asks which number.)
  text = text.replace(/(?:\.{2,}|…|_{2,}|\?{2,})\s*(?:st|nd|rd|th)\b|\bnth\b|\bwhat-?th\b/gi, " what number ");
  // ("montenegro became participating state number…?": a number left blank at the end asks which.)
  // (Only of what became or was that number — "nazarbayev's number?", "is that the final number?" ask the figure.)
  text = text.replace(/\b((?:became|become|becomes|was|is|joined\s+as)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3})(?<!\b(?:final|right|correct|exact|official|cec|that|this|it|his|her|their|its|same|real|actual|true|prelim|preliminary)\s+)number\s*(?:\.{2,}|…|_{2,})?\s*\?+\s*$/iu, "$1what number?");
  // ("which summit in sequence was Astana?", "what Council in the series was Vilnius": which number.)
  if (/\b(?:sequence|series)\b/i.test(text)) text = text.replace(IN_SEQUENCE_ASKED, "$1 number $2");
  // ("the O.S.C.E.", "the U.S.": an acronym written with dots is the acronym.)
  if (/\b[a-z]\.[a-z]\./i.test(text)) text = text.replace(/\b((?:[a-z]\.){2,})(?![a-z])/gi, (m) => m.replace(/\./g, ""));
  // ("astana -> nur-sultan rename": an arrow between two names is "to".)
  if (/->|=>|→|⇒/.test(text)) text = text.replace(/\s*(?:-+>|=>|→|⇒)\s*/g, " to ");
  // ("# of Partners": the number sign is the word "number", not markup.)
  text = text.replace(/(^|\s)#\s*of\b/gi, "$1number of");
  // ("CiO(s)": one or more, a plural; "the turkish ex-FM": a former one.)
  if (/\(s\)|\bex-\p{L}/iu.test(text)) text = text.replace(/(\p{L})\(s\)/gu, "$1s").replace(/\bex-(?=\p{L})/giu, "former ");
  // ("what was his job back home?": a post in his own country, which every post of his is — never a home asked.)
  if (/\bhome\b/i.test(text)) text = text.replace(/\b((?:jobs?|posts?|positions?|roles?|titles?|offices?)(?:\s+(?:was|were|is|are))?|hold|holds|held|had|have)\s+(?:back\s+home|at\s+home)\b/gi, "$1");
  // ("who took over as CiO after de hoop scheffer left?": the one after the person who left — the leaving
  // itself names no other post.)
  if (/^\W*who\b.*\bafter\b/i.test(text)) text = text.replace(/\b(after\s+(?:[\p{L}'-]+\s+){0,3}[\p{L}'-]+)\s+(?:left|quit|stepped\s+down|stood\s+down|resigned|departed)\s*([?.!]*)\s*$/iu, "$1$2");
  // ("X went on to serve as President of the OSCE PA": a post held later, named — no post left the Chair for.)
  if (/\bon\s+to\s+serve\b/i.test(text)) text = text.replace(/\b(went|go|goes|gone)\s+on\s+to\s+serve\s+as\b/gi, (_, v: string) => `later ${({ go: "serve", goes: "serves" } as Record<string, string>)[v.toLowerCase()] ?? "served"} as`);
  // ("where's the summit gonna be?": chat spelling of "going to", which asks of what is still to come.)
  if (/\bgonna\b/i.test(text)) text = text.replace(/\bgonna\b/gi, "going to");
  if (MARKDOWN.test(text)) text = text.replace(MARKDOWN_RUNS, " ");
  // (Each run of spaces, and any other space character, becomes one space; a lone space is left as it is.)
  return text.replace(/\s\s+|(?! )\s/g, " ").trim();
}

/**
 * Counts and figures said loosely: "incl. this year", an example offered, numbers in words, half or a
 * majority of the vote.
 */
const DOERS_COUNTED = /\bby\s+how\s+many\s+(?=(?:participating\s+)?(?:states|countries|nations|governments|members|signatories|people|delegations)\b)/gi;

const BACK_AFTER_BEING = /\bto\s+(?:the\s+name\s+)?([\p{L}-]+)\s+after\s+being\s+(?:called\s+|named\s+)?([\p{L}-]+)(\s*\?*\s*)$/iu;
function countsAndFigures(text: string): string {
  // ("how many times has it chaired, incl. this year": up to now, with this year in; "… (incl 2026)": up to 2026.)
  if (/\b(?:incl|including|inclusive|counting)\b/i.test(text))
    text = text.replace(/\b(?:incl\.?|including|inclusive of|counting)\s+(?:this\s+(?:year|one)|the\s+current\s+(?:year|one))\b/gi, "so far").replace(/(?:\(\s*)?\b(?:incl\.?|including|inclusive of)\s+((?:19|20)\d\d)\s*\)?\s*[?.!]*$/i, "up to $1");
  // ("… go back to the name Astana after being Nur-Sultan?": the name before and the name after, in that order.)
  if (/\bafter\s+being\b/i.test(text)) text = text.replace(BACK_AFTER_BEING, "from $2 to $1$3");
  // ("the winner took over 90 percent": more than a figure, never a takeover.)
  if (/\bover\s+\d/i.test(text)) text = text.replace(/\b(took|take|takes|taking)\s+over(?=\s+\d)/gi, "$1 more than");
  // ("the Final Act, signed by how many states": the doers counted, no difference — that is "by how many points/years".)
  if (/\bby\s+how\s+many\b/i.test(text)) text = text.replace(DOERS_COUNTED, "how many ");
  // ("CiO in, say, June 2000", "in, let's say, 2005": an example offered is the thing asked, "say" no statement.)
  if (/,\s*(?:let'?s\s+)?say\s*,/i.test(text)) text = text.replace(/\s*,\s*(?:let'?s\s+)?say\s*,\s*/gi, " ");
  // ("fifteen years ago", "two decades ago": a count of time in words is the count.)
  if (/\b(?:ago|earlier|later|before|after)\b/i.test(text)) text = text.replace(SPELLED_SPAN, (_, words: string, unit: string) => `${spelledValue(words)} ${unit}`);
  // ("more than half the vote": a share compared with half is one compared with 50%.)
  if (/\bhalf\b/i.test(text))
    text = text.replace(/\b(more than|over|less than|under|at least|above|below)\s+(?:a\s+)?half(?:\s+of)?(?=\s+the\s+(?:vote|votes|ballots?)\b)/gi, "$1 50% of");
  // ("won a majority of the vote": more than half of it. Not of seats, whose total the facts may not give.)
  if (/\bmajority\b/i.test(text)) text = text.replace(/\b(?:an?\s+(?:absolute\s+|outright\s+|clear\s+)?|the\s+)majority\s+of\s+(?=the\s+(?:vote|votes|ballots?)\b)/gi, "more than 50% of ");
  // ("tokayev 2019 — 70.76 or 70.96?": two figures with decimals offered, no unit said, are shares of the vote.)
  if (/\d\.\d+\s+or\s+\d/.test(text)) text = text.replace(/(?<![\d.,])(\d{1,2}\.\d{1,2})\s+or\s+(\d{1,2}\.\d{1,2})(?![\d.,]|\s*(?:%|[\p{L}]))/gu, "$1% or $2%");
  // ("ninety-one percent": a figure in words is the figure.)
  if (/%|percent|per\s+cent/i.test(text))
    text = text.replace(SPELLED_PERCENT, (_, tens: string, unit: string | undefined, rest: string) => `${SPELLED_TENS.indexOf(tens.toLowerCase()) * 10 + 20 + (unit ? SPELLED_UNITS.indexOf(unit.toLowerCase()) + 1 : 0)}${rest}`);
  return text;
}

/**
 * What a reporter says around the question: a colleague's name, the part already known, a check asked
 * by a tick, "yes/no", "=", "right year?" or "true or false"; a leading year clause; WHO before a post.
 */
const DESCRIBED_WHO = /^(?!\W*(?:who|what|which|when|where|how|did|does|do|was|is|were|are|has|have)\b)(.*?)\s+(?:is|was)\s+(an?\s+(?:[\w-]+\s+){0,3}?(?:diplomat|politician|minister|national|citizen))\s+who\s+/i;
const GAP_BETWEEN_HOLDERS = /(\b(?:empty|vacant|vacancy|unfilled)\b[^?]*?\b(?:19|20)\d\d\b[^?]*?),?\s+between\s+(?!(?:19|20)\d\d\b)[^,?;]+?\s+and\s+[^,?;]+?(?=\s*[?,;]|\s*$)/i;
const NATIONALITY_AFTER_ONE_DESCRIBED = /(^|[,;:.!]\s+)(?!\W*(?:who|whom|whose|what|which|when|where|how|nationality)\b)([^,;:.!?—–]{3,}?)\s*(?:[—–:;,]|\s-)\s*(?:(?:his|her|their)\s+)?(?:nationality|country\s+of\s+origin)\s*\?*\s*$/i;
const NAMED_AND_WHO_ELSE = /(^|[:;,—–]\s*)([^:;,—–?.!]+?)\s+and\s+who\s+else\b/i;

/** "denmark 1997 + poland 1998 CiOs?": two names, each with its year, and one thing asked of both. */
const TWO_DATED_NAMES_ONE_ASK = /^(\W*)((?:[\p{L}'-]+\s+)?[\p{L}'-]+)\s+((?:19|20)\d\d)\s+(\+|and)\s+((?:[\p{L}'-]+\s+)?[\p{L}'-]+)\s+((?:19|20)\d\d)\s+(?!(?:\S+\s+)?(?:how|why|what|when|where|who|which)\b)([\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s*\?/iu;

function asidesAndChecks(text: string): string {
  if (/\d\s+(?:\+|and)\s/i.test(text)) text = text.replace(TWO_DATED_NAMES_ONE_ASK, "$1$2 $3 $7 and $5 $6 $7?");
  // ("dates of the astana summit pls, going in the timeline box": where the answer goes, the reporter's work.)
  if (/\bgoing\s+in/i.test(text)) text = text.replace(/[\s,;:–—-]+(?:(?:it'?s|this\s+is|that'?s|all)\s+)?going\s+(?:in|into)\s+(?:the|a|an|my|our|tonight'?s|today'?s)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*[.!]*\s*$/iu, "");
  // ("colleague aigul says …", "marat's draft says …", "aliya from the desk asks …": a colleague's name is the reporter's talk, never a subject.)
  if (/\b(?:colleague|editor|producer|intern|boss|stringer|desk|newsroom|draft|piece|copy|notes|script)\b/i.test(text)) text = withoutColleagueNames(text);
  // ("…, the old capital included", "…, the current one too": one of those asked, said to be in the answer, which it is.)
  // ("how many … came in at prague (kaz incl)?", "… (incl almaty)": a name said in brackets to be counted in, which it is.)
  if (/\b(?:included|incl|including|too)\b/i.test(text)) text = text.replace(ONE_OF_THEM_INCLUDED, "").replace(NAME_INCLUDED_ASIDE, "");
  // ("how many ex-Soviet states, Kazakhstan among them, joined …?": one of those counted, said aside — never a limit on the count.)
  if (/\bamong\s+them\b/i.test(text)) text = text.replace(NAME_AMONG_THEM_ASIDE, "");
  // ("steinmeier or somebody else?", "astana or elsewhere?": a guess offered against anyone else is the guess alone.)
  if (/\belse(?:where)?\b/i.test(text)) text = text.replace(/\s+or\s+(?:(?:somebody|someone|something|anyone|anybody|anything|somewhere|anywhere)\s+else|elsewhere)\b/gi, "");
  // ("Schmid is a Swiss diplomat who became SG.": a "who" after what someone is opens no question — said
  // as "Schmid, a Swiss diplomat, became SG", the claim of both.)
  if (/\bwho\b/i.test(text)) text = text.replace(DESCRIBED_WHO, "$1, $2, ");
  // ("was the SG post empty in late 2024, between schmid and the turkish guy?": who came before and after a
  // gap dated by its own time only says where it was.)
  if (/\b(?:empty|vacant|vacancy|unfilled)\b/i.test(text)) text = text.replace(GAP_BETWEEN_HOLDERS, "$1");
  // ("SG who was appointed at the malta MC — nationality?": the nationality of the one described is asked.)
  if (/\b(?:nationality|origin)\W*$/i.test(text)) text = text.replace(NATIONALITY_AFTER_ONE_DESCRIBED, "$1nationality of $2?");
  // ("CiO 2003: scheffer and who else?": the one named is set aside, as "who besides" says it.)
  if (/\belse\b/i.test(text)) text = text.replace(NAMED_AND_WHO_ELSE, "$1who besides $2");
  // ("chair years? 1991 and ...", "the CiOs (alfano and?)": what the reporter has, and a gap for the rest — all of them asked.)
  if (/\band\s*(?:\.{2,}|…|\?)/i.test(text)) text = withoutKnownPart(text);
  // ("CiO all of 2009 — yes/no", "… y/n", "osce CiO in 2001? y/n": a check asked, as "…, right?" asks it; after a quote, the "?" asks it.)
  // ("copy says '…' ✅?", "… 👍/👎": a tick or a thumb at the end asks a check, as "…, right?" does; after a "?" it adds nothing.)
  if (CHECK_MARK_END.test(text)) text = text.replace(CHECK_MARK_END, (_, asked?: string) => (asked ? "?" : ", right?"));
  // ("ODIHR is in warsaw and HCNM is in vienna, right?": two statements joined, one tag — each is checked, as
  // "… and …?" asks them.)
  if (/\band\b/i.test(text)) text = text.replace(TWO_CLAIMS_TAGGED, "$1 and $2?");
  // ("HCNM seat — The Hague? quick yes/no": a check already asked with "?" stays as asked.)
  if (/\b(?:yes\s*\/\s*no|y\s*\/\s*n|yes\s+or\s+no)\W*$/i.test(text)) text = text.replace(/([?'"”’]?)[\s,;:?–—-]*\b(?:(?:quick|just|a|pls|please)\s+)?(?:yes\s*\/\s*no|y\s*\/\s*n|yes\s+or\s+no)\W*$/i, (_, end: string) => (end === "?" && CHECK_ASKED_AT_DASH.test(text) ? "?" : end && end !== "?" ? `${end}?` : ", right?"));
  // ("57th pS = mongolia?", "bucharest ministerial = 2001, 9th?": a value set equal to a thing is a check of it.)
  if (text.includes("=") && EQUALS_CHECK.test(text)) text = text.replace(/\s*=\s*/, " — ").replace(/[\s?]*(?:(?:pls\s+|please\s+)?confirm(?:\s+(?:pls|please))?)?[\s?.!]*$/i, ", right?");
  // ("In the year Mongolia joined, which country chaired?": a leading clause of the year is said after the question, where it dates it.)
  if (/^\W*in\s+the\s+(?:same\s+)?year\b/i.test(text)) text = text.replace(LEADING_YEAR_CLAUSE, (_, clause: string, question: string) => `${question.trim()} in the year ${clause.trim()}?`);
  // ("before malta got the 2024 chair, which country's candidacy was blocked?": an event said first dates the question after it.)
  // ("Since the CSCE became the OSCE in 1995, which countries have chaired it more than once?": a question in the
  // present perfect asks since the event's year — not "Since Kazakhstan chaired in 2009, who was its CiO?", a premise.)
  if (/^\W*since\s/i.test(text)) text = text.replace(SINCE_DATED_THEN_PERFECT, "$2 since $1?");
  if (/^\W*(?:before|after)\s/i.test(text)) text = text.replace(LEADING_EVENT_CLAUSE, (_, connector: string, clause: string, question: string) => `${question.trim()} ${connector.toLowerCase()} ${clause.trim()}?`);
  // ("Kazakhstan chaired in 2010, so who held it in 2011?": what comes after ", so" is a question of its own —
  // never one clause whose two years are both asked.)
  if (/,\s*so\s/i.test(text)) text = text.replace(SO_THEN_ASKED, ". ");
  // ("zannier got the SG job after turkey vetoed whom?", "… vetoed someone — who?": the one asked is in the
  // clause of time — asked as "who was vetoed by turkey before zannier got the SG job?".)
  // ("who became OSCE Secretary General after Turkey vetoed Plassnik?": the first to take the post after the event.)
  // ("which country handed the chairmanship over to Kazakhstan?": the verb of handing over said whole.)
  if (/\bover\s+to\b/i.test(text)) text = text.replace(HANDED_THING_OVER, "$1 over $2 to");
  // ("which countries joined the CSCE together with Slovenia?": at the time the one named did; a time said
  // after the name says that time already.)
  if (/\b(?:together\s+with|along\s+with|alongside|same\s+time\s+as)\b/i.test(text)) text = text.replace(SAME_TIME_AS, (_, asked: string, named: string, time?: string) => (time ? `${asked}${time}?` : `${asked} when ${named} did?`));
  // ("1994 CiOs — andreatta and then who?": the one after the name said.)
  if (/\bthen\s+who\b/i.test(text)) text = text.replace(THEN_WHO, "$1who came after $2?");
  if (/\bafter\b/i.test(text)) text = text.replace(BECAME_AFTER, "who was the first $1 after $2");
  if (/\bafter\b/i.test(text)) text = text.replace(ASKED_IN_EVENT, (_, main: string, subject: string, verb: string) => `who was ${verb} by ${subject} before ${main.trim()}?`);
  // ("WHO director-general in 2020": the World Health Organization in capitals, before a post — never the question word.)
  if (/\bWHO\b/.test(text)) text = text.replace(/\bWHO(?=\s+(?:director|dg|chief|head|boss|spokes))/g, "World Health Organization");
  // ("Nazarbayev resigned in 2019 — right year?": the kind of thing checked adds nothing to the check, and its
  // "year" asks no time.)
  if (KIND_CHECKED_END.test(text)) text = text.replace(KIND_CHECKED_END, ", right?");
  // ("Who held the chair in 2014, country and minister?": the parts the answer should name, after a who-question
  // whose answer names them — never words that pick another relation ("minister" for the Ministerial Council).)
  if (/^\W*who\b/i.test(text) && PARTS_NAMED_END.test(text)) text = text.replace(PARTS_NAMED_END, "?");
  // ("ODIHR spelled out, for first reference": the newsroom's first mention of a name — the reporter's use, never a "first" asked.)
  if (/\b(?:first|second)\s+(?:reference|ref|mention)\b/i.test(text)) text = text.replace(/[\s,(–—-]*\b(?:for|on|in)?\s*(?:the|a)?\s*(?:first|second)\s+(?:reference|ref|mention)\b[)]?/gi, " ");
  // ("Montenegro joined in 2006 - true or false?": the claim put up for checking, as when the words lead.)
  if (/\b(?:true|false)\s+or\s+(?:false|true)\W*$/i.test(text)) text = text.replace(/^(.{8,}?)[\s,.;:–—-]*\b(?:true\s+or\s+false|false\s+or\s+true)\W*$/i, "true or false: $1");
  return text;
}

/**
 * Chair terms and claims about them: "… now", years in two digits, two terms asked at once, the
 * reporter's reason or source, "the last quarter", "ran unopposed", "2017 to now".
 */
function termsAndClaims(text: string): string {
  // ("names of the OSCE SGs since 2011?": the names asked at the head of a message are those things named — "name the …".)
  if (/^\W*names\s+of\s/i.test(text)) text = text.replace(/^(\W*)names\s+of\s+/i, "$1name ");
  // ("how many times has it chaired now?": the turns up to now, never the one of this year alone.)
  if (/\bhow\s+many\s+times\b/i.test(text)) text = text.replace(/(\bhow\s+many\s+times\s+(?:has|have)\b[^?.!]*?)\b(?:now|by\s+now|as\s+of\s+now)(?=\W*$)/i, "$1so far");
  // ("sweden 21 / poland 22", "greece 09 / kaz 10 / lithuania 11": a name and a year's two digits, listed, are those years.)
  if (/\b[a-z]+\s+\d\d\s*[/+&]\s*[a-z]+\s+\d\d\b/i.test(text)) text = text.replace(SHORT_YEARS_LISTED, (list: string) => list.replace(/\b(\d\d)\b/g, (yy: string) => `${Number(yy) >= 75 ? 19 : 20}${yy}`));
  // ("which ministerial confirmed the 2021 and 2022 chairs?": each year is a term's, never the time of
  // the decision — the question asked of each term in turn.)
  if (/\d\d\s*(?:and|&|\+|\/)\s*(?:19|20)\d\d\s+(?:chair|chairmanship|presidenc|term)/i.test(text)) text = eachTermAsked(text);
  // ("the 2025 MC was in helsinki since finland chaired, yeah?": the reporter's reason for a claim is no part of it.)
  // (Never the "since" of a time counted: "how many years since Kazakhstan chaired?".)
  if (/\b(?:since|because|cos|coz|cuz|bc|as)\s+\S+\s+(?:chaired|was\s+chairing|held\s+the\s+chair|had\s+the\s+chair)\b/i.test(text) && !/\bhow\s+(?:many|long)\b|\b(?:years?|yrs?|months?|days?|time|long)\s+since\b/i.test(text)) text = text.replace(REASON_FOR_CLAIM, "");
  // ("1998 MC was in oslo even tho poland chaired — true?": a claim conceded beside another is claimed too.)
  if (/\b(?:even\s+(?:though|tho)|although|altho)\s/i.test(text) && !/^\W*(?:who|what|when|where|which|how|why)\b/i.test(text)) text = text.replace(CONCEDED_CLAIM, " and ");
  // ("what was odihr called before it got its current name?": the current name is the anchor of "before", never
  // the time asked — the same as "before it was renamed".)
  if (/\bbefore\b.*\b(?:current|present)\s+name\b/i.test(text)) text = text.replace(/\bbefore\s+(?:it\s+(?:got|took|received|adopted|acquired|was\s+given)\s+)?(?:its|the)\s+(?:current|present)\s+name\b/gi, "before it was renamed");
  // ("who chaired when the capital was called Akmola?": a clause of the name it had is the whole time it
  // had it, as "while Akmola was the capital" — never the day of the renaming alone.)
  if (/\b(?:when|while)\s+(?!(?:was|were|did|is)\b)\S.*\b(?:called|named|known\s+as)\b/i.test(text)) text = text.replace(WHEN_CALLED, "while $2 was $1");
  // ("when was Montenegro seated?": a State taking its seat, its verb split by the question — said as "Montenegro was seated".)
  if (/\bseated\b/i.test(text)) text = text.replace(WHEN_SEATED, "$1 $3 $2 seated");
  // ("what names has the office gone by?", "… been known by", "what names did it go by": the names it had.)
  if (/\bnames\b.*\b(?:go|gone|went|known)\b/i.test(text)) text = text.replace(NAMES_GONE_BY, "$1had").replace(NAMES_WENT_BY, "$1have");
  // ("in the last quarter of 2009": the fourth quarter — never "the last" of the things asked.)
  if (/\b(?:last|final|latter)\s+(?:quarter|half)\s+of\b/i.test(text)) text = text.replace(/\b(?:last|final)\s+quarter\s+of\b/gi, "fourth quarter of").replace(/\b(?:last|final|latter)\s+half\s+of\b/gi, "second half of");
  // ("per the Dec 2006 report", "according to the 2004 press release": the source the reporter read is
  // cited by the answer; its date stays, to date the question.)
  // (A publisher said by a short name alone — "per the US statement", "per the OSCE release" — is no
  // name the question asks about; other words about the source stay: "the April 2011 inauguration report".)
  if (/\b(?:per|according to|citing)\s/i.test(text)) text = text.replace(SOURCE_NOUN, (_, lead: string, said: string) => (PUBLISHER_ONLY.test(said) ? `${lead} ` : `${lead} ${said}`));
  // ("who chaired in 2009 instead of kazakhstan?": a name set aside at the end is one denied — ", not Kazakhstan";
  // never "rather than in December", "other than the chair package". Without a year before it, "who chaired
  // instead of estonia?" asks who replaced Estonia, a reading of its own.)
  if (/\b(?:1[89]|20)\d\d\b.*\b(?:instead\s+of|in\s+place\s+of|rather\s+than|other\s+than)\s/i.test(text)) text = text.replace(/\s*,?\s+(?:instead\s+of|in\s+place\s+of|rather\s+than|other\s+than)\s+(?!(?:in|on|at|the|a|an|his|her|its|their|that|this|those|these)\b)((?:[\p{L}'’.-]+\s*){1,3}?)\s*([?.!]*)\s*$/iu, ", not $1$2");
  // ("did Nazarbayev run unopposed in 1991?": running in an election, never running (heading) something.)
  if (/\br[au]n(?:s|ning)?\s+(?:unopposed|uncontested|against|alone)\b/i.test(text)) text = text.replace(/\b(?:run|ran|runs|running)\s+(?=(?:unopposed|uncontested|against|alone)\b)/gi, "");
  // ("SGs 2017 to now": a year to now without its "from" is the same span.)
  // ("… in jan 1999 - date": a dash before "date" asks the date, never "to date".)
  if (/\d\s*(?:[-–]\s*(?:now|present|today)|(?:to|until|till)\s+(?:now|present|today|date|the\s+present))\b/i.test(text))
    text = text.replace(/(?<!\bfrom\s+)\b((?:19|20)\d\d)\s*(?:[-–]\s*(now|present|today)|(?:to|until|till)\s+(now|present|today|date|the\s+present))\b/gi, (_, year: string, a?: string, b?: string) => `from ${year} to ${a ?? b}`);
  return text;
}

/**
 * Posts taken and cities that host; chat shorthand and time words ("yrs", "in order", "the nineties",
 * "began 1994 as", "Y2K", "2 years back", "these days", "since Lisbon", "taken office", "combined");
 * "people who".
 */
function postsAndTimeWords(text: string): string {
  // ("who took over as SG in June 2005": taking over as a post is becoming it — no chairmanship.)
  // ("… took over as CiO from Kanerva" is a handover, kept.)
  if (/\bover\s+as\b/i.test(text) && !/\bover\s+as\b.*\b(?:from|after|when|replac\w*|succeed\w*)\b/i.test(text)) text = text.replace(/\b(took|take|takes|taking)\s+over\s+as\b/gi, (_, v: string) => ({ took: "became", take: "become", takes: "becomes", taking: "becoming" })[v.toLowerCase() as "took"]);
  // ("which capital hosted the 26th Ministerial Council": a capital that hosts is a city, not Kazakhstan's capital.)
  if (/capital/i.test(text)) text = text.replace(/\b(which|what)\s+(?:european\s+|nordic\s+)?capital(?:\s+city)?\s+(?=(?:hosted|held|was\s+home|played\s+host)\b)/gi, "$1 city ");
  // Chat shorthand that time parsing and matching should see spelled out.
  if (/yr/i.test(text)) text = text.replace(/\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|last|next|this|past|coming|what|which|that|same)\s*yrs?\b/gi, (m, n: string) => `${n} year${/s$/i.test(m) ? "s" : ""}`);
  // ("osce chairs 2010-2013 in order", "capitals of kaz in order": a list, told in order of time anyway.)
  if (/\b(?:order|chronologically|sequence|(?:oldest|earliest|newest|latest|recent)\s+(?:ones?\s+)?first)\b/i.test(text)) text = listInOrder(text);
  // ("the late nineties", "at the turn of the millennium", "Jan-May 2018": times in words the time reading knows otherwise.)
  if (/nineties|eighties|seventies|noughties|millennium|\d0s\b|\b[a-z]{3,4}\s*[-–]\s*[a-z]{3}|\d\s*\(\s*[a-z]{3}|\d,\s*the\s+[a-z]{3,9}\s+one\b/i.test(text)) text = timesInWords(text);
  // ("who began 1994 as CiO?": who held it at the start of the year; "ended" at its end. "Y2K": 2000.)
  // ("who opened the year 2000 as CiO?", "who closed 2003 as CiO?" likewise.)
  // ("who opened the 1994 CSCE chairmanship as CiO?": the year's chairmanship, likewise.)
  if (/\b(?:began|started|opened|ended|finished|closed)\s+(?:the\s+year\s+|the\s+)?(?:19|20)\d\d\s+(?:(?:osce\s+|csce\s+)?(?:chairmanship|chair|presidency)\s+)?as\b/i.test(text))
    text = text.replace(/^(\W*)who\s+(began|started|opened|ended|finished|closed)\s+(?:the\s+year\s+|the\s+)?((?:19|20)\d\d)\s+(?:(?:osce\s+|csce\s+)?(?:chairmanship|chair|presidency)\s+)?as\s+(.+?)\s*([?.!]*)$/i, (_, lead: string, verb: string, year: string, post: string, end: string) => `${lead}who was ${post} at the ${/^(?:began|started|opened)$/i.test(verb) ? "start" : "end"} of ${year}${end}`);
  if (/\b(?:y2k|year\s+2k)\b/i.test(text)) text = text.replace(/\by2k\b|(?<=\byear\s+)2k\b/gi, "2000");
  // ("osce chair 2 years back?": so many years back is so many years ago.)
  if (/\bback\b/i.test(text)) text = text.replace(/\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(years?|months?|weeks?|days?)\s+back\b(?!\s+(?:to|in|then|when)\b)/gi, "$1 $2 ago");
  if (/\b(?:point|moment|till|once|part|days|nowadays|mo|tonights|todays|yesterdays|tomorrows)\b/i.test(text)) text = withPlainTimeWords(text);
  // ("renamed back to Astana after being Nur-Sultan": the name it had before is what it was renamed from.)
  if (/\bafter\s+(?:being|having\s+been)\b/i.test(text) && /\b(?:renam\w*|name\s+change\w*|changed\s+(?:its\s+|the\s+)?name)\b/i.test(text)) text = text.replace(/\bafter\s+(?:being|having\s+been)\s+(?:(?:called|named|known\s+as)\s+)?/gi, "from ");
  if (QUESTION_WORD_SLIP.test(text)) text = text.replace(QUESTION_WORD_SLIP, (w: string) => QUESTION_WORDS_MEANT[w.toLowerCase()]!);
  // ("every SG since the post was created": all of them, the first included — no event after which.)
  if (/\bsince\b/i.test(text)) text = text.replace(/\b(?:ever\s+)?since\s+(?:the|its|that)\s+(?:post|office|position|job|role|seat|chair(?:manship)?|institution)\s+(?:was|got)\s+(?:first\s+)?(?:created|set\s+up|established|introduced|founded)\b|\b(?:ever\s+)?since\s+(?:its|the\s+post's|the\s+job's)\s+(?:creation|establishment|inception)\b(?!\s+in\b)/gi, "ever");
  // ("the first summit since Lisbon": the first after a thing named — a year said is a time of its own.)
  if (/\bsince\b/i.test(text)) text = text.replace(/\b(first|next)\s+((?:\p{L}+\s+){0,3}?)since\s+(?=(?:the\s+)?\p{L})/giu, "$1 $2after ");
  // ("how many SGs have taken office since 2010": the pair "took office", whose "taken" is no decision taken.)
  // ("ever since independence in 1991": since the year the event is dated.)
  if (/\bsince\b/i.test(text)) text = text.replace(/\b(?:ever\s+)?since\s+(?:its\s+|the\s+|his\s+|her\s+)?(?:independence|founding|foundation|creation|establishment|start|inception)\s+in\s+((?:19|20)\d\d)\b/gi, "since $1");
  if (/\btaken\s+office\b/i.test(text)) text = text.replace(/\b(?:(?:has|have|had)\s+)?taken\s+office\b/gi, "took office");
  // ("Sinirlioglu comes from which country?": where a person is from.)
  if (/\bcomes\s+from\b/i.test(text)) text = text.replace(/\bcomes\s+from\b/gi, "is from");
  // ("when did the programme office in nur-sultan get renamed to astana": an office named for its city renamed after
  // another city is the same kind of office in that one.)
  if (/\brenamed\s+(?:to\s+|as\s+)?\p{L}/iu.test(text)) text = text.replace(OFFICE_RENAMED_TO_CITY, (_, office: string, rest: string, city: string) => `${office}${rest}renamed the ${OFFICE_KIND.exec(office)![0]} in ${city}`);
  // ("the Kyiv Council in the OSCE's series": the series of the OSCE's own meetings, never "in the OSCE" as a member is.)
  if (/['’]s\b/.test(text)) text = text.replace(/\bin\s+the\s+(?:OSCE|CSCE)['’]s\s+(?=[a-z])/gi, "in the ");
  if (/\bthru\b/i.test(text)) text = text.replace(/\bthru\b/gi, "through");
  // ("how many CiOs did Italy go through in 1994?": the holders it had, no span "through" a year.)
  if (/\bthrough\b/i.test(text)) text = text.replace(/\b(?:go|goes|went|gone|going)\s+through(?=\s+(?:in|during)\b|\s*[?.!]*\s*$)/gi, "have");
  // ("Ignazio Cassis chairs the OSCE in 2026.": after a name, "chairs" is the verb, never the plural noun.)
  if (/\bchairs\s+the\b/.test(text)) text = text.replace(/(?<=\p{Lu}[\p{L}-]*)\s+chairs\s+(?=the\b)/gu, " is chairing ");
  // ("in the 2000s decade": the decade said twice.)
  if (/\bdecade\b/i.test(text)) text = text.replace(/\b((?:19|20)\d0s)\s+decade\b/gi, "$1");
  if (/\b(?:combined|together|altogether|in\s+total|in\s+all)\b/i.test(text)) text = text.replace(YEARS_COMBINED, yearsAsSpan);
  // ("Name all the people who served as CiO in 2018", "give me both people who …": a who-question.)
  if (/\b(?:people|persons|individuals)\s+(?:who|that)\b/i.test(text)) text = text.replace(PEOPLE_WHO, "who");
  return text;
}

/** "in 2009, 2010 and 2011 combined": years listed, then said to be taken together. */
const YEARS_COMBINED = /\b(?:(?:in|during|for)\s+)?((?:19|20)\d\d)((?:\s*,\s*(?:19|20)\d\d)*)\s*,?\s+(?:and|&|\+)\s+((?:19|20)\d\d)\s+(?:combined|together|altogether|in\s+total|in\s+all)\b/gi;

/** Years taken together that follow on one another are one span ("from 2009 to 2011"); others are left as they are. */
function yearsAsSpan(said: string, first: string, middle: string, last: string): string {
  const years = [first, ...(middle.match(/\d{4}/g) ?? []), last].map(Number);
  return years.every((y, i) => i === 0 || y === years[i - 1]! + 1) ? `from ${years[0]} to ${years.at(-1)}` : said;
}

const OFFICE_KIND = /(?:programme|program)\s+office|project\s+co-?ordinator|centre|center|mission|office/i;
const OFFICE_RENAMED_TO_CITY = /\b((?:the\s+)?(?:osce\s+)?(?:(?:programme|program)\s+office|centre|center|mission|office)\s+in\s+[\p{L}-]+)(\s+(?:(?:get|got|was|were|been|being)\s+)?)renamed\s+(?:to\s+|as\s+)?(?!(?:the|an?|to|as|in|into|on|at|when|what|which|centre|center|office|programme|program|mission|project)\b)([\p{Lu}\p{Ll}][\p{L}-]+)(?=\s*(?:[?.!,;]|$|in\b|on\b|when\b))/iu;

/** "A = B?": one equals sign between words (never figures on both sides), asked with "?". */
const SINCE_DATED_THEN_PERFECT = /^\W*since\s+[^,?]{0,80}?\b((?:19|20)\d\d)\b[^,?]{0,40},\s*((?:who|whom|whose|what|which|when|where|how)\b(?![^?]*\b(?:(?:have|has)\s+(?:it|he|she|they)|its|his|her|their)\b)[^?]*?\b(?:have|has)\b[^?]+?)\s*\?+\s*$/i;
const LEADING_EVENT_CLAUSE = /^\W*(before|after)\s+([^,?]{4,80}),\s*((?:who|whom|whose|what|which|when|where|how)\b[^?]+?)\s*\?+\s*$/i;
// (Only after an event said as a clause: "after 2011" or "after Kurz" is read as it is.)
const BECAME_AFTER = /^\W*who\s+became\s+(?:the\s+)?(?!first\b|next\b)((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s+after\s+((?:[\p{L}-]+\s+){1,3}(?:\p{L}{3,}ed|got|won|left|took|lost|quit)\b.*)$/iu;
const SAME_TIME_AS = /^(\W*(?:which|what|how\s+many)\b[^?]*?)\s+(?:together\s+with|along\s+with|alongside|at\s+the\s+same\s+time\s+as)\s+(?!(?:it|them|that|this|him|her|those|these)\b)((?:[\p{L}'-]+\s+){0,2}?[\p{L}'-]+)(\s+(?:in|on|at)\s+[^?]+?)?\s*\?*\s*$/iu;
const HANDED_THING_OVER = /\b(hand|hands|handed|handing)\s+(the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+over\s+to\b/giu;
/** A name or two words, then "and then who?" — after a dash, comma or at the start. */
const THEN_WHO = /(^\W*|[,;:–—-]\s*)((?:[\p{L}'-]+\s+){0,2}[\p{L}'-]+),?\s+(?:and\s+)?then\s+who\s*\?*\s*$/iu;
const ASKED_IN_EVENT = /^\W*(\S.{3,}?)\s+after\s+((?:the\s+)?[\p{L}-]+)\s+(\p{L}{3,}ed)\s+(?:whom|who|someone|somebody)\s*(?:[—–-]+\s*(?:who|whom)\s*)?\?+\s*$/iu;
const SO_THEN_ASKED = /\s*,\s*so\s+(?=(?:who|whom|whose|what|which|when|where|how|was|were|is|are|did|does|do|has|have|had)\b[^?]*\?\s*$)/i;
const LEADING_YEAR_CLAUSE = /^\W*in\s+the\s+(?:same\s+)?year\s+([^,?]{4,80}),\s*([^?]+?)\s*\?+\s*$/i;
const NAMED_PART = String.raw`(?:(?:the|their|his|her|its)\s+)?(?:country|state|minister|fm|foreign\s+minister|person|name|nationality|party)`;
const PARTS_NAMED_END = new RegExp(String.raw`\s*[,;:–—-]+\s*${NAMED_PART}(?:\s*(?:,|and|&|\+|\/)\s*${NAMED_PART})+\s*(?:,?\s*(?:please|pls|plz|thanks|thx|ty)\b)?\s*[?.!]*\s*$`, "i");
// (Never a body's seat: "when was the secretariat seated in Vienna" asks where it sits, and since when.)
const WHEN_CALLED = /\b(?:when|while)\s+((?:the\s+|its\s+|kazakhstan'?s\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:was|were)\s+(?:still\s+)?(?:called|named|known\s+as)\s+([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){0,3}?)(?=\s*(?:[?,.!;]|$))/iu;
const WHEN_SEATED = /\b(when|(?:which|what)\s+(?:day|date|year|month))\s+(was|were)\s+((?![^?]*\b(?:secretariat|office|offices|centre|center|mission|institution|headquarters|hq|hcnm|odihr|rfom|assembly|court|commissioner|representative|director)\b)[^?]{2,60}?)\s+seated\b/i;
const NAMES_GONE_BY = /(\bnames\b[^?]*?\b(?:has|have|had)\s[^?]*?)\b(?:gone|been\s+known)\s+(?:by|under|as)\b/i;
const NAMES_WENT_BY = /(\bnames\b[^?]*?\bdid\s[^?]*?)\bgo\s+(?:by|under)\b/i;
const IN_SEQUENCE_ASKED = /\b(which|what)\s+((?:[\p{L}/-]+\s+){1,3}?)in\s+(?:the\s+)?(?:sequence|series)\b/giu;
const KIND_CHECKED_END = /\s*[.,;:–—-]\s*(?:right|correct|accurate)\s+(?:year|date|day|month|number|figure|name|spelling|city|place)\s*\?+\s*$/i;
const EQUALS_CHECK = /^[^=?]*[\p{L}\d]\s*=\s*[\p{L}\d][^=?]*\?\s*(?:(?:pls\s+|please\s+)?confirm(?:\s+(?:pls|please))?)?\s*$/iu;
/** "HCNM seat — The Hague? …": a value offered after a dash, asked with "?". */
const CHECK_ASKED_AT_DASH = /\s[–—-]+\s*[^?–—]+\?/;
const CLAIM = String.raw`[^,?;]*?\s(?:is|was|are|were|has|had|held|hosted|won|chaired|became|joined)\s[^,?;]+?`;
const TWO_CLAIMS_TAGGED = new RegExp(String.raw`^(${CLAIM})\s+and\s+(${CLAIM})[\s,;–—-]+(?:right|correct|true|yes|ok|okay)\s*\?+\s*$`, "i");
const NAME_INCLUDED_ASIDE = /\s*\(\s*(?:[\p{L}\d'-]+(?:\s+[\p{L}'-]+)?\s+(?:incl\.?|included)|(?:incl\.?|including)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?)\s*\)/giu;
const NAME_AMONG_THEM_ASIDE = /,\s*(?:with\s+|including\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s+among\s+them\s*(?=,)/giu;
const ONE_OF_THEM_INCLUDED = /,\s*(?:the\s+)?(?:old|former|original|first|current|present|new|last|latest)\s+[\p{L}-]+\s+(?:included|incl\.?|too)\b/giu;
const CHECK_MARK_END = /(\?)?[\s,;:–—-]*(?:👍\s*\/\s*👎|✅|✔\uFE0F?|☑\uFE0F?|👍)\s*\?*\s*$/u;

const PEOPLE_WHO = /\b(?:(?:name|list|give(?:\s+me)?|tell\s+me|who\s+(?:were|are))\s+)(?:all\s+|both\s+|each\s+of\s+)?(?:the\s+)?(?:people|persons|individuals)\s+(?:who|that)\b/gi;

/** Chat spellings of the question words ("hoo was SG wen kaz chaired"): typo correction leaves words this short alone. */
const QUESTION_WORDS_MEANT: Record<string, string> = { hoo: "who", hwo: "who", woh: "who", wen: "when", whn: "when", wehn: "when", whne: "when", wat: "what", wht: "what", waht: "what", wher: "where", whr: "where", whre: "where", wehre: "where", whree: "where", wich: "which", whcih: "which", whihc: "which" };
const QUESTION_WORD_SLIP = new RegExp(`\\b(?:${Object.keys(QUESTION_WORDS_MEANT).join("|")})\\b`, "gi");

/**
 * Time words said another way: "at any point in the 2000s" is "in the 2000s", "at some point" alone
 * is "ever", "till" is "until", "tonights" is "tonight's", "these days", "at this point", "at this moment" and "at the mo" are "now", "for part of 2024" is "in 2024", and "once Montenegro joined" (a clause after it) is "after Montenegro joined".
 */
function withPlainTimeWords(text: string): string {
  return text
    .replace(/\bat\s+(?:any|some|one)\s+point\s+(?=(?:in|during)\b)/gi, "")
    .replace(/\bat\s+(?:any|some|one)\s+point\b/gi, "ever")
    .replace(/\bat\s+this\s+(?:point(?:\s+in\s+time)?|moment)\b/gi, "now")
    .replace(/\btill\b/gi, "until")
    // ("for tonights bulletin": a day's possessive typed without its apostrophe.)
    .replace(/\b(tonight|today|yesterday|tomorrow)s\b/gi, "$1's")
    .replace(/\b(?:these\s+days|nowadays|at\s+the\s+mo)\b/gi, "now")
    .replace(/\b(?:for|during|in)\s+(?:a\s+|some\s+)?part\s+of\s+(?=(?:19|20)\d\d\b)/gi, "in ")
    // ("once Nazarbayev stepped down", "once Kazakhstan's chairmanship ended": any verb in the past after a subject.)
    // (Never the count: "more than once since it became the OSCE".)
    .replace(/(?<!\b(?:than|only|just|exactly|least)\s+)\bonce\s+(?!(?:since|after|before|when|in|during)\b)(?=(?:the\s+)?(?!\p{L}+ed\b)[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3}\s+(?:joined|was|were|became|took|had|got|left|moved|started|ended|began|quit|won|ran|\p{L}{3,}ed)\b)/giu, "after ");
}

const SAYS_VERB = String.raw`(?:says|said|thinks|thought|wants|wanted|asks|asked|is\s+asking|asking|swears|insists|wrote|writes|reckons|believes|claims|claimed|has|had|reads)\b`;
/** "colleague aigul says", "editor dana wants": the word between a colleague and what they say is their name. */
const COLLEAGUE_NAME = new RegExp(String.raw`\b(colleague|editor|producer|intern|boss|stringer)\s+@?[\p{L}]+\s+(?=${SAYS_VERB})`, "giu");
/** "marat's draft says": whose draft it is names nobody asked about. */
const OWN_DRAFT = new RegExp(String.raw`(^|\s)@?[\p{L}]+'s\s+(draft|piece|copy|story|notes|script|lede)\s+(?=${SAYS_VERB})`, "giu");
/** "aliya from the desk", "someone from the politics desk": a colleague named by where they sit. */
const FROM_DESK = /(^|\s)@?[\p{L}]+\s+from\s+(?:the\s+)?(?:[\p{L}]+\s+)?(?:desk|newsroom|subs)\b/giu;

function withoutColleagueNames(text: string): string {
  return text.replace(COLLEAGUE_NAME, "$1 ").replace(OWN_DRAFT, "$1the $2 ").replace(FROM_DESK, "$1colleague").replace(IN_OWN_DRAFT, "");
}

/** "@tom has 80.7 in his draft": where a colleague has the figure says nothing of it. */
const IN_OWN_DRAFT = /\s+in\s+(?:his|her|their|my|our)\s+(?:draft|piece|copy|story|notes|script|lede)\b/gi;

const KNOWN_YEARS_THEN_GAP = /(?:\s+in)?\s+(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s+and\s*(?:\.{2,}|…)\s*(?=[?.!]*$)/i;
const KNOWN_NAME_THEN_GAP = /\s*\(\s*[\p{L}'. -]{2,40}?\s+and\s*(?:\.{2,}|…|\?+)\s*\)|\s+[—–-]\s+[\p{L}'. ]{2,40}?\s+and\s*(?:\.{2,}|…|\?+)\s*$/u;

function withoutKnownPart(text: string): string {
  return text.replace(KNOWN_YEARS_THEN_GAP, "").replace(KNOWN_NAME_THEN_GAP, "").trim();
}

const TWO_TERMS = /^(.*?)\b((?:19|20)\d\d)\s*(?:and|&|\+|\/)\s*((?:19|20)\d\d)\s+(chair|chairmanship|presidenc|term)(s|ies)\b([^?]*)\?*\s*$/i;

function eachTermAsked(text: string): string {
  const m = TWO_TERMS.exec(text);
  if (!m) return text;
  const [, head, a, b, noun, end, tail] = m as unknown as [string, string, string, string, string, string, string];
  const one = `${noun}${end.toLowerCase() === "ies" ? "y" : ""}`;
  return `${head}${a} ${one}${tail}? ${head}${b} ${one}${tail}?`;
}

/** Two or more "name NN" joined by "/", "+" or "&". */
const SHORT_YEARS_LISTED = /\b[a-z]+\s+\d\d(?:\s*[/+&]\s*[a-z]+\s+\d\d)+\b/gi;
const CONCEDED_CLAIM = /\s*,?\s+(?:even\s+(?:though|tho)|although|altho)\s+/gi;
const REASON_FOR_CLAIM = /\s*,?\s+(?:since|because|cos|coz|cuz|bc|as)\s+[\p{L}]+\s+(?:chaired|was\s+chairing|held\s+the\s+chair|had\s+the\s+chair)(?=\s*(?:,\s*(?:right|yeah|yes|no|correct|true)\b)?\s*\W*$)/iu;

const DECADE_WORDS: Record<string, string> = { seventies: "1970s", eighties: "1980s", nineties: "1990s", noughties: "2000s" };
const MONTH_ABBREVIATIONS: Record<string, string> = { jan: "January", feb: "February", mar: "March", apr: "April", jun: "June", jul: "July", aug: "August", sep: "September", sept: "September", oct: "October", nov: "November", dec: "December" };
const MONTH_ABBREVIATION = "jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec";
const MONTH_NAME = `(?:january|february|march|april|june|july|august|september|october|november|december|${MONTH_ABBREVIATION})\\b`;
const monthName = (said: string) => MONTH_ABBREVIATIONS[said.slice(0, 3).toLowerCase()] ?? "May";

/** Decades and the millennium's turn in words, and a range of abbreviated months, as the time reading reads them. */
function timesInWords(text: string): string {
  return withYearOfDecade(text.replace(/\b(seventies|eighties|nineties|noughties)\b/gi, (w: string) => DECADE_WORDS[w.toLowerCase()]!))
    .replace(/\b(?:at\s+)?the\s+turn\s+of\s+the\s+millennium\b/gi, "in 2000")
    // ("CiO 1994 (jan)": a month said in brackets after the year is the month of that year.)
    // ("2019 (june)", "2011 (the april one)", "2011, the april one": so is a month's name, or "the <month> one".)
    .replace(new RegExp(`\\b((?:19|20)\\d\\d)\\s*(?:\\(\\s*(?:the\\s+)?(${MONTH_NAME})\\.?(?:\\s+one)?\\s*\\)|,\\s*the\\s+(${MONTH_NAME})\\s+one\\b)`, "gi"), (_, year: string, bracketed: string | undefined, said: string | undefined) => `${monthName((bracketed ?? said)!)} ${year}`)
    .replace(new RegExp(`\\b(${MONTH_ABBREVIATION})\\s*([-–])\\s*(${MONTH_ABBREVIATION})\\b`, "gi"), (_, a: string, dash: string, b: string) => `${MONTH_ABBREVIATIONS[a.toLowerCase()] ?? "May"}${dash}${MONTH_ABBREVIATIONS[b.toLowerCase()] ?? "May"}`);
}

/** "in the late 1990s, specifically 1997", "the mid-1990s, in 1996 specifically": the year said is the time asked. */
const DECADE_THEN_YEAR = /\b(?:in\s+)?the\s+(?:(?:early|mid|late)[-\s]*)?(\d{3})0s\s*,?\s*(?:(?:specifically|in\s+particular|namely|say|i\.?e\.?)\s*,?\s*)?(?:in\s+)?((?:19|20)\d\d)\b(?:\s+specifically)?/gi;

function withYearOfDecade(text: string): string {
  return text.replace(DECADE_THEN_YEAR, (m, decade: string, year: string) => (year.startsWith(decade) ? `in ${year}` : m));
}

// ("chairs 2016-2019 in order, countries only pls": a remark on the answer's form may follow.)
// ("last 3 council cities, oldest first pls": so is the order said by which comes first.)
// ("capital names in order since independence?": a time said after the words still bounds the list.)
const IN_ORDER = /\s+(?:in\s+(?:chronological\s+|time\s+)?order|chronologically|in\s+sequence|(?:oldest|earliest|newest|latest|most\s+recent)\s+(?:ones?\s+)?first)(?=(?:\s+(?:since|from|after|until|up\s+to)\s+[\p{L}\d' -]{2,30}?)?\s*(?:,?\s*(?:countries|cities|years|names|surnames)\s+only)?(?:,?\s*(?:pls|please|thx|thanks))?\W*$)/iu;

/** A message ending "in order": the list asked for, without the words (a telegraphic one is "list …"). */
function listInOrder(text: string): string {
  if (!IN_ORDER.test(text)) return text;
  // ("… since independence, in order": the comma before the words goes with them.)
  const rest = text.replace(IN_ORDER, "").replace(/\s*[,;]+(?=[\s?.!]*$)/, "");
  return /^\W*(?:who|what|when|where|which|how|list|name|give)\b/i.test(rest) ? rest : `list ${rest}`;
}

/** Fold case and accents: "Türkiye" → "turkiye", "Łódź" → "lodz". */
export function fold(text: string): string {
  let out = text.normalize("NFD").replace(COMBINING_MARKS, "");
  if (/[^\u0000-\u007f]/.test(out)) out = out.replace(/[ßłŁøØæÆœŒđĐıþ]/g, (c) => LETTER_FOLDS[c] ?? c);
  return out.toLowerCase();
}

const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\b(what|who|where|when|how|which|that|there|it|he|she)'s\b/g, "$1 is"],
  [/\b(is|was|were|are|did|does|do|has|have|had|wo|would|could|should)n't\b/g, "$1 not"],
  [/\bcan't\b/g, "can not"],
  [/\b(\w+)'re\b/g, "$1 are"],
  [/\b(\w+)'ve\b/g, "$1 have"],
  [/\b(\w+)'ll\b/g, "$1 will"],
  [/\b(\w+)'d\b/g, "$1 would"],
];

/**
 * The matching form of a text: folded, contractions expanded, possessive 's dropped,
 * "%" spelled out, and every other non-alphanumeric character a single space.
 * Decimal points inside numbers survive ("95.5").
 */
export const matchForm = remembered(matchFormOnce);

function matchFormOnce(text: string): string {
  let t = fold(text);
  for (const [re, rep] of CONTRACTIONS) t = t.replace(re, rep);
  t = t.replace(/(\w)'s\b/g, "$1").replace(/s'(\s|$)/g, "s$1");
  t = t.replace(/%/g, " percent ");
  t = t.replace(/(\d)\.(\d)/g, "$1\u0000$2").replace(/[^a-z0-9\u0000]+/g, " ").replace(/\u0000/g, ".");
  return t.trim();
}

export function tokens(text: string): string[] {
  const form = matchForm(text);
  return form ? form.split(" ") : [];
}

/**
 * The forms an alias or phrase is indexed under: hyphenated words both split and joined
 * ("Co-operation" → "co operation" and "cooperation"), so either spelling in a question matches.
 */
export function phraseVariants(phrase: string): string[] {
  const split = matchForm(phrase);
  const joined = matchForm(phrase.replace(/(\w)-(\w)/g, "$1$2"));
  return split === joined ? [split] : [split, joined];
}
