/**
 * The fake gateway itself: a RESUME replays every dispatch after the sequence number the client
 * read last, as Discord does. (A client that gives up on a slow connection closes it with dispatches
 * unread; without this replay the load test lost questions on a loaded machine.)
 */
import { afterEach, expect, it } from "vitest";
import { WebSocket } from "ws";
import { startFakeDiscord, type FakeDiscord } from "./fake-discord.js";

let fake: FakeDiscord | undefined;
afterEach(async () => fake?.close());

/** A raw gateway client: every payload it receives, in order. */
async function connect(url: string): Promise<{ ws: WebSocket; got: Array<{ op: number; t?: string; s?: number; d?: any }> }> {
  const ws = new WebSocket(url);
  const got: Array<{ op: number; t?: string; s?: number; d?: any }> = [];
  ws.on("message", (raw) => got.push(JSON.parse(String(raw))));
  await new Promise((resolve) => ws.once("open", resolve));
  return { ws, got };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

it("RESUME replays the dispatches after the client's last sequence number, then RESUMED", async () => {
  fake = await startFakeDiscord();
  const first = await connect(fake.gatewayUrl);
  first.ws.send(JSON.stringify({ op: 2, d: { token: fake.token, intents: 0, properties: {} } }));
  await until(() => first.got.some((p) => p.t === "READY"));
  const session = first.got.find((p) => p.t === "READY")!.d.session_id as string;
  fake.command("fact", { question: "one" });
  fake.command("fact", { question: "two" });
  await until(() => first.got.filter((p) => p.t === "INTERACTION_CREATE").length === 2);
  const [one] = first.got.filter((p) => p.t === "INTERACTION_CREATE");
  first.ws.close();

  // The client read only the first interaction before it closed the connection.
  const second = await connect(fake.gatewayUrl);
  second.ws.send(JSON.stringify({ op: 6, d: { token: fake.token, session_id: session, seq: one!.s } }));
  await until(() => second.got.some((p) => p.t === "RESUMED"));
  const replayed = second.got.filter((p) => p.t === "INTERACTION_CREATE");
  expect(replayed).toHaveLength(1);
  expect(JSON.stringify(replayed[0]!.d)).toContain("two");
  expect(second.got.findIndex((p) => p.t === "RESUMED")).toBeGreaterThan(second.got.indexOf(replayed[0]!));
  second.ws.close();
});
