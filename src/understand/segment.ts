/**
 * Finds the question clauses in a chat message: "for my 6pm piece: who chaired in 2003?" holds one
 * question after some chatter; "when did Kazakhstan join, and when did it chair?" holds two; "when
 * and where was X created" asks two things of one subject. Each clause is then read on its own.
 */

const QUESTION_WORD = "(?:who|whom|whose|what|when|where|which|why|how|did|does|do|was|were|is|are|has|have|had|can|could)";
// ("which country + which year as CiO": a question word with its noun asks of the subject too.)
const ASK_WORD = "(?:(?:what|which)\\s+(?!and\\b|or\\b)[a-z]+|who|what|when|where|which|why|how many|how much|how long)";
const PREPOSITION_LED = /^(?:in|on|at|by|from|since|until)\s|\s(?:in|on|at|by|from|since|until)\s/i;
/** A question word, with the preposition it may take: "in what year", "by whom". */
const ASK_PHRASE = `(?:(?:in|on|at|by|from|since|until)\\s+)?(?:${ASK_WORD}|whom)`;

/**
 * Sentence ends, semicolons, a colon or dash after a lead-in ("quick one - …", "for my piece: …"),
 * numbered items ("(1) odihr seat (2) hcnm seat", "1) first SG 2) current SG", "1/ … 2/ …") and a
 * question of its own in parentheses at the end ("… summit (what's it called today)?", "(and what is it called now)"; not "(which council)").
 */
