import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verdictMessage } from '../../engine/verdicts.ts';

test('Given each verdict result, when it becomes a log line, then the line reads as English for record and request hooks', () => {
  const line = (
    hook: Parameters<typeof verdictMessage>[0]['hook'],
    result: Parameters<typeof verdictMessage>[0]['result'],
  ) => verdictMessage({ hook, result });
  assert.equal(line('onProduce', 'reject'), 'policy rejected produce batch');
  assert.equal(line('onFetch', 'audit-reject'), 'audit: policy would reject fetch batch');
  assert.equal(line('onCreateTopics', 'reject'), 'policy refused request');
  assert.equal(line('onRequest', 'audit-reject'), 'audit: policy would refuse request');
  assert.equal(line('onProduce', 'modify'), 'policy modified produce batch');
  assert.equal(line('onFetch', 'audit-modify'), 'audit: policy would modify fetch batch');
});
