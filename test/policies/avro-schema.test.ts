import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import policy from '../../policies/avro-schema.ts';
import { testPolicy } from '../../sdk/host/testing.ts';
import { framed, schemas } from './avro-fixtures.ts';

describe('avro-schema policy', () => {
  test('Given framed Avro values of a registered schema, When produced, Then they are accepted', async () => {
    const r = await testPolicy(policy, { schemas }).produce({
      records: [{ value: framed(1, { id: 1, email: 'a@b' }) }],
    });
    assert.deepEqual(r.verdict, { kind: 'accept' });
  });

  test('Given unframed, unknown-id, wrong-type and truncated values, Then each record error says why', async () => {
    const truncated = framed(1, { id: 1, email: 'a@b' }).slice(0, 7);
    const r = await testPolicy(policy, { schemas }).produce({
      records: [
        { value: '{"json":true}' },
        { value: framed(9, { id: 1, email: 'x' }) },
        { value: framed(2, { id: 1, email: 'x' }) },
        { value: truncated },
      ],
    });
    assert.equal(r.verdict?.kind, 'reject');
    const errors = r.verdict?.kind === 'reject' ? r.verdict.recordErrors.map((e) => e.message) : [];
    assert.match(errors[0], /not Confluent-framed Avro/);
    assert.equal(errors[1], 'schema id 9 is not registered');
    assert.equal(errors[2], 'schema id 2 is JSON, not AVRO');
    assert.match(errors[3], /does not decode with schema 1/);
  });

  test('Given allowedSchemaIds, When another registered id is used, Then it is refused', async () => {
    const r = await testPolicy(policy, { schemas, config: { allowedSchemaIds: [7] } }).produce({
      records: [{ value: framed(1, { id: 1, email: 'a' }) }],
    });
    assert.match(r.verdict?.kind === 'reject' ? r.verdict.message : '', /schema id 1 is not allowed/);
  });
});
