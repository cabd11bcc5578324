// Writes frames (payloads without their size prefix) to a socket with as few copies and
// syscalls as possible: a payload that still sits right after its own size prefix in the
// buffer it arrived in is sent from there, and neighbouring frames of the same buffer are
// sent as one slice. Everything else gets a fresh 4-byte prefix.
import type { Socket } from 'node:net';
import { frameSizePrefix } from '../../kafka/frame.ts';

/**
 * Bytes a socket may hold unsent before the pair stops reading the other side. Node's
 * default writable high-water mark (16 KiB) is smaller than one read, so honouring it
 * paused and resumed the source on nearly every chunk of a large request or response;
 * a larger budget keeps memory bounded per connection with far fewer pause/resume turns.
 */
export const WRITE_BUDGET_BYTES = 1024 * 1024;

function prefixed(payload: Buffer): Buffer | undefined {
  const off = payload.byteOffset;
  if (off < 4) return undefined;
  const view = Buffer.from(payload.buffer, off - 4, payload.length + 4);
  return view.readInt32BE(0) === payload.length ? view : undefined;
}

/** True while `socket` holds no more than the budget; otherwise 'drain' is due. */
export function underWriteBudget(socket: Socket): boolean {
  // writableNeedDrain guarantees a 'drain' event for the caller to wait on.
  return !(socket.writableNeedDrain && socket.writableLength > WRITE_BUDGET_BYTES);
}

export class FrameBatch {
  #parts: Buffer[] = [];
  // The last part, kept as a range so that contiguous slices of one read grow it without
  // a new Buffer object each time; `#tailFirst` is reused when the range never grew.
  #tailFirst: Buffer | undefined;
  #tailEnd = 0;

  get empty(): boolean {
    return this.#parts.length === 0 && this.#tailFirst === undefined;
  }

  add(payload: Buffer): void {
    const framed = prefixed(payload);
    if (!framed) {
      this.#closeTail();
      this.#parts.push(frameSizePrefix(payload.length), payload);
      return;
    }
    this.addRaw(framed);
  }

  /** Bytes that are already framed (or part of a frame being streamed). */
  addRaw(framed: Buffer): void {
    const tail = this.#tailFirst;
    if (tail && tail.buffer === framed.buffer && this.#tailEnd === framed.byteOffset) {
      this.#tailEnd += framed.length;
      return;
    }
    this.#closeTail();
    this.#tailFirst = framed;
    this.#tailEnd = framed.byteOffset + framed.length;
  }

  #closeTail(): void {
    const tail = this.#tailFirst;
    if (!tail) return;
    const grown = this.#tailEnd !== tail.byteOffset + tail.length;
    this.#parts.push(
      grown ? Buffer.from(tail.buffer, tail.byteOffset, this.#tailEnd - tail.byteOffset) : tail,
    );
    this.#tailFirst = undefined;
  }

  /** Forget what was added (its destination is gone). */
  clear(): void {
    this.#parts = [];
    this.#tailFirst = undefined;
  }

  /** Write everything; returns false when the socket holds more than its budget (caller pauses its source until 'drain'). */
  flushTo(socket: Socket): boolean {
    this.#closeTail();
    const parts = this.#parts;
    if (parts.length === 0) return underWriteBudget(socket);
    this.#parts = [];
    if (parts.length === 1) {
      socket.write(parts[0]);
    } else {
      // One writev for the frames of one read instead of a syscall each.
      socket.cork();
      for (const p of parts) socket.write(p);
      socket.uncork();
    }
    return underWriteBudget(socket);
  }
}
