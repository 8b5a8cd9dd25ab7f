/** The shared adapter contract, driven through the real discord.js client and the fake Discord. */
import { describeAdapterContract } from "../contract/adapter-contract.js";
import { startBot, type TestBot } from "./bot.js";

describeAdapterContract("discord", () => {
  let bot: TestBot | undefined;
  return {
    async start() {
      bot = await startBot();
    },
    async ask(question) {
      if (!bot) throw new Error("harness not started");
      const { visibleText, links, canPing, replyCount } = await bot.ask(question);
      return { visibleText, links, canPing, replyCount };
    },
    async stop() {
      await bot?.stop();
    },
  };
});
