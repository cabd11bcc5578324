// Shadow runs on live traffic: a candidate revision of a policy runs beside the active one in
// audit mode; the console producer's and consumer's records pass as the active revision says,
// while the admin API reports where the two differed, with the offsets of the differing
// records (a produce's from the broker's answer, a fetch's from its batch). Promoting the
// shadow makes it the enforced revision. Real Kafka, the Kafka 4.4 console tools, real HTTP.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKafkaTool, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const TOPIC = 'shadowed';
const AUTH = `Basic ${Buffer.from('ops:shadow-secret-1').toString('base64')}`;

/** Active revision: refuses records with "bad"; fetches pass. */
const V1 = `import { accept, definePolicy, reject } from 'sluice/sdk';
export default definePolicy({
  name: 'screen',
  onProduce(batch) {
    return batch.records.some((r) => r.text().includes('bad')) ? reject('no bad') : accept();
  },
  onFetch() {
    return accept();
  },
});
`;

/** Candidate: also refuses "worse", and masks the record "b" for consumers. */
const V2 = `import { accept, definePolicy, modify, reject } from 'sluice/sdk';
export default definePolicy({
  name: 'screen',
  onProduce(batch) {
    return batch.records.some((r) => /bad|worse/.test(r.text())) ? reject('no bad or worse') : accept();
  },
  onFetch(batch) {
    if (!batch.records.some((r) => r.text() === 'b')) return accept();
    return modify({ records: batch.records.map((r) => (r.text() === 'b' ? r.with({ value: '***' }) : r)) });
  },
});
`;

interface ShadowView {
  revision: string;
  active: string | null;
  report: {
    compared: number;
    differing: number;
    byVerdict: Record<string, number>;
    first: {
      hook: string;
      topic: string;
      partition: number;
      offset: number | null;
      active: string;
      shadow: string;
      reason?: string;
    }[];
  } | null;
}

