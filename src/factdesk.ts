/**
 * The core as adapters see it: load the fact table once, then answer questions — pure and
 * synchronous, text in and an `Answer` out, never throwing.
 */
import { fileURLToPath } from "node:url";
import { composeOutcome, finish, scopeLabel, toAnswerFact } from "./compose/compose-answer.js";
import { joinList, renderFact, roleText } from "./compose/render-fact.js";
import { combineAnswers } from "./compose/combine.js";
import { asksBothOrders, asksBothPicks, listedAsks, LEADING_ASK, splitQuestions, withConfirmTag } from "./understand/segment.js";
import { yearOfLookAlike } from "./time/unreadable-years.js";
import { asksJudgement } from "./understand/judgement.js";
import { deniedClaim, verdictTurned } from "./understand/denied-claim.js";
import { isSlipOf } from "./understand/near-name.js";
import { correctedQuestion, framedClaim, isChatter, isFutureTalk, isOwnLeadIn, isPersonalStory, quotedClaim, withoutChatterLead } from "./understand/chatter.js";
import { cleanQuestion } from "./text/normalise.js";
import { guessedName, guessedValues, saysValues, verdictOnGuess } from "./understand/guessed-name.js";
import { telegraphConfirmed } from "./understand/telegraphic-check.js";
import { attributeAsks, saysDetails } from "./understand/attribute-asks.js";
import { remembered } from "./text/memo.js";
import { isEnglishWord, warmDictionary } from "./text/dictionary.js";
import { loadFactTableCached, provideLoader } from "./facts/table-cache.js";
import type { FactProblem } from "./facts/errors.js";
import type { Entity, Fact, FactTable, RoleValue } from "./facts/model.js";
import { tableStats } from "./facts/table-store.js";
import type { Answer, AnswerOptions } from "./model/answer.js";
import { execute, hasBindings, inScope, type Outcome } from "./query/execute.js";
import { offeredAnswerHolds } from "./query/offered-answer.js";
import { saidEnding } from "./query/ending-said.js";
import { afterEventQuestion, changeOf, oneAsPicked } from "./query/after-event.js";
import { thenOfContext } from "./query/then-of-context.js";
import { expectedOutcome } from "./understand/expected-outcome.js";
import { rankAsked, rankedByFigure } from "./query/ranked.js";
import { dayOfYearAsked, pickByDayOfYear } from "./query/day-of-year.js";
import { homeAsked, homeOrAway } from "./query/home-meeting.js";
import { holdersPerYearAsked, yearsWithHolders } from "./query/holders-per-year.js";
import { firstInYearsClaimed, firstInYearsVerdict } from "./query/first-in-years.js";
import { nationalityCheck, nationalityReadings } from "./query/nationality.js";
import { howLongWhen } from "./query/how-long-when.js";
import { onlyDatedFact, oneDayOf, twoEvents } from "./query/two-events.js";
import { meetingsNamed } from "./query/meeting-named.js";
import { entitiesOf, plainSpellingNote } from "./compose/plain-spelling.js";
import { warmTimeParser } from "./time/parse-time.js";
import { suggestionIndex, type SuggestionIndex } from "./help/suggestions.js";
import { smallTalkAnswer, smallTalkKind } from "./help/small-talk.js";
import { buildCoreState, isRevivable, reviveCoreState, type CoreState } from "./core-state.js";
import { factTextStems } from "./understand/relation-profile.js";
import { matchRelations, yearNamesTerm, type Candidate, type QueryPlan } from "./understand/match.js";
import { RelationIndex } from "./understand/relation-index.js";
import { SHAPE_CONCEPTS } from "./understand/vocabulary.js";
import { isStatement, parseQuestion, type QuestionParse } from "./understand/parse-question.js";
import { AnswerReadings } from "./understand/readings.js";
import { possessedPeople } from "./understand/possessed.js";
import { unknownCountedNoun } from "./understand/counted-noun.js";
import { isOngoing, possibleEnd, possibleStart, validityLabel } from "./time/validity.js";
import { MONTH_NAMES, dayNumber, formatDay, yearOf, ymd } from "./time/days.js";
import type { TimeQuery } from "./time/parse-time.js";

export interface HelpTopic {
  relation: string;
  name: string;
  about: string;
  examples: string[];
}

export interface CompleteOptions {
  now?: Date;
  limit?: number;
}

export interface Factdesk {
  /** Answer one question. Never throws; bad input yields status "unknown". */
  answer(question: string, options?: AnswerOptions): Answer;
  /** What the table knows: one topic per relation, with example questions. */
  help(): HelpTopic[];
  /** Autocomplete: up to `limit` (default 25) questions that start like `prefix`. */
  complete(prefix: string, options?: CompleteOptions): string[];
  /** Counts, for logs and help. */
  readonly stats: { facts: number; relations: number; entities: number };
  /** Problems found at load that did not stop it (warnings). */
  readonly warnings?: FactProblem[];
  /** How a question was read and which relations were considered, for curators (`--explain`). */
  explain?(question: string, options?: AnswerOptions): Explanation;
}

export interface Explanation {
  ask: string | null;
  askType: string | null;
  yesNo: boolean;
  tense: string | null;
  times: string[];
  entities: string[];
  concepts: string[];
  unknown: string[];
  operations: string[];
  ordinal: number | null;
  order: "before" | "after" | null;
  /** "which two countries …": how many things the question says it means. */
  statedCount: number | null;
  /** Figures the question says ("95.5", "57"). */
  numbers: string[];
  /** The reading the answer was built from (null when no reading was complete). */
  reading: import("./model/answer.js").Reading | null;
  candidates: Array<{ relation: string; confidence: number; strength: number; similarity: number; shape?: string; asks?: string; stranger?: string; stray?: string }>;
}

export interface FactdeskOptions {
  /** Answers below this confidence are "unknown" (precision first). */
  threshold?: number;
  /** Score only the relations a question can reach (src/understand/relation-index.ts); off only to prove it changes nothing. */
  prefilter?: boolean;
}

