/**
 * Slack message text → the plain question the core reads. Slack encodes mentions, channels and
 * links as <…> and escapes &, <, >; none of that is part of the question.
 *
 * Work per message is bounded whatever arrives: the text is cut to MAX_SLACK_TEXT first (the core
 * reads far less) and every <…> pattern has a bounded length, so no input makes these regular
 * expressions backtrack over the whole message from every "<" (a 40 kB "<@<@<@…" took seconds).
 */

/** More than the core ever reads (it cuts questions to a few hundred characters). */
export const MAX_SLACK_TEXT = 4_000;

export function questionFromSlackText(text: string): string {
  let input = text.length > MAX_SLACK_TEXT ? text.slice(0, MAX_SLACK_TEXT) : text;
  // Never end on half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(input)) input = input.slice(0, -1);
  return (
    input
      // <@U123>, <@U123|name>, <!here>, <!channel>, <!everyone>, <!subteam^S1|@team>: who is
      // addressed, not what is asked (this includes the bot's own mention).
      .replace(/<[@!][^>]{0,300}>/g, " ")
      // Plain-text mass mentions as typed in other clients.
      .replace(/(^|\s)@(here|channel|everyone)\b/gi, "$1 ")
      // <#C123|general> → "#general"; <https://x|label> → "label"; <https://x> → "https://x".
      .replace(/<#[A-Z0-9]{1,40}\|([^>]{0,300})>/g, "#$1")
      .replace(/<([^>|]{1,2000})\|([^>]{0,2000})>/g, "$2")
      .replace(/<([^>]{0,2000})>/g, "$1")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim()
  );
}
