/**
 * The core's `Answer` (and help topics) as a Slack message: Block Kit for the eye, `text` as the
 * plain fallback for notifications. Pure functions, no Slack calls.
 *
 * Everything printed goes through `mrkdwn()`: it turns mention syntax into inert text and escapes
 * &, <, > so that nothing in the data (or, defensively, in user input) can ping or inject a link.
 * Long content is packed into several blocks instead of being cut, within Block Kit's limits.
 */
import type { types } from "@slack/bolt";
import type { Answer, HelpTopic, Source } from "../../src/index.js";
import { FLAG_BUTTON_LABEL, FLAG_NOTE_LABEL } from "../shared/flagging.js";
import { MAX_FLAG_NOTE } from "../shared/flags-log.js";
import { answerProvenance } from "../shared/provenance.js";

type Block = types.KnownBlock;

export const LIMITS = {
  /** Characters in a section's or context element's text object. */
  text: 3000,
  blocks: 50,
  contextElements: 10,
  /** The top-level `text` is only a notification fallback; keep it short. */
  fallback: 3000,
  buttonValue: 2000,
} as const;

export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export const SHARE_ACTION_ID = "factdesk_share";
/** The "Wrong or outdated?" button (its value is the answer's flag id), its modal and the note input. */
export const FLAG_ACTION_ID = "factdesk_flag";
export const FLAG_VIEW_ID = "factdesk_flag_note";
export const FLAG_NOTE_BLOCK = "note";
export const FLAG_NOTE_ACTION = "note_input";
const MAX_SUGGESTIONS = 5;
/** Upper bound of raw length / escaped length for any text (see mrkdwn's bounded mention pattern). */
const MAX_SHRINK = 20;
/** Longest link target printed (escaped); longer ones are left out and the title printed plain. */
const MAX_HREF = 800;
const ZWSP = "\u200B";

/**
 * Inert, escaped mrkdwn: `<!here>` → "@​here" (zero-width space), `<@U1|ann>` → "@​ann", & < > escaped.
 * The mention pattern has bounded parts (linear time on any text); a longer <…> is escaped like any "<".
 */
export function mrkdwn(text: string): string {
  return text
    .replace(/<[@!](?:subteam\^)?([^>|]{0,40})(?:\|@?([^>]{0,100}))?>/g, (_m, id: string, label?: string) => `@${ZWSP}${label || id}`)
    .replace(/@(here|channel|everyone)\b/gi, `@${ZWSP}$1`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** `<url|title>` for http(s) URLs only; anything else prints as plain text. */
function link(url: string | undefined, title: string): string {
  const safeTitle = mrkdwn(title);
  if (!url) return safeTitle;
  let href: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return safeTitle;
    href = parsed.href;
  } catch {
    return safeTitle;
  }
  // `|` and `>` end the URL part of a Slack link; & is escaped like everywhere else.
  href = href.replace(/&/g, "&amp;").replace(/\|/g, "%7C").replace(/</g, "%3C").replace(/>/g, "%3E");
  // A URL too long to fit a text object with its title is left out rather than broken.
  if (href.length > MAX_HREF) return safeTitle;
  return `<${href}|${safeTitle}>`;
}

/**
 * Cut raw text at a word boundary so that, escaped, it fits in `max` characters: the longest run
 * of whole words that fits, found by bisection (escaping a prefix costs its length, so this stays
 * O(n log n) on any text; adding words one by one was quadratic).
 */
function fitWords(raw: string, max: number): string {
  // Escaping shrinks text by at most MAX_SHRINK (a "<!subteam^…|x>" of 55 characters prints as 3),
  // so no prefix longer than this window can fit: longer text is never escaped as a whole.
  const window = max * MAX_SHRINK;
  if (raw.length <= window && mrkdwn(raw).length <= max) return raw;
  const ends: number[] = []; // where each whole-word prefix ends
  const boundary = /\s/g;
  for (let m = boundary.exec(raw); m && m.index < window; m = boundary.exec(raw)) ends.push(m.index + 1);
  const fits = (i: number) => mrkdwn(raw.slice(0, ends[i]) + "…").length <= max;
  let lo = -1; // ends[lo] is the longest prefix known to fit (-1: none yet)
  let hi = ends.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  // A single word longer than the limit has no boundary to cut at.
  let out = lo >= 0 ? raw.slice(0, ends[lo]) : raw.slice(0, Math.floor(max / 5));
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  return out.trimEnd() + "…";
}

/**
 * Split escaped mrkdwn text into chunks of at most `max` characters, only at whitespace, so no
 * word, entity or link is cut (a token longer than `max` is the one thing that gets cut).
 */
export function splitText(text: string, max: number = LIMITS.text): string[] {
  const chunks: string[] = [];
  let current = "";
  // current.trimEnd().length, kept up to date: recomputing it for every token was quadratic.
  let trimmed = 0;
  const flush = () => {
    const chunk = current.trim();
    if (chunk) chunks.push(chunk);
  };
  for (const token of text.split(/(?<=\s)/)) {
    const body = token.trimEnd().length; // tokens are a word and one space, or one space
    const candidate = body === 0 ? trimmed : current.length + body;
    if (candidate <= max) {
      if (body > 0) trimmed = current.length + body;
      current += token;
      continue;
    }
    flush();
    current = token.length > max ? token.slice(0, max) : token;
    trimmed = current.trimEnd().length;
  }
  flush();
  return chunks;
}

/** Join atomic lines (a source, a topic) into as few texts of at most `max` characters as possible. */
function packLines(lines: string[], max: number, separator = "\n"): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last !== undefined && last.length + separator.length + line.length <= max) out[out.length - 1] = last + separator + line;
    else out.push(line.length <= max ? line : splitText(line, max)[0]!);
  }
  return out;
}