export const DEFAULT_THRESHOLD = 0.62;
/** Candidates this close to the best are tried in order until one has an answer. */
const TIE_MARGIN = 0.08;
/** An answer that a first (or last) asked of a year was at another time (query/execute.ts `ownPickElsewhen`). */
const PICK_ELSEWHERE = /^Not (?:first|last) in [^:]+: /;
/** A comma part that qualifies the question before it rather than asking ("according to …", "counting from …"). */
const QUALIFYING_PART = /^(?:according|per|counting|given|since|as|including|excluding|not|i\.?e|e\.?g|that\s+is|which\s+(?:day|date|month|year))\b/i;
const PLACE_TYPES = new Set(["city", "country", "region", "world_region", "place"]);
/** A clause after the question that dates it ("… when Nazarbayev stepped down"). */
const DATING_CLAUSE = /^.{3,}?\s(?:when|while|during)\s+\S{3,}/i;
const NUMBERED = /(?:^|\s)\(?[1-9][)/]\s/;
/** An answer that already gives its verdict ("Yes, but only in its last weeks: …" of a year's edge, query/execute.ts). */
const VERDICT_LEAD = /^(?:Yes|No)\b/;
/** "… and now", "+ today": a time joined after the question's own, a second ask. */
const AND_NOW = /\S\s+(?:and|&|\+)\s+(?:now|today|currently|at\s+present|right\s+now|this\s+year)\s*[?.!]*$/i;
const PREMISE_LEAD = /^\W*(?:since|because|as|given\s+that|now\s+that|seeing\s+as)\s+([^,?]{3,}?\s[^,?]{2,}),\s*((?:who|whom|whose|what|when|where|which|how)\b.+)$/i;
/** "helsinki since finland chaired?", "warsaw, as poland had the chair?": a name guessed, and why. */
const REASONED_GUESS = /^\W*(?:maybe\s+|probably\s+|prob\s+)?[\p{L}'.-]+(?:\s+[\p{L}'.-]+)?,?\s+(?:since|because|cause|cuz|bc|as)\s+\S+\s+(?:had\s+|was\s+|held\s+|hosted\s+)?(?:chaired|hosted|held|was|were|had|did|chairing|hosting)\b[^?]*\?*\s*$/iu;
/** "(we're writing up …)", "(for my explainer on …)": an aside of the reporter's own. */
const OWN_ASIDE = /^\(\s*(?:we|we're|we've|i|i'm|i've|my|our|for\s+(?:my|our|a|an|the)\s+(?:piece|story|explainer|article|graphic|sidebar|profile|obit|lede|factbox))\b/i;
/** "…, can never remember", "— always mix them up", "— it's messy": the reporter's remark at the end. */
const OWN_REMARK = /\s*[,;(—–]\s*(?:i\s+)?(?:(?:can|could)\s+never\s+(?:remember|recall|keep\s+track)|always\s+(?:mix|get)\s+(?:them|these|it|those)\s+(?:up|mixed\s+up|confused)|it'?s\s+(?:messy|confusing|complicated|tricky)|(?:so\s+)?confusing)\W*$/i;
/** "… Do you know?", "any idea?", "can you check?": after the question, the reporter asking for help asks nothing more. */
const ASKS_FOR_HELP = /^\W*(?:(?:do|d'?you|does\s+any(?:one|body))\s+(?:you\s+)?know|any\s+idea|(?:can|could)\s+you\s+(?:check|confirm|help|tell\s+me)|help\s+pls|thanks?(?:\s+in\s+advance)?|ty|tia)\W*$/i;
/** "since it moved from Almaty", "since the CSCE became the OSCE": since an event told with its verb. */
const SINCE_CLAUSE = /\bsince\s+(?:it|they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:was\s+|were\s+|had\s+been\s+)?[a-z]+ed\b/iu;
const HEDGE_WORD = /\b(?:think|believe|guess|iirc|reckon|assume|recall)\b/i;
/** "<question>? turkish former FM i think", "… ? think it was a former CiO": the reporter's hedged guess after the question. */
const HEDGED_GUESS_AFTER = /^(.+\?)\s*(?![^?]*\b(?:who|whom|whose|what|when|where|which|how)\b)(?:[^?]*\b(?:i\s+think|i\s+believe|i\s+guess|iirc|i\s+reckon|i\s+assume|if\s+i\s+recall)|(?:i\s+)?think\s+(?:it|he|she|they)\s+(?:was|were|is)\b[^?]*)[\s.!…)]*$/i;
/** "has … been held", "have … hosted": a present perfect, of all time up to now. */
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:[\w'-]+\s+){0,4}?(?:been|ever|[a-z]{2,}ed|taken|held|seen|given|chosen)\b/i;
const CLAUSE_AND = /\S\s+(?:when|while|during|after|before|since|until)\s+\w[^,;?]*\s(?:and|&)\s/i;
const BETWEEN_AND = /\bbetween\b[^,;]*\s(?:and|&)\s/i;
/** A part of a message that starts by joining itself to the one before: a second ask, never an aside. */
const JOINED_PART = /^\s*(?:and|also|plus|&|\+)\s/i;
/** "which year", "what yr", "the year of": a year asked, at which two readings dated the same year agree. */
const YEAR_ASKED = /\b(?:which|what)\s+(?:year|yr)\b|\byear\s+was\s+(?:it|which|that)|\bwhich\s+one\b.*\byear\b|\byear\b.*\bwhich\s+one\b/i;

// Compiled, the YAML loader (yaml, zod) is require()d only when the table cache misses; running
// from the TypeScript sources (the tests) there is nothing compiled to require, so hand it over now.
if (import.meta.url.endsWith(".ts")) provideLoader(await import("./facts/load.js"));

/** After this long idle, a long-running adapter compiles chrono and reads the English word list. */
const WARM_UP_DELAY_MS = 100;

/**
 * Long-running adapters (chat, Discord, Slack) should not pay chrono's compilation or the English
 * word list on a user's first question (the typo index comes built from the table cache): both
 * are done once the process has been idle for a moment after start-up. Two unref'd timers in a row: the first can fire late in a one-shot CLI (its
 * delay runs out while the question is being answered), the second is only armed then, and a
 * process with nothing left to do exits before it fires: a one-shot CLI never pays for a warm-up.
 */
function scheduleWarmUp(): void {
  const warm = () => {
    try {
      warmTimeParser();
      warmDictionary();
    } catch {
      // Warming is an optimisation: a failure here surfaces, if at all, on the question that needs it.
    }
  };
  setTimeout(() => setTimeout(warm, WARM_UP_DELAY_MS).unref?.(), WARM_UP_DELAY_MS).unref?.();
}

export function loadFactdesk(options: { factsDir?: string } & FactdeskOptions = {}): Factdesk {
  const { table, warnings, derived } = loadFactTableCached(options.factsDir ?? defaultFactsDir(), { build: buildCoreState, revivable: isRevivable, revive: reviveCoreState });
  return createFactdesk(table, { ...options, warnings, ...(derived ? { core: derived } : {}) });
}

/** facts/ next to the package, whether running from src/ (tests) or dist/src/ (compiled). */
export function defaultFactsDir(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  return here.includes("/dist/") ? fileURLToPath(new URL("../../facts", import.meta.url)) : fileURLToPath(new URL("../facts", import.meta.url));
}

export function createFactdesk(table: FactTable, options: FactdeskOptions & { warnings?: FactProblem[]; core?: CoreState } = {}): Factdesk {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  // Vocabulary, relation profiles, fact index, autocomplete: revived from the table cache, or built now.
  const { vocab, profiles, index, suggestions: suggestionData }: CoreState = options.core ?? buildCoreState(table);
  const hasFacts = (relation: string, role: string, entity: string) => index.has(relation, role, entity);
  // An answer's facts are looked up again by id (its names' spellings, its dates): a search of every
  // fact id, each read out of the packed table; the facts answered recently are kept.
  const factById = remembered((id) => index.byId(id));
  const relationIndex = options.prefilter === false ? null : new RelationIndex(profiles, vocab);
  const reachable = (parse: QuestionParse) => relationIndex?.reachable(parse) ?? profiles;
  const readings = new AnswerReadings(vocab);
  // Single words of ending ("resigned", "quit"): which of two ends a question means (query/ending-said.ts).
  const endWords = new Set(vocab.lexicon.operations.end ?? []);
  const topics = [...table.relations.values()].map((r) => r.name);
  const suggestions: SuggestionIndex = suggestionIndex(suggestionData);
  scheduleWarmUp();

  const topicsText = topicsSentence(topics);
  const unknown = (text: string, candidates: Candidate[] = []): Answer => {
    const near = candidates.flatMap((c) => c.profile.relation.examples.slice(0, 2).map((e) => e.q));
    const picks = firstDistinct(3, near, suggestions.defaults);
    return finish("unknown", `${text} I can answer questions about ${topicsText}. Try: ${picks.map((q) => `"${q}"`).join(" or ")}`, null, [], picks);
  };

  // Every answer says which table it came from. (Each answer is a new object of this call's own: set, not copied.)
  const answer = (question: string, options: AnswerOptions = {}): Answer => {
    const answered = answerQuestion(question, options);
    answered.revision = table.revision;
    // (Once, at the end of the whole message's answer: "Plain spelling: Knut Vollebaek.")
    if (answered.status === "answered") answered.text += plainSpellingNote(answered.text, entitiesOf(answered.facts.map((f) => factById(f.id))));
    return answered;
  };

  function answerQuestion(question: string, options: AnswerOptions = {}): Answer {
    try {
      readings.clear();
      const now = options.now ?? new Date();
      if (typeof question !== "string" || !/[\p{L}\p{N}]/u.test(question)) return unknown("I don't know what to answer: that is not a question I can read.");
      const chat = smallTalkKind(question);
      if (chat) return smallTalkAnswer(chat, suggestions.defaults);
      const cleaned = cleanQuestion(question);
      const text = correctedQuestion(cleaned, (t) => readings.read(t, now)) ?? cleaned;
      const claim = quotedClaim(text, (t) => readings.read(t, now)) ?? framedClaim(text);
      const denied = answerDenial(claim ?? text, now);
      if (denied) return denied;
      const checked = claim === null ? null : answerMessage(claim, now);
      const plain = inTheWordsAsked(text, withGuessedYear(text, withConfirmation(text, checked?.status === "answered" ? checked : answerMessage(text, now), now)), now);
      return askedBackOnNearName(text, withVerdictOnGuess(text, plain, now), now);
    } catch (err) {
      // The core must never take an adapter down: report, and say plainly we could not answer.
      options.onError?.(err);
      return finish("unknown", `I don't know: something went wrong while answering (${(err as Error).name}).`, null, [], suggestions.defaults.slice(0, 3));
    }
  }

  /**
   * "Kazakhstan did not chair the OSCE in 2010.": the plain claim's verdict turned round; a question
   * about what did not happen ("which summit was not held in Helsinki?") is not answered with what did.
   * (A plain claim with no verdict is read as before.)
   */
  function answerDenial(text: string, now: Date): Answer | null {
    const denial = deniedClaim(text);
    if (!denial) return null;
    if (denial.kind === "unclear") return unknown("I don't know: I can't answer that as asked, with its \"not\"; ask what did happen, and I will check it against my fact table.");
    const plain = answerMessage(denial.plain, now);
    const turned = plain.status === "answered" ? verdictTurned(plain.text) : null;
    return turned === null ? null : { ...plain, text: turned };
  }

  /**
   * "When was Ian Berg CiO?": a person's name read only by changing or adding a letter may be the one
   * corrected to or someone else ("Schmidt", "Kozharova"; understand/near-name.ts): the answer is never
   * given as that person's. The reporter is asked whether that person is meant, with what the table
   * says of them if so.
   */
  function askedBackOnNearName(text: string, answer: Answer, now: Date): Answer {
    if (answer.status !== "answered") return answer;
    const near = readings.read(text, now).entities.filter((e) => e.fuzzy && e.entity.type === "person" && (e.slips ?? []).some(([typed, read]) => !isSlipOf(typed, read)));
    const named = near.filter((e) => answer.facts.some((f) => factById(f.id) && namesEntityIn(factById(f.id)!, e.entity.id)));
    if (named.length === 0) return answer;
    const who = joinList(named.map((e) => e.entity.name));
    return { ...answer, status: "ambiguous", text: `I know no one by that spelling. Did you mean ${who}? If so: ${answer.text}` };
  }

  /**
   * "where did Poland host the 2022 Council? warsaw?": where the message read whole gives no verdict,
   * the question is answered alone and led by the verdict on the name guessed after it.
   */
  function withVerdictOnGuess(text: string, answer: Answer, now: Date): Answer {
    // ("… 2004 — Rupel?" is answered "Not Dimitrij Rupel …" already: a verdict of its own.)
    if (/^(?:Yes|No|Not|True|False)\b/.test(answer.text)) return answer;
    const guess = guessedName(text, (t) => readings.read(t, now));
    if (!guess) return withVerdictOnValues(text, answer, now);
    const guessed = answerMessage(guess.question, now);
    return guessed.status === "answered" && !/^(?:Yes|No)\b/.test(guessed.text) ? { ...guessed, text: verdictOnGuess(guessed.text, guess.guessed, [...entitiesOf(guessed.facts.map((f) => factById(f.id)))]) } : answer;
  }

  /** "which number summit was astana 2010? 7th?": the question answered alone says "Yes" where it says every value guessed. */
  function withVerdictOnValues(text: string, answer: Answer, now: Date): Answer {
    const guess = guessedValues(text, (t) => readings.read(t, now), ordinalSuffixed);
    if (!guess) return withVerdictOnTelegraph(text, answer, now);
    const plain = answerMessage(guess.question, now);
    return plain.status === "answered" && !/^(?:Yes|No)\b/.test(plain.text) && saysValues(plain.text, guess.values) ? { ...plain, text: `Yes: ${plain.text}` } : answer;
  }

  /** "porto MC 2002?": a telegraphic check whose one fact says every name, time and figure is led by "Yes" (understand/telegraphic-check.ts). */
  function withVerdictOnTelegraph(text: string, answer: Answer, now: Date): Answer {
    if (answer.status !== "answered" || answer.facts.length !== 1 || /^(?:Yes|No|Not)\b/.test(answer.text)) return answer;
    return telegraphConfirmed(text.trim(), readings.read(text, now), answer.text) ? { ...answer, text: `Yes. ${answer.text}` } : answer;
  }

  /** "True or false: …": the verdict in the words asked ("False." for "No."); none for a choice of two names ("gilmore or martin?"). */
  function inTheWordsAsked(text: string, answer: Answer, now: Date): Answer {
    if (answer.status === "answered" && readings.read(text, now).offersChoice) return { ...answer, text: answer.text.replace(/^(?:Yes|No)[.:,]\s*/, "") };
    if (answer.status !== "answered" || !TRUE_OR_FALSE.test(text)) return answer;
    const verdict = /^(Yes|No)\b[.:,]?/.exec(answer.text);
    return verdict ? { ...answer, text: `${verdict[1] === "Yes" ? "True" : "False"}.${answer.text.slice(verdict[0].length)}` } : answer;
  }

  /**
   * "Edi Rama osce CiO year?? 2019?", "Knut Vollebaek, year as CiO? 1998 i think": a when-question with the
   * reporter's guessed year after it is answered with the verdict on the guess ("No: … in 2020").
   */
  function withGuessedYear(text: string, answer: Answer): Answer {
    const guess = GUESSED_YEAR.exec(text);
    if (!guess || answer.status !== "answered" || VERDICT_LEAD.test(answer.text)) return answer;
    return { ...answer, text: `${saysGuessedDate(answer.text, guess) ? "Yes" : "No"}: ${answer.text}` };
  }

  /**
   * "nazarbayev got 95.5 in 2011?", "2007 CiO - moratinos right?", "portugal chaired when? 2002 right?":
   * a check answered with the facts themselves says "Yes" when they hold every name, figure and year
   * the message offered. (Never where the message negates, or says what the facts do not.)
   */
  function withConfirmation(text: string, answer: Answer, now: Date): Answer {
    if (answer.status !== "answered" || VERDICT_LEAD.test(answer.text) || correctsPremise(answer) || NEGATED.test(text)) return answer;
    // (A question word with no confirming tag asks for something: no need to read it again.)
    if (LEADING_WH.test(text) && !CONFIRM_WORD.test(text)) return answer;
    const parse = readings.read(text, now);
    // (A question word asks for something else: "who succeeded Moratinos in 2008?" is no check.)
    if (!parse.yesNo && (!CONFIRM_TAG.test(text) || (parse.ask !== null && !CONFIRM_WORD.test(text)))) return answer;
    // (A choice — "its first or second?" — is answered by what was chosen, never "Yes".)
    if (parse.unknown.length > 0 || parse.operations.size > 0 || parse.alternative) return answer;
    // ("bratislava MC — 26th, dec 2019? sanity check": an ordinal and a month offered are checked too.)
    const figures = [...parse.numbers, ...parse.times.filter((t) => !t.relative && (t.grain === "year" || t.grain === "month")).map((t) => t.label), ...(parse.ordinal !== null && parse.ordinal > 1 ? [ordinalSuffixed(parse.ordinal)] : [])];
    // (A name and a figure or year at least, and no order: "kazakhstan osce chair?" asks when, "did
    // Serbia chair before Germany?" is answered by the turns, neither offers a fact to confirm.)
    // ("53 pS in 1995 — right number?": a figure offered of a kind named is a name enough.)
    if (figures.length === 0 || (parse.entities.length === 0 && (parse.numbers.length === 0 || parse.concepts.size === 0)) || parse.order || answer.intent?.shape === "when") return answer;
    // ("turnout in the 2005 kz presidential election?": a name and a year with no figure, no verb and no
    // "right" ask for the fact; they offer nothing to confirm — "Saudabayev was CiO in 2010?" does.)
    if (parse.numbers.length === 0 && !CONFIRM_WORD.test(text) && !isStatement(text)) return answer;
    // (A year the answer was read at is said by it, whether its sentence names the year or a span round it:
    // "53 pS in 1995" — "53 participating States from 1993 to 1996".)
    const readAt = answer.reading?.time && !/^The latest record/.test(answer.text) ? answer.reading.time : "";
    const offered = [...parse.entities.map((e) => e.entity.name), ...figures.filter((f) => !(/^\d{4}$/.test(f) && readAt.includes(f)))];
    // (A figure offered that the answer gives only as the preliminary one, or in a note, is not confirmed.)
    const said = foldForMatch(answer.text.replace(/\((?:final|preliminary)[^)]*\)/gi, "").replace(/\bNote:.*$/s, ""));
    return offered.every((o) => said.includes(foldForMatch(o))) ? { ...answer, text: `Yes: ${answer.text}` } : answer;
  }

  /** A cleaned message: each question it asks, in turn — after the reporter's premise, where the table refutes it. */
  function answerMessage(message: string, now: Date): Answer {
    const answered = withDetailsAsked(message, withoutHedgedGuess(message, answerQuestionsOf(message, now), now), now);
    const refuted = answered.status === "answered" ? refutedPremise(message, now) : null;
    return refuted ? combineAnswers([refuted, answered]) : answered;
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
   * "sofia ministerial — year + ordinal": where the whole is not answered, the thing named is asked
   * alone; its one fact answers where it says every detail wanted (understand/attribute-asks.ts).
   */
  function withDetailsAsked(message: string, answer: Answer, now: Date): Answer {
    const asks = answer.status === "answered" ? null : attributeAsks(message);
    if (!asks) return answer;
    const alone = answerQuestionsOf(asks.main, now);
    return alone.status === "answered" && alone.facts.length === 1 && saysDetails(alone.text, asks.details) ? alone : answer;
  }

  function answerQuestionsOf(message: string, now: Date): Answer {
    const text = withoutPremiseLead(withoutGuessAfterDash(message.replace(COUNT_REMARK_SAID, "?").replace(FORM_REMARK, "").replace(OWN_REMARK, "")), now);
    // ("which time was Switzerland's 2026 chairmanship - first, second or third?": one question across the dash.)
    const nth = answerWhichTime(text, now) ?? answerFirstInYears(text, now) ?? answerHowLongWhen(text, now) ?? answerHoldersPerYear(text, now);
    if (nth) return nth;
    const then = answerThenOfContext(text, now) ?? answerExpectedOutcome(text, now) ?? answerRanked(text, now) ?? answerDayOfYear(text, now) ?? answerHomeMeeting(text, now);
    if (then) return then;
    const clauses = questionClauses(text, now);
    if (clauses.length > 1) return combineAnswers(answerInTurn(clauses, now));
    // "first SG + current SG?": a plus joins two asks; where each part is answered, that is the answer.
    const joined = /\s\+\s/.test(text) ? answerJoinedAsks(text, now) : null;
    if (joined) return joined;
    // "which country chaired the OSCE that year?" asked alone refers to no year: never today's.
    const anaphor = TIME_ANAPHOR.exec(clauses[0]!.text);
    if (anaphor && !clauses[0]!.joined && readings.read(clauses[0]!.text, now).times.length === 0)
      return unknown(`I don't know which time "${anaphor[0].trim()}" means: please say the year or date.`);
    // ("how many were hurt in those riots?" asked alone: which riots is not said — never the latest ones.)
    const thing = THING_ANAPHOR.exec(clauses[0]!.text);
    const thingRead = thing && !clauses[0]!.joined ? readings.read(clauses[0]!.text, now) : null;
    if (thing && thingRead && thingRead.times.length === 0 && thingRead.entities.every((e) => e.entity.type === "organization"))
      return unknown(`I don't know which ones "${thing[0].trim()}" means: please name them or say the year.`);
    // ("number of pS in 1975 and today": a time joined after the question's own is a second ask, never dropped.)
    const andNow = AND_NOW.test(text) ? answerJoinedAsks(text, now) : null;
    if (andNow) return andNow;
    const whole = answerClause(clauses[0]!.text, now, !clauses[0]!.joined);
    return whole.status === "answered" ? whole : (answerJoinedAsks(text, now) ?? whole);
  }

  /** "montenegro joined in 2006 — who chaired then?": the last part asked at the time the part before says or dates (query/then-of-context.ts). */
  function answerThenOfContext(text: string, now: Date): Answer | null {
    const found = thenOfContext(text, { read: (t) => readings.read(t, now), datedFact: (q) => onlyDatedFact(answerClause(q, now), factById) });
    if (!found) return null;
    const asked = answerClause(found.question, now);
    if (asked.status !== "answered") return null;
    // ("astana summit year + CiO at the time": what the part before asks is answered first.)
    if (!found.contextAsks) return asked;
    const context = answerClause(found.context, now);
    return context.status === "answered" ? combineAnswers([context, asked]) : null;
  }

  /**
   * "Which Ministerial Councils were held outside the chairing country?", "Did Finland hold its 2025
   * Council at home?" (query/home-meeting.ts): the meetings the rest asks for, at home or away.
   */
  function answerHomeMeeting(text: string, now: Date): Answer | null {
    const asked = homeAsked(text);
    if (!asked) return null;
    const plain = answerQuestionsOf(asked.rest, now);
    const relation = table.relations.get(plain.intent?.relation ?? "");
    if (plain.status === "unknown" || !relation?.chairedBy) return null;
    const today = Math.floor(now.getTime() / 86_400_000);
    // The meetings of the times said, or those answered; "which Councils …?" with no time asks of all.
    // ("did Finland hold its 2025 Council at home?" is answered with Helsinki 2008: the time said decides.)
    const times = readings.read(asked.rest, now).times.filter((t) => !t.relative);
    const ofTimes = (f: Fact) => times.length === 0 || times.some((t) => inScope(f, { kind: "query", time: t }, today));
    const answered = plain.status === "answered" ? plain.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f?.validity && f.relation === relation && ofTimes(f)) : [];
    const meetings = answered.length ? answered : index.facts(relation.id).filter((f) => f.validity && f.status === "final" && ofTimes(f) && (times.length > 0 || plain.status !== "answered"));
    const chairsOf = (f: Fact) => [possibleStart(f.validity!), possibleEnd(f.validity!, today)].flatMap((day) => chairingCountries(relation.chairedBy!, day, today));
    const seen = homeOrAway(meetings, relation.mainRole.name, chairsOf);
    if (!seen || seen.length === 0) return null;
    const said = (h: (typeof seen)[number]) => `${renderFact(h.fact).replace(/\.$/, "")} (${h.chair.short ?? h.chair.name} chaired).`;
    const parse = readings.read(text, now);
    if ((parse.yesNo || parse.declarative) && seen.length === 1) return finish("answered", `${seen[0]!.atHome !== asked.outside ? "Yes" : "No"}. ${said(seen[0]!)}`, null, [seen[0]!.fact], []);
    const chosen = seen.filter((h) => h.atHome !== asked.outside);
    const where = asked.outside ? "outside the chairing country" : "in the chairing country";
    const head = parse.ask === "count" || /\bhow\s+many\b/i.test(text) ? `${chosen.length} of ${seen.length} held ${where}` : chosen.length ? `Held ${where}` : `None of the ${seen.length} was held ${where}`;
    return finish("answered", `${head}${chosen.length ? `: ${chosen.map(said).join(" ")}` : "."}`, null, chosen.map((h) => h.fact), []);
  }

  /** The countries whose one-at-a-time facts of `relationId` held on `day` (two on a day the chair was handed over). */
  function chairingCountries(relationId: string, day: number, today: number): Entity[] {
    const held = index.facts(relationId).filter((f) => f.validity && f.status === "final" && possibleStart(f.validity) <= day && day <= possibleEnd(f.validity, today));
    return held.flatMap((f) => (f.values.get(f.relation.mainRole.name) ?? []).flatMap((v) => (v.kind === "entity" && v.entity.type === "country" ? [v.entity] : [])));
  }

  /** "Which Ministerial Council since 2000 began latest in the calendar year?" (query/day-of-year.ts). */
  function answerDayOfYear(text: string, now: Date): Answer | null {
    const asked = dayOfYearAsked(text);
    if (!asked) return null;
    const plain = answerQuestionsOf(asked.rest, now);
    if (plain.status !== "answered") return null;
    const facts = plain.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f && f.relation.id === plain.intent?.relation);
    const picked = pickByDayOfYear(facts, asked, Math.floor(now.getTime() / 86_400_000));
    if (!picked) return null;
    const head = `${asked.which === "earliest" ? "Earliest" : "Latest"} in the year${asked.byEnd ? " (by its last day)" : ""}`;
    return finish("answered", `${head}: ${picked.map((f) => renderFact(f)).join(" ")}`, null, picked, []);
  }

  /** "Rank Nazarbayev's 2005, 2011 and 2015 results from highest to lowest" (query/ranked.ts): what is asked, in order of its figure. */
  function answerRanked(text: string, now: Date): Answer | null {
    const asked = rankAsked(text);
    if (!asked) return null;
    const plain = answerQuestionsOf(asked.rest, now);
    if (plain.status !== "answered") return null;
    const ranked = rankedByFigure(plain.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f), asked.order);
    if (!ranked) return null;
    const head = asked.order === "desc" ? "From highest to lowest" : "From lowest to highest";
    return finish("answered", `${head}: ${ranked.map((f) => renderFact(f)).join(" ")}`, null, ranked, []);
  }

  /**
   * "was kaz expected to chair in 2009 — and did it?", "did kaz chair in 2009, as expected in 2006?":
   * what happened is asked plainly, and what was expected too where it is asked (understand/expected-outcome.ts).
   * Only a verdict on what happened answers.
   */
  function answerExpectedOutcome(text: string, now: Date): Answer | null {
    const found = expectedOutcome(text);
    if (!found) return null;
    const outcome = answerClause(found.outcome, now);
    if (outcome.status !== "answered" || !/^(?:Yes|No)\b/.test(outcome.text)) return null;
    if (found.expectation === null) return outcome;
    const expectation = answerClause(found.expectation, now);
    return expectation.status === "answered" ? combineAnswers([expectation, outcome]) : null;
  }

  /**
   * "which city hosted the 1998 MC — warsaw since poland chaired?": after a question word's question,
   * a dash and the reporter's guess with its reason; the reason is no part of what is asked.
   */
  function withoutGuessAfterDash(text: string): string {
    const m = /^(.{8,}?)\s+[-–—]\s+([^–—]+)$/.exec(text);
    return m && LEADING_WH.test(m[1]!) && !/\?/.test(m[1]!) && REASONED_GUESS.test(m[2]!) ? `${m[1]!}?` : text;
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
    const checked = answerClause(`${m[1]!}?`, now);
    return checked.status === "answered" && /^No\b/.test(checked.text) ? { ...checked, text: `Your premise: ${checked.text}` } : null;
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
    if (PRONOUN.test(m[2]!)) return `${m[1]!}. ${m[2]!}`;
    // (Only a question whole without it: "as Malta chaired in 2024, where was the ministerial council?" is dated by it.)
    return question.entities.length + question.times.length > 0 ? m[2]! : text;
  }

  /**
   * The questions a message asks, each with the names it refers to: chatter ("for my 6pm piece")
   * is left out; a lead-in that only names the subject ("Kazakhstan: when did it join?") is added to
   * each question that names nothing itself.
   */
  function questionClauses(text: string, now: Date): Clause[] {
    const leadless = (s: string) => withoutChatterLead(s, (t) => readings.read(t, now));
    const split = splitQuestions(text);
    const segments = split.map(leadless);
    // (One part that is the whole text, as most are: its lead-in is already taken off.)
    if (segments.length <= 1) return [{ text: withConfirmTag(split.length === 1 && split[0] === text ? segments[0]! : leadless(text)) }];
    const read = segments.map((s) => ({ text: s, parse: readings.read(s, now) }));
    // "… when? and the FM in charge?": a part joined by "and" that names something asks it too, never dropped.
    // ("… year? CiO name too": so is a later part that says it is asked as well — of a kind of thing, not "names too".)
    // ("name" asks the form of an answer already asked for: "how many German SGs? names too".)
    const namesAKind = (p: QuestionParse) => [...p.concepts.keys()].some((c) => !c.startsWith("w:") && c !== "name");
    const followUpAsk = (r: { text: string; parse: QuestionParse }) =>
      r.parse.concepts.size > 0 && (/^(?:and|plus|also|&|\+)\s/i.test(r.text) || (r !== read[0] && /\s(?:too|also|as\s+well)\W*$/i.test(r.text) && namesAKind(r.parse)));
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
      text.includes(`${r.text}?`) && read.slice(0, read.indexOf(r as (typeof read)[number])).some((p) => p.parse.ask !== null && [...r.parse.concepts.keys()].some((c) => !p.parse.concepts.has(c)));
    // ("where was MC 2025 held? helsinki since finland chaired?": after a question, the reporter's guess
    // and its reason — neither asked nor context; the answer says where it was.)
    const reasonedGuess = (r: { text: string; parse: QuestionParse }) => r !== read[0] && r.parse.ask === null && REASONED_GUESS.test(r.text);
    // ("I was in Vienna yesterday for a conference; anyway, who …": the reporter's own story asks nothing.)
    // ("Knut Vollebaek, year as CiO? 1998 i think", "… appointed when? 2019?": a year alone after a question
    // that asks when is the reporter's guess at the answer, never the question's time.)
    const asksWhen = (p: QuestionParse) => p.ask === "time" || p.askType === "time" || /\b(?:when|year|yr|date)\b/i.test(p.cleaned);
    const guessedYear = (r: (typeof read)[number]) =>
      read.indexOf(r) > 0 && YEAR_GUESS.test(r.text) && r.parse.entities.length === 0 && read.slice(0, read.indexOf(r)).some((p) => asksWhen(p.parse) && p.parse.times.length === 0 && p.parse.entities.length > 0);
    // ("It's 2024 and I'm still confused: what was …?": the reporter's own lead-in before a whole question.)
    const ownLead = (r: (typeof read)[number]) => r === read[0] && read.length === 2 && isOwnLeadIn(r.text, r.parse, read[1]!.text, (t) => readings.read(t, now));
    // ("Quick one, it's Monday and my deadline is Friday: who …?", "Tomorrow is my anniversary, but first: …"):
    // before a question, a part that names nothing — no name, figure, kind of thing, or time but a day of
    // the reporter's — and is not asked with "?" is their talk.
    const idleTalk = (r: (typeof read)[number]) =>
      r !== read[read.length - 1] && r.parse.ask === null && !text.includes(`${r.text}?`) && r.parse.entities.length === 0 && r.parse.numbers.length === 0 &&
      r.parse.unknown.every((u) => !u.properNoun && isEnglishWord(u.form)) &&
      r.parse.times.every((t) => t.relative && t.grain === "day") && [...r.parse.concepts.keys()].every((c) => c.startsWith("w:") || c === "first") &&
      read.slice(read.indexOf(r) + 1).some((p) => p.parse.ask !== null);
    const toldStory = (r: (typeof read)[number]) =>
      (r !== read[read.length - 1] && isPersonalStory(r.text)) || (r !== read[0] && (COUNT_REMARK.test(r.text) || ASKS_FOR_HELP.test(r.text))) || guessedYear(r) || ownLead(r) || idleTalk(r);
    const asking = read.filter((r) => (r.parse.ask !== null || r.parse.yesNo || followUpAsk(r) || askedStatement(r) || bareFollowUp(r)) && !aside(r) && !reasonedGuess(r) && !toldStory(r));
    // "helga schmid - nationality and where was she appointed?": a bare noun between the name and the
    // question asks it of the name. (After the question, "… need the ordinal" is the reporter's talk.)
    const at = (r: (typeof read)[number]) => read.indexOf(r);
    const telegraphic = (r: (typeof read)[number]) =>
      r.parse.concepts.size > 0 && r.parse.entities.length === 0 && r.parse.unknown.length === 0 && at(r) < at(asking[0]!) && read.slice(0, at(r)).some((p) => p.parse.entities.length > 0);
    // ("(1) odihr seat (2) hcnm seat", "chair 2004? chair 2005?": numbered parts, or parts each asked with
    // a "?", with no question word, are each asked — never "2016 ministerial — hamburg dates", one question.)
    const telegraphs = read.filter((r) => !isChatter(r.parse) && !aside(r));
    const separate = NUMBERED.test(text) || listedAsks(text) !== null || asksBothPicks(text) || asksBothOrders(text) || (asking.length === 0 && (text.match(/\?+/g)?.length ?? 0) >= telegraphs.length);
    const listed = separate && telegraphs.length >= 2 && telegraphs.every((r) => r.parse.concepts.size > 0 || asking.includes(r)) ? telegraphs : [];
    // ("kubis is slovak or czech? writing his bio line", "… always mix them up": after a question, a part
    // with no question word or mark, and no name, time or figure of its own, is the reporter's talk.)
    const asked = read.findIndex((r) => text.includes(`${r.text}?`));
    const talkAfter = (r: (typeof read)[number]) =>
      asked >= 0 && at(r) > asked && !text.includes(`${r.text}?`) && r.parse.ask === null && !r.parse.yesNo && r.parse.entities.length + r.parse.times.length + r.parse.numbers.length === 0 &&
      !/^(?:and|also|plus|&|\+)\b/i.test(r.text) && [...r.parse.concepts.keys()].every((c) => c.startsWith("w:"));
    const questions = (listed.length ? listed : asking.length ? read.filter((r) => asking.includes(r) || telegraphic(r)) : []).filter((r) => !talkAfter(r));
    if (questions.length === 0) {
      const said = read.filter((r) => !talkAfter(r));
      return [{ text: telegraphicCheck(said, text) ?? withoutChatter(said) ?? (said.length < read.length ? said.map((r) => r.text).join(" ") : text) }];
    }
    // A lead-in that names something or a date is context; one with only the reporter's own time ("working on Friday's explainer") is chatter.
    // ("last year's MC - where was it held": a relative time with a thing named is the subject's time, not chatter.)
    // ("…, exactly?": a part that only asks an operation qualifies the question it follows.)
    // ("tokajew — how many elections has he won?": a lead-in naming someone we do not know is the subject, never dropped;
    // a word after the question, "… in the second graf", is the reporter's.)
    const leadIn = (r: (typeof read)[number]) => read.indexOf(r) < read.indexOf(questions[0]!);
    // ("which countries have chaired twice or more? switzerland, austria...?": names of the kind a plural
    // question asks, after it, are the reporter's guesses at the list — never a limit on it.)
    const guesses = (r: (typeof read)[number]) =>
      read.indexOf(r) > read.indexOf(questions[0]!) && questions[0]!.parse.plural && questions[0]!.parse.askType !== null && r.parse.entities.length > 0 &&
      r.parse.entities.every((e) => e.entity.type === questions[0]!.parse.askType) && r.parse.concepts.size === 0 && r.parse.times.length === 0 && r.parse.unknown.length === 0;
    // ("My grandmother moved to Almaty in 1960. What was the capital in 1990?": the reporter's own story
    // before a question that does not refer back to it is no context.)
    // (One that does — "… in 2011. Who chaired that year?" — gives its time, never its places.)
    const story = (r: (typeof read)[number]) => leadIn(r) && toldStory(r);
    const storyTimes = questions.some((q) => REFERS_BACK.test(q.text)) ? read.filter(story).flatMap((r) => r.parse.times.filter((t) => !t.relative).map((t) => t.label)) : [];
    // ("Writing a 2020 retrospective - where was the 2009 MC?", "Quick one before the 2024 archive closes: …"):
    // a lead-in whose only thing is a year, before a question dated by its own, is the reporter's.
    const datedChatter = (r: (typeof read)[number]) =>
      leadIn(r) && r.parse.times.length > 0 && r.parse.entities.every((e) => e.entity.type === "organization") && [...r.parse.concepts.keys()].every((c) => c.startsWith("w:") || c === "time_word") &&
      r.parse.unknown.every((u) => !u.properNoun && isEnglishWord(u.form)) &&
      r.parse.ask === null && !r.parse.yesNo && questions[0]!.parse.times.some((t) => !t.relative);
    const context = [...storyTimes, ...read.filter((r) => !questions.includes(r) && !aside(r) && !guesses(r) && !reasonedGuess(r) && !story(r) && !talkAfter(r) && !datedChatter(r) && !guessedYear(r) && (r.parse.entities.length > 0 || r.parse.times.some((t) => !t.relative) || namesWhichOne(r.parse) || onlyOperation(r.parse) || (leadIn(r) && namesStranger(r.parse)))).map((r) => r.text)];
    // "… and who was CiO?", "which country chaired that year?": names and times carry over from the question before.
    let carried: string[] = [];
    let carriedTimes: string[] = [];
    let carriesName = false;
    let previous: QuestionParse | null = null;
    let previousText: string | null = null;
    // (Only after an order, where the name said is not the one answered: "Kazakhstan's successor was which country, and who was its CiO?")
    // (Or "he"/"his" after "who was CiO in 2020", which named no person: the person answered.)
    const ofAnswerOf = (q: (typeof read)[number]) =>
      q.parse.entities.length === 0 && (q.parse.concepts.size + q.parse.unknown.length > 0 || (q.parse.ask !== null && q.parse.ask !== "agent")) && !!previous && ((previous.order !== null && asksPlaceHolder(previous) && POSSESSIVE_OF_THING.test(q.text)) || (previous.ask === "agent" && !previous.entities.some((e) => e.entity.type === "person") && PERSON_PRONOUN.test(q.text)) || asksItsOwn(previous, q.text));
    return questions.map((q) => {
      const own = [...q.parse.entities.map((e) => e.entity.name), ...q.parse.times.map((t) => t.label)];
      // "who won the 1999 vote, and which country chaired the OSCE that year?": the name is its own, the year the one before.
      const timeCarried = own.length > 0 && q.parse.times.length === 0 && TIME_ANAPHOR.test(q.text) ? carriedTimes : [];
      // ("when did kz join csce and when did it chair osce": "it" is the name before, where the part names
      // only the organisation — "… when did it become nur-sultan" names its own thing.)
      const nameCarried = q.parse.entities.length > 0 && q.parse.entities.every((o) => o.entity.type === "organization") && q.parse.times.length === 0 && carriesName && previous && THING_PRONOUN.test(q.text) && !ofAnswerOf(q)
        ? previous.entities.filter((e) => !q.parse.entities.some((o) => o.entity.type === e.entity.type)).map((e) => e.entity.name)
        : [];
      const added = [...context, ...(own.length ? [...timeCarried, ...nameCarried] : ofAnswerOf(q) ? [] : carried)];
      // ("who was CiO in 2004 — Passy?": a lone name after the question stays the name it offers.)
      // ("… 2003 yes? and who was CiO in june that yr": a month of "that year" is of the year before.)
      const ofThatYear = q.parse.times.length > 0 && q.parse.times.every((t) => t.relative) && carriedTimes.length === 1 && /^\d{4}$/.test(carriedTimes[0]!) ? q.text.replace(THAT_YEAR_SAID, carriedTimes[0]!) : q.text;
      const text = offersName(read, q) && added.length === 1 ? `${ofThatYear.replace(/[?!.\s]+$/, "")} — ${added[0]}?` : [ofThatYear, ...added].join(" ");
      // "who won in 2019 and with what share": if the names alone are not enough, the question before is the subject.
      // ("who chaired in 2019 and who in 2020?": a part with only a question word and its own time asks
      // what the part before asked, of that time.)
      const elliptic = !!previous && q.parse.times.length > 0 && q.parse.entities.length === 0 && q.parse.concepts.size === 0 && q.parse.unknown.length === 0;
      // ("who was CiO and who was SG in 2012?": a first part with nothing of its own, failing alone, is asked at the next part's time.)
      const nextTimes = !previousText && !own.length ? (questions[questions.indexOf(q) + 1]?.parse.times.filter((t) => !t.relative).map((t) => t.label) ?? []) : [];
      const fallback = elliptic
        ? [q.text, withoutTimes(previous!).replace(LEADING_ASK, ""), ...context].join(" ")
        : nextTimes.length ? [q.text, ...nextTimes, ...context].join(" ") : own.length || !previousText ? undefined : [q.text, previousText.replace(LEADING_ASK, ""), ...context].join(" ");
      // "when did Montenegro join and how many pS did that make?": "that" is the moment the question before asked for.
      const atThatMoment = !own.length && !!previous && asksWhen(previous) && MOMENT_ANAPHOR.test(q.text);
      // "which country chairs in 2026 …, also were they chair before?": "they" is an answer, not a name said.
      // ("SG in 1995 and where was he based": "he" with no person named before it, nor one asked for, is no one.)
      const noPerson = PERSON_PRONOUN.test(q.text) && !q.parse.entities.some((e) => e.entity.type === "person") && !read.some((r) => r.parse.entities.some((e) => e.entity.type === "person"));
      const unresolved = (q.parse.yesNo && q.parse.entities.length === 0 && !carriesName && !context.length && PRONOUN.test(q.text)) || (noPerson && !ofAnswerOf(q)) ? q.text : undefined;
      // "Kazakhstan's successor as OSCE chair was which country, and who was its CiO?": "its" is the answer before (Lithuania), never Kazakhstan.
      const ofAnswer = ofAnswerOf(q) ? { text: q.text, besides: previous!.entities.map((e) => e.entity.name) } : undefined;
      if (own.length) {
        carried = own;
        carriesName = q.parse.entities.length > 0;
      }
      if (q.parse.times.length) carriedTimes = q.parse.times.map((t) => t.label);
      previous = q.parse;
      previousText = q.text;
      return { text, ...(added.length ? { joined: true } : {}), ...(fallback && !ofAnswer ? { fallback } : {}), ...(atThatMoment ? { atThatMoment: q.text } : {}), ...(unresolved && !ofAnswer ? { unresolved } : {}), ...(ofAnswer ? { ofAnswer } : {}) };
    });
  }

  /**
   * "north macedonia osce chair year and cio", "odihr seat + hcnm seat": telegraphic asks joined by
   * "and"/"+", each read with the names of the one before if it has none. Only if every part is
   * answered (a name with "and" in it, "Bosnia and Herzegovina", never splits into two answers).
   */
  function answerJoinedAsks(text: string, now: Date): Answer | null {
    // "did Estonia and Latvia join in 1991?" is one question about two names, not "did Estonia" + "Latvia join".
    const whole = readings.read(text, now);
    // (A claim is not joined by "+": "kz capital now + year it was renamed back" asks two things.)
    if (whole.yesNo || (whole.declarative && !/\s\+\s/.test(text))) return null;
    // ("gap between Germany's CSCE chair and its OSCE chair": "between … and …" is one thing asked;
    // "… when the Swiss 2014 and Serbian 2015 chairmanships were agreed": so is a when-clause's "and".)
    if (BETWEEN_AND.test(text) || CLAUSE_AND.test(text)) return null;
    const parts = commaParts(text, now).flatMap((p) => p.split(/\s+(?:and|&|\+)\s+/i)).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2 || parts.length > 4) return null;
    const parsed = parts.map((part) => readings.read(part, now));
    // ("SG and CiO in 2010?": names and times said only after the last of the leading telegraphic
    // parts are of them all — never of a part that asks with a question word of its own.)
    const firstOwn = parsed.findIndex((p) => ownNamesAndTimes(p).length > 0);
    const trailing = firstOwn > 0 && parsed.slice(0, firstOwn).every((p) => p.ask === null) ? ownNamesAndTimes(parsed[firstOwn]!) : [];
    let carried: string[] = trailing;
    let carriedTimes: string[] = [];
    let subject = "";
    const answers: Answer[] = [];
    for (const [i, part] of parts.entries()) {
      // ("who chaired in 2010 and now": a part that is only a time asks what the part before asked, then.)
      const onlyTime = i > 0 && parsed[i]!.times.length > 0 && parsed[i]!.entities.length + parsed[i]!.concepts.size + parsed[i]!.unknown.length === 0 && parsed[i]!.ask === null;
      if (onlyTime) {
        const answer = answerClause(`${withoutTimes(parsed[i - 1]!)} ${part}`, now);
        if (answer.status !== "answered") return null;
        answers.push(answer);
        continue;
      }
      const parse = parsed[i]!;
      // ("SG in 1995 and where was he based": "he" is the one answered before, which no part names.)
      if (PERSON_PRONOUN.test(part) && !parse.entities.some((e) => e.entity.type === "person")) return null;
      const own = ownNamesAndTimes(parse);
      // ("2011 presidential % and who chaired the osce that year": its own name, the year before.)
      const timeCarried = own.length > 0 && parse.times.length === 0 && TIME_ANAPHOR.test(part) ? carriedTimes : [];
      // ("kz capital now + year it was renamed back": "it" is the thing before, without its "now".)
      const answer = answerClause(own.length ? [part, ...timeCarried].join(" ") : THING_PRONOUN.test(part) && subject ? `${part} ${subject}` : [part, ...carried].join(" "), now);
      if (answer.status !== "answered") return null;
      if (own.length) subject = withoutRelativeTimes(parse);
      if (own.length) carried = own;
      if (parse.times.length) carriedTimes = parse.times.map((t) => t.label);
      answers.push(answer);
    }
    return combineAnswers(answers);
  }

  /**
   * "2023: chair country, CiO, MC city": commas list the asks too, where each part asks something of
   * its own (chatter — "both pls" — left out). Otherwise the whole: "…, which day?" asks one thing more
   * precisely, and "…, according to the Swiss ministry" or "…, counting from 1989" qualify it.
   */
  function commaParts(text: string, now: Date): string[] {
    const pieces = text.split(/\s*,\s*/).filter((p) => p.trim());
    if (pieces.length < 2) return [text];
    const read = pieces.map((p) => ({ p, parse: readings.read(p, now) }));
    const asks = read.filter(({ parse }) => !isChatter(parse));
    const ownAsk = ({ p, parse }: (typeof read)[number]) =>
      !QUALIFYING_PART.test(p) && parse.entities.length + parse.times.length + [...parse.concepts.keys()].filter((c) => !SHAPE_CONCEPTS.has(c)).length > 0;
    // ("first year it was called OSCE, who chaired?": a part with no name or time of its own, after one
    // that asks a time, asks of that answer — one question, not two.)
    const asksTime = (parse: QuestionParse) => parse.ask === "time" || parse.askType === "time" || parse.concepts.has("time_word");
    const ofAnswerBefore = asks.some(({ parse }, i) => i > 0 && parse.entities.length + parse.times.length === 0 && asksTime(asks[i - 1]!.parse));
    return asks.every(ownAsk) && !ofAnswerBefore ? asks.map(({ p }) => p) : [text];
  }

  /** The names and times a part says itself, as words to add to another part. */
  function ownNamesAndTimes(parse: QuestionParse): string[] {
    return [...parse.entities.map((e) => e.entity.name), ...parse.times.map((t) => t.label)];
  }

  /** A part's words without the times relative to today it says ("kz capital now" → "kz capital"). */
  function withoutRelativeTimes(parse: QuestionParse): string {
    let text = parse.cleaned;
    for (const t of [...parse.times].filter((x) => x.relative).sort((a, b) => b.index - a.index)) text = text.slice(0, t.index) + text.slice(t.index + t.length);
    return text.replace(/\s+/g, " ").trim();
  }

  /**
   * Telegraphic parts with no question word ("need by tonight: norways osce chair year"): a part that
   * names nothing — no thing, concept, date or figure, only the reporter's own time — is chatter.
   */
  function withoutChatter(read: Array<{ text: string; parse: QuestionParse }>): string | null {
    const kept = read.filter((r) => !isChatter(r.parse) || r.parse.numbers.length > 0);
    return kept.length > 0 && kept.length < read.length ? kept.map((r) => r.text).join(" ") : null;
  }

  /** The clauses answered in order: one referring to "that" moment is read at the day the answer before it gave. */
  function answerInTurn(clauses: Clause[], now: Date): Answer[] {
    const answers: Answer[] = [];
    for (const clause of clauses) {
      const before = answers[answers.length - 1];
      if (clause.unresolved) {
        answers.push(unknown(`I don't know who or what "${clause.unresolved}" refers to: ask with the name.`));
        continue;
      }
      if (clause.ofAnswer) {
        answers.push(answerOfAnswer(clause.ofAnswer.text, clause.ofAnswer.besides, before, now));
        continue;
      }
      const day = clause.atThatMoment && before ? dayOfOnlyFact(before) : null;
      answers.push(day === null ? answerFollowUp(clause, now) : answerClause(`${clause.atThatMoment} on ${formatDay(day)}`, now));
    }
    return answers;
  }

  /**
   * A question whose pronoun stands for the answer before ("…, and who was its CiO?"): read with that
   * answer's one name (other than those the question before said), and the time of its fact, in place
   * of the pronoun; with no one name, unknown.
   */
  function answerOfAnswer(text: string, besides: string[], before: Answer | undefined, now: Date): Answer {
    // (The name the question before said — the one it came after — is not its answer.)
    // ("who chaired in 2010 and what was his job": "his" is the one person the answer names, not the country asked.)
    const asks = PERSON_PRONOUN.test(text) ? "person" : before?.reading?.asks;
    const named = before?.status === "answered" && asks ? namesAnswered(before, asks).filter((n) => !besides.includes(n.name)) : [];
    if (named.length !== 1) return unknown(`I don't know who or what "${text}" refers to: ask with the name.`);
    const { name, when } = named[0]!;
    const withName = withNameForPronoun(text, name);
    // (With the time of the fact answered first — "who was its CiO" then — else as asked: "where is he
    // from". A count of times is over all time: "… and how many times has it chaired?")
    const counts = /\bhow\s+(?:many|often)\b/i.test(text);
    const dated = counts ? undefined : answerClause(`${withName} ${when}`, now);
    return dated?.status === "answered" ? dated : answerClause(withName, now);
  }

  /** The distinct names an answer gives for the role asked (or, for "person", of any person), each with the time of its fact. */
  function namesAnswered(a: Answer, role: string): Array<{ name: string; when: string }> {
    const out = new Map<string, string>();
    for (const ref of a.facts) {
      const fact = factById(ref.id);
      const values = role === "person" ? [...(fact?.values.values() ?? [])].flat().filter((v) => v.kind === "entity" && v.entity.type === "person") : (fact?.values.get(role) ?? []);
      for (const v of values) if (v.kind === "entity" && fact?.validity) out.set(v.entity.name, validityLabel(fact.validity));
    }
    return [...out].map(([name, when]) => ({ name, when }));
  }

  /** The day an answer's only fact began, if it names one to the day. */
  function dayOfOnlyFact(a: Answer): number | null {
    const fact = a.status === "answered" && a.facts.length === 1 ? factById(a.facts[0]!.id) : undefined;
    const start = fact?.validity?.kind === "span" ? fact.validity.from : fact?.validity?.kind === "single" ? fact.validity.at : null;
    return start && start.first === start.last ? start.first : null;
  }

  /** "ODHIR seat - warsaw?": a lone name after a telegraphic ask, with a question mark, is the value to check. */
  function telegraphicCheck(read: Array<{ text: string; parse: QuestionParse }>, text: string): string | null {
    const last = read[read.length - 1]!.parse;
    const loneName = last.entities.length === 1 && last.concepts.size === 0 && last.unknown.length === 0 && last.times.length === 0;
    if (read.length !== 2 || !loneName || !/\?\s*$/.test(text) || read[0]!.parse.concepts.size === 0) return null;
    return `${read[0]!.text} ${read[1]!.text}, right?`;
  }

  /** A follow-up question read with the names it carries, else with the whole question before it. */
  function answerFollowUp(clause: Clause, now: Date): Answer {
    const first = answerClause(clause.text, now, !clause.joined);
    if (first.status === "answered" || !clause.fallback) return first;
    // (Where a clause is our own joining of parts, only a main part that is a question on its own is dated by a when-clause.)
    const second = answerClause(clause.fallback, now, false);
    return second.status === "answered" ? second : first;
  }

  /**
   * "Did Kazakhstan chair in 2009 or 2010?", "was it held in April or May?": a choice, never answered
   * "Yes" or "No" — the facts say which.
   */
  function answerClause(text: string, now: Date, telegraphicMain = true): Answer {
    const parse = readings.read(text, now);
    const answer = answerOneClause(text, now, telegraphicMain);
    return parse.yesNo && parse.alternative && answer.status === "answered" ? { ...answer, text: withoutVerdicts(answer.text) } : answer;
  }

  /** One question: as a whole, each of several explicit times in turn, or with a when-clause as its time. */
  function answerOneClause(text: string, now: Date, telegraphicMain: boolean): Answer {
    if (asksJudgement(text)) return unknown("I don't know: that asks for a judgement, a forecast or what might have been, and I hold only sourced facts.");
    const parse = readings.read(text, now);
    if (parse.unreadableTimes.length) return answerWithYearsRepaired(text, parse.unreadableTimes, now, telegraphicMain);
    const times = parse.times.filter((t) => !t.relative && t.mode === "at");
    // ("name the host cities of the 2002 and 2003 Councils": a list asked at each time is the same.)
    if (times.length > 1 && times.length === parse.times.length && [...parse.operations].every((o) => o === "list")) {
      const parts = times.map((t) => answerParsed({ ...parse, times: [t] }, now));
      if (parts.every((p) => p.status === "answered")) return combineAnswers(parts);
    }
    // "which country chaired when Tokayev was first elected": a clause that dates the question is read
    // first; the whole, read as one, would take its words for the question's own.
    const between = answerBetween(text, now);
    if (between) return between;
    const dated = answerWithTimeClause(text, now, "before the whole", telegraphicMain) ?? answerWithoutOrderAside(text, now);
    if (dated) return dated;
    // ("how many years from the renaming to Kazakhstan's chair": one fact's own length is not asked.)
    const apartSaid = answerTwoEvents(text, now, true);
    if (apartSaid) return apartSaid;
    // ("how many times has the capital been renamed since it moved from Almaty": a count since an event
    // said as a clause counts from its day — the clause's names are no part of what is counted.)
    const countedSince = (parse.ask === "count" || parse.ask === "times") && SINCE_CLAUSE.test(text) ? answerAfterEvent(text, now) : null;
    if (countedSince) return countedSince;
    const whole = answerParsed(parse, now);
    if (whole.status === "answered") return whole.intent?.shape === "order" ? (otherKindAfterEvent(text, now, whole) ?? whole) : whole;
    return answerTwoEvents(text, now) ?? answerWithTimeClause(text, now, "after it", telegraphicMain) ?? answerAfterEvent(text, now) ?? answerAtMeeting(text, now) ?? answerWithoutAside(text, now) ?? answerWithStrangePlace(text, parse, now) ?? whole;
  }

  /**
   * "'the 2014 MC in bern' - ok?": a check whose one word nothing explains is a place said after
   * "in"/"at", of a thing the table places — there or not: "No", with where it was. (A place the table
   * does not know is not where the table says it was; the fact is told so that nothing rests on "No".)
   */
  function answerWithStrangePlace(text: string, parse: QuestionParse, now: Date): Answer | null {
    if (parse.ask !== null || parse.unknown.length !== 1 || parse.times.length === 0) return null;
    const place = new RegExp(`\\b(?:in|at)\\s+${parse.unknown[0]!.form.replace(/[^\p{L}]/gu, "")}\\b`, "iu");
    if (!place.test(text)) return null;
    const rest = readings.read(text.replace(place, " "), now);
    if (rest.unknown.length > 0 || rest.entities.length > 0) return null;
    const where = answerParsed({ ...rest, yesNo: false, declarative: false, ask: "place" }, now);
    return where.status === "answered" && where.facts.length === 1 ? { ...where, text: `No. ${where.text}` } : null;
  }

  /**
   * "Was Austria's 2017 chairmanship its first or second?", "which time was Switzerland's 2026
   * chairmanship — first, second or third?": the named one's facts in order, and where the time said
   * falls among them. "Austria's 2017 chair was its first?", "finland 2025 - first time chairing?"
   * claim one place: "Yes" or "No", with the place it has. (Read whole, the ordinals were taken for
   * picks of their own, or not read at all.)
   */
  function answerWhichTime(text: string, now: Date): Answer | null {
    const choice = NTH_CHOICE.exec(text);
    // ("Years between Switzerland's 2014 chair and its third chairmanship?" asks a difference: "its third" is no claim.)
    const claim = choice || NOT_AN_NTH_CLAIM.test(text) ? null : NTH_CLAIM.exec(text);
    const m = choice ?? claim;
    if (!m || (claim && !/\?\s*$/.test(text))) return null;
    const parse = readings.read(`${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`, now);
    if (parse.entities.length !== 1 || parse.times.length !== 1 || parse.times[0]!.relative) return null;
    const all = answerParsed({ ...parse, yesNo: false, declarative: false, ask: "time", operations: new Set(), times: [] }, now);
    if (all.status !== "answered" || !all.intent) return null;
    const starts = [...new Set(all.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f?.validity && f.relation.id === all.intent!.relation).map((f) => possibleStart(f.validity!)))].sort((a, b) => a - b);
    const t = parse.times[0]!;
    const at = starts.findIndex((s, i) => s <= t.end && (starts[i + 1] ?? Infinity) > t.start && s >= t.start - 366);
    const word = ORDINAL_WORDS[at];
    if (!word) return null;
    if (!claim) return { ...all, text: `The ${word}. ${all.text}` };
    const said = (claim[1] ?? claim[2])!.toLowerCase();
    return { ...all, text: `${said === word ? "Yes" : "No"}: the ${word}. ${all.text}` };
  }

  /** "which years had two CiOs?" (query/holders-per-year.ts): a post's years of a handover, said with their holders. */
  function answerHoldersPerYear(text: string, now: Date): Answer | null {
    const asked = holdersPerYearAsked(text);
    if (!asked) return null;
    // The post, read as a question of its own: one holder at a time, and the holder a person.
    const post = table.relations.get(answerClause(`who was the ${asked.post}`, now).intent?.relation ?? "");
    if (!post || post.time !== "exclusive" || !post.mainRole.types.includes("person")) return null;
    const today = Math.floor(now.getTime() / 86_400_000);
    const rest = readings.read(asked.rest, now);
    const named = rest.entities.filter((e) => e.entity.type !== "organization").map((e) => e.entity.id);
    const facts = index.facts(post.id).filter((f) => f.validity && f.status === "final" && (named.length === 0 || named.some((id) => [...f.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && v.entity.id === id)))));
    const span = askedSpan(rest.times.filter((t) => !t.relative), facts, today);
    if (!span || facts.length === 0) return null;
    const years = yearsWithHolders(facts, (f) => roleText(f, post.mainRole.name), asked, span[0], span[1], today);
    const chosen = asked.pick === "last" ? years.slice(-1) : asked.pick === "first" ? years.slice(0, 1) : years;
    const said = chosen.map((y) => `${y.year} (${joinList(y.holders)})`);
    const within = `${yearOf(span[0])}–${yearOf(span[1])}`;
    const what = `${asked.atLeast ? "more than one" : (["", "one", "two", "three", "four"][asked.count] ?? String(asked.count))} ${post.name}`;
    const head = asked.counts ? `${years.length} ${years.length === 1 ? "year" : "years"}` : asked.pick ? `The ${asked.pick === "last" ? "most recent" : "first"} year with ${what}` : `Years with ${what}`;
    const text2 = chosen.length === 0 ? `None: no year ${within} had ${what} in my fact table.` : `${head}, ${within}: ${joinList(said)}.`;
    const used = facts.filter((f) => chosen.some((y) => possibleStart(f.validity!) <= dayNumber(y.year, 12, 31) && possibleEnd(f.validity!, today) >= dayNumber(y.year)));
    return finish("answered", text2, null, used, []);
  }

  /** The days a question's time covers ("between 2000 and 2010", "since 2000"), or all the facts' own. */
  function askedSpan(times: readonly TimeQuery[], facts: readonly Fact[], today: number): [number, number] | null {
    const first = Math.min(...facts.map((f) => possibleStart(f.validity!)));
    if (times.length === 0) return [first, today];
    if (times.length > 1) return null;
    const t = times[0]!;
    if (t.mode === "since" || t.mode === "after") return [t.mode === "after" ? t.end + 1 : t.start, today];
    if (t.mode === "before" || t.mode === "until") return [first, t.mode === "before" ? t.start - 1 : t.end];
    return [t.start, t.end];
  }

  /**
   * "Who was Kazakhstan's FM in 2008, ahead of its chairmanship?": an aside after a comma that only
   * places the question's own year before or after something is no order asked — the question is
   * whole without it (and only where it is: dated by its own year, and answered).
   */
  function answerWithoutOrderAside(text: string, now: Date): Answer | null {
    const m = ORDER_ASIDE.exec(text);
    if (!m) return null;
    const main = readings.read(m[1]!, now);
    if (!main.times.some((t) => !t.relative && t.mode === "at") || (main.ask === null && !main.yesNo) || main.unknown.length > 0) return null;
    const answer = answerClause(`${m[1]!}?`, now);
    return answer.status === "answered" ? answer : null;
  }

  /** The clause's own answer ("when Norway chaired"), where every fact of it is dated outside the main part's own time; else null. */
  function clauseApart(clauseText: string, main: QuestionParse, now: Date): Answer | null {
    const clause = answerClause(`when ${clauseText.replace(/[?.!\s]+$/, "")}`, now);
    if (clause.status !== "answered" || clause.facts.length === 0 || !clause.intent) return null;
    const today = Math.floor(now.getTime() / 86_400_000);
    const facts = clause.facts.map((f) => factById(f.id));
    const own = main.times.filter((t) => !t.relative && t.mode === "at");
    const outside = (f: Fact | undefined) => !!f?.validity && own.every((t) => possibleEnd(f.validity!, today) < t.start || possibleStart(f.validity!) > t.end);
    if (!facts.every(outside)) return null;
    // (And who did then: "while Norway chaired" — Poland chaired in 1998.)
    const then = answerParsed({ ...readings.read(clauseText, now), entities: [], ask: "agent", yesNo: false, declarative: false, times: own }, now);
    return then.status === "answered" ? { ...clause, text: `${clause.text} ${then.text}`, facts: [...clause.facts, ...then.facts] } : clause;
  }

  /** "the Astana summit was the first OSCE summit in eleven years" (query/first-in-years.ts). */
  function answerFirstInYears(text: string, now: Date): Answer | null {
    const claim = firstInYearsClaimed(text);
    if (!claim) return null;
    // ("astana was the first summit in …": a place names the thing only with its kind.)
    // (The kind said must be the thing's own: "the Astana summit was the first ministerial in years" is not.)
    const ofItsKind = (f: Fact | undefined) => !!f?.validity && onlyDatedFact(answerClause(`when was the ${claim.kind} in ${yearOf(possibleStart(f.validity))}`, now), factById)?.relation === f.relation;
    // ("istanbul was the first summit in …": a place names the thing only with its kind.)
    const fact = [`when was the ${claim.thing}`, `when was the ${claim.thing} ${claim.kind}`].map((q) => onlyDatedFact(answerClause(q, now), factById)).find(ofItsKind);
    // (Years asked and no one thing found: never the thing's own length — "about 2 days".)
    if (!fact) return claim.years === null ? unknown(`I don't know: I could not tell which ${claim.kind} "${claim.thing}" is, to count the years before it.`) : null;
    const today = Math.floor(now.getTime() / 86_400_000);
    const verdict = firstInYearsVerdict(claim, fact, index.facts(fact.relation.id), (f) => renderFact(f), today);
    return finish("answered", verdict.text, null, verdict.facts, []);
  }

  /**
   * "the last Ministerial Council before Astana's summit", read whole as the summit before Astana's:
   * asked again at the event's day, a pick of another kind than the whole's is what was asked.
   */
  function otherKindAfterEvent(text: string, now: Date, whole: Answer): Answer | null {
    const dated = answerAfterEvent(text, now);
    return dated && dated.intent?.relation !== whole.intent?.relation ? dated : null;
  }

  /** "the first CiO after the CSCE became the OSCE": asked again with the event's day (query/after-event.ts). */
  function answerAfterEvent(text: string, now: Date): Answer | null {
    const today = Math.floor(now.getTime() / 86_400_000);
    const datedFact = (q: string) => {
      const answer = answerClause(q, now);
      const facts = answer.status === "answered" ? answer.facts.map((f) => index.byId(f.id)).filter((f): f is Fact => !!f) : [];
      return onlyDatedFact(answer, (id) => index.byId(id)) ?? changeOf(facts, today);
    };
    const dater = { read: (t: string) => readings.read(t, now), datedFact };
    const dated = afterEventQuestion(text, dater, today);
    if (!dated) return null;
    const answer = answerClause(dated, now);
    return answer.status === "answered" && oneAsPicked(text, dater.read, answer.facts, answer.intent?.relation) ? answer : null;
  }

  /**
   * "who was CiO at the Athens MC": a meeting named by its city is the question's time
   * (query/meeting-named.ts); the answer says when the meeting was, after what holds then.
   */
  function answerAtMeeting(text: string, now: Date): Answer | null {
    // (The meeting's own "when …" question never looks for a meeting in itself.)
    if (datingMeeting) return null;
    datingMeeting = true;
    try {
      return answerAtMeetingOnce(text, now);
    } finally {
      datingMeeting = false;
    }
  }
  let datingMeeting = false;

  function answerAtMeetingOnce(text: string, now: Date): Answer | null {
    const reader = { read: (t: string) => readings.read(t, now), datedFact: (q: string) => onlyDatedFact(answerClause(q, now), factById) };
    const today = Math.floor(now.getTime() / 86_400_000);
    for (const { rest, core, meeting, led } of meetingsNamed(text, reader)) {
      const parse = readings.read(rest, now);
      const checks = parse.yesNo || parse.declarative;
      // Nothing left loose, and something asked of something: the span named only the time.
      if ((!led && !checks) || parse.unknown.length > 0 || (parse.ask === null && !checks && parse.entities.length === 0 && parse.concepts.size === 0)) continue;
      const [start, end] = [possibleStart(meeting.validity!), possibleEnd(meeting.validity!, today)];
      // A year said beside it that the meeting is not in is another question — or, checked, the term
      // the facts are of ("did the Brussels MC in 2006 decide the 2009 chair?": checkAtEachTime).
      const beside = parse.times.filter((t) => t.end < start || t.start > end);
      if (beside.length && (!checks || beside.some((t) => t.relative))) continue;
      const time: TimeQuery = { start, end, grain: "range", mode: "at", relative: false, index: 0, length: 0, label: validityLabel(meeting.validity!) };
      const answer = answerParsed({ ...parse, times: [...beside, time] }, now);
      if (answer.status !== "answered" || answer.intent?.relation === meeting.relation.id) continue;
      // (A meeting that acts — "did the Brussels MC decide …" — dates only an event.)
      if (!led && table.relations.get(answer.intent!.relation)?.time !== "events") continue;
      // ("Finland hosted the 2008 Ministerial Council": a claim naming the meeting's own place, or its
      // country, is about the meeting itself — no "No" from another kind of fact refutes it.)
      if (/^No\b/.test(answer.text) && namesPlaceOf(parse, meeting)) continue;
      // ("Kazakhstan joined the CSCE at the Helsinki summit — true?": a "No" says when it was.)
      const when = /^No\b/.test(answer.text) ? answerParsed({ ...parse, yesNo: false, declarative: false, ask: "time" }, now) : null;
      return combineAnswers([answer, ...(when?.status === "answered" ? [when] : []), answerClause(`when was the ${core}`, now)]);
    }
    return null;
  }

  /** The rest of a question names a place of the meeting's own, or the country it lies in. */
  function namesPlaceOf(parse: QuestionParse, meeting: Fact): boolean {
    const places = [...meeting.values.values()].flat().flatMap((v) => (v.kind === "entity" ? [v.entity.id, ...(v.entity.in ? [v.entity.in] : [])] : []));
    return parse.entities.some((e) => places.includes(e.entity.id));
  }

  /** "How long had Kazakhstan been a participating State when it took the chair?" (query/how-long-when.ts). */
  function answerHowLongWhen(text: string, now: Date): Answer | null {
    const found = howLongWhen(text, { read: (t) => readings.read(t, now), datedFact: (q) => onlyDatedFact(answerClause(q, now), factById) });
    if (!found) return null;
    const answer = answerClause(found.main, new Date(found.day * 86_400_000 + 43_200_000));
    if (answer.status !== "answered" || !/\babout\b|\byears?\b|\bmonths?\b|\bdays?\b/.test(answer.text)) return null;
    const facts = [...answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f), found.event];
    return finish("answered", `As of ${formatDay(found.day)}, when ${found.clause}: ${answer.text}`, answer.intent, facts, []);
  }

  /** Two things of different kinds, each dated by its own "when …" question: the time between them, or which came first. */
  function answerTwoEvents(text: string, now: Date, distinctOnly = false): Answer | null {
    const datedFact = (q: string, named: ReadonlySet<string>) => {
      const answer = answerClause(q, now);
      return onlyDatedFact(answer, factById) ?? oneDayOf(answer, factById, named);
    };
    const found = twoEvents(text, { read: (t) => readings.read(t, now), datedFact }, distinctOnly);
    return found && finish("answered", found.text, null, found.facts, []);
  }

  /**
   * "who chaired in 2O23?": a year typed with a letter for a digit is read as the year it can only be,
   * and the answer says so; if the question is still not answered, it says which token it could not read.
   */
  function answerWithYearsRepaired(text: string, tokens: string[], now: Date, telegraphicMain: boolean): Answer {
    let repaired = text;
    for (const t of tokens) repaired = repaired.replace(t, yearOfLookAlike(t));
    const answer = readings.read(repaired, now).unreadableTimes.length ? null : answerOneClause(repaired, now, telegraphicMain);
    if (answer?.status !== "answered") return unknown(`I don't know: I could not read ${tokens.map((t) => `"${t}"`).join(", ")} as a date.`);
    return { ...answer, text: `(Reading ${tokens.map((t) => `"${t}" as ${yearOfLookAlike(t)}`).join(", ")}.) ${answer.text}` };
  }

  /**
   * "who chaired between Denmark and Norway?": what came right after the first name and right before
   * the second, when the two readings find the same fact; otherwise "I don't know" (never the facts of
   * a reading that ignored "between"). Null when the question names no two things that way.
   */
  function answerBetween(text: string, now: Date): Answer | null {
    const m = BETWEEN.exec(text);
    // ("how many years between the Istanbul and Astana summits" asks a difference, not who came between.)
    const asks = m && readings.read(text, now).ask;
    if (!m || (asks !== "agent" && asks !== "which")) return null;
    const [first, second] = [readings.read(m[1]!, now), readings.read(m[2]!, now)];
    if (first.entities.length !== 1 || second.entities.length !== 1 || first.times.length + second.times.length > 0) return null;
    const [head, tail] = [text.slice(0, m.index), text.slice(m.index + m[0].length)];
    const after = answerClause(`${head}right after ${m[1]}${tail}`, now);
    const before = answerClause(`${head}right before ${m[2]}${tail}`, now);
    const firstFact = (a: Answer) => (a.status === "answered" ? a.facts[0]?.id : undefined);
    if (firstFact(after) !== undefined && firstFact(after) === firstFact(before)) return after;
    return unknown(`I don't know: I could not find one answer that came right after ${m[1]} and right before ${m[2]}.`);
  }

  /**
   * "who was CiO in late Dec. 2003, after de Hoop Scheffer left for NATO?": a trailing aside after a
   * comma or dash, with no question word, is context. When the question fails with it, it is read
   * without it — but only if what remains names a time or a thing of its own, so that no qualifier
   * the question needs is dropped.
   */
  function answerWithoutAside(text: string, now: Date): Answer | null {
    const m = /^(.{8,}?)\s*(?:,|\s[-–—]\s)\s*([^,]+)$/.exec(text.trim());
    if (!m || /\b(?:who|whom|whose|what|when|where|which|why|how)\b/i.test(m[2]!)) return null;
    const main = readings.read(m[1]!, now);
    // The part kept must ask something itself, and the part dropped must not ("finland chaired in
    // 2008 - was Kanerva CiO the whole year?", "slovakia chair 2019 - CiO name" are not asides).
    if (main.ask === null && !main.yesNo) return null;
    // ("…, exactly?": a part that only asks an operation of the question is never an aside.)
    const aside = parseQuestion(m[2]!, now, vocab);
    // ("…, and the PA's?": a part joined by "and" asks a second thing, never an aside.)
    if (aside.yesNo || onlyOperation(aside) || QUALIFIER.test(m[2]!) || JOINED_PART.test(m[2]!)) return null;
    // ("where are ODIHR, the HCNM and the PA based?": a name of the kind the question names is one more asked of, never an aside.)
    if (aside.entities.some((a) => main.entities.some((e) => e.entity.type === a.entity.type))) return null;
    if (main.times.length === 0 && main.entities.length === 0) return null;
    const answer = answerParsed(main, now);
    return answer.status === "answered" ? answer : null;
  }

  /**
   * "Who was Secretary General when Kazakhstan chaired?": the clause after when/while/during is
   * answered first, its dates become the time of the main question. Used only when the question as
   * a whole could not be answered.
   */
  function answerWithTimeClause(question: string, now: Date, when: "before the whole" | "after it", telegraphicMain: boolean): Answer | null {
    // "… at the Athens ministerial in December 2009": an event named after "at" dates the question too.
    // ("the year after the Astana summit", "two years before …": the event's year, moved by so many.)
    const m = /^(.{3,}?)\s+(when|while|during|(?:in\s+)?the\s+(?:same\s+)?year(?!\s+(?:after|before|following)\b)|(?:in\s+)?(?:the|a|one|two|three|four|five|\d{1,2})\s+years?\s+(?:after|before|following)|right\s+after|after(?=\s+\S+(?:\s+\S+)?\s+(?:joined|was\s+admitted|became|took))|at\s+the\s+time(?:\s+of)?|at(?=\s+the\s)|since(?=\s+(?:the\s+|its\s+)?[a-z]+\s*\??$))\s+(.{3,})$/i.exec(clauseLast(question.trim()));
    if (!m) return null;
    const [, mainSaid, connector, clauseSaid] = m as unknown as [string, string, string, string];
    // ("Rau chaired during Poland's first chairmanship, right?": the tag asks of the whole claim, not of the clause.)
    // (Only after "during"/"when"/"while": a meeting named after "at" is what the claim is checked against.)
    const tag = /^(?:when|while|during)$/i.test(connector) ? CLAUSE_TAG.exec(clauseSaid) : null;
    const [mainText, clauseText] = tag ? [`${mainSaid}${tag[0]}`, clauseSaid.slice(0, tag.index)] : [mainSaid, clauseSaid];
    // ("in the year after Kazakhstan's chairmanship": an order the whole reading says better; a year moved
    // is a fallback, and so is the moment right after an event: "how many States after Montenegro joined".)
    const rightAfter = /^(?:right\s+)?after$/i.test(connector);
    // ("who was CiO the year before Kazakhstan chaired?": a clause with a verb of its own names a time,
    // and the year before it is every holder of that year — never only the one right before.)
    const clauseHasVerb = /^\S+(?:\s+\S+)?\s+(?:chaired|held|joined|hosted|took|became|was|won|left)\b/i.test(clauseText);
    if (when === "before the whole" && ((yearsMoved(connector) !== null && !clauseHasVerb) || rightAfter)) return null;
    // ("created before or after Kazakhstan joined?" compares two events; it dates nothing.)
    if (rightAfter && /\b(?:or|and|before)\s*$/i.test(mainText)) return null;
    const main = readings.read(mainText, now);
    // The main part must be a question of its own ("head count of states at the Paris Summit" is not "head of state");
    // after a word that can only date it, a telegraphic one will do ("capital when Tokayev won in 2022").
    const dating = telegraphicMain && connector.toLowerCase() !== "at";
    if (main.ask === null && !main.yesNo && main.entities.length === 0 && !(dating && main.concepts.size > 0)) return null;
    // Nothing left loose in the main part: the clause dates a question that is whole without it.
    if (main.unknown.length > 0) return null;
    // ("the second CiO during Italy's chairmanship" counts within the time: the whole reading does that.)
    if (when === "before the whole" && (main.ordinal !== null || main.operations.size > 0 || main.concepts.has("first") || main.concepts.has("last"))) return null;
    // "who ran it at the start": a pronoun the main part cannot resolve leaves it without a subject.
    if (main.entities.length === 0 && PRONOUN.test(mainText)) return null;
    // "who headed ODIHR in 2005 when the Kazakh mission was deployed": a main part dated by its own
    // year is the question; the clause only tells why that year.
    // (Not a check of where: "was the 2009 chairmanship decided at the Brussels Council?" claims the meeting too.)
    if (when === "before the whole" && main.times.some((t) => !t.relative && t.mode === "at") && (main.ask !== null || main.yesNo) && !(main.yesNo && /^at$/i.test(connector))) {
      const own = answerParsed(main, now);
      // ("Was the Oslo MC of 1998 held while Norway chaired?": a check whose clause is dated outside its year is "No".)
      const apart = main.yesNo && /^(?:when|while|during)$/i.test(connector) && own.status === "answered" ? clauseApart(clauseSaid, main, now) : null;
      if (apart) return { ...own, text: `No. ${apart.text} ${own.text.replace(/^(?:Yes|No)[.:,]\s*/, "")}`, facts: [...apart.facts, ...own.facts] };
      if (own.status === "answered") return own;
    }
    // "during its chairmanship": the clause's pronoun is the main question's entity.
    const ownTypes = new Set(readings.read(clauseText, now).entities.map((e) => e.entity.type));
    const pronoun = PRONOUN.test(clauseText);
    // One pronoun, one referent: the first name the main part gives ("did Kazakhstan chair the FSC when
    // it chaired the OSCE?" — it is Kazakhstan, not the FSC as well).
    // ("when kz renamed its capital": a name the clause says before its pronoun is the one it stands for.)
    const pronounAt = pronoun ? clauseText.search(PRONOUN) : -1;
    const ownBefore = pronounAt > 0 && readings.read(clauseText.slice(0, pronounAt), now).entities.length > 0;
    const referents = pronoun && !ownBefore ? main.entities.filter((e) => !ownTypes.has(e.entity.type)).slice(0, 1).map((e) => e.entity.name) : [];
    // ("… since independence": an event said without its subject is the main part's — Kazakhstan's.)
    const since = /^since$/i.test(connector);
    const subjectless = since && readings.read(clauseText, now).entities.length === 0 ? main.entities.slice(0, 1).map((e) => e.entity.name) : [];
    const said = readings.read(`when ${clauseText} ${[...referents, ...subjectless].join(" ")}`, now);
    // ("which country chaired two years before Kazakhstan": a name alone is dated by the main question's own verb.)
    const loneName = yearsMoved(connector) !== null && said.entities.length === 1 && said.concepts.size === 0 && said.times.length === 0;
    const clauseParse = loneName ? readings.read(`when ${clauseText} ${mainText.replace(ASKED_HEAD, "")}`, now) : said;
    // The clause names what dates it ("the Athens ministerial", "Kazakhstan chaired"); "at the start" names nothing.
    if (clauseParse.entities.length === 0 && clauseParse.times.length === 0) return null;
    // ("at the very start of the 1994 chairmanship" is a date already read: the whole reading has it;
    // "at the Athens ministerial in Dec 2009" names the event that dates it.)
    if (when === "before the whole" && clauseParse.times.some((t) => t.grain !== "year") && clauseParse.entities.length === 0) return null;
    // ("during the 1999 and the 2015 elections": a clause of two years is asked at each.)
    const twoYears = !loneName && clauseParse.times.filter((t) => !t.relative && t.grain === "year").length > 1;
    const clause = twoYears ? answerClause(`when ${clauseText} ${referents.join(" ")}`.trim(), now) : answerParsed(clauseParse, now);
    // ("when Kazakhstan chaired in 2009, who was CiO?": a clause whose premise was corrected dates nothing.)
    // ("during its first chairmanship in 2025": not its first — but the year said still dates the question.)
    const pickElsewhen = PICK_ELSEWHERE.test(clause.text) && clauseParse.times.length === 1;
    if (correctsPremise(clause) && !pickElsewhen) return null;
    const spans = clause.status === "answered" && clause.intent?.shape === "when" ? clause.facts.filter((f) => f.valid && f.relation === clause.intent!.relation) : [];
    const dayNow = Math.floor(now.getTime() / 86_400_000);
    const clauseFacts = spans.map((f) => factById(f.id)).filter((f): f is Fact => !!f?.validity && (!pickElsewhen || inScope(f, { kind: "query", time: clauseParse.times[0]! }, dayNow)));
    // ("when the CSCE became the OSCE": the old name and the new one; the change is the day the new began.)
    const changed = clauseParse.starting ? changeOf(clauseFacts, Math.floor(now.getTime() / 86_400_000)) : undefined;
    const facts = changed ? [changed] : clauseFacts;
    const today = Math.floor(now.getTime() / 86_400_000);
    // ("when Nazarbayev resigned": a clause about an end dates the day it ended, not the years it held.)
    const ending = clauseParse.operations.has("end") && !clauseParse.starting;
    const start = Math.min(...facts.map((f) => (ending ? possibleEnd(f!.validity!, today) : possibleStart(f!.validity!))));
    // "the year Montenegro joined": a clause about a beginning, or a state still holding, dates its start.
    const endOf = (v: NonNullable<Fact["validity"]>) => (!ending && (clauseParse.starting || rightAfter || isOngoing(v)) ? possibleStart(v) : possibleEnd(v, today));
    const end = Math.max(...facts.map((f) => endOf(f!.validity!)));
    // One time, or a few close together (Passy's meetings of April 2004); never a span of years
    // ("the Vienna Ministerial Council" met in 2000, 2017 and 2025: which one is not said).
    if (facts.length === 0) return null;
    if (end - start > 400) return eachTimeNamed(main, clauseParse, facts as Fact[], endOf, now);
    // (Since an event: from its day on, as "since 16 December 1991" is read.)
    // ("how many years since …" asks the time since: the whole reading's elapsed, never a filter. A count
    // since an event is left to the whole reading: "how many cities … since independence" counts names.)
    if (since) return facts.length === 1 && Number.isFinite(start) && !/^\W*how\s+(?:many|long|much)\b/i.test(mainText) ? answerClause(`${mainText} since ${formatDay(start)}`, now) : null;
    const label = [...new Set(facts.map((f) => validityLabel(f!.validity!)))].join(", ");
    const shift = yearsMoved(connector);
    const year = yearOf(start) + (shift ?? 0);
    const time: TimeQuery = shift === null
      ? { start, end, grain: "range", mode: "at", relative: false, index: 0, length: 0, label }
      : { start: dayNumber(year), end: dayNumber(year, 12, 31), grain: "year", mode: "at", relative: false, index: 0, length: 0, label: String(year) };
    // ("Was the FSC chaired by Kazakhstan in 2010, the year of its OSCE chairmanship?": a year the main
    // part says itself is the question's; a clause dated outside it never replaces it.)
    if (main.times.some((t) => !t.relative && t.mode === "at" && (t.end < time.start || t.start > time.end))) return null;
    const result = answerParsed({ ...main, times: [time] }, now);
    // A yes/no question dated by a when-clause has that answer or none: the whole, read without the
    // clause's time, checks another claim ("did Kazakhstan chair the FSC when it chaired the OSCE?").
    // ("Was 2009 the year Kazakhstan chaired?" names nothing before the clause: the whole is the question.)
    return result.status === "answered" || (main.yesNo && main.entities.length > 0 && connector.toLowerCase() !== "at") ? result : null;
  }

  /**
   * "Which countries chaired during the 1999 and the 2015 presidential elections?": a clause naming
   * as many years as the facts that date it is asked at each of them in turn (each answered, or none).
   */
  function eachTimeNamed(main: QuestionParse, clauseParse: QuestionParse, facts: Fact[], endOf: (v: NonNullable<Fact["validity"]>) => number, now: Date): Answer | null {
    const years = new Set(clauseParse.times.filter((t) => !t.relative && t.grain === "year").map((t) => yearOf(t.start)));
    // (One fact a year: a preliminary figure beside the final one dates the same event.)
    const byYear = new Map<number, Fact>();
    for (const f of facts) if (!byYear.has(yearOf(possibleStart(f.validity!)))) byYear.set(yearOf(possibleStart(f.validity!)), f);
    if (years.size < 2 || byYear.size !== years.size || ![...byYear.keys()].every((y) => years.has(y))) return null;
    const parts = [...byYear.values()].map((f) => {
      const v = f.validity!;
      const time: TimeQuery = { start: possibleStart(v), end: endOf(v), grain: "range", mode: "at", relative: false, index: 0, length: 0, label: validityLabel(v) };
      return answerParsed({ ...main, times: [time] }, now);
    });
    return parts.every((p) => p.status === "answered") ? combineAnswers(parts) : null;
  }

  /** "the year after" → 1, "two years before" → −2; null for a connector that moves nothing ("when"). */
  function yearsMoved(connector: string): number | null {
    const m = /^(?:in\s+)?(the|a|one|two|three|four|five|\d{1,2})\s+years?\s+(after|before|following)$/i.exec(connector.trim());
    if (!m) return null;
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : (YEAR_COUNTS[m[1]!.toLowerCase()] ?? 1);
    return m[2]!.toLowerCase() === "before" ? -n : n;
  }

  /** An answer's first sentence; with the fact after it where that is a bare "Yes." or "No.". */
  function firstStatement(text: string): string {
    const [first, next] = text.split(/(?<=\.) /);
    return /^(?:Yes|No)\.$/.test(first!) && next ? `${first} ${next}` : first!;
  }

  /**
   * "who was Kairat Abusaitov's deputy?": a who-question about someone a named person owns, read as a
   * question about the owner (what he was); the owner, the one person it names, is never its answer.
   * (An order or an operation asks of someone else already: "Zannier's successor", "his opponent".)
   */
  function askedOfOwner(parse: QuestionParse, plan: QueryPlan): { person: Entity; owned: string } | undefined {
    if (parse.ask !== "agent" || parse.yesNo || parse.order || parse.operations.size > 0 || plan.asked?.types.includes("person")) return undefined;
    const bound = [...plan.bindings.values()].flat();
    return possessedPeople(parse.cleaned, parse.entities.map((e) => e.entity)).find((p) => bound.some((b) => b.id === p.person.id));
  }

  /**
   * "Was FR Yugoslavia admitted on 10 September 2000?": two equally good readings both say "No"; the
   * one whose facts know the name (admitted on 10 November 2000) says what holds instead, the other
   * only that it has no record. A bare "No" never hides the correction.
   */
  function withWhatHolds(found: Array<{ c: Candidate; o: Outcome }>, tried: Array<{ c: Candidate; o: Outcome }>): { c: Candidate; o: Outcome } | undefined {
    const bareNo = (o: Outcome) => o.kind === "check" && !o.yes && o.atTime.length + o.otherTimes.length + o.related.length === 0;
    const first = found[0];
    if (!first || !bareNo(first.o)) return undefined;
    return tried.find(({ c, o }) => c.confidence === first.c.confidence && o.kind === "check" && !o.yes && o.otherTimes.length > 0);
  }

  /**
   * "Where is ODIHR?" asks where it is now, not where it was created: asked in the present with no word
   * naming either, a reading of what holds beats one of a past event. So does a yes/no in the present
   * with no time said, whatever its words.
   */
  /**
   * "was the 2009 chair decided in 2006?": a yes/no question that names two times, with no operation
   * that puts them side by side, holds only if it holds at each. (Read at its first time alone, it
   * said "Yes" of the 2009 decision and never looked at 2006.) A "No" at one time is the answer;
   * a yes at one and nothing known at another confirms nothing.
   */
  function checkAtEachTime(parse: QuestionParse, now: Date): Answer | null {
    const times = parse.times.filter((t) => !t.relative && t.mode === "at");
    if (!(parse.yesNo || parse.declarative) || parse.alternative || parse.operations.size > 0 || parse.order || times.length < 2 || times.length !== parse.times.length) return null;
    if (new Set(times.map((t) => `${t.start}-${t.end}`)).size < 2) return null;
    // ("Lithuania chaired in 2011 and Ireland in 2013": two names of one kind, each with its own time, in order.)
    const names = parse.entities;
    // (Not where the two are measured against each other: "did Tokayev in 2019 beat Nazarbayev's 1999 share?")
    const paired = times.length === 2 && names.length === 2 && names[0]!.entity.type === names[1]!.entity.type && names[0]!.entity !== names[1]!.entity && !MEASURED.test(parse.cleaned);
    const parts = times.map((t, i) => answerParsed({ ...parse, times: [t], ...(paired ? { entities: [names[i]!] } : {}) }, now));
    const termed = paired ? null : checkAgainstTerm(parse, times, now);
    if (termed) return termed;
    const said = (a: Answer) => (a.status !== "answered" ? "unknown" : /^Yes\b/.test(a.text) ? "yes" : /^No\b/.test(a.text) ? "no" : "other");
    // One verdict for the whole, then what each part found.
    const saidOnce = (verdict: string): Answer => ({ ...combineAnswers(parts), text: `${verdict}. ${combineAnswers(parts.map((a) => ({ ...a, text: a.text.replace(/^(?:Yes|No)\.\s*/, "") }))).text}` });
    if (paired && parts.every((a) => said(a) === "yes" || said(a) === "no") && parts.some((a) => said(a) === "no")) return saidOnce("No");
    const no = parts.find((a) => said(a) === "no");
    if (no) return no;
    if (parts.every((a) => said(a) === "yes")) return saidOnce("Yes");
    return unknown(`I can't confirm that at each of the times you name (${times.map((t) => t.label).join(", ")}).`);
  }

  /**
   * "Was Malta chosen for 2024 back in 2022?", "was the 2009 chair decided at Brussels 2006?": of two
   * years, one names the term the facts are of (understand/match.ts yearNamesTerm) and picks them;
   * the other is when they must have happened.
   */
  function checkAgainstTerm(parse: QuestionParse, times: TimeQuery[], now: Date): Answer | null {
    if (times.length !== 2) return null;
    // Asked as "when …" at each year: the year that names a term gives that term's facts.
    const asWhen = times.map((t) => ({ ...parse, yesNo: false, declarative: false, ask: "time" as const, times: [t] }));
    const found = asWhen.map((p) => answerParsed(p, now));
    const term = [0, 1].filter((i) => {
      const relation = found[i]!.status === "answered" && found[i]!.intent ? table.relations.get(found[i]!.intent!.relation) : undefined;
      return !!relation && yearNamesTerm(asWhen[i]!, relation, vocab, true);
    });
    if (term.length !== 1) return null;
    // (Asked again as of that term, where only the word before the year said so.)
    const answer = answerParsed({ ...asWhen[term[0]!]!, yearIsTerm: true }, now);
    const other = times[1 - term[0]!]!;
    const today = Math.floor(now.getTime() / 86_400_000);
    const facts = answer.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f?.validity);
    // (Only facts of that term, named where the sentence calls the term by its noun ("the {term} OSCE
    // Chairmanship"): a year in another text — "decided at Athens, December 2009" — is when, not what.)
    const year = new RegExp(`\\b${times[term[0]!]!.label}\\b`);
    const namesYear = (f: Fact) => f.relation.roles.some((r) => r.literal && new RegExp(`\\{${r.name}\\}\\s+(?:(?:OSCE|CSCE)\\s+)?\\p{L}`, "u").test(f.relation.say) && (f.values.get(r.name) ?? []).some((v) => v.kind === "text" && year.test(v.text)));
    if (facts.length === 0 || !facts.every(namesYear)) return null;
    const then = facts.map((f) => f.validity!);
    // ("the Madrid MC decided Kazakhstan would chair in 2009": the term's facts are of someone else.)
    if (correctsPremise(answer)) return { ...answer, text: `No. ${answer.text}` };
    const held = then.some((v) => possibleStart(v) <= other.end && possibleEnd(v, today) >= other.start);
    return { ...answer, text: `${held ? "Yes" : `No, not in ${other.label}`}. ${answer.text}` };
  }

  function presentOverEvents(parse: QuestionParse, ties: Candidate[]): Candidate[] {
    // ("Is the capital (still) called Nur-Sultan?": whether it is now, not whether it ever was renamed so.)
    // ("Has the capital been renamed more than once?" counts events: an operation is no check of now.)
    const checkedNow = parse.yesNo && parse.times.length === 0 && parse.operations.size === 0;
    if (parse.tense !== "present" || !(checkedNow || (parse.ask === "place" && !ties.some((c) => c.cued)))) return ties;
    const holding = ties.filter((c) => c.profile.relation.time !== "events");
    return holding.length ? holding : ties;
  }

  /**
   * "Elina Valtonen - which country?": a country asked of a person alone is the person's own (a role
   * marked `nationality`), not the country of a meeting the person chaired.
   */
  function askedNationality(parse: QuestionParse, ties: Candidate[]): Candidate[] {
    if (parse.askType !== "country" || parse.entities.length !== 1 || parse.entities[0]!.entity.type !== "person") return ties;
    const own = ties.filter((c) => c.plan?.asked?.nationality);
    return own.length ? own : ties;
  }

  /**
   * "when was Greminger appointed?" cues posts held and appointments at Councils; neither kind of
   * fact has him at all, and neither finds anything. The next readings whose words explain the cue
   * (the Secretaries General: "appointed") and that know every name are read instead. Never for a
   * yes/no question or a complete list: there, a name no fact has is itself the answer ("No").
   */
  function knowingTheNames(parse: QuestionParse, viable: Candidate[], tied: Candidate[], now: Date): Candidate[] {
    // ("who was CiO when Nazarbayev stepped down?": the names of a dating clause are no subject of the question.)
    if (parse.yesNo || parse.declarative || DATING_CLAUSE.test(parse.cleaned)) return tied;
    const holds = (c: Candidate, e: Entity) => c.profile.relation.roles.some((r) => index.has(c.profile.relation.id, r.name, e.id));
    const knows = (c: Candidate) => [...c.plan!.bindings.values()].every((list) => list.every((e) => holds(c, e)));
    if (tied.some((c) => c.profile.relation.closed || knows(c))) return tied;
    const cues = [...parse.concepts.keys()].filter((k) => tied.some((c) => c.profile.cues.has(k)));
    const cueNames = parse.entities.map((m) => m.entity.id).filter((id) => tied.some((c) => c.profile.cueEntities.has(id)));
    // (The same question of the same kind of time: a span held is not an event — a veto is no term.)
    const asks = (c: Candidate) => `${c.plan!.shape}:${c.plan!.shape === "when" ? "" : c.plan!.asked?.types.join("|")}:${c.profile.relation.time === "events"}`;
    const explainsAsTied = (c: Candidate) => cues.every((k) => c.profile.vocab.has(k)) && cueNames.every((id) => c.profile.cueEntities.has(id) || c.profile.context.has(id)) && asks(c) === asks(tied[0]!);
    const rest = viable.filter((c) => !tied.includes(c) && knows(c) && explainsAsTied(c));
    if (rest.length === 0 || tied.some((c) => execute(c.plan!, index, now).kind !== "none")) return tied;
    return presentOverEvents(parse, rest.filter((c) => rest[0]!.confidence - c.confidence < TIE_MARGIN));
  }

  /** Read a parsed question against every relation, choose (or ask back), run and compose. */
  function answerParsed(parse: QuestionParse, now: Date): Answer {
    if (parse.unreadableTimes.length) return unknown(`I don't know: I could not read ${parse.unreadableTimes.map((t) => `"${t}"`).join(", ")} as a date.`);
    const atEach = checkAtEachTime(parse, now);
    if (atEach) return atEach;
    // ("how many OSCE staff were in the Astana office?": a count whose noun nothing explains counts nothing we know.)
    const uncounted = parse.countConcept === null && parse.askType === null && parse.operations.size === 0 ? unknownCountedNoun(parse) : undefined;
    if (uncounted) return unknown(`I don't know: I can't count "${uncounted}" from my fact table.`);
    const candidates = matchRelations(parse, reachable(parse), vocab, hasFacts);
    const viable = candidates.filter((c) => c.shape !== null && c.confidence >= threshold);
    if (viable.length === 0) {
      const why = whyUnknown(candidates);
      return unknown(why, candidates.slice(0, 2));
    }
    const best = viable[0]!;
    const tied = knowingTheNames(parse, viable, presentOverEvents(parse, viable.filter((c) => best.confidence - c.confidence < TIE_MARGIN)), now);
    // ("was Hoynck's successor Italian?" asks of someone else: the order comes first.)
    const own = (parse.yesNo || parse.declarative) && !parse.order && parse.operations.size === 0 ? nationalityReadings(tied, index) : [];
    // ("Malta's Ian Borg chaired 2023": a claim at a time is checked by the facts of then, not by where he is from.)
    const today = Math.floor(now.getTime() / 86_400_000);
    const national = own.length ? nationalityCheck(own, index, (c, f) => !c.plan!.time || inScope(f, { kind: "query", time: c.plan!.time }, today)) : null;
    if (national) return composeOutcome(national.candidate.plan!, national.outcome, national.candidate.confidence, { index, now, topics });
    const ties = own.length ? own : askedNationality(parse, tied);
    // A "No" from a reading no word of the question cued is no evidence unless it is a "never" about
    // something the table has facts of there ("Was Zannier Swiss?": he was SG, never a Swiss one). "Is
    // Abdrakhmanov from Kazakhstan?" is neither "was he arrested there?" nor "is he its FM today?".
    // A "Yes" is a fact that holds either way.
    const run = ties.map((c) => ({ c, o: execute(c.plan!, index, now) }));
    // "did Plassnik get an OSCE job?": no word names a kind of fact; the one kind that has her (a veto)
    // says "Yes" while complete lists of posts, read as loosely, say she held none — no confirmation.
    if (run.some(({ c, o }) => !c.cued && o.kind === "check" && o.yes) && run.some(({ c, o }) => !c.cued && o.kind === "check" && !o.yes && o.closed) && run.every(({ c }) => !c.cued))
      return unknown(whyUnknown(candidates), candidates.slice(0, 2));
    const tried = run.filter(({ c, o }) => c.cued || !(o.kind === "check" && !o.yes) || neverHeld(c.plan!) || heldByAnotherThen(c.plan!, o));
    if (tried.length === 0) return unknown(whyUnknown(candidates), candidates.slice(0, 2));
    // Move on only when a reading found nothing; "which one do you mean?" and "not to the day" are answers too.
    const found = untilOfStates(parse, tried.filter(({ o }) => (o.kind !== "none" || o.reason === "too_many" || o.reason === "inexact_figure" || o.reason === "imprecise") && !(o.kind === "check" && !o.yes && !o.closed)));
    const first = withWhatHolds(found, tried) ?? found[0] ?? tried[0]!;
    // ("Astana was called Nur-Sultan until 2023": with no state to check, an event before the year —
    // the renaming of 2019 — says nothing of how long the name lasted.)
    // ("Up to March 2012, had the OSCE ever …": a time led with asks by then, not how long.)
    const lasted = first.o.kind === "check" && first.o.yes && first.c.profile.relation.time === "events" && (parse.yesNo || parse.declarative) && parse.times.some((t) => t.mode === "until" && t.index > 0)
      ? composeOutcome(first.c.plan!, first.o, first.c.confidence, { index, now, topics }).text
      : "";
    if (/^Yes\.\s/.test(lasted)) return unknown(`I can't confirm how long that lasted: ${lasted.replace(/^Yes\.\s*/, "").split(/(?<=\.) /)[0]} My fact table does not say until when from that.`, candidates.slice(0, 2));
    const owned = askedOfOwner(parse, first.c.plan!);
    if (owned) return unknown(`I don't know: I know of ${owned.person.name}, but my fact table does not say who his or her "${owned.owned}" was.`, candidates.slice(0, 2));
    // ("is the programme office still called Nur-Sultan?": an event that once made it so confirms nothing of now.)
    // ("has a summit been held in Astana?" asks of all time: a present perfect is no present.)
    if (parse.yesNo && parse.tense === "present" && !PRESENT_PERFECT.test(parse.cleaned) && parse.times.length === 0 && parse.operations.size === 0 && first.o.kind === "check" && first.o.yes && first.c.profile.relation.time === "events")
      return unknown(`I don't know whether that holds now: my fact table has only the events. ${composeOutcome(first.c.plan!, first.o, first.c.confidence, { index, now, topics }).text.replace(/^Yes\.\s*/, "")}`, candidates.slice(0, 2));
    // "the CSCE became the OSCE at the 1992 Helsinki summit — ok?": the reading that explains more says
    // it has no such renaming; a "Yes" from one that ignores "became" (there was a summit) is no confirmation.
    const unexplainedCue = (c: Candidate) => [...parse.concepts.keys()].some((k) => c.profile.cues.has(k) && !first.c.profile.vocab.has(k));
    const passedOver = tried.slice(0, tried.indexOf(first));
    const doubted = first.o.kind === "check" && first.o.yes && passedOver.some(({ c, o }) => o.kind === "check" && !o.yes && unexplainedCue(c));
    // "Was the capital moved from Almaty in 1994?": a state that held then ("Almaty was the capital")
    // confirms no event; the stronger reading of the event, which has none then, is the answer. (Only
    // where a name is bound to a role of the event other than what it is of — "moved from Almaty";
    // "was it renamed Nur-Sultan in 2020" is checked against the name it had.)
    // (The other side is of the main role's kind — "from Almaty"; "the capital of Kazakhstan" names no side.)
    const fromSide = (c: Candidate) => {
      const main = c.profile.relation.mainRole;
      return [...c.plan!.bindings.keys()].some((r) => r !== main.name && !!c.profile.relation.roles.find((x) => x.name === r)?.types.some((t) => main.types.includes(t)));
    };
    const eventRefuted = first.o.kind === "check" && first.o.yes && first.c.profile.relation.time !== "events"
      ? passedOver.find(({ c, o }) => o.kind === "check" && !o.yes && c.profile.relation.time === "events" && c.strength > first.c.strength && fromSide(c))
      : undefined;
    if (eventRefuted) return composeOutcome(eventRefuted.c.plan!, eventRefuted.o, eventRefuted.c.confidence, { index, now, topics });
    // "when was Tokayev sworn in after the 2022 election": the inaugurations have none; the election's
    // date, which leaves "sworn" unexplained, is not the answer.
    if (passedOver.some(({ c, o }) => o.kind === "none" && (o.reason === "no_match" || o.reason === "out_of_range") && unexplainedCue(c))) return unknown(whyUnknown(candidates), candidates.slice(0, 2));
    // "who succeeded Saudabayev as foreign minister?", "Kazakhstan's first foreign minister": the reading
    // of the same shape whose patterns fit better found nobody (the list has a gap, or lacks its
    // earliest); another post is not the answer.
    if (passedOver.some(({ c, o }) => o.kind === "none" && o.reason === "no_match" && (c.plan?.shape === "order" || (c.plan?.pick === "first" && c.profile.relation.missingEarliest)) && first.c.plan?.shape === c.plan?.shape && c.confidence >= first.c.confidence && c.patternSimilarity > first.c.patternSimilarity)) return unknown(whyUnknown(candidates), candidates.slice(0, 2));
    if (doubted) return unknown(`I can't confirm that: ${composeOutcome(first.c.plan!, first.o, first.c.confidence, { index, now, topics }).text.replace(/^Yes\.\s*/, "").split(/(?<=\.) /)[0]} But nothing in my fact table says the rest.`, candidates.slice(0, 2));
    const premise = found.length ? null : correctedPremise(first.c, first.o, parse, now);
    if (premise) return premise;
    if (!found.length && absenceOnly(first.o)) return unknown(whyUnknown(candidates), candidates.slice(0, 2));
    if (notYetKnown(first.o, now)) {
      const coming = first.o.scope.kind === "query" && first.o.scope.time.start > Math.floor(now.getTime() / 86_400_000);
      return unknown(`I don't know: ${scopeLabel(first.o.scope)} is ${coming ? "still to come" : "not over yet"}, and my fact table has no record of ${first.c.profile.relation.name} then.`, candidates.slice(0, 2));
    }
    const rival = found.find((f) => f.c.profile !== first.c.profile);
    // ("Where is the OSCE headquartered?": of two readings as good, one that can only ask "which one?"
    // — the field operations — gives way to one that answers: the Secretariat's seat.)
    // (Only where the question names what that reading is of: "when was he designated?" names nothing.)
    const meant = rival && isDeadHeat(first.c, rival.c) && asksWhichOne(first.o) !== asksWhichOne(rival.o) ? (asksWhichOne(first.o) ? rival : first) : undefined;
    if (meant && (meant.c.plan!.bindings.size > 0 || meant.c.plan!.contextNamed)) return composeOutcome(meant.c.plan!, meant.o, meant.c.confidence, { index, now, topics });
    if (rival && isDeadHeat(first.c, rival.c) && !sameWhen(first, rival, YEAR_ASKED.test(parse.cleaned)) && !sameVerdict(first.o, rival.o) && !sameDerived(first.o, rival.o) && !sameValues(first, rival)) {
      const ending = parse.operations.has("end") ? saidEnding(parse.cleaned, [first.o, rival.o], endWords) : null;
      if (ending !== null) {
        const meant = [first, rival][ending]!;
        return composeOutcome(meant.c.plan!, meant.o, meant.c.confidence, { index, now, topics });
      }
      // ("nazarbayev resignation date": of two posts, the one whose facts say "resigned".)
      const said = saidInFactsOfOne([first, rival], parse);
      if (said) return composeOutcome(said.c.plan!, said.o, said.c.confidence, { index, now, topics });
      // Two kinds of fact explain the question equally well: asking back beats guessing.
      const options = [first, rival].map((f) => composeOutcome(f.c.plan!, f.o, f.c.confidence, { index, now, topics }));
      const text = `That could mean two things. ${options.map((a, i) => `(${i + 1}) ${firstStatement(a.text)}`).join(" ")} Please ask more precisely.`;
      return finish("ambiguous", text, null, [], [...first.c.profile.relation.examples, ...rival.c.profile.relation.examples].slice(0, 4).map((e) => e.q));
    }
    const answer = composeOutcome(first.c.plan!, first.o, first.c.confidence, { index, now, topics });
    const offered = parse.offersAnswer ? parse.entities[parse.entities.length - 1]?.entity : undefined;
    const confirmed = !!offered && answer.status === "answered" && first.o.kind === "facts" && offeredAnswerHolds(first.c.plan!, offered, index, now);
    return confirmed ? { ...answer, text: `Yes: ${answer.text}` } : answer;
  }

  function asksWhichOne(o: Outcome): boolean {
    return o.kind === "none" && o.reason === "too_many";
  }

  /**
   * "the capital was named Nur-Sultan until 2023": a check of how long something held is one of a
   * state; an event (the renaming, which came before 2023) neither confirms nor refutes its end. The
   * readings of states come first.
   */
  function untilOfStates<T extends { c: Candidate }>(parse: QuestionParse, found: T[]): T[] {
    if (!(parse.yesNo || parse.declarative) || !parse.times.some((t) => t.mode === "until")) return found;
    const ofEvents = (f: T) => f.c.profile.relation.time === "events";
    const states = found.filter((f) => !ofEvents(f));
    return states.length ? [...states, ...found.filter(ofEvents)] : found;
  }

