/**
 * Every word and phrase factdesk understands, compiled once at load into look-up tables:
 * entity names and aliases, lexicon concepts, question words, order words, fillers, and the plain
 * words relations use in their cues and patterns. Questions are then read left to right with
 * longest-phrase-first look-ups; no table is scanned per question.
 */
import type { Entity, FactTable } from "../facts/model.js";
import { storeOf } from "../facts/table-store.js";
import type { AskKind, LexiconData, OperationKind } from "../facts/schema.js";
import { phraseVariants, tokens as phraseTokens } from "../text/normalise.js";
import { quickPhraseVariants } from "../text/quick-forms.js";
import { stem } from "../text/stem.js";
import { dayNumber } from "../time/days.js";
import { FuzzyIndex } from "./fuzzy.js";
import { CompactVocabulary, compactVocabulary, type CompactVocabData, type Name, type Phrase } from "./compact-vocabulary.js";

export type Meaning =
  | { kind: "entity"; entity: Entity; requireRaw?: string }
  | { kind: "concept"; concept: string }
  | { kind: "ask"; ask: AskKind }
  | { kind: "order"; order: "before" | "after" }
  | { kind: "operation"; operation: OperationKind }
  /** A comparison that holds only when a figure follows the phrase ("top 97%"). */
  | { kind: "figure"; figure: "greater" | "lesser" };

/** Concepts that only describe the shape of a question; every relation accepts them. */
export const SHAPE_CONCEPTS = new Set(["currently", "time_word", "count_word", "country_word", "place_word", "first", "last"]);

export class Vocabulary {
  private byFirst = new Map<string, Phrase[]>();
  /** The same phrases by their whole matching form: only needed while phrases are added (see `compact`). */
  private byForm: Map<string, Phrase> | null = new Map();
  /** Multi-word phrases again, by the stems of their words ("chairpersons in office"). */
  private readonly byFirstStem = new Map<string, Array<{ stems: string[]; phrase: Phrase }>>();
  /**
   * Multi-word names, to find them in any word order ("Almaty OSCE centre"), each listed under its
   * rarest word only (every word must be in the question anyway): a question with "University" or a
   * common first name looks at a handful of names, not thousands. `seq`: the order names were added.
   */
  private namesByWord = new Map<string, Name[]>();
  private names: Name[] | null = [];
  /**
   * After `pack`: `byFirst` and `namesByWord` in typed arrays (what the table cache saves), read
   * through `packed`; the two maps are then empty.
   */
  private packedData: CompactVocabData | null = null;
  declare private packed: CompactVocabulary | undefined;
  private readonly stems = new Map<string, string>();
  readonly typeNouns = new Map<string, string>();
  readonly fuzzy = new FuzzyIndex();
  readonly fillers: Set<string>;
  readonly present: Set<string>;
  readonly past: Set<string>;
  readonly yesNo: Set<string>;
  /** Titles that are noise only before a capitalised name ("Ambassador Glover"). */
  readonly honorifics: Set<string>;
  /** Forms never read as an inflection of a known word ("contested" ≠ "contest"): unexplained unless a fact's text has them. */
  readonly falseFriends: Set<string>;
  /** Stems of words that make a post another post: see `qualifiers` in the lexicon. */
  readonly qualifiers: Set<string>;
  /** Groups of concepts that exclude one another (`contrasts` in the lexicon). */
  readonly contrasts: readonly string[][];
  /** The same words as written ("acting": its stem is also that of "act"). */
  readonly qualifierWords: Set<string>;
  /** Names something had only until a day (`era_names` in the lexicon): form → last day, and the thing named. */
  readonly eraNames = new Map<string, { until: number; entity: string | undefined }>();
  /** Verbs of handing over, as tokens ("took over"), longest first: see handover.ts. */
  readonly handoverVerbs: string[][];
  private readonly conceptPhrases = new Map<string, readonly string[]>();
  /** Words of people's and places' names: a typo is never "corrected" into one by adding letters ("Valtonena"). */
  readonly nameWords = new Set<string>();
  /** Words of people's names alone: where a near spelling of a person's full name can start or end. */
  readonly personNameWords = new Set<string>();
  /** Acronyms ("OSCE", "ASEAN"): one letter off is another organisation, never a typo of this one. */
  readonly acronyms = new Set<string>();
  /** Words asking when something began ("joined", "appointed"): time then means "began during". */
  readonly starting: Set<string>;
  /** Concepts whose words are also fillers ("get", "say"): explained if a relation uses them, otherwise ignored. */
  readonly softConcepts = new Set<string>();
  /** Of those, the plain words of beginning ("became") another relation registered. */
  readonly startingConcepts = new Set<string>();

