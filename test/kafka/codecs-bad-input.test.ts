import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ProtocolError } from '../../kafka/errors.ts';
import { API_CODECS, type ApiCodec, DATA_CODECS, type DataCodec } from '../../kafka/generated/index.ts';
import { decodeRequestHeader, encodeRequestHeader } from '../../kafka/generated/request-header.ts';
import { decodeResponseHeader, encodeResponseHeader } from '../../kafka/generated/response-header.ts';
import { MESSAGE_SCHEMAS, type MessageSchema } from '../../kafka/generated/schemas.ts';
import { Reader } from '../../kafka/reader.ts';
import { Writer } from '../../kafka/writer.ts';
import { prng, sampleMessage } from './sample-messages.ts';

type Decode = (reader: Reader, version: number) => unknown;
type Encode = (writer: Writer, version: number, value: never) => void;

interface Case {
  name: string;
  version: number;
  bytes: Buffer;
  decode: Decode;
  encode: Encode;
}

const schemas = Object.values(MESSAGE_SCHEMAS);
const schemaOf = (type: MessageSchema['type'], apiKey: number) =>
  schemas.find((s) => s.type === type && s.apiKey === apiKey)!;

/** A valid encoding of a full sample for every API, version and direction, every data message and header. */
function validCases(): Case[] {
  const cases: Case[] = [];
  for (const codec of Object.values(API_CODECS) as ApiCodec<unknown, unknown>[]) {
    for (let v = codec.minVersion; v <= codec.maxVersion; v++) {
      for (const [direction, decode, encode] of [
        ['request', codec.decodeRequest, codec.encodeRequest],
        ['response', codec.decodeResponse, codec.encodeResponse],
      ] as const) {
        const schema = schemaOf(direction, codec.apiKey);
        const w = new Writer();
        encode(w, v, sampleMessage(schema, v, 'full', v + 1) as never);
        cases.push({ name: `${schema.name} v${v}`, version: v, bytes: w.toBuffer(), decode, encode });
      }
    }
  }
  const others: Array<[string, { minVersion: number; maxVersion: number; decode: Decode; encode: Encode }]> =
    [
      ...Object.values(DATA_CODECS).map((c) => [c.name, c] as [string, DataCodec<unknown>]),
      [
        'RequestHeader',
        { minVersion: 0, maxVersion: 2, decode: decodeRequestHeader, encode: encodeRequestHeader },
      ],
      [
        'ResponseHeader',
        { minVersion: 0, maxVersion: 1, decode: decodeResponseHeader, encode: encodeResponseHeader },
      ],
    ];
  for (const [name, codec] of others) {
    for (let v = codec.minVersion; v <= codec.maxVersion; v++) {
      const w = new Writer();
      codec.encode(w, v, sampleMessage(MESSAGE_SCHEMAS[name], v, 'full', v + 1) as never);
      cases.push({
        name: `${name} v${v}`,
        version: v,
        bytes: w.toBuffer(),
        decode: codec.decode,
        encode: codec.encode,
      });
    }
  }
  return cases;
}

const cases = validCases();

/** Decodes the whole buffer; returns the value, or the ProtocolError. Anything else fails the test. */
function decodeOrError(c: Case, bytes: Buffer): { value?: unknown; error?: ProtocolError } {
  const reader = new Reader(bytes);
  try {
    const value = c.decode(reader, c.version);
    reader.expectEnd(c.name);
    return { value };
  } catch (error) {
    if (!(error instanceof ProtocolError)) {
      throw new Error(`${c.name}: ${String(error)} for ${bytes.toString('hex')}`, { cause: error });
    }
    assert.equal(
      typeof error.details.offset,
      'number',
      `${c.name}: error without an offset: ${error.message}`,
    );
    return { error };
  }
}

describe('generated codecs on bad input', () => {
  test('Given every encoding cut short at any byte, when decoded, then TRUNCATED or INVALID_LENGTH, never a crash', () => {
    let cuts = 0;
    for (const c of cases) {
      const step = Math.max(1, Math.floor(c.bytes.length / 48));
      for (let k = 0; k < c.bytes.length; k += step) {
        const { error } = decodeOrError(c, c.bytes.subarray(0, k));
        assert.ok(error, `${c.name}: a ${k}-byte prefix of ${c.bytes.length} decoded`);
        assert.ok(
          error.code === 'SLUICE_PROTOCOL_TRUNCATED' || error.code === 'SLUICE_PROTOCOL_INVALID_LENGTH',
          `${c.name}: ${error.code}`,
        );
        cuts++;
      }
    }
    assert.ok(cuts > 10_000, `only ${cuts} cuts`);
  });

  test('Given a valid encoding with extra bytes, when decoded as a whole frame, then TRAILING_BYTES', () => {
    const c = cases.find((x) => x.name === 'MetadataRequest v12')!;
    const { error } = decodeOrError(c, Buffer.concat([c.bytes, Buffer.from([0])]));
    assert.equal(error?.code, 'SLUICE_PROTOCOL_TRAILING_BYTES');
  });

  test('Given random bytes for every API version and direction, when decoded, then a value or a ProtocolError', () => {
    const random = prng(42);
    let errors = 0;
    for (const c of cases) {
      for (let i = 0; i < 8; i++) {
        const bytes = Buffer.from(
          Array.from({ length: Math.floor(random() * 80) }, () => Math.floor(random() * 256)),
        );
        if (decodeOrError(c, bytes).error) errors++;
      }
    }
    assert.ok(errors > cases.length, 'random bytes should mostly be rejected');
  });

  test('Given a seeded fuzz run of mutated encodings (bit flips, huge and negative lengths, overlong varints, cuts), when decoded, then values re-encode and errors are typed', () => {
    const random = prng(20261128);
    const int = (n: number) => Math.floor(random() * n);
    const huge = [0x7f, 0xff, 0xff, 0xff];
    const negative = [0xff, 0xff, 0xff, 0xfe];
    let accepted = 0;
    let rejected = 0;
    for (const c of cases) {
      for (let i = 0; i < 48; i++) {
        const bytes = Buffer.from(c.bytes);
        if (bytes.length === 0) continue;
        const at = int(bytes.length);
        switch (i % 6) {
          case 0:
            bytes[at] ^= 1 << int(8);
            break;
          case 1:
            for (let k = 0; k < 3; k++) bytes[int(bytes.length)] ^= 1 << int(8);
            break;
          case 2:
            bytes.set(huge.slice(0, Math.min(4, bytes.length - at)), at);
            break;
          case 3:
            bytes.set(negative.slice(0, Math.min(4, bytes.length - at)), at);
            break;
          case 4:
            bytes.fill(0xff, at, Math.min(bytes.length, at + 6));
            break;
          default:
            bytes[at] = int(256);
        }
        const mutated = i % 6 === 5 ? bytes.subarray(0, at + 1) : bytes;
        const { value, error } = decodeOrError(c, mutated);
        if (error) {
          rejected++;
          continue;
        }
        accepted++;
        // Whatever decodes must encode again, and decode to the same value.
        const w = new Writer();
        try {
          c.encode(w, c.version, value as never);
        } catch (encodeError) {
          // Only possible for input that repeats an unknown tag: a typed refusal, not a crash.
          assert.ok(encodeError instanceof ProtocolError, `${c.name}: ${String(encodeError)}`);
          continue;
        }
        assert.deepStrictEqual(
          c.decode(new Reader(w.buffer), c.version),
          value,
          `${c.name}: unstable after mutation`,
        );
      }
    }
    assert.ok(accepted > 0 && rejected > 0, `accepted ${accepted}, rejected ${rejected}`);
  });
});
