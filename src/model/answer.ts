/**
 * The public contract of the core: what `answer()` returns. Adapters render this and never
 * build answer text themselves (see ../shared/DESIGN.md, "Contracts").
 */

export type AnswerStatus = "answered" | "unknown" | "ambiguous";

/** How a question was read: which relation, which shape of question, how sure. */
export type QuestionShape =
  | "value" // who/what/where/how much … at a time ("who chaired the OSCE in 2010?")
  | "when" // the times a value held ("when did Kazakhstan chair?")
  | "check" // yes/no ("is Mongolia a participating State?")
  | "count" // how many facts / times ("how many times has Switzerland chaired?")
  | "order" // before/after ("who chaired before Kazakhstan?")
  | "list"; // every value ("which countries have chaired?")

export interface Intent {
  relation: string;
  shape: QuestionShape;
  /** 0..1; answers below the configured threshold are returned as `unknown`. */
  confidence: number;
  /** The role whose value the question asks for (e.g. "country", "share"), if any. */
  asks?: string;
}

export interface Source {
  publisher: string;
  title: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date?: string;
  url?: string;
  /** A seed document's file name, when the source is one of the documents the table started from. */
  document?: string;
}

/** A fact used in an answer, in a platform-neutral, already-rendered form. */
export interface AnswerFact {
  id: string;
  relation: string;
  /** Role name → display value ("Kazakhstan", "95.5%", "Solomon Passy"). */
  values: Record<string, string>;
  /** Display form of the fact's validity ("2010", "4 April – 31 December 2008"), if it has one. */
  valid?: string;
  status: FactStatus;
  note?: string;
  /** When a curator last checked the fact against its sources (YYYY-MM-DD), where the table says. */
  checked?: string;
  sources: Source[];
}

export type FactStatus = "final" | "preliminary" | "reported";

export interface Answer {
  status: AnswerStatus;
  /** One or two sentences a reporter can paste. Never contains mass mentions or raw user input. */
  text: string;
  intent: Intent | null;
  facts: AnswerFact[];
  /** The best sources of the facts used, at most three: final figures' first, then in order of use. */
  sources: Source[];
  /** Questions the table can answer: for `unknown`/`ambiguous`, the closest ones. */
  suggestions: string[];
  /** What the answer is valid for ("as of 15 January 2026", "2010"); adapters show it as a footer. */
  validFor?: string;
  /** How the question was read, for showing small under the answer ("Read as: …") and for `--explain`. */
  reading?: Reading;
  /** A short hash of the fact table that answered (the same table, the same revision). */
  revision?: string;
  /** The oldest `checked` date of the facts used (YYYY-MM-DD), where the table has them. */
  checked?: string;
  /** Set on a reply to a greeting, thanks or a request for help: not a question the table failed. */
  smallTalk?: "greeting" | "thanks" | "help";
}

/**
 * The typed reading of a question: which relation, the roles the question filled, its time, the role
 * it asks for and the operation asked of the facts.
 */
export interface Reading {
  relation: string;
  /** value · list · count · exists · when · order · rank · ordinal · duration · compare · difference · repeated · future · end */
  operation: string;
  asks?: string;
  /** Role → the names the question gave for it. */
  roles: Record<string, string[]>;
  time?: string;
  /** One line: "OSCE Chairmanship · Kazakhstan · 2010". */
  summary: string;
}

export interface AnswerOptions {
  /** The reference date for relative questions ("this year", "now"). Defaults to the wall clock at the adapter. */
  now?: Date;
  /**
   * Called with the error when answering failed inside the core (the answer is then a plain
   * "something went wrong"): how callers tell a fault from a question the table cannot answer.
   */
  onError?: (error: unknown) => void;
}