  constructor(readonly lexicon: LexiconData, entities: Iterable<Entity>) {
    this.fillers = new Set(lexicon.fillers.flatMap(phraseTokens));
    this.present = new Set(lexicon.present.map((w) => phraseVariants(w)[0]!));
    this.past = new Set(lexicon.past.map((w) => phraseVariants(w)[0]!));
    this.yesNo = new Set(lexicon.yes_no.map((w) => phraseVariants(w)[0]!));
    this.starting = new Set(lexicon.starting.map((w) => phraseVariants(w)[0]!));
    this.honorifics = new Set(lexicon.honorifics.map((w) => phraseVariants(w)[0]!));
    this.falseFriends = new Set(lexicon.false_friends.map((w) => phraseVariants(w)[0]!));
    this.qualifiers = new Set(lexicon.qualifiers.map((w) => stem(phraseVariants(w)[0]!)));
    this.qualifierWords = new Set(lexicon.qualifiers.map((w) => phraseVariants(w)[0]!));
    this.contrasts = lexicon.contrasts;
    this.handoverVerbs = lexicon.handover.map((w) => phraseVariants(w)[0]!.split(" ")).sort((a, b) => b.length - a.length);
    for (const e of entities) {
      for (const alias of [e.name, ...e.aliases]) {
        const short = alias.length <= 3 && alias === alias.toUpperCase() && /[A-Z]/.test(alias);
        const forms = quickPhraseVariants(alias);
        for (const form of forms) this.addPhrase(form, { kind: "entity", entity: e, ...(short ? { requireRaw: alias } : {}) });
        const words = [...new Set(forms[0]!.split(" ").filter((w) => !this.fillers.has(w)))];
        for (const w of words) this.nameWords.add(w);
        if (e.type === "person") for (const w of words) this.personNameWords.add(w);
        if (/^[A-Z]{2,}$/.test(alias)) this.acronyms.add(alias.toLowerCase());
        if (words.length >= 2) this.names!.push({ entity: e, words, seq: this.names!.length });
      }
    }
    this.indexNames();
    for (const [name, until] of Object.entries(lexicon.era_names)) {
      const form = phraseVariants(name)[0]!;
      const [y, m, d] = until.split("-").map(Number) as [number, number, number];
      const named = this.phraseAt(form.split(" "), 0)?.meanings.find((x) => x.kind === "entity");
      this.eraNames.set(form, { until: dayNumber(y, m, d), entity: named?.kind === "entity" ? named.entity.id : undefined });
    }
    for (const [phrase, ask] of Object.entries(lexicon.asks)) this.addPhrase(phraseVariants(phrase)[0]!, { kind: "ask", ask });
    for (const [order, words] of Object.entries(lexicon.order) as Array<["before" | "after", string[]]>)
      for (const w of words) this.addPhrase(phraseVariants(w)[0]!, { kind: "order", order });
    for (const [operation, words] of Object.entries(lexicon.operations) as Array<[OperationKind, string[]]>)
      for (const w of words) for (const form of phraseVariants(w)) this.addPhrase(form, { kind: "operation", operation });
    for (const [figure, words] of Object.entries(lexicon.figure_operations) as Array<["greater" | "lesser", string[]]>)
      for (const w of words) for (const form of phraseVariants(w)) this.addPhrase(form, { kind: "figure", figure });
    for (const [concept, words] of Object.entries(lexicon.concepts)) {
      for (const w of words) {
        for (const form of phraseVariants(w)) {
          const parts = form.split(" ");
          if (parts.length === 1 && this.fillers.has(form)) this.softConcepts.add(concept);
          if (parts.length === 1) this.stems.set(stem(form), concept);
          this.addPhrase(form, { kind: "concept", concept });
        }
      }
    }
    for (const [type, nouns] of Object.entries(lexicon.types)) for (const n of nouns) for (const form of phraseVariants(n)) this.typeNouns.set(form, type);
  }

