// The walk that tells whether a Produce response has top-level tagged fields must agree with the
// generated codec on every response it could meet, or a NodeEndpoints rewrite would be skipped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ProtocolError } from '../../kafka/errors.ts';
import { encodeProduceResponse, type ProduceResponse } from '../../kafka/generated/produce.ts';
import { produceResponseHasTopLevelTags } from '../../kafka/produce-tail.ts';
import { Writer } from '../../kafka/writer.ts';

// Tags are unique and ascending within a section, as Kafka writes them; some data for each.
const tagged = fc
  .uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 2 })
  .map((tags) => [...tags].sort((a, b) => a - b).map((tag) => ({ tag, data: Buffer.alloc(tag % 40, tag) })));
const text = fc.string({ maxLength: 30 });
const uuid = fc.uuid();
const bigint = fc.bigInt({ min: -1n, max: 1n << 40n });

const response: fc.Arbitrary<ProduceResponse> = fc.record({
  responses: fc.array(
    fc.record({
      name: text,
      topicId: uuid,
      partitionResponses: fc.array(
        fc.record({
          index: fc.integer({ min: 0, max: 1000 }),
          errorCode: fc.constantFrom(0, 6, 87),
          baseOffset: bigint,
          logAppendTimeMs: bigint,
          logStartOffset: bigint,
          recordErrors: fc.array(
            fc.record({
              batchIndex: fc.integer({ min: 0, max: 100 }),
              batchIndexErrorMessage: fc.option(text, { nil: null }),
              _unknownTaggedFields: tagged,
            }),
            { maxLength: 3 },
          ),
          errorMessage: fc.option(text, { nil: null }),
          currentLeader: fc.record({
            leaderId: fc.integer({ min: -1, max: 5 }),
            leaderEpoch: fc.integer({ min: -1, max: 9 }),
          }),
          _unknownTaggedFields: tagged,
        }),
        { maxLength: 4 },
      ),
      _unknownTaggedFields: tagged,
    }),
    { maxLength: 4 },
  ),
  throttleTimeMs: fc.integer({ min: 0, max: 10_000 }),
  nodeEndpoints: fc.array(
    fc.record({
      nodeId: fc.integer({ min: 0, max: 9 }),
      host: text,
      port: fc.integer({ min: 1, max: 65535 }),
      rack: fc.option(text, { nil: null }),
    }),
    { maxLength: 3 },
  ),
  _unknownTaggedFields: tagged,
}) as fc.Arbitrary<ProduceResponse>;

function body(version: number, value: ProduceResponse): Buffer {
  const w = new Writer();
  encodeProduceResponse(w, version, value);
  return w.toBuffer();
}

test('Given random Produce responses v9-v13, when walked, then top-level tags are found exactly when the codec wrote some (NodeEndpoints or unknown tags)', () => {
  for (const version of [9, 10, 11, 12, 13]) {
    fc.assert(
      fc.property(response, (value) => {
        const bytes = body(version, value);
        const written =
          (version >= 10 && (value.nodeEndpoints?.length ?? 0) > 0) ||
          (value._unknownTaggedFields?.length ?? 0) > 0;
        assert.equal(produceResponseHasTopLevelTags(bytes, version), written);
      }),
      { numRuns: 300 },
    );
  }
});

test('Given a Produce response without top-level tags cut short anywhere, when walked, then it throws a ProtocolError, never an answer', () => {
  fc.assert(
    fc.property(response, fc.nat(), (value, cut) => {
      const bytes = body(11, { ...value, nodeEndpoints: [], _unknownTaggedFields: [] });
      const at = cut % bytes.length;
      assert.throws(() => produceResponseHasTopLevelTags(bytes.subarray(0, at), 11), ProtocolError);
    }),
    { numRuns: 300 },
  );
});
