import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { errorResponse } from '../../kafka/error-response.ts';
import { API_CODECS, type ApiCodec } from '../../kafka/generated/index.ts';
import { MESSAGE_SCHEMAS } from '../../kafka/generated/schemas.ts';
import { Reader } from '../../kafka/reader.ts';
import { Writer } from '../../kafka/writer.ts';
import { sampleMessage } from './sample-messages.ts';

const POLICY_VIOLATION = 44;

/** Every int16 error field anywhere in a decoded body, by dotted path. */
function errorFields(value: unknown, path = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => errorFields(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value)) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'errorCode' || k.endsWith('ErrorCode')
      ? [[`${path}.${k}`, v] as [string, unknown]]
      : errorFields(v, `${path}.${k}`),
  );
}

function roundTrip(codec: ApiCodec<unknown, unknown>, version: number, body: unknown): unknown {
  const w = new Writer(256);
  codec.encodeResponse(w, version, body);
  const r = new Reader(w.toBuffer());
  const back = codec.decodeResponse(r, version);
  r.expectEnd('error response');
  return back;
}

const requestSchema = (apiKey: number) =>
  Object.values(MESSAGE_SCHEMAS).find((s) => s.apiKey === apiKey && s.type === 'request')!;

describe('error responses for any request', () => {
  test('Given a sample request of every api key and version, when refused with POLICY_VIOLATION, then the response encodes and decodes and every error field carries 44', () => {
    let checked = 0;
    let withErrors = 0;
    for (const codec of Object.values(API_CODECS) as ApiCodec<unknown, unknown>[]) {
      for (let v = codec.minVersion; v <= codec.maxVersion; v++) {
        const request = sampleMessage(requestSchema(codec.apiKey), v, 'full', codec.apiKey * 100 + v);
        const body = errorResponse(codec.apiKey, v, request, POLICY_VIOLATION, 'refused by policy x');
        // Tagged error fields (e.g. CreateTopics topicConfigErrorCode) are left out: absent, they read as 0.
        const set = errorFields(body);
        for (const [path, code] of set) assert.equal(code, POLICY_VIOLATION, `${codec.name} v${v} ${path}`);
        const back = new Map(errorFields(roundTrip(codec, v, body)));
        for (const [path] of set)
          assert.equal(back.get(path), POLICY_VIOLATION, `${codec.name} v${v} ${path}`);
        if (set.length > 0) withErrors++;
        checked++;
      }
    }
    assert.ok(checked > 300, `${checked} versions`);
    // Only a few Kafka responses have no error field at all (e.g. ApiVersions has one; Fetch v0-6 has per-partition ones).
    assert.ok(withErrors / checked > 0.97, `${withErrors} of ${checked} versions carry an error field`);
  });

  test('Given a Produce v11 request for two topics, when refused, then every partition is answered in request order with the code and the message', () => {
    const request = {
      transactionalId: null,
      acks: -1,
      timeoutMs: 1000,
      topicData: [
        {
          name: 'a',
          partitionData: [
            { index: 2, records: null },
            { index: 0, records: null },
          ],
        },
        { name: 'b', partitionData: [{ index: 1, records: null }] },
      ],
    };
    const res = errorResponse(0, 11, request, POLICY_VIOLATION, 'no writes from reporting') as {
      responses: {
        name: string;
        partitionResponses: { index: number; errorCode: number; errorMessage: string; baseOffset: bigint }[];
      }[];
    };
    assert.deepEqual(
      res.responses.map((t) => [
        t.name,
        t.partitionResponses.map((p) => [p.index, p.errorCode, p.errorMessage]),
      ]),
      [
        [
          'a',
          [
            [2, 44, 'no writes from reporting'],
            [0, 44, 'no writes from reporting'],
          ],
        ],
        ['b', [[1, 44, 'no writes from reporting']]],
      ],
    );
    assert.equal(
      res.responses[0].partitionResponses[0].baseOffset,
      -1n,
      'the spec default for an unknown offset',
    );
  });

  test('Given ListOffsets, JoinGroup and DeleteTopics v4 requests, when refused, then topics and partitions, the member id and bare topic names come back with the code', () => {
    const listOffsets = errorResponse(
      2,
      9,
      {
        replicaId: -1,
        isolationLevel: 0,
        topics: [{ name: 't', partitions: [{ partitionIndex: 3, currentLeaderEpoch: -1, timestamp: -1n }] }],
      },
      POLICY_VIOLATION,
      'm',
    ) as {
      topics: { name: string; partitions: { partitionIndex: number; errorCode: number; offset: bigint }[] }[];
    };
    assert.deepEqual(
      listOffsets.topics.map((t) => [
        t.name,
        t.partitions.map((p) => [p.partitionIndex, p.errorCode, p.offset]),
      ]),
      [['t', [[3, 44, -1n]]]],
    );
    const join = errorResponse(
      11,
      9,
      { groupId: 'g', memberId: 'member-1', protocolType: 'consumer', protocols: [] },
      POLICY_VIOLATION,
      'm',
    ) as { errorCode: number; memberId: string; generationId: number; members: unknown[] };
    assert.equal(join.errorCode, 44);
    assert.equal(join.memberId, 'member-1');
    assert.equal(join.generationId, -1);
    assert.deepEqual(join.members, []);
    const del = errorResponse(20, 4, { topicNames: ['x', 'y'], timeoutMs: 1 }, POLICY_VIOLATION, 'm') as {
      responses: { name: string; errorCode: number }[];
    };
    assert.deepEqual(
      del.responses.map((r) => [r.name, r.errorCode]),
      [
        ['x', 44],
        ['y', 44],
      ],
    );
  });

  test('Given Produce v13 (topics by id), when refused, then the topic ids are echoed', () => {
    const id = '0b7f2c6e-1d3a-4e5f-8a9b-0c1d2e3f4a5b';
    const res = errorResponse(
      0,
      13,
      {
        transactionalId: null,
        acks: 1,
        timeoutMs: 1,
        topicData: [{ topicId: id, partitionData: [{ index: 0, records: null }] }],
      },
      POLICY_VIOLATION,
      'm',
    ) as { responses: { topicId: string }[] };
    assert.equal(res.responses[0].topicId, id);
  });
});