const section = (text: string): Block => ({ type: "section", text: { type: "mrkdwn", text } });
const context = (texts: string[]): Block => ({ type: "context", elements: texts.map((text) => ({ type: "mrkdwn", text })) });

/**
 * One source, always within a text object: title ≤ 1,800, link target ≤ MAX_HREF, publisher ≤ 300,
 * date ≤ 40, document ≤ 200 (only without a URL), plus separators: at most 2,953 characters.
 */
function sourceLine(source: Source): string {
  // A monstrous title is shortened, never the link.
  const title = fitWords(source.title, LIMITS.text - 1_200);
  const parts = [link(source.url, title), mrkdwn(fitWords(source.publisher, 300))];
  if (source.date) parts.push(mrkdwn(fitWords(source.date, 40)));
  if (!source.url && source.document) parts.push(`_${mrkdwn(fitWords(source.document, 200))}_`);
  return parts.join(" · ");
}

/**
 * Sources as context elements (10 per block, at most `maxBlocks` blocks); sources that do not fit
 * are counted ("…and 4 more sources"), the footer always shows.
 */
function contextBlocks(sources: string[], footer: string[], maxBlocks: number): Block[] {
  const capacity = maxBlocks * LIMITS.contextElements - footer.length;
  if (sources.length > capacity) sources = [...sources.slice(0, capacity - 1), `…and ${sources.length - (capacity - 1)} more sources`];
  const elements = [...sources, ...footer];
  const blocks: Block[] = [];
  for (let i = 0; i < elements.length; i += LIMITS.contextElements) blocks.push(context(elements.slice(i, i + LIMITS.contextElements)));
  return blocks;
}

function bulletList(title: string, questions: string[]): string {
  return [`*${title}*`, ...questions.slice(0, MAX_SUGGESTIONS).map((q) => `• ${mrkdwn(fitWords(q, 300))}`)].join("\n");
}

function fallbackText(parts: string[]): string {
  return mrkdwn(fitWords(parts.filter(Boolean).join(" "), LIMITS.fallback - 200)).trim() || "…";
}

export interface RenderOptions {
  /** Example questions to offer when the answer has no suggestions of its own (from `help()`). */
  examples?: string[];
  /** Adds a "Share in channel" button carrying this value (the ephemeral /fact reply). */
  shareValue?: string;
  /** Adds the "Wrong or outdated?" button carrying this flag id. */
  flagId?: string;
}

type Button = { type: "button"; action_id: string; text: { type: "plain_text"; text: string }; value: string };

/** The buttons under an answer: Share (the ephemeral /fact reply), Wrong or outdated? (flagging on). */
function buttons(options: RenderOptions): Block | undefined {
  const elements: Button[] = [];
  if (options.shareValue !== undefined && options.shareValue.length <= LIMITS.buttonValue)
    elements.push({ type: "button", action_id: SHARE_ACTION_ID, text: { type: "plain_text", text: "Share in channel" }, value: options.shareValue });
  if (options.flagId !== undefined && options.flagId.length <= LIMITS.buttonValue)
    elements.push({ type: "button", action_id: FLAG_ACTION_ID, text: { type: "plain_text", text: FLAG_BUTTON_LABEL }, value: options.flagId });
  return elements.length ? { type: "actions", elements } : undefined;
}

