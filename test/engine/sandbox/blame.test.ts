import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InFlight } from '../../../engine/sandbox/blame.ts';
import { blameOnDeadline, blameOnExit } from '../../../engine/sandbox/blame.ts';
import type { RunGroup } from '../../../engine/sandbox/watchdog.ts';

function run(key: string, sentAt: number, over: Partial<InFlight> = {}): InFlight {
  return { type: 'run', key, retried: false, alone: false, sentAt, group: null, ...over };
}

describe('blame', () => {
  test("Given a head group's deadline, When one batch is unanswered, Then that batch is blamed; several, the group; none, nobody", () => {
    assert.deepEqual(blameOnDeadline([7]), { kind: 'batch', id: 7 });
    assert.deepEqual(blameOnDeadline([7, 8, 9]), { kind: 'group' });
    assert.deepEqual(blameOnDeadline([]), { kind: 'none' });
  });

  test('Given a worker the host killed for a policy, Then that policy is the culprit and every run not yet retried is retried', () => {
    const pending = new Map<number, InFlight>([
      [1, run('wedge', 10)],
      [2, run('other', 5, { retried: true })],
      [3, { ...run('loading', 1), type: 'load' }],
      [4, { ...run('stats', 1), type: 'stats' }],
    ]);
    const { culprit, fates } = blameOnExit(pending, 'wedge');
    assert.equal(culprit, 'wedge');
    assert.deepEqual(Object.fromEntries(fates), {
      1: 'retry',
      2: 'crashed-twice',
      3: 'load-crashed',
      4: 'no-stats',
    });
  });

  test('Given a worker that died on its own, When no run had been retried, Then nobody is blamed and each run gets one more try', () => {
    const pending = new Map([
      [1, run('a', 1)],
      [2, run('b', 2)],
    ]);
    const { culprit, fates } = blameOnExit(pending, null);
    assert.equal(culprit, null);
    assert.deepEqual([...fates.values()], ['retry', 'retry']);
  });

  test('Given a worker that died on its own again, Then the oldest retried run is the culprit and crashes; a younger retried one crashes too, unblamed', () => {
    const pending = new Map([
      [1, run('young', 30, { retried: true })],
      [2, run('old', 10, { retried: true })],
      [3, run('fresh', 5)],
    ]);
    const { culprit, fates } = blameOnExit(pending, null);
    assert.equal(culprit, 'old');
    assert.deepEqual(Object.fromEntries(fates), { 1: 'crashed-twice', 2: 'crashed', 3: 'retry' });
  });

  test('Given a wedged group, Then each of its runs is retried alone once, and one already sent alone is not again', () => {
    const wedged: RunGroup = { key: 'w', ids: [1, 2], state: 'wedged' };
    const timed: RunGroup = { key: 'w', ids: [3], state: 'timed' };
    const pending = new Map([
      [1, run('w', 1, { group: wedged })],
      [2, run('w', 1, { group: wedged, retried: true })],
      [3, run('w', 1, { group: timed, alone: true })],
      [4, run('w', 1, { group: { ...wedged, ids: [4] }, alone: true })],
    ]);
    const { fates } = blameOnExit(pending, 'w');
    assert.deepEqual(Object.fromEntries(fates), {
      1: 'retry-alone',
      2: 'retry-alone',
      3: 'retry',
      4: 'retry',
    });
  });
});
