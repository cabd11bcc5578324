// Kafka record batch, magic v2 (KIP-98), the unit a producer sends and a broker stores.
// Decoding is lazy: `RecordBatch.decode` reads the 61-byte header and keeps the batch's own
// bytes; the records are decompressed and parsed only when `records()` is called. A batch
// nobody changes is forwarded as `bytes`, byte for byte. A changed batch is written anew by
// `encodeRecordBatch` with a fresh length and CRC-32C.
//
// RecordBatch =>
//   baseOffset int64, batchLength int32 (bytes after this field), partitionLeaderEpoch int32,
//   magic int8 (2), crc uint32 (CRC-32C of attributes..end), attributes int16,
//   lastOffsetDelta int32, baseTimestamp int64, maxTimestamp int64, producerId int64,
//   producerEpoch int16, baseSequence int32, recordCount int32, records (compressed as a whole)
// Record =>
//   length varint, attributes int8, timestampDelta varlong, offsetDelta varint,
//   keyLength varint (-1 = null), key, valueLength varint (-1 = null), value,
//   headerCount varint, [headerKeyLength varint, headerKey utf8, headerValueLength varint (-1 = null), value]
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ProtocolError } from '../errors.ts';
import { Reader } from '../reader.ts';
import { Writer } from '../writer.ts';
import {
  type CompressionId,
  type CompressionName,
  compress,
  compressionName,
  DEFAULT_MAX_DECOMPRESSED_BYTES,
  decompress,
  decompressAsync,
  isCompressionId,
} from './compression.ts';
import { crc32c } from './crc32c.ts';

/** Bytes before `batchLength` counts: baseOffset (8) + batchLength (4). Same for every magic. */
export const LOG_OVERHEAD = 12;
/** Offset of the magic byte, the same in v0, v1 and v2 framing. */
export const MAGIC_OFFSET = 16;
/** The CRC-32C (at offset 17) covers everything from the attributes on. */
const ATTRIBUTES_OFFSET = 21;
/** The v2 header: everything up to and including recordCount. */
export const BATCH_HEADER_BYTES = 61;

// Attribute bits (int16): 0-2 codec, 3 timestamp type, 4 transactional, 5 control, 6 delete horizon.
export const ATTRIBUTE = {
  compressionMask: 0x07,
  logAppendTime: 0x08,
  transactional: 0x10,
  control: 0x20,
  deleteHorizon: 0x40,
} as const;

export interface RecordHeader {
  key: string;
  value: Buffer | null;
}

/** One record of a batch; offsets and timestamps are deltas from the batch's base values. */
export interface KafkaRecord {
  /** Unused by Kafka so far (always 0 from real clients) but kept so re-encoding is exact. */
  attributes: number;
  timestampDelta: bigint;
  offsetDelta: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: RecordHeader[];
}

/** The header fields a writer chooses; length, CRC and record count follow from the records. */
export interface RecordBatchFields {
  baseOffset: bigint;
  partitionLeaderEpoch: number;
  /** The full int16: codec, timestamp type, transactional, control, delete-horizon bits and any others. */
  attributes: number;
  lastOffsetDelta: number;
  baseTimestamp: bigint;
  maxTimestamp: bigint;
  producerId: bigint;
  producerEpoch: number;
  baseSequence: number;
}

export interface DecodeRecordsOptions {
  /** Cap on the decompressed size of one batch (decompression-bomb guard). */
  maxDecompressedBytes?: number;
}

export interface EncodeRecordBatchOptions {
  /** Passed to gzip / zstd. */
  compressionLevel?: number;
}

export class RecordBatch implements RecordBatchFields {
  readonly kind = 'batch' as const;
  /** The whole batch exactly as received: forward this when nothing changed. */
  readonly bytes: Buffer;
  readonly baseOffset: bigint;
  readonly batchLength: number;
  readonly partitionLeaderEpoch: number;
  readonly magic = 2 as const;
  readonly crc: number;
  readonly attributes: number;
  readonly lastOffsetDelta: number;
  readonly baseTimestamp: bigint;
  readonly maxTimestamp: bigint;
  readonly producerId: bigint;
  readonly producerEpoch: number;
  readonly baseSequence: number;
  readonly recordCount: number;
  #records: KafkaRecord[] | undefined;
  #plain: Buffer | undefined;

