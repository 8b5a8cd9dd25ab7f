/**
 * "sofia ministerial — year + ordinal", "istanbul summit year + document", "MC 2025 dates + ordinal",
 * "current osce SG (name + country)":
 * a thing named, then the details wanted of it joined by "+", "&" or "and". The thing is asked alone;
 * its answer stands only where it says every detail wanted (a year, a date, an ordinal, a document …).
 */

/** What says each detail in an answer's text. */
const SAYS: Record<string, RegExp> = {
  year: /\b(?:19|20)\d\d\b/,
  date: /\b\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/,
  ordinal: /\b\d+(?:st|nd|rd|th)\b/,
  place: /\b(?:in|at)\s+(?:the\s+)?\p{Lu}/u,
  meetingPlace: /\b(?:in|at)\s+(?:the\s+)?\p{Lu}|\p{Lu}\p{Ll}+\s+(?:Summit|Ministerial)\b/u,
  chair: /\bChairperson-in-Office\b/,
  document: /\b(?:Declaration|Charter|Act|Document|Decision)\b/,
  share: /\b\d+(?:\.\d+)?%/,
  // ("current SG (name + country)": a person's full name, and the country said after it.)
  name: /\p{Lu}[\p{L}'-]+\s+(?:\p{Lu}[\p{L}'-]+\s+)*\p{Lu}[\p{L}'-]+/u,
  country: /\p{Lu}[\p{L}'-]+\s+\((?:\p{Lu}[\p{L}'-]*\s?)+\)/u,
};

/** The words for each detail, as a reporter writes them. */
const DETAIL_WORDS: Array<[RegExp, keyof typeof SAYS]> = [
  [/^(?:year|yr)s?$/, "year"],
  [/^(?:date|dates|day|days)$/, "date"],
  [/^(?:ordinal|number|no\.?)$/, "ordinal"],
  [/^(?:mc|ministerial|council|summit)\s+(?:city|venue|place|location|host)$/, "meetingPlace"],
  [/^(?:city|venue|place|location|host)$/, "place"],
  [/^(?:cio|chair|chairperson)$/, "chair"],
  [/^(?:document|doc|docs|declaration|charter)$/, "document"],
  [/^(?:share|result|percent|percentage)$/, "share"],
  [/^(?:name|full\s+name)$/, "name"],
  [/^(?:country|nationality)$/, "country"],
];

const DETAIL = String.raw`(?:year|yr|years|date|dates|day|days|ordinal|number|(?:(?:mc|ministerial|council|summit)\s+)?(?:city|venue|place|location|host)|cio|chair|chairperson|document|doc|docs|declaration|charter|share|result|percent|percentage|name|full\s+name|country|nationality)`;
/** "… MC city? sorry 3 qs": the reporter's apology or thanks after the details. */
const SIGN_OFF = String.raw`(?:(?:sorry|thx|thanks|ty|cheers)\b[^?]{0,30})?`;
const DETAILS_AT_END = new RegExp(String.raw`^(.*?\p{L}.*?)[\s,:;–—(-]+(${DETAIL}(?:\s*(?:\+|&|and|,)\s*(?:the\s+)?${DETAIL})+)\s*\)?\s*(?:pls|please|plz)?\s*[?.!]*\s*${SIGN_OFF}$`, "iu");

export interface AttributeAsks {
  /** The thing asked of, alone: "sofia ministerial". */
  main: string;
  details: Array<keyof typeof SAYS>;
}

/** A cheap look first: a detail word at the very end, and a "+", "&", "and" or comma before it. */
const DETAIL_LAST = new RegExp(String.raw`${DETAIL}\s*\)?\s*(?:pls|please|plz)?\s*[?.!]*\s*${SIGN_OFF}$`, "i");

export function attributeAsks(text: string): AttributeAsks | null {
  if (!/[+&,]|\band\b/i.test(text) || !DETAIL_LAST.test(text)) return null;
  const m = DETAILS_AT_END.exec(text);
  if (!m) return null;
  const words = m[2]!.toLowerCase().split(/\s*(?:\+|&|\band\b|,)\s*/).map((w) => w.replace(/^the\s+/, "").trim()).filter(Boolean);
  const details = words.map((w) => DETAIL_WORDS.find(([re]) => re.test(w))?.[1]);
  if (details.some((d) => d === undefined) || details.length < 2) return null;
  return { main: m[1]!.trim(), details: [...new Set(details as Array<keyof typeof SAYS>)] };
}

/** The details whose words an answer cannot say otherwise: where one is missing, the answer is only part of what was asked. */
const PLAIN_DETAILS = new Set<keyof typeof SAYS>(["year", "ordinal", "share", "meetingPlace"]);

/** Whether an answer's text misses a detail wanted that it would say plainly ("MC city" of a chairmanship). */
export function missesPlainDetail(answer: string, details: ReadonlyArray<keyof typeof SAYS>): boolean {
  return details.some((d) => PLAIN_DETAILS.has(d) && !SAYS[d]!.test(answer));
}

/** Whether an answer's text says every detail wanted. */
export function saysDetails(answer: string, details: ReadonlyArray<keyof typeof SAYS>): boolean {
  return details.every((d) => SAYS[d]!.test(answer));
}
