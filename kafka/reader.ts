// Reads Kafka's wire types from a Buffer without ever looking past `end`.
// Every length is checked against the bytes that remain BEFORE anything is allocated, so a
// hostile length field costs an exception, never memory. Byte fields come back as views
// into the frame (no copy): they stay valid as long as the frame buffer does.
import type { TaggedField } from './codec-support.ts';
import { ProtocolError } from './errors.ts';

/** The 16 bytes of a Kafka Uuid as 32 lowercase hex digits with dashes (8-4-4-4-12). */
export type Uuid = string;

export const ZERO_UUID: Uuid = '00000000-0000-0000-0000-000000000000';

export class Reader {
  readonly buffer: Buffer;
  readonly end: number;
  #pos: number;

  constructor(buffer: Buffer, offset = 0, end = buffer.length) {
    if (offset < 0 || end > buffer.length || offset > end) {
      throw new ProtocolError('SLUICE_PROTOCOL_INVALID_LENGTH', 'reader bounds outside the buffer', {
        details: { offset, end, bufferLength: buffer.length },
      });
    }
    this.buffer = buffer;
    this.#pos = offset;
    this.end = end;
  }

  get offset(): number {
    return this.#pos;
  }

  get remaining(): number {
    return this.end - this.#pos;
  }

  /** Throws TRUNCATED when fewer than `n` bytes remain; `what` names the field being read. */
  #need(n: number, what: string): number {
    const at = this.#pos;
    if (n > this.end - at) {
      throw new ProtocolError('SLUICE_PROTOCOL_TRUNCATED', `truncated while reading ${what}`, {
        details: { offset: at, needed: n, remaining: this.end - at, field: what },
      });
    }
    this.#pos = at + n;
    return at;
  }

  skip(n: number): this {
    if (n < 0) throw this.#invalidLength('skip', n);
    this.#need(n, 'skipped bytes');
    return this;
  }

  readInt8(): number {
    return this.buffer.readInt8(this.#need(1, 'int8'));
  }

  readUInt8(): number {
    return this.buffer[this.#need(1, 'uint8')];
  }

  readInt16(): number {
    return this.buffer.readInt16BE(this.#need(2, 'int16'));
  }

  readUInt16(): number {
    return this.buffer.readUInt16BE(this.#need(2, 'uint16'));
  }

  readInt32(): number {
    return this.buffer.readInt32BE(this.#need(4, 'int32'));
  }

  readUInt32(): number {
    return this.buffer.readUInt32BE(this.#need(4, 'uint32'));
  }

  readInt64(): bigint {
    return this.buffer.readBigInt64BE(this.#need(8, 'int64'));
  }

  readFloat64(): number {
    return this.buffer.readDoubleBE(this.#need(8, 'float64'));
  }

  /** Kafka writes booleans as one byte; any non-zero byte reads as true (as the Java client does). */
  readBoolean(): boolean {
    return this.buffer[this.#need(1, 'boolean')] !== 0;
  }

  /** Unsigned LEB128 of at most 5 bytes that must fit in 32 bits. */
  readUnsignedVarInt(): number {
    const buf = this.buffer;
    const start = this.#pos;
    let pos = start;
    let value = 0;
    let shift = 0;
    while (true) {
      if (pos >= this.end) {
        throw new ProtocolError('SLUICE_PROTOCOL_TRUNCATED', 'truncated while reading varint', {
          details: { offset: start, remaining: this.end - start, field: 'varint' },
        });
      }
      const b = buf[pos++];
      if (shift === 28) {
        // The 5th byte carries bits 28..31 only; anything else is overlong or too big for 32 bits.
        if (b > 0x0f) throw this.#invalidVarint(start, 'varint longer than 5 bytes or above 32 bits');
        value += b * 0x10000000;
        break;
      }
      value |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    this.#pos = pos;
    return value >>> 0;
  }

  /** Zig-zag encoded signed 32-bit varint (record lengths, key/value lengths, header counts). */
  readVarInt(): number {
    const u = this.readUnsignedVarInt();
    return (u >>> 1) ^ -(u & 1);
  }

  /** Unsigned LEB128 of at most 10 bytes that must fit in 64 bits. */
  readUnsignedVarLong(): bigint {
    const buf = this.buffer;
    const start = this.#pos;
    let pos = start;
    // Numbers are exact up to 2^53, so the first 7 bytes (49 bits) accumulate without BigInt.
    let low = 0;
    let shift = 0;
    while (shift < 49) {
      if (pos >= this.end) throw this.#truncatedVarint(start);
      const b = buf[pos++];
      low += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) {
        this.#pos = pos;
        return BigInt(low);
      }
      shift += 7;
    }
    let value = BigInt(low);
    while (true) {
      if (pos >= this.end) throw this.#truncatedVarint(start);
      const b = buf[pos++];
      if (shift === 63) {
        // The 10th byte carries bit 63 only.
        if (b > 0x01) throw this.#invalidVarint(start, 'varlong longer than 10 bytes or above 64 bits');
        value |= BigInt(b) << 63n;
        break;
      }
      value |= BigInt(b & 0x7f) << BigInt(shift);
      if (b < 0x80) break;
      shift += 7;
    }
    this.#pos = pos;
    return value;
  }

  /** Zig-zag encoded signed 64-bit varint (record timestamp deltas). */
  readVarLong(): bigint {
    const u = this.readUnsignedVarLong();
    return (u >> 1n) ^ -(u & 1n);
  }

  /** A view of the next `length` bytes (no copy). */
  readBytes(length: number): Buffer {
    if (length < 0) throw this.#invalidLength('bytes', length);
    const at = this.#need(length, 'bytes');
    return this.buffer.subarray(at, at + length);
  }

  /** A Reader over the next `length` bytes; this reader moves past them. */
  subReader(length: number): Reader {
    if (length < 0) throw this.#invalidLength('sub-reader', length);
    const at = this.#need(length, 'bytes');
    return new Reader(this.buffer, at, at + length);
  }

  readUuid(): Uuid {
    const at = this.#need(16, 'uuid');
    const hex = this.buffer.toString('hex', at, at + 16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  // --- Kafka strings: STRING (int16 length), COMPACT_STRING (unsigned varint length + 1).

  readString(): string {
    const length = this.readInt16();
    if (length < 0) throw this.#unexpectedNull('string', length);
    return this.#utf8(length);
  }

  readNullableString(): string | null {
    const length = this.readInt16();
    if (length === -1) return null;
    if (length < 0) throw this.#invalidLength('string', length);
    return this.#utf8(length);
  }

  readCompactString(): string {
    const length = this.readUnsignedVarInt() - 1;
    if (length < 0) throw this.#unexpectedNull('compact string', length);
    return this.#utf8(length);
  }

  readCompactNullableString(): string | null {
    const length = this.readUnsignedVarInt() - 1;
    if (length === -1) return null;
    return this.#utf8(length);
  }

  #utf8(length: number): string {
    const at = this.#need(length, 'string');
    return length === 0 ? '' : this.buffer.toString('utf8', at, at + length);
  }

  // --- Kafka bytes: BYTES (int32 length), COMPACT_BYTES (unsigned varint length + 1). Views, no copy.

  readSizedBytes(): Buffer {
    const length = this.readInt32();
    if (length < 0) throw this.#unexpectedNull('bytes', length);
    return this.readBytes(length);
  }

  readNullableSizedBytes(): Buffer | null {
    const length = this.readInt32();
    if (length === -1) return null;
    if (length < 0) throw this.#invalidLength('bytes', length);
    return this.readBytes(length);
  }

  readCompactBytes(): Buffer {
    const length = this.readUnsignedVarInt() - 1;
    if (length < 0) throw this.#unexpectedNull('compact bytes', length);
    return this.readBytes(length);
  }

  readCompactNullableBytes(): Buffer | null {
    const length = this.readUnsignedVarInt() - 1;
    if (length === -1) return null;
    return this.readBytes(length);
  }

  // --- Array lengths. Every element takes at least one byte on the wire in practice, so a
  // count above the remaining bytes is a lie; refusing it stops `new Array(2^31)`.

  /** ARRAY length (int32). -1 (null) is an error here. */
  readArrayLength(): number {
    const n = this.readInt32();
    if (n < 0) throw this.#unexpectedNull('array', n);
    return this.#checkCount(n);
  }

  /** ARRAY length (int32); -1 means null. */
  readNullableArrayLength(): number {
    const n = this.readInt32();
    if (n === -1) return -1;
    if (n < 0) throw this.#invalidLength('array', n);
    return this.#checkCount(n);
  }

  /** COMPACT_ARRAY length (unsigned varint N+1). 0 (null) is an error here. */
  readCompactArrayLength(): number {
    const n = this.readUnsignedVarInt() - 1;
    if (n < 0) throw this.#unexpectedNull('compact array', n);
    return this.#checkCount(n);
  }

  /** COMPACT_ARRAY length (unsigned varint N+1); returns -1 for null. */
  readCompactNullableArrayLength(): number {
    const n = this.readUnsignedVarInt() - 1;
    if (n === -1) return -1;
    return this.#checkCount(n);
  }

  #checkCount(n: number): number {
    if (n > this.end - this.#pos) {
      throw new ProtocolError('SLUICE_PROTOCOL_INVALID_LENGTH', `array of ${n} elements cannot fit`, {
        details: { offset: this.#pos, length: n, remaining: this.end - this.#pos, field: 'array' },
      });
    }
    return n;
  }

  /** Array helpers for hand-written code; generated codecs inline their loops instead. */
  readArray<T>(readElement: (reader: this, index: number) => T, compact = false): T[] {
    const n = compact ? this.readCompactArrayLength() : this.readArrayLength();
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = readElement(this, i);
    return out;
  }

  readNullableArray<T>(readElement: (reader: this, index: number) => T, compact = false): T[] | null {
    const n = compact ? this.readCompactNullableArrayLength() : this.readNullableArrayLength();
    if (n === -1) return null;
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) out[i] = readElement(this, i);
    return out;
  }

  /**
   * A tagged-field section kept raw: count, then (tag, size, bytes) each. For hand-written
   * code; generated codecs decode the tags they know inline. Undefined when there are none.
   */
  readTaggedFields(): TaggedField[] | undefined {
    const count = this.readUnsignedVarInt();
    if (count === 0) return undefined;
    const fields: TaggedField[] = [];
    for (let i = 0; i < count; i++) {
      const tag = this.readUnsignedVarInt();
      fields.push({ tag, data: this.readBytes(this.readUnsignedVarInt()) });
    }
    return fields;
  }

  /** Throws TRAILING_BYTES unless everything up to `end` was consumed. */
  expectEnd(what: string): void {
    if (this.#pos !== this.end) {
      throw new ProtocolError(
        'SLUICE_PROTOCOL_TRAILING_BYTES',
        `${this.end - this.#pos} bytes left after ${what}`,
        {
          details: { offset: this.#pos, remaining: this.end - this.#pos, field: what },
        },
      );
    }
  }

  /** Hex dump of the whole readable range, with the current position marked, for debugging. */
  inspect(): string {
    const before = this.buffer.toString('hex', 0, this.#pos);
    const after = this.buffer.toString('hex', this.#pos, this.end);
    return `Reader(offset=${this.#pos}, end=${this.end}) ${before}|${after}`;
  }

  #invalidLength(what: string, length: number): ProtocolError {
    return new ProtocolError('SLUICE_PROTOCOL_INVALID_LENGTH', `invalid ${what} length ${length}`, {
      details: { offset: this.#pos, length, field: what },
    });
  }

  #unexpectedNull(what: string, length: number): ProtocolError {
    return new ProtocolError(
      'SLUICE_PROTOCOL_INVALID_LENGTH',
      `null or negative length ${length} for non-nullable ${what}`,
      {
        details: { offset: this.#pos, length, field: what },
      },
    );
  }

  #invalidVarint(start: number, why: string): ProtocolError {
    return new ProtocolError('SLUICE_PROTOCOL_INVALID_VARINT', why, {
      details: { offset: start, field: 'varint' },
    });
  }

  #truncatedVarint(start: number): ProtocolError {
    return new ProtocolError('SLUICE_PROTOCOL_TRUNCATED', 'truncated while reading varlong', {
      details: { offset: start, remaining: this.end - start, field: 'varlong' },
    });
  }
}
