/** The terminal adapter passes the same contract as Discord and Slack. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe } from "vitest";
import { CONTRACT_NOW, describeAdapterContract, readFlags, type RenderedReply } from "../contract/adapter-contract.js";
import { chat, cli } from "./run-cli.js";

describe("cli", () => {
  let lastQuestion: string | undefined;
  const flagsLog = join(mkdtempSync(join(tmpdir(), "factdesk-contract-")), "flags.jsonl");
  describeAdapterContract("cli", () => ({
    start: async () => {},
    stop: async () => {},
    ask: async (question: string): Promise<RenderedReply> => {
      lastQuestion = question;
      const r = cli(["--now", CONTRACT_NOW.toISOString().slice(0, 10), question]);
      const visibleText = r.stdout;
      return {
        visibleText,
        links: [...visibleText.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]),
        // A terminal cannot ping; a live mention would only matter if echoed into chat.
        canPing: /@everyone|@here|<!(channel|here|everyone)>|<@[\w!&]+>/.test(visibleText),
        replyCount: r.status === 0 ? 1 : 0,
      };
    },
    // The one-shot CLI keeps no session: the chat asks the question again, then `flag note`.
    flagLast: async (note: string) => {
      if (!lastQuestion) throw new Error("nothing asked yet");
      const { stdout } = await chat([lastQuestion, `flag ${note}`], { FACTDESK_FLAGS_LOG: flagsLog });
      const confirmation = stdout.split("\n").find((line) => /Thank you|Sorry|Flagging is off|Nothing to flag/.test(line)) ?? "";
      // A terminal is the asker's own screen.
      return { text: confirmation.replace(/^factdesk> /, ""), onlyAsker: true };
    },
    flags: () => readFlags(flagsLog),
  }));
});
