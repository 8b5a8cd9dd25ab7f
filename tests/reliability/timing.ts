/**
 * Per-call timing for the fuzz tests. The bound is a sanity cap, not a speed target: it proves no
 * input can stall the event loop (catastrophic backtracking, quadratic loops over 100 kB).
 *
 * A call over the cap is timed again (the functions are pure) and its fastest run counts: a
 * pathological input is slow every time, a GC pause or a busy CI machine is not.
 */
export const CALL_CAP_MS = 250;
const RETRIES = 2;

export class CallTimes {
  private readonly times: number[] = [];
  private slowest = "";
  constructor(readonly name: string) {}

  /** Runs `fn`, recording how long it took (and the input, when it is the slowest so far). */
  time<T>(input: string, fn: () => T): { value: T; ms: number } {
    let started = performance.now();
    const value = fn();
    let ms = performance.now() - started;
    for (let i = 0; i < RETRIES && ms >= CALL_CAP_MS; i++) {
      started = performance.now();
      fn();
      ms = Math.min(ms, performance.now() - started);
    }
    if (ms > this.max) this.slowest = input.length > 80 ? `${JSON.stringify(input.slice(0, 60))}… (${input.length} chars)` : JSON.stringify(input);
    this.times.push(ms);
    return { value, ms };
  }

  get count(): number {
    return this.times.length;
  }

  get max(): number {
    let max = 0;
    for (const t of this.times) if (t > max) max = t;
    return max;
  }

  summary(): string {
    const sorted = [...this.times].sort((a, b) => a - b);
    const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2);
    return `${this.name}: ${this.count} inputs, median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${this.max.toFixed(2)} ms (slowest: ${this.slowest})`;
  }
}