  private addPhrase(form: string, meaning: Meaning): void {
    if (!form) return;
    this.unpack();
    const parts = form.split(" ");
    const first = parts[0]!;
    this.byForm ??= new Map([...this.byFirst.values()].flatMap((list) => list.map((p) => [p.tokens.join(" "), p] as const)));
    let phrase = this.byForm.get(form);
    if (!phrase) {
      phrase = { tokens: parts, meanings: [] };
      this.byForm.set(form, phrase);
      let list = this.byFirst.get(first);
      if (!list) this.byFirst.set(first, (list = []));
      // Longest first, and in the order added among equal lengths (a find and a sort per phrase
      // was quadratic in the names sharing a first word: "Anton …", "University of …").
      let at = list.length;
      while (at > 0 && list[at - 1]!.tokens.length < parts.length) at--;
      list.splice(at, 0, phrase);
    }
    if (!phrase.meanings.some((m) => sameMeaning(m, meaning))) phrase.meanings.push(meaning);
    if (parts.length > 1 && meaning.kind !== "entity") {
      const stems = parts.map(stem);
      let byStem = this.byFirstStem.get(stems[0]!);
      if (!byStem) this.byFirstStem.set(stems[0]!, (byStem = []));
      if (!byStem.some((x) => x.phrase === phrase)) {
        byStem.push({ stems, phrase });
        byStem.sort((a, b) => b.stems.length - a.stems.length);
      }
    }
    for (const p of parts) if (!this.fillers.has(p)) this.fuzzy.add(p);
  }

  /**
   * The concept a relation's cue or word stands for: a lexicon concept id, a lexicon word or phrase,
   * or else the plain word itself (registered here so questions can match it, with its inflections).
   */
  conceptFor(word: string): string {
    if (this.lexicon.concepts[word]) return word;
    const form = phraseVariants(word)[0] ?? "";
    const parts = form.split(" ");
    const phrase = this.phrasesStarting(parts[0]!)?.find((p) => p.tokens.length === parts.length && p.tokens.every((t, i) => t === parts[i]));
    const known = phrase?.meanings.find((m) => m.kind === "concept");
    if (known?.kind === "concept") return known.concept;
    if (parts.length === 1) {
      // A filler ("had", "was") never becomes a concept: questions treat it as noise everywhere.
      if (this.fillers.has(form)) return `w:${form}`;
      const s = stem(form);
      const existing = this.stems.get(s);
      if (existing) return existing;
      const id = `w:${s}`;
      this.stems.set(s, id);
      this.fuzzy.add(form);
      // "became", "appointed": words asking when something began are explained by any relation.
      if (this.starting.has(form)) {
        this.softConcepts.add(id);
        this.startingConcepts.add(id);
      }
      return id;
    }
    const id = `w:${form}`;
    this.addPhrase(form, { kind: "concept", concept: id });
    return id;
  }

  /** Drops what only adding phrases needs (a large table's names twice over); adding more rebuilds it. */
  compact(): void {
    this.byForm = null;
  }

  /** Packs the phrase and name tables into typed arrays, entities by their number in `table`. */
  pack(table: FactTable): void {
    const store = storeOf(table);
    this.packedData = compactVocabulary(this.byFirst, this.namesByWord, (e) => store.numberOf(e));
    this.byFirst = new Map();
    this.namesByWord = new Map();
    this.attach(table);
  }

  /** Reads the packed tables through `table`'s store (after `pack`, and when the table cache revived the vocabulary). */
  attach(table: FactTable): void {
    if (this.packedData)
      Object.defineProperty(this, "packed", { value: new CompactVocabulary(this.packedData, storeOf(table)), enumerable: false, writable: true, configurable: true });
  }

  /** Back to plain maps, to add phrases (no start does: phrases are added while the vocabulary is built). */
  private unpack(): void {
    if (!this.packed) return;
    this.byFirst = this.packed.allPhrases();
    this.namesByWord = this.packed.allNames();
    this.packedData = null;
    this.packed = undefined;
  }

  /** Every phrase whose first word is `first`, longest first. */
  phrasesFrom(first: string): readonly Phrase[] | undefined {
    return this.phrasesStarting(first);
  }

  private phrasesStarting(first: string): Phrase[] | undefined {
    return this.byFirst.get(first) ?? this.packed?.phrases(first);
  }

  /** Longest phrase starting at `tokens[i]`: as written, or (for multi-word phrases) by stems. */
  phraseAt(forms: string[], i: number): Phrase | undefined {
    let found: Phrase | undefined;
    for (const p of this.phrasesStarting(forms[i]!) ?? []) {
      if (i + p.tokens.length > forms.length) continue;
      let ok = true;
      for (let k = 1; k < p.tokens.length; k++) if (forms[i + k] !== p.tokens[k]) { ok = false; break; }
      if (ok) {
        found = p;
        break;
      }
    }
    const byStem = this.byFirstStem.get(stem(forms[i]!));
    if (byStem) {
      for (const { stems, phrase } of byStem) {
        if (found && found.tokens.length >= stems.length) break;
        if (i + stems.length > forms.length) continue;
        let ok = true;
        for (let k = 1; k < stems.length; k++) if (stem(forms[i + k]!) !== stems[k]) { ok = false; break; }
        if (ok) return phrase;
      }
    }
    return found;
  }