// Not after an abbreviation ("Oct. '01", "Mr. Passy") and not a dash between figures ("2003 - 2006").
const CLAUSE_BREAK = new RegExp(
  `[?!;]+\\s*|(?<!\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mr|mrs|ms|dr|st|vs|no|incl|approx|esp|ca|[a-z]))\\.\\s+|:\\s+|(?<!\\d)\\s+[-–—]+\\s+(?!\\d)|\\s+[-–—]+\\s+(?=${QUESTION_WORD}\\b)|\\s*(?<![\\w/(])\\(?[1-9][)/]\\s+|\\s+\\((?=(?:(?:and|also|plus)\\s+)?(?:who|what|when|where|which|how)(?:['’]s|\\s+(?:is|was|are|were|did|does|do|has|had))\\b[^()]*\\)\\W*$)`,
  "i",
);
/** ", and who …", " and when did …": a second question joined to the first. */
const JOINED_QUESTION = new RegExp(`,?\\s+(?:and|also|plus|&|\\+)\\s+(?=(?:(?:in|on|at|for|from|by|to|with|since|until)\\s+)?${QUESTION_WORD}\\b)`, "i");
/** "spain's year at the helm and its CiO?": a short possessive ask of the same subject joined at the end. */
// (The joining word stays with the part: "and its CiO" is a follow-up ask, with or without its "?".
// Never after "between": "the gap between its 2016 result and its 2021 result" is one ask.)
const JOINED_POSSESSIVE = /,?\s+(?=(?:and|&|\+)\s+(?:its|their)\s+[\w-]+(?:\s+[\w-]+)?\s*[?!.]*\s*$)/i;
/** "… and where's it based": a verb of its own right after the second question word. */
const OWN_VERB_AFTER = /^\s*(?:['’]s|is|was|are|were|does|did|do)\s+(?:it|he|she|they|this|that)\b/i;
/** "… who chaired it", "who hosted them": a subject's verb in the past with the thing as its object. */
const WHO_DID_IT = /^\s*[a-z]{3,}ed\s+(?:it|them|that|this|there)\b/i;
/** "when and where was …", "where and in what year …": two question words sharing one subject. */
const SHARED_SUBJECT = new RegExp(`^(.*?)\\b(${ASK_PHRASE})\\s*(,|and|&|\\+|/)\\s*(${ASK_PHRASE})\\b(.*)$`, "i");

/** "who was SG before and after Zannier", "who chaired right before Kazakhstan and right after": one question each way. */
const BOTH_ORDERS = /^(.*?\b)((?:right|just|immediately)\s+)?(before|after)\s+(?:and|&|\+)\s+(?:(?:right|just|immediately)\s+)?(before|after)\b(.*)$/i;
const BOTH_ORDERS_TRAILING = /^(.*?\b)((?:right|just|immediately)\s+)?(before|after)\b(.+?),?\s+(?:and|&|\+)\s+(?:(?:right|just|immediately)\s+)?(before|after)\s*$/i;

/** "SG before Schmid, and SG after her": the second said again with a pronoun for the one named first. */
const BOTH_ORDERS_AGAIN = /^(.*?\b)((?:right|just|immediately)\s+)?(before|after)\s+(.+?),?\s+(?:and|&|\+)\s+(?:.*?\s)?(?:(?:right|just|immediately)\s+)?(before|after)\s+(?:her|him|them|it|that\s+one)\s*$/i;
/** "Kazakhstan's predecessor and successor as chair": one question each way. */
const BOTH_NEIGHBOURS = /^(.*?\b)(predecessor|successor)\s+(?:and|&|\+)\s+(?:the\s+|its\s+|his\s+|her\s+)?(predecessor|successor)\b(.*)$/i;

/** "SG before Schmid, and SG after her": one question each way, each asked even without a question word. */
export function asksBothOrders(text: string): boolean {
  return splitBothOrders(text.trim()) !== null;
}

function splitBothOrders(clause: string): string[] | null {
  const again = BOTH_ORDERS_AGAIN.exec(clause);
  if (again && again[3]!.toLowerCase() !== again[5]!.toLowerCase()) {
    const [, head, near = "", first, named, second] = again;
    return [tidy(`${head}${near}${first} ${named}`), tidy(`${head}${near}${second} ${named}`)];
  }
  const neighbours = BOTH_NEIGHBOURS.exec(clause);
  if (neighbours && neighbours[2]!.toLowerCase() !== neighbours[3]!.toLowerCase()) {
    const [, head, first, second, rest] = neighbours;
    return [tidy(`${head}${first}${rest}`), tidy(`${head}${second}${rest}`)];
  }
  const adjacent = BOTH_ORDERS.exec(clause);
  if (adjacent && adjacent[3]!.toLowerCase() !== adjacent[4]!.toLowerCase()) {
    const [, head, near = "", first, second, rest] = adjacent;
    return [tidy(`${head}${near}${first}${rest}`), tidy(`${head}${near}${second}${rest}`)];
  }
  const trailing = BOTH_ORDERS_TRAILING.exec(clause);
  if (trailing && trailing[3]!.toLowerCase() !== trailing[5]!.toLowerCase()) {
    const [, head, near = "", first, rest, second] = trailing;
    return [tidy(`${head}${near}${first}${rest}`), tidy(`${head}${near}${second}${rest}`)];
  }
  return null;
}

/** "the first and the current Secretary General", "first SG and second SG": one question for each pick. */
const PICK = "(?:first|last|latest|current|present|earliest|previous|second|third|fourth|fifth|1st|2nd|3rd|[4-9]th)";
const BOTH_PICKS = new RegExp(`^(.*?\\b)(${PICK})\\s+(?:and|&|\\+)\\s+(?:the\\s+)?(${PICK})\\b(.*)$`, "i");
const BOTH_PICKS_OF_ONE = new RegExp(`^(.*?\\b)(${PICK})\\s+(\\S.*?)\\s+(?:and|&|\\+)\\s+(?:the\\s+)?(${PICK})\\s+\\3\\b(.*)$`, "i");

/** "first SG and current SG": two picks of one thing, each asked even without a question word. */
export function asksBothPicks(text: string): boolean {
  return splitBothPicks(text.trim()) !== null;
}

// (Not "between X's first and last wins" or "how many years apart were its first and second", one
// difference; nor "first + last name", one name.)
const ONE_OF_TWO_PICKS = /\bbetween\b|\bapart\b|\bseparat|\bgap\b|\bdifferen|\bhow\s+(?:many|much|long)\b|\b(?:first|last)\s+(?:and|&|\+)\s+(?:last|first)\s+names?\b/i;

function splitBothPicks(clause: string): string[] | null {
  if (ONE_OF_TWO_PICKS.test(clause)) return null;
  const adjacent = BOTH_PICKS.exec(clause);
  if (adjacent && adjacent[2]!.toLowerCase() !== adjacent[3]!.toLowerCase()) {
    const [, head, first, second, rest] = adjacent;
    return [tidy(`${head}${first}${rest}`), tidy(`${head}${second}${rest}`)];
  }
  const repeated = BOTH_PICKS_OF_ONE.exec(clause);
  if (repeated && repeated[2]!.toLowerCase() !== repeated[4]!.toLowerCase()) {
    const [, head, first, noun, second, rest] = repeated;
    return [tidy(`${head}${first} ${noun}${rest}`), tidy(`${head}${second} ${noun}${rest}`)];
  }
  return null;
}

const tidy = (s: string) => s.replace(/\s+/g, " ").trim();

const WH = /\b(?:who|whom|whose|what|when|where|which|why|how)\b/i;

/** The question word a clause starts with ("who", "how many"), dropped when the clause becomes another's subject. */
export const LEADING_ASK = /^\s*(?:who|whom|whose|what|when|where|which|why|how(?:\s+many|\s+much|\s+long)?)\b\s*/i;
const DATING_CLAUSE_FIRST = /^\s*(?:when|while)\s+(?!(?:did|was|were|is|are|does|do|has|have|had|will|would|can|could)\b)/i;
const LISTED_QUESTION = /,\s+(?=(?:who|whom|whose|what|when|where|which|why|how)\b)/i;

/** "who chaired in 2010, where was the summit": a comma before a question word starts a new question only after one. */
/**
 * "akmola became capital when, renamed astana when": parts joined by commas (or "and"), each ending in
 * its own question word, are as many questions. Null where the parts do not all end so.
 */
function splitTrailingAsks(clause: string): string[] | null {
  const parts = clause.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=\S+(?:\s+\S+){1,5}\s+(?:when|where|who)\W*$)/i).filter(Boolean);
  // ("SG from when to when, and reappointed where?": a later part led by its verb may be that verb and its ask.)
  if (parts.length < 2 || !parts.every((p, i) => TRAILING_ASK.test(p) && p.split(/\s+/).length >= (i > 0 && LED_BY_VERB.test(p) ? 2 : 3))) return null;
  // ("kaz joined csce when, and first chaired the osce when": a part led by its verb is of the first part's subject.)
  const subject = SUBJECT_BEFORE_VERB.exec(parts[0]!)?.[1];
  return parts.map((p, i) => (i > 0 && subject && LED_BY_VERB.test(p) ? `${subject} ${p}` : p));
}
const TRAILING_ASK = /\s(?:when|where|who|what\s+year|which\s+year)\W*$/i;
const VERB = String.raw`(?:\p{L}+ed|became|was|were|won|held|took|got|left|began|joined)`;
const SUBJECT_BEFORE_VERB = new RegExp(String.raw`^(?:.*:\s*)?(.+?)\s+(?=${VERB}\b)`, "iu");
const LED_BY_VERB = new RegExp(String.raw`^(?:first|then|later|last|also)?\s*${VERB}\b`, "iu");

