/**
 * What was expected, and what happened. "In December 2006 was Kazakhstan expected to chair in 2009 —
 * and did it?" asks two things: the expectation (as the table records it) and the outcome, which is the
 * plain question "did Kazakhstan chair in 2009?". "Did Kazakhstan chair in 2009, as everyone expected
 * in 2006?" asks only the outcome: the expectation is the reporter's premise, and its time is no time
 * of the question.
 */

/** "was Kazakhstan (widely) expected to chair in 2009": the subject and what it was expected to do. */
// ("kaz expected to chair in 2009", "'Kazakhstan was widely expected in late 2006 to chair in 2009'": said
// as a statement, the subject is what follows the last colon, quote or dash; a time of the expectation may
// come between it and what was expected.)
const EXPECTED_TO = /(?:\b(?:was|were|is|are)\s+|^\W*|[:;'"‘“]\s*|\s[–—-]\s*)([^,:;'"‘“–—?]+?)\s+(?:(?:was|were|is|are)\s+)?(?:(?:widely|generally|originally|first|still|once)\s+)?(?:expected|tipped|due|supposed|slated|set|poised)(?:\s+(?:in|by|as\s+of)\s+(?:early\s+|late\s+|mid-?\s*)?(?:[a-z]+\.?\s+)?(?:19|20)\d\d)?\s+to\s+(.+?)['"’”]?\s*$/i;
/** "was it expected … that Kazakhstan would chair in 2009", "the 2006 expectation that kaz would chair in 2009". */
const THAT_WOULD = /\bthat\s+(.+?)\s+would\s+(.+?)\s*$/i;
/** "… — and did it?", "? did that happen?", "and did it actually happen?": the outcome asked of what came before. */
const DID_IT = /^(.*\S)[\s?.!,;:–—-]*?\s+(?:and\s+|but\s+|so\s+)?did\s+(?:it|that|this|they)(?:\s+(?:actually|really|in\s+fact|eventually|end\s+up|ultimately|come\s+true|happen|go\s+ahead))*\s*\?*\s*$/i;
/** "was Kazakhstan expected …", "back in December 2006, was …", "dec 2006: was …": the expectation asked, its verb first, not stated. */
const EXPECTATION_ASKED = /(?:^\W*|[,:;]\s*|^\W*(?:back\s+)?in\s+[^,?:]{2,30}?,?\s+)(?:was|were|is|are)\s+(?!(?:widely|generally|originally|first|still|once)\b)/i;
/** "was the 2006 expectation that kaz would chair in 2009 correct?": the outcome alone. */
const EXPECTATION_RIGHT = /^\W*(?:was|is)\s+(.*?\bexpectation\s+that\s+.+?)\s+(?:correct|right|accurate|true|borne\s+out|met)\s*\?*\s*$/i;
/** ", as everyone expected in December 2006", "like was expected in 2006": a premise after a yes/no question. */
const AS_EXPECTED = /^(\W*(?:so\s+)?(?:did|was|were|has|had)\s.+?),?\s+(?:as|like)\s+(?:\w+\s+){0,3}?(?:expected|predicted|forecast|planned|anticipated|foreseen)\b.*$/i;

/** "as widely expected, Kazakhstan chaired in 2009": a premise before a claim; the claim is what is checked. */
const AS_EXPECTED_LEAD = /^\W*(?:as|like)\s+(?:\w+\s+){0,3}?(?:expected|predicted|forecast|planned|anticipated|foreseen)\b[^,;:–—]{0,30}[,;:–—]\s*(\S.*)$/i;

/** "Kazakhstan chaired in 2009 as planned, didn't it?": a claim that a plan was kept claims what happened; its tag stays. */
const AS_PLANNED_IN_CLAIM = /^(\W*(?!(?:did|was|were|has|had|is|are|who|what|which|when|where|how)\b)[^?,;]+?),?\s+(?:as|like)\s+(?:originally\s+)?(?:planned|scheduled|expected)\b(\s*,\s*(?:didn'?t|wasn'?t|right|correct|true)\b[^?]*\?*|\s*\?*)\s*$/i;

export interface ExpectedOutcome {
  /** The expectation's own question, where it is asked too (null where only the outcome is). */
  expectation: string | null;
  /** The plain question of what happened: "did Kazakhstan chair in 2009?". */
  outcome: string;
  /** Only its "No" answers: "Greece chaired in 2009 as planned" is more than that Greece chaired then. */
  onlyRefuted?: boolean;
}

export function expectedOutcome(text: string): ExpectedOutcome | null {
  const right = EXPECTATION_RIGHT.exec(text);
  if (right) {
    const outcome = outcomeOf(right[1]!);
    return outcome ? { expectation: null, outcome } : null;
  }
  const lead = AS_EXPECTED_LEAD.exec(text);
  if (lead) return { expectation: null, outcome: lead[1]!.trim() };
  const aside = AS_EXPECTED.exec(text);
  if (aside) return { expectation: null, outcome: `${aside[1]!.replace(/^\W*so\s+/i, "").trim()}?` };
  const claimed = AS_PLANNED_IN_CLAIM.exec(text);
  if (claimed) return { expectation: null, outcome: `${claimed[1]!.trim()}${claimed[2]!}`, onlyRefuted: true };
  const did = DID_IT.exec(text);
  if (!did) return null;
  const said = did[1]!.replace(/[\s?.!,;:–—-]+$/, "");
  const outcome = outcomeOf(said);
  // ("dec 2006: kaz expected to chair in 2009 — did it?": an expectation stated, not asked, is the reporter's premise.)
  return outcome ? { expectation: EXPECTATION_ASKED.test(said) ? `${said}?` : null, outcome } : null;
}

/** "was kaz expected to chair in 2009" → "did kaz chair in 2009?"; null where nothing was expected. */
function outcomeOf(expectation: string): string | null {
  const would = THAT_WOULD.exec(expectation);
  const m = would ?? EXPECTED_TO.exec(expectation);
  if (!m || (!would && !/\b(?:expected|tipped|due|supposed|slated|set|poised)\s+(?:[^,;]{0,30}?\s)?to\b/i.test(expectation))) return null;
  const [subject, deed] = [m[1]!.trim(), m[2]!.trim()];
  if (/^(?:it|there)$/i.test(subject) || subject.split(/\s+/).length > 5) return null;
  return `did ${subject} ${deed}?`;
}
