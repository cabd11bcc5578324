// `sluice start --config sluice.yaml` as a user runs it: a child process, a YAML file plus
// SLUICE_* overrides, a real broker behind it, SIGTERM to stop.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKcatOk } from '../../rig/kcat.ts';
import { runProcess } from '../../rig/run-process.ts';
import { freePortBlock } from '../gateway/support/gateway-harness.ts';

const SLUICE = join(import.meta.dirname, '..', '..', 'bin', 'sluice.ts');
const dir = mkdtempSync(join(tmpdir(), 'sluice-cli-'));

function sluice(args: string[], env: Record<string, string> = {}) {
  return runProcess(process.execPath, ['--no-node-snapshot', SLUICE, ...args], { env, timeoutMs: 30_000 });
}

describe('sluice CLI', () => {
  let cluster: KafkaCluster;
  before(async () => {
    cluster = await startCluster({ brokers: 1 });
  });
  after(async () => {
    await cluster?.stop();
  });

  test('Given a config naming a missing certificate, when sluice start runs, then it exits 1 naming the key', async () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      [
        'upstream:',
        '  bootstrapServers: [127.0.0.1:9092]',
        'listeners:',
        '  - { name: internal, routing: port, port: 19092 }',
        '  - name: external',
        '    routing: sni',
        '    port: 19443',
        '    bootstrapHost: gateway.example.com',
        '    brokerHostPattern: brokermain{nodeId}-gateway.example.com',
        '    tls: { certFile: missing.crt, keyFile: missing.key }',
        '',
      ].join('\n'),
    );
    const r = await sluice(['start', '--config', file]);
    assert.equal(r.exitCode, 1);
    assert.match(r.stderr, /SLUICE_CONFIG_INVALID/);
    assert.match(r.stderr, /listeners\[1\]\.tls\.certFile: file not found: .*missing\.crt/);
    assert.match(r.stderr, /listeners\[1\]\.tls\.keyFile: file not found/);
  });

  test('Given a YAML file and SLUICE_* overrides, when sluice start runs, then kcat works through it and SIGTERM stops it cleanly', async () => {
    const port = await freePortBlock(4);
    const file = join(dir, 'sluice.yaml');
    // The file names a wrong upstream; the environment fixes it, as a deployment would.
    writeFileSync(
      file,
      `upstream:\n  bootstrapServers: [127.0.0.1:1]\nlisteners:\n  - { name: internal, routing: port, port: ${port} }\n`,
    );
    const child: ChildProcess = spawn(
      process.execPath,
      ['--no-node-snapshot', SLUICE, 'start', '--config', file],
      {
        env: {
          ...process.env,
          SLUICE_UPSTREAM_BOOTSTRAP_SERVERS: cluster.bootstrap.plaintext,
          SLUICE_LOGGING_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
    });
    child.stderr?.on('data', (d) => {
      out += d;
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 100 && !out.includes('sluice started'); i++)
        await new Promise((r) => setTimeout(r, 100));
      assert.match(out, /sluice started/);
      const meta = await runKcatOk(['-b', `127.0.0.1:${port}`, '-L']);
      assert.match(meta.stdout, new RegExp(`broker 0 at 127\\.0\\.0\\.1:${port + 1}`));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
      assert.match(out, /"signal":"SIGTERM"/);
      assert.match(out, /sluice stopped/);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
