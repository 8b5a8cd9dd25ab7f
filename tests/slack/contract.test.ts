/**
 * The shared adapter contract, driven through the real Bolt app in HTTP mode: each question is a
 * signed app_mention delivered to the adapter, each reply what the fake Slack received.
 */
import { expect } from "vitest";
import { describeAdapterContract, type AdapterHarness } from "../contract/adapter-contract.js";
import { FakeSlack } from "./fake-slack.js";
import { canPing, deliver, eventCallback, KNOWN_BOT, links, mention, startAdapter, visibleText, type Running } from "./helpers.js";

describeAdapterContract("slack", (): AdapterHarness => {
  const fake = new FakeSlack();
  let running: Running;
  return {
    async start() {
      await fake.start();
      running = await startAdapter(fake, "http", KNOWN_BOT);
    },
    async ask(question) {
      const event = mention(question);
      const res = await deliver(running.url, eventCallback(event));
      expect(res.status).toBe(200);
      const repliesTo = () => fake.callsTo("chat.postMessage").filter((c) => c.args.thread_ts === event.ts);
      const [reply] = await fake.waitFor(() => repliesTo().length > 0 && repliesTo(), 5_000, "the reply");
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
