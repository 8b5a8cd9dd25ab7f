/**
 * The body of a table cache file: the payload serialised by v8, except that its large typed arrays
 * (the string pool, the fact columns, the typo index: nearly all of the bytes) are written after
 * it, raw, one after another. A start then reads each of them straight into its own typed array
 * (one copy, from the page cache) instead of reading the whole file into one buffer that v8's
 * deserialiser keeps alive under every array it returns (and copies the arrays it cannot align).
 *
 *   [u32 directory length][directory: v8 [[type, byteLength], …]][f64 shell length][shell: v8 payload][array bytes …]
 */
import { readSync, writeSync } from "node:fs";
import { DefaultDeserializer, DefaultSerializer, deserialize, serialize } from "node:v8";

/** Smaller arrays stay inline in the v8 payload: one read for many of them. */
const OUTSIDE_FROM_BYTES = 4096;

const TYPES = { Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array };
type TypeName = keyof typeof TYPES;
type TypedArray = InstanceType<(typeof TYPES)[TypeName]>;

/** v8's documented hooks, which Node's default classes implement for typed arrays (not in @types/node). */
const defaultWrite = (DefaultSerializer.prototype as unknown as { _writeHostObject(view: ArrayBufferView): void })._writeHostObject;
const defaultRead = (DefaultDeserializer.prototype as unknown as { _readHostObject(): unknown })._readHostObject;

const INLINE = 0;
const OUTSIDE = 1;

/** Collects the large typed arrays it meets and writes their number in their place. */
class SplittingSerializer extends DefaultSerializer {
  readonly outside: TypedArray[] = [];

  _writeHostObject(view: ArrayBufferView): void {
    const type = view.constructor.name as TypeName;
    if (view.byteLength >= OUTSIDE_FROM_BYTES && TYPES[type] === view.constructor) {
      this.writeUint32(OUTSIDE);
      this.writeUint32(this.outside.length);
      this.outside.push(view as TypedArray);
    } else {
      this.writeUint32(INLINE);
      defaultWrite.call(this, view);
    }
  }
}

/** Puts the arrays read from the file back where their numbers are. */
class JoiningDeserializer extends DefaultDeserializer {
  constructor(shell: Buffer, private readonly outside: TypedArray[]) {
    super(shell);
  }

  _readHostObject(): unknown {
    if (this.readUint32() === OUTSIDE) return this.outside[this.readUint32()];
    return defaultRead.call(this);
  }
}

/** Writes `payload` at the file's current position; throws what v8 throws for what it cannot serialise. */
export function writeBody(fd: number, payload: unknown): void {
  const serializer = new SplittingSerializer();
  serializer.writeHeader();
  serializer.writeValue(payload);
  const shell = serializer.releaseBuffer();
  const directory = serialize(serializer.outside.map((a) => [a.constructor.name, a.byteLength]));
  const lengths = Buffer.alloc(4);
  lengths.writeUInt32LE(directory.length);
  const shellLength = Buffer.alloc(8);
  shellLength.writeDoubleLE(shell.length);
  for (const part of [lengths, directory, shellLength, shell, ...serializer.outside]) writeAll(fd, bytesOf(part));
}

/** Reads a body written by `writeBody` from `position`; null if the file ends early or is not one. */
export function readBody(fd: number, position: number): unknown {
  let at = position;
  const next = (length: number): Buffer | null => {
    const part = Buffer.allocUnsafe(length);
    if (!readAll(fd, part, at)) return null;
    at += length;
    return part;
  };
  const dirLength = next(4)?.readUInt32LE();
  const directory = dirLength === undefined ? null : next(dirLength);
  if (!directory) return null;
  const entries = deserialize(directory) as Array<[string, number]>;
  const shellLength = next(8)?.readDoubleLE();
  const shell = shellLength === undefined ? null : next(shellLength);
  if (!shell) return null;
  const outside: TypedArray[] = [];
  for (const [type, byteLength] of entries) {
    const Type = Object.hasOwn(TYPES, type) ? TYPES[type as TypeName] : undefined;
    if (!Type) return null;
    const array = new Type(byteLength / Type.BYTES_PER_ELEMENT);
    if (!readAll(fd, bytesOf(array), at)) return null;
    at += byteLength;
    outside.push(array);
  }
  const deserializer = new JoiningDeserializer(shell, outside);
  deserializer.readHeader();
  return deserializer.readValue();
}

function bytesOf(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/** One read or write moves at most ~2 GB (Linux): a million facts' string pool is hundreds of MB. */
function readAll(fd: number, into: Uint8Array, position: number): boolean {
  for (let done = 0; done < into.length; ) {
    const n = readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) return false;
    done += n;
  }
  return true;
}

export function writeAll(fd: number, data: Uint8Array): void {
  for (let done = 0; done < data.length; ) done += writeSync(fd, data, done, data.length - done);
}
