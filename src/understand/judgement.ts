/**
 * Questions that ask for a judgement, a forecast or what might have been ("Should the OSCE have given
 * Kazakhstan the chair?", "Would Estonia have been a better chair?", "How would voters rate the OSCE?",
 * "Was Nazarbayev right to threaten the missions?"). No fact answers them, however many facts their
 * names match: the answer is "I don't know", never the nearest fact.
 */

/**
 * A clause led by a modal ("Should …", "how would …", "and could …"); "could you", "would anyone"
 * are politeness, and a modal after a verb of saying or deciding ("Passy said … should", "it was
 * decided Ireland would chair") reports what someone said, which is a fact.
 */
const MODAL_LED = /(?:^|[.?!,;:]\s*|\b(?:and|but|so)\s+)(?:(?:how|what|why|who|which|where|when)\s+)?(?:should|would|could)\b(?!\s+(?:you|u|someone|anyone|somebody|anybody|i|we|it\s+be\s+(?:right|correct|fair|accurate)\s+to\s+say)\b)/i;

/** What might have been: "should have", "would've", "could have been". */
const COUNTERFACTUAL = /\b(?:should|would|could|might)(?:'ve|’ve|\s+have)\b/i;

/** A verdict on a person or a deed: "right to threaten", "a better president" (never "a better result"). */
// ("stay CiO right to the end of 2017?": "right to the …" is "all the way to", no verdict.)
const VERDICT = /\b(?:right|wrong|justified)\s+to\s+(?!say\b|call\b|describe\b|write\b|the\b|its\b|his\b|her\b|their\b)\w+|\ba\s+(?:better|worse)\s+(?!result|share|showing|score|turnout|percentage|figure|outcome|number)\w+/i;

/** An opinion asked of the bot: "what does factdesk think of …", "your view on …". */
// ("do you think the OSCE should move its Secretariat?": what ought to be, asked of the bot.)
const OPINION_ASKED = /\bwhat\s+(?:does|do|did)\s+(?:factdesk|you|u|the\s+bot)\s+think\b|\byour\s+(?:opinion|view|take|verdict)\b|\b(?:do|does|don't)\s+(?:you|u|factdesk|the\s+bot)\s+(?:think|believe|reckon|feel)\b.*\b(?:should|ought|must)\b/i;

/** A private view asked: "what did Nazarbayev personally think of Blair?", "how did Passy feel about …" — no record says it. */
const PRIVATE_VIEW = /\bwhat\s+(?:did|does|do)\s+.+?\s+(?:personally|privately|really|secretly)\s+(?:think|feel|believe)\b|\bhow\s+(?:did|does|do)\s+.+?\s+(?:personally\s+)?feel\s+about\b/i;

/**
 * A forecast asked: "what % will Amanat get next time, best guess?", "your prediction for the next
 * vote", "what are Tokayev's chances". (A guess asked of the past is a hedge: "2010, best guess?".)
 */
const FUTURE = String.raw`\b(?:will|next|upcoming|coming|going\s+to|gonna)\b`;
const GUESS_OR_ODDS = String.raw`\b(?:(?:best|your|educated|wild|rough)\s+guess|odds|chances?)\b`;
const FORECAST_ASKED = new RegExp(String.raw`\b(?:your|ur|a)\s+(?:prediction|forecast|projection)\b|${GUESS_OR_ODDS}(?=.*${FUTURE})|${FUTURE}.*${GUESS_OR_ODDS}`, "i");

export function asksJudgement(text: string): boolean {
  return MODAL_LED.test(text) || COUNTERFACTUAL.test(text) || VERDICT.test(text) || OPINION_ASKED.test(text) || PRIVATE_VIEW.test(text) || FORECAST_ASKED.test(text);
}
