// The five compression codecs a v2 record batch can name in its attributes (bits 0-2).
// Every compressor is a maintained library: node:zlib for gzip and zstd, `snappy` and
// `lz4-napi` (both Rust, prebuilt). What is ours is the framing Kafka wraps around snappy and
// the checks that keep decompression bounded: a small batch that inflates to gigabytes (a
// decompression bomb) must cost an error, not the gateway's memory.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { promisify } from 'node:util';
import {
  constants,
  gunzip,
  gunzipSync,
  gzipSync,
  zstdCompressSync,
  zstdDecompress,
  zstdDecompressSync,
} from 'node:zlib';
import {
  compressFrameSync,
  decompressFrame,
  decompressFrameSync,
  uncompressSync as lz4BlockDecompress,
} from 'lz4-napi';
import { compressSync as snappyCompress, uncompressSync as snappyUncompress } from 'snappy';
import { ProtocolError } from '../errors.ts';

/** Codec ids as stored in the low three bits of a batch's attributes. */
export const COMPRESSION = { none: 0, gzip: 1, snappy: 2, lz4: 3, zstd: 4 } as const;
export type CompressionName = keyof typeof COMPRESSION;
export type CompressionId = (typeof COMPRESSION)[CompressionName];
export const COMPRESSION_NAMES: readonly CompressionName[] = ['none', 'gzip', 'snappy', 'lz4', 'zstd'];

/**
 * Default cap on the bytes one batch may decompress to. A producer's whole request is 1 MiB by
 * default (max.request.size); 64 MiB leaves room for very compressible data and still bounds memory.
 */
export const DEFAULT_MAX_DECOMPRESSED_BYTES = 64 * 1024 * 1024;

export function isCompressionId(id: number): id is CompressionId {
  return Number.isInteger(id) && id >= 0 && id <= 4;
}

export function compressionName(id: number): CompressionName {
  if (!isCompressionId(id)) {
    throw new ProtocolError('SLUICE_RECORDS_UNKNOWN_CODEC', `unknown compression codec id ${id}`, {
      details: { codec: id },
    });
  }
  return COMPRESSION_NAMES[id];
}

export interface CompressOptions {
  /** gzip 1-9 (default 6, as java.util.zip), zstd 1-22 (default 3, as zstd-jni). Ignored by snappy and lz4. */
  level?: number;
}

/** Compresses `data` in the framing Kafka's Java consumer reads for that codec. */
export function compress(codec: CompressionId, data: Uint8Array, options: CompressOptions = {}): Buffer {
  switch (codec) {
    case COMPRESSION.none:
      return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    case COMPRESSION.gzip:
      return gzipSync(data, options.level === undefined ? {} : { level: options.level });
    case COMPRESSION.snappy:
      return xerialSnappyCompress(data);
    case COMPRESSION.lz4:
      // lz4_flex writes version 01, independent blocks, no dictionary: the only frame shape
      // Kafka's Lz4BlockInputStream accepts ("Dependent block stream is unsupported").
      return compressFrameSync(toBuffer(data));
    case COMPRESSION.zstd:
      return zstdCompressSync(
        data,
        options.level === undefined ? {} : { params: { [constants.ZSTD_c_compressionLevel]: options.level } },
      );
    default:
      throw new ProtocolError('SLUICE_RECORDS_UNKNOWN_CODEC', `unknown compression codec id ${codec}`, {
        details: { codec },
      });
  }
}

/**
 * Decompresses `data`; never allocates more than `maxBytes` for the output. For `none` it
 * returns a view of `data` itself. Corrupt input throws SLUICE_RECORDS_CORRUPT, an output over the cap
 * SLUICE_RECORDS_TOO_LARGE.
 */
