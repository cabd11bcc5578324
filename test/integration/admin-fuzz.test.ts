// The admin API fuzzed from its own OpenAPI document with schemathesis (PyPI; .ci/run installs
// it into .cache/ and sets SLUICE_TEST_SCHEMATHESIS): generated requests to every route, with
// credentials, against a gateway with a real Kafka behind it. No answer may be a 5xx, every
// status and body must be the documented ones, and the gateway must still serve clients after.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import { runKcatOk } from '../../rig/kcat.ts';
import { runProcess } from '../../rig/run-process.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const SCHEMATHESIS = process.env.SLUICE_TEST_SCHEMATHESIS ?? 'schemathesis';
const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'response_schema_conformance',
  'content_type_conformance',
];

describe('admin API under schemathesis', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let port: number;
  let adminPort: number;

  before(async () => {
    cluster = await startCluster({ brokers: 1 });
    port = await freePortBlock(4);
    adminPort = await freePortBlock(1);
    gw = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port }],
      admin: {
        http: true,
        port: adminPort,
        users: [{ name: 'ops', role: 'admin', password: 'fuzz-secret-1' }],
      },
      policyStore: { kind: 'local', dir: `${cluster.dir}/sluice-state` },
    });
  });

  after(async () => {
    await gw?.stop();
    await cluster?.stop();
  });

  test('Given the OpenAPI document, when schemathesis sends generated requests to every route, then no answer is a 5xx or undocumented, and Kafka clients still pass through', async () => {
    const auth = Buffer.from('ops:fuzz-secret-1').toString('base64');
    const run = await runProcess(
      SCHEMATHESIS,
      [
        'run',
        `http://127.0.0.1:${adminPort}/api/v1/openapi.json`,
        '--header',
        `Authorization: Basic ${auth}`,
        '--checks',
        CHECKS.join(','),
        '--max-examples',
        '15',
        '--request-timeout',
        '30',
      ],
      // Its working directory gets a .schemathesis/ cache: the cluster's, not the checkout's.
      { timeoutMs: 600_000, env: { NO_COLOR: '1' }, cwd: cluster.dir },
    );
    const summary = run.stdout.split('\n').filter((l) => /generated|passed|failure|Seed/.test(l));
    console.log(summary.join('\n'));
    assert.equal(run.exitCode, 0, `${run.stdout.slice(-6000)}\n${run.stderr.slice(-2000)}`);
    const live = await fetch(`http://127.0.0.1:${adminPort}/health/live`);
    assert.equal(live.status, 200);
    const meta = await runKcatOk(['-b', `127.0.0.1:${port}`, '-L']);
    assert.match(meta.stdout, /1 brokers:/);
  });
});
