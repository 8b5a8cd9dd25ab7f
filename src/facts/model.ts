/** The loaded, validated fact table: what the rest of the core works on. */
import type { FactStatus, Source } from "../model/answer.js";
import type { Validity } from "../time/validity.js";
import type { ExampleData, LexiconData } from "./schema.js";

export interface Entity {
  id: string;
  type: string;
  name: string;
  /** The name as a reporter writes it in a sentence ("Russia"); `name` when not declared. */
  short?: string;
  /** Id of the entity this one lies in (a city's country), where the table says. */
  in?: string;
  /**
   * The regions and groups it belongs to ("Central Asia", "former Soviet republics"), with those of
   * the entity it lies in (a city is in its country's): a question naming one asks of its members.
   */
  groups?: string[];
  /** Of a State that no longer exists: the ids of the States it became (a city in one lay in it). */
  successors?: string[];
  /** Of a region or group: the types of its members ("country", and "city" through them). */
  memberTypes?: string[];
  aliases: string[];
  file: string;
}

/** Literal role types; any other type names an entity type. */
export const LITERAL_TYPES = new Set(["text", "number", "percent"]);

export interface Role {
  name: string;
  types: string[];
  /** True when every type is literal (text/number/percent): values are not entities. */
  literal: boolean;
  main: boolean;
  many: boolean;
  optional: boolean;
  /** The person's own country ("Was Ian Borg Maltese?" is asked of it, never of where he was arrested). */
  nationality: boolean;
  /** May "who" ask it? False for a thing named like a body (a post that stood vacant). */
  agent: boolean;
  /** May a question ask for it? False for a role that only words the answer (a post's title). */
  asked: boolean;
  cues: string[];
  /** Words that explain a question only where this role is the one asked ("who chaired the Berlin Council?"). */
  askedCues: string[];
  /**
   * The entity a question means when it names nothing at all of the relation ("which presidential
   * election had the lowest share" is of Kazakhstan's, though Russia's 2012 one is in the table).
   */
  default?: string;
}

export interface Relation {
  id: string;
  name: string;
  about: string;
  cues: string[];
  words: string[];
  context: string[];
  roles: Role[];
  mainRole: Role;
  time: "exclusive" | "events" | "states";
  exclusivePer?: string;
  closed: boolean;
  /** The earliest such facts are not in the table: "the first …" of all is never answered. */
  missingEarliest: boolean;
  /** At most one such fact in a calendar year (the annual Ministerial Council): another that year refutes a claim. */
  onePerYear: boolean;
  /** Roles whose values a fact of this relation has at most once, ever (a capital left, an institution created): another time refutes a claim. */
  oncePer?: string[];
  /** Words of which a question must say one (unless it names a role's value or a time): "the OSCE's motto" is no Chairmanship's. */
  needs: string[];
  /** Read only where the question says one of its cues: its facts are a stance, and a name alone ("did the US back the bid?") must never find the opposite one. */
  needsCue: boolean;
  /** Cue concepts whose words a yes/no also checks against the facts' text: "free and fair" brings a question to the verdicts and is what it claims of them. */
  checkedCues: string[];
  /** The table lists every such fact up to this day (YYYY-MM-DD): none in a time before it is a count of 0. */
  completeUntil?: string;
  /** Every such fact from this day on is listed (YYYY-MM-DD): before it, some are missing. */
  completeFrom?: string;
  related: string[];
  /**
   * Relations of events that date a question of this one: "the term Nazarbayev won in April 2011" is the
   * term in force on that election's day, which a year alone cannot say where the rule changed within it.
   */
  datedBy: string[];
  /** Relations whose fact with the same names refutes a claim here: the US reported opposing the bid did not support it. */
  contrary: string[];
  /** Relations holding the rest of one ranking (the winner of an election whose other parties are here). */
  rankedWith: string[];
  /** The relations that name this one in their ranked_with: the runner-up of a winner here is there. */
  rankedBelow: string[];
  /** Of meetings: the one-at-a-time relation whose country on a meeting's first day chaired it ("held at home"). */
  chairedBy?: string;
  /** The role of the person each fact says holds a post ("what posts did Zannier hold?" gathers them from every such relation). */
  postOf?: string;
  /** How a fact reads: `say` in general (and for what no longer holds), `sayPresent` for a fact still holding. */
  say: string;
  sayPresent?: string;
  /** How a "No" reads when nothing else is known: "{state} is not an OSCE participating State". */
  sayNot?: string;
  patterns: string[];
  examples: ExampleData[];
  file: string;
}

export type RoleValue =
  | { kind: "entity"; entity: Entity }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number | string; percent: boolean };

export interface Fact {
  id: string;
  relation: Relation;
  values: Map<string, RoleValue[]>;
  validity: Validity | null;
  period?: string;
  status: FactStatus;
  /** For readers. Curator-only fields (curator_note, a source's copy_url and note) are not loaded. */
  note?: string;
  /** YYYY-MM-DD: when a curator last confirmed the fact against its sources. */
  checked: string;
  sources: Source[];
  file: string;
  line?: number;
}

export interface FactTable {
  dir: string;
  /** A short hash of every loaded file's content: which version of the table answered. */
  revision: string;
  lexicon: LexiconData;
  entities: Map<string, Entity>;
  relations: Map<string, Relation>;
  facts: Fact[];
}