/**
 * Of two readings, the one only whose facts' own text says a word of the question the relation does
 * not explain otherwise ("resignation": the President's note says "resigned"); none where both or
 * neither do.
 */
function saidInFactsOfOne<T extends { c: Candidate; o: Outcome }>(pair: T[], parse: QuestionParse): T | null {
  const facts = (o: Outcome) => ("facts" in o && Array.isArray(o.facts) ? o.facts : o.kind === "check" ? o.matching : []);
  const says = pair.map(({ c, o }) => facts(o).some((f) => c.plan!.freeWords.some((w) => factTextStems(f, "all").has(w))));
  return says[0] !== says[1] ? pair[says[0] ? 0 : 1]! : null;
}

/**
 * "which country chairs in 2026, and how many times has it chaired?": "it" is the thing the question
 * before asked for and did not name, counted over all time — not in the year the question before said.
 */
function asksItsOwn(previous: QuestionParse, text: string): boolean {
  const type = previous.askType;
  return previous.ask === "which" && !!type && type !== "time" && !previous.entities.some((e) => e.entity.type === type) && THING_PRONOUN.test(text) && /\bhow\s+(?:many|often)\b/i.test(text);
}
const THING_PRONOUN = /\b(?:it|its|they|their)\b/i;

/** The message ends, after this question, with a part that is one name and nothing else. */
  function offersName(read: Array<{ text: string; parse: QuestionParse }>, q: { parse: QuestionParse }): boolean {
    const last = read[read.length - 1]!;
    const p = last.parse;
    return read.indexOf(last) === read.indexOf(q as (typeof read)[number]) + 1 && p.entities.length === 1 && p.concepts.size === 0 && p.unknown.length === 0 && p.ask === null && p.times.length === 0 && p.numbers.length === 0;
  }

  /**
   * "Which Austrian minister chaired the OSCE in 2016?": the name holds at other times but not then,
   * in a relation where one thing holds at a time — say so, when it did hold, and what held instead.
   * (Only who/which questions: "what was decided at the Lisbon summit" is no premise to correct.)
   */
  function correctedPremise(c: Candidate, o: Outcome, parse: QuestionParse, now: Date): Answer | null {
    const plan = c.plan!;
    // ("Which CiO visited Kazakhstan in 2008?": a reading no word of the question cued corrects nothing.)
    if (!c.cued) return null;
    if (o.kind !== "none" || o.reason !== "no_match" || o.scope.kind !== "query" || plan.yesNo || (plan.shape !== "value" && plan.shape !== "when") || plan.bindings.size === 0) return null;
    // ("Saudabayev was CiO in 2011?": a statement asked is a premise too.)
    const askedStatement = parse.ask === null && /\?\s*$/.test(parse.cleaned);
    if (!PREMISE_ASKS.has(parse.ask ?? "") && !askedStatement) return null;
    const oneAtATime = plan.relation.time === "exclusive" && !plan.relation.exclusivePer;
    if (!oneAtATime && plan.relation.time !== "events") return null;
    // (A holder named — a country, a person, a party — not a place or an event: "the 1994 Budapest summit"
    // decided a renaming that took effect in 1995, no premise to correct.)
    if ([...plan.bindings.values()].flat().some((e) => !HOLDER_TYPES.has(e.type))) return null;
    const own = [...plan.bindings].map(([role, es]) => es.flatMap((e) => index.withEntity(plan.relation.id, role, e.id)));
    if (own.some((facts) => facts.length === 0)) return null;
    const open: QueryPlan = { ...plan, bindings: new Map() };
    const instead = execute(open, index, now);
    if (instead.kind !== "facts" || instead.facts.length === 0 || instead.facts.length > 3) return null;
    // ("What share did Tokayev get in 2011?": of events, only where one event happened then — the 2011
    // election, which he did not win — is another holder the correction.)
    if (!oneAtATime && new Set(instead.facts.map((f) => (f.validity ? possibleStart(f.validity) : NaN))).size !== 1) return null;
    // ("who was the Czechoslovak CiO in the second half of 1992?": one at a time says "not them" only
    // where the others' facts fill the whole time — a gap in the table may be theirs — and none of
    // theirs may reach into it. Who began then — "appointed in 2017" — is asked of the beginnings alone.)
    const today = Math.floor(now.getTime() / 86_400_000);
    const [from, to] = [o.scope.time.start, Math.min(o.scope.time.end, today)];
    if (oneAtATime && !plan.starting && (!fillsWholly(instead.facts.map((f) => factById(f.id)).filter((f): f is Fact => !!f), from, to, today) || own.flat().some((f) => f.validity && possibleStart(f.validity) <= to && possibleEnd(f.validity, today) >= from))) return null;
    const named = [...plan.bindings.values()].flat().map((e) => e.name).join(" and ");
    const times = [...new Set(own.flat().flatMap((f) => (f.validity ? [validityLabel(f.validity)] : [])))];
    const when = times.length > 3 ? `${times.slice(0, 3).join(", ")} and ${times.length - 3} more` : times.join(", ");
    const answer = composeOutcome(open, instead, c.confidence, { index, now, topics });
    // One or two facts of the name are said whole ("Kazakhstan would hold the 2010 Chairmanship"); more, by their times.
    const ownFacts = finalOnly(own.flat());
    const said = ownFacts.length <= 2
      ? ownFacts.map((f) => renderFact(f)).join(" ")
      : `My fact table has ${named} among ${plan.relation.name} ${when ? `in ${when}` : "at other times"}.`;
    return { ...answer, text: `Not ${named} in ${scopeLabel(o.scope)}: ${said} ${answer.text}`, facts: [...answer.facts, ...ownFacts.map(toAnswerFact)] };
  }

  /** Of a preliminary and a final figure of one event, the final; every fact else. */
  function finalOnly(facts: Fact[]): Fact[] {
    const unique = [...new Set(facts)];
    return unique.filter((f) => f.status === "final" || !unique.some((g) => g !== f && g.status === "final" && g.validity && f.validity && possibleStart(g.validity) === possibleStart(f.validity)));
  }

  /** An answer that corrects the question's premise (correctedPremise) rather than answering it. */
  function correctsPremise(answer: Answer): boolean {
    return answer.status === "answered" && /^Not [^:]+ in [^:]+: /.test(answer.text);
  }

  /** The plan names the thing its relation is about, the table has facts of it there, and none at any time with the other names. */
  function neverHeld(plan: QueryPlan): boolean {
    const main = plan.relation.mainRole.name;
    const own = (plan.bindings.get(main) ?? []).flatMap((e) => index.withEntity(plan.relation.id, main, e.id));
    return own.length > 0 && !own.some((f) => hasBindings(f, plan.bindings));
  }

  /**
   * "Did Ian Borg chair in 2023?": one holder at a time, the named one held it at another time and
   * someone else held it then — a "No" that is evidence, though no word named the post.
   */
  function heldByAnotherThen(plan: QueryPlan, o: Outcome): boolean {
    // (Only at a time the question says: "the Secretariat started out in Prague" is not about now.)
    if (plan.relation.time !== "exclusive" || o.kind !== "check" || o.atTime.length === 0 || o.scope.kind !== "query") return false;
    const main = plan.relation.mainRole.name;
    return (plan.bindings.get(main) ?? []).some((e) => index.withEntity(plan.relation.id, main, e.id).length > 0);
  }

  /**
   * A "No" about a time still to come, where the table has nothing at that time ("is the OSCE holding a
   * summit in 2026?", "will Kazakhstan chair in 2030?"): what is not decided yet is no evidence.
   * ("Does Kazakhstan chair in 2026?" is a No: Switzerland holds it.)
   */
  function notYetKnown(o: Outcome, now: Date): boolean {
    return o.kind === "check" && !o.yes && o.atTime.length === 0 && o.scope.kind === "query" && o.scope.time.end > Math.floor(now.getTime() / 86_400_000);
  }

  /** A "No" from an open list that knows nothing of the name at any time: absence, not evidence ("was the city called Astana in 2010?" is not "was the renaming decided in Astana?"). */
  function absenceOnly(o: Outcome): boolean {
    return o.kind === "check" && !o.yes && !o.closed && o.atTime.length === 0 && o.otherTimes.length === 0;
  }

  /** Two readings of a yes/no question that both find it true ("Was Zannier from Italy?": as SG and as HCNM) agree. */
  function sameVerdict(a: Outcome, b: Outcome): boolean {
    return a.kind === "check" && b.kind === "check" && a.yes && b.yes;
  }

  /** A ranking or count over relations ranked together reaches the same answer from either one: no need to ask back. */
  function sameDerived(a: Outcome, b: Outcome): boolean {
    if (a.kind === "derived" && b.kind === "derived") return a.text === b.text;
    return a.kind === "count" && b.kind === "count" && a.count === b.count && a.of === b.of && a.facts.length === b.facts.length && a.facts.every((f) => b.facts.includes(f));
  }

  /**
   * "who was in office as CiO in 2005": two readings that answer the same value of what is asked (the
   * CiO list, and his post as Foreign Minister and CiO; "how many States at Paris": the summit and the
   * Charter, 34 each) agree: no need to ask back.
   */
  function sameValues(a: { c: Candidate; o: Outcome }, b: { c: Candidate; o: Outcome }): boolean {
    // (By name: "the Charter for European Security" is a document of one kind of fact and the text of a summit's outcome in another.)
    // ("High Commissioner on National Minorities (appointed at the Tirana Council)": a text with a bracketed remark is the same post.)
    const shown = (v: RoleValue) => (v.kind === "entity" ? v.entity.name : v.kind === "text" ? v.text.replace(/\s*\([^()]*\)\s*$/, "") : String(v.value)).toLowerCase();
    // (A place agrees only between kinds of fact the table relates: a visit and its meetings — "where was Passy on 6 April 2004?".)
    const related = a.c.profile.relation.related.includes(b.c.profile.relation.id) || b.c.profile.relation.related.includes(a.c.profile.relation.id);
    const values = (x: { c: Candidate; o: Outcome }) => {
      const role = x.c.plan!.asked;
      // (Not a role every fact of the kind fills alike: each inauguration is Kazakhstan's, and says nothing
      // asked. Nor a place: ODIHR was created and is seated in Warsaw — where it was renamed is neither.)
      if (x.o.kind !== "facts" || !role || x.c.profile.constantRoles.has(role.name) || (!related && role.types.some((t) => PLACE_TYPES.has(t)))) return "";
      return [...new Set(x.o.facts.flatMap((f) => (f.values.get(role.name) ?? []).map(shown)))].sort().join("|");
    };
    const said = values(a);
    return said !== "" && said === values(b);
  }

  /** Two readings asking when that give the same days (or, where the year is asked, the same years). */
  function sameWhen(a: { c: Candidate; o: Outcome }, b: { c: Candidate; o: Outcome }, yearAsked: boolean): boolean {
    if (!yearAsked && (a.c.plan!.shape !== "when" || b.c.plan!.shape !== "when")) return false;
    // (Kinds of fact the table relates — a visit, datelined 6 April 2004, and its meetings, of April 2004 — agree to the month.)
    const related = a.c.profile.relation.related.includes(b.c.profile.relation.id) || b.c.profile.relation.related.includes(a.c.profile.relation.id);
    const month = (day: number) => `${ymd(day).year}-${ymd(day).month}`;
    const start = (f: Fact) => (yearAsked ? yearOf(possibleStart(f.validity!)) : related ? month(possibleStart(f.validity!)) : possibleStart(f.validity!));
    const starts = (o: Outcome) => (o.kind === "facts" && o.facts.every((f) => f.validity) ? [...new Set(o.facts.map(start))].sort().join() : "");
    const days = starts(a.o);
    return days !== "" && days === starts(b.o);
  }

  function explain(question: string, options: AnswerOptions = {}): Explanation {
    const parse = parseQuestion(question, options.now ?? new Date(), vocab);
    return {
      ask: parse.ask, askType: parse.askType, yesNo: parse.yesNo, tense: parse.tense,
      times: parse.times.map((t) => `${t.mode} ${t.label} (${t.grain})`),
      entities: parse.entities.map((e) => `${e.entity.id}:${e.entity.type}${e.fuzzy ? "~" : ""}${(e.slips ?? []).map(([t, r]) => ` ${t}>${r}`).join("")}`),
      concepts: [...parse.concepts.keys()],
      unknown: parse.unknown.map((u) => u.form + (u.properNoun ? "*" : "")),
      operations: [...parse.operations],
      ordinal: parse.ordinal,
      order: parse.order,
      statedCount: parse.statedCount,
      numbers: parse.numbers,
      reading: answer(question, options).reading ?? null,
      candidates: matchRelations(parse, reachable(parse), vocab, hasFacts).slice(0, 6).map((c) => ({
        relation: c.profile.relation.id, confidence: Math.round(c.confidence * 100) / 100, strength: Math.round(c.strength * 100) / 100, similarity: Math.round(c.patternSimilarity * 100) / 100,
        ...(c.plan ? { shape: c.plan.shape, ...(c.plan.asked ? { asks: c.plan.asked.name } : {}) } : {}),
        ...(c.stranger ? { stranger: c.stranger.id } : {}),
        ...(c.strayConcepts ? { stray: c.strayConcepts.join(",") } : {}),
      })),
    };
  }

  return {
    answer,
    explain,
    help: () =>
      [...table.relations.values()].map((r) => ({ relation: r.id, name: r.name, about: r.about, examples: r.examples.map((e) => e.q).slice(0, 4) })),
    complete: (prefix, opts = {}) => suggestions.complete(prefix, opts.limit ?? 25),
    stats: tableStats(table),
    warnings: options.warnings ?? [],
  };
}

