/**
 * What /healthz reads from each adapter, through the real discord.js and Bolt on the fakes:
 * connected once started, not connected (and why) while the gateway or the socket is down, and
 * connected again after the library reconnects.
 */
import { describe, expect, it } from "vitest";
import { startDiscord, startSlack, until } from "../reliability/harness.js";

describe("adapter health", () => {
  it("Discord: connected when ready; 'gateway …' while the gateway is closed; connected after the resume", async () => {
    const rig = await startDiscord();
    try {
      expect(rig.adapter.health()).toEqual({ connected: true });
      rig.fake.closeGateway();
      await until(() => !rig.adapter.health().connected, 5_000, "the close to be noticed");
      expect(rig.adapter.health().detail).toMatch(/^gateway (reconnecting|connecting|resuming|identifying|disconnected|idle|nearly|waitingforguilds)$/);
      await until(() => rig.adapter.health().connected, 15_000, "the gateway to come back");
    } finally {
      await rig.stop();
    }
    expect(rig.adapter.health()).toEqual({ connected: false, detail: expect.stringMatching(/^gateway /) });
  }, 30_000);

  it("Slack Socket Mode: connected when the socket is open; 'socket reconnecting' while it is dropped; 'stopped' after stop()", async () => {
    const rig = await startSlack({ adapter: { socketPingTimeoutMs: 200 } });
    try {
      expect(rig.adapter.health()).toEqual({ connected: true });
      for (const ws of (rig.fake as unknown as { sockets: Set<{ terminate(): void }> }).sockets) ws.terminate();
      await until(() => !rig.adapter.health().connected, 5_000, "the drop to be noticed");
      expect(rig.adapter.health()).toEqual({ connected: false, detail: "socket reconnecting" });
      await until(() => rig.adapter.health().connected, 15_000, "the socket to come back");
    } finally {
      await rig.stop();
    }
    expect(rig.adapter.health()).toEqual({ connected: false, detail: "stopped" });
  }, 30_000);
});
