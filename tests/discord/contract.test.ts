/** The shared adapter contract, driven through the real discord.js client and the fake Discord. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FLAG_BUTTON_PREFIX, FLAG_MODAL_PREFIX, FLAG_NOTE_INPUT } from "../../adapters/discord/render.js";
import { createFlagging } from "../../adapters/shared/flagging.js";
import { FlagsLog } from "../../adapters/shared/flags-log.js";
import { createQuestionPath } from "../../adapters/shared/question-path.js";
import { describeAdapterContract, readFlags } from "../contract/adapter-contract.js";
import { factdesk, startBot, type TestBot } from "./bot.js";
import type { ReplyRequest } from "./fake-discord.js";

const EPHEMERAL = 64;

describeAdapterContract("discord", () => {
  let bot: TestBot | undefined;
  let last: ReplyRequest | undefined;
  const flagsLog = join(mkdtempSync(join(tmpdir(), "factdesk-contract-")), "flags.jsonl");
  return {
    async start() {
      bot = await startBot({ path: createQuestionPath({ factdesk: factdesk(), flagging: createFlagging(new FlagsLog(flagsLog)) }) });
    },
    async ask(question) {
      if (!bot) throw new Error("harness not started");
      const { visibleText, links, canPing, replyCount, id } = await bot.ask(question);
      last = await bot.fake.waitForReply(id);
      return { visibleText, links, canPing, replyCount };
    },
    async flagLast(note) {
      if (!bot || !last) throw new Error("nothing asked yet");
      const button = last.body.data.components[0].components[0].custom_id as string;
      const modal = await bot.fake.waitForReply(bot.fake.clickButton(button, last).id);
      const flagId = button.slice(FLAG_BUTTON_PREFIX.length);
      if (modal.body.data.custom_id !== `${FLAG_MODAL_PREFIX}${flagId}`) throw new Error("the button did not open the flag modal");
      const thanks = await bot.fake.waitForReply(bot.fake.submitModal(modal.body.data.custom_id, { [FLAG_NOTE_INPUT]: note }).id);
      return { text: thanks.body.data.content, onlyAsker: (thanks.body.data.flags & EPHEMERAL) === EPHEMERAL };
    },
    flags: () => readFlags(flagsLog),
    async stop() {
      await bot?.stop();
    },
  };
});