export function decompress(
  codec: CompressionId,
  data: Uint8Array,
  maxBytes = DEFAULT_MAX_DECOMPRESSED_BYTES,
): Buffer {
  const name = compressionName(codec);
  // Uncompressed data is already in memory: a view of it costs nothing, so no cap applies.
  if (codec === COMPRESSION.none) return toBuffer(data);
  try {
    switch (codec) {
      case COMPRESSION.gzip:
        return gunzipSync(data, { maxOutputLength: maxBytes });
      case COMPRESSION.zstd:
        return zstdDecompressSync(data, { maxOutputLength: maxBytes });
      case COMPRESSION.snappy:
        return joined([...snappyBlocks(toBuffer(data), maxBytes)]);
      case COMPRESSION.lz4:
        return joined([...lz4Blocks(toBuffer(data), maxBytes, decompressFrameSync)]);
    }
  } catch (err) {
    throw decompressError(name, data, maxBytes, err);
  }
  throw new ProtocolError('SLUICE_RECORDS_UNKNOWN_CODEC', `unknown compression codec id ${codec}`);
}

const gunzipAsync = promisify(gunzip);
const zstdDecompressAsync = promisify(zstdDecompress);

/** Output zlib hands back per callback off the loop: few callbacks and joins, each short. */
const ASYNC_CHUNK_BYTES = 1024 * 1024;

/** Output between two turns of the event loop when snappy or lz4 blocks are inflated on it. */
const SLICE_BYTES = 1024 * 1024;

/**
 * Output inflated on the event loop before decompressAsync moves the work off it: small batches
 * (nearly all) stay on the fast synchronous path, and a larger one wastes at most this much.
 */
const ON_LOOP_BYTES = 1024 * 1024;

/**
 * `decompress` without holding the event loop for long: a batch whose output fits in 1 MiB is
 * inflated at once; a larger one again, gzip and zstd on libuv's thread pool, snappy and lz4
 * (fast, in blocks of at most 4 MiB) on this thread with a turn of the event loop after each
 * MiB of output. Same limits and errors as `decompress`.
 */
export async function decompressAsync(
  codec: CompressionId,
  data: Uint8Array,
  maxBytes = DEFAULT_MAX_DECOMPRESSED_BYTES,
): Promise<Buffer> {
  const name = compressionName(codec);
  if (codec === COMPRESSION.none) return toBuffer(data);
  if (maxBytes > ON_LOOP_BYTES) {
    try {
      return decompress(codec, data, ON_LOOP_BYTES);
    } catch (err) {
      if (!(err instanceof ProtocolError && err.code === 'SLUICE_RECORDS_TOO_LARGE')) throw err;
    }
  }
  try {
    switch (codec) {
      case COMPRESSION.gzip:
        return await gunzipAsync(data, { maxOutputLength: maxBytes, chunkSize: ASYNC_CHUNK_BYTES });
      case COMPRESSION.zstd:
        return await zstdDecompressAsync(data, { maxOutputLength: maxBytes, chunkSize: ASYNC_CHUNK_BYTES });
      case COMPRESSION.snappy:
        return await inSlices(snappyBlocks(toBuffer(data), maxBytes));
      case COMPRESSION.lz4: {
        // A frame with linked blocks is inflated by lz4-napi's frame decoder, on the thread pool.
        let linked: Promise<Buffer> | undefined;
        const blocks = lz4Blocks(toBuffer(data), maxBytes, (frame) => {
          linked = decompressFrame(frame);
          return Buffer.alloc(0);
        });
        const out = await inSlices(blocks);
        return linked ? await linked : out;
      }
    }
  } catch (err) {
    throw decompressError(name, data, maxBytes, err);
  }
  throw new ProtocolError('SLUICE_RECORDS_UNKNOWN_CODEC', `unknown compression codec id ${codec}`);
}

async function inSlices(blocks: Iterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  let sinceTurn = 0;
  for (const block of blocks) {
    parts.push(block);
    sinceTurn += block.length;
    if (sinceTurn >= SLICE_BYTES) {
      sinceTurn = 0;
      await nextTurn();
    }
  }
  return joined(parts);
}

/** One buffer of the parts, without a copy when there is just one. */
function joined(parts: Buffer[]): Buffer {
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}

