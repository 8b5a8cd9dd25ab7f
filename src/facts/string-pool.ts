/**
 * Interned strings in two typed arrays (UTF-8 bytes and where each string ends): what the compact
 * table and the compact vocabulary store instead of millions of string objects. Serialised by v8
 * as two memory copies; a string is decoded only when it is asked for.
 */

/** The stored form: plain typed arrays (what the table cache writes). */
export interface PoolData {
  bytes: Uint8Array;
  ends: Uint32Array;
}

/** Collects strings once each while a table is compiled; `finish` packs them. */
export class PoolBuilder {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];

  /** The number of `s` (the same for the same string). */
  add(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(s, id);
      this.list.push(s);
    }
    return id;
  }

  /** -1 for a missing string. */
  addOptional(s: string | undefined | null): number {
    return s === undefined || s === null ? -1 : this.add(s);
  }

  finish(): PoolData {
    const ends = new Uint32Array(this.list.length);
    let total = 0;
    this.list.forEach((s, i) => (ends[i] = total += Buffer.byteLength(s, "utf8")));
    const bytes = new Uint8Array(total);
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    this.list.forEach((s, i) => view.write(s, i === 0 ? 0 : ends[i - 1]!, "utf8"));
    return { bytes, ends };
  }
}

/** Reads a packed pool. */
export class StringPool {
  private readonly view: Buffer;

  constructor(private readonly data: PoolData) {
    this.view = Buffer.from(data.bytes.buffer, data.bytes.byteOffset, data.bytes.length);
  }

  get size(): number {
    return this.data.ends.length;
  }

  get(i: number): string {
    return this.view.toString("utf8", i === 0 ? 0 : this.data.ends[i - 1]!, this.data.ends[i]!);
  }

  optional(i: number): string | undefined {
    return i < 0 ? undefined : this.get(i);
  }
}
