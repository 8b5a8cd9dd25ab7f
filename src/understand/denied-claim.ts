/**
 * "Kazakhstan did not chair the OSCE in 2010.", "Zannier was never Secretary General, right?": a claim
 * that denies something. Read with its negation left out it is the plain claim, whose verdict is the
 * opposite one. A question word or a question put with its verb first and the negation inside ("did
 * Kazakhstan not chair …?") has no one plain reading: it is named so, to be left unanswered.
 */

/** A verb negated: "did not", "wasn't", "has never", "never". */
const NEGATED_VERB = /\b(?:did|does|do|was|were|is|are|has|have|had)\s+(?:not|never)\b|\b(?:didn|doesn|don|wasn|weren|isn|aren|hasn|haven|hadn)['’]?t\b|\bnever\b/i;
/** "…, didn't it?", "… wasn't he": a tag asks of the claim before it; it denies nothing. */
const NEGATED_TAG = /\b(?:didn|doesn|don|wasn|weren|isn|aren|hasn|haven|hadn)['’]?t\s+(?:it|he|she|they|there|that|this|we|you)\b\W*$|\b(?:did|does|was|were|is|are|has|have|had)\s+(?:it|he|she|they|there|that|this)\s+not\b\W*$/i;
/** Said by someone: what was said negated is the content of a statement, checked as it is. */
const REPORTED = /\b(?:said|say|says|saying|stated|states|concluded|concludes|found|finds|noted|notes|reported|reports|called|calls|according|assessed|judged|declared|announced|claimed|claims)\b/i;
/** A question word first, or a verb first: a question, not a claim. */
const ASKED_FIRST = /^\W*(?:who|whom|whose|what|when|where|which|why|how|did|does|do|was|were|is|are|has|have|had|can|could|will|would)\b/i;
/** A question put with a negative verb first ("Didn't Kazakhstan chair in 2010?") asks the plain question. */
const NEGATIVE_FIRST = /^\W*(?:didn|doesn|don|wasn|weren|isn|aren|hasn|haven|hadn)['’]?t\b/i;

/** "did Kazakhstan not chair …?", "is Astana no longer …": a verb first, its subject, then the negation. */
const NEGATED_AFTER_SUBJECT = /^\W*(?:did|does|do|was|were|is|are|has|have|had)\s+(?:[^\s,;:?]+\s+){1,4}?(?:not|never|no\s+longer)\b/i;

/** "No summit …", "no Kazakh …": a claim that none was. */
const NONE_FIRST = /^\W*no\s+(?=(?!longer\b|one\b|doubt\b|worries\b|problem\b|rush\b|idea\b|clue\b|need\b)\p{L})/iu;

/** "there's been no summit since Astana", "is it true there were no …": that none was, said of "there". */
const THERE_NONE = /\bthere(?:['’]s|\s+(?:is|has|have|was|were|had))\s+(?:been\s+)?(no)\s+(?=(?!longer\b|one\b|doubt\b|need\b)\p{L})/iu;

/** "Rama was FM only, not its prime minister, while CiO": a contrast with no verb, which no plain claim turns round. */
// (Only "only, not …": "the 2010 CiO, not the country" or "final, not the prelim" says which one is asked.)
const CONTRAST_NOT = /\bonly\s*[,;–—]?\s*not\s+\p{L}/iu;
const WH_FIRST = /^\W*(?:who|whom|whose|what|when|where|which|why|how)\b/i;

export type Denial = { kind: "claim"; plain: string } | { kind: "unclear" };

/** What kind of denial the text is, or null where it denies nothing (or only in a tag or a quote of someone's words). */
export function deniedClaim(text: string): Denial | null {
  const body = text.replace(NEGATED_TAG, "");
  if (NEGATED_AFTER_SUBJECT.test(body) || (CONTRAST_NOT.test(body) && !WH_FIRST.test(body))) return { kind: "unclear" };
  // ("No OSCE summit has been held since 2010.": the plain claim is that one has.)
  const none = NONE_FIRST.exec(body);
  if (none && !NEGATED_VERB.test(body.slice(none[0].length))) return { kind: "claim", plain: checked(`a ${body.slice(none[0].length)}`) };
  const there = THERE_NONE.exec(body);
  // (Not asked of why or how: "why was there no SG in 2020" asks for a reason.)
  if (there && !NEGATED_VERB.test(body) && !WH_FIRST.test(body)) {
    const at = there.index + there[0].length - there[1]!.length - 1;
    return { kind: "claim", plain: checked(`${body.slice(0, at)} a ${body.slice(at + 3)}`.replace(/\s{2,}/g, " ")) };
  }
  const found = [...body.matchAll(new RegExp(NEGATED_VERB.source, "gi"))];
  if (found.length === 0 || NEGATIVE_FIRST.test(body)) return null;
  const first = found[0]!;
  if (REPORTED.test(body.slice(0, first.index))) return null;
  // (Only a negation in the question's own clause: "who got the 2024 chair? wasn't it to be Estonia",
  // "which country was expected to chair, but did not?" ask of what did happen.)
  if (ASKED_FIRST.test(body)) return /[?.;,:–—]|\bbut\b/.test(body.slice(0, first.index)) ? null : { kind: "unclear" };
  if (found.length > 1) return { kind: "unclear" };
  return { kind: "claim", plain: checked(`${body.slice(0, first.index)}${plainVerb(first[0])}${text.slice(first.index + first[0].length)}`.replace(/\s{2,}/g, " ")) };
}

/** The plain claim put up for checking: "…, right?" (unless it asks already). */
function checked(claim: string): string {
  return /\?\s*$/.test(claim) ? claim : `${claim.replace(/[\s.!]+$/, "")}, right?`;
}

/** "did not" → "did", "wasn't" → "was", "never" → "". */
function plainVerb(negated: string): string {
  if (/^never$/i.test(negated)) return "";
  return negated.replace(/\s+(?:not|never)$/i, "").replace(/n['’]?t$/i, "");
}

/** The verdict of the plain claim turned round: "Yes." → "No.", "No, …" → "Yes, …"; null without one. */
export function verdictTurned(answer: string): string | null {
  const m = /^(Yes|No|True|False)\b/.exec(answer);
  // ("Not after 2010; only in 2010 itself.", "Not Passy in 2005: …": the plain claim refuted.)
  if (!m) return /^Not\b/.test(answer) ? `Yes. ${answer}` : null;
  const turned = { Yes: "No", No: "Yes", True: "False", False: "True" }[m[1] as "Yes" | "No" | "True" | "False"];
  return `${turned}${answer.slice(m[0].length)}`;
}
