/**
 * Answer → Discord message, as pure functions (no client, no I/O) so every limit is unit-tested.
 * Everything the core returns is treated as plain text: markdown is escaped and mentions are
 * neutralised, and the payload disables pings anyway (`allowedMentions.parse: []`).
 */
import { ButtonStyle, ComponentType, TextInputStyle, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIModalInteractionResponseCallbackData, type ApplicationCommandOptionChoiceData, type MessageMentionTypes } from "discord.js";
import type { Answer, HelpTopic, Source } from "../../src/index.js";
import { answerProvenance } from "../shared/provenance.js";
import { FLAG_BUTTON_LABEL, FLAG_NOTE_LABEL } from "../shared/flagging.js";
import { MAX_FLAG_NOTE } from "../shared/flags-log.js";

/** Discord's documented message limits. */
export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of title, description, field names and values, footer and author over all embeds. */
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

export interface ReplyPayload {
  content?: string;
  embeds: APIEmbed[];
  /** The "Wrong or outdated?" button, when the answer can be flagged. */
  components?: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: MessageMentionTypes[] };
}

/** custom_id prefixes of the flag button and of its note modal; the rest is the answer's flag id. */
export const FLAG_BUTTON_PREFIX = "factdesk-flag:";
export const FLAG_MODAL_PREFIX = "factdesk-flag-note:";
export const FLAG_NOTE_INPUT = "note";

const COLOR = { answered: 0x2e7d32, ambiguous: 0xf9a825, unknown: 0x757575 } as const;
const ZWSP = "\u200b";
const ELLIPSIS = "…";
// Kept free in the embed budget so the footer (validity, "n more not shown") always fits.
const FOOTER_RESERVE = 400;

const noMentions = (): ReplyPayload["allowedMentions"] => ({ parse: [] });

/** Break every mention form (Discord's, and Slack's `<!here>` for good measure) with a zero-width space. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<([@#!])/g, `<${ZWSP}$1`);
}

/**
 * Markdown-escape text meant to read literally (inline markers anywhere, block markers at line start).
 * The indentation before a block marker is matched within its line: `\s*` there also ran over line
 * breaks, so every line of a long blank run re-scanned the rest of it (quadratic: 100 kB took 20 s).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|[\]]/g, "\\$&").replace(/^([^\S\n\r\u2028\u2029]*)([#>+-]|\d+\.)/gm, "$1\\$2");
}

/** Core text as it should appear: literal, and unable to mention anyone. */
export function plain(text: string): string {
  return neutraliseMentions(escapeMarkdown(text));
}

/**
 * Cut `text` to at most `max` characters at a word boundary, marking the cut with "…". Only a single
 * word longer than `max` is cut inside, and then never through a surrogate pair or an escape.
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = max - ELLIPSIS.length;
  const window = text.slice(0, room + 1); // one more: a space right after the cut is a clean cut
  const lastSpace = Math.max(window.lastIndexOf(" "), window.lastIndexOf("\n"), window.lastIndexOf("\t"));
  let cut = lastSpace > 0 ? text.slice(0, lastSpace) : text.slice(0, room);
  if (lastSpace <= 0) {
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
    if (trailing % 2 === 1) cut = cut.slice(0, -1);
  }
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Only http(s) links, with the characters that would end a markdown link target encoded. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return undefined;
    return parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29");
  } catch {
    return undefined;
  }
}

/** "1. [Title](url) — Publisher, 2010-04-01", at most `max` long; the link is kept whole or left out. */
export function sourceLine(source: Source, index: number, max: number = LIMITS.fieldValue): string {
  const url = safeUrl(source.url);
  // A seed document's file name reads best as code (no escapes needed inside, so no backticks).
  const document = !url && source.document ? `\`${neutraliseMentions(source.document.replace(/`/g, "'"))}\`` : undefined;
  const meta = [...[source.publisher, source.date].filter(Boolean).map((part) => plain(String(part))), document].filter(Boolean);
  const tail = meta.length ? ` — ${meta.join(", ")}` : "";
  // Discord's link parser ignores escapes inside the link text, so brackets there become parentheses.
  const raw = source.title.trim() || (url ? new URL(url).hostname : source.publisher); // "[](url)" would not render
  const title = plain(url ? raw.replace(/\[/g, "(").replace(/\]/g, ")") : raw);
  const build = (text: string) => (url ? `${index}. [${text}](${url})${tail}` : `${index}. ${text}${tail}`);
  const full = build(title);
  if (full.length <= max) return full;
  const room = max - build("").length;
  if (room >= 12) return build(fitText(title, room));
  // The URL or the publisher alone is too long: drop them rather than break them.
  return fitText(`${index}. ${title}`, max);
}

