import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ProtocolError } from '../../kafka/errors.ts';
import { FrameDecoder } from '../../kafka/frame.ts';
import { API_INFO } from '../../kafka/generated/api-keys.ts';
import type { MetadataRequest } from '../../kafka/generated/metadata.ts';
import {
  apiCodec,
  decodeRequestFrame,
  decodeResponseFrame,
  encodeRequestFrame,
  encodeResponseFrame,
} from '../../kafka/messages.ts';
import { Writer } from '../../kafka/writer.ts';

function protocolError(fn: () => unknown): ProtocolError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProtocolError) return error;
    throw error;
  }
  throw new Error('expected a ProtocolError');
}

describe('whole request and response frames', () => {
  test('Given a Metadata v12 request, when encoded as a frame and decoded, then header and body come back', () => {
    const header = { requestApiKey: 3, requestApiVersion: 12, correlationId: 4, clientId: 'sluice' };
    const body: MetadataRequest = {
      topics: [{ topicId: '00000000-0000-0000-0000-000000000000', name: 'orders' }],
      allowAutoTopicCreation: false,
      includeTopicAuthorizedOperations: true,
    };
    const frame = encodeRequestFrame(header, body);
    assert.equal(frame.readInt32BE(0), frame.length - 4);
    const [payload] = new FrameDecoder().push(frame);
    assert.deepStrictEqual(decodeRequestFrame(payload), { header, body });
  });

  test('Given a Produce v9 response, when encoded as a frame and decoded, then it uses header v1 and round-trips', () => {
    const body = {
      responses: [
        {
          name: 't',
          partitionResponses: [
            {
              index: 0,
              errorCode: 87,
              baseOffset: -1n,
              logAppendTimeMs: -1n,
              logStartOffset: 0n,
              recordErrors: [{ batchIndex: 1, batchIndexErrorMessage: 'bad record' }],
              errorMessage: 'rejected by policy',
            },
          ],
        },
      ],
      throttleTimeMs: 0,
    };
    const frame = encodeResponseFrame(0, 9, { correlationId: 77 }, body);
    assert.deepStrictEqual(decodeResponseFrame(frame.subarray(4), 0, 9), {
      header: { correlationId: 77 },
      body,
    });
  });

  test('Given an unknown api key, when a request frame is decoded, then UNKNOWN_API names the key', () => {
    const w = new Writer().appendInt16(1234).appendInt16(0).appendInt32(1).appendNullableString(null);
    const error = protocolError(() => decodeRequestFrame(w.buffer));
    assert.equal(error.code, 'SLUICE_PROTOCOL_UNKNOWN_API');
    assert.equal(error.details.apiKey, 1234);
    assert.throws(() => apiCodec(-1), { code: 'SLUICE_PROTOCOL_UNKNOWN_API' });
  });

  test('Given a version above what the specs know, when a request frame is decoded, then UNSUPPORTED_VERSION names the range', () => {
    const w = new Writer()
      .appendInt16(0)
      .appendInt16(99)
      .appendInt32(1)
      .appendNullableString('c')
      .appendUnsignedVarInt(0);
    const error = protocolError(() => decodeRequestFrame(w.buffer));
    assert.equal(error.code, 'SLUICE_PROTOCOL_UNSUPPORTED_VERSION');
    assert.equal(error.details.message, 'ProduceRequest');
    assert.equal(error.details.version, 99);
    assert.equal(error.details.max, API_INFO[0]?.maxVersion);
  });

  test('Given a request body cut short, when decoded, then the error says which API, version and direction', () => {
    const frame = encodeRequestFrame(
      { requestApiKey: 3, requestApiVersion: 12, correlationId: 4, clientId: null },
      { topics: null, allowAutoTopicCreation: true, includeTopicAuthorizedOperations: false },
    );
    const error = protocolError(() => decodeRequestFrame(frame.subarray(4, frame.length - 2)));
    assert.equal(error.code, 'SLUICE_PROTOCOL_TRUNCATED');
    assert.equal(error.details.api, 'Metadata');
    assert.equal(error.details.apiVersion, 12);
    assert.equal(error.details.direction, 'request');
  });

  test('Given a request frame with bytes after the body, when decoded, then TRAILING_BYTES', () => {
    const frame = encodeRequestFrame(
      { requestApiKey: 18, requestApiVersion: 3, correlationId: 1, clientId: 'x' },
      { clientSoftwareName: 'a', clientSoftwareVersion: '1' },
    );
    const error = protocolError(() =>
      decodeRequestFrame(Buffer.concat([frame.subarray(4), Buffer.from([0])])),
    );
    assert.equal(error.code, 'SLUICE_PROTOCOL_TRAILING_BYTES');
  });

  test('Given a body missing a required array, when encoded, then INVALID_VALUE names the message and version', () => {
    const error = protocolError(() =>
      encodeRequestFrame(
        { requestApiKey: 0, requestApiVersion: 9, correlationId: 1, clientId: null },
        { acks: -1, timeoutMs: 1 },
      ),
    );
    assert.equal(error.code, 'SLUICE_PROTOCOL_INVALID_VALUE');
    assert.equal(error.details.message, 'ProduceRequest');
    assert.equal(error.details.version, 9);
  });

  test('Given a body with an int32 field set to a string, when encoded, then INVALID_VALUE says int32 and the message', () => {
    const error = protocolError(() =>
      encodeResponseFrame(18, 3, { correlationId: 1 }, { errorCode: 0, apiKeys: [], throttleTimeMs: '5' }),
    );
    assert.equal(error.code, 'SLUICE_PROTOCOL_INVALID_VALUE');
    assert.equal(error.details.field, 'int32');
    assert.equal(error.details.message, 'ApiVersionsResponse');
  });
});
