/**
 * The core as adapters see it: load the fact table once, then answer questions — pure and
 * synchronous, text in and an `Answer` out, never throwing.
 */
import { finish } from "./compose/compose-answer.js";
import { entitiesOf, plainSpellingNote } from "./compose/plain-spelling.js";
import { type CoreState, buildCoreState, isRevivable, reviveCoreState } from "./core-state.js";
import type { FactProblem } from "./facts/errors.js";
import type { FactTable } from "./facts/model.js";
import { loadFactTableCached, provideLoader } from "./facts/table-cache.js";
import { tableStats } from "./facts/table-store.js";
import { smallTalkAnswer, smallTalkKind } from "./help/small-talk.js";
import { type SuggestionIndex, suggestionIndex } from "./help/suggestions.js";
import type { Answer, AnswerOptions, Reading } from "./model/answer.js";
import { warmDictionary } from "./text/dictionary.js";
import { remembered } from "./text/memo.js";
import { cleanQuestion } from "./text/normalise.js";
import { warmTimeParser } from "./time/parse-time.js";
import { correctedQuestion, framedClaim, quotedClaim } from "./understand/chatter.js";
import { deniedClaim, verdictTurned } from "./understand/denied-claim.js";
import { type Candidate, matchRelations } from "./understand/match.js";
import { parseQuestion } from "./understand/parse-question.js";
import type { QuestionParse } from "./understand/question-parse.js";
import { AnswerReadings } from "./understand/readings.js";
import { RelationIndex } from "./understand/relation-index.js";
import { fileURLToPath } from "node:url";
import { assembleDesk } from "./answer/assemble.js";
import { verdictsSteps, withGuessedYear } from "./answer/verdicts.js";
import { answerWhichNot } from "./answer/which-not.js";
import { statedToday, withStatedToday } from "./answer/stated-today.js";
import { LEFT_OPEN } from "./answer/wording.js";

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
  reading: Reading | null;
  candidates: Array<{ relation: string; confidence: number; strength: number; similarity: number; shape?: string; asks?: string; stranger?: string; stray?: string }>;
}

export interface FactdeskOptions {
  /** Answers below this confidence are "unknown" (precision first). */
  threshold?: number;
  /** Score only the relations a question can reach (src/understand/relation-index.ts); off only to prove it changes nothing. */
  prefilter?: boolean;
}

export const DEFAULT_THRESHOLD = 0.62;

// Compiled, the YAML loader (yaml, zod) is require()d only when the table cache misses; running
// from the TypeScript sources (the tests) there is nothing compiled to require, so hand it over now.
if (import.meta.url.endsWith(".ts")) provideLoader(await import("./facts/load.js"));

/** After this long idle, a long-running adapter compiles chrono and reads the English word list. */
const WARM_UP_DELAY_MS = 100;

/**
 * Long-running adapters (chat, Discord, Slack) should not pay chrono's compilation or the English
 * word list on a user's first question (the typo index comes built from the table cache): both
 * are done once the process has been idle for a moment after start-up. Two unref'd timers in a
 * row: the first can fire late in a one-shot CLI (its delay runs out while the question is being
 * answered), the second is only armed then, and a process with nothing left to do exits before it
 * fires: a one-shot CLI never pays for a warm-up.
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
  const desk = assembleDesk({ table, index, vocab, threshold, hasFacts, factById, reachable, readings, endWords, unknown });
  const verdicts = verdictsSteps(desk);

  // Every answer says which table it came from. (Each answer is a new object of this call's own: set, not copied.)
  const answer = (question: string, options: AnswerOptions = {}): Answer => {
    const answered = answerQuestion(question, options);
    answered.revision = table.revision;
    // (Once, at the end of the whole message's answer: "Plain spelling: Knut Vollebaek.")
    if (answered.status === "answered") answered.text += plainSpellingNote(answered.text, entitiesOf(answered.facts.map((f) => factById(f.id))));
    return answered;
  };

  /**
   * "italian CiO(s) 1994? andreatta and...?": a question, then the reporter's start of its answer left
   * open — the question's own answer completes it where it names what was started. Null otherwise.
   */
  function completedByQuestionBefore(cleaned: string, now: Date): Answer | null {
    const m = /^([^?]+\?)\s*([^?]+?)\s+(?:and|plus)\s*(?:\.{2,}|…)?\s*\?+\s*$/i.exec(cleaned);
    if (!m) return null;
    const answered = desk.answerMessage(m[1]!, now);
    const started = readings.read(m[2]!, now).entities.map((e) => e.entity.name);
    return answered.status === "answered" && started.length > 0 && started.every((n) => answered.text.includes(n)) ? answered : null;
  }

  function answerQuestion(question: string, options: AnswerOptions = {}): Answer {
    try {
      readings.clear();
      const now = options.now ?? new Date();
      if (typeof question !== "string" || !/[\p{L}\p{N}]/u.test(question)) return unknown("I don't know what to answer: that is not a question I can read.");
      const chat = smallTalkKind(question);
      if (chat) return smallTalkAnswer(chat, suggestions.defaults);
      const cleaned = cleanQuestion(question);
      // ("his posts? he was FM and…?": what completes the message is what it asks — never a claim to check.)
      if (LEFT_OPEN.test(cleaned)) return completedByQuestionBefore(cleaned, now) ?? unknown("I don't know what completes a message that ends on \"and\": ask for what is missing in a question of its own.");
      const stated = statedToday(cleaned, now);
      if (stated) return withStatedToday(answerQuestion(stated.text, { ...options, now: stated.now }), stated);
      const text = correctedQuestion(cleaned, (t) => readings.read(t, now)) ?? cleaned;
      const claim = quotedClaim(text, (t) => readings.read(t, now)) ?? framedClaim(text);
      const denied = answerDenial(claim ?? text, now);
      if (denied) return denied;
      const checked = claim === null ? null : desk.answerMessage(claim, now);
      const plain = verdicts.inTheWordsAsked(text, withGuessedYear(text, verdicts.withVerdictFromOwnWords(text, verdicts.withConfirmation(text, checked?.status === "answered" ? checked : desk.answerMessage(text, now), now), now)), now);
      return verdicts.withoutRuledOut(text, verdicts.askedBackOnNearName(text, verdicts.withGuessAfterConfirmed(text, verdicts.withVerdictOnGuess(text, plain, now), now), now), now);
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
    // ("Which of these did NOT chair …: A, B or C?": each name checked, the ones that did not are the answer.)
    const nameOf = (item: string) => {
      const named = item.split(/\s+/).length <= 4 ? readings.read(item, now).entities : [];
      return named.length === 1 ? (named[0]!.entity.short ?? named[0]!.entity.name) : null;
    };
    const each = answerWhichNot(text, nameOf, (q) => desk.answerMessage(q, now));
    if (each) return each;
    const denial = deniedClaim(text);
    if (!denial) return null;
    if (denial.kind === "unclear") {
      return unknown("I don't know: I can't answer that as asked, with its \"not\"; ask what did happen, and I will check it against my fact table.");
    }
    const plain = desk.answerMessage(denial.plain, now);
    const turned = plain.status === "answered" ? verdictTurned(plain.text) : null;
    return turned === null ? null : { ...plain, text: turned };
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