/** Tracks the 6,000-character and 25-field budgets while an embed is filled. */
class EmbedDraft {
  readonly embed: APIEmbed;
  private used = 0;
  readonly notes: string[] = [];

  constructor(color: number, title?: string) {
    this.embed = { color };
    if (title) this.setTitle(title);
  }

  private room(): number {
    return LIMITS.embedTotal - FOOTER_RESERVE - this.used;
  }

  setTitle(title: string): void {
    this.embed.title = fitText(title, LIMITS.title);
    this.used += this.embed.title.length;
  }

  setDescription(text: string): void {
    if (!text) return;
    this.embed.description = fitText(text, Math.min(LIMITS.description, this.room()));
    this.used += this.embed.description.length;
  }

  /** Fields holding whole lines, continued under "(continued)"; returns how many lines fitted. */
  addLines(name: string, lines: string[]): number {
    let shown = 0;
    while (shown < lines.length) {
      const fieldName = fitText(shown === 0 ? name : `${name} (continued)`, LIMITS.fieldName);
      const max = Math.min(LIMITS.fieldValue, this.room() - fieldName.length);
      if ((this.embed.fields?.length ?? 0) >= LIMITS.fields || max <= 0) break;
      let value = "";
      let next = shown;
      for (; next < lines.length; next++) {
        const candidate = value ? `${value}\n${lines[next]}` : (lines[next] ?? "");
        if (candidate.length > max) break;
        value = candidate;
      }
      if (next === shown) break; // not even one whole line fits
      (this.embed.fields ??= []).push({ name: fieldName, value });
      this.used += fieldName.length + value.length;
      shown = next;
    }
    return shown;
  }

  /** The footer: `heading` on a line of its own ("Read as: …"), then the rest joined by " · ". */
  finish(footer: Array<string | undefined>, heading?: string): APIEmbed {
    const rest = [...footer, ...this.notes].filter(Boolean).join(" · ");
    const text = [heading && fitText(heading, FOOTER_RESERVE / 2), rest].filter(Boolean).join("\n");
    if (text) this.embed.footer = { text: fitText(text, Math.min(LIMITS.footer, FOOTER_RESERVE)) };
    return this.embed;
  }
}

function more(count: number, noun: string): string | undefined {
  return count > 0 ? `${count} more ${noun} not shown` : undefined;
}

/**
 * The reply to /fact: the answer, its sources as links; in the footer, small, how the question was
 * read, what the answer is valid for, the table's revision and check date; and, given a `flagId`,
 * the "Wrong or outdated?" button.
 */
