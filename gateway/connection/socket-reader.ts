// Reads a socket (either side of a pair; a TLS client's cleartext too) into a reusable buffer
// (net's `onread`) instead of a fresh 64 KiB Buffer per read. Every fresh Buffer is external memory to V8, and
// ~1 GB/s of them made it run a full mark-compact several times a second on a 20 MB heap (the
// produce profile: 30 % of the gateway's time in GC). A buffer that nothing references after
// its chunk was handled is read into again.
//
// The buffer adapts to the socket's traffic: a read that fills it grows the next one (up to
// MAX_READ_BYTES, fewer syscalls for bulk data), a run of small reads shrinks it (down to
// MIN_READ_BYTES), so an idle connection holds a few KiB, not a bulk buffer.

export const MIN_READ_BYTES = 4 * 1024;
export const MAX_READ_BYTES = 256 * 1024;

// Reads this much smaller than the buffer, this many times in a row, shrink it.
const SHRINK_BELOW = 8;
const SHRINK_AFTER_READS = 8;

// Every socket's first read goes to this one buffer and is copied out at once, so a connection
// that never sends holds no buffer of its own. Safe to share: reads and their callbacks run one
// at a time on the event loop, and nothing references it once a callback returns.
const FIRST_READ = Buffer.allocUnsafeSlow(MIN_READ_BYTES);

/** Handles one chunk; returns true when something may still reference the chunk's memory. */
export type ChunkSink = (chunk: Buffer) => boolean;

export class SocketReader {
  #buffer: Buffer | undefined = FIRST_READ;
  #size = MIN_READ_BYTES;
  #smallReads = 0;
  #sink: ChunkSink | undefined;
  #early: Buffer[] = [];

  /** The `onread` option for a socket read through this reader. */
  get onread(): { buffer: () => Buffer; callback: (read: number, buf: Uint8Array) => boolean } {
    return {
      buffer: () => this.buffer(),
      callback: (read, buf) => {
        this.onRead(read, buf as Buffer);
        // true: keep reading (false would pause); the pair pauses by itself.
        return true;
      },
    };
  }

  /** For net's `onread.buffer`: where the next read goes. */
  buffer(): Buffer {
    if (this.#buffer?.length !== this.#size) this.#buffer = Buffer.allocUnsafeSlow(this.#size);
    return this.#buffer;
  }

  /** For net's `onread.callback`: `read` bytes arrived at the start of `buf`. */
  onRead(read: number, buf: Buffer): void {
    // A read much smaller than its buffer is copied out, so a kept chunk never pins a buffer
    // it hardly uses: live data is at least a quarter of every buffer lent in place.
    const inPlace = buf !== FIRST_READ && read >= buf.length / 4;
    const chunk = inPlace ? buf.subarray(0, read) : Buffer.from(buf.subarray(0, read));
    this.#adapt(read, buf.length);
    if (buf === FIRST_READ) this.#buffer = undefined;
    const sink = this.#sink;
    if (!sink) {
      // Before the pair attached: kept until then.
      this.#early.push(inPlace ? Buffer.from(chunk) : chunk);
      return;
    }
    if (sink(chunk) && inPlace && buf === this.#buffer) this.#buffer = undefined;
  }

  /** Bytes read before this reader took over the socket; the sink gets them first. */
  held(chunk: Buffer): void {
    this.#early.push(chunk);
  }

  attach(sink: ChunkSink): void {
    this.#sink = sink;
    const early = this.#early;
    this.#early = [];
    for (const chunk of early) sink(chunk);
  }

  #adapt(read: number, size: number): void {
    if (read === size) {
      this.#size = Math.min(size * 4, MAX_READ_BYTES);
      this.#smallReads = 0;
    } else if (read * SHRINK_BELOW <= size && ++this.#smallReads >= SHRINK_AFTER_READS) {
      this.#size = Math.max(size / 4, MIN_READ_BYTES);
      this.#smallReads = 0;
    } else if (read * SHRINK_BELOW > size) {
      this.#smallReads = 0;
    }
  }
}
