/**
 * How Slack replies to a question on the shared path (ReplyTarget): where the answer goes, how a
 * refusal is shown and how the apology is sent, for each entry point: a mention or DM (in the
 * conversation, paced per channel), /fact (ephemeral, through the response URL) and the Share
 * button (into the channel, or through the response URL where the bot is not a member).
 */
import type { AllMiddlewareArgs, RespondFn } from "@slack/bolt";
import type { Answer, Factdesk } from "../../src/index.js";
import type { Pacer } from "../shared/channel-pacer.js";
import type { ReplyTarget } from "../shared/question-path.js";
import { renderAnswer, renderApology, renderHelp, type SlackMessage } from "./render.js";

type Client = AllMiddlewareArgs["client"];

/** Never let Slack turn names into mentions or expand link previews under an answer. */
const POST_DEFAULTS = { link_names: false, unfurl_links: false, unfurl_media: false } as const;

export function slackErrorCode(err: unknown): string {
  const data = (err as { data?: { error?: unknown } })?.data;
  if (typeof data?.error === "string") return data.error;
  return (err as { code?: string })?.code ?? "no response";
}

export function createSlackReplies(factdesk: Factdesk, pacer: Pacer) {
  // Offered when an unknown answer has no suggestions of its own (asked each time: the table may be reloaded).
  const examples = () => factdesk.help().flatMap((t) => t.examples.slice(0, 1)).slice(0, 5);
  const isHelp = (q: string) => q === "" || /^(help|\?)\W*$/i.test(q);
  const helpInstead = (question: string) => (isHelp(question) ? renderHelp(factdesk.help()) : undefined);
  const render = (answer: Answer, flagId?: string, shareValue?: string) =>
    renderAnswer(answer, { examples: examples(), ...(shareValue !== undefined ? { shareValue } : {}), ...(flagId !== undefined ? { flagId } : {}) });
  /** chat.postMessage through the per-channel pacer: queued in order, or ChannelBusyError when the queue is full. */
  const post = async (client: Client, args: { channel: string } & Record<string, unknown>) =>
    void (await pacer.run(args.channel, () => client.chat.postMessage({ ...args, ...POST_DEFAULTS } as Parameters<Client["chat"]["postMessage"]>[0])));
  const through = (respond: RespondFn, extra: Record<string, unknown>) => async (message: SlackMessage) => void (await respond({ ...extra, ...message }));

  return {
    /** A mention or DM: answered in the conversation; refusals only the asker sees, once per streak. */
    conversation: (client: Client, where: { channel: string; thread_ts?: string }, user: string | undefined): ReplyTarget<SlackMessage> => ({
      instead: helpInstead,
      render: (answer, _question, flagId) => render(answer, flagId),
      send: (message) => post(client, { ...where, ...message }),
      async refuse(refusal) {
        // A flood gets one notice, not a flood back.
        if (refusal.notify && user) await client.chat.postEphemeral({ ...where, user, ...renderAnswer(refusal.answer) });
      },
      apologise: () => post(client, { ...where, ...renderApology() }),
    }),

    /** /fact: only the asker sees the answer, with a Share button carrying the question and its date. */
    command(respond: RespondFn, at: Date): ReplyTarget<SlackMessage> {
      const ephemeral = through(respond, { response_type: "ephemeral" });
      return {
        instead: helpInstead,
        render: (answer, question, flagId) => render(answer, flagId, answer.status === "answered" ? JSON.stringify({ q: question, at: at.toISOString() }) : undefined),
        send: ephemeral,
        refuse: (refusal) => ephemeral(renderAnswer(refusal.answer)),
        apologise: () => ephemeral(renderApology()),
      };
    },

    /** The Share button: the answer into the channel, the ephemeral copy removed; `malformed` fails (and is apologised for). */
    share(client: Client, respond: RespondFn, channel: string | undefined, malformed: boolean): ReplyTarget<SlackMessage> {
      const aside = through(respond, { response_type: "ephemeral", replace_original: false });
      return {
        instead: () => {
          if (malformed || !channel) throw new Error("malformed share button");
          return undefined;
        },
        render: (answer, _question, flagId) => render(answer, flagId),
        async send(message) {
          try {
            await post(client, { channel: channel!, ...message });
          } catch (err) {
            // The bot can only post where it is a member; the response_url can post anywhere /fact ran.
            if (!["not_in_channel", "channel_not_found"].includes(slackErrorCode(err))) throw err;
            await respond({ response_type: "in_channel", ...message });
            return;
          }
          await respond({ delete_original: true });
        },
        refuse: (refusal) => aside(renderAnswer(refusal.answer)),
        apologise: () => aside(renderApology()),
      };
    },
  };
}

export type SlackReplies = ReturnType<typeof createSlackReplies>;
