// Current protocol features through Sluice (port routing), each with a real client against one
// real Kafka 4.4 broker: KIP-848 consumer groups, transactions, and KIP-932 share groups with
// fetch policies that a share consumer must not get around.
//
// Waits are tolerant (tens of seconds, on a loaded 2-core machine); nothing sleeps to
// synchronise: every wait polls for the state it needs, or waits for a process to end.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { compilePolicy } from '../../engine/index.ts';
import { type KafkaCluster, startCluster } from '../../rig/kafka-cluster.ts';
import {
  type KafkaToolName,
  runKafkaJavaSource,
  runKafkaTool,
  runKafkaToolOk,
} from '../../rig/kafka-tools.ts';
import { expectSuccess } from '../../rig/run-process.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

async function policyFrom(source: string) {
  const r = await compilePolicy({
    source: `import { definePolicy, accept, reject, modify } from 'sluice/sdk';\n${source}`,
  });
  if (!r.ok) assert.fail(JSON.stringify(r.diagnostics));
  return r.policy;
}

const MASK = `export default definePolicy({
  name: 'mask-cards',
  onFetch(batch) {
    return modify({ records: batch.records.map((r) => r.with({ value: r.text().replace(/\\d{4}-\\d{4}/g, '####-####') })) });
  },
});`;

const NO_SECRETS = `export default definePolicy({
  name: 'no-secrets',
  onFetch(batch) {
    return reject('secret data on partition ' + batch.partition);
  },
});`;