  private constructor(bytes: Buffer, r: Reader) {
    this.bytes = bytes;
    this.baseOffset = r.readInt64();
    this.batchLength = r.readInt32();
    this.partitionLeaderEpoch = r.readInt32();
    r.skip(1); // magic, checked by decode
    this.crc = r.readUInt32();
    this.attributes = r.readInt16();
    this.lastOffsetDelta = r.readInt32();
    this.baseTimestamp = r.readInt64();
    this.maxTimestamp = r.readInt64();
    this.producerId = r.readInt64();
    this.producerEpoch = r.readInt16();
    this.baseSequence = r.readInt32();
    this.recordCount = r.readInt32();
  }

  /**
   * Reads the header of the v2 batch that starts at `offset` and keeps a view of its bytes
   * (no copy). The records are not touched. Throws SLUICE_PROTOCOL_TRUNCATED if the batch is
   * cut short, SLUICE_RECORDS_UNSUPPORTED_MAGIC unless magic is 2, SLUICE_RECORDS_CORRUPT for
   * impossible lengths or counts, SLUICE_RECORDS_UNKNOWN_CODEC for codec ids 5-7.
   */
  static decode(buffer: Buffer, offset = 0): RecordBatch {
    const size = batchSizeAt(buffer, offset);
    const magic = buffer.readInt8(offset + MAGIC_OFFSET);
    if (magic !== 2) {
      throw new ProtocolError('SLUICE_RECORDS_UNSUPPORTED_MAGIC', `record batch magic ${magic}, expected 2`, {
        details: { offset, magic },
      });
    }
    if (size < BATCH_HEADER_BYTES) {
      throw corrupt(`batch length ${size - LOG_OVERHEAD} is shorter than a v2 header`, offset);
    }
    const bytes = buffer.subarray(offset, offset + size);
    const batch = new RecordBatch(bytes, new Reader(bytes));
    const codec = batch.attributes & ATTRIBUTE.compressionMask;
    if (!isCompressionId(codec)) {
      throw new ProtocolError(
        'SLUICE_RECORDS_UNKNOWN_CODEC',
        `record batch names compression codec ${codec}`,
        {
          details: { offset, codec },
        },
      );
    }
    if (batch.recordCount < 0) throw corrupt(`negative record count ${batch.recordCount}`, offset);
    return batch;
  }

  get compression(): CompressionName {
    return compressionName(this.attributes & ATTRIBUTE.compressionMask);
  }

  get compressionId(): CompressionId {
    return (this.attributes & ATTRIBUTE.compressionMask) as CompressionId;
  }

  get timestampType(): 'create-time' | 'log-append-time' {
    return this.attributes & ATTRIBUTE.logAppendTime ? 'log-append-time' : 'create-time';
  }

  get isTransactional(): boolean {
    return (this.attributes & ATTRIBUTE.transactional) !== 0;
  }

  get isControl(): boolean {
    return (this.attributes & ATTRIBUTE.control) !== 0;
  }

  get hasDeleteHorizon(): boolean {
    return (this.attributes & ATTRIBUTE.deleteHorizon) !== 0;
  }

  /** The CRC-32C the batch's bytes actually have (over attributes..end). */
  computeCrc(): number {
    return crc32c(this.bytes.subarray(ATTRIBUTES_OFFSET));
  }

  /** Throws SLUICE_RECORDS_CRC_MISMATCH if the stored CRC does not match the bytes. */
  verifyCrc(): void {
    const actual = this.computeCrc();
    if (actual !== this.crc) {
      throw new ProtocolError(
        'SLUICE_RECORDS_CRC_MISMATCH',
        `record batch CRC-32C is 0x${hex32(this.crc)} but its bytes give 0x${hex32(actual)}`,
        { details: { baseOffset: String(this.baseOffset), stored: this.crc, computed: actual } },
      );
    }
  }

