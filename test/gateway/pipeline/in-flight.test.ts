import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RequestHead } from '../../../gateway/pipeline/filter.ts';
import { InFlightQueue } from '../../../gateway/pipeline/in-flight.ts';

function req(correlationId: number): RequestHead {
  return { apiKey: 0, apiVersion: 9, correlationId, clientId: 'c' };
}

describe('InFlightQueue (requests awaiting their response)', () => {
  test('Given requests pushed and answered in waves past the ring size, When shifted, Then they come out oldest first', () => {
    const q = new InFlightQueue<RequestHead>();
    const got: number[] = [];
    let next = 0;
    // Waves of different sizes wrap the ring around and make it grow while wrapped.
    for (const [pushes, shifts] of [
      [5, 3],
      [20, 10],
      [40, 50],
      [100, 60],
      [3, 45],
    ]) {
      for (let i = 0; i < pushes; i++) q.push(req(next++));
      for (let i = 0; i < shifts; i++) got.push(q.shift()!.correlationId);
    }
    assert.deepEqual(
      got,
      Array.from({ length: next }, (_, i) => i),
    );
    assert.equal(q.size, 0);
  });

  test('Given an empty queue, When shifted, Then it returns undefined and the size stays 0', () => {
    const q = new InFlightQueue<RequestHead>();
    assert.equal(q.shift(), undefined);
    q.push(req(1));
    assert.equal(q.size, 1);
    assert.equal(q.shift()?.correlationId, 1);
    assert.equal(q.shift(), undefined);
    assert.equal(q.size, 0);
  });
});

describe('in-flight queue', () => {
  test('Given many requests, when responses arrive, then they pop in request order', () => {
    const q = new InFlightQueue<RequestHead>();
    for (let i = 0; i < 5000; i++) q.push({ apiKey: 0, apiVersion: 9, correlationId: i, clientId: null });
    for (let i = 0; i < 5000; i++) assert.equal(q.shift()?.correlationId, i);
    assert.equal(q.shift(), undefined);
    assert.equal(q.size, 0);
  });
});
