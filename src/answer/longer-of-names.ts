/**
 * "Who chaired for a bigger part of 2018, Alfano or Moavero Milanesi?", "Of the Secretaries General,
 * who served the longest: Greminger, Zannier or Schmid?": people offered by name, compared by how long
 * each held what the question asks — within the year said, or in all. The question without the names
 * and the comparison says what was held; each name's time is counted from that kind of fact. Where
 * dates known only to the month leave the comparison open, there is no answer.
 */
import type { Fact } from "../facts/model.js";
import type { Answer } from "../model/answer.js";
import { renderFact } from "../compose/render-fact.js";
import { lengthText } from "../query/span-length.js";
import { certainSpan, possibleEnd, possibleStart } from "../time/validity.js";
import type { EntityMention, QuestionParse } from "../understand/question-parse.js";

type Entity = EntityMention["entity"];

// ("did A or B spend more of 2018 as CiO?": the time spent is the comparison's own word.)
const LONGER = /\b(?:(?:spend|spent|spends)\s+)?(?:for\s+)?(?:(?:a|the)\s+)?(?:(?:bigger|larger|greater|longer)\s+(?:part|share|portion|stretch)\s+of|more\s+of|most\s+of|longer|longest)\b/i;
const SHORTER = /\b(?:(?:spend|spent|spends)\s+)?(?:for\s+)?(?:(?:a|the)\s+)?(?:(?:smaller|shorter)\s+(?:part|share|portion|stretch)\s+of|less\s+of|shorter|shortest)\b/i;
const WORD = /[\p{L}\p{N}'’.-]+|[,:;?!—–]/gu;
const AUX = /^(?:was|were|did|had|has)$/i;

/** The question with the names and the comparison taken out, the people offered, and which way they are compared. */
export interface LongerOfNames {
  question: string;
  people: Entity[];
  longer: boolean;
}

/** What a message compares, or null where it offers no two people and asks no longer or shorter. */
export function longerOfNames(text: string, read: (t: string) => Readonly<QuestionParse>): LongerOfNames | null {
  const longer = LONGER.exec(text);
  const shorter = longer ? null : SHORTER.exec(text);
  const way = longer ?? shorter;
  if (!way || !/\bor\b/i.test(text)) return null;
  const words = [...text.matchAll(WORD)].map((m) => ({ form: m[0], at: m.index! }));
  const run = offeredRun(words.map((w) => w.form), read);
  if (!run) return null;
  const [from, to] = [words[run.from]!.at, run.to < words.length ? words[run.to]!.at : text.length];
  // ("In 2008, was Kanerva or Stubb CiO for more of the year?": the names were the subject — "who" stands in.)
  const lead = run.from > 0 && AUX.test(words[run.from - 1]!.form) ? "who " : "";
  const withoutNames = `${text.slice(0, from).replace(/(\S+)\s*$/, (aux) => (lead ? `${lead}${aux}` : aux))} ${text.slice(to)}`;
  const question = tidy(withoutNames.replace(way === longer ? LONGER : SHORTER, (said) => (/\bof$/i.test(said) ? "in" : "")));
  return { question, people: run.people, longer: !!longer };
}

/** The longest run of one-person names joined by commas, "or" and "and", with at least one "or". */
function offeredRun(forms: string[], read: (t: string) => Readonly<QuestionParse>): { from: number; to: number; people: Entity[] } | null {
  for (let from = 0; from < forms.length; from++) {
    const people: Entity[] = [];
    let at = from;
    let ors = 0;
    for (;;) {
      const name = personAt(forms, at, read);
      if (!name) break;
      people.push(name.entity);
      at += name.words;
      const join = forms[at]?.toLowerCase();
      const next = join === "," && forms[at + 1]?.toLowerCase() === "or" ? 2 : join === "," || join === "or" || join === "and" ? 1 : 0;
      if (!next || !personAt(forms, at + next, read)) break;
      if (forms.slice(at, at + next).some((f) => f.toLowerCase() === "or")) ors++;
      at += next;
    }
    if (people.length >= 2 && ors > 0 && new Set(people.map((p) => p.id)).size === people.length) return { from, to: at, people };
  }
  return null;
}

/** The one person named by the most words (at most four) from `at`. */
function personAt(forms: string[], at: number, read: (t: string) => Readonly<QuestionParse>): { entity: Entity; words: number } | null {
  for (let k = Math.min(4, forms.length - at); k >= 1; k--) {
    const part = forms.slice(at, at + k);
    if (part.some((f) => /^[,:;?!—–]$/.test(f) || /^(?:or|and)$/i.test(f))) continue;
    const parse = read(part.join(" "));
    if (parse.entities.length === 1 && parse.entities[0]!.entity.type === "person" && parse.unknown.length === 0 && parse.concepts.size === 0 && parse.times.length === 0) return { entity: parse.entities[0]!.entity, words: k };
  }
  return null;
}

function tidy(text: string): string {
  const t = text.replace(/\s+([,:;?!])/g, "$1").replace(/([,:;—–])\s*(?=[,:;?!—–]|$)/g, "").replace(/^[\s,:;—–-]+/, "").replace(/\s{2,}/g, " ").trim();
  return /\?$/.test(t) ? t : `${t.replace(/[.!]+$/, "")}?`;
}

/** Days of a fact within a window: [surely, at most]. */
function daysWithin(fact: Fact, window: [number, number], today: number): [number, number] {
  const v = fact.validity!;
  const [sureFrom, sureTo] = certainSpan(v);
  const overlap = (a: number, b: number) => Math.max(0, Math.min(b, window[1]) - Math.max(a, window[0]) + 1);
  return [overlap(sureFrom, Math.min(sureTo, today)), overlap(possibleStart(v), possibleEnd(v, today))];
}

/**
 * The one of the people who held it longest (or shortest) in the window, with each one's time; null
 * unless every one held it, and the one picked did so surely longer (or shorter) than any other could have.
 */
export function comparedHolding(asked: LongerOfNames, facts: Fact[], window: [number, number], today: number, label = ""): { text: string; facts: Fact[] } | null {
  const held = asked.people.map((p) => {
    const own = facts.filter((f) => f.validity && [...f.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && v.entity.id === p.id)));
    const days = own.map((f) => daysWithin(f, window, today)).reduce(([s, m], [a, b]) => [s + a, m + b], [0, 0]);
    return { person: p, own, sure: days[0], most: days[1] };
  });
  if (held.some((h) => h.own.length === 0 || h.most === 0)) return null;
  const pick = [...held].sort((a, b) => (asked.longer ? b.sure - a.sure : a.most - b.most))[0]!;
  const others = held.filter((h) => h !== pick);
  if (!others.every((h) => (asked.longer ? pick.sure > h.most : pick.most < h.sure))) return null;
  const about = (h: (typeof held)[number]) => `about ${lengthText(Math.round((h.sure + h.most) / 2))}`;
  const own = held.flatMap((h) => h.own);
  const way = asked.longer ? "for longer" : "for a shorter time";
  const rest = others.map((h) => `${h.person.name}, ${about(h)}`).join("; ");
  return { text: `${pick.person.name}, ${way}${label ? ` in ${label}` : ""}: ${about(pick)} (${rest}). ${own.map((f) => renderFact(f)).join(" ")}`, facts: own };
}

/** Whether an answer's facts are of one kind that names every person offered. */
export function kindNamingAll(answer: Answer, facts: Fact[], people: Entity[]): string | null {
  const kinds = new Set(answer.facts.map((f) => f.relation));
  const naming = [...kinds].filter((k) => people.every((p) => facts.some((f) => f.relation.id === k && [...f.values.values()].some((vs) => vs.some((v) => v.kind === "entity" && v.entity.id === p.id)))));
  return naming.length === 1 ? naming[0]! : null;
}