/**
 * What was understood and what was not, from the reading that explained most of the question: a
 * word it did not know, an operation it cannot do, or a name it has nothing on.
 */
function whyUnknown(candidates: Candidate[]): string {
  const best = candidates.filter((c) => c.cued).sort((a, b) => b.strength - a.strength)[0];
  const about = best && `I understood a question about ${best.profile.relation.name}`;
  if (best?.unexplainedWords?.length) return `I don't know: ${about}, but not ${best.unexplainedWords.slice(0, 3).map((w) => `"${w}"`).join(", ")}.`;
  if (best?.unsupported) return `I don't know: ${about}, but my facts cannot answer that (${best.unsupported.replace(/_/g, " ")}).`;
  const stranger = candidates.find((c) => c.stranger && c.cued)?.stranger;
  if (stranger) return `I don't know: my fact table has nothing on ${stranger.name} for that kind of question.`;
  return "I don't know: that isn't in my fact table.";
}

/**
 * A lead-in naming a thing of the table's own words and which one — a time or an ordinal — and
 * nothing else ("last year's MC", "tenth ministerial council"), never "friday's explainer".
 */
function namesWhichOne(parse: QuestionParse): boolean {
  return (parse.times.length > 0 || parse.ordinal !== null) && parse.unknown.length === 0 && [...parse.concepts.keys()].some((c) => !c.startsWith("w:") && !SHAPE_CONCEPTS.has(c));
}

