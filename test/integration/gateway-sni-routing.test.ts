// SNI routing end to end: one TLS port in front of a real 3-broker SASL_SSL cluster. Clients
// reach gateway.sluice.test (bootstrap) and brokermain<id>-gateway.sluice.test (brokers),
// names that resolve to 127.0.0.1 only inside a private mount namespace (rig/hostnames.ts).
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { connect as tlsConnect } from 'node:tls';
import { withHostsFile, writeHostsFile } from '../../rig/hostnames.ts';
import { type KafkaCluster, startCluster, USERS } from '../../rig/kafka-cluster.ts';
import { runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { kcatSaslSslArgs, runKcat, runKcatOk } from '../../rig/kcat.ts';
import { roundTrip } from '../../rig/round-trip.ts';
import { runProcess } from '../../rig/run-process.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const DOMAIN = 'sluice.test';
const BOOTSTRAP_HOST = `gateway.${DOMAIN}`;
const brokerHost = (id: number) => `brokermain${id}-gateway.${DOMAIN}`;
const NODE_CLIENT = join(import.meta.dirname, '..', 'gateway', 'support', 'node-client-roundtrip.ts');

describe('gateway SNI routing, 3 SASL_SSL brokers', () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let port: number;
  let hostsFile: string;
  let bootstrap: string;
  let javaConfig: string;
  let internalPort: number;

  before(async () => {
    cluster = await startCluster({ brokers: 3, tlsDomain: DOMAIN });
    port = await freePortBlock(1);
    internalPort = await freePortBlock(8);
    gw = await startGateway({
      upstream: {
        bootstrapServers: cluster.bootstrap.saslSsl.split(','),
        security: 'ssl',
        tls: { caFile: cluster.tls.caFile },
        // Sluice's own metadata connection (SCRAM); clients authenticate themselves.
        sasl: { mechanism: 'SCRAM-SHA-512', ...USERS.admin },
      },
      listeners: [
        {
          name: 'external',
          routing: 'sni',
          port,
          bootstrapHost: BOOTSTRAP_HOST,
          brokerHostPattern: `brokermain{nodeId}-gateway.${DOMAIN}`,
          tls: {
            certFile: join(cluster.tls.dir, 'server-chain.crt'),
            keyFile: join(cluster.tls.dir, 'server.key'),
          },
        },
        {
          // A second listener on the same gateway: port routing for in-cluster clients.
          name: 'internal',
          routing: 'port',
          port: internalPort,
          tls: {
            certFile: join(cluster.tls.dir, 'server-chain.crt'),
            keyFile: join(cluster.tls.dir, 'server.key'),
          },
        },
      ],
    });
    hostsFile = writeHostsFile(join(mkdtempSync(join(tmpdir(), 'sluice-sni-')), 'hosts'), [
      BOOTSTRAP_HOST,
      ...[0, 1, 2, 3, 4].map(brokerHost),
    ]);
    bootstrap = `${BOOTSTRAP_HOST}:${port}`;
    javaConfig = cluster.writeClientConfig({ mechanism: 'SCRAM-SHA-512', ...USERS.admin });
  });

  after(async () => {
    await gw?.stop();
    await cluster?.stop();
  });

  const upstreamPorts = () => cluster.brokers.flatMap((b) => [b.plaintextPort, b.saslSslPort]);

  test('Given SNI routing, when Sluice starts with upstream credentials, then it has discovered the brokers over SCRAM', () => {
    const discovered = gw.logged(/upstream brokers discovered/);
    assert.equal(discovered.length, 1);
    assert.deepEqual(discovered[0].nodeIds, [0, 1, 2]);
  });

  test('Given SNI routing, when kafka-broker-api-versions runs through the one TLS port, then every broker appears under its SNI name', async () => {
    const { stdout } = await runKafkaToolOk(
      'kafka-broker-api-versions',
      ['--bootstrap-server', bootstrap, '--command-config', javaConfig],
      { hostsFile },
    );
    for (const id of [0, 1, 2]) {
      assert.match(stdout, new RegExp(`^${brokerHost(id).replace(/\./g, '\\.')}:${port} \\(id: ${id} `, 'm'));
    }
    for (const p of upstreamPorts()) assert.doesNotMatch(stdout, new RegExp(`:${p}\\b`));
  });

  test('Given SNI routing, when a 6-partition topic is created and listed, then both work through Sluice and directly', async () => {
    const via = ['--bootstrap-server', bootstrap, '--command-config', javaConfig];
    await runKafkaToolOk(
      'kafka-topics',
      [...via, '--create', '--topic', 'sni-six', '--partitions', '6', '--replication-factor', '3'],
      {
        hostsFile,
      },
    );
    assert.match(
      (await runKafkaToolOk('kafka-topics', [...via, '--list'], { hostsFile })).stdout,
      /^sni-six$/m,
    );
    const direct = await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--list',
    ]);
    assert.match(direct.stdout, /^sni-six$/m);
  });

  test('Given SNI routing, when kafka-console-producer writes 1,000 records and kcat reads them, then all come back (SCRAM and PLAIN passthrough)', async () => {
    const { produced, consumed } = await roundTrip(
      {
        bootstrap,
        javaClientConfig: javaConfig,
        kcat: { bootstrap, caFile: cluster.tls.caFile, mechanism: 'PLAIN', ...USERS.alice },
        hostsFile,
      },
      { topic: 'sni-roundtrip', records: 1000 },
    );
    assert.equal(consumed.length, 1000);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    assert.deepEqual(
      consumed.map(({ key, value }) => ({ key, value })).sort(byKey),
      [...produced].sort(byKey),
    );
    const principals = new Set(gw.logged(/client authenticated/).map((l) => l.principal));
    assert.ok(principals.has('admin') && principals.has('alice'));
    assert.doesNotMatch(JSON.stringify(gw.logs), /admin-secret|alice-secret/);
  });

  test('Given SNI routing, when kafka-console-consumer reads --from-beginning, then it gets the records kafka-console-producer wrote', async () => {
    const via = ['--bootstrap-server', bootstrap];
    const values = Array.from({ length: 500 }, (_, i) => `sni-console-${i}`);
    await runKafkaToolOk(
      'kafka-console-producer',
      [...via, '--command-config', javaConfig, '--topic', 'sni-console'],
      {
        hostsFile,
        input: `${values.join('\n')}\n`,
      },
    );
    const { stdout } = await runKafkaToolOk(
      'kafka-console-consumer',
      [
        ...via,
        '--command-config',
        javaConfig,
        '--topic',
        'sni-console',
        '--from-beginning',
        '--max-messages',
        '500',
        '--timeout-ms',
        '60000',
      ],
      { hostsFile },
    );
    assert.deepEqual(
      stdout
        .split('\n')
        .filter((l) => l.startsWith('sni-console-'))
        .sort(),
      [...values].sort(),
    );
  });

  test('Given SNI routing, when kcat -L lists metadata, then brokers carry their SNI names and the advertised port only', async () => {
    const args = kcatSaslSslArgs({
      bootstrap,
      caFile: cluster.tls.caFile,
      mechanism: 'PLAIN',
      ...USERS.alice,
    });
    const { stdout } = await runKcatOk([...args, '-L'], { hostsFile });
    for (const id of [0, 1, 2])
      assert.match(stdout, new RegExp(`broker ${id} at ${brokerHost(id).replace(/\./g, '\\.')}:${port}`));
    for (const p of upstreamPorts()) assert.doesNotMatch(stdout, new RegExp(`:${p}\\b`));
  });

  test('Given an SNI listener and a port listener on one gateway, when kcat lists metadata on each, then each advertises its own addresses', async () => {
    const args = (b: string) =>
      kcatSaslSslArgs({ bootstrap: b, caFile: cluster.tls.caFile, mechanism: 'PLAIN', ...USERS.alice });
    const internal = await runKcatOk([...args(`127.0.0.1:${internalPort}`), '-L']);
    for (const id of [0, 1, 2])
      assert.match(internal.stdout, new RegExp(`broker ${id} at 127\\.0\\.0\\.1:${internalPort + 1 + id}`));
    assert.doesNotMatch(internal.stdout, /gateway\.sluice\.test:/);
    const external = await runKcatOk([...args(bootstrap), '-L'], { hostsFile });
    assert.doesNotMatch(external.stdout, new RegExp(`127\\.0\\.0\\.1:${internalPort + 1}`));
  });

  test('Given SNI routing, when @platformatic/kafka produces 100,000 records and a group consumes them, then all arrive in order per partition and the group resumes', async () => {
    await runKafkaToolOk(
      'kafka-topics',
      [
        '--bootstrap-server',
        bootstrap,
        '--command-config',
        javaConfig,
        '--create',
        '--topic',
        'sni-node',
        '--partitions',
        '6',
        '--replication-factor',
        '1',
      ],
      { hostsFile },
    );
    const input = {
      bootstrap: [bootstrap],
      topic: 'sni-node',
      records: 100_000,
      groupId: 'sni-node-group',
      caFile: cluster.tls.caFile,
      sasl: { mechanism: 'SCRAM-SHA-512', ...USERS.alice },
    };
    const wrapped = withHostsFile(hostsFile, process.execPath, [
      '--no-node-snapshot',
      NODE_CLIENT,
      JSON.stringify(input),
    ]);
    const run = await runProcess(wrapped.command, wrapped.args, { env: wrapped.env, timeoutMs: 180_000 });
    assert.equal(run.exitCode, 0, run.stderr);
    const { first, resumed } = JSON.parse(run.stdout.trim().split('\n').pop()!);
    assert.equal(first.count, 100_000);
    assert.equal(first.distinct, 100_000);
    assert.equal(first.inOrder, true);
    assert.equal(Object.keys(first.partitions).length, 6);
    assert.equal(resumed.count, 100);
    assert.equal(resumed.min, 100_000);
  });

  test('Given an unknown SNI name or an unknown node id, when a client connects, then the handshake is refused with one log line each', async () => {
    const tryName = (servername: string) =>
      new Promise<string>((resolve) => {
        const s = tlsConnect({
          host: '127.0.0.1',
          port,
          servername,
          ca: cluster.tls.caFile ? undefined : undefined,
          rejectUnauthorized: false,
        });
        s.once('secureConnect', () => {
          s.destroy();
          resolve('connected');
        });
        s.once('error', (err) => resolve(err.message));
      });
    const before = gw.logged(/refused connection/).length;
    assert.notEqual(await tryName('evil.example.com'), 'connected');
    assert.notEqual(await tryName(brokerHost(9)), 'connected');
    const lines = gw.logged(/refused connection/).slice(before);
    assert.equal(lines.length, 2);
    assert.equal(lines[0].serverName, 'evil.example.com');
    assert.equal(lines[0].code, 'SLUICE_ROUTE_UNKNOWN_HOST');
    assert.equal(lines[1].nodeId, 9);
    assert.equal(await tryName(BOOTSTRAP_HOST), 'connected');
  });

  test('Given the TLS port, when a client speaks plaintext Kafka or offers only TLS 1.1, then it is refused and the reason is logged', async () => {
    const plaintext = await new Promise<number>((resolve) => {
      const s = tcpConnect({ host: '127.0.0.1', port });
      let received = 0;
      // An ApiVersions v0 request frame, as a plaintext client would send first.
      const body = Buffer.from([0, 18, 0, 0, 0, 0, 0, 1, 0, 4, 0x74, 0x65, 0x73, 0x74]);
      const frame = Buffer.concat([Buffer.from([0, 0, 0, body.length]), body]);
      s.on('connect', () => s.write(frame));
      s.on('data', (d) => {
        received += d.length;
      });
      s.on('close', () => resolve(received));
      s.on('error', () => undefined);
    });
    // Whatever came back is a TLS alert at most, never a Kafka response (>= 4 + 4 bytes of header).
    assert.ok(plaintext < 8, `received ${plaintext} bytes`);
    const tls11 = await new Promise<string>((resolve) => {
      const s = tlsConnect({
        host: '127.0.0.1',
        port,
        servername: BOOTSTRAP_HOST,
        minVersion: 'TLSv1',
        maxVersion: 'TLSv1.1',
        ciphers: 'DEFAULT:@SECLEVEL=0',
        rejectUnauthorized: false,
      });
      s.once('secureConnect', () => {
        s.destroy();
        resolve('connected');
      });
      s.once('error', (err) => resolve(err.message));
    });
    assert.notEqual(tls11, 'connected');
    const refused = gw.logged(/refused TLS handshake/).map((l) => String(l.reason));
    assert.ok(
      refused.some((r) => /wrong version number|http request|packet length|unknown protocol/i.test(r)),
      refused.join(' | '),
    );
    assert.ok(
      refused.some((r) => /unsupported protocol|version too low|no protocols/i.test(r)),
      refused.join(' | '),
    );
  });

  test('Given a wrong password, when kcat connects through the SNI port, then it sees the broker authentication error', async () => {
    const args = kcatSaslSslArgs({
      bootstrap,
      caFile: cluster.tls.caFile,
      mechanism: 'PLAIN',
      username: 'alice',
      password: 'wrong',
    });
    const result = await runKcat([...args, '-L', '-m', '5'], { hostsFile, timeoutMs: 30_000 });
    assert.notEqual(result.exitCode, 0);
    assert.match(result.stderr, /Authentication failed|invalid credentials/i);
  });

  test('Given a fourth broker added at runtime, when a partition led by it is used through its SNI name, then it works with no change to Sluice', async () => {
    const added = await cluster.addBroker();
    assert.equal(added.id, 3);
    const via = ['--bootstrap-server', bootstrap, '--command-config', javaConfig];
    await runKafkaToolOk(
      'kafka-topics',
      [...via, '--create', '--topic', 'sni-new-broker', '--replica-assignment', '3'],
      { hostsFile },
    );
    const args = kcatSaslSslArgs({
      bootstrap,
      caFile: cluster.tls.caFile,
      mechanism: 'PLAIN',
      ...USERS.alice,
    });
    // The new topic reaches every broker's metadata a moment after kafka-topics returns.
    let meta = { stdout: '' };
    for (let i = 0; i < 30 && !/partition 0, leader 3/.test(meta.stdout); i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 500));
      meta = await runKcatOk([...args, '-L', '-t', 'sni-new-broker'], { hostsFile });
    }
    assert.match(meta.stdout, new RegExp(`broker 3 at ${brokerHost(3).replace(/\./g, '\\.')}:${port}`));
    assert.match(meta.stdout, /partition 0, leader 3/);
    const lines = Array.from({ length: 50 }, (_, i) => `new-broker-${i}`);
    await runKcatOk([...args, '-P', '-t', 'sni-new-broker'], { hostsFile, input: `${lines.join('\n')}\n` });
    const consumed = await runKcatOk([...args, '-C', '-t', 'sni-new-broker', '-o', 'beginning', '-e', '-q'], {
      hostsFile,
    });
    assert.deepEqual(consumed.stdout.split('\n').filter(Boolean), lines);
    assert.ok(gw.gateway.cache.get(3), 'Sluice learnt broker 3 from upstream metadata');
  });
});
