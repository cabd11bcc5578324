// The well-known gateway's walkthrough, run as written against Sluice: curl with
// `--user admin:conduktor` over HTTPS on port 8888's stand-in lists interceptors (`[]` on a
// fresh gateway), a PUT of a CreateTopicPolicyPlugin makes `kafka-topics --create
// --partitions 1` through Sluice fail with the plugin's message, and a DELETE lifts it.
// Real Kafka, real TLS (deploy/tls/generate.sh), real curl and the Kafka 4.4 tools.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKafkaTool } from '../../rig/kafka-tools.ts';
import { runKcatOk } from '../../rig/kcat.ts';
import { runProcess } from '../../rig/run-process.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const GENERATE = join(import.meta.dirname, '..', '..', 'deploy', 'tls', 'generate.sh');
const HOST = 'gateway.sluice.test';

const MIN_PARTITIONS = {
  kind: 'Interceptor',
  apiVersion: 'gateway/v2',
  metadata: { name: 'enforce-partition-limit' },
  spec: {
    comment: 'Topics get 2 to 3 partitions',
    pluginClass: 'io.conduktor.gateway.interceptor.safeguard.CreateTopicPolicyPlugin',
    priority: 100,
    config: { topic: '.*', numPartition: { min: 2, max: 3, action: 'BLOCK' } },
  },
};