export function renderAnswer(answer: Answer, flagId?: string): ReplyPayload {
  const draft = new EmbedDraft(COLOR[answer.status]);
  draft.setDescription(plain(answer.text));

  if (answer.status !== "answered" && answer.suggestions.length > 0) {
    const label = answer.status === "ambiguous" ? "Did you mean" : "Try asking";
    const lines = answer.suggestions.map((question) => `• ${plain(question)}`).map((line) => fitText(line, LIMITS.fieldValue));
    const shown = draft.addLines(label, lines);
    const note = more(lines.length - shown, "suggestions");
    if (note) draft.notes.push(note);
  }

  if (answer.sources.length > 0) {
    const lines = answer.sources.map((source, i) => sourceLine(source, i + 1));
    const shown = draft.addLines(answer.sources.length === 1 ? "Source" : "Sources", lines);
    const note = more(lines.length - shown, "sources");
    if (note) draft.notes.push(note);
  }

  const statuses = [...new Set(answer.facts.map((fact) => fact.status).filter((status) => status !== "final"))];
  const embed = draft.finish(
    [
      answer.validFor ? `Valid: ${neutraliseMentions(answer.validFor)}` : undefined,
      statuses.length ? `Includes ${statuses.join(" and ")} figures` : undefined,
      neutraliseMentions(answerProvenance(answer)) || undefined,
    ],
    answer.reading ? `Read as: ${neutraliseMentions(answer.reading.summary)}` : undefined,
  );
  return { embeds: [embed], ...(flagId ? { components: [flagButton(flagId)] } : {}), allowedMentions: noMentions() };
}

function flagButton(flagId: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: FLAG_BUTTON_LABEL, custom_id: `${FLAG_BUTTON_PREFIX}${flagId}` }],
  };
}

/** The modal the flag button opens: one optional note. */
export function renderFlagModal(flagId: string): APIModalInteractionResponseCallbackData {
  return {
    custom_id: `${FLAG_MODAL_PREFIX}${flagId}`,
    title: FLAG_BUTTON_LABEL,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: FLAG_NOTE_INPUT, label: FLAG_NOTE_LABEL.slice(0, 45), style: TextInputStyle.Paragraph, required: false, max_length: MAX_FLAG_NOTE }],
      },
    ],
  };
}

/**
 * The reply to /fact-help, generated from what the loaded table knows: one line per topic with
 * example questions. Lines, not fields: a table has more topics than an embed has fields (25).
 */
export function renderHelp(topics: HelpTopic[], stats?: { facts: number; relations: number }): ReplyPayload {
  const intro =
    "Ask with `/fact question:`. I answer only from a curated fact table and cite the sources; " +
    "when I am not sure, I say so and suggest questions I can answer.";
  const line = (topic: HelpTopic, examples: number) =>
    fitText([`**${plain(topic.name)}**`, ...topic.examples.slice(0, examples).map(plain)].join(" — "), 600);
  const room = LIMITS.description - intro.length - 2;
  // As many examples per topic as still lets every topic fit; whole lines only.
  let lines = topics.map((topic) => line(topic, 1));
  for (const examples of [3, 2]) {
    const candidate = topics.map((topic) => line(topic, examples));
    if (candidate.join("\n").length <= room) {
      lines = candidate;
      break;
    }
  }
  const shown: string[] = [];
  for (const next of lines) {
    if ([...shown, next].join("\n").length > room) break;
    shown.push(next);
  }
  const draft = new EmbedDraft(COLOR.answered, "What I can answer");
  draft.setDescription(shown.length ? `${intro}\n\n${shown.join("\n")}` : intro);
  const note = more(topics.length - shown.length, "topics");
  if (note) draft.notes.push(note);
  const embed = draft.finish([stats ? `${stats.facts} facts in ${stats.relations} topics` : undefined]);
  return { embeds: [embed], allowedMentions: noMentions() };
}

/** What the user sees when answering failed: short, no details (those go to the log). */
export function renderApology(): ReplyPayload {
  return {
    content: fitText("Sorry, something went wrong while answering. Please try again in a moment.", LIMITS.content),
    embeds: [],
    allowedMentions: noMentions(),
  };
}

/**
 * Autocomplete choices: at most 25, each shown and sent back verbatim. A suggestion longer than
 * Discord's 100-character choice value is skipped: cutting it would send a different question.
 */
export function toChoices(suggestions: string[]): ApplicationCommandOptionChoiceData<string>[] {
  const unique = [...new Set(suggestions.map((s) => s.trim()))];
  return unique
    .filter((s) => s.length > 0 && s.length <= LIMITS.choiceValue && s.length <= LIMITS.choiceName)
    .slice(0, LIMITS.choices)
    .map((s) => ({ name: s, value: s }));
}