describe('a shadow revision on live traffic', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let dir: string;
  let port: number;
  let adminPort: number;
  let v1: string;
  let v2: string;

  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`http://127.0.0.1:${adminPort}/api/v1${path}`, {
      method,
      headers: { authorization: AUTH, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null };
  };

  const produce = (lines: string[]) =>
    runKafkaTool(
      'kafka-console-producer',
      [
        '--bootstrap-server',
        `127.0.0.1:${port}`,
        '--topic',
        TOPIC,
        '--sync',
        '--producer-property',
        'retries=0',
      ],
      { input: `${lines.join('\n')}\n`, timeoutMs: 120_000 },
    );

  const consume = (count: number) =>
    runKafkaToolOk(
      'kafka-console-consumer',
      [
        '--bootstrap-server',
        `127.0.0.1:${port}`,
        '--topic',
        TOPIC,
        '--from-beginning',
        '--max-messages',
        String(count),
        '--timeout-ms',
        '60000',
      ],
      { timeoutMs: 120_000 },
    );

  /** GET the shadow until `done` holds of it (the comparisons arrive with the traffic). */
  async function shadowUntil(done: (v: ShadowView) => boolean): Promise<ShadowView> {
    let last: ShadowView | undefined;
    for (const started = Date.now(); Date.now() - started < 60_000; ) {
      const r = await api('GET', '/policies/screen/shadow');
      assert.equal(r.status, 200, JSON.stringify(r.json));
      last = r.json as ShadowView;
      if (done(last)) return last;
      await new Promise((res) => setTimeout(res, 100));
    }
    assert.fail(`the shadow report never got there: ${JSON.stringify(last)}`);
  }

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sluice-shadow-'));
    cluster = await startCluster({ brokers: 1 });
    port = await freePortBlock(4);
    adminPort = await freePortBlock(1);
    gw = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port }],
      admin: {
        http: true,
        port: adminPort,
        users: [{ name: 'ops', role: 'admin', password: 'shadow-secret-1' }],
      },
      policyStore: { kind: 'local', dir: join(dir, 'state') },
    });
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--create',
      '--topic',
      TOPIC,
      '--partitions',
      '1',
    ]);
    const pushed1 = await api('PUT', '/policies/screen', { source: V1, scope: { topics: [TOPIC] } });
    assert.equal(pushed1.status, 201, JSON.stringify(pushed1.json));
    v1 = pushed1.json.revision;
    const pushed2 = await api('PUT', '/policies/screen?activate=false', {
      source: V2,
      scope: { topics: [TOPIC] },
    });
    assert.equal(pushed2.status, 201, JSON.stringify(pushed2.json));
    v2 = pushed2.json.revision;
  });

  after(async () => {
    await gw?.stop();
    await cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('Given no shadow, when it is asked for, then 404; when the active revision is named as the shadow, then 409', async () => {
    assert.equal((await api('GET', '/policies/screen/shadow')).status, 404);
    const same = await api('PUT', '/policies/screen/shadow', { revision: v1 });
    assert.equal(same.status, 409);
    assert.equal(same.json.code, 'SLUICE_CONTROL_CONFLICT');
  });

  test('Given v2 shadowing v1, when records are produced and consumed, then they pass as v1 says and the report names the differing records by offset', async () => {
    const started = await api('PUT', '/policies/screen/shadow', { revision: v2, sample: 10 });
    assert.equal(started.status, 201, JSON.stringify(started.json));
    assert.equal(started.json.revision, v2);
    assert.equal(started.json.active, v1);
    assert.equal(started.json.report.compared, 0);

    const produced = await produce(['a', 'worse', 'b']);
    assert.equal(produced.exitCode, 0, `v1 accepts all three: ${produced.stderr}`);
    const consumed = await consume(3);
    assert.deepEqual(consumed.stdout.trim().split('\n'), ['a', 'worse', 'b'], 'nothing masked: v1 is active');

    const view = await shadowUntil(
      (v) =>
        (v.report?.first ?? []).some((s) => s.hook === 'onProduce' && s.offset !== null) &&
        (v.report?.first ?? []).some((s) => s.hook === 'onFetch'),
    );
    const report = view.report!;
    const produceDiff = report.first.filter((s) => s.hook === 'onProduce');
    assert.deepEqual(
      produceDiff.map((s) => [s.topic, s.partition, s.offset, s.active, s.shadow, s.reason]),
      [[TOPIC, 0, 1, 'accept', 'reject', 'no bad or worse']],
      'only "worse" (offset 1) differs on produce',
    );
    const fetchDiff = report.first.filter((s) => s.hook === 'onFetch');
    assert.ok(fetchDiff.length >= 1);
    for (const s of fetchDiff)
      assert.deepEqual([s.offset, s.active, s.shadow], [2, 'accept', 'modify'], 'only "b" (offset 2)');
    assert.ok(report.compared >= 4, `3 produce batches and a fetch compared, got ${report.compared}`);
    assert.equal(report.byVerdict['accept→reject'], 1);
    assert.ok(report.byVerdict['accept→modify'] >= 1);

    const metrics = await (await fetch(`http://127.0.0.1:${adminPort}/metrics`)).text();
    assert.match(
      metrics,
      /sluice_policy_shadow_comparisons_total\{hook="onProduce",policy="screen",result="different"\} 1/,
    );
    // Memory per policy and per sandbox worker, read at scrape time.
    const heap = /sluice_policy_heap_bytes\{policy="screen",kind="used"\} (\d+)/.exec(metrics);
    assert.ok(heap && Number(heap[1]) > 0, "the active policy's isolate heap is reported");
    const rss = /sluice_sandbox_worker_resident_bytes\{worker="0"\} (\d+)/.exec(metrics);
    assert.ok(rss && Number(rss[1]) > 10e6, "the sandbox worker's resident memory is reported");
    assert.ok(gw.logged(/^admin shadow-start screen$/).length === 1, 'the audit trail has the start');
  });

  test('Given the shadow promoted, then v2 is active and enforced: "worse" is refused and "b" reaches the consumer masked; the shadow is gone', async () => {
    const promoted = await api('POST', '/policies/screen/shadow/promote');
    assert.equal(promoted.status, 200, JSON.stringify(promoted.json));
    assert.equal(promoted.json.revision, v2);
    assert.equal((await api('GET', '/policies/screen')).json.active.revision, v2);
    assert.equal((await api('GET', '/policies/screen/shadow')).status, 404);

    const refused = await produce(['worse']);
    assert.notEqual(refused.exitCode, 0);
    assert.match(refused.stderr + refused.stdout, /no bad or worse/);
    const consumed = await consume(3);
    assert.deepEqual(consumed.stdout.trim().split('\n'), ['a', 'worse', '***']);
  });
});
