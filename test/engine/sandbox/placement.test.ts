import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_LIMITS } from '../../../engine/sandbox/messages.ts';
import { Placement } from '../../../engine/sandbox/placement.ts';
import type { LoadSpec } from '../../../engine/sandbox/pool.ts';

interface Worker {
  name: string;
  keys: Set<string>;
}

const worker = (name: string, ...keys: string[]): Worker => ({ name, keys: new Set(keys) });
const spec = (key: string): LoadSpec => ({ key, code: '', config: {}, limits: DEFAULT_LIMITS });

describe('placement', () => {
  test('Given workers holding 2, 0 and 0 policies, When a new policy is placed, Then it goes to the first of the least loaded; a key placed before stays where it is', () => {
    const p = new Placement<Worker>();
    const workers = [worker('a', 'x', 'y'), worker('b'), worker('c')];
    assert.equal(p.choose('new', workers).name, 'b');
    p.assign(spec('kept'), workers[0]);
    assert.equal(p.choose('kept', workers).name, 'a');
  });

  test('Given a failed load, When forgotten from its worker, Then a newer placement on another worker is kept', () => {
    const p = new Placement<Worker>();
    const [a, b] = [worker('a'), worker('b')];
    p.assign(spec('k'), b);
    p.forget('k', a);
    assert.equal(p.workerOf('k'), b);
    assert.equal(p.spec('k'), undefined);
    p.forget('k');
    assert.equal(p.workerOf('k'), undefined);
  });

  test('Given a dead worker with a loaded policy, one being reloaded and one on its first load, Then the first two move to the replacement and the first load does not', async () => {
    const p = new Placement<Worker>();
    const dead = worker('dead', 'loaded');
    const next = worker('next');
    const other = worker('other', 'elsewhere');
    for (const key of ['loaded', 'reloading', 'first-load']) p.assign(spec(key), dead);
    p.assign(spec('elsewhere'), other);
    p.reloading('reloading', new Promise(() => {}));
    assert.deepEqual(
      p.move(dead, next).map((s) => s.key),
      ['loaded', 'reloading'],
    );
    assert.equal(p.workerOf('loaded'), next);
    assert.equal(p.workerOf('first-load'), dead);
    assert.equal(p.workerOf('elsewhere'), other);
  });

  test('Given a reload replaced by a newer one before it settled, When a run waits for the key, Then it waits for the newer reload too', async () => {
    const p = new Placement<Worker>();
    const steps: string[] = [];
    let finishFirst = () => {};
    let finishSecond = () => {};
    p.reloading('k', new Promise<void>((r) => (finishFirst = r)));
    const waited = p.reloaded('k').then(() => steps.push('run'));
    p.reloading('k', new Promise<void>((r) => (finishSecond = r)));
    finishFirst();
    await new Promise((r) => setImmediate(r));
    steps.push('first settled');
    finishSecond();
    await waited;
    assert.deepEqual(steps, ['first settled', 'run']);
    await p.reloaded('k');
  });
});
