// The local policy store when Sluice dies mid-push: a real `sluice start` process takes pushes
// over HTTP back to back and is killed with SIGKILL while they are in flight. Every file left
// in the store is a whole entry; a Sluice started again on the same directory lists every
// push that was acknowledged before the kill, runs it, and no policy points at a revision
// that is not there. No Kafka is needed: the upstream is unreachable on purpose.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { freePortBlock } from '../gateway/support/gateway-harness.ts';
import { startSluiceProcess } from '../gateway/support/sluice-process.ts';

const AUTH = `Basic ${Buffer.from('ops:crash-secret-1').toString('base64')}`;
const policy = (i: number) => `import { accept, definePolicy } from 'sluice/sdk';
export default definePolicy({ name: 'p${i}', onProduce() { return accept(); } });
// ${'padding '.repeat(2000)}`;

describe('local policy store: SIGKILL during pushes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sluice-crash-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('Given pushes in flight, when Sluice is killed with SIGKILL, then the store holds only whole entries and a restarted Sluice runs every acknowledged push', async () => {
    const port = await freePortBlock(4);
    const adminPort = await freePortBlock(1);
    const config = join(dir, 'sluice.yaml');
    const state = join(dir, 'state');
    writeFileSync(
      config,
      [
        'upstream:',
        '  bootstrapServers: [127.0.0.1:1]',
        'listeners:',
        `  - { name: internal, routing: port, port: ${port} }`,
        'admin:',
        '  http: true',
        `  port: ${adminPort}`,
        '  users: [{ name: ops, role: admin, password: crash-secret-1 }]',
        'policyStore:',
        `  dir: ${state}`,
        '',
      ].join('\n'),
    );
    const api = (method: string, path: string, body?: unknown) =>
      fetch(`http://127.0.0.1:${adminPort}/api/v1${path}`, {
        method,
        headers: { authorization: AUTH, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });

    const first = await startSluiceProcess(config);
    const acknowledged: string[] = [];
    let killed = false;
    // Pushes back to back, two at a time, until the kill cuts them off.
    const pusher = async (start: number) => {
      for (let i = start; !killed; i += 2) {
        try {
          const res = await api('PUT', `/policies/p${i}`, { source: policy(i) });
          if (res.status === 201) acknowledged.push(`p${i}`);
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const pushing = Promise.all([pusher(0), pusher(1)]);
    while (acknowledged.length < 4) await new Promise((r) => setTimeout(r, 20));
    // A moment into the next writes, never on a boundary we chose.
    await new Promise((r) => setTimeout(r, 50 + Math.floor(Math.random() * 150)));
    first.child.kill('SIGKILL');
    killed = true;
    await first.exited;
    await pushing;

    const log = join(state, 'policy-log');
    for (const name of readdirSync(log).filter((n) => n.endsWith('.json'))) {
      assert.doesNotThrow(() => JSON.parse(readFileSync(join(log, name), 'utf8')), `${name} is whole`);
    }

    const second = await startSluiceProcess(config);
    try {
      assert.deepEqual(
        readdirSync(log).filter((n) => n.endsWith('.tmp')),
        [],
        'stray temporary files are swept at start',
      );
      const listed = (await (await api('GET', '/policies')).json()) as {
        name: string;
        active: { revision: string } | null;
      }[];
      const names = listed.map((p) => p.name);
      for (const name of acknowledged)
        assert.ok(names.includes(name), `${name} was acknowledged before the kill`);
      for (const p of listed) {
        if (!p.active) continue;
        const revision = await api('GET', `/policies/${p.name}/revisions/${p.active.revision}`);
        assert.equal(revision.status, 200, `${p.name}'s active revision exists`);
      }
      const sandboxes = (await (await api('GET', '/sandboxes')).json()) as unknown;
      for (const name of acknowledged)
        assert.match(JSON.stringify(sandboxes), new RegExp(`"${name}"`), `${name} runs`);
    } finally {
      second.child.kill('SIGKILL');
      await second.exited;
    }
  });
});