/** One question of a message: its text with the names it carries, and a fuller reading to fall back on. */
interface Clause {
  text: string;
  fallback?: string;
  /** The clause as written, when it refers to the moment the question before asked for. */
  atThatMoment?: string;
  /** The clause as written, when its pronoun stands for the answer to the question before. */
  ofAnswer?: { text: string; besides: string[] };
  /** The clause as written, when its pronoun stands for no name said in the message. */
  unresolved?: string;
  /** Context or names from elsewhere in the message were added to the clause as written (our joining, not the reporter's word order). */
  joined?: boolean;
}

/** The kinds of name that hold a post or a turn: a premise about one of them can be corrected. */
const HOLDER_TYPES = new Set(["country", "person", "party"]);
/** "first or second", "first, second or third": a choice of which time, asked of one named thing. */
const NTH_CHOICE = /\b(?:its|their|his|her|the)?\s*\b(first|second|third|fourth|fifth)(?:\s+(?:one|time|chairmanship))?\s*(?:,\s*(?:second|third|fourth|fifth)\s*)*(?:,?\s*or)\s+(?:its\s+|the\s+)?(second|third|fourth|fifth|sixth)\b(?:\s+(?:one|time|chairmanship))?/i;
const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth"];
const NOT_AN_NTH_CLAIM = /\b(?:between|years?|how\s+(?:many|long|much)|gap|apart|since|after|before)\b/i;
/** "… its first?", "first time chairing?": one place claimed, asked of one named thing at a time. */
const NTH_CLAIM = /\b(?:its|their|his|her)\s+(first|second|third|fourth)\b(?:\s+(?:one|time|chairmanship|chair))?|\b(?:the\s+)?(first|second|third|fourth)\s+time\b(?!\s+(?:in|since)\b)/i;
/** "Which country …", "who …": the question word and its noun, before the main question's verb. */
const ASKED_HEAD = /^\s*(?:(?:which|what)\s+\S+|who|whom)\s+/i;
const MEASURED = /\b(?:share|result|score|percent|beat|beats|exceed(?:ed|s)?|top(?:ped)?|higher|lower|more|less|better|worse|than)\b|%/i;
/** A question tag that ends a claim: ", right?", " — correct?". */
const CLAUSE_TAG = /[\s,;–—-]+(?:right|correct|true|ok|okay|yes|yeah)\s*\?*\s*$/i;
/**
 * Whether facts, together, may fill the days from `from` to `to` but for a handover's few weeks: a
 * longer gap the table leaves may be someone else's ("the Czechoslovak CiO in late 1992" is not recorded).
 */
