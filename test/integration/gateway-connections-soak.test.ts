// A thousand client connections through a real `sluice start` process, each producing a small
// record every two seconds for a minute (bench/connections-soak.ts runs the same for five):
// no connection dropped, every request answered without error, resident memory flat after
// warm-up, and what a connection costs, idle and active. The figures go to the test's
// diagnostics and to docs/reliability.md.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type SoakRig, soak, startSoakRig } from '../gateway/support/connection-soak.ts';

const MiB = 1024 * 1024;

describe('a thousand connections with steady traffic', () => {
  let rig: SoakRig;
  before(async () => {
    rig = await startSoakRig();
  });
  after(() => rig?.stop());

  test('Given 1,000 connections producing every 2 s for 60 s, then none is dropped, every request is answered, and RSS is flat after warm-up', async (t) => {
    const report = await soak({ ...rig, connections: 1000, seconds: 60, everyMs: 2000 });
    t.diagnostic(
      `requests ${report.requests}, errors ${report.errors}, dropped ${report.dropped}; RSS before ${(report.rssBefore / MiB).toFixed(0)} MiB, idle ${(report.rssIdle / MiB).toFixed(0)} MiB, warm ${(report.rssWarm / MiB).toFixed(0)} MiB, end ${(report.rssEnd / MiB).toFixed(0)} MiB; per connection idle ${(report.idleBytesPerConnection / 1024).toFixed(1)} KiB, active ${(report.activeBytesPerConnection / 1024).toFixed(1)} KiB`,
    );
    assert.equal(report.dropped, 0, 'no connection dropped');
    assert.equal(report.errors, 0, 'every request answered without error');
    // 30 per connection if the machine keeps up; a loaded 2-core machine may manage a third.
    assert.ok(report.requests >= 10_000, `${report.requests} requests`);
    // Flat: a leak of one buffer per request (30,000 of them) would add far more than this.
    assert.ok(
      report.rssEnd <= report.rssWarm * 1.25 + 32 * MiB,
      `RSS grew from ${(report.rssWarm / MiB).toFixed(0)} to ${(report.rssEnd / MiB).toFixed(0)} MiB`,
    );
    assert.ok(
      report.activeBytesPerConnection < 256 * 1024,
      `${report.activeBytesPerConnection} bytes per connection`,
    );
  });
});