  /**
   * The records, decompressed and parsed on first call (the CRC is verified first), then cached.
   * Keys, values and header values are views into the batch (or into its decompressed copy).
   */
  records(options: DecodeRecordsOptions = {}): KafkaRecord[] {
    if (this.#records) return this.#records;
    this.verifyCrc();
    const maxBytes = options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES;
    const payload = this.bytes.subarray(BATCH_HEADER_BYTES);
    const plain = decompress(this.compressionId, payload, maxBytes);
    this.#records = decodeRecords(plain, this.recordCount);
    this.#plain = plain;
    return this.#records;
  }

  /**
   * `records()` without holding the event loop while a compressed batch inflates (see
   * `decompressAsync`); the records are cached for `records()` after it.
   */
  async recordsAsync(options: DecodeRecordsOptions = {}): Promise<KafkaRecord[]> {
    if (this.#records) return this.#records;
    this.verifyCrc();
    const maxBytes = options.maxDecompressedBytes ?? DEFAULT_MAX_DECOMPRESSED_BYTES;
    const plain = await decompressAsync(
      this.compressionId,
      this.bytes.subarray(BATCH_HEADER_BYTES),
      maxBytes,
    );
    const records = await decodeRecordsInSlices(plain, this.recordCount);
    // A call made meanwhile may have decoded them already: keep one set of views.
    if (!this.#records) {
      this.#records = records;
      this.#plain = plain;
    }
    return this.#records;
  }

  /**
   * The bytes the records were parsed from (the batch's own, or its decompressed copy), once
   * records() has run: every key, value and header value is a view into them.
   */
  recordBytes(): Buffer | undefined {
    return this.#plain;
  }

  /** The record's offset in the partition (meaningful once the broker has assigned baseOffset). */
  offsetOf(record: KafkaRecord): bigint {
    return this.baseOffset + BigInt(record.offsetDelta);
  }

  /** The record's timestamp as Kafka reports it: with log-append time, the batch's maxTimestamp. */
  timestampOf(record: KafkaRecord): bigint {
    return this.attributes & ATTRIBUTE.logAppendTime
      ? this.maxTimestamp
      : this.baseTimestamp + record.timestampDelta;
  }

  /** The header fields, for `encodeRecordBatch` with changed records. */
  fields(): RecordBatchFields {
    return {
      baseOffset: this.baseOffset,
      partitionLeaderEpoch: this.partitionLeaderEpoch,
      attributes: this.attributes,
      lastOffsetDelta: this.lastOffsetDelta,
      baseTimestamp: this.baseTimestamp,
      maxTimestamp: this.maxTimestamp,
      producerId: this.producerId,
      producerEpoch: this.producerEpoch,
      baseSequence: this.baseSequence,
    };
  }
}

/**
 * Size of the batch or legacy message starting at `offset` (LOG_OVERHEAD + its length field),
 * after checking that all of it is in `buffer`.
 */
export function batchSizeAt(buffer: Buffer, offset: number): number {
  const remaining = buffer.length - offset;
  if (remaining < MAGIC_OFFSET + 1) {
    throw new ProtocolError('SLUICE_PROTOCOL_TRUNCATED', 'record batch header truncated', {
      details: { offset, remaining, field: 'record batch header' },
    });
  }
  const length = buffer.readInt32BE(offset + 8);
  if (length < MAGIC_OFFSET + 1 - LOG_OVERHEAD)
    throw corrupt(`record batch length ${length} is impossible`, offset);
  if (length > remaining - LOG_OVERHEAD) {
    throw new ProtocolError('SLUICE_PROTOCOL_TRUNCATED', `record batch of ${length} bytes is cut short`, {
      details: { offset, remaining, length, field: 'record batch' },
    });
  }
  return LOG_OVERHEAD + length;
}

/** Parses exactly `count` records filling all of `plain`. */
export function decodeRecords(plain: Buffer, count: number): KafkaRecord[] {
  const records: KafkaRecord[] = [];
  decodeSlice(new Reader(plain), records, count, count);
  return records;
}

/** Records parsed between two turns of the event loop by decodeRecordsInSlices (a few ms). */
const RECORDS_PER_TURN = 4096;

/** decodeRecords, giving the event loop a turn after each RECORDS_PER_TURN records. */
export async function decodeRecordsInSlices(plain: Buffer, count: number): Promise<KafkaRecord[]> {
  const r = new Reader(plain);
  const records: KafkaRecord[] = [];
  for (let at = 0; ; at += RECORDS_PER_TURN) {
    decodeSlice(r, records, count, Math.min(count, at + RECORDS_PER_TURN));
    if (records.length === count) return records;
    await nextTurn();
  }
}

/** Parses records up to index `until` of `count` into `records`; once all are read, checks nothing follows. */
function decodeSlice(r: Reader, records: KafkaRecord[], count: number, until: number): void {
  for (let i = records.length; i < until; i++) {
    if (r.remaining === 0) throw corrupt(`batch declares ${count} records but holds ${i}`, r.offset);
    records.push(decodeRecord(r));
  }
  if (until === count && r.remaining !== 0) {
    throw corrupt(`${r.remaining} bytes left after the batch's ${count} records`, r.offset);
  }
}

function decodeRecord(outer: Reader): KafkaRecord {
  const start = outer.offset;
  const length = outer.readVarInt();
  if (length < 0 || length > outer.remaining) throw corrupt(`record length ${length} is impossible`, start);
  const r = outer.subReader(length);
  const attributes = r.readInt8();
  const timestampDelta = r.readVarLong();
  const offsetDelta = r.readVarInt();
  const key = nullableBytes(r, 'record key');
  const value = nullableBytes(r, 'record value');
  const headerCount = r.readVarInt();
  // Each header takes at least 2 bytes, so a count beyond that is a lie told to make us allocate.
  if (headerCount < 0 || headerCount > r.remaining / 2) {
    throw corrupt(`record header count ${headerCount} is impossible`, start);
  }
  const headers: RecordHeader[] = [];
  for (let h = 0; h < headerCount; h++) {
    const keyLength = r.readVarInt();
    if (keyLength < 0) throw corrupt(`record header key length ${keyLength} is negative`, r.offset);
    const headerKey = r.readBytes(keyLength).toString('utf8');
    headers.push({ key: headerKey, value: nullableBytes(r, 'record header value') });
  }
  if (r.remaining !== 0) throw corrupt(`record has ${r.remaining} bytes past its last header`, r.offset);
  return { attributes, timestampDelta, offsetDelta, key, value, headers };
}

function nullableBytes(r: Reader, what: string): Buffer | null {
  const at = r.offset;
  const length = r.readVarInt();
  if (length === -1) return null;
  if (length < -1) throw corrupt(`${what} length ${length} is negative`, at);
  return r.readBytes(length);
}

/**
 * Writes a v2 batch with `fields` and `records`: compresses the records with the codec named in
 * `fields.attributes`, then fills in batchLength, recordCount and the CRC-32C.
 */
export function encodeRecordBatch(
  fields: RecordBatchFields,
  records: readonly KafkaRecord[],
  options: EncodeRecordBatchOptions = {},
): Buffer {
  const codec = fields.attributes & ATTRIBUTE.compressionMask;
  if (!isCompressionId(codec)) compressionName(codec); // throws the typed error
  const w = new Writer(BATCH_HEADER_BYTES + estimateRecordsSize(records));
  w.appendInt64(fields.baseOffset);
  const lengthAt = w.reserveInt32();
  w.appendInt32(fields.partitionLeaderEpoch).appendInt8(2);
  const crcAt = w.reserveInt32();
  w.appendInt16(fields.attributes)
    .appendInt32(fields.lastOffsetDelta)
    .appendInt64(fields.baseTimestamp)
    .appendInt64(fields.maxTimestamp)
    .appendInt64(fields.producerId)
    .appendInt16(fields.producerEpoch)
    .appendInt32(fields.baseSequence)
    .appendInt32(records.length);
  if (codec === 0) {
    encodeRecords(w, records);
  } else {
    const plain = new Writer(estimateRecordsSize(records));
    encodeRecords(plain, records);
    w.appendBytes(compress(codec as CompressionId, plain.buffer, { level: options.compressionLevel }));
  }
  const out = w.buffer;
  w.setInt32At(lengthAt, out.length - LOG_OVERHEAD);
  w.setUInt32At(crcAt, crc32c(out.subarray(ATTRIBUTES_OFFSET)));
  return out;
}

/** Appends `records` in the uncompressed v2 record format. */
export function encodeRecords(w: Writer, records: readonly KafkaRecord[]): void {
  for (const record of records) {
    const headerKeys = record.headers.map((h) => Buffer.from(h.key, 'utf8'));
    w.appendVarInt(recordBodySize(record, headerKeys));
    w.appendInt8(record.attributes).appendVarLong(record.timestampDelta).appendVarInt(record.offsetDelta);
    appendNullableBytes(w, record.key);
    appendNullableBytes(w, record.value);
    w.appendVarInt(record.headers.length);
    for (let h = 0; h < record.headers.length; h++) {
      w.appendVarInt(headerKeys[h].length).appendBytes(headerKeys[h]);
      appendNullableBytes(w, record.headers[h].value);
    }
  }
}

function appendNullableBytes(w: Writer, bytes: Buffer | null): void {
  if (bytes === null) w.appendVarInt(-1);
  else w.appendVarInt(bytes.length).appendBytes(bytes);
}

function recordBodySize(record: KafkaRecord, headerKeys: Buffer[]): number {
  let size =
    1 +
    varLongSize(record.timestampDelta) +
    varIntSize(record.offsetDelta) +
    nullableBytesSize(record.key) +
    nullableBytesSize(record.value) +
    varIntSize(record.headers.length);
  for (let h = 0; h < headerKeys.length; h++) {
    size +=
      varIntSize(headerKeys[h].length) + headerKeys[h].length + nullableBytesSize(record.headers[h].value);
  }
  return size;
}

function estimateRecordsSize(records: readonly KafkaRecord[]): number {
  let size = 0;
  for (const r of records) size += 32 + (r.key?.length ?? 0) + (r.value?.length ?? 0) + r.headers.length * 32;
  return size;
}

function nullableBytesSize(bytes: Buffer | null): number {
  return bytes === null ? 1 : varIntSize(bytes.length) + bytes.length;
}

/** Bytes of a zig-zag varint. */
export function varIntSize(value: number): number {
  let v = ((value << 1) ^ (value >> 31)) >>> 0;
  let size = 1;
  while (v >= 0x80) {
    v >>>= 7;
    size++;
  }
  return size;
}

/** Bytes of a zig-zag varlong. */
export function varLongSize(value: bigint): number {
  // Timestamp deltas are small: skip BigInt arithmetic when the 32-bit path is exact.
  if (value >= -0x40000000n && value < 0x40000000n) return varIntSize(Number(value));
  const signed = BigInt.asIntN(64, value);
  let v = BigInt.asUintN(64, (signed << 1n) ^ (signed >> 63n));
  let size = 1;
  while (v >= 0x80n) {
    v >>= 7n;
    size++;
  }
  return size;
}

function corrupt(message: string, offset: number): ProtocolError {
  return new ProtocolError('SLUICE_RECORDS_CORRUPT', message, { details: { offset } });
}

function hex32(n: number): string {
  return n.toString(16).padStart(8, '0');
}