function fillsWholly(facts: readonly Fact[], from: number, to: number, today: number): boolean {
  const spans = facts.filter((f) => f.validity).map((f) => [possibleStart(f.validity!), possibleEnd(f.validity!, today)] as const).sort((a, b) => a[0] - b[0]);
  let reached = from - 1;
  for (const [start, end] of spans) {
    if (start > reached + HANDOVER_DAYS) return false;
    reached = Math.max(reached, end);
  }
  return reached + HANDOVER_DAYS > to;
}
const HANDOVER_DAYS = 32;

/** Whether a fact names the entity in any of its roles. */
function namesEntityIn(fact: Fact, id: string): boolean {
  return [...fact.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && v.entity.id === id));
}

/** The question (group 1), then ", ahead of its chairmanship", ", just after the summit". */
const ORDER_ASIDE = /^(.+?),\s+(?:(?:just|well|long|shortly|right|soon)\s+)?(?:before|after|ahead\s+of|prior\s+to|following|in\s+the\s+run[\s-]up\s+to)\s+(?:its|his|her|their|the)\s+[^,?]+[?.!\s]*$/i;
const LEADING_WH = /^\W*(?:who|whom|whose|what|when|where|which|why|how)\b/i;
/** "… right?", "… confirm both", "… sanity check": the reporter asks whether what they said holds. */
// ("53 pS in 1995 — right number?": the kind of thing offered may follow.)
const CONFIRM_WORD = /\b(?:right|correct|ok|okay|true|confirm|accurate)(?:\s+(?:both|all|pls|please|plz|number|figure|year|date|dates|name|spelling|city|one))?\s*\??\s*$|\bsanity\s+check\W*$/i;

