import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ProtocolError } from '../../../kafka/errors.ts';
import { parseControlRecord } from '../../../kafka/records/control-record.ts';
import type { KafkaRecord } from '../../../kafka/records/record-batch.ts';

function controlRecord(key: number[] | null, value: number[] | null): KafkaRecord {
  return {
    attributes: 0,
    timestampDelta: 0n,
    offsetDelta: 0,
    key: key === null ? null : Buffer.from(key),
    value: value === null ? null : Buffer.from(value),
    headers: [],
  };
}

describe('control records', () => {
  test('Given a COMMIT marker with coordinator epoch 5, When parsed, Then type commit and epoch 5', () => {
    assert.deepEqual(parseControlRecord(controlRecord([0, 0, 0, 1], [0, 0, 0, 0, 0, 5])), {
      version: 0,
      type: 'commit',
      typeId: 1,
      coordinatorEpoch: 5,
    });
  });

  test('Given an ABORT marker, When parsed, Then type abort', () => {
    assert.equal(parseControlRecord(controlRecord([0, 0, 0, 0], [0, 0, 0, 0, 1, 0])).coordinatorEpoch, 256);
    assert.equal(parseControlRecord(controlRecord([0, 0, 0, 0], [0, 0, 0, 0, 1, 0])).type, 'abort');
  });

  test('Given a KRaft leader-change record and an unknown type 99, When parsed, Then named or unknown without an epoch', () => {
    assert.deepEqual(parseControlRecord(controlRecord([0, 0, 0, 2], [1, 2, 3])), {
      version: 0,
      type: 'leader-change',
      typeId: 2,
    });
    assert.equal(parseControlRecord(controlRecord([0, 0, 0, 99], null)).type, 'unknown');
  });

  test('Given a short key or a short marker value, When parsed, Then SLUICE_RECORDS_CORRUPT', () => {
    const corrupt = (err: unknown) => err instanceof ProtocolError && err.code === 'SLUICE_RECORDS_CORRUPT';
    assert.throws(() => parseControlRecord(controlRecord([0, 0, 1], null)), corrupt);
    assert.throws(() => parseControlRecord(controlRecord(null, null)), corrupt);
    assert.throws(() => parseControlRecord(controlRecord([0, 0, 0, 1], [0, 0, 0])), corrupt);
  });
});