/** The modal the flag button opens: one optional note; `metadata` comes back with the submission. */
export function renderFlagModal(metadata: string): types.ModalView {
  return {
    type: "modal",
    callback_id: FLAG_VIEW_ID,
    private_metadata: metadata,
    title: { type: "plain_text", text: FLAG_BUTTON_LABEL },
    submit: { type: "plain_text", text: "Send" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "input",
        block_id: FLAG_NOTE_BLOCK,
        optional: true,
        label: { type: "plain_text", text: FLAG_NOTE_LABEL },
        element: { type: "plain_text_input", action_id: FLAG_NOTE_ACTION, multiline: true, max_length: MAX_FLAG_NOTE },
      },
    ],
  };
}

/**
 * The answer, its sources and, in the context block, small: what it is valid for, how the question
 * was read, the table's revision and check date; then the Share and "Wrong or outdated?" buttons.
 */
export function renderAnswer(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const share = buttons(options);

  const footer: string[] = [];
  // validFor reads "2010" or "as of 15 January 2026": a calendar mark suits both.
  if (answer.validFor) footer.push(`:calendar: ${mrkdwn(fitWords(answer.validFor, 300))}`);
  if (answer.reading) footer.push(`Read as: ${mrkdwn(fitWords(answer.reading.summary, 300))}`);
  const provenance = answerProvenance(answer);
  if (provenance) footer.push(mrkdwn(provenance));
  let tail: Block[] = [];
  let offer: string[] = [];
  if (answer.status === "answered") {
    tail = contextBlocks(answer.sources.map(sourceLine), footer, 3);
  } else {
    offer = answer.suggestions.length > 0 ? answer.suggestions : (options.examples ?? []);
    // Questions the core's text already quotes are not listed twice.
    offer = offer.filter((q) => !answer.text.includes(q));
    const title = answer.status === "ambiguous" ? "Did you mean:" : "Try asking:";
    if (offer.length > 0) tail.push(section(bulletList(title, offer)));
    tail.push(context(["Type `/fact help` to see everything I can answer.", ...footer]));
  }
  if (share) tail.push(share);

  // The answer itself gets whatever blocks are left; it is one or two sentences in practice.
  const room = LIMITS.blocks - tail.length;
  let body = splitText(mrkdwn(answer.text));
  if (body.length === 0) body = ["…"]; // Slack rejects an empty section; the core never sends blank text
  if (body.length > room) body = [...body.slice(0, room - 1), `${body[room - 1]!.slice(0, LIMITS.text - 1)}…`];

  const sourcesText = answer.status === "answered" && answer.sources.length > 0 ? `Sources: ${answer.sources.map((s) => s.title).join("; ")}.` : "";
  const offerText = offer.length > 0 ? `Try: ${offer.slice(0, 3).join(" / ")}` : "";
  return { text: fallbackText([answer.text, sourcesText, offerText]), blocks: [...body.map(section), ...tail] };
}

export function renderHelp(topics: HelpTopic[]): SlackMessage {
  if (topics.length === 0) return { text: "I have no facts loaded yet.", blocks: [section("I have no facts loaded yet.")] };
  const lines = topics.map((t) => {
    const examples = t.examples.slice(0, 2).map((q) => `“${mrkdwn(fitWords(q, 300))}”`);
    const about = `*${mrkdwn(fitWords(t.name, 200))}*: ${mrkdwn(fitWords(t.about, 1500))}`;
    return examples.length > 0 ? `${about}\n      _e.g._ ${examples.join(" · ")}` : about;
  });
  let sections = packLines(lines, LIMITS.text, "\n\n");
  const room = LIMITS.blocks - 2; // heading + closing context
  if (sections.length > room) sections = [...sections.slice(0, room - 1), `…and more topics (${topics.length} in all).`];
  return {
    text: fallbackText([`I can answer questions about: ${topics.map((t) => t.name).join(", ")}.`]),
    blocks: [
      section("*Here is what I can answer* (every answer comes with its sources):"),
      ...sections.map(section),
      context([mrkdwn("Ask with `/fact <question>`, mention me in a channel, or send me a direct message.")]),
    ],
  };
}

export function renderApology(): SlackMessage {
  const text = "Sorry, something went wrong while answering that. Please try again in a moment.";
  return { text, blocks: [section(text)] };
}