/** 26 → "26th", 31 → "31st". */
function ordinalSuffixed(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;
}
const NEGATED = /\b(?:not|never|no|didn'?t|wasn'?t|isn'?t|lose|lost|fail(?:ed)?|instead|rather)\b/i;
const CONFIRM_TAG = new RegExp(`${CONFIRM_WORD.source}|\\?\\s*$`, "i");
const foldForMatch = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
/** Questions whose premise (a holder at a time) can be corrected: who, which, what share, how many, when. */
const PREMISE_ASKS = new Set(["agent", "which", "percent", "count", "time"]);
const YEAR_COUNTS: Record<string, number> = { the: 1, a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** "between Denmark and Norway": two names, each read on its own. */
const BETWEEN = /\bbetween\s+(.+?)\s+(?:and|&)\s+(.+?)(?=\s*(?:[?.!,;]|$))/i;
/** "… and how many did that make?", "who was SG then?": a word for a moment said just before. */
const MOMENT_ANAPHOR = /\b(?:that|then|at the time|by then)\b/i;
/** "those riots", "that election": a thing pointed at that the message does not name. */
const THING_ANAPHOR = /\b(?:those|these|that|this)\s+(?:riots?|unrest|protests?|clashes|violence|elections?|votes?|summit|meeting|council|visit)\b/i;
/** A time referred back to ("… that year", or at a clause's end "… at the time?", "… then?"), which only an earlier question can say. */
const TIME_ANAPHOR = /\b(?:that|that same) (?:year|yr|month|day|week)\b|\b(?:the same (?:year|yr|month|day|week|time)|at the time|back then|by then|then)(?=\s*(?:[?.!;]|$|(?:too|also|as well)\b))/i;

/** "…, incl single-member districts": a part that widens or narrows what is asked is no aside. */
const QUALIFIER = /^\s*(?:incl\.?|including|inclusive of|counting|excl\.?|excluding|except|without|not counting|only)\b/i;

/** "exactly": a part of a message that asks an operation and names nothing. */
function onlyOperation(parse: QuestionParse): boolean {
  return parse.operations.size > 0 && parse.concepts.size === 0 && parse.entities.length === 0 && parse.times.length === 0 && parse.unknown.length === 0 && !isFutureTalk(parse);
}

/** A part that is only a word no dictionary or table knows ("smithson"): a name we do not know. */
function namesStranger(parse: QuestionParse): boolean {
  return parse.unknown.length > 0 && parse.concepts.size === 0 && parse.unknown.every((u) => u.form.length >= 3 && !isEnglishWord(u.form));
}

function asksWhen(parse: QuestionParse): boolean {
  return parse.ask === "time" || parse.askType === "time";
}

/** "When Kazakhstan chaired, how many States were there?" as "how many States were there when Kazakhstan chaired" (not "when did …": a question word). */
function clauseLast(question: string): string {
  const m = /^(when|while|during|at\s+the\s+time\s+of)\s+(?!(?:did|was|were|is|are|does|do|has|have|had|will|would|can|could)\b)([^,?]{3,}),\s*(.{3,})$/i.exec(question);
  return m ? `${m[3]} ${m[1]} ${m[2]}` : question;
}

/** A word standing for a name said elsewhere ("during its chairmanship", "who ran it"). */
const PRONOUN = /\b(?:it|its|they|them|their|he|him|his|she|her)\b/i;
const PRONOUN_G = new RegExp(PRONOUN.source, "gi");

/**
 * `text` with the pronouns of the one answered replaced by its name: "its CiO" → "Lithuania's CiO",
 * "when was he appointed" → "when was Sinirlioğlu appointed"; "her" is possessive only before a noun
 * ("her term", not "who succeeded her?").
 */
function withNameForPronoun(text: string, name: string): string {
  return text.replace(PRONOUN_G, (p: string, at: number) => {
    const possessive = /^(?:its|his|their)$/i.test(p) || (/^her$/i.test(p) && /^\s+(?!(?:and|or|in|on|at|to|as|from|for|with|by|when|after|before)\b)[a-z]/i.test(text.slice(at + p.length)));
    return possessive ? `${name}'s` : name;
  });
}

/** A question's text with the times it said taken out ("who chaired in 2019" → "who chaired in"). */
function withoutTimes(parse: QuestionParse): string {
  let text = parse.cleaned;
  for (const t of [...parse.times].sort((a, b) => b.index - a.index)) if (t.length > 0) text = text.slice(0, t.index) + text.slice(t.index + t.length);
  return text.replace(/\s+(?:in|on|at|during|for)\s*$/i, "").replace(/\s+/g, " ").trim();
}

/** A question asking which country or party: what "its" or "their" after it may stand for. */
function asksPlaceHolder(parse: QuestionParse): boolean {
  return parse.ask === "which" && (parse.askType === "country" || parse.askType === "party");
}

const POSSESSIVE_OF_THING = /\b(?:its|their)\b/i;
const PERSON_PRONOUN = /\b(?:he|him|his|she|her)\b/i;
const TRUE_OR_FALSE = /\btrue\s+or\s+false\b|\bfalse\s+or\s+true\b/i;
/** "who was CiO in 2000? heard there were two of them", "… — there were 2 right?": a remark on how many the answer has. */
const COUNT_REMARK = /^\W*(?:(?:i\s+)?(?:heard|think|thought|believe|read|was\s+told)\s+(?:that\s+)?)?there\s+(?:were|was|are|is|have\s+been)\s+(?:two|three|four|2|3|4|several|a\s+few|more\s+than\s+one)(?:\s+of\s+them)?(?:\s+(?:that\s+year|then))?(?:\s*,?\s*(?:right|correct|no|yes|true|i\s+think))?\W*$/i;
/** "greek CiOs in 2009 — there were 2 right? names pls": the same remark after a dash, taken out before the message is split. */
const COUNT_REMARK_SAID = /\s*[—–-]+\s*(?:(?:i\s+)?(?:heard|think|thought|believe)\s+)?there\s+(?:were|was)\s+(?:two|three|2|3|several)(?:\s+of\s+them)?(?:\s*,?\s*right)?\s*\?/i;
/**
 * "…, first + last name", "…, surnames are fine", "… (CSCE era fine)", "…, two decimals please": a remark
 * at the end on the form the answer may take — every answer gives full names, and figures as the source has them.
 */
const FORM_REMARK = /\s*(?:[,;(—–]|\s-)\s*(?:first\s*(?:\+|and|&)\s*last\s+names?|full\s+names?|(?<=[—–(-]\s*)names?(?=\s*(?:pls|please|plz|thx|thanks)?\W*$)|(?:sur|last\s+)names?\s+(?:are|is)\s+(?:fine|ok|okay)|(?:sur|country\s+|city\s+)?names?\s+only|(?:countries|cities|years)\s+only|(?:two|2)\s+decimals?(?:\s+places)?|exact\s+(?:figure|number)|[\w/-]+\s+era\s+(?:is\s+)?(?:fine|ok|okay))(?:\s+(?:pls|please|plz|thx|thanks))?\s*\)?(?=\W*$)/i;
/** What comes before a guessed year: "maybe", "copy says", "my draft has", and a month ("copy says dec 2025"). */
const GUESS_LEAD = String.raw`(?:maybe|probably|prob|or|(?:(?:the|my|our)\s+)?(?:copy|draft|text|story|piece|notes?|wire)\s+(?:says|said|has|had)|i\s+have|we\s+have)?\s*(?:in\s+|on\s+)?`;
const GUESSED_DAY_MONTH = String.raw`(?:(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+)?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?`;
const BEFORE_GUESSED_YEAR = String.raw`${GUESS_LEAD}(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?`;
const AFTER_GUESSED_YEAR = String.raw`\s*(?:i\s+think|i\s+believe|i\s+guess|maybe|right|no|or\s+so)?\W*$`;
/**
 * A question asking when, then a date alone as the reporter's guess, after a "?" or a dash ("kurz left
 * when — dec 2017?", "dates? 5-6 dec 2005?"): the day (group 1), the month (2) and the year (3).
 */
const GUESSED_YEAR = new RegExp(String.raw`\b(?:when|year|yr|date|dates)\b[^?]*(?:\?+|\s[—–-])\s*${GUESS_LEAD}${GUESSED_DAY_MONTH}((?:19|20)\d\d)${AFTER_GUESSED_YEAR}`, "i");

/** Whether an answer says the date guessed: its year, and its month and first day where they are guessed. */
function saysGuessedDate(text: string, guess: RegExpExecArray): boolean {
  const [, day, month, year] = guess;
  const name = month ? MONTH_NAMES.find((n) => n.toLowerCase().startsWith(month.toLowerCase())) : undefined;
  if (!text.includes(year!)) return false;
  if (!name) return true;
  return new RegExp(day ? String.raw`\b${day}(?:-\d{1,2})?\s+${name}\b` : String.raw`\b${name}\b`).test(text);
}
/** "1998 i think", "2019?", "maybe 2005", "copy says dec 2025": a year offered as a guess. */
const YEAR_GUESS = new RegExp(String.raw`^\W*${BEFORE_GUESSED_YEAR}(?:19|20)\d\d${AFTER_GUESSED_YEAR}`, "i");
/** A question that refers back to what was said before it ("that year", "then", "there", "him"). */
const REFERS_BACK = /\b(?:that|this|then|there|it|its|he|him|his|she|her|they|them|their|back\s+then|at\s+the\s+time|same)\b/i;
const THAT_YEAR_SAID = /\b(?:that|that same|the same) (?:year|yr)\b/i;
/** "it", "its": a thing named before ("kz capital now + year it was renamed back"). */
const THING_PRONOUN = /\b(?:it|its)\b/i;

const DEAD_HEAT = 0.02;
function isDeadHeat(a: Candidate, b: Candidate): boolean {
  return Math.abs(a.confidence - b.confidence) < DEAD_HEAT && Math.abs(a.strength - b.strength) < DEAD_HEAT && Math.abs(a.patternSimilarity - b.patternSimilarity) < DEAD_HEAT;
}

function withoutVerdicts(text: string): string {
  return text.replace(/(^|\s)(?:Yes|No)[.:]\s*/g, "$1").trim();
}

/** The first `n` different items of the lists, in order (no further item is read: the suggestions are a table's worth). */
function firstDistinct(n: number, ...lists: string[][]): string[] {
  const out: string[] = [];
  for (const list of lists)
    for (const item of list) {
      if (out.length >= n) return out;
      if (!out.includes(item)) out.push(item);
    }
  return out;
}

function topicsSentence(topics: string[]): string {
  const shown = topics.slice(0, 6);
  return shown.join(", ") + (topics.length > shown.length ? ` and ${topics.length - shown.length} more topics (see the help)` : "");
}
