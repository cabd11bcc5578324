import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { newRevision } from '../../../gateway/control/revision.ts';
import { activeKey, PolicyState, revisionKey } from '../../../gateway/control/state.ts';

const spec = (source: string) => ({
  name: 'p',
  files: { 'policy.ts': source },
  entry: 'policy.ts',
  config: {},
  priority: 100,
});

describe('policy state folded from the store log', () => {
  test('Given the same content pushed twice, when its revision id is computed, then it is the same; other content differs', () => {
    assert.equal(newRevision(spec('a'), 'x').id, newRevision(spec('a'), 'y').id);
    assert.notEqual(newRevision(spec('a'), 'x').id, newRevision(spec('b'), 'x').id);
    assert.match(newRevision(spec('a'), 'x').id, /^sha256:[0-9a-f]{64}$/);
  });

  test('Given two replicas that activated from the same generation, when folded, then the one earlier in the log wins on every replica, and compaction (only the last entry per key) does not change it', () => {
    const entries = [
      { key: activeKey('p', 'a'), value: { revision: 'r1', generation: 1, by: 'u', at: 't' }, offset: 1 },
      { key: activeKey('p', 'b'), value: { revision: 'r2', generation: 1, by: 'u', at: 't' }, offset: 2 },
    ];
    const s = new PolicyState();
    for (const e of entries) s.apply(e);
    assert.equal(s.active('p')?.revision, 'r1');
    assert.equal(s.winner('p')?.offset, 1);
    // b learns it lost and writes again from generation 1: generation 2 now wins.
    s.apply({
      key: activeKey('p', 'b'),
      value: { revision: 'r2', generation: 2, by: 'u', at: 't' },
      offset: 3,
    });
    assert.equal(s.active('p')?.revision, 'r2');
    // After compaction only the latest entry of each writer's key is left, in log order.
    const compacted = new PolicyState();
    compacted.apply(entries[0]);
    compacted.apply({
      key: activeKey('p', 'b'),
      value: { revision: 'r2', generation: 2, by: 'u', at: 't' },
      offset: 3,
    });
    assert.equal(compacted.active('p')?.revision, 'r2');
  });

  test('Given revisions and a deletion, when folded, then views list what is left, oldest first, and a deleted policy disappears', () => {
    const s = new PolicyState();
    const r1 = { ...newRevision(spec('a'), 'u', new Date(1000)) };
    const r2 = { ...newRevision(spec('b'), 'u', new Date(2000)) };
    s.apply({ key: revisionKey('p', r2.id), value: r2, offset: 1 });
    s.apply({ key: revisionKey('p', r1.id), value: r1, offset: 2 });
    s.apply({
      key: activeKey('p', 'w'),
      value: { revision: r2.id, generation: 1, by: 'u', at: 't' },
      offset: 3,
    });
    assert.deepEqual(
      s.view('p')?.revisions.map((r) => r.id),
      [r1.id, r2.id],
    );
    s.apply({
      key: activeKey('p', 'w'),
      value: { revision: null, generation: 2, by: 'u', at: 't' },
      offset: 4,
    });
    s.apply({ key: revisionKey('p', r1.id), value: null, offset: 5 });
    s.apply({ key: revisionKey('p', r2.id), value: null, offset: 6 });
    assert.equal(s.view('p'), undefined);
    assert.equal(s.generation('p'), 2, 'the generation keeps counting after a delete');
  });
});
