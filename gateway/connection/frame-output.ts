// Writes frames (payloads without their size prefix) to a socket with as few copies and
// syscalls as possible: a payload that still sits right after its own size prefix in the
// buffer it arrived in is sent from there, and neighbouring frames of the same buffer are
// sent as one slice. Everything else gets a fresh 4-byte prefix.
import type { Socket } from 'node:net';
import { frameSizePrefix } from '../protocol/frame.ts';

function prefixed(payload: Buffer): Buffer | undefined {
  const off = payload.byteOffset;
  if (off < 4) return undefined;
  const view = Buffer.from(payload.buffer, off - 4, payload.length + 4);
  return view.readInt32BE(0) === payload.length ? view : undefined;
}

export class FrameBatch {
  #parts: Buffer[] = [];

  get empty(): boolean {
    return this.#parts.length === 0;
  }

  add(payload: Buffer): void {
    const framed = prefixed(payload);
    if (!framed) {
      this.#parts.push(frameSizePrefix(payload.length), payload);
      return;
    }
    this.addRaw(framed);
  }

  /** Bytes that are already framed (or part of a frame being streamed). */
  addRaw(framed: Buffer): void {
    const last = this.#parts[this.#parts.length - 1];
    if (last && last.buffer === framed.buffer && last.byteOffset + last.length === framed.byteOffset) {
      this.#parts[this.#parts.length - 1] = Buffer.from(
        last.buffer,
        last.byteOffset,
        last.length + framed.length,
      );
    } else {
      this.#parts.push(framed);
    }
  }

  /** Write everything; returns false when the socket's buffer is full (caller pauses its source). */
  flushTo(socket: Socket): boolean {
    const parts = this.#parts;
    this.#parts = [];
    if (parts.length === 0) return !socket.writableNeedDrain;
    if (parts.length === 1) return socket.write(parts[0]);
    socket.cork();
    let ok = true;
    for (const p of parts) ok = socket.write(p);
    socket.uncork();
    return ok;
  }
}
