/**
 * Which relation a question is about, and what it asks of it. Every relation a question cues is
 * scored by how much of the question it explains: concepts, entities that fill its typed roles,
 * time, the question word. Anything left unexplained lowers the confidence; an entity that fits
 * none of a relation's roles rules that relation out ("who chaired NATO?" is not about the OSCE).
 */
import type { Entity, Relation, Role } from "../facts/model.js";
import type { QuestionShape } from "../model/answer.js";
import type { TimeQuery } from "../time/parse-time.js";
import type { EntityMention, QuestionParse } from "./question-parse.js";
import type { RelationProfile } from "./relation-profile.js";
import { SHAPE_CONCEPTS, type Vocabulary } from "./vocabulary.js";
import { matchForm, tokens } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import { remembered } from "../text/memo.js";
import { countedPhrase } from "./counted-noun.js";
import { claimSpellingsOf, contrastsSaid, spellingsOf, titlesSpelled, unboundNameSpellings, type Spelling } from "./concept-spellings.js";
import { rolesDescribingNamed } from "./described-name.js";
import { joinedGroups } from "./joined-names.js";
import { asksManner, type MannerAsked } from "./manner.js";
import { chooseOperation, orderStep, operationsAsked, WILL, type Operation, type OperationsAsked } from "./operation.js";

export interface QueryPlan {
  relation: Relation;
  shape: QuestionShape;
  /** The role whose value is asked; null for when/count-of-times shapes. */
  asked: Role | null;
  /** Role name → entities the question gives for it. */
  bindings: Map<string, Entity[]>;
  time: TimeQuery | null;
  /** Every time the question names (two for "higher in 2011 or 2015?"). */
  times: TimeQuery[];
  /** An operation over the facts ("highest", "how long"), when the question asks one. */
  operation?: Operation;
  /** Asked as yes or no ("has Austria chaired more than once?"). */
  yesNo: boolean;
  /** A statement to check ("Astana hosted the seventh summit."), read like a yes/no question. */
  claim?: boolean;
  /** "how many countries …": a type is named, so a count is of distinct values. */
  typeNamed: boolean;
  /** Cues of several plain words the question says ("dual standards"): the facts that say them answer. */
  saidPhrases: string[];
  /** "above or below", "higher or lower": the words of a comparison offered, the higher's first. */
  choiceWords: [string, string] | null;
  /** "will", "upcoming": what is still to come. */
  futureAsked: boolean;
  /** A count whose noun is a group's name: its members are counted, not their facts. */
  countsGroup: boolean;
  /** "How many Ministerial Councils …": the noun phrase counted, as written, for the answer to say. */
  countedAs?: string;
  /** The question states what it asks about ("Höynck was the first SG.", "was Höynck the first?"): a verdict is due. */
  claimed: boolean;
  /** Stated, not asked: a statement, or one with a question tag ("…, right?"). */
  stated: boolean;
  /** "hungary's osce chair in 1995?": names and a time with no verb — checked, and what is related said too. */
  telegraphic: boolean;
  order: "before" | "after" | null;
  tense: "present" | "past" | null;
  /** "Finland's two chairmanships": how many things the question says there are. */
  statedCount?: number;
  /** "the second CiO after Passy": the order goes so many steps from the named one. */
  orderStep?: number;
  /** "Finland's second chairmanship", "the second time": the n-th is counted in turns, each the facts that follow on one another. */
  ordinalOfTurns?: true;
  /** "the second person elected president": the n-th is counted in people, each one's first fact (a re-election is no new person). */
  ordinalOfPeople?: true;
  /** "chaired twice", "exactly three times", "more than twice" (3 at least): how often the question says something happened. */
  statedTimes?: { n: number; mode: "plain" | "exact" | "atLeast" };
  /** "the first/last Secretary General" */
  pick: "first" | "last" | null;
  /** "Which countries …": list every match rather than asking which one is meant. */
  list: boolean;
  /** "the CSCE chair" with no time: a name used only until this day dates the question (lexicon `era_names`). */
  eraUntil?: number;
  /** "the renamed OSCE": the thing under its name after the one it had until then (lexicon `era_names`). */
  eraFrom?: number;
  /** The type a "which <noun>" question names ("country"), where the question names one. */
  askedType?: string;
  /** "which decade saw the most summits?", "which year had the most Councils?": facts counted per period of time. */
  countedPer?: "decade" | "year";
  /** "renamed back", "reverted": of the facts, those whose value had been held before. */
  goesBack: boolean;
  /** The question names the relation's own context ("the OSCE" of its seats): an unnamed role with a default means it. */
  contextNamed: boolean;
  /** The events that date the question (relation `dated_by`), with the people it names of them: query/dated-by-event.ts. */
  datingEvent: { relations: string[]; people: string[] } | null;
  /** "every summit after Budapest", "list all …": every one asked, not the one next to another. */
  every: boolean;
  /** "did every winner take more than 75%?": said of each one ("every", "each", "all") — never "ever". */
  ofEach: boolean;
  /** "Was de Hoop Scheffer the only Dutch CiO in 2003?": no one else held it in the time asked. */
  sole: boolean;
  /** "how many SGs have there been, up to Sinirlioglu?": a count of all until the one named, inclusive. */
  upTo: boolean;
  /** "how many states joined after Montenegro?": those after (or before) the one named — not "how many were there". */
  anchoredCount: boolean;
  /** "who was CiO the year before Kazakhstan?": every one of the year next to the named one's, not its one neighbour. */
  yearAway: boolean;
  /** "how long had Kubiš been SG when …", "how long has …": a length up to the time asked (or today), never the whole term. */
  upToThen: boolean;
  /** The asked role, not the main one, is what the question names by its own words ("every name the field presence had"). */
  askedNamed: boolean;
  /** Words of the question nothing explains: tolerated only when an entity, a time or the text pins the answer. */
  looseWords: number;
  /** Stems of words nothing but the relation's fact texts explains ("staff", "institutionalized"): a fact said must say them. */
  textOnlyExplained: string[];
  /** "did Zannier serve from 2011 to 2020?": a claim of a span by both ends — what held must begin and end in them. */
  spanClaimed: boolean;
  /** "how were the 2014 and 2015 chairmanships decided?": each fact with its note's sentence of how; where only how is asked, a fact without one answers nothing. */
  manner: MannerAsked;
  /** Stems of words only the relation's fact texts explain ("renewed"): a "Yes" needs them in the facts said. */
  factTextWords: string[];
  /** "is it true no Kazakh election was judged free and fair?": the claim says "no"/"none" itself, so a text saying it agrees. */
  saysNoOne: boolean;
  /** Stems of the words of the relation's `checked_cues` the question says ("free", "fair"). */
  checkedCueWords: string[];
  /** "… besides foreign minister": facts saying one of these phrases, or having one of these names, are left out. */
  besides?: { phrases: string[]; entities: string[]; years?: number[]; corrects?: true };
  compare: { role: string; first: Entity; second: Entity } | null;
  /** "succeeded", "replaced", "right before": one holder right after the other, not any time later. */
  succession: boolean;
  /** "was Saudabayev replaced as CiO in 2010?": a handover of the one named, said as what befell them. */
  handoverSaid: boolean;
  /** "Kanerva or Stubb?": facts whose role holds either name. */
  either?: { role: string; first: Entity; second: Entity };
  /** "prime minister" named for a text role ("office"): facts must say it (any of these phrases). */
  labelFilters: Array<{ role: string; phrases: readonly string[] }>;
  /** Figures in the question ("57", "95.5"): facts must carry one of them in a number role. */
  numbers: string[];
  /** "more than 75%", "under 50 seats": how the question's figures must compare with the facts' (else equal). */
  figureClaim?: "greater" | "lesser";
  /** The question's figures written as shares ("75%"): checked against shares only, the others against counts. */
  percentFigures: string[];
  /** "about 70%": a hedged figure is near enough within a point. */
  figureHedged: boolean;
  /** "exactly how many …": a figure said in words ("more than 100") does not answer. */
  precise: boolean;
  /** "the first Secretary General" (of the post), not "Kazakhstan first chaired" (its own first time). */
  pickOfAll: boolean;
  /** The roles bound by a name said right before the named holder ("Italy's Giancarlo Aragona"): they describe, not narrow a pick. */
  describingNamed: string[];
  /** "their first time", "its last", with the one it is of not named: the own pick of whoever held it at the time said. */
  pickOwnOfThen: boolean;
  /** "Is Finland chairing for the first time?", "is this Finland's first chairmanship?": the named one's own first, checked against its term now. */
  pickOwnNow: boolean;
  /** "was the first OSCE SG Italian?": the first of all is picked, then checked ("the first Italian SG" picks among Italians). */
  pickThenChecked: boolean;
  /** "the first CiO of 2009": first within the time named, not first of all and then checked against it. */
  pickWithin: boolean;
  /** "just before Switzerland's current term": of the named one's turns, the one holding today. */
  currentTurnNamed: boolean;
  /** Time means "began during" ("which countries joined in 1992?"). */
  starting: boolean;
  /** "when did Blair become PM?": when a post was taken up is asked, said by becoming it — not by being named to it. */
  becameAsked: boolean;
  /** "Has Germany chaired since 2010?": "since" is any time since, not held throughout since then (as "has been … since"). */
  anyTimeSince?: true;
  /** "Has Nazarbayev been president since 1990?": held from then up to now (a present perfect of "been"). */
  heldToNow?: true;
  /** "was the CSCE renamed in 1994?": the name said may be the old one, whose span ended then. */
  renaming: boolean;
  /** "where was the 2009 chair decision taken?": the year names a term a fact states, not when it was decided. */
  yearNamesTerm: boolean;
  /** "the final figure": a preliminary figure matched is said with the final one beside it. */
  finalAsked: boolean;
  /** "which German city …": the answer must lie in this entity (`in:` of the answer's entity). */
  within: Entity | null;
  textWords: string[];
  /** Kinds said that exclude others (lexicon `contrasts`): a fact whose text says another, and not this one, confirms nothing. */
  contrastsSaid: Array<{ said: Spelling[]; others: Spelling[] }>;
  /** Each of `textWords` with its concept's other spellings ("sg" → "secretary general"), made when first asked. */
  textWordSpellings: () => Spelling[][];
  /** The titles among those words ("SG", "secretary general"), each in every spelling of its concept. */
  titlesSpelled: () => Spelling[][];
  /** The names said but bound to no role ("RFoM"), each spelled out: a text value may say one ("OSCE Representative on Freedom of the Media"). */
  unboundNames: () => Spelling[][];
  /** "HCNM or SG?": the question offers a choice of what it names. */
  choiceOffered: boolean;
  /** Stems of every content word, the relation's own cues too ("renamed"): what kind of event is counted. */
  contentStems: string[];
  /** The stems of the words of ending the question says ("stepped down"), for an end asked. */
  endSaid: string[];
  /** Qualifiers of a post the question does not say ("deputy"): a title with one is another post. */
  /** Qualifiers the question says ("the ODIHR director's deputy"): a fact must say them too, or it is another post. */
  saidQualifiers: string[];
  unsaidQualifiers: string[];
  checkWords: string[];
  /** Each check word with its concept's other spellings ("mc" → "ministerial council"), by stem, made when first asked. */
  checkWordSpellings: () => Map<string, Spelling[]>;
  /** Stems of document names the facts must spell out in their text ("Astana Commemorative Declaration"). */
  textNamed: string[];
  /**
   * For a verdict in prose: the question's own words the relation does not name itself ("free",
   * "fair", "international standards"). Worked out when called: only a "Yes" over prose needs them.
   */
  claimWords: () => string[];
  freeWords: string[];
}

export interface Candidate {
  profile: RelationProfile;
  /** The question has one of the relation's cue words (not matched through entities alone). */
  cued: boolean;
  confidence: number;
  /** How much of the question the relation explains (absolute weight): more is more specific. */
  strength: number;
  /** Tie-breaker: how close the question's concepts are to one of the relation's patterns. */
  patternSimilarity: number;
  /** The shape of its plan, null where it has none: known without making the plan. */
  shape: QuestionShape | null;
  /** The query to run (made when first read: most candidates are only ranked). */
  readonly plan: QueryPlan | null;
  /** An entity that fits none of this relation's roles (the reason it was ruled out). */
  stranger?: Entity;
  /** Words of the question this relation leaves unexplained (the reason it was ruled out). */
  unexplainedWords?: string[];
  /** Concepts of the question this relation does not explain (the reason it was ruled out). */
  strayConcepts?: string[];
  /** An operation asked that this relation cannot do ("runner-up" of a list of summits). */
  unsupported?: string;
}

const RENAMING = /\brenam(?:e|ed|es|ing)\b/i;

/**
 * A year said right before the noun that follows a text role in the relation's sentence ("the {term}
 * OSCE Chairmanship"), or after "for": "the 2009 chair decision" names the 2009 term. ("decided in 2009" does not.)
 */
export function yearNamesTerm(parse: QuestionParse, relation: Relation, vocab: Vocabulary): boolean {
  const time = parse.times.length === 1 ? parse.times[0]! : null;
  if (!time || time.grain !== "year") return false;
  const next = /^\s+(?:(?:osce|csce)\s+)?(\p{L}+)/iu.exec(parse.cleaned.slice(time.index + time.length))?.[1];
  const concept = (word: string) => vocab.conceptOfWord(word.toLowerCase()) ?? word.toLowerCase();
  // (Both nouns of "the {term} bid for the OSCE Chairmanship": "its 2009 bid", "to chair in 2009".)
  const nounsOf = (r: Relation["roles"][number]) => new RegExp(`\\{${r.name}\\}\\s+(?:(?:OSCE|CSCE)\\s+)?(\\p{L}+)(?:\\s+(?:for|of)\\s+the\\s+(?:(?:OSCE|CSCE)\\s+)?(\\p{L}+))?`, "iu").exec(relation.say)?.slice(1) ?? [];
  const nouns = relation.roles.flatMap((r) => (r.literal ? nounsOf(r) : [])).filter((n): n is string => !!n);
  if (parse.yearIsTerm) return nouns.length > 0;
  // ("Was Malta chosen for 2024?": the year a choice is for is the term too.)
  // (The time read may begin with the "for".)
  if (nouns.length && (/\bfor\s+(?:the\s+)?$/i.test(parse.cleaned.slice(0, time.index)) || /^for\s/i.test(parse.cleaned.slice(time.index)))) return true;
  // (The noun may come first, as its verb: "decided who would chair in 2009", "opposed Kazakhstan
  // chairing in 2009", "its bid to chair the OSCE in 2009".)
  const before = /(\p{L}+)\s+(?:(?:the\s+)?(?:osce|csce)\s+)?(?:in\s+)?$/iu.exec(parse.cleaned.slice(0, time.index))?.[1];
  return [next, before].some((word) => !!word && nouns.some((noun) => concept(noun) === concept(word)));
}