describe('the v2 interceptor walkthrough with curl over HTTPS', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let dir: string;
  let port: number;
  let adminPort: number;

  /** curl as the walkthrough runs it: the gateway's name, its CA, admin / conduktor. */
  const curl = (method: string, path: string, body?: unknown) =>
    runProcess('curl', [
      '-sS',
      '-X',
      method,
      '--resolve',
      `${HOST}:${adminPort}:127.0.0.1`,
      '--cacert',
      join(dir, 'tls', 'ca.crt'),
      '--user',
      'admin:conduktor',
      '-w',
      '\n%{http_code}',
      ...(body ? ['-H', 'content-type: application/json', '--data', JSON.stringify(body)] : []),
      `https://${HOST}:${adminPort}${path}`,
    ]).then((r) => {
      const lines = r.stdout.trimEnd().split('\n');
      const status = Number(lines.pop());
      return { status, body: lines.join('\n'), stderr: r.stderr };
    });

  const createTopic = (name: string, partitions: number) =>
    runKafkaTool('kafka-topics', [
      '--bootstrap-server',
      `127.0.0.1:${port}`,
      '--create',
      '--topic',
      name,
      '--partitions',
      String(partitions),
    ]);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sluice-walkthrough-'));
    const tls = await runProcess(GENERATE, [
      '--out',
      join(dir, 'tls'),
      '--domain',
      'sluice.test',
      '--san',
      '127.0.0.1',
    ]);
    assert.equal(tls.exitCode, 0, tls.stderr);
    cluster = await startCluster({ brokers: 1 });
    port = await freePortBlock(4);
    adminPort = await freePortBlock(1);
    gw = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port }],
      admin: {
        port: adminPort,
        tls: { certFile: join(dir, 'tls', 'server-chain.crt'), keyFile: join(dir, 'tls', 'server.key') },
        insecureDemo: true,
        users: [{ name: 'admin', role: 'admin', password: 'conduktor' }],
      },
      policyStore: { kind: 'local', dir: join(dir, 'state') },
      audit: { topic: '_sluice_audit', replicationFactor: 1 },
    });
  });

  after(async () => {
    await gw?.stop();
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('Given a fresh gateway, when the walkthrough lists interceptors with global=false, then curl prints []', async () => {
    const listed = await curl('GET', '/gateway/v2/interceptor?global=false');
    assert.equal(listed.status, 200, listed.stderr);
    assert.deepEqual(JSON.parse(listed.body), []);
  });

  test('Given a CreateTopicPolicyPlugin put with curl, when kafka-topics creates a 1-partition topic through Sluice, then it fails with the plugin message; after a DELETE it is created', async () => {
    const put = await curl('PUT', '/gateway/v2/interceptor?dryMode=false', MIN_PARTITIONS);
    assert.equal(put.status, 200, put.body);
    assert.equal(JSON.parse(put.body).upsertResult, 'Created');

    const refused = await createTopic('walkthrough-one', 1);
    assert.notEqual(refused.exitCode, 0);
    assert.match(refused.stdout + refused.stderr, /PolicyViolationException/);
    assert.match(
      refused.stdout + refused.stderr,
      /Topic 'walkthrough-one' with number partitions is '1', must not be less than 2/,
    );
    const allowed = await createTopic('walkthrough-two', 2);
    assert.equal(allowed.exitCode, 0, allowed.stderr);

    const listed = await curl('GET', '/gateway/v2/interceptor?global=false');
    assert.deepEqual(
      JSON.parse(listed.body).map((i: { metadata: { name: string } }) => i.metadata.name),
      ['enforce-partition-limit'],
    );

    const deleted = await curl('DELETE', '/gateway/v2/interceptor/enforce-partition-limit', {});
    assert.equal(deleted.status, 204, deleted.body);
    const lifted = await createTopic('walkthrough-one', 1);
    assert.equal(lifted.exitCode, 0, lifted.stderr);
    assert.deepEqual(JSON.parse((await curl('GET', '/gateway/v2/interceptor?global=false')).body), []);
  });

  test('Given the audit topic, after the pushes and refusals above, then it holds who changed which interceptor and each refusal, and no password', async () => {
    let records: Record<string, unknown>[] = [];
    for (let i = 0; i < 100; i++) {
      const { stdout } = await runKcatOk([
        '-b',
        cluster.bootstrap.plaintext,
        '-C',
        '-t',
        '_sluice_audit',
        '-o',
        'beginning',
        '-e',
        '-q',
      ]);
      assert.doesNotMatch(stdout, /conduktor/, 'no password in the audit trail');
      records = stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
      if (records.some((r) => r.kind === 'verdict') && records.filter((r) => r.kind === 'admin').length >= 2)
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const admin = records.filter((r) => r.kind === 'admin');
    assert.ok(
      admin.some(
        (r) =>
          r.user === 'admin' &&
          r.action === 'push' &&
          r.policy === 'enforce-partition-limit' &&
          typeof r.revision === 'string',
      ),
      JSON.stringify(admin),
    );
    assert.ok(
      admin.some((r) => r.action === 'delete' && r.policy === 'enforce-partition-limit'),
      JSON.stringify(admin),
    );
    const refusal = records.find((r) => r.kind === 'verdict' && r.result === 'reject');
    assert.ok(refusal, JSON.stringify(records));
    assert.equal(refusal.hook, 'onCreateTopics');
    assert.deepEqual(refusal.resources, ['walkthrough-one']);
    assert.match(String(refusal.reason), /must not be less than 2/);
  });

  test('Given records on a topic, when a policy is dry-run against its last 3 records, then the verdict names the refused ones and the offsets they came from, and nothing is deployed', async () => {
    const lines = ['ok-1', 'ok-2', 'bad-3', 'ok-4', 'bad-5'];
    await runKcatOk(['-b', cluster.bootstrap.plaintext, '-P', '-t', 'dry-run-source', '-p', '0'], {
      input: `${lines.join('\n')}\n`,
    });
    const source = `import { accept, definePolicy, reject } from 'sluice/sdk';
export default definePolicy({
  name: 'no-bad',
  onProduce(batch) {
    const bad = batch.records.flatMap((r, index) => (r.text().startsWith('bad') ? [{ index, message: 'bad record' }] : []));
    return bad.length ? reject('bad records', { recordErrors: bad }) : accept();
  },
});`;
    const r = await curl('POST', '/api/v1/dry-run', {
      inline: { source },
      topic: 'dry-run-source',
      partition: 0,
      last: 3,
    });
    assert.equal(r.status, 200, r.body);
    const verdict = JSON.parse(r.body);
    assert.deepEqual(verdict.offsets, [2, 3, 4]);
    assert.equal(verdict.action, 'reject');
    assert.deepEqual(
      verdict.recordErrors.map((e: { batchIndex: number }) => verdict.offsets[e.batchIndex]),
      [2, 4],
    );
    const listed = await curl('GET', '/api/v1/policies');
    assert.deepEqual(JSON.parse(listed.body), []);
  });
});
