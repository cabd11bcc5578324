// Writes Kafka's wire types into one growable Buffer. Appends are chainable; a size prefix,
// batch length or CRC is written by reserving its bytes first and patching them later
// (`reserveInt32()` + `setInt32At()`), so nothing is copied twice.
import { ProtocolError } from './errors.ts';
import type { Uuid } from './reader.ts';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class Writer {
  #buf: Buffer;
  #pos = 0;

  constructor(initialCapacity = 1024) {
    this.#buf = Buffer.allocUnsafe(Math.max(16, initialCapacity));
  }

  /** Bytes written so far. */
  get length(): number {
    return this.#pos;
  }

  /** A view of the bytes written so far. It shares memory with the writer: a later append may reuse it. */
  get buffer(): Buffer {
    return this.#buf.subarray(0, this.#pos);
  }

  /** A copy of the bytes written so far, safe to keep while the writer is reused. */
  toBuffer(): Buffer {
    return Buffer.from(this.#buf.subarray(0, this.#pos));
  }

  /** Forget what was written and keep the allocated memory. */
  reset(): this {
    this.#pos = 0;
    return this;
  }

  #grow(n: number): void {
    const needed = this.#pos + n;
    let capacity = this.#buf.length * 2;
    while (capacity < needed) capacity *= 2;
    const next = Buffer.allocUnsafe(capacity);
    this.#buf.copy(next, 0, 0, this.#pos);
    this.#buf = next;
  }

  /** Reserves `n` bytes and returns where they start. Call it BEFORE touching `#buf`: it may replace it. */
  #take(n: number): number {
    if (this.#pos + n > this.#buf.length) this.#grow(n);
    const at = this.#pos;
    this.#pos = at + n;
    return at;
  }

  appendInt8(value: number): this {
    if (!Number.isInteger(value) || value < -0x80 || value > 0x7f) throw invalidValue('int8', value);
    const at = this.#take(1);
    this.#buf.writeInt8(value, at);
    return this;
  }

  appendUInt8(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xff) throw invalidValue('uint8', value);
    const at = this.#take(1);
    this.#buf.writeUInt8(value, at);
    return this;
  }

  appendInt16(value: number): this {
    if (!Number.isInteger(value) || value < -0x8000 || value > 0x7fff) throw invalidValue('int16', value);
    const at = this.#take(2);
    this.#buf.writeInt16BE(value, at);
    return this;
  }

  appendUInt16(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xffff) throw invalidValue('uint16', value);
    const at = this.#take(2);
    this.#buf.writeUInt16BE(value, at);
    return this;
  }

  appendInt32(value: number): this {
    if (!Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff)
      throw invalidValue('int32', value);
    const at = this.#take(4);
    this.#buf.writeInt32BE(value, at);
    return this;
  }

  appendUInt32(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw invalidValue('uint32', value);
    const at = this.#take(4);
    this.#buf.writeUInt32BE(value, at);
    return this;
  }

  appendInt64(value: bigint): this {
    if (typeof value !== 'bigint' || value < -0x8000000000000000n || value > 0x7fffffffffffffffn) {
      throw invalidValue('int64', value);
    }
    const at = this.#take(8);
    this.#buf.writeBigInt64BE(value, at);
    return this;
  }

  appendFloat64(value: number): this {
    if (typeof value !== 'number') throw invalidValue('float64', value);
    const at = this.#take(8);
    this.#buf.writeDoubleBE(value, at);
    return this;
  }

  appendBoolean(value: boolean): this {
    if (typeof value !== 'boolean') throw invalidValue('boolean', value);
    const at = this.#take(1);
    this.#buf[at] = value ? 1 : 0;
    return this;
  }

  /** Unsigned LEB128 of a value in [0, 2^32). */
  appendUnsignedVarInt(value: number): this {
    // Negative int32s are accepted as their two's complement, as Kafka's Java writer does.
    if (!Number.isInteger(value) || value < -0x80000000 || value > 0xffffffff)
      throw invalidValue('varint', value);
    let v = value >>> 0;
    if (this.#pos + 5 > this.#buf.length) this.#grow(5);
    const buf = this.#buf;
    let pos = this.#pos;
    while (v >= 0x80) {
      buf[pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[pos++] = v;
    this.#pos = pos;
    return this;
  }

  /** Zig-zag encoded signed 32-bit varint. */
  appendVarInt(value: number): this {
    if (!Number.isInteger(value) || value < -0x80000000 || value > 0x7fffffff)
      throw invalidValue('varint', value);
    return this.appendUnsignedVarInt((value << 1) ^ (value >> 31));
  }

  /** Unsigned LEB128 of a value in [0, 2^64). */
  appendUnsignedVarLong(value: bigint): this {
    if (typeof value !== 'bigint') throw invalidValue('varlong', value);
    if (this.#pos + 10 > this.#buf.length) this.#grow(10);
    const buf = this.#buf;
    let pos = this.#pos;
    let v = BigInt.asUintN(64, value);
    // Values below 2^53 (nearly every timestamp delta) take the Number path.
    if (v <= 0x1fffffffffffffn) {
      let n = Number(v);
      while (n >= 0x80) {
        buf[pos++] = (n % 0x80) | 0x80;
        n = Math.floor(n / 0x80);
      }
      buf[pos++] = n;
    } else {
      while (v >= 0x80n) {
        buf[pos++] = Number(v & 0x7fn) | 0x80;
        v >>= 7n;
      }
      buf[pos++] = Number(v);
    }
    this.#pos = pos;
    return this;
  }

  /** Zig-zag encoded signed 64-bit varint. */
  appendVarLong(value: bigint): this {
    if (typeof value !== 'bigint') throw invalidValue('varlong', value);
    const v = BigInt.asIntN(64, value);
    return this.appendUnsignedVarLong((v << 1n) ^ (v >> 63n));
  }

  /** Copies raw bytes. */
  appendBytes(bytes: Uint8Array): this {
    if (!(bytes instanceof Uint8Array)) throw invalidValue('bytes', bytes);
    const at = this.#take(bytes.length);
    this.#buf.set(bytes, at);
    return this;
  }

  appendUuid(value: Uuid): this {
    if (!UUID_PATTERN.test(value)) {
      throw new ProtocolError('SLUICE_PROTOCOL_INVALID_VALUE', `not a uuid: ${JSON.stringify(value)}`, {
        details: { field: 'uuid' },
      });
    }
    const at = this.#take(16);
    const hex = value.replaceAll('-', '');
    this.#buf.write(hex, at, 16, 'hex');
    return this;
  }

  // --- Kafka strings.

  appendString(value: string): this {
    if (typeof value !== 'string') throw invalidValue('string', value);
    const length = Buffer.byteLength(value);
    if (length > 0x7fff) throw tooLong('string', length);
    this.appendInt16(length);
    return this.#appendUtf8(value, length);
  }

  appendNullableString(value: string | null): this {
    return value === null ? this.appendInt16(-1) : this.appendString(value);
  }

  appendCompactString(value: string): this {
    if (typeof value !== 'string') throw invalidValue('string', value);
    const length = Buffer.byteLength(value);
    this.appendUnsignedVarInt(length + 1);
    return this.#appendUtf8(value, length);
  }

  appendCompactNullableString(value: string | null): this {
    return value === null ? this.appendUnsignedVarInt(0) : this.appendCompactString(value);
  }

  #appendUtf8(value: string, length: number): this {
    if (length === 0) return this;
    const at = this.#take(length);
    this.#buf.write(value, at, length, 'utf8');
    return this;
  }

  // --- Kafka bytes.

  appendSizedBytes(value: Uint8Array): this {
    if (!(value instanceof Uint8Array)) throw invalidValue('bytes', value);
    return this.appendInt32(value.length).appendBytes(value);
  }

  appendNullableSizedBytes(value: Uint8Array | null): this {
    return value === null ? this.appendInt32(-1) : this.appendSizedBytes(value);
  }

  appendCompactBytes(value: Uint8Array): this {
    if (!(value instanceof Uint8Array)) throw invalidValue('bytes', value);
    return this.appendUnsignedVarInt(value.length + 1).appendBytes(value);
  }

  appendCompactNullableBytes(value: Uint8Array | null): this {
    return value === null ? this.appendUnsignedVarInt(0) : this.appendCompactBytes(value);
  }

  // --- Array lengths (generated codecs write the elements inline).

  appendArrayLength(length: number): this {
    return this.appendInt32(length);
  }

  appendCompactArrayLength(length: number): this {
    return this.appendUnsignedVarInt(length + 1);
  }

  /** Array helper for hand-written code: length prefix (null allowed) then each element. */
  appendArray<T>(
    values: readonly T[] | null,
    appendElement: (writer: this, value: T, index: number) => void,
    compact = false,
  ): this {
    if (values === null) return compact ? this.appendUnsignedVarInt(0) : this.appendInt32(-1);
    if (compact) this.appendUnsignedVarInt(values.length + 1);
    else this.appendInt32(values.length);
    for (let i = 0; i < values.length; i++) appendElement(this, values[i], i);
    return this;
  }

  // --- Reserve and patch: write a placeholder now, the real value once it is known.

  /** Reserves 4 bytes (zeroed) and returns their position for `setInt32At`/`setUInt32At`. */
  reserveInt32(): number {
    const at = this.#take(4);
    this.#buf.writeInt32BE(0, at);
    return at;
  }

  /** Reserves `n` zeroed bytes and returns their position. */
  reserve(n: number): number {
    const at = this.#take(n);
    this.#buf.fill(0, at, at + n);
    return at;
  }

  setInt32At(position: number, value: number): this {
    this.#checkPatch(position, 4);
    this.#buf.writeInt32BE(value, position);
    return this;
  }

  setUInt32At(position: number, value: number): this {
    this.#checkPatch(position, 4);
    this.#buf.writeUInt32BE(value, position);
    return this;
  }

  setInt16At(position: number, value: number): this {
    this.#checkPatch(position, 2);
    this.#buf.writeInt16BE(value, position);
    return this;
  }

  #checkPatch(position: number, n: number): void {
    if (position < 0 || position + n > this.#pos) {
      throw new ProtocolError('SLUICE_PROTOCOL_INVALID_VALUE', `patch at ${position} outside written bytes`, {
        details: { offset: position, length: this.#pos },
      });
    }
  }

  /** Hex dump of what was written, for debugging. */
  inspect(): string {
    return `Writer(length=${this.#pos}) ${this.#buf.toString('hex', 0, this.#pos)}`;
  }
}

function tooLong(what: string, length: number): ProtocolError {
  return new ProtocolError('SLUICE_PROTOCOL_INVALID_VALUE', `${what} of ${length} bytes is too long`, {
    details: { length, field: what },
  });
}

/** A value of the wrong type or out of range: Buffer would write it silently as 0 or truncate it. */
function invalidValue(what: string, value: unknown): ProtocolError {
  const shown =
    typeof value === 'bigint' ? `${value}n` : value instanceof Uint8Array ? 'bytes' : String(value);
  return new ProtocolError('SLUICE_PROTOCOL_INVALID_VALUE', `not a valid ${what}: ${shown.slice(0, 40)}`, {
    details: { field: what, type: value === null ? 'null' : typeof value },
  });
}
