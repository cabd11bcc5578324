// A shadow revision in a real engine (a forked sandbox worker): it runs on the same payloads as
// the active revision, its verdicts are compared record by record, and never applied.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { PolicyEngine, ShadowComparison } from '../../engine/index.ts';
import { batch, compile, ctx, policySource, startEngine } from './helpers.ts';

const ACTIVE = policySource(`export default definePolicy({
  name: 'screen',
  onProduce(b) { return b.records.some((r) => r.text().includes('bad')) ? reject('no bad') : accept(); },
  onFetch() { return accept(); },
});`);
const CANDIDATE = policySource(`export default definePolicy({
  name: 'screen',
  onProduce(b) { return b.records.some((r) => /bad|worse/.test(r.text())) ? reject('no bad or worse') : accept(); },
  onFetch(b) { return modify({ records: b.records.map((r) => (r.text() === 'b' ? r.with({ value: '***' }) : r)) }); },
});`);

describe('shadow revisions in the engine', () => {
  let engine: PolicyEngine;
  const seen: ShadowComparison[] = [];

  before(async () => {
    ({ engine } = await startEngine({ onShadow: (c) => seen.push(c) }));
    await engine.deploy({ id: 'screen', policy: await compile(ACTIVE) });
    await engine.deployShadow({ id: 'screen', policy: await compile(CANDIDATE) });
  });
  after(() => engine.close());

  test('Given a shadow that refuses more, When a text batch is produced, Then the active verdict stands and the comparison names the record', async () => {
    seen.length = 0;
    const out = await engine.runProduce(ctx, batch('t', ['a', 'worse']));
    assert.equal(out.action, 'forward');
    assert.equal(out.shadows?.length, 1);
    assert.equal(seen[0], out.shadows?.[0]);
    assert.deepEqual(
      [seen[0].active, seen[0].shadow, seen[0].differing, seen[0].reason],
      ['accept', 'reject', [0, 1], 'no bad or worse'],
    );
  });

  test('Given a shadow that masks, When a fetch batch at offset 40 runs, Then records pass unmasked and the differing one is named by offset', async () => {
    seen.length = 0;
    const b = batch('t', ['a', 'b', 'c']);
    const out = await engine.runFetch(ctx, { topic: 't', partition: 0, records: b.records, baseOffset: 40 });
    assert.equal(out.action, 'forward');
    assert.deepEqual([seen[0].differing, seen[0].offsets], [[1], [41]]);
  });

  test('Given the shadow removed, When a batch runs, Then nothing is compared; the active revision is untouched', async () => {
    await engine.removeShadow('screen');
    seen.length = 0;
    const out = await engine.runProduce(ctx, batch('t', ['bad']));
    assert.equal(out.action, 'reject');
    assert.equal(out.shadows, undefined);
    assert.deepEqual(seen, []);
  });
});
