/** Which meaning of a known phrase a question uses, and what that meaning records in the parse. */
import { stem } from "../text/stem.js";
import type { QuestionParse } from "./question-parse.js";
import type { Token } from "./tokenise.js";
import type { Meaning, Vocabulary } from "./vocabulary.js";
import { isFigure, statedBefore } from "./word-numbers.js";

const DISTINCT = new Set(["different", "distinct", "separate", "individual", "unique"]);

const PRIORITY: Record<Meaning["kind"], number> = { entity: 0, ask: 1, order: 2, operation: 3, figure: 3, concept: 4 };

const POSSESSIVES = new Set(["its", "their", "his", "her", "the"]);

/** Prepositions that compare only before a figure: "under 50%", but "under that name", "over time". */
const BEFORE_A_FIGURE_ONLY = new Set(["under", "over", "above", "below"]);

/**
 * "top 97%", or another figure named (or pointed back at with "one"): "did Nur Otan's 2021 share top its 2016 share?", "by how many
 * points did Nazarbayev's 2015 share exceed Tokayev's 2019 share?" (a name, its year, its share).
 */
export function figureFollows(forms: string[], at: number, vocab: Vocabulary): boolean {
  if (isFigure(forms[at])) return true;
  const shareWithin = (n: number) => forms.slice(at + 1, at + 1 + n).some((f) => vocab.conceptOfWord(f) === "share");
  // ("… 2022 result exceed his 2019 one?": "one" stands for the share said before the verb.)
  const oneForShare = (n: number) => forms.slice(at + 1, at + 1 + n).includes("one") && forms.slice(0, at).some((f) => vocab.conceptOfWord(f) === "share");
  // (The possessive's "'s" is gone by now: "tokayev 2019 share". A word of the question's own — "the top
  // winning share" — is no name.)
  return POSSESSIVES.has(forms[at] ?? "") ? shareWithin(2) || oneForShare(2) : !vocab.conceptOfWord(forms[at] ?? "") && shareWithin(3);
}

export function pickMeaning(meanings: Meaning[], toks: Token[], i: number, parse: QuestionParse, figureNext: boolean): Meaning | undefined {
  let best: Meaning | undefined;
  for (const m of meanings) {
    if (m.kind === "figure" && !figureNext) continue;
    // Short all-caps aliases ("US", "UK", "EU") only match when typed in capitals: "us" is a pronoun.
    if (m.kind === "entity" && m.requireRaw && toks[i]!.raw !== m.requireRaw) continue;
    // Only the first question word counts: "who … when it chaired" asks who.
    if (m.kind === "ask" && parse.ask !== null) continue;
    if (!best || PRIORITY[m.kind] < PRIORITY[best.kind]) best = m;
  }
  return best;
}

/** Records a meaning; returns how many extra tokens it consumed (a type noun after "which"). */
export function applyMeaning(m: Meaning, parse: QuestionParse, fuzzy: boolean, forms: string[], next: number, vocab: Vocabulary): number {
  switch (m.kind) {
    case "entity":
      return 0;
    case "concept":
      parse.concepts.set(m.concept, fuzzy || (parse.concepts.get(m.concept) ?? false));
      return 0;
    case "order":
      if (parse.order === null && parse.entities.length === 0) parse.orderLeadsNames = true;
      parse.order ??= m.order;
      return 0;
    case "operation":
      // ("40 party-list seats": the seats of the party lists, no list asked.)
      if (m.operation === "list" && forms[next - 2] === "party") return 0;
      parse.operations.add(m.operation);
      if (m.operation === "greater" || m.operation === "lesser") {
        if (BEFORE_A_FIGURE_ONLY.has(forms[next - 1]!) && !figureFollows(forms, next, vocab)) parse.looseComparison = true;
        else parse.firmComparison = true;
      }
      return 0;
    case "figure":
      parse.operations.add(m.figure);
      parse.firmComparison = true;
      return 0;
    case "ask": {
      parse.ask = m.ask;
      // "in which years …" asks for every time, not one.
      if (m.ask === "time" && /s$/.test(forms[next - 1] ?? "")) parse.plural = true;
      // "which country", "how many countries": the noun names the type asked for.
      if (m.ask !== "which" && m.ask !== "count") return 0;
      // "how manyth", "what number": the phrase names it itself.
      const own = vocab.typeNouns.get(forms[next - 1] ?? "");
      if (m.ask === "which" && own) {
        parse.askType = own;
        return 0;
      }
      // "which country", "what party", "which participating State" (longest type noun first);
      // "how many different countries" counts countries too.
      // ("which two people chaired in 2008", "what 3 countries": how many, then the type asked.)
      const counted = m.ask === "which" ? statedBefore(forms[next]) : null;
      const skip = (DISTINCT.has(forms[next] ?? "") ? 1 : 0) + (counted !== null ? 1 : 0);
      for (let len = 3; len >= 1; len--) {
        const noun = forms.slice(next + skip, next + skip + len).join(" ");
        const type = vocab.typeNouns.get(noun);
        if (type && !(len === 1 && vocab.phraseAt(forms, next + skip)?.tokens.length! > 1)) {
          parse.askType = type;
          if (m.ask === "count") parse.countNoun = stem(noun.split(" ").at(-1)!);
          // ("how many states in 1995": the noun counted still cues what holds them — the number of States.)
          // ("which minister held the chair": a person asked by the post's noun still says the post.)
          // (Not a word some relation lists of its own: "how many people" is no death toll's "people".)
          const cue = len === 1 && ((m.ask === "count" && type === "country") || type === "person") ? vocab.conceptOfWord(noun) : undefined;
          if (cue && !cue.startsWith("w:") && !parse.concepts.has(cue)) parse.concepts.set(cue, false);
          parse.plural = /s$/.test(noun) && noun !== "percentage";
          if (counted !== null) parse.statedCount ??= counted;
          return len + skip;
        }
      }
      // "which German city": a name before the type noun says which; the noun still names the type (both are read on).
      const named = next < forms.length ? vocab.phraseAt(forms, next) : undefined;
      const after = named?.tokens.length === 1 && named.meanings.some((x) => x.kind === "entity") ? vocab.typeNouns.get(forms[next + 1] ?? "") : undefined;
      if (after) {
        parse.askType = after;
        parse.plural = /s$/.test(forms[next + 1]!);
      }
      return 0;
    }
  }
}