function splitListedQuestions(part: string, listed = false): string[] {
  const at = part.search(LISTED_QUESTION);
  // ("When Kazakhstan chaired, how many States were there?": a clause that dates the question, not a question.)
  // (Not one listed after a question: "when did it become Akmola, when Astana, when Nur-Sultan" asks each.)
  if (at < 0 || !WH.test(part.slice(0, at)) || (!listed && DATING_CLAUSE_FIRST.test(part))) return [part];
  const comma = part.indexOf(",", at);
  return [part.slice(0, comma).trim(), ...splitListedQuestions(part.slice(comma + 1).trim(), true)];
}

/** "… in may 98 - confirm?": a part that only asks for confirmation makes the part before it a yes/no question. */
// ("— good?", "— fix?", "— hmm?", "— check pls", "flag anything?": the desk's ways of asking the same.)
const CONFIRM = "(?:confirm|confirmed|pls confirm|please confirm|can you confirm|right|correct|true|accurate|ok|okay|is that right|is that correct|is that true|am i right|good to go|ok to go|ok to run|okay to run|fine to run|good to run|safe to run|safe to use|ok to use|okay to use|good to use|fine to use|fine|yes|does that check out|checks out|good|all good|sound right|sounds right|legit|all right|alright|hmm+|fix|fix pls|fix please|check|check pls|check please|flag anything|any issues|anything wrong|still right|still true|wrong|(?:(?:the\\s+)?(?:numbers?|figures?|dates?|names?|spellings?|details?|facts?)|all\\s+that|this|that|these|those)\\s+(?:ok|okay|right|correct|accurate|good|fine)|is that wrong|is it wrong|(?:that'?s|thats|it'?s)\\s+wrong(?:\\s+isn'?t\\s+it)?)";
const CONFIRM_ONLY = new RegExp(`^${CONFIRM}$`, "i");
const CONFIRM_AFTER_DASH = new RegExp(`(?:\\s+[-–—]+|[.;:!?])\\s*${CONFIRM}\\s*\\?*\\s*$`, "i");

