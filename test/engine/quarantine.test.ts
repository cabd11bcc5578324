import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { QUARANTINE_KILLS, QUARANTINE_WINDOW_MS, Quarantine } from '../../engine/quarantine.ts';

describe('quarantine', () => {
  test('Given kills within the window, When the third is recorded, Then that one quarantines and only that one says so', () => {
    const q = new Quarantine();
    const said = [0, 1000, 2000, 3000].map((t) => q.recordKill(t));
    assert.deepEqual(said, [false, false, true, false]);
    assert.equal(QUARANTINE_KILLS, 3);
    assert.equal(q.isActive(3000), true);
  });

  test('Given kills spread wider than the window, Then old ones fall out and the deployment is not quarantined', () => {
    const q = new Quarantine();
    q.recordKill(0);
    q.recordKill(QUARANTINE_WINDOW_MS / 2);
    assert.equal(q.recordKill(QUARANTINE_WINDOW_MS + 1), false);
    assert.equal(q.kills, 2);
    assert.equal(q.isActive(QUARANTINE_WINDOW_MS + 1), false);
  });

  test('Given a quarantined deployment, When the window has passed since its kills, Then it runs again', () => {
    const q = new Quarantine();
    for (const t of [0, 10, 20]) q.recordKill(t);
    assert.equal(q.isActive(QUARANTINE_WINDOW_MS - 1), true);
    assert.equal(q.isActive(QUARANTINE_WINDOW_MS + 20), false);
  });
});
