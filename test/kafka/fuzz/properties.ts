// Property-based fuzz targets for everything that reads bytes a client or broker sent: the
// frame splitter of the connection pair, the request-header peek, every generated codec, and
// the record-batch decoder with its decompressors. fast-check generates the inputs and shrinks
// a failure to a small counterexample. The unit suite runs each property a bounded number of
// times (test/kafka/fuzz/decoders.test.ts); bench/fuzz-decoders.ts runs them for minutes.
// Every property holds the same contract: a value, or a ProtocolError; never another
// exception, a hang, or state that grows past its limit.
import fc from 'fast-check';
import { FrameStream } from '../../../gateway/connection/frame-stream.ts';
import { brokerAddresses } from '../../../gateway/filters/broker-addresses.ts';
import { MetadataCache } from '../../../gateway/routing/metadata-cache.ts';
import { PortRouter } from '../../../gateway/routing/port-router.ts';
import { ProtocolError } from '../../../kafka/errors.ts';
import { API_CODECS, type ApiCodec } from '../../../kafka/generated/index.ts';
import { MESSAGE_SCHEMAS, type MessageSchema } from '../../../kafka/generated/schemas.ts';
import {
  expectsResponse,
  peekRequestHeader,
  readRequestHeader,
  writeRequestHeader,
} from '../../../kafka/header.ts';
import { Reader } from '../../../kafka/reader.ts';
import { COMPRESSION, COMPRESSION_NAMES } from '../../../kafka/records/compression.ts';
import { crc32c } from '../../../kafka/records/crc32c.ts';
import { encodeRecordBatch, type KafkaRecord, RecordBatch } from '../../../kafka/records/record-batch.ts';
import { splitRecords } from '../../../kafka/records/records-field.ts';
import { Writer } from '../../../kafka/writer.ts';
import { chainOf } from '../../kit/chain.ts';
import { testConn } from '../../kit/context.ts';
import { sampleMessage } from '../sample-messages.ts';

const FUZZ_ADDRESSES = new PortRouter({ port: 19000, advertisedHost: '127.0.0.1', brokerPortBase: 19001 });

/** Runs `fn`; a ProtocolError is an accepted outcome (returned), anything else is rethrown. */
function typed<T>(fn: () => T): T | ProtocolError {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ProtocolError) return e;
    throw e;
  }
}

/** Splits `bytes` at the given cut points (any order, any values), keeping every byte once. */
function chunked(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const c of [...at, bytes.length]) {
    if (c > from) out.push(bytes.subarray(from, c));
    from = c;
  }
  return out;
}

function sizePrefixed(payload: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + payload.length);
  out.writeInt32BE(payload.length, 0);
  out.set(payload, 4);
  return out;
}

// The frame splitter --------------------------------------------------------------------------

/**
 * Frames cut into arbitrary chunks come out exactly as they went in, whichever of them are
 * streamed and which collected whole, for any head size.
 */
export const frameStreamReassembles = fc.property(
  fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 12 }),
  fc.array(fc.nat(), { maxLength: 20 }),
  fc.integer({ min: 0, max: 64 }),
  fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
  (payloads, cuts, headBytes, wholeOrStream) => {
    const wire = Buffer.concat(payloads.map(sizePrefixed));
    const out: Buffer[] = [];
    let frame = 0;
    const stream = new FrameStream({
      maxFrameSize: 1000,
      headBytes,
      decide: (head, size) => {
        if (head.length !== Math.min(headBytes, size)) throw new Error(`head of ${head.length} bytes`);
        return wholeOrStream[frame++ % wholeOrStream.length] ? 'whole' : 'stream';
      },
      onBytes: (raw) => out.push(Buffer.from(raw)),
      onFrame: (payload) => out.push(sizePrefixed(payload)),
    });
    for (const c of chunked(wire, cuts)) stream.push(c);
    if (!Buffer.concat(out).equals(wire)) throw new Error('frames changed on the way through');
    if (stream.bufferedBytes !== 0) throw new Error(`${stream.bufferedBytes} bytes left behind`);
    if (frame !== payloads.length) throw new Error(`${frame} decisions for ${payloads.length} frames`);
  },
);

/** Arbitrary bytes: a ProtocolError at worst, and never more held than one frame's limit. */
export const frameStreamBoundsHostileInput = fc.property(
  fc.uint8Array({ maxLength: 2000 }),
  fc.array(fc.nat(), { maxLength: 16 }),
  (bytes, cuts) => {
    const max = 512;
    const stream = new FrameStream({
      maxFrameSize: max,
      headBytes: 16,
      decide: (head) => (head.length > 0 && head[0] % 2 === 0 ? 'whole' : 'stream'),
      onBytes: () => {},
      onFrame: (payload) => {
        if (payload.length > max) throw new Error(`a ${payload.length}-byte frame passed a ${max} limit`);
      },
    });
    typed(() => {
      for (const c of chunked(Buffer.from(bytes), cuts)) {
        stream.push(c);
        if (stream.bufferedBytes > max + 4) throw new Error(`${stream.bufferedBytes} bytes buffered`);
      }
    });
  },
);

