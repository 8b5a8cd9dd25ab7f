/**
 * The answers a flag button may point back to: each answer shown with a "Wrong or outdated?"
 * button is remembered under a short random id that travels in the button (Discord's custom_id is
 * at most 100 characters, so the answer itself cannot). Bounded: the oldest are forgotten first,
 * and nothing survives a restart (a flag on a forgotten answer is told to ask again).
 */
import { randomBytes } from "node:crypto";
import type { Answered } from "./flags-log.js";

export const RECENT_ANSWERS = 5_000;

export class RecentAnswers {
  private readonly byId = new Map<string, Answered>();

  constructor(private readonly capacity = RECENT_ANSWERS) {}

  /** Remembers an answer; returns the id to put in its flag button. */
  remember(answered: Answered): string {
    const id = randomBytes(9).toString("base64url");
    this.byId.set(id, answered);
    // Map keeps insertion order: the first key is the oldest.
    if (this.byId.size > this.capacity) this.byId.delete(this.byId.keys().next().value!);
    return id;
  }

  recall(id: string): Answered | undefined {
    return this.byId.get(id);
  }

  get size(): number {
    return this.byId.size;
  }
}
