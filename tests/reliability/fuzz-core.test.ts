/**
 * Fuzzing the core: whatever anyone types (random Unicode, RTL, combining marks, zero-width
 * characters, emoji, control characters, 100 kB messages, markdown and mention syntax, near
 * misses of real names), answer() and complete() never throw, answer() returns a valid Answer that
 * echoes no mention and no raw input, and no call on the path adapters use takes long enough to
 * stall the bot.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createAnswerStep } from "../../adapters/shared/answer-step.js";
import { createLogger } from "../../adapters/shared/logger.js";
import { boundQuestion } from "../../adapters/shared/bound-question.js";
import { realFactdesk } from "../helpers/factdesk.js";
import { AnswerSchema, RAW_MENTION } from "./answer-schema.js";
import { FUZZ_TIMEOUT_MS, questions, realVocabulary, runs, seed } from "./arbitraries.js";
import { check } from "./check.js";
import { CALL_CAP_MS, CallTimes } from "./timing.js";

const factdesk = realFactdesk();
factdesk.answer("Who chaired the OSCE in 2010?", { now: new Date("2026-01-15T12:00:00Z") }); // first-call set-up is not a stall
const answerStep = createAnswerStep(factdesk);
const log = createLogger({ level: "silent" });
const vocab = realVocabulary(factdesk);
const when = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true });
const guarded = new CallTimes("shared question path (bound → core answer())");
const raw = new CallTimes("raw core answer()");
const completions = new CallTimes("core complete()");
let tried = 0;

afterAll(() => {
  for (const t of [guarded, raw, completions]) console.info(`[fuzz] ${t.summary()}`);
  console.info(`[fuzz] core: ${tried} generated inputs in all`);
});

function expectValid(answer: unknown): void {
  const parsed = AnswerSchema.safeParse(answer);
  if (!parsed.success) throw new Error(`not a valid Answer: ${parsed.error.message}`);
  const a = parsed.data;
  for (const text of [a.text, a.validFor ?? "", ...a.suggestions]) expect(text).not.toMatch(RAW_MENTION);
}

describe("core under hostile input", () => {
  it("has real names and questions to build near misses from", () => {
    expect(vocab.names.length).toBeGreaterThan(100);
    expect(vocab.questions.length).toBeGreaterThan(10);
  });

  it("the path adapters use: never throws, always a valid Answer, no mention echoed, bounded time per call", () => {
    tried += check(
      fc.property(questions(vocab), when, (question, now) => {
        const { value, ms } = guarded.time(question, () => answerStep(question, { platform: "cli", at: now, log }));
        expectValid(value);
        expect(ms).toBeLessThan(CALL_CAP_MS);
      }),
      { numRuns: runs(400), seed: seed() },
    );
  }, FUZZ_TIMEOUT_MS);

  it("the raw core: never throws, always a valid Answer, no mention echoed", () => {
    // Timed for the report, not asserted: one word of hundreds of letters costs the raw core
    // O(n³) in typo correction (see adapters/shared/bound-question.ts); the path above bounds it.
    tried += check(
      fc.property(questions(vocab), when, (question, now) => {
        expectValid(raw.time(question, () => factdesk.answer(question, { now })).value);
      }),
      { numRuns: runs(100), seed: seed() },
    );
  }, FUZZ_TIMEOUT_MS);

  it("never repeats what the user typed, but for naming a word it did not understand (a marker word reaches the answer only as that)", () => {
    const marker = fc.stringMatching(/^zq[a-z]{10}$/);
    // The one sanctioned echo: "…, but not "zqabc…"." — a folded letters-and-digits word, quoted, in that clause.
    const NAMED = /, but not (?:"[a-z0-9]+"(?:, )?)+\./;
    tried += check(
      fc.property(fc.constantFrom(...vocab.questions), marker, fc.nat(), (question, word, at) => {
        const words = question.split(" ");
        words.splice(at % (words.length + 1), 0, word);
        const answer = factdesk.answer(words.join(" "), { now: new Date("2026-01-15T12:00:00Z") });
        const rest = { ...answer, text: answer.text.replace(NAMED, "") };
        expect(JSON.stringify(rest).toLowerCase()).not.toContain(word.slice(2));
      }),
      { numRuns: runs(100), seed: seed() },
    );
  }, FUZZ_TIMEOUT_MS);

  it("the same question on the same date gets the same answer (no state leaks between calls)", () => {
    tried += check(
      fc.property(questions(vocab), when, (question, now) => {
        const q = boundQuestion(question);
        expect(factdesk.answer(q, { now })).toEqual(factdesk.answer(q, { now }));
      }),
      { numRuns: runs(60), seed: seed() },
    );
  }, FUZZ_TIMEOUT_MS);

  it("complete(): never throws, at most `limit` strings, bounded time per keystroke", () => {
    tried += check(
      fc.property(questions(vocab), fc.integer({ min: 1, max: 25 }), (prefix, limit) => {
        // Discord sends the option as typed (at most 100 characters for autocomplete): try both.
        for (const text of [prefix, prefix.slice(0, 100)]) {
          const { value: choices, ms } = completions.time(text, () => factdesk.complete(text, { limit }));
          expect(Array.isArray(choices)).toBe(true);
          expect(choices.length).toBeLessThanOrEqual(limit);
          for (const c of choices) expect(typeof c).toBe("string");
          expect(ms).toBeLessThan(CALL_CAP_MS);
        }
      }),
      { numRuns: runs(200), seed: seed() },
    );
  }, FUZZ_TIMEOUT_MS);
});