/**
 * Arbitrary bytes as a broker's Fetch v16-18 response, streamed through the broker-addresses
 * rewrite (walk to the tagged fields, pad them): a ProtocolError, or a frame of exactly the
 * announced size, whatever the chunking.
 */
export const fetchTailOnHostileBytes = fc.property(
  fc.integer({ min: 16, max: 18 }),
  fc.uint8Array({ maxLength: 600 }),
  fc.array(fc.nat(), { maxLength: 16 }),
  (version, bytes, cuts) => {
    const exchange = chainOf([brokerAddresses({ advertised: FUZZ_ADDRESSES, cache: new MetadataCache() })], {
      conn: testConn(),
    }).exchangeFor({ apiKey: 1, apiVersion: version, correlationId: 1, clientId: null }, true);
    const out: Buffer[] = [];
    const stream = new FrameStream({
      maxFrameSize: 1000,
      headBytes: 4,
      decide: () => exchange.rewriteStreamed!(),
      onBytes: (raw) => out.push(Buffer.from(raw)),
      onLater: () => {
        throw new Error('nothing to wait for');
      },
      onFrame: () => {
        throw new Error('collected whole');
      },
    });
    const result = typed(() => {
      for (const c of chunked(sizePrefixed(bytes), cuts)) stream.push(c);
    });
    if (result instanceof ProtocolError) return;
    const wire = Buffer.concat(out);
    if (wire.readInt32BE(0) !== wire.length - 4) throw new Error('size prefix does not count the bytes sent');
  },
);

// Request headers -----------------------------------------------------------------------------

const knownApis = (Object.values(API_CODECS) as ApiCodec<unknown, unknown>[]).map((c) => ({
  apiKey: c.apiKey,
  minVersion: c.minVersion,
  maxVersion: c.maxVersion,
}));

const requestHeaderArb = fc
  .constantFrom(...knownApis)
  .chain((api) =>
    fc.record({
      requestApiKey: fc.constant(api.apiKey),
      requestApiVersion: fc.integer({ min: api.minVersion, max: api.maxVersion }),
      correlationId: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
      clientId: fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: null }),
    }),
  )
  // ControlledShutdown v0 has header v0, which carries no client id.
  .map((h) => (h.requestApiKey === 7 && h.requestApiVersion === 0 ? { ...h, clientId: null } : h));

/** The peek the data plane routes by agrees with the full header decoder, whatever follows the header. */
export const headerPeekAgreesWithDecoder = fc.property(
  requestHeaderArb,
  fc.uint8Array({ maxLength: 64 }),
  (header, body) => {
    const w = new Writer();
    writeRequestHeader(w, { ...header, tagBuffer: undefined } as never);
    const frame = Buffer.concat([w.toBuffer(), body]);
    const peek = peekRequestHeader(frame);
    const full = readRequestHeader(new Reader(frame));
    for (const [name, a, b, c] of [
      ['api key', peek.apiKey, full.requestApiKey, header.requestApiKey],
      ['api version', peek.apiVersion, full.requestApiVersion, header.requestApiVersion],
      ['correlation id', peek.correlationId, full.correlationId, header.correlationId],
      ['client id', peek.clientId, full.clientId ?? null, header.clientId],
    ] as const) {
      if (a !== b || b !== c) throw new Error(`${name}: peek ${a}, decoder ${b}, sent ${c}`);
    }
    // acks are read from the bytes after the header: any body gives a boolean or a typed error.
    typed(() => expectsResponse(frame, peek));
  },
);

/** Whatever a client sends as a frame head, the peeks answer or refuse with a ProtocolError. */
export const headerPeekOnArbitraryBytes = fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
  const frame = Buffer.from(bytes);
  const peek = typed(() => peekRequestHeader(frame));
  if (!(peek instanceof ProtocolError)) typed(() => expectsResponse(frame, peek));
  typed(() => readRequestHeader(new Reader(frame)));
});

// Generated codecs ----------------------------------------------------------------------------

interface CodecCase {
  name: string;
  schema: MessageSchema;
  version: number;
  decode: (r: Reader, v: number) => unknown;
  encode: (w: Writer, v: number, value: never) => void;
}

