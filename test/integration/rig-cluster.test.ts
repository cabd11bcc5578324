// The 3-broker rig: every broker sees the others, a broker can be stopped and started again,
// a 4th broker can join at runtime (issue 4 needs that), and clients reach brokers by the
// gateway-style hostnames through the hosts-file helper.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { probeBrokers } from '../../rig/broker-probe.ts';
import { writeHostsFile } from '../../rig/hostnames.ts';
import { HOST, type KafkaCluster, startCluster, USERS } from '../../rig/kafka-cluster.ts';
import { runKafkaTool, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { kcatSaslSslArgs, runKcatOk } from '../../rig/kcat.ts';

async function brokerIdsSeenBy(port: number): Promise<number[]> {
  return (await probeBrokers(HOST, port)).map((b) => b.nodeId).sort((a, b) => a - b);
}

/** Broker ids listed by kafka-broker-api-versions over SASL_SSL, e.g. "127.0.0.1:1234 (id: 2 rack: null) -> (". */
function idsInApiVersionsOutput(stdout: string): number[] {
  return [...stdout.matchAll(/\(id: (\d+) rack:/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
}

describe('rig cluster: 3 brokers, restart, a 4th broker, hostnames', () => {
  let cluster: KafkaCluster;
  before(async () => {
    cluster = await startCluster({ brokers: 3 });
  });
  after(async () => {
    await cluster?.stop();
  });

  test('Given a 3-broker cluster, when each broker is asked for metadata, then each lists brokers 0, 1 and 2', async () => {
    for (const broker of cluster.brokers) {
      assert.deepEqual(await brokerIdsSeenBy(broker.plaintextPort), [0, 1, 2]);
    }
    const { stdout } = await runKafkaToolOk('kafka-broker-api-versions', [
      '--bootstrap-server',
      cluster.bootstrap.saslSsl,
      '--command-config',
      cluster.clientConfig.plain,
    ]);
    assert.deepEqual(idsInApiVersionsOutput(stdout), [0, 1, 2]);
  });

  test('Given broker 1 is stopped, when the others are asked, then they list 0 and 2; after startBroker(1), all three again', async () => {
    await cluster.stopBroker(1);
    assert.equal(cluster.broker(1).running, false);
    assert.deepEqual(await brokerIdsSeenBy(cluster.broker(0).plaintextPort), [0, 2]);
    await assert.rejects(probeBrokers(HOST, cluster.broker(1).plaintextPort), /ECONNREFUSED/);

    await cluster.startBroker(1);
    assert.equal(cluster.broker(1).running, true);
    assert.deepEqual(await brokerIdsSeenBy(cluster.broker(1).plaintextPort), [0, 1, 2]);
  });

  test('Given a running cluster, when addBroker() runs, then broker 3 joins and a topic can use all four', async () => {
    const added = await cluster.addBroker();

    assert.equal(added.id, 3);
    assert.equal(added.roles, 'broker');
    for (const broker of cluster.brokers) {
      assert.deepEqual(await brokerIdsSeenBy(broker.plaintextPort), [0, 1, 2, 3]);
    }
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      added.saslSsl,
      '--command-config',
      cluster.clientConfig.scram,
      '--create',
      '--topic',
      'on-four-brokers',
      '--partitions',
      '8',
      '--replication-factor',
      '3',
    ]);
    const { stdout } = await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--describe',
      '--topic',
      'on-four-brokers',
    ]);
    const leaders = new Set([...stdout.matchAll(/Leader: (\d+)/g)].map((m) => Number(m[1])));
    assert.deepEqual([...leaders].sort(), [0, 1, 2, 3]);
  });

  test('Given a hosts file naming brokermain0-gateway.sluice.test, when a Java tool and kcat bootstrap from that name over SASL_SSL, then both reach the cluster; without it the Java tool cannot resolve the name', async () => {
    const name = 'brokermain0-gateway.sluice.test';
    const hostsFile = writeHostsFile(join(cluster.dir, 'hosts'), [name, 'gateway.sluice.test']);
    const bootstrap = `${name}:${cluster.broker(0).saslSslPort}`;
    const apiVersions = ['--bootstrap-server', bootstrap, '--command-config', cluster.clientConfig.plain];

    const resolved = await runKafkaToolOk('kafka-broker-api-versions', apiVersions, { hostsFile });
    assert.deepEqual(idsInApiVersionsOutput(resolved.stdout), [0, 1, 2, 3]);

    // TLS hostname verification passes too: the rig's certificate names the gateway hosts.
    const kcat = await runKcatOk(
      [
        ...kcatSaslSslArgs({ bootstrap, caFile: cluster.tls.caFile, mechanism: 'PLAIN', ...USERS.alice }),
        '-L',
        '-m',
        '10',
      ],
      { hostsFile },
    );
    assert.match(kcat.stdout, /4 brokers:/);

    // jdk.net.hosts.file alone (SLUICE_HOSTS_FILE, no private namespace) is enough for Java tools.
    const viaJdkOnly = await runKafkaToolOk('kafka-broker-api-versions', apiVersions, {
      env: { SLUICE_HOSTS_FILE: hostsFile },
    });
    assert.deepEqual(idsInApiVersionsOutput(viaJdkOnly.stdout), [0, 1, 2, 3]);

    const unresolved = await runKafkaTool('kafka-broker-api-versions', apiVersions, { timeoutMs: 30_000 });
    assert.notEqual(unresolved.exitCode, 0);
    assert.match(unresolved.stderr + unresolved.stdout, /No resolvable bootstrap urls|resolv/i);
  });
});