function decompressError(name: string, data: Uint8Array, maxBytes: number, err: unknown): ProtocolError {
  if (err instanceof ProtocolError) return err;
  if ((err as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(name, undefined, maxBytes);
  return new ProtocolError(
    'SLUICE_RECORDS_CORRUPT',
    `${name} data does not decompress: ${(err as Error).message}`,
    {
      cause: err,
      details: { codec: name, compressedBytes: data.byteLength },
    },
  );
}

function toBuffer(data: Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

function tooLarge(codec: string, bytes: number | undefined, maxBytes: number): ProtocolError {
  return new ProtocolError(
    'SLUICE_RECORDS_TOO_LARGE',
    `${codec} batch would decompress to more than the ${maxBytes}-byte limit`,
    { details: { codec, maxBytes, ...(bytes === undefined ? {} : { bytes }) } },
  );
}

function corrupt(message: string, details: Record<string, unknown> = {}): ProtocolError {
  return new ProtocolError('SLUICE_RECORDS_CORRUPT', message, { details });
}

// ---- snappy -------------------------------------------------------------------------------
// Two framings meet in Kafka. The Java producer writes snappy-java's stream format: a 16-byte
// header (\x82SNAPPY\0, int32 version 1, int32 min-compatible 1) then chunks, each an int32
// big-endian length and a raw snappy block of up to 32 KiB input. librdkafka (kcat) writes
// one raw snappy block. Java's SnappyInputStream reads both (it falls back to raw when the
// header is absent) and librdkafka reads both, so we decode both and write the Java framing.

const XERIAL_MAGIC = Buffer.from([0x82, 0x53, 0x4e, 0x41, 0x50, 0x50, 0x59, 0x00]);
const XERIAL_HEADER_BYTES = 16;
/** snappy-java's default block size, which Kafka's SnappyCompression keeps. */
const XERIAL_BLOCK_BYTES = 32 * 1024;

export function isXerialSnappy(data: Buffer): boolean {
  return data.length >= XERIAL_HEADER_BYTES && data.compare(XERIAL_MAGIC, 0, 8, 0, 8) === 0;
}

function xerialSnappyCompress(data: Uint8Array): Buffer {
  const input = toBuffer(data);
  const parts: Buffer[] = [];
  const header = Buffer.alloc(XERIAL_HEADER_BYTES);
  XERIAL_MAGIC.copy(header, 0);
  header.writeInt32BE(1, 8);
  header.writeInt32BE(1, 12);
  parts.push(header);
  for (let at = 0; at < input.length; at += XERIAL_BLOCK_BYTES) {
    const block = snappyCompress(input.subarray(at, Math.min(at + XERIAL_BLOCK_BYTES, input.length)));
    const length = Buffer.alloc(4);
    length.writeInt32BE(block.length, 0);
    parts.push(length, block);
  }
  return Buffer.concat(parts);
}

/** The blocks of a snappy batch, inflated one by one once all their declared sizes fit in `maxBytes`. */
function* snappyBlocks(data: Buffer, maxBytes: number): Generator<Buffer> {
  if (!isXerialSnappy(data)) {
    const size = rawSnappyLength(data, 0, data.length);
    if (size > maxBytes) throw tooLarge('snappy', size, maxBytes);
    yield snappyUncompress(data) as Buffer;
    return;
  }
  // Sum the chunks' declared sizes first, so nothing is inflated unless all of it fits.
  const chunks: Array<[number, number]> = [];
  let total = 0;
  let at = XERIAL_HEADER_BYTES;
  while (at < data.length) {
    if (data.length - at < 4) throw corrupt('snappy chunk length truncated', { offset: at });
    const length = data.readInt32BE(at);
    at += 4;
    if (length < 0 || length > data.length - at) {
      throw corrupt('snappy chunk longer than the data', { offset: at - 4, length });
    }
    total += rawSnappyLength(data, at, at + length);
    if (total > maxBytes) throw tooLarge('snappy', total, maxBytes);
    chunks.push([at, at + length]);
    at += length;
  }
  for (const [start, end] of chunks) yield snappyUncompress(data.subarray(start, end)) as Buffer;
}

/** The uncompressed length a raw snappy block declares in its leading varint. */
function rawSnappyLength(data: Buffer, start: number, end: number): number {
  let result = 0;
  for (let i = 0; i < 5; i++) {
    if (start + i >= end) throw corrupt('snappy length preamble truncated', { offset: start + i });
    const byte = data[start + i];
    result += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) return result;
  }
  throw corrupt('snappy length preamble longer than 5 bytes', { offset: start });
}

// ---- lz4 ----------------------------------------------------------------------------------
// Kafka uses the LZ4 frame format (magic 0x184D2204). We read the frame's headers ourselves
// (lengths and flags only) for two reasons. Bounds: lz4-napi has no output cap, so the most
// each block can produce (its length if stored, else the frame's max block size) is added up
// before anything is inflated. Speed: lz4-napi's frame decoder runs at ~650 MB/s where its
// block decoder does ~5 GB/s, and Kafka's frames have independent blocks, so each block goes
// to the block decoder. A frame with linked blocks (legal LZ4, never written by Kafka clients)
// goes to the frame decoder. The batch's CRC-32C already covers these bytes, so the optional
// xxHash checksums inside the frame are skipped, not verified.

const LZ4_MAGIC = 0x184d2204;

interface Lz4Block {
  start: number;
  end: number;
  stored: boolean;
  blockMax: number;
}

interface Lz4Frames {
  blocks: Lz4Block[];
  bound: number;
  allIndependent: boolean;
}

function lz4ReadFrames(data: Buffer): Lz4Frames {
  const blocks: Lz4Block[] = [];
  let at = 0;
  let bound = 0;
  let allIndependent = true;
  if (data.length === 0) throw corrupt('empty lz4 data');
  while (at < data.length) {
    if (data.length - at < 7) throw corrupt('lz4 frame header truncated', { offset: at });
    if (data.readUInt32LE(at) !== LZ4_MAGIC) throw corrupt('not an lz4 frame (bad magic)', { offset: at });
    const flg = data[at + 4];
    const bd = data[at + 5];
    if (flg >>> 6 !== 1) throw corrupt(`lz4 frame version ${flg >>> 6} is not 1`, { offset: at + 4 });
    const blockMaxCode = (bd >>> 4) & 7;
    if (blockMaxCode < 4) throw corrupt(`lz4 block size code ${blockMaxCode} is invalid`, { offset: at + 5 });
    const blockMax = 1 << (2 * blockMaxCode + 8);
    if ((flg & 0x20) === 0) allIndependent = false;
    const hasBlockChecksum = (flg & 0x10) !== 0;
    const hasContentSize = (flg & 0x08) !== 0;
    const hasContentChecksum = (flg & 0x04) !== 0;
    const hasDictId = (flg & 0x01) !== 0;
    at += 6 + (hasContentSize ? 8 : 0) + (hasDictId ? 4 : 0) + 1;
    for (;;) {
      if (data.length - at < 4) throw corrupt('lz4 block header truncated', { offset: at });
      const word = data.readUInt32LE(at);
      at += 4;
      if (word === 0) break;
      const stored = (word & 0x80000000) !== 0;
      const length = word & 0x7fffffff;
      if (length > blockMax) {
        throw corrupt('lz4 block larger than the frame allows', { offset: at - 4, length });
      }
      if (at + length + (hasBlockChecksum ? 4 : 0) > data.length)
        throw corrupt('lz4 block truncated', { offset: at });
      blocks.push({ start: at, end: at + length, stored, blockMax });
      at += length + (hasBlockChecksum ? 4 : 0);
      bound += stored ? length : blockMax;
    }
    at += hasContentChecksum ? 4 : 0;
    if (at > data.length) throw corrupt('lz4 content checksum truncated', { offset: at });
  }
  return { blocks, bound, allIndependent };
}

/**
 * The blocks of an lz4 batch, inflated one by one once their bound fits in `maxBytes`; data with
 * linked blocks goes whole to `linkedFrames`.
 */
function* lz4Blocks(
  data: Buffer,
  maxBytes: number,
  linkedFrames: (data: Buffer) => Buffer,
): Generator<Buffer> {
  const frames = lz4ReadFrames(data);
  if (frames.bound > maxBytes) throw tooLarge('lz4', frames.bound, maxBytes);
  if (!frames.allIndependent) {
    yield linkedFrames(data);
    return;
  }
  for (const block of frames.blocks) {
    if (block.stored) {
      yield data.subarray(block.start, block.end);
      continue;
    }
    // lz4-napi's block decoder takes a little-endian size prefix; an upper bound is accepted
    // and the output is cut to what the block really holds.
    const input = Buffer.allocUnsafe(4 + block.end - block.start);
    input.writeUInt32LE(block.blockMax, 0);
    data.copy(input, 4, block.start, block.end);
    yield lz4BlockDecompress(input);
  }
}
