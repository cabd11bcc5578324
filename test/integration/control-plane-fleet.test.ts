// The control plane as a fleet runs it: three Sluice replicas in front of one real Kafka,
// sharing the Kafka-topic policy store, each with its admin API on a real HTTP port. A push to
// any replica is live on all three within 2 s; a running kafka-console-producer is refused by
// a pushed policy and writes again after a rollback without reconnecting; two pushes from the
// same view are settled the same way on every replica; a replica started later catches up.
import assert from 'node:assert/strict';
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { KAFKA_BIN_DIR, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { runKcatOk } from '../../rig/kcat.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const TOPIC = '_sluice_policies_fleet';
const AUTH = `Basic ${Buffer.from('ops:fleet-secret-1').toString('base64')}`;

const ACCEPT_ALL = `import { accept, definePolicy } from 'sluice/sdk';
export default definePolicy({ name: 'order-rules', onProduce() { return accept(); } });`;

const FREEZE = `import { definePolicy, reject } from 'sluice/sdk';
export default definePolicy({ name: 'order-rules', onProduce() { return reject('orders are frozen'); } });`;

interface Replica {
  name: string;
  port: number;
  adminPort: number;
  gw: RunningGateway;
}

/** The admin API's JSON answers, as far as these tests read them. */
interface Reply {
  revision: string;
  active: { revision: string; generation: number } | null;
  [field: string]: unknown;
}

async function http(
  r: Replica,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: Reply }> {
  const res = await fetch(`http://127.0.0.1:${r.adminPort}${path}`, {
    method,
    headers: { authorization: AUTH, ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : {}) as Reply };
}

const activeOn = async (r: Replica, policy: string): Promise<string | null> => {
  const res = await http(r, 'GET', `/api/v1/policies/${policy}`);
  return res.status === 200 ? (res.json.active?.revision ?? null) : null;
};

/** The revision `r`'s data plane runs (it trails the active one while it compiles and loads). */
const liveOn = async (r: Replica, policy: string): Promise<string | null> => {
  const res = await http(r, 'GET', `/api/v1/policies/${policy}`);
  return res.status === 200 ? ((res.json.live as string | null) ?? null) : null;
};

/** Milliseconds until every replica runs `revision` of `policy` (polled every 20 ms). */
async function convergence(
  replicas: Replica[],
  policy: string,
  revision: string,
  t0: number,
): Promise<number[]> {
  return Promise.all(
    replicas.map(async (r) => {
      while ((await liveOn(r, policy)) !== revision) {
        if (performance.now() - t0 > 15_000) assert.fail(`${r.name} never saw ${revision}`);
        await new Promise((res) => setTimeout(res, 20));
      }
      return Math.round(performance.now() - t0);
    }),
  );
}

async function metric(r: Replica, name: string, labels: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${r.adminPort}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** A kafka-console-producer that stays up, fed one line at a time. */
class RunningProducer {
  readonly child: ChildProcessWithoutNullStreams;
  stderr = '';
  constructor(port: number, topic: string) {
    this.child = spawn(
      join(KAFKA_BIN_DIR, 'kafka-console-producer'),
      [
        '--bootstrap-server',
        `127.0.0.1:${port}`,
        '--topic',
        topic,
        '--command-property',
        'acks=all',
        '--command-property',
        'linger.ms=0',
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.child.stderr.on('data', (b: Buffer) => {
      this.stderr += b.toString();
    });
    this.child.stdout.resume();
  }
  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }
  async waitForError(pattern: RegExp, timeoutMs = 120_000): Promise<void> {
    const t0 = Date.now();
    while (!pattern.test(this.stderr)) {
      if (Date.now() - t0 > timeoutMs)
        assert.fail(`producer never reported ${pattern}; stderr: ${this.stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  stop(): void {
    this.child.kill('SIGKILL');
  }
}

describe('control plane: three replicas, a Kafka-topic store, real HTTP', () => {
  let cluster: KafkaCluster;
  const replicas: Replica[] = [];

  async function startReplica(name: string, port?: number, adminPort?: number): Promise<Replica> {
    const p = port ?? (await freePortBlock(4));
    const a = adminPort ?? (await freePortBlock(1));
    const gw = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port: p }],
      admin: { http: true, port: a, users: [{ name: 'ops', role: 'admin', password: 'fleet-secret-1' }] },
      policyStore: { kind: 'kafka', topic: TOPIC, replicationFactor: 1, writer: name },
    });
    return { name, port: p, adminPort: a, gw };
  }

  before(async () => {
    cluster = await startCluster({ brokers: 1 });
    for (const name of ['replica-a', 'replica-b', 'replica-c']) replicas.push(await startReplica(name));
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--create',
      '--topic',
      'orders',
    ]);
  });

  after(async () => {
    for (const r of replicas) await r.gw.stop();
    await cluster?.stop();
  });

  test('Given three replicas, when a policy is pushed to one, then all three run it within 2 s', async () => {
    const t0 = performance.now();
    const pushed = await http(replicas[1], 'PUT', '/api/v1/policies/order-rules', {
      source: ACCEPT_ALL,
      scope: { topics: ['orders'] },
    });
    assert.equal(pushed.status, 201, JSON.stringify(pushed.json));
    const pushMs = performance.now() - t0;
    const times = await convergence(replicas, 'order-rules', pushed.json.revision, performance.now());
    console.log(
      `push answered in ${Math.round(pushMs)} ms; live on the replicas ${times.join(', ')} ms after`,
    );
    for (const ms of times) assert.ok(ms <= 2000, `a replica took ${ms} ms`);
  });

  test('Given a running kafka-console-producer, when a refusing revision is pushed, then its next record is refused; after a rollback the same process writes again without reconnecting', async () => {
    const [a, , c] = replicas;
    const producer = new RunningProducer(a.port, 'orders');
    try {
      producer.send('before-freeze');
      await waitForRecords(['before-freeze'], producer);
      const connections = await metric(a, 'sluice_connections_total', 'listener="plain"');
      assert.ok(connections > 0);

      const frozen = await http(c, 'PUT', '/api/v1/policies/order-rules', {
        source: FREEZE,
        scope: { topics: ['orders'] },
      });
      assert.equal(frozen.status, 201, JSON.stringify(frozen.json));
      await convergence([a], 'order-rules', frozen.json.revision, performance.now());
      producer.send('during-freeze');
      await producer.waitForError(/orders are frozen/);

      const back = await http(c, 'POST', '/api/v1/policies/order-rules/rollback');
      assert.equal(back.status, 200, JSON.stringify(back.json));
      await convergence([a], 'order-rules', back.json.revision, performance.now());
      producer.send('after-rollback');
      await waitForRecords(['before-freeze', 'after-rollback'], producer);
      assert.equal(
        await metric(a, 'sluice_connections_total', 'listener="plain"'),
        connections,
        'the producer did not reconnect',
      );
      assert.equal(producer.child.exitCode, null, 'the same producer process');
    } finally {
      producer.stop();
    }
  });

  test('Given two pushes from the same generation at once on two replicas, then one wins with 201, the other gets 412, and every replica runs the winner', async () => {
    const [a, b] = replicas;
    const current = await http(a, 'GET', '/api/v1/policies/order-rules');
    const generation = String(current.json.active?.generation);
    const variant = (word: string) =>
      `import { accept, definePolicy } from 'sluice/sdk';\nexport default definePolicy({ name: 'order-rules', onProduce() { return accept(); } }); // ${word}`;
    const [ra, rb] = await Promise.all([
      http(
        a,
        'PUT',
        '/api/v1/policies/order-rules',
        { source: variant('from-a'), scope: { topics: ['orders'] } },
        { 'if-match': `"${generation}"` },
      ),
      http(
        b,
        'PUT',
        '/api/v1/policies/order-rules',
        { source: variant('from-b'), scope: { topics: ['orders'] } },
        { 'if-match': `"${generation}"` },
      ),
    ]);
    const statuses = [ra.status, rb.status].sort();
    assert.deepEqual(statuses, [201, 412], `${JSON.stringify(ra.json)} ${JSON.stringify(rb.json)}`);
    const winner = (ra.status === 201 ? ra : rb).json.revision;
    await convergence(replicas, 'order-rules', winner, performance.now());
  });

  test('Given a replica stopped while the fleet moves on, when it starts again, then it runs the latest revision as soon as it is up', async () => {
    const c = replicas[2];
    await c.gw.stop();
    const pushed = await http(replicas[0], 'PUT', '/api/v1/policies/late-policy', {
      source: ACCEPT_ALL.replace('order-rules', 'late-policy'),
    });
    assert.equal(pushed.status, 201, JSON.stringify(pushed.json));
    const restarted = await startReplica('replica-c', c.port, c.adminPort);
    replicas[2] = restarted;
    assert.equal(await activeOn(restarted, 'late-policy'), pushed.json.revision);
    assert.equal(await activeOn(restarted, 'order-rules'), await activeOn(replicas[0], 'order-rules'));
  });

  /** Reads `orders` from the broker directly until exactly these values are there. */
  async function waitForRecords(expected: string[], producer?: RunningProducer): Promise<void> {
    const t0 = Date.now();
    for (;;) {
      const { stdout } = await runKcatOk([
        '-b',
        cluster.bootstrap.plaintext,
        '-C',
        '-t',
        'orders',
        '-o',
        'beginning',
        '-e',
        '-q',
      ]);
      const got = stdout.split('\n').filter(Boolean);
      if (JSON.stringify(got) === JSON.stringify(expected)) return;
      if (Date.now() - t0 > 120_000) {
        assert.fail(
          `orders holds ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}; producer stderr: ${producer?.stderr ?? ''}`,
        );
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
});
