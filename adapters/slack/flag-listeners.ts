/**
 * "Wrong or outdated?" on Slack: the button opens a modal for an optional note (views.open with
 * the button's trigger); the submission becomes one line of the flag log and a thank-you only the
 * flagger sees (chat.postEphemeral in the channel of the answer). The user's id is used to address
 * that thank-you, never logged with the flag.
 */
import type { AllMiddlewareArgs, App, BlockButtonAction, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { flagReply, type Flagging } from "../shared/flagging.js";
import type { Logger } from "../shared/logger.js";
import { FLAG_ACTION_ID, FLAG_NOTE_ACTION, FLAG_NOTE_BLOCK, FLAG_VIEW_ID, renderFlagModal } from "./render.js";

/** What travels from the button to the submission in the modal's private_metadata. */
interface FlagMetadata {
  id: string;
  channel?: string;
}

export function listenForFlags(app: App, flagging: Flagging, { now, log }: { now: () => Date; log: Logger }): void {
  app.action<BlockButtonAction>(FLAG_ACTION_ID, async ({ ack, body, action, client }: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) => {
    await ack();
    const metadata: FlagMetadata = { id: action.value ?? "", ...(body.channel?.id ? { channel: body.channel.id } : {}) };
    await client.views.open({ trigger_id: body.trigger_id, view: renderFlagModal(JSON.stringify(metadata)) });
  });

  app.view<ViewSubmitAction>(FLAG_VIEW_ID, async ({ ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    await ack(); // closes the modal
    const { id, channel } = parseMetadata(view.private_metadata);
    const note = view.state.values[FLAG_NOTE_BLOCK]?.[FLAG_NOTE_ACTION]?.value ?? undefined;
    const outcome = flagging.flag(id, note, now());
    log.info({ outcome, view: view.id }, "answer flagged");
    const text = flagReply(outcome);
    // Where the answer was is where the thank-you goes; without a channel (never expected), a DM.
    await client.chat.postEphemeral({ channel: channel ?? body.user.id, user: body.user.id, text });
  });
}

function parseMetadata(text: string): { id: string; channel?: string } {
  try {
    const m = JSON.parse(text) as Partial<FlagMetadata>;
    return { id: typeof m.id === "string" ? m.id : "", ...(typeof m.channel === "string" ? { channel: m.channel } : {}) };
  } catch {
    return { id: "" };
  }
}
