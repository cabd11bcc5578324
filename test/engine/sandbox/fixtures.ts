// What sandbox tests feed a worker: a request context, a one-record produce payload, and
// policies that take a given time per batch.

import { toWireBatch } from '../../../sdk/host/batch.ts';
import type { WireContext } from '../../../sdk/runtime/wire.ts';
import { batch, policySource } from '../helpers.ts';

export const wctx: WireContext = {
  topic: 't',
  partition: 0,
  principal: 'User:alice',
  clientId: 'app-1',
  listener: 'internal',
  apiKey: 0,
  apiVersion: 11,
};

export function payload(value: string) {
  const b = batch('t', [value]);
  return {
    topic: 't',
    partition: 0,
    records: toWireBatch(b.records, 'text'),
    producerId: -1,
    idempotent: false,
    transactional: false,
    acks: -1,
  };
}

/** A healthy policy that spends `ms` of wall time on every batch (a busy CPU-bound check). */
export function slowSource(ms: number): string {
  return policySource(
    `export default definePolicy({ name: 'slow', onProduce: () => { const end = Date.now() + ${ms}; while (Date.now() < end) {} return accept(); } });`,
  );
}