/** "about 70%", "roughly 80 seats": the figure is not claimed exactly. */
const HEDGE = /\b(?:about|around|roughly|approximately|approx|nearly|almost|some|circa|c\.)\s*\d|\d\s*(?:%|percent\b)?\s*-?\s*ish\b/i;
/**
 * "Did Nur Otan win every elected seat in 2012?": a yes/no question claiming all of a figure the
 * facts count ("every seat") is only confirmed by a fact whose text says all.
 */
function claimsAllOf(parse: QuestionParse, profile: RelationProfile): boolean {
  if (!parse.yesNo && !parse.declarative) return false;
  // (The noun may follow two words: "every elected Mazhilis seat"; or a figure: "all 98 elected seats".)
  const m = /\b(?:every|all(?:\s+the)?)\s+(?:\d+\s+)?([a-z-]+(?:\s+[a-z-]+){0,2})/i.exec(parse.cleaned);
  if (!m) return false;
  const nouns = m[1]!.toLowerCase().split(/\s+/).map(stem);
  return profile.relation.roles.some((r) => r.types.includes("number") && nouns.some((n) => profile.roleCueStems.get(r.name)?.has(n)));
}

/** What "how many …" counts when it asks a percentage ("how many percent"). */
const VOTES_COUNTED = /\b(?:vote\s+count|votes?\s+tally|number\s+of\s+votes|votes\s+cast|how\s+many\s+votes|ballots?\s+cast)\b/i;
const SHARE_SAID = /\b(?:share|percent|percentage|proportion|pct)\b|%/i;
const PERCENT_NOUNS = new Set(["percent", "percentag", "pct", "point", "share"]);

/** "name" as a noun that asks for a name: "the name of …", "doc name?", "name?" at the end — never "by name" (a list's form) or "got its (new) name" (a naming). */
/** "under the name OSCE", "under that name": a name as a time (since a renaming), never the name asked. */
const UNDER_A_NAME = /\bunder\s+(?:the|that|this|its|their|a)\s+name\b/i;
// ("what was the doc adopted at the 2010 summit called?": "called" that ends the question asks the name too.)
const NAME_ASKED = /\b(?:the|full|official)\s+name\b|\bname\s+of\b|(?<!\b(?:by|its|their|his|her|new|old|a|former)\s)\bname\W*$|\bcalled\W*$/i;