const schemas = Object.values(MESSAGE_SCHEMAS);
const codecCases: CodecCase[] = (Object.values(API_CODECS) as ApiCodec<unknown, unknown>[]).flatMap(
  (codec) => {
    const out: CodecCase[] = [];
    for (let v = codec.minVersion; v <= codec.maxVersion; v++) {
      for (const [type, decode, encode] of [
        ['request', codec.decodeRequest, codec.encodeRequest],
        ['response', codec.decodeResponse, codec.encodeResponse],
      ] as const) {
        const schema = schemas.find((s) => s.type === type && s.apiKey === codec.apiKey);
        if (schema) out.push({ name: `${schema.name} v${v}`, schema, version: v, decode, encode });
      }
    }
    return out;
  },
);

function decodeWhole(c: CodecCase, bytes: Buffer): unknown {
  const r = new Reader(bytes);
  const value = c.decode(r, c.version);
  r.expectEnd(c.name);
  return value;
}

/** Byte edits a fuzzer would make: overwrite, insert, delete, cut; lengths set huge or negative. */
const editsArb = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({
      kind: fc.constant('int32' as const),
      at: fc.nat(),
      value: fc.constantFrom(-1, -2, 0x7fffffff, 0x10000),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  ),
  { minLength: 1, maxLength: 6 },
);

type Edit = typeof editsArb extends fc.Arbitrary<(infer E)[]> ? E : never;

function applyEdits(input: Buffer, edits: readonly Edit[]): Buffer {
  let b = Buffer.from(input);
  for (const e of edits) {
    const at = b.length === 0 ? 0 : e.at % b.length;
    switch (e.kind) {
      case 'set':
        if (b.length > 0) b[at] = e.byte;
        break;
      case 'int32':
        if (b.length >= 4) b.writeInt32BE(e.value, Math.min(at, b.length - 4));
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), e.bytes, b.subarray(at)]);
        break;
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + e.count)]);
        break;
      case 'cut':
        b = b.subarray(0, at);
        break;
    }
  }
  return b;
}

const codecCaseArb = fc.constantFrom(...codecCases);

/** Every message every codec can express survives encode → decode unchanged. */
export const codecsRoundTrip = fc.property(
  codecCaseArb,
  fc.constantFrom('full' as const, 'sparse' as const),
  fc.nat(),
  (c, style, seed) => {
    const value = sampleMessage(c.schema, c.version, style, seed);
    const w = new Writer();
    c.encode(w, c.version, value as never);
    const again = new Writer();
    c.encode(again, c.version, decodeWhole(c, w.toBuffer()) as never);
    if (!again.toBuffer().equals(w.toBuffer()))
      throw new Error(`${c.name}: encode(decode(x)) differs from x`);
  },
);

/** A mutated encoding decodes to a value that is stable through encode → decode, or to a ProtocolError. */
export const codecsOnMutatedInput = fc.property(codecCaseArb, fc.nat(), editsArb, (c, seed, edits) => {
  const w = new Writer();
  c.encode(w, c.version, sampleMessage(c.schema, c.version, 'full', seed) as never);
  const value = typed(() => decodeWhole(c, applyEdits(w.toBuffer(), edits)));
  if (value instanceof ProtocolError) {
    if (typeof value.details.offset !== 'number')
      throw new Error(`${c.name}: ${value.code} without an offset`);
    return;
  }
  const again = new Writer();
  // Re-encoding can refuse only input that repeats an unknown tag, with a typed error.
  if (typed(() => c.encode(again, c.version, value as never)) instanceof ProtocolError) return;
  const back = decodeWhole(c, again.toBuffer());
  const third = new Writer();
  c.encode(third, c.version, back as never);
  if (!third.toBuffer().equals(again.toBuffer())) throw new Error(`${c.name}: unstable after mutation`);
});

// Record batches ------------------------------------------------------------------------------

const bytesOrNull = (maxLength: number) =>
  fc.option(fc.uint8Array({ maxLength }).map(Buffer.from), { nil: null });

const recordsArb = fc.array(
  fc.record({
    key: bytesOrNull(24),
    value: bytesOrNull(200),
    headers: fc.array(fc.record({ key: fc.string({ maxLength: 12 }), value: bytesOrNull(16) }), {
      maxLength: 3,
    }),
    timestampDelta: fc.bigInt({ min: 0n, max: 2n ** 40n }),
  }),
  { minLength: 1, maxLength: 20 },
);

