/**
 * Greetings, thanks and requests for help are not questions the table failed: they get a short,
 * friendly reply with a few questions to try (status `unknown`: nothing was answered from the table).
 */
import type { Answer } from "../model/answer.js";
import { cleanQuestion, matchForm } from "../text/normalise.js";

const GREETING = /^(hi|hello|hey|hiya|howdy|yo|good (morning|afternoon|evening)|greetings)( there| factdesk| all| team)?$/;
const THANKS = /^(thanks?( you)?|thank you( so much| very much)?|thx|ty|cheers|much appreciated|great,? thanks|ok,? thanks)( factdesk)?$/;
const HELP = /^(help( me)?|what can you do|what do you know|how does this work|what can i ask( you)?|commands)$/;

/** The most letters and digits a small-talk form has: "thank you very much factdesk", 24. */
const MOST_LETTERS = 24;

/** Which kind of small talk the message is, if it is nothing else. */
export function smallTalkKind(question: string): Answer["smallTalk"] | null {
  const cleaned = cleanQuestion(question);
  if (!mayBeSmallTalk(cleaned)) return null;
  const text = matchForm(cleaned);
  if (GREETING.test(text)) return "greeting";
  if (THANKS.test(text)) return "thanks";
  if (HELP.test(text)) return "help";
  return null;
}

/**
 * A cleaned text's matching form keeps each of its ASCII letters and digits (folding only adds,
 * contractions too: "isn't", "is not"), but the "s" of a possessive "'s", one per apostrophe: a
 * text with more than MOST_LETTERS besides is no small talk, and needs no matching form (~4 µs).
 */
function mayBeSmallTalk(cleaned: string): boolean {
  let letters = 0;
  for (let i = 0; i < cleaned.length; i++) {
    const c = cleaned.charCodeAt(i); // a–z, A–Z, 0–9; 39 the apostrophe
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) letters++;
    else if (c === 39) letters--;
  }
  return letters <= MOST_LETTERS;
}

const OPENING: Record<NonNullable<Answer["smallTalk"]>, string> = {
  greeting: "Hello! I answer factual questions about the OSCE and Kazakhstan from a sourced fact table.",
  thanks: "You're welcome. Ask me another whenever you like.",
  help: "Ask me a factual question about the OSCE or Kazakhstan in plain words: I answer with sources, or tell you plainly that my table does not have it.",
};

export function smallTalkAnswer(kind: NonNullable<Answer["smallTalk"]>, examples: string[]): Answer {
  // The shortest of the table's example questions read best as a first try.
  const tries = [...examples].sort((a, b) => a.length - b.length).slice(0, 3);
  const text = `${OPENING[kind]} For example: ${tries.map((q) => `"${q}"`).join(", ")}.`;
  return { status: "unknown", text, intent: null, facts: [], sources: [], suggestions: tries, smallTalk: kind };
}
