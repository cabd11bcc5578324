import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ProtocolError } from '../../kafka/errors.ts';
import { encodeProduceRequest } from '../../kafka/generated/produce.ts';
import { encodeRequestHeader } from '../../kafka/generated/request-header.ts';
import {
  expectsResponse,
  peekRequestHeader,
  peekResponseCorrelationId,
  readRequestHeader,
  readResponseHeader,
  requestHeaderVersion,
  responseHeaderVersion,
  writeRequestHeader,
  writeResponseHeader,
} from '../../kafka/header.ts';
import { Reader } from '../../kafka/reader.ts';
import { Writer } from '../../kafka/writer.ts';

describe('request and response headers', () => {
  test('Given flexible and non-flexible versions, when header versions are asked, then they follow the specs', () => {
    assert.equal(requestHeaderVersion(0, 8), 1, 'Produce v8 is not flexible');
    assert.equal(requestHeaderVersion(0, 9), 2, 'Produce v9 is flexible');
    assert.equal(responseHeaderVersion(0, 8), 0);
    assert.equal(responseHeaderVersion(0, 9), 1);
    assert.equal(requestHeaderVersion(3, 9), 2, 'Metadata v9 is flexible');
    assert.equal(requestHeaderVersion(17, 1), 1, 'SaslHandshake is never flexible');
    assert.equal(responseHeaderVersion(17, 1), 0);
  });

  test('Given ApiVersions, when the response header version is asked, then it is always v0, even for flexible v3+', () => {
    assert.equal(requestHeaderVersion(18, 3), 2);
    assert.equal(responseHeaderVersion(18, 3), 0);
    assert.equal(responseHeaderVersion(18, 4), 0);
  });

  test('Given ControlledShutdown v0, when its header version is asked, then it is v0 (no client id)', () => {
    assert.equal(requestHeaderVersion(7, 0), 0);
    assert.equal(requestHeaderVersion(7, 1), 1);
    assert.equal(requestHeaderVersion(7, 3), 2);
  });

  test('Given an unknown api key, when a header version is asked, then UNKNOWN_API', () => {
    assert.throws(() => requestHeaderVersion(999, 0), { code: 'SLUICE_PROTOCOL_UNKNOWN_API' });
    assert.throws(() => responseHeaderVersion(-1, 0), { code: 'SLUICE_PROTOCOL_UNKNOWN_API' });
  });

  test('Given a v2 request header with a tagged field, when written and read, then all fields and the tag survive', () => {
    const header = {
      requestApiKey: 3,
      requestApiVersion: 12,
      correlationId: -5,
      clientId: 'client-✓',
      _unknownTaggedFields: [{ tag: 3, data: Buffer.from([1, 2]) }],
    };
    const w = new Writer();
    writeRequestHeader(w, header);
    w.appendInt8(42); // first body byte
    const r = new Reader(w.buffer);
    assert.deepStrictEqual(readRequestHeader(r), header);
    assert.equal(r.readInt8(), 42, 'the reader stops at the body');
  });

  test('Given a v1 header, when written, then the bytes are api key, version, correlation id, int16 client id', () => {
    const w = new Writer();
    writeRequestHeader(w, { requestApiKey: 0, requestApiVersion: 8, correlationId: 1, clientId: 'ab' });
    assert.equal(w.buffer.toString('hex'), '0000' + '0008' + '00000001' + '0002' + '6162');
  });

  test('Given a v0 ControlledShutdown header, when peeked, then there is no client id to read', () => {
    const frame = Buffer.from('0007' + '0000' + '0000000b', 'hex');
    assert.deepStrictEqual(peekRequestHeader(frame), {
      apiKey: 7,
      apiVersion: 0,
      correlationId: 11,
      clientId: null,
    });
  });

  test('Given a request frame of an api key Sluice does not know, when peeked, then the routing facts still come out', () => {
    const w = new Writer()
      .appendInt16(500)
      .appendInt16(3)
      .appendInt32(99)
      .appendNullableString(null)
      .appendInt32(7);
    assert.deepStrictEqual(peekRequestHeader(w.buffer), {
      apiKey: 500,
      apiVersion: 3,
      correlationId: 99,
      clientId: null,
    });
  });

  test('Given a truncated header, when peeked, then TRUNCATED names the offset', () => {
    assert.throws(
      () => peekRequestHeader(Buffer.from('0003000c000000', 'hex')),
      (error: unknown) =>
        error instanceof ProtocolError &&
        error.code === 'SLUICE_PROTOCOL_TRUNCATED' &&
        error.details.offset === 4,
    );
    assert.throws(() => readRequestHeader(new Reader(Buffer.from('00', 'hex'))), {
      code: 'SLUICE_PROTOCOL_TRUNCATED',
    });
  });

  test('Given response headers v0 and v1, when written and read, then the correlation id comes back', () => {
    for (const [apiKey, version, hex] of [
      [0, 8, '00000009'],
      [0, 9, '0000000900'],
      [18, 3, '00000009'],
    ] as const) {
      const w = new Writer();
      writeResponseHeader(w, apiKey, version, { correlationId: 9 });
      assert.equal(w.buffer.toString('hex'), hex, `api ${apiKey} v${version}`);
      assert.equal(readResponseHeader(new Reader(w.buffer), apiKey, version).correlationId, 9);
      assert.equal(peekResponseCorrelationId(w.buffer), 9);
    }
  });
});

function request(apiKey: number, version: number, encodeBody: (w: Writer) => void): Buffer {
  const w = new Writer(128);
  encodeRequestHeader(w, requestHeaderVersion(apiKey, version), {
    requestApiKey: apiKey,
    requestApiVersion: version,
    correlationId: 77,
    clientId: 'client-a',
  });
  encodeBody(w);
  return w.toBuffer();
}

describe('whether a request gets a response', () => {
  for (const version of [3, 8, 9, 11, 13]) {
    test(`Given a Produce v${version} with acks=0, when peeked, then no response is expected; with acks=-1 one is`, () => {
      for (const [acks, expects] of [
        [0, false],
        [-1, true],
        [1, true],
      ] as const) {
        const frame = request(0, version, (w) =>
          encodeProduceRequest(w, version, { transactionalId: 'tx-1', acks, timeoutMs: 1000, topicData: [] }),
        );
        const peeked = peekRequestHeader(frame);
        assert.equal(expectsResponse(frame, peeked), expects, `acks=${acks}`);
        assert.equal(peeked.correlationId, 77);
        assert.equal(peeked.clientId, 'client-a');
      }
    });
  }

  test('Given the first bytes of a Produce whose transactional id goes past them, when peeked, then a typed TRUNCATED error says to read more', () => {
    const frame = request(0, 9, (w) =>
      encodeProduceRequest(w, 9, { transactionalId: 'x'.repeat(600), acks: 0, timeoutMs: 1, topicData: [] }),
    );
    const head = frame.subarray(0, 512);
    assert.throws(
      () => expectsResponse(head, peekRequestHeader(head)),
      (err: ProtocolError) => err.code === 'SLUICE_PROTOCOL_TRUNCATED',
    );
  });

  test('Given an api key unknown to this build, when peeked, then the header is read, the body left alone, and a response expected', () => {
    const frame = request(3, 12, () => undefined);
    frame.writeInt16BE(999, 0);
    const peeked = peekRequestHeader(frame);
    assert.equal(peeked.apiKey, 999);
    assert.equal(expectsResponse(frame, peeked), true);
  });
});
