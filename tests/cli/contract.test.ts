/** The terminal adapter passes the same contract as Discord and Slack. */
import { describe } from "vitest";
import { CONTRACT_NOW, describeAdapterContract, type RenderedReply } from "../contract/adapter-contract.js";
import { cli } from "./run-cli.js";

describe("cli", () => {
  describeAdapterContract("cli", () => ({
    start: async () => {},
    stop: async () => {},
    ask: async (question: string): Promise<RenderedReply> => {
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
  }));
});