/** "… - confirm?" written as the question tag it is: "…, right?". */
export function withConfirmTag(text: string): string {
  return withOfferedFigure(text.replace(CONFIRM_AFTER_DASH, ", right?"));
}

/** "Nur Otan share in 2007 — 88.4%?": a thing, a dash, and a figure offered for it. */
const OFFERED_AFTER_DASH = /^(.+?)\s+[-–—]+\s+([^?]+?)\s*\?\s*$/;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$)/i;
const YES_NO_OPENER = /^\W*(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b/i;

/**
 * A telegraphic question offering a figure, a year or an ordinal after a dash asks whether it is right
 * ("Mongolia — 57th participating State?"): "…, right?". (Not with a question word anywhere: "Kazakhstan
 * — when did it join?" asks; nor with no number offered: "Kazakhstan — joined?".)
 */
function withOfferedFigure(text: string): string {
  const m = OFFERED_AFTER_DASH.exec(text);
  if (!m || WH.test(text) || YES_NO_OPENER.test(text)) return text;
  const [, head, offered] = m as unknown as [string, string, string];
  if (!/\d/.test(offered) || offered.split(/\s+/).length > 6 || /\bor\b/i.test(offered)) return text;
  // ("— 4 feb?": a day with no year would be read in the current year.)
  if (MONTH.test(offered) && !/\d{4}/.test(offered)) return text;
  return `${head} ${offered}, right?`;
}

/**
 * Whether two question words joined this way ask two things of what follows: not one word twice ("… when
 * + when did it become …" is two questions), and a word with its noun only when joined by "and", "&" or
 * "+" ("sinirlioglu: which country, when appointed?" asks both of him, not "which country appointed").
 */
function sharesSubject(first: string, joiner: string, second: string): boolean {
  if (first.toLowerCase() === second.toLowerCase()) return false;
  return joiner !== "," || (!/\s/.test(first) && !/\s/.test(second));
}

/** "3 q's: osce HQ city, odihr city, hcnm city": how many asks, then that many parts between commas. */
// ("sorry, 3 qs: …", "hey @factdesk sorry, 2 more: …": a few words of chatter may come first.)
// ("need 3: MC cities 2021, 2022, 2023": with a colon, the count alone says it.)
// ("two things for marat: …": so may the colleague they are for.)
const COUNTED_ASKS = /^\W*(?:[\w@'’]+[\s,!.]+){0,4}?(two|three|four|five|[2-5])(?:\s+(?:quick\s+|more\s+)?(?:q'?s|questions|ones|things|more)(?:\s+for\s+@?[\w'’]+)?\s*[:;,–—-]|\s*:)\s*(.+)$/i;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

export function countedAsks(text: string): string[] | null {
  const m = COUNTED_ASKS.exec(text.trim());
  if (!m) return null;
  const n = COUNT_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
  const parts = m[2]!.split(/\s*(?:[,;]|\s\+)\s*(?:and\s+)?/).map((p) => p.replace(/[?.!\s]+$/, "").trim()).filter(Boolean);
  // ("CiO in 2010 + where that year's summit was": "that year" is the year the part before says.)
  for (let i = 1; i < parts.length; i++) {
    const year = YEAR.exec(parts[i - 1]!)?.[0];
    if (year && !YEAR.test(parts[i]!)) parts[i] = parts[i]!.replace(THAT_YEAR, year);
  }
  // ("…, and the chair country at the time": a part dated by another part's answer is not asked alone.)
  if (parts.length !== n || parts.some((p) => DATED_BY_ANOTHER.test(p))) return null;
  // ("MC cities 2021, 2022, 2023": a bare year asks what the part before asked, of that year.)
  for (let i = 1; i < parts.length; i++) if (/^(?:19|20)\d{2}$/.test(parts[i]!) && YEAR.test(parts[i - 1]!)) parts[i] = parts[i - 1]!.replace(YEAR, parts[i]!);
  return parts;
}
const DATED_BY_ANOTHER = /\b(?:at\s+the\s+time|that\s+year|the\s+same\s+year|back\s+then|then)\b/i;

/**
 * "2019: kz winner, osce chair, MC venue", "2015 presidential winner + osce chair that yr": short asks
 * listed after a year and a colon, or joined by "+" (or "and that year's"), each asked at that year.
 * (Not where a part asks with a question word or opens a yes/no: those are questions of their own;
 * nor a part of one word, which asks another thing of the same subject.)
 */
export function listedAsks(text: string): string[] | null {
  const counted = countedAsks(text);
  if (counted) return counted;
  const body = text.trim().replace(/[?.!\s]+$/, "");
  const led = YEAR_LED_LIST.exec(body);
  const parts = (led ? led[2]! : body).split(led ? LED_LIST_BREAK : JOINED_ASKS).map((p) => p.trim()).filter(Boolean);
  // (Each part names its own thing in two words or more: "city + dates", "share + seats" ask two things of one subject.)
  // ("… % + seats pls": the reporter's "pls" is no word of a part.)
  const words = (p: string) => p.replace(POLITE, "").trim().split(/\s+/).length;
  if (parts.length < 2 || body.includes("?") || parts.some((p) => p.split(/\s+/).length > 6 || words(p) < 2 || WH.test(p) || YES_NO_OPENER.test(p))) return null;
  const year = led?.[1] ?? YEAR.exec(parts[0]!)?.[0];
  if (!year) return null;
  return parts.map((p) => (YEAR.test(p) ? p : THAT_YEAR.test(p) ? p.replace(THAT_YEAR, year) : `${p} ${year}`));
}
const YEAR = /\b(?:19|20)\d{2}\b/;
const POLITE = /\b(?:pls|plz|please|thx|thanks|ty)\b/gi;
const YEAR_LED_LIST = /^\W*(?:i\s+mean\s+(?:the\s+)?)?((?:19|20)\d{2})(?:\s+one)?\s*:\s*(.+)$/i;
const LED_LIST_BREAK = /\s*(?:[,;+&]|\band\b)\s*/i;
const JOINED_ASKS = /\s+\+\s+|\s*,?\s+and\s+(?=that\s+(?:year|yr)\b)/i;
const THAT_YEAR = /\b(?:that|the\s+same|same)\s+(?:year|yr)(?:'s)?\b/i;

export function splitQuestions(text: string): string[] {
  const listed = listedAsks(text);
  if (listed) return listed;
  const out: string[] = [];
  for (const clause of withConfirmTag(text).split(CLAUSE_BREAK)) {
    if (CONFIRM_ONLY.test(clause.trim()) && out.length) {
      out.push(`${out.pop()!}, right`);
      continue;
    }
    // ("Which came first: A or B?": the lead asks of the two after it.)
    if (out.length && WHICH_FIRST_LEAD.test(out[out.length - 1]!)) {
      out.push(`${out.pop()!}: ${clause.trim()}`);
      continue;
    }
    const both = splitBothOrders(clause.trim()) ?? splitBothPicks(clause.trim()) ?? splitKindsNamed(clause.trim());
    if (both) {
      out.push(...both);
      continue;
    }
    const shared = SHARED_SUBJECT.exec(clause.trim());
    // (Asks with a preposition share a subject only where they lead: "albania joined in which year and at which council" is one ask.)
    // ("RFoM: set up what year and where's it based?": a verb before the first and one of its own after
    // the second are two questions, each with its own — never "set up where's it based".)
    // ("… — where and who chaired it": "who" with a verb of its own is a question of its own; the
    // first ask takes only the subject the message names.)
    if (shared && ((shared[1]!.trim() && OWN_VERB_AFTER.test(shared[5]!)) || (/^who$/i.test(shared[4]!) && WHO_DID_IT.test(shared[5]!)))) {
      out.push(tidy(`${shared[1]}${shared[2]}`), tidy(`${shared[4]}${shared[5]}`));
      continue;
    }
    if (shared && sharesSubject(shared[2]!, shared[3]!, shared[4]!) && (!shared[1]!.trim() || !PREPOSITION_LED.test(`${shared[2]} ${shared[4]}`))) {
      out.push(tidy(`${shared[1]}${shared[2]}${shared[5]}`), tidy(`${shared[1]}${shared[4]}${shared[5]}`));
      continue;
    }
    const trailing = splitTrailingAsks(clause.trim());
    if (trailing) {
      out.push(...trailing);
      continue;
    }
    for (const part of withTrailingTimeShared(clause.split(JOINED_QUESTION)).flatMap((p) => (/\bbetween\b/i.test(p) ? [p] : p.split(JOINED_POSSESSIVE)))) out.push(...splitListedQuestions(part.trim()).filter(Boolean));
  }
  return withDayAsksMerged(out);
}

/**
 * "Who won the 2011/12 elections, the presidential one and the Mazhilis one?": the question asked of
 * each kind named after it, in turn.
 */
function splitKindsNamed(clause: string): string[] | null {
  const m = KINDS_NAMED.exec(clause);
  return m ? [`${m[1]}, the ${m[2]} one${m[4]}`, `${m[1]}, the ${m[3]} one${m[4]}`] : null;
}
const KINDS_NAMED = /^(.*?[^\s,:—–-])\s*[,:—–-]?\s+(?:both\s+)?the\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+one\s+(?:and|&|\+)\s+the\s+([\p{L}-]+(?:\s+[\p{L}-]+)?)\s+one\s*([?.!]*)$/iu;

/**
 * "who got SG and who got HCNM at the tirana MC?", "who was SG and who was HCNM in 2012?": a time or
 * meeting said once at the end of two questions joined by "and" dates both — where the first says none.
 */
function withTrailingTimeShared(parts: string[]): string[] {
  if (parts.length !== 2) return parts;
  const [first, second] = [parts[0]!.trim(), parts[1]!.trim()];
  const trailing = TRAILING_TIME.exec(second);
  if (!trailing || !LEADING_WH_WORD.test(first) || !LEADING_WH_WORD.test(second) || DATED.test(first) || PRESENT.test(first)) return parts;
  return [`${first.replace(/[?.!\s]+$/, "")} ${trailing[1]!.trim()}`, second];
}
const LEADING_WH_WORD = /^\W*(?:who|what|which|where)\b/i;
const TRAILING_TIME = /\s((?:in|at|during)\s+(?:the\s+)?(?:(?:19|20)\d{2}|[^,?]{0,30}?\b(?:mc|ministerial(?:\s+council)?|summit|council\s+meeting)\b)[^,?]{0,20}?)\s*[?.!]*$/i;
/** ("who is SG and who was HCNM in 2012?": a question in the present asks of now.) */
const PRESENT = /\b(?:is|are|has|have|current|currently|incumbent)\b|['’]s\s/i;
/** A part with a time or place of its own: a year, or "in", "at", "on", "during", "since", "until" and what follows. */
const DATED = /\b(?:(?:19|20)\d{2}|in|at|on|during|since|until|before|after|when|now|today|currently)\b/i;

/** A part that only asks which of two came first, its two in the part after it. */
const WHICH_FIRST_LEAD = /^\W*(?:which|what)\s+(?:one\s+)?(?:came|happened|was|occurred)\s+(?:first|earlier|sooner|later|last)\W*$/i;

/** "which day", "what date" alone after a "when …" part. */
const DAY_ASK = /^(?:and\s+|also\s+)?(?:on\s+)?(?:which|what)\s+(?:exact\s+)?(?:day|date)\W*$/i;

/** "When did Höynck's term end exactly, which day?": a part asking the day of the "when" before it asks that one to the day, not a second question. */
function withDayAsksMerged(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const before = out[out.length - 1];
    if (before !== undefined && DAY_ASK.test(part) && /^\s*when\b/i.test(before)) out[out.length - 1] = /\bexact/i.test(before) ? before : `${before} exactly`;
    else out.push(part);
  }
  return out;
}
