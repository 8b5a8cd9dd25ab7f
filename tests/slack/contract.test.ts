/**
 * The shared adapter contract, driven through the real Bolt app in HTTP mode: each question is a
 * signed app_mention delivered to the adapter, each reply what the fake Slack received.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { createFlagging } from "../../adapters/shared/flagging.js";
import { FlagsLog } from "../../adapters/shared/flags-log.js";
import { createQuestionPath } from "../../adapters/shared/question-path.js";
import { FLAG_ACTION_ID } from "../../adapters/slack/render.js";
import { describeAdapterContract, readFlags, type AdapterHarness } from "../contract/adapter-contract.js";
import { FakeSlack, type ApiCall } from "./fake-slack.js";
import { canPing, deliver, eventCallback, flagClick, flagSubmission, KNOWN_BOT, links, mention, sharedFactdesk, startAdapter, visibleText, type Running } from "./helpers.js";

describeAdapterContract("slack", (): AdapterHarness => {
  const fake = new FakeSlack();
  let running: Running;
  let last: ApiCall | undefined;
  const flagsLog = join(mkdtempSync(join(tmpdir(), "factdesk-contract-")), "flags.jsonl");
  return {
    async start() {
      await fake.start();
      const path = createQuestionPath({ factdesk: sharedFactdesk(), flagging: createFlagging(new FlagsLog(flagsLog)) });
      running = await startAdapter(fake, "http", { ...KNOWN_BOT, path });
    },
    async flagLast(note) {
      const blocks = (last?.args.blocks ?? []) as Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>;
      const button = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === FLAG_ACTION_ID);
      if (!button?.value) throw new Error("no flag button under the last answer");
      const opened = fake.callsTo("views.open").length;
      await deliver(running.url, flagClick(button.value));
      const modal = await fake.waitFor(() => fake.callsTo("views.open")[opened], 5_000, "the flag modal");
      const thanked = fake.callsTo("chat.postEphemeral").length;
      await deliver(running.url, flagSubmission((modal.args.view as { private_metadata: string }).private_metadata, note));
      const thanks = await fake.waitFor(() => fake.callsTo("chat.postEphemeral")[thanked], 5_000, "the thank-you");
      // chat.postEphemeral is what only the named user sees.
      return { text: String(thanks.args.text), onlyAsker: thanks.args.user === "UASKER" };
    },
    flags: () => readFlags(flagsLog),
    async ask(question) {
      const event = mention(question);
      const res = await deliver(running.url, eventCallback(event));
      expect(res.status).toBe(200);
      const repliesTo = () => fake.callsTo("chat.postMessage").filter((c) => c.args.thread_ts === event.ts);
      const [reply] = await fake.waitFor(() => repliesTo().length > 0 && repliesTo(), 5_000, "the reply");
      last = reply;
      // A second reply would arrive right behind the first; give it the chance to show up.
      await new Promise((resolve) => setTimeout(resolve, 150));
      return { visibleText: visibleText(reply!.args), links: links(reply!.args), canPing: canPing(reply!.args), replyCount: repliesTo().length };
    },
    async stop() {
      await running?.adapter.stop();
      await fake.stop();
    },
  };
});
