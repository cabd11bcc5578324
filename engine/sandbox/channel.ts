// The message channel between the host and a sandbox worker: length-prefixed frames over a
// socket pair (the worker's fd 3), in place of Node's IPC channel. A message is V8-serialized
// as `serialization: 'advanced'` would, except that large byte arrays (record batches, their
// verdicts) travel beside the serialized part instead of inside it: the sender hands them to
// one writev without copying them, and the receiver gets views of the frame it read (smaller
// arrays are copied out, each into an ArrayBuffer of its own).
//
// Why: on the 2-core VM, a 64 KiB payload's round trip through Node's IPC channel cost the two
// sides ~73 and ~95 µs of CPU against ~35 and ~57 µs for the same bytes as raw frames (the IPC
// channel copies a message three times on the way out and concatenates the chunks it reads),
// and a sandboxed batch crosses twice (docs/architecture-engine.md, "The crossing").
//
// Frame: u32 body length, then the body: u32 serialized length, u32 side-array count, u32 length
// of each side array, the serialized message, the side arrays' bytes. Little-endian.

import type { Socket } from 'node:net';
import { Deserializer, Serializer } from 'node:v8';

/** Byte arrays at least this long go beside the serialized part; smaller ones are copied into it. */
export const SIDE_BYTES_MIN = 2048;

// The views a message may carry, by index: V8 serializes them as host objects, which we write.
const VIEW_TYPES = [
  Uint8Array,
  Buffer,
  Int8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
  DataView,
] as const;
type ViewType = (typeof VIEW_TYPES)[number];
const INLINE = 0;
const BESIDE = 1;

class FrameSerializer extends Serializer {
  readonly side: Uint8Array[] = [];

  constructor() {
    super();
    // Not in @types/node, but how Node's own DefaultSerializer gets views to _writeHostObject.
    (
      this as unknown as { _setTreatArrayBufferViewsAsHostObjects(on: boolean): void }
    )._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view: NodeJS.ArrayBufferView): void {
    const type = VIEW_TYPES.indexOf(view.constructor as ViewType);
    if (type < 0) throw new TypeError(`cannot send a ${view.constructor.name}`);
    const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    this.writeUint32(type);
    // Side arrays are Uint8Arrays and Buffers only: any alignment does for them.
    if (type <= 1 && bytes.length >= SIDE_BYTES_MIN) {
      this.writeUint32(BESIDE);
      this.writeUint32(this.side.length);
      this.side.push(bytes);
    } else {
      this.writeUint32(INLINE);
      this.writeUint32(bytes.length);
      this.writeRawBytes(bytes);
    }
  }
}

class FrameDeserializer extends Deserializer {
  readonly #side: Buffer[];

  constructor(serialized: Buffer, side: Buffer[]) {
    super(serialized);
    this.#side = side;
  }

  _readHostObject(): NodeJS.ArrayBufferView {
    const Type = VIEW_TYPES[this.readUint32()];
    if (!Type) throw new TypeError('unknown byte array type in a frame');
    const how = this.readUint32();
    if (how === BESIDE) {
      const view = this.#side[this.readUint32()];
      if (!view) throw new TypeError('missing side array in a frame');
      return Type === Buffer ? view : new Uint8Array(view.buffer, view.byteOffset, view.length);
    }
    // Inline arrays are small: each gets an ArrayBuffer of its own, aligned, and exactly its
    // size (an isolate copies a view's whole ArrayBuffer, not just the view).
    const raw = this.readRawBytes(this.readUint32());
    const bytes = new Uint8Array(raw.length);
    bytes.set(raw);
    if (Type === Buffer) return Buffer.from(bytes.buffer, 0, bytes.length);
    if (Type === DataView) return new DataView(bytes.buffer);
    const size = 'BYTES_PER_ELEMENT' in Type ? Type.BYTES_PER_ELEMENT : 1;
    const Typed = Type as unknown as new (
      b: ArrayBufferLike,
      at: number,
      n: number,
    ) => NodeJS.ArrayBufferView;
    return new Typed(bytes.buffer, 0, bytes.length / size);
  }
}

/**
 * Writes `message` to `socket` as one frame, in one writev. Throws, having written nothing,
 * when the message cannot be serialized. Side arrays are not copied: the caller must not change
 * them afterwards.
 */