const TAG = `export default definePolicy({
  name: 'tag-txn',
  onProduce(batch) {
    return modify({ records: batch.records.map((r) => r.with({ value: r.text() + '+' })) });
  },
});`;

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** Polls `check` until it returns a value, for up to `ms`; the last failure explains a timeout. */
async function waitFor<T>(what: string, ms: number, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + ms;
  let last = '';
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ''}`);
  }
}

describe('protocol features through Sluice against Kafka 4.4', { timeout: 300_000 }, () => {
  let cluster: KafkaCluster;
  let gw: RunningGateway;
  let port: number;
  let via: string[];
  const run = (name: KafkaToolName, args: string[], timeoutMs = 60_000, input?: string) =>
    runKafkaToolOk(name, [...via, ...args], { timeoutMs, input });

  before(async () => {
    cluster = await startCluster({ brokers: 1 });
    port = await freePortBlock(4);
    via = ['--bootstrap-server', `127.0.0.1:${port}`];
    gw = await startGateway({
      upstream: { bootstrapServers: cluster.bootstrap.plaintext.split(',') },
      listeners: [{ name: 'plain', routing: 'port', port }],
    });
    const svc = await gw.gateway.enablePolicies();
    await svc.deploy({
      id: 'mask-cards',
      policy: await policyFrom(MASK),
      scope: { topics: ['share-cards'] },
    });
    await svc.deploy({
      id: 'no-secrets',
      policy: await policyFrom(NO_SECRETS),
      scope: { topics: ['share-secret'] },
    });
    await svc.deploy({ id: 'tag-txn', policy: await policyFrom(TAG), scope: { topics: ['txn'] } });
  });

  after(async () => {
    await gw?.stop();
    await cluster?.stop();
  });

  test('Given two console consumers with group.protocol=consumer (KIP-848), when records are produced through Sluice, then the group is Stable with Sluice as coordinator, the partitions are split between the members, and every record is consumed once', async () => {
    const topic = 'kip848';
    const group = 'kip848-group';
    await run('kafka-topics', ['--create', '--topic', topic, '--partitions', '2']);
    // Each member leaves 30 s after its last record (or after 30 s of nothing at the start).
    const member = () =>
      runKafkaTool(
        'kafka-console-consumer',
        [
          ...via,
          '--topic',
          topic,
          '--group',
          group,
          '--command-property',
          'group.protocol=consumer',
          '--timeout-ms',
          '30000',
        ],
        { timeoutMs: 120_000 },
      );
    const members = [member(), member()];
    // ConsumerGroupDescribe through Sluice: both members, one partition each.
    await waitFor('two members with one partition each', 60_000, async () => {
      const { stdout } = await run('kafka-consumer-groups', ['--describe', '--group', group, '--members']);
      const rows = lines(stdout).filter((l) => l.startsWith(group));
      const counts = rows.map((r) => Number(r.split(/\s+/).at(-1)));
      return rows.length === 2 && counts.every((c) => c === 1) ? rows : undefined;
    });
    const state = await run('kafka-consumer-groups', ['--describe', '--group', group, '--state']);
    const row = lines(state.stdout).find((l) => l.startsWith(group)) ?? '';
    // The coordinator is advertised as Sluice's own broker port, not the broker's address.
    assert.match(
      row,
      new RegExp(`127\\.0\\.0\\.1:${port + 1}\\s+\\(0\\)\\s+uniform\\s+(Stable|Reconciling)\\s+2`),
      row,
    );

    const records = Array.from({ length: 200 }, (_, i) => `key-${i}:${topic}-${i}`);
    await run(
      'kafka-console-producer',
      ['--topic', topic, '--reader-property', 'parse.key=true', '--reader-property', 'key.separator=:'],
      60_000,
      `${records.join('\n')}\n`,
    );
    const [a, b] = await Promise.all(members);
    const got = [lines(a!.stdout), lines(b!.stdout)];
    assert.ok(
      got[0]!.length > 0 && got[1]!.length > 0,
      `both members consumed (got ${got[0]!.length} and ${got[1]!.length}); stderr: ${a!.stderr.slice(-500)} ${b!.stderr.slice(-500)}`,
    );
    assert.deepEqual(
      [...got[0]!, ...got[1]!].sort(),
      records.map((r) => r.split(':')[1]).sort(),
      'every record consumed exactly once across the two members',
    );
    // The members committed as they left; describe (offsets) works through Sluice too.
    const { stdout } = await run('kafka-consumer-groups', ['--describe', '--group', group]);
    const committed = lines(stdout)
      .filter((l) => l.startsWith(group))
      .reduce((sum, l) => sum + Number(l.split(/\s+/)[3]), 0);
    assert.equal(committed, 200, stdout);
    assert.equal(gw.logged(/closing connection/).length, 0, JSON.stringify(gw.logged(/closing connection/)));
  });

  test('Given a transactional producer through Sluice (with a produce policy changing its batches), when it commits, aborts and commits again, then read_committed consumers see exactly the committed records and the offsets committed in the transaction', async () => {
    const topic = 'txn';
    const group = 'txn-offsets';
    await run('kafka-topics', ['--create', '--topic', topic, '--partitions', '2']);
    const program = await runKafkaJavaSource(
      join(import.meta.dirname, 'java', 'TxnProducer.java'),
      [`127.0.0.1:${port}`, topic, 'sluice-txn', group],
      { timeoutMs: 120_000 },
    );
    expectSuccess('TxnProducer.java', program);
    assert.deepEqual(lines(program.stdout), ['initialized', 'committed c1', 'aborted a', 'committed c3']);

    const consume = (isolation: string, max: number) =>
      run(
        'kafka-console-consumer',
        [
          '--topic',
          topic,
          '--from-beginning',
          '--isolation-level',
          isolation,
          '--max-messages',
          String(max),
          '--timeout-ms',
          '30000',
        ],
        90_000,
      );
    const tagged = (prefix: string) => Array.from({ length: 10 }, (_, i) => `${prefix}-${i}+`);
    // read_uncommitted first: the aborted records did reach the log (so the check below means something).
    const all = await consume('read_uncommitted', 30);
    assert.deepEqual(lines(all.stdout).sort(), [...tagged('c1'), ...tagged('a'), ...tagged('c3')].sort());
    // read_committed: 21 asked for, so the consumer reads to the end and stops on its timeout.
    const committed = await runKafkaTool(
      'kafka-console-consumer',
      [
        ...via,
        '--topic',
        topic,
        '--from-beginning',
        '--isolation-level',
        'read_committed',
        '--max-messages',
        '21',
        '--timeout-ms',
        '10000',
      ],
      { timeoutMs: 90_000 },
    );
    assert.deepEqual(
      lines(committed.stdout).sort(),
      [...tagged('c1'), ...tagged('c3')].sort(),
      committed.stderr,
    );
    // TxnOffsetCommit through Sluice: the group's offset on partition 0 is the one of the first transaction.
    const offsets = await run('kafka-consumer-groups', ['--describe', '--group', group]);
    const p0 = lines(offsets.stdout).find((l) => l.startsWith(group) && l.split(/\s+/)[2] === '0');
    assert.equal(p0?.split(/\s+/)[3], '3', offsets.stdout);
    // DescribeTransactions through Sluice: the last transaction is complete.
    const described = await run('kafka-transactions', ['describe', '--transactional-id', 'sluice-txn']);
    assert.match(described.stdout, /CompleteCommit/);
  });

  test('Given share groups (KIP-932), when share consumers read through Sluice, then plain records arrive, a masking fetch policy masks them, and a refusing one lets none through', async () => {
    const direct = ['--bootstrap-server', cluster.bootstrap.plaintext];
    for (const topic of ['share-plain', 'share-cards', 'share-secret']) {
      await run('kafka-topics', ['--create', '--topic', topic, '--partitions', '2']);
      // Share groups start at the latest offset unless told otherwise (a group config, set through Sluice).
      await run('kafka-configs', [
        '--alter',
        '--entity-type',
        'groups',
        '--entity-name',
        `${topic}-group`,
        '--add-config',
        'share.auto.offset.reset=earliest',
      ]);
    }
    await run('kafka-configs', [
      '--alter',
      '--entity-type',
      'groups',
      '--entity-name',
      'share-secret-direct',
      '--add-config',
      'share.auto.offset.reset=earliest',
    ]);
    const produce = (topic: string, values: string[]) =>
      runKafkaToolOk('kafka-console-producer', [...direct, '--topic', topic], {
        input: `${values.join('\n')}\n`,
        timeoutMs: 60_000,
      });
    const plain = Array.from({ length: 20 }, (_, i) => `plain-${i}`);
    const cards = Array.from({ length: 20 }, (_, i) => `card-${i} 4111-1111 4111-${String(1000 + i)}`);
    const secrets = Array.from({ length: 20 }, (_, i) => `secret-${i}`);
    await Promise.all([
      produce('share-plain', plain),
      produce('share-cards', cards),
      produce('share-secret', secrets),
    ]);

    const shareConsume = (topic: string, extra: string[], timeoutMs = 90_000) =>
      runKafkaTool(
        'kafka-console-share-consumer',
        [...via, '--topic', topic, '--group', `${topic}-group`, ...extra],
        { timeoutMs },
      );
    const [plainRun, cardsRun] = await Promise.all([
      shareConsume('share-plain', ['--max-messages', '20', '--timeout-ms', '60000']),
      shareConsume('share-cards', ['--max-messages', '20', '--timeout-ms', '60000']),
    ]);
    assert.equal(plainRun.exitCode, 0, plainRun.stderr);
    assert.deepEqual(lines(plainRun.stdout).sort(), [...plain].sort());
    assert.equal(cardsRun.exitCode, 0, cardsRun.stderr);
    assert.deepEqual(
      lines(cardsRun.stdout).sort(),
      cards.map((c) => c.replace(/\d{4}-\d{4}/g, '####-####')).sort(),
      'every card number masked',
    );
    // ShareGroupDescribe through Sluice.
    const described = await run('kafka-share-groups', ['--describe', '--group', 'share-plain-group']);
    assert.match(described.stdout, /share-plain-group\s+share-plain\s+/);

    // The refused topic: the consumer reads for 15 s and gets nothing, while the policy refused
    // what the broker sent it (so the share fetches did carry the records).
    const secretRun = await shareConsume('share-secret', ['--timeout-ms', '15000']);
    assert.deepEqual(
      lines(secretRun.stdout).filter((l) => l.includes('secret')),
      [],
      'no refused record reached the share consumer',
    );
    // The Java share consumer logs the partition's error code (the policy's default for fetches).
    assert.match(
      secretRun.stderr,
      /Unknown server error while fetching topic-partition share-secret-\d/,
      secretRun.stderr,
    );
    const refused = gw.logs.filter(
      (l) => l.audit === 'verdict' && l.policy === 'no-secrets' && l.topic === 'share-secret',
    );
    assert.ok(refused.length > 0, 'the policy refused share-fetched batches');
    // And the records are there: a share consumer straight on the broker reads them.
    const straight = await runKafkaTool(
      'kafka-console-share-consumer',
      [
        ...direct,
        '--topic',
        'share-secret',
        '--group',
        'share-secret-direct',
        '--max-messages',
        '20',
        '--timeout-ms',
        '60000',
      ],
      { timeoutMs: 90_000 },
    );
    assert.equal(straight.exitCode, 0, straight.stderr);
    assert.deepEqual(lines(straight.stdout).sort(), [...secrets].sort());
  });
});
