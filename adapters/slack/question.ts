/**
 * Slack message text → the plain question the core reads. Slack encodes mentions, channels and
 * links as <…> and escapes &, <, >; none of that is part of the question.
 */

export function questionFromSlackText(text: string): string {
  return (
    text
      // <@U123>, <@U123|name>, <!here>, <!channel>, <!everyone>, <!subteam^S1|@team>: who is
      // addressed, not what is asked (this includes the bot's own mention).
      .replace(/<[@!][^>]*>/g, " ")
      // Plain-text mass mentions as typed in other clients.
      .replace(/(^|\s)@(here|channel|everyone)\b/gi, "$1 ")
      // <#C123|general> → "#general"; <https://x|label> → "label"; <https://x> → "https://x".
      .replace(/<#[A-Z0-9]+\|([^>]*)>/g, "#$1")
      .replace(/<([^>|]+)\|([^>]*)>/g, "$2")
      .replace(/<([^>]*)>/g, "$1")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ")
      .trim()
  );
}
