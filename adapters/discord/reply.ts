/** How Discord replies to one interaction on the shared question path (a ReplyTarget). */
import { MessageFlags, type ChatInputCommandInteraction } from "discord.js";
import type { ReplyTarget } from "../shared/question-path.js";
import { renderAnswer, renderApology, type ReplyPayload } from "./render.js";

/** One interaction, one reply: sent, edited into the deferral, or an apology if neither worked. */
export function replyTo(interaction: ChatInputCommandInteraction, ephemeral: boolean): ReplyTarget<ReplyPayload> {
  const send = async (payload: ReplyPayload, privately = ephemeral) => {
    if (interaction.deferred) await interaction.editReply(payload);
    else await interaction.reply({ ...payload, ...(privately ? { flags: MessageFlags.Ephemeral } : {}) });
  };
  return {
    render: (answer, _question, flagId) => renderAnswer(answer, flagId),
    send: (payload) => send(payload),
    // Every interaction needs a reply: refusals are always sent, visible only to the asker.
    refuse: (refusal) => send(renderAnswer(refusal.answer), true),
    async apologise() {
      if (interaction.replied) return; // never a second reply
      await send(renderApology(), true);
    },
  };
}
