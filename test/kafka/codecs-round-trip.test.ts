import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { API_CODECS, type ApiCodec, DATA_CODECS, type DataCodec } from '../../kafka/generated/index.ts';
import { decodeRequestHeader, encodeRequestHeader } from '../../kafka/generated/request-header.ts';
import { decodeResponseHeader, encodeResponseHeader } from '../../kafka/generated/response-header.ts';
import { MESSAGE_SCHEMAS, type MessageSchema } from '../../kafka/generated/schemas.ts';
import { Reader } from '../../kafka/reader.ts';
import { Writer } from '../../kafka/writer.ts';
import { type SampleStyle, sampleMessage } from './sample-messages.ts';

type Decode = (reader: Reader, version: number) => unknown;
type Encode = (writer: Writer, version: number, value: never) => void;

const schemas = Object.values(MESSAGE_SCHEMAS);
const schemaOf = (type: MessageSchema['type'], apiKey: number) =>
  schemas.find((s) => s.type === type && s.apiKey === apiKey)!;

/** decode(encode(x)) deep-equals x, and encode(decode(bytes)) gives the same bytes, for both sample styles. */
function roundTrip(schema: MessageSchema, version: number, decode: Decode, encode: Encode): number {
  let checked = 0;
  for (const style of ['full', 'sparse'] as SampleStyle[]) {
    const sample = sampleMessage(schema, version, style, version * 7919 + schema.name.length);
    const w = new Writer(64);
    encode(w, version, sample as never);
    const bytes = w.toBuffer();
    const reader = new Reader(bytes);
    const decoded = decode(reader, version);
    const where = `${schema.name} v${version} (${style})`;
    assert.equal(reader.remaining, 0, `${where}: decoder left ${reader.remaining} bytes`);
    assert.deepStrictEqual(decoded, sample, `${where}: decoded value differs`);
    const again = new Writer(16);
    encode(again, version, decoded as never);
    assert.deepStrictEqual(again.buffer, bytes, `${where}: re-encoded bytes differ`);
    checked++;
  }
  return checked;
}

describe('generated codecs round-trip every API, version and direction', () => {
  for (const codec of Object.values(API_CODECS) as ApiCodec<unknown, unknown>[]) {
    test(`Given samples of every ${codec.name} version (${codec.minVersion}-${codec.maxVersion}), when encoded and decoded, then values and bytes survive`, () => {
      const request = schemaOf('request', codec.apiKey);
      const response = schemaOf('response', codec.apiKey);
      let checked = 0;
      for (let v = codec.minVersion; v <= codec.maxVersion; v++) {
        checked += roundTrip(request, v, codec.decodeRequest, codec.encodeRequest);
        checked += roundTrip(response, v, codec.decodeResponse, codec.encodeResponse);
      }
      assert.equal(checked, (codec.maxVersion - codec.minVersion + 1) * 4);
    });
  }

  test('Given samples of every data message (consumer protocol, KRaft records), when round-tripped, then values and bytes survive', () => {
    for (const codec of Object.values(DATA_CODECS) as DataCodec<unknown>[]) {
      const schema = MESSAGE_SCHEMAS[codec.name];
      for (let v = codec.minVersion; v <= codec.maxVersion; v++)
        roundTrip(schema, v, codec.decode, codec.encode);
    }
  });

  test('Given samples of request headers v0-v2 and response headers v0-v1, when round-tripped, then values and bytes survive', () => {
    for (let v = 0; v <= 2; v++)
      roundTrip(MESSAGE_SCHEMAS.RequestHeader, v, decodeRequestHeader, encodeRequestHeader);
    for (let v = 0; v <= 1; v++)
      roundTrip(MESSAGE_SCHEMAS.ResponseHeader, v, decodeResponseHeader, encodeResponseHeader);
  });

  test('Given the API table, when compared with the schemas, then every request and response spec has a codec', () => {
    const apiKeys = schemas.filter((s) => s.type === 'request').map((s) => s.apiKey);
    assert.deepEqual(
      Object.keys(API_CODECS)
        .map(Number)
        .sort((a, b) => a - b),
      apiKeys.sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    assert.equal(apiKeys.length, schemas.filter((s) => s.type === 'response').length);
  });
});