export function writeFrame(socket: Socket, message: unknown): void {
  const ser = new FrameSerializer();
  ser.writeHeader();
  ser.writeValue(message);
  const serialized = ser.releaseBuffer();
  const side = ser.side;
  const head = Buffer.allocUnsafe(12 + 4 * side.length);
  let body = head.length - 4 + serialized.length;
  for (const [i, s] of side.entries()) {
    head.writeUInt32LE(s.length, 12 + 4 * i);
    body += s.length;
  }
  head.writeUInt32LE(body, 0);
  head.writeUInt32LE(serialized.length, 4);
  head.writeUInt32LE(side.length, 8);
  socket.cork();
  socket.write(head);
  socket.write(serialized);
  for (const s of side) socket.write(s);
  socket.uncork();
}

/** Largest frame a reader accepts: more is a broken peer, and its channel is closed. */
export const MAX_FRAME_BYTES = 1024 * 1024 * 1024;

/** Cuts a byte stream into frames and decodes each into its message. */
export class FrameReader {
  #chunks: Buffer[] = [];
  /** Index of the first chunk not yet consumed (no Array.shift: tiny chunks must stay linear). */
  #first = 0;
  #have = 0;
  /** Body length of the frame being read; -1 before its length prefix is in. */
  #need = -1;

  /**
   * Hands each message that `chunk` completes to `onMessage`, in order. Throws on a frame that
   * does not decode, after the messages before it.
   */
  push(chunk: Buffer, onMessage: (m: unknown) => void): void {
    this.#chunks.push(chunk);
    this.#have += chunk.length;
    for (;;) {
      if (this.#need < 0) {
        if (this.#have < 4) break;
        this.#need = this.#take(4).readUInt32LE(0);
        if (this.#need > MAX_FRAME_BYTES) throw new RangeError(`frame of ${this.#need} bytes`);
      }
      if (this.#have < this.#need) break;
      const body = this.#take(this.#need);
      this.#need = -1;
      onMessage(decodeBody(body));
    }
    if (this.#first > 64 && this.#first * 2 > this.#chunks.length) {
      this.#chunks = this.#chunks.slice(this.#first);
      this.#first = 0;
    }
  }

  /** The next n bytes: a view when one chunk holds them (the usual case), else a copy. */
  #take(n: number): Buffer {
    this.#have -= n;
    const first = this.#chunks[this.#first];
    if (first.length >= n) {
      if (first.length === n) this.#first++;
      else this.#chunks[this.#first] = first.subarray(n);
      return first.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(n);
    let at = 0;
    while (at < n) {
      const c = this.#chunks[this.#first];
      const part = Math.min(c.length, n - at);
      c.copy(out, at, 0, part);
      at += part;
      if (part === c.length) this.#first++;
      else this.#chunks[this.#first] = c.subarray(part);
    }
    return out;
  }
}

function decodeBody(body: Buffer): unknown {
  if (body.length < 8) throw new RangeError('frame shorter than its header');
  const serializedLength = body.readUInt32LE(0);
  const count = body.readUInt32LE(4);
  let at = 8 + 4 * count;
  if (at > body.length) throw new RangeError('frame shorter than its side-array table');
  const serialized = body.subarray(at, at + serializedLength);
  at += serializedLength;
  const side: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const length = body.readUInt32LE(8 + 4 * i);
    side.push(body.subarray(at, at + length));
    at += length;
  }
  if (at !== body.length) throw new RangeError('frame length does not match its parts');
  const des = new FrameDeserializer(serialized, side);
  des.readHeader();
  return des.readValue();
}

/**
 * Reads frames from `socket` and hands each message to `onMessage`. A frame that does not decode
 * destroys the socket (`onBroken` says why): the peer is broken, and its process is replaced.
 * `onMessage` must not throw: what it throws is taken for a broken frame.
 */
export function readFrames(
  socket: Socket,
  onMessage: (m: unknown) => void,
  onBroken: (err: Error) => void,
): void {
  const reader = new FrameReader();
  socket.on('data', (chunk: Buffer) => {
    try {
      reader.push(chunk, onMessage);
    } catch (e) {
      socket.destroy();
      onBroken(e as Error);
    }
  });
}
