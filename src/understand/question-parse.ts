/** What reading a question yields: the shape every step of matching and answering reads. */
import type { Entity } from "../facts/model.js";
import type { AskKind, OperationKind } from "../facts/schema.js";
import type { TimeQuery } from "../time/parse-time.js";
import type { LengthClaim } from "./length-claim.js";

export interface EntityMention {
  entity: Entity;
  fuzzy: boolean;
  /** Stems of the nearest words before and after the name ("Akmola renamed Astana"): which slot of a pattern it fills. */
  left?: string;
  right?: string;
  /** Said right after "from" ("the first CiO from Central Asia"): where its holder is from. */
  afterFrom?: boolean;
  /** How many words the mention takes. */
  words?: number;
  /** A country said just before the noun asked for ("which German city"): where the answer lies, not a role. */
  namesAskedPlace?: boolean;
  /** Words of the name typed otherwise and corrected: [as typed, as read]. */
  slips?: Array<[string, string]>;
}

export interface QuestionParse {
  /** The question after platform markup and control characters are removed. */
  cleaned: string;
  /** Set by a caller that knows its one year names the term the facts are of ("who would chair in 2009", beside the year decided). */
  yearIsTerm?: boolean;
  ask: AskKind | null;
  /** The type after "which"/"what" ("country", "party", "time"), if any. */
  askType: string | null;
  /** "Which countries …": a plural type noun asks for the whole list. */
  plural: boolean;
  /** "What's the turnout …": the thing asked for is a word nothing explains, so no fact can answer it. */
  askNounUnknown: boolean;
  /** The word right after "which/what" when it names no type ("which document"): what is asked for, as a stem. */
  askNoun: string | null;
  /** "How many participating States …": the concept of the noun counted, if it is one. */
  countConcept: string | null;
  /** The stem of the noun "how many" counts ("seat", "state", "candid"): a figure of that name is the one asked. */
  countNoun: string | null;
  yesNo: boolean;
  /** "Who was CiO in 2004 — Passy?": a who/which question ending on the name it offers as its answer. */
  offersAnswer: boolean;
  /** Concept id → whether it was reached through a typo correction. */
  concepts: Map<string, boolean>;
  entities: EntityMention[];
  /** "What did Zannier do before …?": an activity is asked, which only a relation whose facts are prose tells. */
  asksActivity: boolean;
  /** "right after 2 December 2010": the one next to the time said, on this side of it (a meeting's next one). */
  nextTo: "after" | "before" | null;
  /** Words nothing explains; `beforeName` marks a capitalised one right before a person's name ("Helga Zannier": another person). */
  unknown: Array<{ form: string; properNoun: boolean; beforeName?: true; asPost?: true }>;
  /** Figures that are not years ("95.5", "460"). */
  numbers: string[];
  times: TimeQuery[];
  order: "before" | "after" | null;
  /** The order word came before any name ("was the summit before Astana in Istanbul?"): it says which one of a kind, not that one name came before another. */
  orderLeadsNames?: true;
  /** The question asks when something began ("joined in 1992"). */
  starting: boolean;
  /** Content words (not fillers, names or figures) with the concept each matched, if any. */
  contentWords: Array<{ stem: string; concept: string | null }>;
  tense: "present" | "past" | null;
  corrections: number;
  /** Operations asked of the facts ("highest", "how long", "runner-up"). */
  operations: Set<OperationKind>;
  /** "the third summit", "the 55th participating State". */
  ordinal: number | null;
  /** The ordinal counts the named one's own turns ("for the third time", "Switzerland's second"), not the n-th of all. */
  ownOrdinal: boolean;
  /** The ordinal counts terms of office ("a second term"): one fact may span several, so facts cannot count them. */
  termOrdinal: boolean;
  /** "Finland's two chairmanships", "italy had two CiOs": how many things the question says there are; the answer must have as many. */
  statedCount: number | null;
  /** "served more than three years": a length of time claimed of a span. */
  lengthClaimed?: LengthClaim;
  /** Year-like tokens no parser can read ("2o11"): never dropped, the answer says it could not read them. */
  unreadableTimes: string[];
  /** "from 2011 to 2020", "2011-2017": a span said by both its ends (not "between …"), which a claim says it began and ended in. */
  spanClaimed: boolean;
  /** "… in 2001 or 2006?": a choice between two, not a yes/no claim about the first. */
  alternative: boolean;
  /** "gilmore or martin?": two names offered, one the table does not know; answered by what holds, never "Yes". */
  offersChoice?: true;
  /** A statement, not a question: no question word or mark, and a verb ("Kazakhstan chaired the OSCE in 2009."). */
  declarative: boolean;
  /** A statement with a question tag ("Kazakhstan, a member since 1995, right?"): stated, then asked. */
  taggedStatement?: boolean;
  /** "under the single seven-year term": a word that compares only before a figure ("under 50%"), said before none. */
  looseComparison?: true;
  /** A comparison said that needs no figure after it ("more", "higher") or has one ("under 50%"). */
  firmComparison?: true;
  /** "How did Malta end up with the chair?": how something went, which no check answers. */
  asksHow: boolean;
  /**
   * "… besides foreign minister": what the answer leaves out — phrases its facts must not say, names they
   * must not have. `corrects`: "(not Slovenia)" says what is not meant, whether or not a fact has it.
   */
  besides?: { phrases: string[]; entities: string[]; years?: number[]; corrects?: true };
}

/** A parse with nothing read yet. */
export function emptyParse(): QuestionParse {
  return {
    cleaned: "", ask: null, askType: null, plural: false, askNounUnknown: false, askNoun: null, countConcept: null, countNoun: null, yesNo: false, concepts: new Map(), entities: [], unknown: [],
    numbers: [], times: [], order: null, starting: false, contentWords: [], tense: null, corrections: 0, operations: new Set(), ordinal: null, ownOrdinal: false, termOrdinal: false, asksHow: false, statedCount: null, asksActivity: false, nextTo: null, offersAnswer: false,
    declarative: false, alternative: false, unreadableTimes: [], spanClaimed: false,
  };
}