/** Words of one holder following another ("succeeded", "the predecessor of"), not a comparison ("a year earlier than"). */
const SUCCESSION = /\b(?:succeed(?:ed|s)?|successor|replac(?:ed|es|e)|predecessor|preced(?:ed|es|e)|follow(?:ed|s)?|took over|came (?:after|before)|(?:year|one) (?:after|before))\b/i;
/** "was replaced", "got succeeded": a handover said of the one named (never "the OSCE's predecessor"). */
const HANDOVER_SAID = /\b(?:was|were|been|got|is|are|be)\s+(?:[\p{L}'’.-]+\s+){0,4}?(?:replaced|succeeded|followed)\b/iu;
/** Words of one holder following another that, with "all" or "list", are every one on that side ("list all SGs who came after Kubiš"). */
/** "who chaired before?", "… and before that?": an order word with nothing after it, of the time the question is of. */
const BARE_ORDER = /\b(?:before|after)(?:\s+(?:that|then))?\s*(?:[?.!]|$)/i;
const LOOSE_SUCCESSION = /\b(?:follow(?:ed|s)?|came (?:after|before))\b/i;
/** "succeeded", "right after", "the first summit after": one right after the other (read once per question, not per reading). */
const saysSuccession = remembered((text: string) => SUCCESSION.test(text) || RIGHT_NEXT.test(text));
const saysOnlyLooseSuccession = (text: string) => LOOSE_SUCCESSION.test(text) && !RIGHT_NEXT.test(text) && !SUCCESSION.test(text.replace(new RegExp(LOOSE_SUCCESSION.source, "gi"), " "));
/** "renamed back", "went back to", "reverted": a return to an earlier value. */
const AGAIN = /\b(?:again|re-?elect(?:ed|ion)|re-?appoint(?:ed|ment)|once\s+more)\b/i;
const GOES_BACK = /\b(?:(?:renamed|change|changed|went|go|goes|going|switch|switches|switched|turn|turned|named)\s+back|revert(?:ed|s|ing)?|back\s+to\s+being)\b/i;
/** "directly after", "right before", "immediately preceded": the very next one. */
// ("was Astana the first summit after Lisbon?": the first after one, or the last before it, is the one right next to it.)
const RIGHT_NEXT = /\b(?:directly|immediately|(?:right|just|straight) (?:before|after))\b|\b(?:first|next)\s+(?:\p{L}+\s+){0,3}?after\b|\blast\s+(?:\p{L}+\s+){0,3}?before\b/iu;
/** "the last SG before the 2020 vacancy": ordered by an event of that year, not "in 2020" (nor "before 2020"). */
/** "… succeed?", "… succeeded?": the order word last, with nothing after it to order by. */
const UNTIL_ASKED = /\b(?:until|till|til|up\s+to)\s+(?:when|what\s+(?:year|date|month)|which\s+(?:year|date|month))\b|\bbetween\s+(?:which|what)\s+(?:years|dates)\b|\bfrom\s+when\s+(?:to|until|till)\s+when\b/i;
const NTH_NAME = /\b(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+names?\b/i;
/** "the 2022 vote was the first under what kind of term?": the first is the subject's, held under the thing asked — no pick of it. */
const FIRST_OF_THE_SUBJECT = /\bthe\s+first\s+(?:[\p{L}-]+\s+){0,3}?(?:under|with|held\s+under)\s+(?:what|which)\b/iu;
const COUNTED_FROM = /\b(?:after|since|following|from)\b/i;
const OUTCOME_ASKED = /\b(?:succeed|succeeded|succeeds)\W*$/i;
/** "before the 2025 one": of this relation's own events, the one of that year. */
const ORDER_BY_ONE_OF_YEAR = /\b(?:before|after|prior to|following|preceding)\s+(?:the|that)\s+(?:\d{4}|'\d\d)\s+ones?\b/i;
const ORDER_BY_EVENT_OF_YEAR = /\b(?:before|after|prior to|following|preceding)\s+(?:the|that)\s+(?:\d{4}|'\d\d)\s+\p{L}/iu;

/** "the first …", "the OSCE's first …": first of everyone, not the named one's own first time. */
// ("Zannier was first OSCE SG": a copy's "was first" without "the" is of all too — not "first time".)
const PREDICATE_NOUNS = new Set(["diplomat", "national", "citizen", "politician", "minister"]);
// ("last osce summit was istanbul": copy that begins with the pick drops its "the" too; "the OSCE held its
// last summit in …": the organisation's own is every one.)
const OWNERS_PICK = /\b(?:their|its|his|her)\s+(?:very\s+)?(?:first|last)\b/i;
/** "Austria's first go", "their last stint": one's own turn, which a time said beside it names. */
const OWN_TURN_OF_TIME = /(?:\b\p{L}+(?:'s|’s|s')|\b(?:their|its|his|her))\s+(?:very\s+)?(?:first|last)\s+(?:go|time|turn|stint|spell|term|chairmanship|chairpersonship|presidency|tenure|run)\b/iu;
/** "for the first time", "this Finland's first": a pick of the named one's own, of the term it holds now. */
const CURRENT_TURN = /\b(?:current|present|ongoing)\s+(?:term|turn|chairmanship|tenure|mandate|stint)\b/i;
const OWN_PICK_NOW = /\bfor\s+the\s+(?:very\s+)?(?:first|last)\s+time\b|\bthis\s+\p{L}+(?:'s|\s+s)\s+(?:very\s+)?(?:first|last)\b/iu;
const PICK_OF_ALL = /\bthe\s+(?:(?:osce|csce|organi[sz]ation)(?:'s|s)?\s+)?(?:very\s+)?(?:first|last)\b|\b(?:was|is|became)\s+(?:first|last)\s+(?!time\b|to\b|in\b|of\b)\p{L}|^\W*(?:very\s+)?(?:first|last)\s+(?!time\b|to\b|in\b|of\b|year\b|month\b|week\b)\p{L}|\b(?:osce|csce|organi[sz]ation)\s+(?:held|hosted|had|convened)\s+its\s+(?:very\s+)?(?:first|last)\b/iu;

/**
 * "the first CiO of 2009", "the last summit in the 1990s": the time follows the picked noun (no verb
 * between), so the pick is made within it. ("Was the first summit held in 1990?" picks of all, and so
 * does one's own first: "Finland held its first chairmanship in 2025" — its first was 2008; "for the
 * first time in 2022" is of all its times.)
 */
const pickBefore = (article: string, prepositions: string) =>
  new RegExp(`${article}\\b(?:first|last|latest|earliest)\\s+(?:(?!(?:was|were|is|are|be|been|held|took|happened|came|met|did|had|has|time)\\b)[\\p{L}'/-]+\\s+){0,3}?(?:${prepositions})\\s+(?:the\\s+)?(?:year\\s+)?['’\\d]`, "iu");
// ("the first Mazhilis election in your records": the first of those listed, which the answer is, whatever came before.)
const PICK_WITHIN = [pickBefore("", "of|during"), pickBefore("\\bthe\\s+(?:very\\s+)?", "in|for"), /\b(?:in|on)\s+(?:the|your|my)\s+(?:records?|table|fact\s+table|list|data)\b/i];

/** "the final result", "final %": final as against preliminary, not the last of several. */
// ("… bloomberg had 80.7, final was?": the final figure asked after a preliminary one.)
const PRELIM_OR_FINAL = /\b(?:prelim(?:inary)?|provisional)\s+or\s+(?:the\s+)?final\b|\bfinal\s+or\s+(?:the\s+)?(?:prelim(?:inary)?|provisional)\b/i;
const FINAL_FIGURE = /\bfinal\s+(?:[\p{L}\p{N}'’.,-]+\s+){0,4}?(?:results?|figures?|count|tally|share|turnout|numbers?|percent|%|vote|data|\d[\d.]*\s*%)|\d[\d.]*\s*%?\s*[,;:–—-]+\s*(?:and\s+|but\s+|the\s+)?final\s+(?:was|is|one|figure)?\s*\?/iu;

type FiguresSaid = Pick<QueryPlan, "percentFigures" | "figureHedged" | "pickOfAll" | "pickThenChecked" | "pickWithin" | "finalAsked">;

/** What scoring needs of a reading that is the same for every relation it is scored against: worked out once per reading. */
interface ReadingFacts {
  /** What its text says that only a plan uses: worked out for the reading's first plan (`textSaid`). */
  text?: TextSaid;
  /** The types of the entities it names. */
  entityTypes: Set<string>;
  /** Its concepts but the shape concepts, in order. */
  plainConcepts: string[];
  /** Names read through a typo correction. */
  fuzzyNames: number;
  /** The operations it asks (operation.ts). */
  asked: OperationsAsked;
}

/** What the question's text says of its figures and of how often ("twice", "more than three times"). */
interface TextSaid {
  figures: FiguresSaid;
  statedTimes: QueryPlan["statedTimes"];
}

function readingFacts(parse: QuestionParse): ReadingFacts {
  return {
    entityTypes: new Set(parse.entities.map((e) => e.entity.type)),
    plainConcepts: [...parse.concepts.keys()].filter((c) => !SHAPE_CONCEPTS.has(c)),
    fuzzyNames: parse.entities.filter((e) => e.fuzzy).length,
    asked: operationsAsked(parse),
  };
}

/** A figure written as a share ("75%", "75 percent"): one pattern per figure, made once (not per reading). */
const percentOf = remembered((figure) => new RegExp(`(?:^|[^\\d.])${figure.replace(".", "\\.")}\\s*(?:%|percent|per\\s*cent|pct\\b)`, "i"));

/** The text's figures and times said: worked out once per reading, and only for one a plan is made of. */
function textSaid(parse: QuestionParse, said: ReadingFacts): TextSaid {
  return (said.text ??= {
    figures: {
      percentFigures: parse.numbers.filter((n) => percentOf(n).test(parse.cleaned)),
      figureHedged: HEDGE.test(parse.cleaned),
      pickOfAll: PICK_OF_ALL.test(parse.cleaned),
      // ("was the first OSCE SG Italian?": no name said right after "first" — the first of all, then checked.)
      // (The organisation is no name of one: "the first OSCE Secretary General".)
      // (And a name said last — "… was Italian", "… an Italian diplomat" — is what is checked of the one picked.)
      pickThenChecked: parse.entities.every((m) => m.entity.type === "organization" || (m.left !== "first" && m.left !== "last" && (m.right === undefined || PREDICATE_NOUNS.has(m.right)))),
      // ("when did Switzerland last chair before 2026?": a pick before or after a time is within it.)
      pickWithin: PICK_WITHIN.some((re) => re.test(parse.cleaned)) || parse.times.some((t) => t.mode === "before" || t.mode === "after" || t.mode === "since"),
      // ("is 97.7% the preliminary or the final figure?": both asked, so both said.)
      finalAsked: !PRELIM_OR_FINAL.test(parse.cleaned) && (FINAL_FIGURE.test(parse.cleaned) || (/\bfinal\b/i.test(parse.cleaned) && /\d\s*%|\bpercent\b|\b\d{1,2}\.\d{1,2}\b/i.test(parse.cleaned))),
    },
    statedTimes: timesSaid(parse.cleaned),
  });
}

const AGENT_TYPES = new Set(["person", "country", "party", "organization", "institution", "group"]);
const W = { textWord: 0.5, cue: 1.5, concept: 1, shapeConcept: 0.25, bound: 1.5, context: 0.75, time: 1, ask: 0.5, unexplained: 1.5, unknown: 1, properNoun: 2 };

/** Does the table hold any fact of `relation` with this entity in this role? (Binding prefers roles with data.) */
export type HasFacts = (relation: string, role: string, entity: string) => boolean;

export function matchRelations(parse: QuestionParse, profiles: RelationProfile[], vocab: Vocabulary, hasFacts: HasFacts): Candidate[] {
  const out: Candidate[] = [];
  if (profiles.length === 0) return out;
  const said = readingFacts(parse);
  for (const profile of profiles) {
    const c = scoreRelation(parse, said, profile, vocab, hasFacts);
    if (c) out.push(c);
  }
  return out.sort(byRank);
}

/**
 * "Are Canada and the US participating States?": two names of one role said together ("A and B"), or
 * one lying in the other, each checked — not an order, a choice, a comparison, nor a name put against
 * another ("Greece instead of Kazakhstan", "Kazakhstan got 2010 at the Madrid Council").
 */
function eachChecked(parse: QuestionParse, claim: boolean, pair: { first: Entity; second: Entity }): boolean {
  if (!(parse.yesNo || claim) || parse.alternative || parse.order || parse.ordinal !== null || parse.operations.size > 0) return false;
  // ("Finland hosted the 2025 Council in Helsinki": one name lies in the other — the country and its city.)
  if (pair.first.in === pair.second.id || pair.second.in === pair.first.id) return true;
  return saidTogether(pair.first, pair.second).test(foldName(parse.cleaned));
}

/** "A and B", "A, and the B": the two names joined, any of their names (made once per pair of names). */
const togetherPatterns = new Map<string, RegExp>();
export function saidTogether(first: Entity, second: Entity): RegExp {
  const names = (e: Entity) => [e.name, ...e.aliases].map((n) => foldName(n).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  // (Keyed by the names themselves: a table reloaded with other names for an id makes another pattern.)
  const key = `${names(first)}\u0000${names(second)}`;
  const known = togetherPatterns.get(key);
  if (known) return known;
  const made = new RegExp(`(?:^|[^\\p{L}])(?:${names(first)}),?\\s+(?:and|&)\\s+(?:the\\s+)?(?:${names(second)})(?![\\p{L}])`, "u");
  togetherPatterns.set(key, made);
  return made;
}

/** "ODIHR, the HCNM": two names one after the other in a list, joined by a comma or "and" (folded text). */
export function listedTogether(first: Entity, second: Entity): RegExp {
  const names = (e: Entity) => [e.name, ...e.aliases].map((n) => foldName(n).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  return new RegExp(`(?:^|[^\\p{L}])(?:${names(first)})(?:\\s*,\\s*|,?\\s+(?:and|&)\\s+)(?:the\\s+)?(?:${names(second)})(?![\\p{L}])`, "u");
}

export const foldName = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/** Confidence first; then how much of the question a relation explains (specificity); then pattern likeness. */
export function byRank(a: Candidate, b: Candidate): number {
  return b.confidence - a.confidence || b.strength - a.strength || completeForCount(b) - completeForCount(a) || b.patternSimilarity - a.patternSimilarity;
}

/** ("how many States joined since 1995": a count is of a complete list — the admission order holds only the ordinals stated.) */
function completeForCount(c: Candidate): number {
  return c.shape === "count" && c.profile.relation.closed ? 1 : 0;
}

function scoreRelation(parse: QuestionParse, said: ReadingFacts, profile: RelationProfile, vocab: Vocabulary, hasFacts: HasFacts): Candidate | null {
  const relation = profile.relation;
  let cued = false;
  for (const c of parse.concepts.keys()) if (profile.cues.has(c)) cued = true;
  for (const e of parse.entities) if (profile.cueEntities.has(e.entity.id)) cued = true;

  // (The words are checked before the roles are chosen: "what was the weather in Dokrusstan" reaches
  // every relation with a country in it, and none of them explains "weather".)
  if (!cued && (relation.needsCue || !explainsEveryWord(parse, profile, vocab))) return null;
  const asked = chooseAsked(parse, profile, said.entityTypes);
  const binding = bindEntities(parse, profile, asked.role, hasFacts);
  if (!cued && !bindsWithoutCue(parse, binding, asked)) return null;
  if (binding.stranger) return { profile, cued, confidence: 0, strength: 0, patternSimilarity: 0, shape: null, plan: null, stranger: binding.stranger };
  if (!saysWhatItNeeds(parse, relation.needs, binding, vocab)) return null;

  let explained = 0;
  let unexplained = 0;
  // Concepts of the question this relation does not explain ("chairman" asked of elections).
  const strayConcepts: string[] = [];
  // Plain words only this relation's fact texts explain ("became" of summits: the Budapest note).
  const textOnlyWords: string[] = [];
  // The words of a post that only the facts' text says, which the facts answered must say.
  let postSaid: string[] | null = null;
  for (const c of parse.concepts.keys()) {
    if (SHAPE_CONCEPTS.has(c)) explained += W.shapeConcept;
    else if (profile.cues.has(c)) explained += W.cue;
    else if (profile.vocab.has(c)) explained += W.concept;
    // ("how long was the term Nazarbayev won in 2011?": an event that dates the question, with its time.)
    else if (datesTheQuestion(parse, profile) && profile.datingCues.has(c)) explained += W.concept;
    // ("who chaired the Berlin Council?": "chair" names the role asked, here only — asked "who", not
    // counted: "how many Italian ministers held the chair" is no count of Councils' chairs.)
    else if ((parse.ask === "agent" || parse.ask === "which") && asked.role && profile.roleAskedCues.get(asked.role.name)?.has(c)) explained += W.concept;
    // ("when did Genscher chair the Berlin Council?": so is a role a name in the question fills.)
    else if ([...binding.bindings.keys()].some((r) => profile.roleAskedCues.get(r)?.has(c))) explained += W.concept;
    // A plain word another relation registered, used in this relation's own facts ("draft election law").
    else if (c.startsWith("w:") && profile.textWords.has(c.slice(2))) {
      explained += W.textWord;
      textOnlyWords.push(c.slice(2));
    }
    // ("which senate speaker did Passy meet": a post this relation has no word for, said in full in
    // its own facts' text — "Abykaev was Speaker of the Senate". Phrases only: one word says too little.
    // Never in a claim: a text that lacks the post would be a "No" to something else.)
    else if (!parse.yesNo && !parse.declarative && ((asked.role ?? relation.mainRole).types.includes("person") || relation.mainRole.types.includes("person")) && namesTheAsked(c, parse, vocab) && (postSaid = saidInFactText(vocab.phrasesOf(c), profile))) explained += W.textWord;
    // ("istanbul summit doc name?", "the name of the astana summit's final doc": the noun "name" asks the
    // value asked for by its name — never a renaming, which the relations of names have as a cue.)
    else if (c === "name" && asked.role && !parse.yesNo && !parse.declarative && NAME_ASKED.test(parse.cleaned) && !UNDER_A_NAME.test(parse.cleaned)) explained += W.concept;
    else if (!vocab.softConcepts.has(c)) {
      unexplained += W.unexplained;
      // A concept of a related relation ("chair" asked of the CiO) lowers confidence; any other
      // ("chairman" asked of elections) means the question is about something this relation is not.
      if (!profile.relatedVocab.has(c)) strayConcepts.push(c);
    }
  }
  explained += (binding.bound - binding.byMembers.length) * W.bound + (binding.byMembers.length + binding.context) * W.context;
  explained += parse.times.length * W.time;
  for (const u of parse.unknown) {
    // A word the relation's own facts use ("dual standards", "Charter") is half explained.
    if (inFactText(u, profile)) explained += W.textWord;
    else unexplained += u.properNoun ? W.properNoun : W.unknown;
  }
  // A figure in a question about a relation without figures ("in ‮0102", a reversed year) is not understood.
  // (A small count in a yes/no question about a complete list is checked by counting: "did Italy give two SGs?")
  const countable = parse.yesNo && relation.closed && parse.numbers.length === 1 && /^(?:[1-9]|1\d|20)$/.test(parse.numbers[0]!);
  const figuresUnexplained = parse.numbers.length > 0 && !countable && !relation.roles.some((r) => r.types.includes("number") || r.types.includes("percent"));
  if (parse.numbers.length && !figuresUnexplained) explained += 0.5;
  // (Of states, only the beginnings of two named: "did Montenegro join before Mongolia?" compares when each began.)
  if (parse.order) relation.time !== "states" || (binding.compare && parse.starting && (parse.yesNo || parse.declarative)) ? (explained += W.ask) : (unexplained += W.unexplained);
  if (asked.compatible && !parse.askNounUnknown) explained += W.ask;
  else unexplained += W.unexplained;
  // The asked-for thing is a word nothing knows ("turnout"): whatever this relation says, it is not that.
  if (parse.askNounUnknown) unexplained += W.properNoun;
  // "which document formally institutionalized the CiO post": a word only this relation's fact texts
  // use names the thing asked, which no role of a name or a figure is.
  if (parse.askNoun && textOnlyWords.includes(parse.askNoun) && asked.role && !asked.role.literal) strayConcepts.push(`w:${parse.askNoun}`);
  // ("what did Abdrakhmanov do on his first day": a post held is no deed — only events of text answer it.)
  if (parse.asksActivity && (!relation.mainRole.types.includes("text") || relation.time !== "events")) strayConcepts.push("w:do");
  // "How many …" answered by a curated figure beats one computed by counting facts; and a figure
  // is a poor reading of a question that does not ask for one ("what are the Partners?").
  const numericAsk = !!asked.role && asked.role.types.some((t) => t === "number" || t === "percent");
  if (parse.ask === "count" && numericAsk) explained += W.ask;
  // ("2021 mazhilis threshold": said without a question word, the cue of a share's relation names the
  // share — a percentage is nothing but a figure. A count may be a list: "osce pS in 2004".)
  // ("what was the 2007 mazhilis threshold": asked "what" of a relation its cue names, whose main role is
  // the figure, that figure is the value asked — not a share asked of a party's result.)
  else if (numericAsk && parse.ask !== "percent" && parse.ask !== "count" && !parse.yesNo && !((parse.ask === null || (parse.ask === "which" && asked.role === relation.mainRole)) && cued && asked.role!.types.includes("percent"))) unexplained += W.ask;

  const rangeOfYears = parse.times.length === 1 && parse.times[0]!.grain === "range";
  const operation = chooseOperation(parse, said.asked, relation, asked.role, binding.compare || rangeOfYears ? 2 : parse.times.length, profile.lasting);
  // A comparison without an operation is only answerable as "did X … before/after Y?".
  // "Ljubljana hosted the 2005 Ministerial Council." — a claim, checked like a yes/no question.
  // (The relation's own subject counts as named: "The CSCE became the OSCE on 1 January 1995." A
  // request to list — "every city that hosted …" — or for "the exact day" claims nothing. A name said
  // of a name's facts is claimed too: "ODIHR used to be called the Office for Free Elections", and so is
  // a pick: "The first Secretary General was Italian".)
  const claim = parse.declarative && (!parse.operations.has("list") || claimsAllOf(parse, profile)) && !asksExactDate(parse) && binding.bound + binding.context >= 1 && binding.bound + binding.context + parse.times.length + parse.numbers.length + (parse.ordinal !== null || PICK_AS_SUBJECT.test(parse.cleaned) || parse.operations.has("more_than_once") || timesSaid(parse.cleaned) || nameClaimed(parse, relation).length > 0 ? 1 : 0) >= 2;
  // "Was it Kanerva or Stubb chairing in 2008?": a choice between two names for one role, at a time — whichever held.
  const either = !!binding.compare && parse.alternative && !operation && parse.times.length > 0 && !parse.order;
  // "Which country has chaired more often, Austria or Switzerland?": the two names are the choice the operation decides.
  // "Which chaired first, Serbia or Ukraine?" likewise, by which came first.
  const picks = parse.concepts.has("first") || parse.concepts.has("last");
  const choice = (!!operation || (picks && operation === undefined)) && !!binding.compare && parse.alternative && asked.role?.name === binding.compare.role;
  let shape = either || choice
    ? "value"
    : binding.compare && !operation
      ? parse.order && parse.orderLeadsNames && (parse.yesNo || claim)
        ? null
        : ((parse.yesNo || claim) && parse.order && (relation.time !== "states" || parse.starting)) || eachChecked(parse, claim, binding.compare) ? "check" : asksManner(parse) === "how" && !parse.alternative ? "value" : null
      : claim && !operation && !handoverClaim(parse, relation, binding.bindings.has(relation.mainRole.name)) ? "check" : claim && !operation ? "order" : chooseShape(parse, relation, asked, binding.askedBound, binding.bindings.has(relation.mainRole.name), binding.bindings.size > 0);
  // "How many participating States … during Kazakhstan's chairmanship?" counts States, not chairmanships:
  // a count of facts needs the counted noun to be what this relation's facts are (or one of its roles').
  const counted = parse.countConcept;
  if (shape === "count" && counted && !SHAPE_CONCEPTS.has(counted) && !profile.cues.has(counted) && !profile.roleCueConcepts.has(counted)) shape = null;
  // ("how many states in 1992 after the Stockholm Council" counts countries: never the posts it created.)
  if (shape === "count" && parse.ask === "count" && parse.askType && parse.askType !== "time" && !numericAsk && !asked.role?.types.includes(parse.askType)) shape = null;
  // ("how many states at the Stockholm Council": the place asked is the city named — one country, and
  // no count of them is asked; the States that took part are no role of it.)
  if (shape === "count" && parse.askType === "country" && asked.role && binding.bindings.get(asked.role.name)?.some((e) => e.type === "city")) shape = null;
  // "What number participating State is Mongolia?": one member's membership counts nothing (it is 1).
  // ("How many … after Montenegro joined?" counts from its joining: the name is an anchor there.)
  if (shape === "count" && parse.ask === "count" && relation.time === "states" && binding.bindings.has(relation.mainRole.name) && !parse.order) shape = null;
  // "the last CSCE CiO before the renaming": a "before"/"after" with nothing to order by (no name,
  // no date) is a word this reading ignores — never the latest holder of all.
  if (parse.order && shape !== "order" && binding.bound === 0 && (parse.times.length === 0 || ORDER_BY_EVENT_OF_YEAR.test(parse.cleaned))) shape = null;
  // ("did Kazakhstan's 2009 bid succeed?": "succeed" with nothing after it to order by asks an outcome —
  // never answered "Yes" by the facts that the bid was made.)
  if (parse.order && parse.yesNo && OUTCOME_ASKED.test(parse.cleaned)) shape = null;
  // ("until when was the capital called Nur-Sultan?", "between which years …": the end of a time asked — an event (the renaming to it) has none.)
  if (shape === "when" && relation.time === "events" && UNTIL_ASKED.test(parse.cleaned)) shape = null;
  // ("the fourth name of the capital": names held are counted from the first, which no change made — the
  // fourth change is the fifth name.)
  // (Not after a thing named — "the second name after the move from Almaty" counts from it.)
  if (operation?.kind === "ordinal" && relation.time === "events" && !parse.order && !COUNTED_FROM.test(parse.cleaned) && NTH_NAME.test(parse.cleaned)) shape = null;
  // ("How many countries chaired before it became the OSCE in 1995?": the year dates the event counted up to, never the count itself.)
  if (parse.ask === "count" && parse.order && shape === "count" && binding.bound === 0 && parse.times.some((t) => t.mode === "at")) shape = null;
  // ("How many former Soviet States, Kazakhstan among them, …": the group's members are counted; a
  // figure of some other kind — the people killed in Kazakhstan's unrest — answers something else.)
  if (parse.ask === "count" && binding.byMembers.some((g) => countedRightAway(parse.cleaned, g)) && !(asked.role && binding.bindings.get(asked.role.name)?.some((e) => binding.byMembers.includes(e)))) shape = null;
  // ("how many Kazakh observers": a country said right before the noun counted describes the things
  // counted — only a nationality role says that, never the country an election was held in.)
  if (parse.ask === "count" && describesCounted(parse, binding, profile)) shape = null;
  // "How many participating States were there after Montenegro?": the one before or after answers no count.
  if (shape === "order" && parse.ask === "count" && !numericAsk) shape = null;
  // ("the last Ministerial Council before Kazakhstan's chairmanship" read as the decision on it: a
  // "before" or "after" that neither orders nor dates this reading is a word it ignores.)
  if (parse.order && shape === "value" && parse.times.length === 0 && !operation && parse.ask !== "time" && (parse.concepts.has("last") || parse.concepts.has("first"))) shape = null;
  // ("which name lasted longest after the move from Almaty": a ranking of lengths over all time ignores
  // the "after" — the time after the event is asked again, query/after-event.ts.)
  if (parse.order && operation?.kind === "rank" && operation.by === "duration" && parse.times.length === 0 && !binding.compare) shape = null;
  // An operation this relation cannot do leaves the question not understood (never the nearest fact).
  if (operation === null || binding.unplaced) shape = null;
  // ("How many countries chaired more than once?" still counts them.)
  else if (operation && shape !== null && operation.kind !== "exact") shape = operation.kind === "end" ? "when" : operation.kind === "repeated" && shape === "count" ? "count" : "value";
  // ("How many Councils were numbered between the 20th and the 25th?": one picked by its number counts nothing.)
  // (Not "'the 31st Council' — number right?", a check of the number.)
  if ((parse.ask === "count" || parse.ask === "times") && operation?.kind === "ordinal" && !numericAsk && HOW_MANY.test(parse.cleaned)) shape = null;
  if (shape === null) unexplained += W.unexplained;
  // One holder at a time *per* institution: "who headed it in 2015?" without naming which is half a question.
  const per = relation.exclusivePer;
  // (Of events, "per" only keeps an order to one line: "where was Kubiš reappointed?" is whole.)
  // ("Where is the OSCE headquartered?": the OSCE named says which — the role's default, its Secretariat.)
  const perByDefault = !!relation.roles.find((r) => r.name === per)?.default && parse.entities.some((m) => profile.context.has(m.entity.id));
  if (per && relation.time === "exclusive" && profile.perValues > 1 && shape === "value" && !binding.bindings.has(per) && !perByDefault && !parse.plural && !parse.operations.has("list")) unexplained += W.unexplained;
  let confidence = explained / Math.max(explained + unexplained, 1e-9);
  // Every content word must be accounted for: a word nothing knows ("anthem", "turnout", the name
  // "Xyoxyix") is most likely the very thing asked about, and no reading of this relation answers it.
  const unexplainedWords = parse.unknown.filter((u) => !inFactText(u, profile)).map((u) => u.form);
  if (figuresUnexplained) unexplainedWords.push(...parse.numbers);
  if (unexplainedWords.length || strayConcepts.length) confidence = 0;
  confidence *= Math.pow(0.93, parse.corrections + said.fuzzyNames);
  if (!cued) confidence *= 0.85;

  const scored = new ScoredCandidate(profile, cued, Math.round(confidence * 1000) / 1000, explained, similarity(said.plainConcepts, profile), shape,
    shape ? { shape, asked, binding, operation, claim, either, textOnlyWords, postSaid: postSaid ?? [], parse, said, vocab } : null);
  if (unexplainedWords.length) scored.unexplainedWords = unexplainedWords;
  if (strayConcepts.length) scored.strayConcepts = strayConcepts;
  if (operation === null) scored.unsupported = [...parse.operations].filter((o) => o !== "list").join(", ");
  return scored;
}

const FINITE_VERB = /\b(?:\p{L}+ed|was|were|is|are|held|won|took|became|led)\b/iu;
const HOW_MANY = /\bhow\s+many\b/i;

/** What scoring chose of a relation that its plan is made of, and the reading it was chosen for. */
interface PlanChoice {
  parse: QuestionParse;
  said: ReadingFacts;
  vocab: Vocabulary;
  shape: QuestionShape;
  asked: Asked;
  binding: Binding;
  operation: Operation | null | undefined;
  /** A statement read as a claim to check. */
  claim: boolean;
  /** "Kanerva or Stubb?": the two names are alternatives for one role. */
  either: boolean;
  /** Plain words only this relation's fact texts explain. */
  textOnlyWords: string[];
  /** The words of a post asked for that only the facts' text says ("which senate speaker"). */
  postSaid: string[];
}

/**
 * A relation scored against a reading, its plan made when first read: most candidates are only
 * ranked, and only those tied for the best are run (about half of those with a plan, on the
 * held-out and sample-evaluation questions). (A class, not an object literal with a getter, which V8
 * keeps in slow dictionary mode.)
 */
class ScoredCandidate implements Candidate {
  unexplainedWords?: string[];
  strayConcepts?: string[];
  unsupported?: string;
  // (Private: not part of what a candidate is, so two candidates scored alike are equal.)
  #choice: PlanChoice | null;
  #plan: QueryPlan | null | undefined;

  constructor(
    readonly profile: RelationProfile,
    readonly cued: boolean,
    readonly confidence: number,
    readonly strength: number,
    readonly patternSimilarity: number,
    readonly shape: QuestionShape | null,
    choice: PlanChoice | null,
  ) {
    this.#choice = choice;
  }

  get plan(): QueryPlan | null {
    if (this.#plan === undefined) {
      this.#plan = this.#choice && buildPlan(this.profile, this.#choice);
      this.#choice = null;
    }
    return this.#plan;
  }
}

/** The query a candidate reading runs. (Its optional fields set after: no spread of little objects.) */
function buildPlan(profile: RelationProfile, chosen: PlanChoice): QueryPlan {
  const { parse, said, vocab, shape, asked, binding, operation, claim, either, textOnlyWords, postSaid } = chosen;
  const relation = profile.relation;
  const { figures, statedTimes } = textSaid(parse, said);
  // For yes/no over prose: the words the text itself must contain (not the roles' own cues).
  const checkedWords = parse.contentWords.filter((w) => !w.concept || relation.checkedCues.includes(w.concept) || (!profile.cues.has(w.concept) && !profile.roleCueConcepts.has(w.concept)));
  const plan: QueryPlan = {
    relation,
    shape,
    asked: shape === "order" && !asked.role ? relation.mainRole : shape === "when" || (shape === "count" && !asked.role) ? null : asked.role,
    bindings: either ? new Map([...binding.bindings].filter(([role]) => role !== binding.compare!.role)) : binding.bindings,
    time: parse.times[0] ?? null,
    times: parse.times,
    yesNo: parse.yesNo || claim,
    claim,
    typeNamed: parse.askType !== null,
    // ("how many Nordic countries …": the count's noun is the group's own.)
    futureAsked: parse.operations.has("future") && WILL.test(parse.cleaned),
    choiceWords: choiceWordsOf(parse.cleaned),
    // ("who said the OSCE applies dual standards": a cue of several plain words names what the facts say.)
    saidPhrases: [...parse.concepts.keys()].filter((c) => c.startsWith("w:") && c.includes(" ") && profile.cues.has(c)).map((c) => c.slice(2)),
    countsGroup: parse.ask === "count" && binding.byMembers.some((g) => countedRightAway(parse.cleaned, g)),
    claimed: parse.declarative || parse.yesNo,
    stated: parse.declarative || !!parse.taggedStatement,
    telegraphic: shape === "check" && !parse.yesNo && !parse.declarative && !FINITE_VERB.test(parse.cleaned),
    order: parse.order,
    tense: parse.tense,
    // ("who was CiO in 2000 (Austria's first go)": the time said is that turn; the pick is not of the CiOs in it.
    // "was 2016 Germany's first time?" checks that turn: a pick still.)
    pick: (!parse.yesNo && !parse.declarative && parse.times.length > 0 && OWN_TURN_OF_TIME.test(parse.cleaned)) || FIRST_OF_THE_SUBJECT.test(parse.cleaned) ? null : parse.concepts.has("first") ? "first" : parse.concepts.has("last") && !figures.finalAsked && (!parse.times.length || parse.yesNo || claim || parse.times.every((t) => t.mode === "before" || presentDay(t)) || figures.pickWithin) ? "last" : nextMeeting(parse, relation),
    numbers: parse.numbers,
    precise: parse.operations.has("precise"),
    percentFigures: figures.percentFigures,
    figureHedged: figures.figureHedged,
    // ("the first Finnish chairmanship": first of the named one's own, where it is what the facts are of.)
    pickOfAll: figures.pickOfAll && !pickedOwnName(parse, binding.bindings.get(relation.mainRole.name), vocab),
    describingNamed: rolesDescribingNamed(parse, binding.bindings, relation.mainRole.name),
    // ("2008 chair? think it was their first time": the own first of whoever it was then.)
    pickOwnOfThen: (parse.concepts.has("first") || parse.concepts.has("last")) && !binding.bindings.has(relation.mainRole.name) && OWNERS_PICK.test(parse.cleaned),
    currentTurnNamed: CURRENT_TURN.test(parse.cleaned),
    pickOwnNow: parse.yesNo && parse.tense === "present" && parse.times.length === 0 && relation.time !== "events" && binding.bindings.has(relation.mainRole.name) && OWN_PICK_NOW.test(parse.cleaned),
    pickThenChecked: figures.pickThenChecked,
    pickWithin: figures.pickWithin,
    finalAsked: figures.finalAsked,
    list: parse.plural || parse.operations.has("list"),
    every: parse.operations.has("list"),
    ofEach: OF_EACH.test(parse.cleaned),
    sole: SOLE.test(parse.cleaned),
    // ("when did Finland chair again?", "when was Nazarbayev re-elected?": a turn of one who had one before.)
    // (Not in a time between two: "how many years after its first … did Finland chair again?")
    goesBack: GOES_BACK.test(parse.cleaned) || (AGAIN.test(parse.cleaned) && !parse.yesNo && !parse.declarative && !/\bhow\s+(?:many|long|much)\b/i.test(parse.cleaned)),
    contextNamed: parse.entities.some((m) => profile.context.has(m.entity.id)),
    datingEvent: datesTheQuestion(parse, profile) ? { relations: relation.datedBy, people: parse.entities.filter((m) => profile.datingPeople.has(m.entity.id)).map((m) => m.entity.id) } : null,
    askedNamed: askedByName(parse, profile, asked.role),
    upTo: parse.ask === "count" && UP_TO.test(parse.cleaned),
    anchoredCount: parse.ask === "count" && !!parse.order && !THERE_WERE.test(parse.cleaned),
    yearAway: !!parse.order && YEAR_AWAY.test(parse.cleaned),
    upToThen: HOW_LONG_HAD.test(parse.cleaned),
    looseWords: parse.unknown.filter((u) => !inFactText(u, profile)).length,
    manner: asksManner(parse),
    spanClaimed: parse.spanClaimed,
    textOnlyExplained: [...parse.unknown.filter((u) => inFactText(u, profile)).map((u) => stem(u.form)), ...postSaid],
    ...(parse.besides ? { besides: parse.besides } : {}),
    factTextWords: [...parse.unknown.filter((u) => inFactText(u, profile)).map((u) => stem(u.form)), ...textOnlyWords, ...(claimsAllOf(parse, profile) ? ["all"] : [])],
    compare: either ? null : (binding.compare ?? null),
    succession: saysSuccession(parse.cleaned) && !(parse.operations.has("list") && saysOnlyLooseSuccession(parse.cleaned)),
    handoverSaid: HANDOVER_SAID.test(parse.cleaned),
    within: binding.within ?? null,
    // (A claim or yes/no question asks nothing: "… was held online" checks the format it names; nor
    // does a telegraphic one, "kazakh prime minister in 2010?", name the office it asks about.)
    // ("in person or virtual?" is a choice: the named values are what is asked.)
    labelFilters: labelFilters(parse, profile, vocab, shape === "check" || (parse.ask === null && !parse.alternative) ? null : asked.role, binding.textNamed, shape === "check" ? null : asked.role),
    starting: parse.starting,
    becameAsked: BECAME_ASKED.test(parse.cleaned) && !NAMED_TO_POST.test(parse.cleaned),
    renaming: RENAMING.test(parse.cleaned),
    yearNamesTerm: yearNamesTerm(parse, relation, vocab),
    // Words that could pick out one fact by its text: against short labels ("Asian", "Foreign
    // Minister") any word but the relation's own cues (unless a role names it); against prose only
    // words the relation does not use itself ("dual standards").
    // (Not the words of the question's shape: "first" in a note is not the first fact.)
    textWords: textWordsOf(parse, profile, vocab).map((w) => w.stem),
    textWordSpellings: () => textWordsOf(parse, profile, vocab).map((w) => spellingsOf(w, vocab)),
    titlesSpelled: () => titlesSpelled(textWordsOf(parse, profile, vocab), vocab),
    contrastsSaid: vocab.contrasts.length ? contrastsSaid(new Set(parse.concepts.keys()), vocab) : [],
    unboundNames: () => unboundNameSpellings(parse.entities.map((m) => m.entity), binding.bindings),
    choiceOffered: parse.alternative,
    contentStems: parse.contentWords.map((w) => w.stem),
    endSaid: operation?.kind === "end" ? endWordsSaid(parse.cleaned, vocab) : [],
    unsaidQualifiers: [...vocab.qualifiers].filter((q) => !qualifiersSaid(parse, vocab).has(q)),
    // ("which Senate speaker and deputy FM …": a qualifier of one post listed does not rule out the other.)
    saidQualifiers: postsListed(parse, profile, vocab) ? [] : [...qualifiersSaid(parse, vocab)],
    // For yes/no over prose: the words the text itself must contain (not the roles' own cues).
    // ("was the OSCE still called the CSCE in 1996?": the name a name is claimed to be, though it names the thing too.)
    saysNoOne: /\b(?:no|none)\b/i.test(parse.cleaned),
    checkedCueWords: parse.contentWords.filter((w) => w.concept && relation.checkedCues.includes(w.concept)).map((w) => w.stem),
    checkWords: [...checkedWords.map((w) => w.stem), ...nameClaimed(parse, relation)],
    checkWordSpellings: () => new Map(checkedWords.map((w) => [w.stem, claimSpellingsOf(w, vocab)])),
    // (Not a verb of beginning another relation registered: "did X become the first …" is the first of this one.)
    freeWords: parse.contentWords.filter((w) => !w.concept || (!profile.vocab.has(w.concept) && !SHAPE_CONCEPTS.has(w.concept) && !vocab.startingConcepts.has(w.concept))).map((w) => w.stem),
    textNamed: binding.textNamed.flatMap(nameStems),
    claimWords: () => claimWordsOf(parse, relation, vocab),
  };
  if (operation) plan.operation = operation;
  // ("who was the last to join now?": the latest up to today, never one that began today.)
  if (plan.pick === "last" && !parse.yesNo && parse.times.length === 1 && presentDay(parse.times[0]!)) plan.time = null;
  if (parse.statedCount) plan.statedCount = parse.statedCount;
  if (PERFECT_ACTION_SINCE.test(parse.cleaned)) plan.anyTimeSince = true;
  else if (PERFECT_BEEN_SINCE.test(parse.cleaned)) plan.heldToNow = true;
  if (parse.ordinal !== null && ORDINAL_OF_TURN.test(parse.cleaned) && (parse.cleaned.match(ORDINAL_WORD) ?? []).length === 1) plan.ordinalOfTurns = true;
  else if (parse.ordinal !== null && ORDINAL_OF_PEOPLE.test(parse.cleaned)) plan.ordinalOfPeople = true;
  const counted = parse.ask === "count" ? countedPhrase(parse.cleaned) : undefined;
  if (counted) plan.countedAs = counted;
  const step = orderStep(parse);
  if (step !== null && shape === "order") plan.orderStep = step;
  if (statedTimes) plan.statedTimes = statedTimes;
  // ("Tokayev won 81.31% in 2022 — the first vote under the single seven-year term?": "under" compares no figure.)
  if (!parse.looseComparison || parse.firmComparison) {
    if (parse.operations.has("greater")) plan.figureClaim = "greater";
    else if (parse.operations.has("lesser")) plan.figureClaim = "lesser";
  }
  if (either) plan.either = binding.compare!;
  if (parse.ask === "time" && (parse.operations.has("max") || parse.operations.has("min"))) plan.countedPer = /\bdecades?\b/i.test(parse.cleaned) ? "decade" : "year";
  if (parse.askType) plan.askedType = parse.askType;
  else if (parse.ask === "place" && /\bin\s+(?:which|what)\s+country\b/i.test(parse.cleaned)) plan.askedType = "country";
  // ("what was the host country of the 26th MC?": the country a host city lies in is asked.)
  else if (parse.ask !== null && /\bhost(?:ing)?\s+(?:chair\s+)?country\b/i.test(parse.cleaned)) plan.askedType = "country";
  // ("Budapest 1994 was the first summit under the OSCE name": an era said in so many words holds beside a year.)
  const eraSaid = /\bunder\s+the\s+[\p{L}-]{2,20}\s+name\b/iu.test(parse.cleaned);
  const era = parse.times.length && !eraSaid ? undefined : eraOf(parse, vocab);
  if (era !== undefined) plan.eraUntil = era;
  const renamed = parse.times.length && !eraSaid ? undefined : renamedEraOf(parse, vocab);
  if (renamed !== undefined) plan.eraFrom = renamed;
  return plan;
}

/** Content words that could pick out one fact by its labels: not the question's shape, nor the relation's own cues (unless a role names them). */
function textWordsOf(parse: QuestionParse, profile: RelationProfile, vocab: Vocabulary): QuestionParse["contentWords"] {
  const words = parse.contentWords.filter((w) => !(w.concept && SHAPE_CONCEPTS.has(w.concept)) && (!w.concept || !profile.cues.has(w.concept) || profile.roleCueConcepts.has(w.concept)));
  // ("which Senate speaker and deputy FM did Passy meet": posts listed pick facts of either — their words pick none alone.)
  return postsListed(parse, profile, vocab) ? words.filter((w) => !w.concept || !profile.roleCueConcepts.has(w.concept)) : words;
}

/**
 * The qualifiers said before a noun ("the acting president"), filler or not: "acting" is a filler in
 * "acting as CiO", a verb, but not in "the acting President".
 */
function qualifiersSaid(parse: QuestionParse, vocab: Vocabulary): Set<string> {
  let said = qualifiersRead.get(parse);
  if (!said) qualifiersRead.set(parse, (said = readQualifiers(parse, vocab)));
  return said;
}
const qualifiersRead = new WeakMap<QuestionParse, Set<string>>();

function readQualifiers(parse: QuestionParse, vocab: Vocabulary): Set<string> {
  const said = new Set(parse.contentWords.map((w) => w.stem).filter((s) => vocab.qualifiers.has(s)));
  const lower = parse.cleaned.toLowerCase();
  if (![...vocab.qualifierWords].some((q) => lower.includes(q))) return said;
  const words = tokens(parse.cleaned);
  words.forEach((w, i) => {
    if (vocab.qualifierWords.has(w) && words[i + 1] && !VERB_AFTER.has(words[i + 1]!)) said.add(stem(w));
  });
  return said;
}
const VERB_AFTER = new Set(["as", "on", "for", "in", "with", "like"]);

/**
 * "the renamed OSCE", "the new OSCE", "under the OSCE name", "the OSCE (not the CSCE)": the day after the thing's era name
 * ended (CSCE: from 1995).
 */
function renamedEraOf(parse: QuestionParse, vocab: Vocabulary): number | undefined {
  // ("the first OSCE (not CSCE) chairmanship": the era name said not to be meant.)
  const denied = DENIED_NAME.exec(parse.cleaned)?.[1];
  const deniedEra = denied ? vocab.eraNames.get(tokens(denied).join(" ")) : undefined;
  if (deniedEra) return deniedEra.until + 1;
  const renamed = RENAMED_THING.exec(parse.cleaned);
  const after = renamed?.[1] ?? renamed?.[2];
  if (!after || vocab.eraNames.size === 0) return undefined;
  const said = ` ${tokens(after).join(" ")} `;
  for (const [form, era] of vocab.eraNames) {
    const entity = era.entity ? parse.entities.find((m) => m.entity.id === era.entity)?.entity : undefined;
    const names = entity ? [entity.name, ...entity.aliases].map((a) => tokens(a).join(" ")).filter((a) => a !== form) : [];
    if (names.some((a) => said.startsWith(` ${a} `))) return era.until + 1;
  }
  return undefined;
}
const INCLUDED_ERA = /\b(?:counting|including|incl\.?|inclusive\s+of)\s+(?:the\s+)?[\p{L}-]+/giu;
const DENIED_NAME = /\b(?:not|rather\s+than|as\s+opposed\s+to)\s+(?:the\s+|a\s+)?([\p{L}-]{2,20})\b/iu;
/** "the renamed OSCE", "under the OSCE name". */
const RENAMED_THING = /\b(?:the\s+)?(?:renamed|newly\s+named|new)\s+([\p{L}\s-]{2,60})|\bunder\s+the\s+([\p{L}-]{2,20})\s+name\b/iu;

/**
 * The last day of the era a name belongs to ("CSCE": 1994), where the question says it and no other
 * name of the same thing ("when did the CSCE become the OSCE" is of both).
 */
function eraOf(parse: QuestionParse, vocab: Vocabulary): number | undefined {
  // (A question about the naming itself — "at which summit was the CSCE renamed?" — is of no one era.)
  if (vocab.eraNames.size === 0 || parse.concepts.has("name") || /\b(?:bec[oa]me|turned\s+into)\b/i.test(parse.cleaned)) return undefined;
  // (Cheap first: most questions name none of the things an era name is of.)
  if (![...vocab.eraNames.values()].some((era) => !era.entity || parse.entities.some((m) => m.entity.id === era.entity))) return undefined;
  // ("how many chairmanships, counting the CSCE in 1991?": an era name said to be included dates nothing.)
  const words = ` ${tokens(parse.cleaned.replace(INCLUDED_ERA, " ")).join(" ")} `;
  let until: number | undefined;
  for (const [form, era] of vocab.eraNames) {
    if (!words.includes(` ${form} `)) continue;
    const entity = era.entity ? parse.entities.find((m) => m.entity.id === era.entity)?.entity : undefined;
    const otherNames = entity ? [entity.name, ...entity.aliases].map((a) => tokens(a).join(" ")).filter((a) => a !== form && !vocab.eraNames.has(a)) : [];
    if (otherNames.some((a) => words.includes(` ${a} `))) return undefined;
    until = Math.min(until ?? Infinity, era.until);
  }
  return until;
}

/**
 * A word the relation's own facts use ("dual standards", "Charter") is half explained. A name only
 * as written: "Glovers" is not "Glover".
 */
function endWordsSaid(text: string, vocab: Vocabulary): string[] {
  const words = ` ${tokens(text).join(" ")} `;
  // (Its own words: "step" of "stepped down", never the "term" of "end of term".)
  const own = (w: string) => !vocab.fillers.has(w) && vocab.conceptOfWord(w) !== "time_word";
  return (vocab.lexicon.operations.end ?? []).filter((w) => words.includes(` ${w} `)).flatMap((w) => tokens(w).filter(own).map(stem));
}

function describesCounted(parse: QuestionParse, binding: Binding, profile: RelationProfile): boolean {
  const relation = profile.relation;
  const words = tokens(parse.cleaned);
  const at = words.findIndex((w, i) => w === "how" && words[i + 1] === "many");
  // ("how many Kazakh observers": one word between "how many" and the noun the country's mention is before.)
  const noun = at >= 0 && words[at + 3] ? stem(words[at + 3]!) : undefined;
  // (Only a noun of a figure: "how many Kazakh observers", not "how many Kazakh elections".)
  const ofFigure = !!noun && relation.roles.some((r) => (r.types.includes("number") || r.types.includes("percent")) && !!profile.roleCueStems.get(r.name)?.has(noun));
  return ofFigure && parse.entities.some((m) => m.entity.type === "country" && m.right === noun &&
    relation.roles.some((r) => !r.nationality && binding.bindings.get(r.name)?.includes(m.entity)));
}

/** The concept says what "which …" asks for, right after it ("which senate speaker did Passy meet"). */
function namesTheAsked(concept: string, parse: QuestionParse, vocab: Vocabulary): boolean {
  if (parse.ask !== "which" && parse.ask !== "agent") return false;
  const words = tokens(parse.cleaned);
  const at = words.findIndex((w) => w === "which" || w === "what");
  const next = at >= 0 ? words[at + 1] : undefined;
  return !!next && vocab.phrasesOf(concept).some((p) => tokens(p)[0] === next);
}

/** "… called the CSCE", "… known as Akmola": the word a name is said to be, where the facts are names as text. */
function nameClaimed(parse: QuestionParse, relation: Relation): string[] {
  const main = relation.mainRole;
  if (!(parse.yesNo || parse.declarative) || !main.literal || !main.types.includes("text")) return [];
  const m = NAME_CLAIMED.exec(parse.cleaned);
  return m ? [stem(m[1]!.toLowerCase())] : [];
}
const NAME_CLAIMED = /\b(?:called|named|known\s+as)\s+(?:the\s+)?([\p{L}-]{3,})/iu;

/** The stems of the first phrase whose words the relation's facts all say, if any. */
function saidInFactText(phrases: readonly string[], profile: RelationProfile): string[] | null {
  for (const p of phrases) {
    const words = tokens(p).filter((w) => w.length > 2).map(stem);
    if (words.length > 1 && words.every((w) => profile.textWords.has(w))) return words;
  }
  return null;
}

function inFactText(u: { form: string; properNoun: boolean; beforeName?: true; asPost?: true }, profile: RelationProfile): boolean {
  // ("When did Helga Zannier serve?": a first name the facts know, but not this person's — someone else.)
  // ("Who replaced Kurz as chancellor?": the post succeeded in must be the relation's own, not a word of a note.)
  if (u.beforeName || u.asPost) return false;
  const s = stem(u.form);
  return profile.textWords.has(s) && (!u.properNoun || s === u.form);
}

interface Asked {
  role: Role | null;
  compatible: boolean;
}

/**
 * The question's words but little words, names and the relation's own cues and words. None where the
 * question says a negation itself ("… did not meet international standards — fine?"): that is checked
 * as said, never turned into a "No".
 */
function claimWordsOf(parse: QuestionParse, relation: Relation, vocab: Vocabulary): string[] {
  if (/\b(?:not|no|never|n't|failed|fails|fail)\b/i.test(parse.cleaned)) return [];
  // (A name as said is no claim word, alias or not: "the CSCE" in a note that says "did not alter the CSCE's commitments" denies nothing.)
  const own = new Set([...relation.cues, ...relation.words, ...parse.entities.flatMap((e) => [e.entity.name, ...e.entity.aliases].flatMap((n) => tokens(n)))].map(stem));
  return [...new Set(tokens(parse.cleaned).filter((w) => w.length > 2 && !/\d/.test(w) && !vocab.fillers.has(w)).map(stem))].filter((w) => !own.has(w));
}

/** The role the question word asks for, in this relation: never one the question itself fills if another fits. */
function chooseAsked(parse: QuestionParse, profile: RelationProfile, entityTypes: ReadonlySet<string>): Asked {
  const roles = profile.relation.roles.filter((r) => r.asked);
  const main = profile.relation.mainRole;
  if (parse.yesNo) return { role: null, compatible: true };
  const fillable = (r: Role) => !r.literal && r.types.some((t) => entityTypes.has(t));
  // "Who chaired before Kazakhstan?": the named entity fills the asked role; that makes it an order question.
  const prefer = (rs: Role[]) => {
    if (parse.order) return rs.find((r) => r === main) ?? rs[0] ?? null;
    const open = rs.filter((r) => !fillable(r));
    const pool = open.length ? open : rs;
    return pool.find((r) => r === main) ?? pool[0] ?? null;
  };
  // A role named in the question ("how many seats", "how many were killed") is the one asked: by
  // its own cue words, or by a concept that is not what makes the question about the relation at all.
  // (Found only for the question words that ask for it, and never a role its curator marked never asked: "which senate speaker" names the post, and asks the person met.)
  let cuedRoles: Role[] | undefined;
  const cued = () => (cuedRoles ??= namedRoles(parse, profile).filter((r) => !fillable(r) && r.asked));
  switch (parse.ask) {
    case "time":
    case "times":
      return { role: null, compatible: true };
    case "reason": {
      // "Why …?" asks for a role that gives reasons (cued with the concept "reason"); no such role, no answer.
      const r = roles.find((x) => profile.roleCues.get(x.name)?.has("reason"));
      return { role: r ?? null, compatible: !!r };
    }
    case "percent": {
      const r = roles.find((x) => x.types.includes("percent"));
      return { role: r ?? null, compatible: !!r };
    }
    case "count": {
      const numeric = roles.filter((x) => x.types.includes("number") || x.types.includes("percent"));
      // For a count, a number role is named by any of its concepts, even one that also cues the
      // relation ("how many died in the riots"); percentages still need their own words.
      const countable = numeric.filter((x) => x.types.includes("number") && [...(profile.roleCues.get(x.name) ?? [])].some((c) => parse.concepts.has(c)));
      // "How many countries have chaired?", "how many participating States": count distinct values —
      // of things, never of free text ("how many oil workers went on strike" is not a count of events).
      const typed = parse.askType ? roles.find((x) => x.types.includes(parse.askType!)) : undefined;
      // ("how many different people chaired in 2008": a relation with no person in it counts no people.)
      if (parse.askType === "person" && !typed && DISTINCT_PEOPLE.test(parse.cleaned)) return { role: null, compatible: false };
      const counted = typed ?? (main.literal ? undefined : main);
      // "How many parties won seats", "how many candidates stood": the noun after "how many" names
      // what the facts are, and a figure named later ("seats") is not what is asked.
      // ("How many states did the observers come from": a figure named by that noun is the one asked.)
      // ("how many votes did he receive" counts votes: a share of the vote is "how much", never "how many".)
      const manyOf = (x: Role) => !(HOW_MANY.test(parse.cleaned) && x.types.includes("percent") && !x.types.includes("number"));
      const figure = parse.countNoun ? numeric.find((x) => profile.roleCueStems.get(x.name)?.has(parse.countNoun!)) : undefined;
      if (figure) return { role: figure, compatible: manyOf(figure) };
      // ("how many regions does Kazakhstan have": a kind of thing the relation has no role of is not its figure.)
      if (parse.askType && !typed && !["person", "country", "time", "number", "percent"].includes(parse.askType) && countable.length === 0) return { role: null, compatible: false };
      const noun = parse.countConcept;
      if (counted && (typed || (noun && profile.cues.has(noun) && !numeric.some((x) => profile.roleCues.get(x.name)?.has(noun))))) return { role: counted, compatible: true };
      // "How many seats …" asks a number; "how many elections has X won" counts facts.
      const r = cued().find((x) => numeric.includes(x) && manyOf(x)) ?? countable[0] ?? (main.types.includes("number") ? main : undefined);
      if (r) return { role: r, compatible: true };
      return { role: counted ?? null, compatible: !!counted };
    }
    case "place": {
      const places = roles.filter((x) => x.types.some((t) => t === "city" || t === "region" || t === "place"));
      const r = strandedRole(parse, places) ?? otherThanSlotted(parse, profile, prefer(places)) ?? (main.types.includes("country") && !fillable(main) ? main : null) ?? placeByCue(parse, profile, fillable);
      return { role: r, compatible: !!r };
    }
    case "agent": {
      // "Who leads Amanat?" does not ask the country every Kazakh election was held in.
      const agents = roles.filter((x) => x.agent && x.types.some((t) => AGENT_TYPES.has(t)) && !profile.constantRoles.has(x.name));
      // ("who chaired the 2009 MC?": a role asked by the question's own verb — its asked cue — is the one asked.)
      // (Not a noun of it: "whose chairmanship held the 2019 MC" asks the country.)
      const askedByVerb = /\bchair(?:man|person)?ship/i.test(parse.cleaned) ? undefined : agents.find((x) => [...(profile.roleAskedCues.get(x.name) ?? [])].some((c) => parse.concepts.has(c)));
      const r = (parse.order ? undefined : (cued().find((x) => agents.includes(x)) ?? askedByVerb)) ?? prefer(agents);
      return { role: r, compatible: !!r };
    }
    case "which": {
      const t = parse.askType;
      if (t === "time") return { role: null, compatible: true };
      if (t === "percent" || t === "number") {
        // "which number Council was Skopje": a role the word itself cues (the summit's ordinal, not how
        // many States came), else a role holding the figure, or one the question names by its cue.
        const r = roles.find((x) => profile.roleCueStems.get(x.name)?.has(stem(t))) ?? roles.find((x) => x.types.includes(t)) ?? cued()[0];
        return { role: r ?? null, compatible: !!r };
      }
      if (t) {
        // ("which country's candidacy was blocked?": the role the possessed noun cues — the candidate, not who blocked it.)
        const possessed = POSSESSED_NOUN.exec(parse.cleaned)?.[1];
        const ofNoun = possessed ? roles.find((x) => x.types.includes(t) && profile.roleCueStems.get(x.name)?.has(stem(possessed))) : undefined;
        const typed = prefer(roles.filter((x) => x.types.includes(t) || (t === "institution" && x.types.includes("field_operation"))));
        // ("which city was capital before the switch to Nur-Sultan?": a place in the asked role's slot leaves the other asked. People
        // are named around verbs the patterns do not share: "which officials did Passy meet after meeting Nazarbayev?")
        const r = ofNoun ?? (t === "person" ? typed : otherThanSlotted(parse, profile, typed));
        return { role: r, compatible: !!r };
      }
      // ("what was Akmola renamed to in 1998?": a role named by a preposition left at the end is the one asked.)
      const byPrepositionAsked = strandedRole(parse, roles);
      if (byPrepositionAsked) return { role: byPrepositionAsked, compatible: true };
      // ("which CiO was also prime minister?": a title named is what the one asked held — the person is asked.)
      const named = cued()[0];
      // (Not the noun right after the question word: "in what format was it held?" asks the format itself.)
      const nounAsked = WHAT_NOUN.exec(parse.cleaned)?.[1];
      const namedAsked = named && nounAsked && profile.roleCueStems.get(named.name)?.has(stem(nounAsked));
      const holder = named?.literal && !namedAsked ? roles.find((x) => x.types.includes("person") && !fillable(x)) : undefined;
      return { role: holder ?? named ?? otherThanSlotted(parse, profile, prefer(roles)), compatible: true };
    }
    default:
      return { role: cued()[0] ?? prefer(roles), compatible: true };
  }
}

const WHAT_NOUN = /\b(?:what|which)\s+([a-z]+)\b/i;

/**
 * "what was the capital called right before it became Astana?": a name said in the slot the patterns
 * give the role a question word would ask ("became {to}") fills it; the other role of its type is asked.
 */
function otherThanSlotted(parse: QuestionParse, profile: RelationProfile, role: Role | null): Role | null {
  if (!role || role.literal) return role;
  const sameType = profile.relation.roles.filter((r) => !r.literal && r.types.some((t) => role.types.includes(t)));
  if (sameType.length !== 2) return role;
  // (A role named by the word before the name counts too: "the capital before the move to Akmola".)
  const slotted = parse.entities.filter((m) => role.types.includes(m.entity.type) && (byPreposition(parse, m, sameType) ?? bySlot(m, sameType, profile)) === role);
  return slotted.length === 1 ? sameType.find((r) => r !== role)! : role;
}

/** "before Switzerland took over in 2026", "after Kazakhstan's 2010 chairmanship": one year said, of the named one or of the one asked (not "after the 2010 summit", an event of the year). */
function oneYearBesideOrder(parse: QuestionParse): boolean {
  const time = parse.times.length === 1 ? parse.times[0]! : null;
  // (A year before the order word is the one asked's: "in 2000 after the Austrian minister became chancellor".)
  return !!time && time.mode === "at" && time.grain === "year" && ORDER_THEN_YEAR.test(parse.cleaned) && !ORDER_BY_EVENT_OF_YEAR.test(parse.cleaned);
}
const ORDER_THEN_YEAR = /\b(?:before|after|preceding|following|prior\s+to)\s[^?.!;,]*?(?:\b\d{4}|'\d\d)\b/i;

/** "the year before Kazakhstan", "in the year after Lithuania": one calendar year away from the named one's. */
const YEAR_AWAY = /\b(?:the|a)\s+year\s+(?:before|after)\s/i;

/** "which country's candidacy": the noun a type asked possesses. */
const POSSESSED_NOUN = /\b(?:which|what|whose)\s+[\p{L}-]+['’]s\s+([\p{L}-]+)/iu;

/** "every winner", "each of them", "all his wins": a claim said of each one. */
const OF_EACH = /\b(?:every|each|all)\b/i;
/** "the only Dutch CiO in 2003", "the sole SG that year": a claim that no one else held it then. */
const SOLE = /\bthe\s+(?:only|sole|lone|single|one\s+and\s+only)\s+\p{L}/iu;

/**
 * "Where was X appointed?": a text role its curator cued with "where" (the Council that appointed),
 * only when the question says the relation's own cue word: the role holds no place, so without the
 * cue "where is X from?" would be answered with a venue.
 */
const WHERE = stem("where");
/** "when did X become PM", "when did X take office": a post taken up, asked by its start. */
const BECAME_ASKED = /\b(?:become|became|becomes|take\s+office|took\s+office|assume\s+office|assumed\s+office)\b/i;
/** "appointed", "named", "elected": the day of being named to a post, which a dated record of it may be. */
const NAMED_TO_POST = /\b(?:appointed|appoint|named|elected|chosen|designated|nominated)\b/i;

/** "renamed to?", "moved from in 1997?": a preposition with nothing after it but the end or a time. */
/** "what was Akmola renamed to in 1998?", "where did the capital move from?": the role a preposition left at the end names. */
function strandedRole(parse: QuestionParse, roles: Role[]): Role | undefined {
  const stranded = STRANDED_ROLE.exec(parse.cleaned)?.[1]!.toLowerCase();
  return stranded ? roles.find((x) => x.name === stranded) : undefined;
}

const STRANDED_ROLE = /\b(to|from|into)(?=\s*(?:[?.!,]|$|in\s+(?:\d|'\d)|on\s+\d))/i;

function placeByCue(parse: QuestionParse, profile: RelationProfile, fillable: (r: Role) => boolean): Role | null {
  // (And only of someone named: "where was the current SG appointed" is not every appointment.)
  if (!someOf(profile.cues, (c) => parse.concepts.has(c)) || !fillable(profile.relation.mainRole)) return null;
  return profile.relation.roles.find((x) => !fillable(x) && profile.roleCueStems.get(x.name)?.has(WHERE)) ?? null;
}

/** The asked role, not the main one, is what the question names ("every name the field presence had", not "… and their cities"). */
function askedByName(parse: QuestionParse, profile: RelationProfile, asked: Role | null): boolean {
  const named = asked && asked !== profile.relation.mainRole ? namedRoles(parse, profile) : [];
  return named.includes(asked!) && !named.includes(profile.relation.mainRole);
}

/** The relation's roles the question names: by their own cue words, or by a concept that does not cue the relation itself. */
function namedRoles(parse: QuestionParse, profile: RelationProfile): Role[] {
  const stems = new Set(parse.contentWords.map((w) => w.stem));
  // ("Name all the names the office has had": the noun "names" even where the reading took it as the type asked.)
  if (/\bnames\b|\b(?:every|each)\s+name\b/i.test(parse.cleaned)) stems.add(NAME);
  const names = (r: Role) =>
    someOf(profile.roleCueStems.get(r.name), (w) => stems.has(w)) || someOf(profile.roleCues.get(r.name), (c) => parse.concepts.has(c) && !profile.cues.has(c));
  return profile.relation.roles.filter(names);
}

function someOf<T>(items: Iterable<T> | undefined, test: (x: T) => boolean): boolean {
  if (items) for (const x of items) if (test(x)) return true;
  return false;
}

interface Binding {
  bindings: Map<string, Entity[]>;
  /** Two entities for one single-valued role ("did Greece chair before Kazakhstan?"): a comparison. */
  compare?: { role: string; first: Entity; second: Entity };
  bound: number;
  /** Of `bound`, the regions and groups bound through their members: a role taking them itself reads better. */
  byMembers: Entity[];
  context: number;
  stranger?: Entity;
  /** A name that says where the asked thing lies ("which German city"), not a role of its own. */
  within?: Entity;
  /** An entity could only go into the asked role ("who chaired before Kazakhstan?"). */
  askedBound: boolean;
  /** Two names of one type, and no pattern says which fills which role. */
  unplaced?: boolean;
  /** Names no role holds that the facts' own text says ("the summit that adopted the Astana Commemorative Declaration"). */
  textNamed: Entity[];
}

/**
 * "what is the OSCE's motto?": a relation whose facts are of something the question must say (its
 * `needs`: a Chairmanship) is reached only where the question says one of those words, or names a
 * value of a role, or a time.
 */
function saysWhatItNeeds(parse: QuestionParse, needs: readonly string[], binding: Binding, vocab: Vocabulary): boolean {
  // (A time of the question's own dates what it says; "now" alone says nothing of what: "what's it called now?")
  if (needs.length === 0 || binding.bound > 0 || parse.times.some((t) => !t.relative)) return true;
  const stems = new Set(parse.contentWords.map((w) => w.stem));
  // (A phrase a relation cues is its own concept: "four ts" is "w:four ts"; a thing named is said: "the OSCE".)
  return needs.some((w) => stems.has(stem(w)) || parse.concepts.has(vocab.conceptOfWord(w) ?? "") || parse.concepts.has(`w:${w}`) || parse.entities.some((e) => e.entity.id === w));
}

/**
 * Puts each entity the question names into a role of its type: preferring a free role other than
 * the asked one, and among those the one where the table has facts with this entity (so in
 * "did Baliyeva meet Passy?" each lands where the data has them).
 */
/** A time said, and a word of an event that dates this relation's questions ("won", "election"; relation `dated_by`). */
function datesTheQuestion(parse: QuestionParse, profile: RelationProfile): boolean {
  return profile.datingCues.size > 0 && parse.times.some((t) => !t.relative) && [...parse.concepts.keys()].some((c) => profile.datingCues.has(c));
}

function bindEntities(parse: QuestionParse, profile: RelationProfile, asked: Role | null, hasFacts: HasFacts): Binding {
  const result: Binding = { bindings: new Map(), bound: 0, byMembers: [], context: 0, askedBound: false, textNamed: [] };
  const relationId = profile.relation.id;
  const ordered = byPatternOrder(parse, profile, asked);
  const offered = parse.offersAnswer ? parse.entities[parse.entities.length - 1] : undefined;
  for (const mention of parse.entities) {
    const entity = mention.entity;
    // ("where was the 2019 MC — Bratislava?": the name offered as the answer is checked against it, not read into the question.)
    // (Also where another role takes a city: "which city is the capital — Astana?" offers the capital, not where it moved from.)
    if (mention === offered && (parse.ask === "place" || parse.ask === "which") && asked?.types.includes(entity.type)) {
      result.context++;
      continue;
    }
    if (mention.namesAskedPlace && asked?.types.includes(parse.askType ?? "city")) {
      result.within = entity;
      continue;
    }
    const fits = profile.relation.roles.filter((r) => r.types.includes(entity.type));
    const byMembers = fits.length === 0 ? membersRole(mention, profile, asked) : undefined;
    if (byMembers) {
      result.bindings.set(byMembers.name, [...(result.bindings.get(byMembers.name) ?? []), entity]);
      result.bound++;
      result.byMembers.push(entity);
      continue;
    }
    const free = fits.filter((r) => r !== asked && (!namesOne(result.bindings.get(r.name), r) || r.many));
    const placed = ordered?.get(mention);
    // (A role named by the word before the name — "from Nur-Sultan" — wins over the patterns' order.)
    // (A claim asks no role: "the Programme Office became the Centre in Astana" puts the name after
    // "became" in the slot the patterns give it, even where a question would ask that role.)
    const claimSlot = (parse.yesNo || parse.declarative) && placed === undefined && asked && fits.includes(asked) ? bySlot(mention, fits, profile) : undefined;
    const role = byPreposition(parse, mention, free) ?? claimSlot ?? (placed !== undefined ? placed : bySlot(mention, free, profile) ?? byRoleCue(parse, free, profile) ?? free.find((r) => hasFacts(relationId, r.name, entity.id)) ?? free[0] ?? fits.find((r) => r !== asked) ?? fits[0]);
    if (placed === null) result.unplaced = true;
    else if (role) {
      const list = result.bindings.get(role.name) ?? [];
      if (namesOne(list, role) && !role.many) {
        // ("where are ODIHR, the HCNM and the PA based?": a third name for one role is not a comparison of two.)
        if (result.compare) result.unplaced = true;
        result.compare ??= { role: role.name, first: list[0]!, second: entity };
        result.bound++;
        continue;
      }
      list.push(entity);
      result.bindings.set(role.name, list);
      result.bound++;
      if (role === asked) result.askedBound = true;
    } else if (profile.context.has(entity.id) || (profile.datingPeople.has(entity.id) && datesTheQuestion(parse, profile))) result.context++;
    else if (!parse.alternative && namedInText(entity, profile)) {
      result.textNamed.push(entity);
      result.context++;
    } else if (!result.stranger) result.stranger = entity;
  }
  return result;
}


/**
 * The role a region or group fills through its members ("the first post-Soviet State to chair":
 * the chairing country is one of them): the asked role if it can, else the first that can.
 */
function membersRole(mention: EntityMention, profile: RelationProfile, asked: Role | null): Role | undefined {
  const types = mention.entity.memberTypes;
  if (!types) return undefined;
  // (A person's own country only before a noun, "a Central Asian SG", or after "from", "the first CiO
  // from Central Asia": "the High Commissioner for Central Asia" names a post's area, not where its holder is from.)
  const roles = profile.relation.roles.filter((r) => r.types.some((t) => types.includes(t)) && (!r.nationality || mention.right !== undefined || mention.afterFrom));
  return asked && roles.includes(asked) ? asked : roles[0];
}

/** "Was the 1999 result above or below the 2005 one?": the two words offered, the higher's first. */
function choiceWordsOf(text: string): [string, string] | null {
  const m = CHOICE_WORDS.exec(text);
  if (!m) return null;
  const [x, y] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
  const high = (w: string) => HIGH_WORDS.has(w);
  return high(x) === high(y) ? null : high(x) ? [x, y] : [y, x];
}
// (Of times, the later is the higher: "was Madrid earlier or later than Brussels?".)
const HIGH_WORDS = new Set(["above", "higher", "more", "bigger", "greater", "larger", "later"]);
const CHOICE_WORDS = /\b(above|below|higher|lower|more|less|bigger|smaller|greater|larger|earlier|later)\s+or\s+(above|below|higher|lower|more|less|bigger|smaller|greater|larger|earlier|later)\b/i;

/** "how many Nordic countries …": the group's name is what "how many" counts. */
function countedRightAway(text: string, group: Entity): boolean {
  const after = /\bhow\s+many\s+(?:of\s+the\s+|the\s+)?([\w-]+)/i.exec(text)?.[1]?.toLowerCase();
  return !!after && [group.name, ...group.aliases].some((n) => n.toLowerCase().replace(/^the\s+/, "").split(/\s+/)[0] === after);
}

/** Whether a role's list names one of its own (not only a group its value belongs to). */
function namesOne(list: readonly Entity[] | undefined, role: Role): boolean {
  return !!list && list.some((e) => role.types.includes(e.type));
}

/**
 * A document's name of two words or more that this relation's facts spell out in their text, where
 * no role holds documents. (Only documents: a body or a post named in a note — "the Permanent
 * Council agreed" — is no fact of its own here.)
 */
export function namedInText(entity: Entity, profile: RelationProfile): boolean {
  if (entity.type === "city") return namesMeetingCity(entity, profile);
  if (entity.type === "institution") return namesPostBody(entity, profile);
  // (Only a relation with a text role its curator cued "document": a note that mentions one is no role of it.)
  if (entity.type !== "document" || !profile.relation.roles.some((r) => r.literal && profile.roleCueStems.get(r.name)?.has(DOCUMENT))) return false;
  const stems = nameStems(entity);
  return stems.length >= 2 && stems.every((w) => profile.textWords.has(w));
}
/**
 * "the HCNM appointed at Tirana": a city the text of a meeting role names (a text role its curator
 * cued "council": "the Tirana Ministerial Council"), where no role of the relation holds a city.
 */
function namesMeetingCity(entity: Entity, profile: RelationProfile): boolean {
  const stems = nameStems(entity);
  const meetingText = (r: Role) => r.literal && profile.roleCueStems.get(r.name)?.has(COUNCIL) && stems.every((w) => profile.roleTextStems.get(r.name)?.has(w));
  return stems.length > 0 && profile.relation.roles.some(meetingText);
}
const COUNCIL = stem("council");
/**
 * "the CEC chair Passy met": an institution whose whole name a post's text says (a text role its curator
 * cued with posts, "the Chairman of the Central Election Commission of Kazakhstan"), where no role holds one.
 */
function namesPostBody(entity: Entity, profile: RelationProfile): boolean {
  const stems = nameStems(entity);
  const postText = (r: Role) => r.literal && profile.roleCueStems.get(r.name)?.has(SPEAKER) && stems.every((w) => profile.roleTextStems.get(r.name)?.has(w));
  return stems.length >= 2 && profile.relation.roles.some(postText);
}
const SPEAKER = stem("speaker");
const HOW_LONG_HAD = /\bhow\s+(?:long|many\s+(?:years|months))\s+(?:had|has|have)\b/i;
const DOCUMENT = stem("document");
const NAME = stem("name");
const nameStems = (e: Entity) => tokens(e.name).filter((w) => w.length > 3).map(stem);

/**
 * Two names of one type for two roles of that type ("when was Akmola renamed Astana", "when did
 * Nur-Sultan go back to being Astana"): they fill the roles in the order of the pattern most like the
 * question. With no pattern naming both roles, which is which cannot be known: neither is bound
 * (null), and the reading is incomplete rather than a guess.
 */
function byPatternOrder(parse: QuestionParse, profile: RelationProfile, asked: Role | null): Map<EntityMention, Role | null> | undefined {
  if (parse.entities.length < 2) return undefined;
  for (const type of new Set(parse.entities.map((m) => m.entity.type))) {
    const roles = profile.relation.roles.filter((r) => r !== asked && !r.literal && r.types.includes(type));
    const all = parse.entities.filter((m) => m.entity.type === type);
    if (all.length < 2 || roles.length < 2) continue;
    // ("did Russia and Belarus block Estonia's bid": names joined by "and" take one slot, the first's — in
    // a role that takes many; otherwise each name is placed on its own.)
    const groups = joinedGroups(parse.cleaned, all);
    const leads = groups.map((g) => g[0]!);
    const placed = leads.length >= 2 ? placedInOrder(parse, profile, leads, roles) : [];
    const grouped = leads.length >= 2 && groups.every((g, i) => g.length === 1 || !!placed[i]?.many);
    if (grouped) return new Map(groups.flatMap((g, i) => g.map((m) => [m, placed[i]!] as const)));
    if (leads.length < 2 && groups[0]!.length === all.length && roles.some((r) => r.many)) continue;
    const alone = placedInOrder(parse, profile, all, roles);
    return new Map(all.map((m, i) => [m, alone[i]!]));
  }
  return undefined;
}

/** Each of the mentions' roles: by the words beside each, else by the order of the pattern most like the question. */
function placedInOrder(parse: QuestionParse, profile: RelationProfile, mentions: EntityMention[], roles: Role[]): Array<Role | null> {
  // ("when did it go back to Astana from Nur-Sultan": the words beside each name, where they tell
  // each one's role apart, come before the order of the pattern most like the question.)
  const slotted = mentions.map((m) => bySlot(m, roles, profile));
  if (slotted.every(Boolean) && new Set(slotted).size === mentions.length) return slotted as Role[];
  // ("when was the capital renamed Astana from Nur-Sultan": of two names, one named by the role's own word
  // before it ("from"), the other takes the one role left — never the pattern's order, which reads them the other way.)
  const prepositioned = mentions.length === 2 && roles.length === 2 ? mentions.map((m) => byPreposition(parse, m, roles)) : [];
  const byWord = prepositioned.filter(Boolean);
  if (byWord.length === 2 && byWord[0] !== byWord[1]) return byWord as Role[];
  // (Only "from": "the move to Akmola or its renaming as Astana" names two moves, not one from Astana.)
  if (byWord.length === 1 && byWord[0]!.name === "from") return prepositioned.map((r) => r ?? roles.find((x) => x !== byWord[0])!);
  const words = new Set(parse.contentWords.map((w) => w.stem));
  const fitting = profile.slotOrders.filter((p) => p.roles.filter((r) => roles.some((x) => x.name === r)).length >= mentions.length);
  const best = fitting.map((p) => ({ p, overlap: [...p.words].filter((w) => words.has(w)).length })).sort((a, b) => b.overlap - a.overlap)[0];
  const order = best?.p.roles.filter((r) => roles.some((x) => x.name === r)) ?? [];
  return mentions.map((_, i) => (best ? (roles.find((r) => r.name === order[i]) ?? null) : null));
}

/**
 * "back to Astana from Nur-Sultan": of several roles a name could fill, the one named by the word right
 * before the name ("from", "to"), where a role is called so. Only where the name is said once so.
 */
function byPreposition(parse: QuestionParse, mention: EntityMention, roles: Role[]): Role | undefined {
  const named = roles.filter((r) => /^[a-z]+$/.test(r.name) && r.name.length <= 4);
  if (named.length < 2) return undefined;
  const text = foldName(parse.cleaned);
  const said = [mention.entity.name, ...mention.entity.aliases].map(foldName);
  // (Said once only: "Almaty renamed from Alma-Ata" names one city twice, in two roles.)
  if (said.filter((n) => text.includes(n)).length !== 1) return undefined;
  const hits = named.filter((r) => said.some((n) => text.includes(`${r.name} ${n}`) || text.includes(`${r.name} the ${n}`)));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * Of several roles a name could fill, the one whose slot in the relation's patterns stands next to
 * the same words ("when was {from} renamed {to}": "Akmola renamed Astana"). Only a clear winner.
 */
function bySlot(mention: EntityMention, roles: Role[], profile: RelationProfile): Role | undefined {
  if (roles.length < 2) return undefined;
  const score = (r: Role) => {
    const n = profile.slotNeighbours.get(r.name);
    return n ? (mention.left && n.left.has(mention.left) ? 1 : 0) + (mention.right && n.right.has(mention.right) ? 1 : 0) : 0;
  };
  const scored = roles.map((r) => ({ r, s: score(r) })).sort((a, b) => b.s - a.s);
  return scored[0]!.s > 0 && scored[0]!.s > scored[1]!.s ? scored[0]!.r : undefined;
}

/**
 * Of several roles a name could fill, the only one whose own cue a yes/no question or a claim says
 * ("was Malta the original candidate?": the candidate, although the table has Malta as the one that
 * chaired instead). (In a question with a question word the cue says what is asked: "who chaired
 * instead of Estonia?")
 */
function byRoleCue(parse: QuestionParse, roles: Role[], profile: RelationProfile): Role | undefined {
  if (roles.length < 2 || !(parse.yesNo || parse.declarative)) return undefined;
  const words = new Set(parse.contentWords.map((w) => w.stem));
  const cued = roles.filter((r) => [...(profile.roleCues.get(r.name) ?? [])].some((c) => parse.concepts.has(c)) || [...(profile.roleCueStems.get(r.name) ?? [])].some((w) => words.has(w)));
  return cued.length === 1 ? cued[0] : undefined;
}

/**
 * Without a cue word, a relation is only considered when it explains the whole question: its words
 * (this test), and its names (`bindsWithoutCue`, which needs the binding, made only after this).
 */
function explainsEveryWord(parse: QuestionParse, profile: RelationProfile, vocab: Vocabulary): boolean {
  // A question word, a yes/no question, or a role named outright ("nationality of Höynck?") says what is asked.
  // (So does a post of the relation's one-holder-at-a-time kind, "OSCE PA president 2015": who held it.)
  const namesRole = [...parse.concepts.keys()].some((c) => profile.roleCueConcepts.has(c)) || namesPost(parse, profile.relation);
  // (So does how long a person named held it: "how long did Alfano chair the OSCE?")
  // (And a difference in points: "by how many percentage points did Nur Otan fall from 2016 to 2021?")
  const operates = (parse.operations.has("duration") && parse.entities.some((e) => e.entity.type === "person" || profile.relation.mainRole.types.includes(e.entity.type))) || (parse.operations.has("difference") && POINTS.test(parse.cleaned));
  if (parse.ask === null && !parse.yesNo && !parse.declarative && !namesRole && !operates) return false;
  if (parse.unknown.some((u) => !inFactText(u, profile))) return false;
  for (const c of parse.concepts.keys()) if (!SHAPE_CONCEPTS.has(c) && !profile.vocab.has(c) && !vocab.softConcepts.has(c)) return false;
  return true;
}

const POINTS = /\b(?:percentage\s+)?points?\b|%|\bper\s?cent\b/i;

const DISTINCT_PEOPLE = /\b(?:different|distinct|individual|separate)\s+(?:people|persons|individuals)\b/i;

/** "how many … were there", "how many did it have": a total at a time, not a count of those after a name. */
// ("How many participating States after Montenegro joined?": the joining is the anchor's own clause,
// with no verb of the count's before it — a total then, not how many joined after.)
const THERE_WERE = /\b(?:were|are|was|is)\s+there\b|\bthere\s+(?:were|are|was|is)\b|\bdid\s+(?:the\s+)?\w+\s+(?:have|count|number|total)\b|^\W*how\s+many\s+(?:\w+\s+){0,3}?(?:after|once|when)\s+(?:\w+\s+){1,2}?(?:joined|was\s+admitted|became)\W*$/i;
const UP_TO = /\b(?:up\s+to|up\s+until|down\s+to|through\s+to|to\s+and\s+including)\s+(?!now\b|today\b|\d)/i;

/** "has Germany chaired … since", "have they hosted … since": a perfect of an action, not of "been". */
/** "now", "atm", "today": the day asked from — "the last to join now" is the latest up to it. */
function presentDay(t: TimeQuery): boolean {
  return t.relative && t.grain === "day" && t.mode === "at";
}

const PERFECT_ACTION_SINCE = /\b(?:has|have|had)\s+(?:(?!been\b)\S+\s+){0,3}?(?!been\b)(?:\w+ed|held|won|led|met)\b[^?]*?\bsince\b/i;
/**
 * "has X been president since", "X has been called Astana since": a perfect of "been", of the present (never
 * "had"), of a state — not "has there been …" nor a passive of an event ("has it been renamed since").
 */
const PERFECT_BEEN_SINCE = /\b(?:has|have)\s+(?!there\b)(?:\S+\s+){0,3}?been\s+(?!(?!called\b|named\b|known\b)(?:\w+ed|held|chosen|given|won|made)\b)[^?]*?\bsince\b/i;
/** An ordinal of a turn: "second chairmanship", "first OSCE stint", "for the third time". */
const ORDINAL_OF_TURN = /\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:(?:osce|csce)\s+)?(?:chairmanship|chairmanships|turn|stint|time)\b/i;
const ORDINAL_OF_PEOPLE = /\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:person|people|individual|man|woman)\b/i;
const ORDINAL_WORD = /\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b/gi;

/** "the first Secretary General was …": a pick as the subject of the statement's verb. */
const PICK_AS_SUBJECT = /\b(?:first|last|latest)\s+(?:\S+\s+){0,3}?(?:was|were|is|are)\b/i;

const TIMES_SAID = /\b(exactly\s+|only\s+|just\s+)?(once|twice|thrice|two\s+times|three\s+times|four\s+times)(\s+or\s+(?:more|over))?\b/i;

/** "only once", "twice", "exactly three times", "more than twice", "at least twice", "twice or more" ("more than once" says no number). */
function timesSaid(text: string): QueryPlan["statedTimes"] {
  const m = TIMES_SAID.exec(text);
  // ("once" alone is "when": "once the renaming took effect"; "only once" is a count.)
  if (!m || (/^once$/i.test(m[2]!) && !m[1])) return undefined;
  const word = m[2]!.toLowerCase().split(/\s+/)[0]!;
  const n = word === "once" ? 1 : word === "twice" || word === "two" ? 2 : word === "thrice" || word === "three" ? 3 : 4;
  const before = /\b(at\s+least|more\s+than|over)\s+$/i.exec(text.slice(0, m.index))?.[1]?.toLowerCase();
  if (before && before !== "at least") return { n: n + 1, mode: "atLeast" };
  return { n, mode: before || m[3] ? "atLeast" : m[1] ? "exact" : "plain" };
}

/** A name right after "first"/"last" ("the first Finnish chairmanship") that the facts are of. */
function pickedOwnName(parse: QuestionParse, main: Entity[] | undefined, vocab: Vocabulary): boolean {
  if (!main) return false;
  // ("was 2008 the first time finland chaired": its own first time.)
  if (/\b(?:first|last)\s+time\b/i.test(parse.cleaned)) return true;
  for (const m of parse.cleaned.toLowerCase().matchAll(/\b(?:first|last)\s+(\p{L}+)/gu)) {
    const meanings = vocab.phraseAt([m[1]!], 0)?.meanings ?? [];
    if (meanings.some((x) => x.kind === "entity" && main.includes(x.entity!))) return true;
  }
  return false;
}

/** The question names a post ("President of the OSCE PA"), which the relation has one holder of at a time: it asks who. */
function namesPost(parse: QuestionParse, relation: Relation): boolean {
  const per = relation.exclusivePer ? relation.roles.find((r) => r.name === relation.exclusivePer) : undefined;
  return !!per && per.types.includes("post") && parse.entities.some((e) => e.entity.type === "post");
}

/** An entity fills a role, none is a stranger, and the question word asks for a role no name fills. */
function bindsWithoutCue(parse: QuestionParse, binding: Binding, asked: Asked): boolean {
  // (The name asked about is the anchor of an order: "who replaced Kanerva as chair?")
  // (A claim names what a question would ask: "Solomon Passy was Romanian".)
  return !(binding.bound === 0 || binding.stranger || (binding.askedBound && !parse.order && !parse.declarative) || !asked.compatible);
}

/** "Saudabayev was replaced as CiO in mid-2010": a claim of a handover at a time, checked as "was he replaced then?" is. */
function handoverClaim(parse: QuestionParse, relation: Relation, mainBound: boolean): boolean {
  return parse.order !== null && parse.times.length === 1 && relation.time === "exclusive" && mainBound && HANDOVER_SAID.test(parse.cleaned);
}

function restatesCity(parse: QuestionParse): boolean {
  // ("where exactly was the Malta MC?": a country named asks the place within it, "held" said or not.)
  const named = parse.entities.length === 1 ? parse.entities[0]!.entity.type : null;
  // ("what venue in Astana hosted the 2010 summit?": a place within the city, which no fact names.)
  if (named === "city" && PLACE_WITHIN.test(parse.cleaned)) return false;
  return (named === "city" ? HELD.test(parse.cleaned) : named === "country") && parse.ordinal === null && !parse.concepts.has("first") && !parse.concepts.has("last") && [...parse.operations].every((o) => o === "precise");
}
const PLACE_WITHIN = /\b(?:where|venue|place|location|building|site|hall)\s+in\s+/i;
const HELD = /\b(?:held|hold|take\s+place|took\s+place|convened?|hosted)\b/i;

function chooseShape(parse: QuestionParse, relation: Relation, asked: Asked, askedBound: boolean, mainBound = false, anchored = false): QuestionShape | null {
  const timeOrder = parse.times[0] && (parse.times[0].mode === "before" || parse.times[0].mode === "after");
  // "How many years since Kazakhstan chaired?" counts; it does not ask who came after.
  const counting = parse.ask === "times" || (parse.ask === "count" && parse.askType === "time");
  // ("the exact day Martino took over from Andreatta" asks a date, not who came after.)
  if (parse.order && askedBound && relation.time !== "states" && !counting && !asksExactDate(parse)) return "order";
  // "Who was CiO before Kazakhstan?": one holder at a time, so a name in another role (Kazakhstan's CiO) anchors the order.
  // ("… the year before Austria in 2000", "before Switzerland took over in 2026": a year that dates the
  // one named, or the one asked — the order says which.)
  if (parse.order && anchored && relation.time === "exclusive" && !relation.exclusivePer && !counting && !asksExactDate(parse) && !parse.yesNo && parse.ask !== "time" && (!parse.times.length || YEAR_AWAY.test(parse.cleaned) || oneYearBesideOrder(parse))) return "order";
  // ("How many countries chaired before 1995?" counts up to then: no one holder before it.)
  // (Not where the name asked for is already said: "who chaired for Czechoslovakia after July 1992?" asks
  // the holder for it then, not the country after it; nor its own pick: "the last time Switzerland chaired before 2026".)
  if (relation.time === "exclusive" && timeOrder && !parse.yesNo && parse.ask !== "time" && parse.ask !== "count" && parse.ask !== "times" && !parse.starting && !(askedBound && parse.ask !== null) && !(mainBound && (parse.concepts.has("first") || parse.concepts.has("last")))) return "order";
  // "who succeeded the 2010 CiO?": the holder of that year anchors the order (not "after the 2010 summit", an event of the year).
  // ("who chaired before?" after "who chairs now": a bare order word looks from whoever held at the time, the names said or not.)
  const bare = BARE_ORDER.test(parse.cleaned);
  if (parse.order && (!anchored || bare) && parse.times.length === 1 && parse.times[0]!.mode === "at" && relation.time === "exclusive" && !relation.exclusivePer && !counting && !parse.yesNo && parse.ask !== "time" && parse.ask !== "count" && parse.ask !== "times" && (SUCCESSION.test(parse.cleaned) || bare) && !ORDER_BY_EVENT_OF_YEAR.test(parse.cleaned)) return "order";
  // ("where was the Council before the 2025 one?": "one" is an event of this relation, the one of the year
  // anchors the order — of one a year only: a party's result is no election.)
  if (parse.order && relation.time === "events" && relation.onePerYear && parse.times.length === 1 && parse.times[0]!.mode === "at" && ORDER_BY_ONE_OF_YEAR.test(parse.cleaned) && !counting && !parse.yesNo) return "order";
  // ("When was the first summit after Istanbul?": the date of the one after it, which the order's answer says — never Istanbul's own.)
  if (parse.order && parse.ask === "time" && relation.time === "events" && parse.entities.length > 0 && /\b(?:after|before|following|preceding)\b/i.test(parse.cleaned) && !parse.times.length && !counting && !asksExactDate(parse) && !parse.yesNo) return "order";
  // "Has there been a summit since Astana?": yes or no about what came after (or before) the named one.
  if (parse.yesNo && parse.order && relation.time !== "states" && mainBound) return "order";
  if (parse.yesNo) return "check";
  if (parse.ask === "time" || parse.askType === "time") return "when";
  if (parse.ask === "times") return "count";
  if (parse.ask === "count" && (!asked.role || !asked.role.types.some((t) => t === "number" || t === "percent"))) return asked.compatible ? "count" : null;
  // "How many votes did Tokayev get?" is not answered by his share: a percentage counts nothing.
  // (Nor where the facts have other figures: "how many votes did Nur Otan get" is not its share or its seats.)
  if (parse.ask === "count" && parse.countNoun && parse.operations.size === 0 && asked.role?.types.every((t) => t === "percent") && !PERCENT_NOUNS.has(parse.countNoun)) return null;
  // ("what was the vote count for Nazarbayev?": a number of votes a person got, which no share is.)
  // (Not where a share is asked as well: "in what share of polling stations was the vote count …".)
  if (parse.entities.some((e) => e.entity.type === "person") && asked.role?.types.every((t) => t === "percent") && VOTES_COUNTED.test(parse.cleaned) && !SHARE_SAID.test(parse.cleaned)) return null;
  if (parse.ask === "count" && asked.role && !asked.role.types.includes("number") && !relation.roles.some((r) => r.types.includes("number")) && !parse.numbers.length && !parse.operations.size) return null;
  // Telegraphic "greece osce chair 2009", "japan osce member?" check that; "kazakhstan osce chair" (one
  // holder at a time, no time: not a question about now) and "… year" ask when.
  if (askedBound) {
    // "Where was the Istanbul summit held?": the city asked is the one named; the facts held there say it, with their days.
    // (Not "where in Malta …", which asks a place within; nor a pick, "the first where?"; nor a "where?" that follows another question.)
    if (parse.ask === "place" && relation.time === "events" && !parse.yesNo && restatesCity(parse)) return "value";
    if (parse.ask !== null) return null;
    if (parse.asksHow) return asksManner(parse) !== null ? "value" : null;
    if (parse.concepts.has("time_word") || asksExactDate(parse) || (relation.time === "exclusive" && !parse.times.length)) return "when";
    // ("Every Italian OSCE chair in 2018, please": a list asked for checks nothing — the holders are asked.)
    return parse.operations.has("list") && !parse.declarative ? null : "check";
  }
  if (!asked.role) return null;
  return "value";
}

/**
 * Concepts the question names that are cues of a text role it does not ask for ("who was prime
 * minister" over office holders): that role's text must contain one of their words. For the asked
 * role the cue only says what is asked ("what was adopted"), and so do the cues of the role a value
 * question seeks without a question word where no text of the role says any of them.
 */
/** "the Council right after 2 December 2010": of meetings, the first after the time (the last before it); a post's holder then is no pick. */
function nextMeeting(parse: QuestionParse, relation: Relation): "first" | "last" | null {
  if (relation.time !== "events" || !parse.nextTo || parse.ordinal !== null || parse.ask === "count") return null;
  return parse.nextTo === "after" ? "first" : "last";
}

function labelFilters(parse: QuestionParse, profile: RelationProfile, vocab: Vocabulary, asked: Role | null, named: readonly Entity[], sought: Role | null): QueryPlan["labelFilters"] {
  const out: QueryPlan["labelFilters"] = [];
  for (const role of profile.relation.roles) {
    if (!role.literal || !role.types.includes("text") || role === asked) continue;
    // ("did the Istanbul summit adopt the Charter for European Security?": the value itself is named —
    // the cue word "adopt" only leads to it, and is no label the text must say.)
    const said = profile.roleTextStems.get(role.name);
    if (named.some((e) => nameStems(e).length > 0 && nameStems(e).every((w) => said?.has(w)))) continue;
    // ("ODIHR address in warsaw": the role sought with no question word, whose cues no text of it
    // says — "address" — is named by them, never labelled. A role with labels ("foreign minister" of
    // the posts) keeps them all; a claim's keeps them too: "held in person?" is a No.)
    const cues = profile.roleCues.get(role.name) ?? [];
    const saysCue = (c: string) => vocab.phrasesOf(c).some((p) => p.split(" ").every((w) => said?.has(stem(w))));
    // ("name of the document adopted at the astana summit?": nor where its name is asked — the words before
    // "name" say what is named, "adopted" as much as "document", whatever some of its texts say.)
    if (role === sought && (![...cues].some(saysCue) || parse.concepts.has("name"))) continue;
    const cuesNamed = [...cues].filter((c) => parse.concepts.has(c) && c !== "reason" && !SHAPE_CONCEPTS.has(c));
    // ("the Senate speaker and the deputy FM Passy met": labels of two posts joined in a list pick facts of either — none is filtered.)
    if (labelsListed(parse.cleaned, cuesNamed.map((c) => vocab.phrasesOf(c)))) continue;
    for (const c of cuesNamed) out.push({ role: role.name, phrases: vocab.phrasesOf(c) });
  }
  return out;
}

/** Whether the question lists two posts: labels that roles of the relation are cued by, with "and", "or" or a comma between them. */
function postsListed(parse: QuestionParse, profile: RelationProfile, vocab: Vocabulary): boolean {
  const labels = [...parse.concepts.keys()].filter((c) => profile.roleCueConcepts.has(c) && !SHAPE_CONCEPTS.has(c));
  return labels.length > 1 && labelsListed(parse.cleaned, labels.map((c) => vocab.phrasesOf(c)));
}

/** Whether the question says two of the labels with "and", "or" or a comma between them. */
function labelsListed(question: string, labels: ReadonlyArray<readonly string[]>): boolean {
  const text = ` ${matchForm(question)} `;
  const at = labels.map((phrases) => Math.min(...phrases.map((p) => text.indexOf(` ${p} `)).filter((i) => i >= 0))).filter(Number.isFinite).sort((a, b) => a - b);
  return at.some((i, k) => k > 0 && /\b(?:and|or)\b|[,&]/.test(text.slice(at[k - 1]!, i + 1)));
}

function similarity(q: string[], profile: RelationProfile): number {
  let best = 0;
  for (const p of profile.patterns) {
    let inter = 0;
    for (const c of q) if (p.has(c)) inter++;
    const union = q.length + p.size - inter;
    if (union > 0) best = Math.max(best, inter / union);
  }
  return best;
}

/** "On what day", "in which month": a date asked at a precision, not a claim or an order. */
function asksExactDate(parse: QuestionParse): boolean {
  return parse.operations.has("exact") || parse.operations.has("exact_month");
}
