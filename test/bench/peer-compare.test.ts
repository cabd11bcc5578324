// The peer benchmark's own arithmetic and bookkeeping: a proxy's CPU counts its children, the
// docs section is rewritten between its markers only, the table divides what it says it does.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import { tables, treeCpuSeconds, treeRssMb, writeDocsSection } from '../../bench/peer-compare.ts';

describe('peer-compare', () => {
  test('Given a process whose child burned CPU and exited, when its tree CPU is read, then the child is counted', async () => {
    // The parent only waits; its child spins until it has used 0.6 s of CPU (not of wall time:
    // the machine is shared), and the parent says so once it has reaped the child.
    const child = spawn(
      process.execPath,
      [
        '-e',
        `const spin = 'while (process.cpuUsage().user < 600000);';
         const c = require('node:child_process').spawn(process.execPath, ['-e', spin]);
         c.on('exit', () => { console.log('reaped'); setTimeout(() => {}, 10000); });`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) =>
        child.stdout.on('data', (d) => String(d).includes('reaped') && resolve()),
      );
      const cpu = treeCpuSeconds(child.pid!);
      assert.ok(cpu >= 0.6, `tree CPU ${cpu} s should include the child's 0.6 s`);
      assert.ok(treeRssMb(child.pid!) > 1);
    } finally {
      child.kill('SIGKILL');
    }
  });

  test('Given docs with both sections, when the split section is written, then only it changes', () => {
    const doc = [
      'intro',
      '<!-- peer-compare:shared:begin (generated) -->',
      'old shared',
      '<!-- peer-compare:shared:end -->',
      '<!-- peer-compare:split:begin (generated) -->',
      'old split',
      '<!-- peer-compare:split:end -->',
      'outro',
    ].join('\n');

    const out = writeDocsSection(doc, 'split', 'new split');

    assert.match(out, /old shared/);
    assert.doesNotMatch(out, /old split/);
    assert.match(out, /split:begin[^\n]*-->\nnew split\n<!-- peer-compare:split:end -->\noutro$/);
  });

  test('Given docs without the markers, when a section is written, then the error names them', () => {
    assert.throws(() => writeDocsSection('no markers', 'shared', 'x'), /peer-compare:shared:begin/);
  });

  test('Given runs of three sides, when tabled, then CPU per GB and ratios are medians over rounds', () => {
    const records = 1e6; // 1.024 GB of values
    const run = (
      side: 'direct' | 'sluice' | 'kroxylicious',
      round: number,
      mbPerSec: number,
      proxyCpuSec: number,
    ) => ({
      mode: 'plaintext' as const,
      workload: 'produce' as const,
      side,
      round,
      records,
      seconds: 20,
      mbPerSec,
      proxyCpuSec,
      brokerCpuSec: 10.24,
      proxyRssMb: 100,
    });
    const text = tables([
      run('direct', 0, 100, 0),
      run('sluice', 0, 90, 2.048),
      run('kroxylicious', 0, 80, 4.096),
      run('direct', 1, 100, 0),
      run('sluice', 1, 50, 99),
      run('kroxylicious', 1, 80, 4.096),
      run('direct', 2, 100, 0),
      run('sluice', 2, 95, 3.072),
      run('kroxylicious', 2, 80, 4.096),
    ]);
    // Sluice: median of 2, 3 and ~96.7 CPU-s/GB is 3; Kroxylicious 4; ratio 0.75; broker 10.
    assert.match(text, /\| produce, PLAINTEXT \| 3\.00 \| 4\.00 \| 0\.75 \| 10\.00 \|/);
    assert.match(text, /\| produce, PLAINTEXT \| Sluice \| 90\.0 \| 0\.90 \| 3\.00 \|/);
  });
});