function batchOf(
  codec: (typeof COMPRESSION_NAMES)[number],
  records: readonly Omit<KafkaRecord, 'attributes' | 'offsetDelta'>[],
): Buffer {
  const full: KafkaRecord[] = records.map((r, i) => ({ ...r, attributes: 0, offsetDelta: i }));
  return encodeRecordBatch(
    {
      baseOffset: 0n,
      partitionLeaderEpoch: -1,
      attributes: COMPRESSION[codec],
      lastOffsetDelta: full.length - 1,
      baseTimestamp: 1_700_000_000_000n,
      maxTimestamp: 1_700_000_000_000n,
      producerId: -1n,
      producerEpoch: -1,
      baseSequence: -1,
    },
    full,
  );
}

const sameBytes = (a: Buffer | null, b: Buffer | null) =>
  a === null ? b === null : b !== null && a.equals(b);

/** Any records, under every codec, come back out of a batch exactly. */
export const recordBatchesRoundTrip = fc.property(
  fc.constantFrom(...COMPRESSION_NAMES),
  recordsArb,
  (codec, records) => {
    const batch = RecordBatch.decode(batchOf(codec, records));
    const out = batch.records();
    if (out.length !== records.length) throw new Error(`${out.length} records of ${records.length}`);
    out.forEach((r, i) => {
      const want = records[i];
      const headersSame =
        r.headers.length === want.headers.length &&
        r.headers.every((h, k) => h.key === want.headers[k].key && sameBytes(h.value, want.headers[k].value));
      if (
        !sameBytes(r.key, want.key) ||
        !sameBytes(r.value, want.value) ||
        !headersSame ||
        r.timestampDelta !== want.timestampDelta
      ) {
        throw new Error(`${codec}: record ${i} changed`);
      }
    });
  },
);

/**
 * A mutated batch (CRC fixed up or not, so mutations reach the decompressors and the record
 * parser) in a Produce/Fetch records field gives pieces and records, or a ProtocolError, within
 * the decompression limit.
 */
export const recordBatchesOnMutatedInput = fc.property(
  fc.constantFrom(...COMPRESSION_NAMES),
  recordsArb,
  editsArb,
  fc.boolean(),
  (codec, records, edits, fixCrc) => {
    const input = applyEdits(batchOf(codec, records), edits);
    if (fixCrc && input.length > 21) input.writeUInt32BE(crc32c(input.subarray(21)), 17);
    const limit = 256 * 1024;
    typed(() => {
      for (const piece of splitRecords(input)) {
        if (piece instanceof RecordBatch) {
          const decoded = piece.records({ maxDecompressedBytes: limit });
          const held = decoded.reduce((n, r) => n + (r.key?.length ?? 0) + (r.value?.length ?? 0), 0);
          if (held > limit) throw new Error(`${held} bytes decoded past a ${limit}-byte limit`);
        }
      }
    });
  },
);

/**
 * Inflating off the event loop (recordsAsync: zlib's thread pool, snappy and lz4 in slices)
 * gives what inflating on it gives: the same records, or a ProtocolError of the same code.
 */
export const recordBatchesAsyncAgreesWithSync = fc.asyncProperty(
  fc.constantFrom(...COMPRESSION_NAMES),
  recordsArb,
  fc.option(editsArb, { nil: undefined }),
  fc.integer({ min: 64, max: 64 * 1024 }),
  async (codec, records, edits, limit) => {
    let input = batchOf(codec, records);
    if (edits) {
      input = applyEdits(input, edits);
      if (input.length > 21) input.writeUInt32BE(crc32c(input.subarray(21)), 17);
    }
    const outcome = (r: unknown) =>
      r instanceof ProtocolError
        ? r.code
        : JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
    const sync = typed(() => RecordBatch.decode(input).records({ maxDecompressedBytes: limit }));
    let async: unknown;
    try {
      async = await RecordBatch.decode(input).recordsAsync({ maxDecompressedBytes: limit });
    } catch (e) {
      if (!(e instanceof ProtocolError)) throw e;
      async = e;
    }
    if (outcome(sync) !== outcome(async))
      throw new Error(`${codec}: sync ${outcome(sync).slice(0, 80)}, async ${outcome(async).slice(0, 80)}`);
  },
);

/** Every fuzz target, by name, for the test and the bench. */
export const FUZZ_PROPERTIES = {
  'frame stream: reassembly': frameStreamReassembles,
  'frame stream: hostile bytes': frameStreamBoundsHostileInput,
  'fetch tail: hostile bytes': fetchTailOnHostileBytes,
  'request header: peek = decoder': headerPeekAgreesWithDecoder,
  'request header: arbitrary bytes': headerPeekOnArbitraryBytes,
  'codecs: round trip': codecsRoundTrip,
  'codecs: mutated input': codecsOnMutatedInput,
  'record batches: round trip': recordBatchesRoundTrip,
  'record batches: mutated input': recordBatchesOnMutatedInput,
  'record batches: async = sync': recordBatchesAsyncAgreesWithSync,
} as const;