  /**
   * Multi-word names whose words all occur within a short window of `forms`, in any order, with
   * the positions they cover. The longest names first, so "OSCE Centre in Almaty" beats "Almaty".
   */
  namesInAnyOrder(forms: string[], window = 6): Array<{ entity: Entity; positions: number[] }> {
    // Every name whose words are all there, within the window; then, as if the question were read
    // word by word: a name is met at its first word in the question (then in the order names were
    // added), an entity counts once, and the longest names come first.
    const found: Array<{ entity: Entity; positions: number[]; first: number; seq: number }> = [];
    for (const f of new Set(forms)) {
      for (const name of this.namesByWord.get(f) ?? this.packed?.names(f) ?? []) {
        const positions = name.words.map((w) => forms.indexOf(w));
        if (positions.some((p) => p < 0) || Math.max(...positions) - Math.min(...positions) >= window || this.wordsBetween(forms, positions)) continue;
        found.push({ entity: name.entity, positions, first: Math.min(...positions), seq: name.seq });
      }
    }
    if (found.length === 0) return [];
    found.sort((a, b) => a.first - b.first || a.seq - b.seq);
    const seen = new Set<Entity>();
    const out: Array<{ entity: Entity; positions: number[] }> = [];
    for (const x of found)
      if (!seen.has(x.entity)) {
        seen.add(x.entity);
        out.push({ entity: x.entity, positions: x.positions });
      }
    return out.sort((a, b) => b.positions.length - a.positions.length);
  }

  /**
   * A verb of change between a name's words parts them: "programme office renamed back to astana" names
   * two things. (Not where one side is only the organisation's name: "the OSCE renamed its Astana office".)
   */
  private wordsBetween(forms: string[], positions: number[]): boolean {
    for (let p = Math.min(...positions) + 1; p < Math.max(...positions); p++) {
      if (positions.includes(p) || !this.starting.has(forms[p]!)) continue;
      const sides = [positions.filter((q) => q < p), positions.filter((q) => q > p)];
      if (sides.every((side) => side.some((q) => !this.namesOrganization(forms[q]!)))) return true;
    }
    return false;
  }

  private namesOrganization(form: string): boolean {
    return !!this.phraseAt([form], 0)?.meanings.some((m) => m.kind === "entity" && m.entity.type === "organization");
  }

  private indexNames(): void {
    const names = this.names ?? [];
    const count = new Map<string, number>();
    for (const n of names) for (const w of n.words) count.set(w, (count.get(w) ?? 0) + 1);
    for (const n of names) {
      let rarest = n.words[0]!;
      for (const w of n.words) if (count.get(w)! < count.get(rarest)!) rarest = w;
      const list = this.namesByWord.get(rarest);
      if (list) list.push(n);
      else this.namesByWord.set(rarest, [n]);
    }
    this.names = null;
  }

  /** The words and phrases (matching form) that mean a concept; a plain-word concept is its own stem. Made once per concept. */
  phrasesOf(concept: string): readonly string[] {
    let phrases = this.conceptPhrases.get(concept);
    if (!phrases) {
      phrases = concept.startsWith("w:") ? [concept.slice(2)] : (this.lexicon.concepts[concept] ?? []).flatMap((w) => phraseVariants(w));
      this.conceptPhrases.set(concept, phrases);
    }
    return phrases;
  }

  /** The concept of a single word by its stem ("chaired" → chair), if any. */
  conceptOfWord(form: string): string | undefined {
    return this.stems.get(stem(form));
  }

  isKnownWord(form: string): boolean {
    return this.phrasesStarting(form) !== undefined || this.stems.has(stem(form)) || this.fillers.has(form) || this.fuzzy.has(form);
  }
}

function sameMeaning(a: Meaning, b: Meaning): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "entity":
      return a.entity === (b as typeof a).entity;
    case "concept":
      return a.concept === (b as typeof a).concept;
    case "ask":
      return a.ask === (b as typeof a).ask;
    case "order":
      return a.order === (b as typeof a).order;
    case "operation":
      return a.operation === (b as typeof a).operation;
    case "figure":
      return a.figure === (b as typeof a).figure;
  }
}

export function buildVocabulary(table: FactTable): Vocabulary {
  return new Vocabulary(table.lexicon, table.entities.values());
}
