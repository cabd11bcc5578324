// Kafka frames on a stream: a big-endian int32 size, then that many bytes (header + body).
// FrameDecoder turns socket chunks into whole frames. A frame that lies inside one chunk is
// returned as a view of that chunk (no copy); only frames split across chunks are joined,
// once, into a buffer of exactly the frame's size. The size is checked against the limit
// before any byte of the frame is buffered, so a hostile size costs nothing.
import { ProtocolError } from './errors.ts';

/** Kafka's own default for socket.request.max.bytes (100 MiB). */
export const DEFAULT_MAX_FRAME_SIZE = 104_857_600;

export interface FrameDecoderOptions {
  /** Largest frame (excluding the 4-byte size) accepted; larger sizes fail with FRAME_TOO_LARGE. */
  maxFrameSize?: number;
}

export class FrameDecoder {
  readonly maxFrameSize: number;
  // Bytes received but not yet part of a returned frame, in arrival order.
  #parts: Buffer[] = [];
  #buffered = 0;
  // Size of the frame being assembled, or -1 while its size prefix is still incomplete.
  #frameSize = -1;
  #failure: ProtocolError | null = null;

  constructor(options: FrameDecoderOptions = {}) {
    this.maxFrameSize = options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE;
  }

  /** Bytes held while waiting for the rest of a frame. */
  get bufferedBytes(): number {
    return this.#buffered;
  }

  /**
   * Feeds one chunk and returns the frames (without their size prefix) it completes, in order.
   * After a framing error the stream cannot be resynchronised: every later call throws it again.
   */
  push(chunk: Buffer): Buffer[] {
    if (this.#failure) throw this.#failure;
    const frames: Buffer[] = [];
    let data = chunk;
    if (this.#buffered > 0) {
      // Finish the frame that an earlier chunk started.
      this.#parts.push(chunk);
      this.#buffered += chunk.length;
      if (this.#frameSize === -1) {
        if (this.#buffered < 4) return frames;
        this.#frameSize = this.#checkSize(this.#peekSize());
      }
      const total = 4 + this.#frameSize;
      if (this.#buffered < total) return frames;
      // Copy only this frame's bytes; the rest of the last chunk is handled without copying below.
      const frame = Buffer.allocUnsafe(total);
      let filled = 0;
      for (const part of this.#parts) {
        const take = Math.min(part.length, total - filled);
        part.copy(frame, filled, 0, take);
        filled += take;
        if (filled === total) {
          // Only the chunk just pushed can complete the frame, so it holds whatever follows.
          data = part.subarray(take);
          break;
        }
      }
      frames.push(frame.subarray(4));
      this.#parts = [];
      this.#buffered = 0;
      this.#frameSize = -1;
    }
    let pos = 0;
    while (data.length - pos >= 4) {
      const size = this.#checkSize(data.readInt32BE(pos));
      if (data.length - pos - 4 < size) {
        this.#frameSize = size;
        break;
      }
      frames.push(data.subarray(pos + 4, pos + 4 + size));
      pos += 4 + size;
    }
    if (pos < data.length) {
      this.#parts.push(data.subarray(pos));
      this.#buffered = data.length - pos;
    }
    return frames;
  }

  /** Call when the stream ends: throws TRUNCATED if a frame was cut off mid-way. */
  end(): void {
    if (this.#failure) throw this.#failure;
    if (this.#buffered > 0) {
      throw new ProtocolError('SLUICE_PROTOCOL_TRUNCATED', 'stream ended inside a frame', {
        details: {
          offset: 0,
          buffered: this.#buffered,
          expected: this.#frameSize === -1 ? null : this.#frameSize + 4,
          field: 'frame',
        },
      });
    }
  }

  #peekSize(): number {
    const head = this.#parts[0].length >= 4 ? this.#parts[0] : Buffer.concat(this.#parts, this.#buffered);
    return head.readInt32BE(0);
  }

  #checkSize(size: number): number {
    if (size < 0) {
      this.#failure = new ProtocolError('SLUICE_PROTOCOL_INVALID_LENGTH', `negative frame size ${size}`, {
        details: { offset: 0, length: size, field: 'frame size' },
      });
      throw this.#failure;
    }
    if (size > this.maxFrameSize) {
      this.#failure = new ProtocolError(
        'SLUICE_PROTOCOL_FRAME_TOO_LARGE',
        `frame of ${size} bytes exceeds the limit of ${this.maxFrameSize}`,
        { details: { offset: 0, length: size, max: this.maxFrameSize, field: 'frame size' } },
      );
      throw this.#failure;
    }
    return size;
  }
}

/** The 4-byte size prefix for a frame of `length` bytes. */
export function frameSizePrefix(length: number): Buffer {
  const prefix = Buffer.allocUnsafe(4);
  prefix.writeInt32BE(length, 0);
  return prefix;
}

/** A whole frame (size prefix + payload) in one buffer. Prefer writing prefix and payload separately when forwarding. */
export function encodeFrame(payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(4 + payload.length);
  out.writeInt32BE(payload.length, 0);
  out.set(payload, 4);
  return out;
}
