import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import type { RunGroup } from '../../../engine/sandbox/watchdog.ts';
import { GroupWatchdog } from '../../../engine/sandbox/watchdog.ts';

const GRACE = 50;

/** A watchdog over fake requests: `deadlines` holds the unanswered ones, `fired` what expired. */
function watchdog(loadTimeoutMs = 0) {
  const deadlines = new Map<number, number>();
  const fired: [string, number[]][] = [];
  let clock = 0;
  const w = new GroupWatchdog(
    GRACE,
    {
      deadlineOf: (id) => deadlines.get(id),
      loadTimeoutOf: () => loadTimeoutMs,
      expired: (group: RunGroup, unanswered) => fired.push([group.key, unanswered]),
    },
    () => clock,
  );
  const tick = (ms: number) => {
    clock += ms;
    mock.timers.tick(ms);
  };
  /** The worker answered these ids in one IPC read. */
  const answer = (group: RunGroup, ...ids: number[]) => {
    for (const id of ids) {
      deadlines.delete(id);
      w.answered(group, group.key, 'result');
    }
    w.turnEnd();
  };
  return { w, deadlines, fired, tick, answer };
}

describe('group watchdog', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());

  test('Given one group of one batch, When it is not answered within deadline + grace, Then it expires with that batch', () => {
    const { w, deadlines, fired, tick } = watchdog();
    deadlines.set(1, 100);
    const g = w.sent('p', [1]);
    assert.equal(g.state, 'timed');
    tick(149);
    assert.deepEqual(fired, []);
    tick(1);
    assert.deepEqual(fired, [['p', [1]]]);
  });

  test('Given a group queued behind another, Then its deadline starts when the one ahead is answered, not when it was sent', () => {
    const { w, deadlines, fired, tick, answer } = watchdog();
    deadlines.set(1, 100).set(2, 100);
    const first = w.sent('slow', [1]);
    const second = w.sent('behind', [2]);
    assert.equal(second.state, 'waiting');
    tick(140);
    answer(first, 1);
    assert.equal(second.state, 'timed');
    tick(140);
    assert.deepEqual(fired, [], '280 ms after its send, but only 140 ms at the head');
    tick(10);
    assert.deepEqual(fired, [['behind', [2]]]);
  });

  test('Given a group of 12 batches, Then it is timed for at most two deadlines, and each answer re-arms it', () => {
    const { w, deadlines, fired, tick, answer } = watchdog();
    const ids = Array.from({ length: 12 }, (_, i) => i + 1);
    for (const id of ids) deadlines.set(id, 100);
    const g = w.sent('big', ids);
    tick(240);
    answer(g, 1, 2, 3);
    tick(240);
    assert.deepEqual(fired, []);
    tick(10);
    assert.deepEqual(fired, [['big', ids.slice(3)]]);
  });

  test('Given a batch whose failure makes the worker rebuild the isolate, Then the head gets the load timeout on top while the rebuild may last', () => {
    const { w, deadlines, fired, tick } = watchdog(500);
    deadlines.set(1, 100).set(2, 100);
    const g = w.sent('picky', [1, 2]);
    deadlines.delete(1);
    w.answered(g, 'picky', 'rebuilds');
    w.turnEnd();
    tick(500 + GRACE + 100 - 1);
    assert.deepEqual(fired, []);
    tick(1);
    assert.deepEqual(fired, [['picky', [2]]]);
  });

  test('Given a stopped watchdog, Then an armed deadline never fires', () => {
    const { w, deadlines, fired, tick } = watchdog();
    deadlines.set(1, 100);
    w.sent('p', [1]);
    w.stop();
    tick(1000);
    assert.deepEqual(fired, []);
  });
});
