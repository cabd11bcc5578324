// A thousand client connections through a real `sluice start` process, each producing a small
// record every two seconds for a minute: no connection dropped, every request answered without
// error, and what a connection costs, idle and active, under a bound. Whether memory stays
// flat needs longer than a minute (the heap grows to its working size for about two):
// bench/connections-soak.ts runs the same for five minutes (figures in docs/reliability.md).
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

  test('Given 1,000 connections producing every 2 s for 60 s, then none is dropped, every request is answered, and a connection costs under 256 KiB', async (t) => {
    const report = await soak({ ...rig, connections: 1000, seconds: 60, everyMs: 2000 });
    t.diagnostic(
      `requests ${report.requests}, errors ${report.errors}, dropped ${report.dropped}; RSS before ${(report.rssBefore / MiB).toFixed(0)} MiB, idle ${(report.rssIdle / MiB).toFixed(0)} MiB, warm ${(report.rssWarm / MiB).toFixed(0)} MiB, end ${(report.rssEnd / MiB).toFixed(0)} MiB; per connection idle ${(report.idleBytesPerConnection / 1024).toFixed(1)} KiB, active ${(report.activeBytesPerConnection / 1024).toFixed(1)} KiB`,
    );
    assert.equal(report.dropped, 0, 'no connection dropped');
    assert.equal(report.errors, 0, 'every request answered without error');
    // 30 per connection if the machine keeps up; a loaded 2-core machine may manage a third.
    assert.ok(report.requests >= 10_000, `${report.requests} requests`);
    assert.ok(
      report.idleBytesPerConnection < 128 * 1024,
      `${report.idleBytesPerConnection} bytes per idle connection`,
    );
    const perConnection = (report.rssEnd - report.rssBefore) / report.connections;
    assert.ok(perConnection < 256 * 1024, `${perConnection} bytes per active connection at the end`);
  });
});
