/**
 * "Wrong or outdated?" end to end through the real @slack/bolt (HTTP mode, signed requests) and
 * the fake Slack: the answer's context block shows how the question was read, the table's revision
 * and check date; its button opens a modal (views.open); the submission appends one line to the
 * flag log and posts a thank-you only the flagger sees (chat.postEphemeral). Never who flagged.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFlagging, FLAG_FORGOTTEN, FLAG_THANKS } from "../../adapters/shared/flagging.js";
import { FlagsLog } from "../../adapters/shared/flags-log.js";
import { createQuestionPath } from "../../adapters/shared/question-path.js";
import { FLAG_ACTION_ID, FLAG_VIEW_ID } from "../../adapters/slack/render.js";
import { CONTRACT_NOW } from "../contract/adapter-contract.js";
import { until } from "../reliability/harness.js";
import { FakeSlack } from "./fake-slack.js";
import { blockTexts, deliver, eventCallback, flagClick, flagSubmission, KNOWN_BOT, mention, sharedFactdesk, startAdapter, type Running } from "./helpers.js";

const KNOWN = "Who chaired the OSCE in 2010?";

describe("slack: flagging an answer", () => {
  const logPath = join(mkdtempSync(join(tmpdir(), "factdesk-slack-flags-")), "flags.jsonl");
  let fake: FakeSlack;
  let running: Running;
  beforeAll(async () => {
    fake = await new FakeSlack().start();
    const path = createQuestionPath({ factdesk: sharedFactdesk(), flagging: createFlagging(new FlagsLog(logPath)) });
    running = await startAdapter(fake, "http", { ...KNOWN_BOT, path, channelIntervalMs: 0 });
  });
  afterAll(async () => {
    await running?.adapter.stop();
    await fake?.stop();
  });

  it("button → modal → submit → one log line and an ephemeral thank-you", async () => {
    const expected = sharedFactdesk().answer(KNOWN, { now: CONTRACT_NOW });
    expect((await deliver(running.url, eventCallback(mention(KNOWN)))).status).toBe(200);
    const posted = await fake.waitFor(() => fake.callsTo("chat.postMessage")[0], 5_000, "the answer");
    const blocks = posted.args.blocks as Array<{ type: string; elements?: Array<Record<string, any>> }>;
    const context = blocks.filter((b) => b.type === "context").flatMap((b) => blockTexts(b));
    expect(context).toContain(`Read as: ${expected.reading!.summary}`);
    expect(context.some((t) => t.includes(`table ${expected.revision}`))).toBe(true);
    const button = blocks.find((b) => b.type === "actions")!.elements!.find((e) => e.action_id === FLAG_ACTION_ID)!;
    expect(button.text.text).toBe("Wrong or outdated?");

    expect((await deliver(running.url, flagClick(button.value))).status).toBe(200);
    const opened = await fake.waitFor(() => fake.callsTo("views.open")[0], 5_000, "views.open");
    expect(opened.args.trigger_id).toBe("4.5.6");
    const view = opened.args.view as { callback_id: string; private_metadata: string; blocks: Array<{ optional?: boolean }> };
    expect(view.callback_id).toBe(FLAG_VIEW_ID);
    expect(view.blocks[0]!.optional).toBe(true);

    const submitted = await deliver(running.url, flagSubmission(view.private_metadata, "the CiO is missing"));
    expect(submitted.status).toBe(200); // the modal closes
    const thanks = await fake.waitFor(() => fake.callsTo("chat.postEphemeral")[0], 5_000, "the thank-you");
    expect(thanks.args).toMatchObject({ channel: "CNEWS", user: "UASKER", text: FLAG_THANKS });

    await until(() => readFileSync(logPath, "utf8").endsWith("\n"), 2_000, "the flag line");
    const lines = readFileSync(logPath, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toEqual({
      time: CONTRACT_NOW.toISOString(),
      platform: "slack",
      question: KNOWN,
      answer: expected.text,
      facts: expected.facts.map((f) => f.id),
      revision: expected.revision,
      note: "the CiO is missing",
    });
    expect(lines[0]).not.toContain("UASKER");
  });

  it("an empty note is no note; a forgotten answer is told to ask again and logs nothing", async () => {
    const before = readFileSync(logPath, "utf8");
    const count = fake.callsTo("chat.postEphemeral").length;
    await deliver(running.url, flagSubmission(JSON.stringify({ id: "forgotten123", channel: "CNEWS" }), null));
    const reply = await fake.waitFor(() => fake.callsTo("chat.postEphemeral")[count], 5_000, "the reply");
    expect(reply.args.text).toBe(FLAG_FORGOTTEN);
    expect(readFileSync(logPath, "utf8")).toBe(before);
  });
});
