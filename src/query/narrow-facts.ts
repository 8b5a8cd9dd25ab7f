/**
 * Narrowing several facts to those the question's own words point at: phrases and words their text
 * says, the post's qualifiers, what "besides" leaves out, and the period a year names.
 */
import type { Fact } from "../facts/model.js";
import { dayNumber } from "../time/days.js";
import { possibleEnd, possibleStart } from "../time/validity.js";
import type { QueryPlan } from "../understand/match.js";
import { factTextStems } from "../understand/relation-profile.js";
import { labelsSay, type Spelling } from "../understand/concept-spellings.js";
import { tokens } from "../text/normalise.js";
import { stem } from "../text/stem.js";
import type { TimeScope } from "./execute.js";
import type { FactIndex } from "./fact-index.js";

/** Of several facts, those whose text says each phrase cue the question says (all, where none does). */
export function saying(facts: Fact[], plan: QueryPlan): Fact[] {
  if (facts.length < 2 || plan.saidPhrases.length === 0) return facts;
  const said = facts.filter((f) => {
    const stems = factTextStems(f, "all");
    return plan.saidPhrases.every((p) => tokens(p).every((w) => stems.has(stem(w))));
  });
  return said.length ? said : facts;
}

/**
 * Among several facts, those whose text values use the question's own words ("Asian", "dual standards"),
 * or spell out a short form it uses ("SG", "RFoM"), win.
 */
export function narrowByText(facts: Fact[], plan: QueryPlan): Fact[] {
  if (facts.length < 2) return facts;
  const spelled = plan.textWordSpellings();
  const names = plan.unboundNames();
  if (spelled.length + names.length + plan.freeWords.length === 0) return facts;
  const scores = facts.map((f) => {
    const labels = factTextStems(f, "labels");
    const all = factTextStems(f, "all");
    const values = factTextStems(f, "values");
    const saidOf = (stems: ReadonlySet<string>, words: Spelling[][]) => words.reduce((n, w) => n + (labelsSay(stems, w) ? 1 : 0), 0);
    return saidOf(labels, spelled) + saidOf(values, names) + plan.freeWords.reduce((n, w) => n + (all.has(w) ? 1 : 0), 0);
  });
  const best = Math.max(...scores);
  return best > 0 && scores.some((x) => x < best) ? facts.filter((_, i) => scores[i] === best) : facts;
}

/**
 * "Was Schmid appointed HCNM?": a name said but bound to no role, which some of the relation's own
 * facts spell out ("OSCE High Commissioner on National Minorities"), must be spelled by the facts kept —
 * the others are of another post. (A name no fact of the relation spells, "OSCE", limits nothing.)
 * Checking a claim, so must a concept said that some facts' labels spell: "was Abdrakhmanov appointed
 * SG?" is not borne out by his appointment as HCNM. (Not for other questions: a concept has many
 * spellings, and "who led the observers" is answered by a fact that says "observation mission".)
 */
export function withNamesSaid(facts: Fact[], plan: QueryPlan, index: FactIndex, claim = false): Fact[] {
  // ("Was he HCNM or Secretary General?": of names offered as a choice, one is the answer — never both.)
  if (facts.length === 0 || plan.choiceOffered) return facts;
  const said = [...plan.unboundNames().map((n) => ({ n, label: "values" as const })), ...(claim ? plan.titlesSpelled().map((n) => ({ n, label: "labels" as const })) : [])];
  if (said.length === 0) return facts;
  // (A concept is a post's where some fact's short label spells it; a fact kept may spell it anywhere in its values.)
  const known = said.filter((w) => index.facts(plan.relation.id).some((f) => labelsSay(factTextStems(f, w.label), w.n)));
  return known.length ? facts.filter((f) => known.every((w) => labelsSay(factTextStems(f, "values"), w.n))) : facts;
}

/**
 * "Who was foreign minister in 2004?": a Deputy Foreign Minister held another post. A title the
 * question names, with a qualifier the question does not say, does not answer it.
 */
export function withoutOtherPost(facts: Fact[], plan: QueryPlan): Fact[] {
  // "who was the ODIHR director's deputy?": a qualifier said that a fact's labels lack — another post.
  const said = plan.saidQualifiers.length ? facts.filter((f) => plan.saidQualifiers.every((q) => factTextStems(f, "labels").has(q))) : facts;
  if (!plan.unsaidQualifiers.length || !plan.textWords.length) return said;
  return said.filter((f) => {
    const labels = factTextStems(f, "labels");
    return !plan.textWords.some((w) => labels.has(w)) || !plan.unsaidQualifiers.some((q) => labels.has(q));
  });
}

/**
 * "What post did Saudabayev hold besides foreign minister?": the facts that say what is left out are not
 * the answer, nor those of a year set aside ("apart from the 2007 clean sweep"). "Besides X" says X is among the answers: where no fact says it, the table does not see
 * what the reporter sees, and there is no answer.
 */
export function withoutBesides(facts: Fact[], plan: QueryPlan, today: number): Fact[] {
  const left = plan.besides;
  if (!left) return facts;
  const kept = facts.filter((f) => {
    const values = [...f.values.values()].flat();
    if (values.some((v) => v.kind === "entity" && left.entities.includes(v.entity.id))) return false;
    if (f.validity && left.years?.some((y) => possibleStart(f.validity!) <= dayNumber(y, 12, 31) && possibleEnd(f.validity!, today) >= dayNumber(y))) return false;
    const text = values.map((v) => (v.kind === "text" ? v.text : v.kind === "entity" ? v.entity.name : "")).join(" ").toLowerCase();
    return !left.phrases.some((p) => new RegExp(`\\b${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(text));
  });
  // ("besides foreign minister" of facts none of which is one asks of something else; "(not Slovenia)" only makes sure.)
  return kept.length < facts.length || left.corrects ? kept : [];
}

/**
 * "Who chaired in 1993?": when facts carry period labels (the 1993 Chairmanship ran from
 * 14 December 1992), a question about a year means the one labelled with it.
 */
export function preferNamedPeriod(facts: Fact[], scope: TimeScope): Fact[] {
  if (scope.kind !== "query" || scope.time.grain !== "year" || scope.time.mode !== "at") return facts;
  const label = scope.time.label;
  const named = facts.filter((f) => f.period === label);
  return named.length ? named : facts;
}
