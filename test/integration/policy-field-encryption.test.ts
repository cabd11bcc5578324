// Field-level encryption on live traffic with real parts only: a 1-broker Kafka behind SASL,
// Sluice in front (clients speak SASL_PLAINTEXT to it, it speaks SASL_SSL upstream and passes
// the SASL exchange through, so it knows each client's principal), moto's KMS server on
// loopback, @platformatic/kafka producing and the Java console consumer reading. What a user
// sees: the broker's log segments hold no plaintext of the encrypted fields, `admin` reads the
// original values byte for byte, `alice` reads envelopes, a KMS outage refuses produce with the
// retriable REQUEST_TIMED_OUT and nothing in clear, and service resumes when KMS answers again.
// The same for Confluent-framed Avro values through field-encryption-avro.ts: still valid for
// their writer schema in Kafka, and byte-identical for `admin` through Sluice.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Consumer, Producer, stringSerializers } from '@platformatic/kafka';
import avro from 'avsc';
import { type KafkaCluster, startCluster, USERS } from '../../rig/kafka-cluster.ts';
import { runKafkaTool, runKafkaToolOk } from '../../rig/kafka-tools.ts';
import { MOTO_CREDENTIALS, MOTO_REGION, type MotoKms, startMotoKms } from '../../rig/moto-kms.ts';
import { protocolErrors } from '../gateway/policy/client-errors.ts';
import { freePortBlock, type RunningGateway, startGateway } from '../gateway/support/gateway-harness.ts';

const POLICIES = join(import.meta.dirname, '..', '..', 'policies');
const TOPIC = 'customers';
const RECORDS = 2000;
const MAX_KEY_USES = 1000;
const KEY = 'aws-kms://alias/sluice-{{record.value.customerId}}';
const AVRO_TOPIC = 'customers-avro';
const AVRO_RECORDS = 200;
const AVRO_SCHEMA = {
  type: 'record',
  name: 'Customer',
  fields: [
    { name: 'name', type: 'string' },
    { name: 'ssn', type: 'string' },
    { name: 'score', type: 'int' },
    { name: 'cards', type: { type: 'array', items: 'string' } },
  ],
};
const avroType = avro.Type.forSchema(AVRO_SCHEMA as avro.Schema);

/** Confluent wire format (magic 0, schema id 1) around an Avro Customer. */
function avroCustomer(i: number): Buffer {
  const body = avroType.toBuffer({
    name: `avro-name-${i}`,
    ssn: `avro-ssn-secret-${i}`,
    score: 1000 + i,
    cards: [`avro-card-secret-${i}`],
  });
  return Buffer.concat([Buffer.from([0, 0, 0, 0, 1]), body]);
}

/** Compact JSON, as JSON.stringify and Jackson write it: what the consumer must read back exactly. */
function customer(i: number, customerId = i % 2 === 0 ? 'c-1' : 'c-2'): string {
  return JSON.stringify({
    customerId,
    name: `visible-name-${i}`,
    ssn: `ssn-secret-${i}`,
    cards: [{ number: `card-secret-${i}`, exp: '12/29' }, { number: null }],
    score: i,
  });
}

describe('field-level encryption through Sluice with a real KMS (moto)', () => {
  let cluster: KafkaCluster;
  let kms: MotoKms;
  let gw: RunningGateway;
  let port: number;
  let configDir: string;
  const produced: string[] = [];

  /** Every byte of the topic's log segment files on the broker. */
  const segments = (topic = TOPIC) => {
    const data = join(cluster.broker(cluster.brokers[0].id).dir, 'data');
    return readdirSync(data)
      .filter((d) => d.startsWith(`${topic}-`))
      .flatMap((d) =>
        readdirSync(join(data, d))
          .filter((f) => f.endsWith('.log'))
          .map((f) => readFileSync(join(data, d, f)).toString('latin1')),
      )
      .join('');
  };

  const clientConfig = (user: keyof typeof USERS) => {
    const file = join(configDir, `${user}.properties`);
    const { username, password } = USERS[user];
    writeFileSync(
      file,
      [
        'security.protocol=SASL_PLAINTEXT',
        'sasl.mechanism=PLAIN',
        `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${username}" password="${password}";`,
        '',
      ].join('\n'),
    );
    return file;
  };

  const consume = async (user: keyof typeof USERS, count: number) => {
    const { stdout } = await runKafkaToolOk(
      'kafka-console-consumer',
      [
        '--bootstrap-server',
        `127.0.0.1:${port}`,
        '--command-config',
        clientConfig(user),
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
    return stdout.split('\n').filter(Boolean);
  };

  /**
   * `retries`: a batch whose first KMS call (a new data key, a cold connection) outlasts the
   * 200 ms batch deadline is refused with the retriable REQUEST_TIMED_OUT; the KMS request
   * goes on and its key is cached, so the producer's retry goes through, as a Java producer's would.
   */
  const producer = (retries = 0) =>
    new Producer({
      clientId: 'field-encryption-test',
      bootstrapBrokers: [`127.0.0.1:${port}`],
      serializers: stringSerializers,
      sasl: { mechanism: 'PLAIN', ...USERS.alice },
      retries,
      retryDelay: 300,
    });

  /** The gateway's warnings and errors, counted by message, for a failing assertion's message. */
  const problems = () => {
    const counts = new Map<string, number>();
    for (const l of gw.logs.filter((x) => Number(x.level) >= 40)) {
      const k = `${l.msg} ${l.kind ?? ''} ${String(l.err ?? '').slice(0, 160)}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return JSON.stringify([...counts], null, 1);
  };

  /** sluice_kms_requests_total by `operation:outcome`, as /metrics renders it. */
  const kmsCalls = async () => {
    const text = await gw.gateway.metrics.render();
    const out: Record<string, number> = {};
    for (const m of text.matchAll(
      /^sluice_kms_requests_total\{operation="(\w+)",outcome="(\w+)"\} (\d+)/gm,
    )) {
      out[`${m[1]}:${m[2]}`] = Number(m[3]);
    }
    return out;
  };

  before(async () => {
    configDir = mkdtempSync(join(tmpdir(), 'sluice-fle-'));
    [cluster, kms] = await Promise.all([startCluster({ brokers: 1 }), startMotoKms()]);
    for (const alias of ['alias/sluice-c-1', 'alias/sluice-c-2', 'alias/sluice-outage', 'alias/sluice-avro'])
      await kms.createKey(alias);
    port = await freePortBlock(4);
    gw = await startGateway({
      upstream: {
        bootstrapServers: cluster.bootstrap.saslSsl.split(','),
        security: 'ssl',
        tls: { caFile: cluster.tls.caFile },
        sasl: { mechanism: 'PLAIN', ...USERS.admin },
      },
      listeners: [{ name: 'sasl', routing: 'port', port }],
      kms: {
        endpoint: kms.endpoint,
        region: MOTO_REGION,
        ...MOTO_CREDENTIALS,
        keyTtlMs: 600_000,
        maxKeyUses: MAX_KEY_USES,
        requestTimeoutMs: 1500,
        maxAttempts: 1,
      },
      policies: {
        dir: POLICIES,
        deployments: [
          {
            id: 'pii',
            file: 'field-encryption.ts',
            scope: { topics: [TOPIC] },
            kmsKeys: ['alias/sluice-*'],
            // A fetch of ~1 MB is ~4,000 values to decrypt on the gateway thread (~15 µs each
            // here), shared by the batches of the response: more than the default 200 ms on 2 busy cores.
            limits: { deadlineMs: 2000, cpuMs: 1000, memoryMb: 256 },
            config: {
              recordValue: {
                fields: [
                  { fieldName: 'ssn', keySecretId: KEY, algorithm: 'AES256_GCM' },
                  { fieldName: 'cards[*].number', keySecretId: KEY },
                ],
              },
              decrypt: { principals: ['User:admin'] },
            },
          },
          {
            id: 'pii-avro',
            file: 'field-encryption-avro.ts',
            scope: { topics: [AVRO_TOPIC] },
            kmsKeys: ['alias/sluice-*'],
            limits: { deadlineMs: 2000, cpuMs: 1000, memoryMb: 256 },
            config: {
              schema: AVRO_SCHEMA,
              keySecretId: 'aws-kms://alias/sluice-avro',
              recordValue: {
                fields: [{ fieldName: 'ssn' }, { fieldName: 'score' }, { fieldName: 'cards[*]' }],
              },
              decrypt: { principals: ['User:admin'] },
            },
          },
        ],
      },
    });
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--create',
      '--topic',
      AVRO_TOPIC,
      '--partitions',
      '1',
      '--replication-factor',
      '1',
    ]);
    await runKafkaToolOk('kafka-topics', [
      '--bootstrap-server',
      cluster.bootstrap.plaintext,
      '--create',
      '--topic',
      TOPIC,
      '--partitions',
      '1',
      '--replication-factor',
      '1',
    ]);
  });

  after(async () => {
    // What an operator would have read (timeouts of cold KMS calls, the outage), for the record.
    if (gw) console.log(`gateway warnings and errors during the run: ${problems()}`);
    await gw?.stop();
    await kms?.stop();
    await cluster?.stop();
  });

  test(`Given ${RECORDS} JSON records, when produced through Sluice, then the broker's log holds no plaintext of ssn or card numbers (and does hold the unencrypted names)`, async () => {
    const p = producer(5);
    try {
      for (let i = 0; i < RECORDS; i += 100) {
        const chunk = Array.from({ length: 100 }, (_, k) => customer(i + k));
        await p.send({ messages: chunk.map((value) => ({ topic: TOPIC, value })), acks: -1 });
        produced.push(...chunk);
      }
    } finally {
      await p.close();
    }
    const log = segments();
    assert.ok(
      log.includes('visible-name-0') && log.includes(`visible-name-${RECORDS - 1}`),
      'the grep sees the segments',
    );
    assert.equal(log.match(/ssn-secret-|card-secret-/g), null, 'no encrypted field in clear');
    assert.equal(
      log.match(/SLE2\.s\.alias\/sluice-c-[12]\./g)?.length,
      RECORDS * 2,
      'two envelopes per record',
    );
  });

  test('Given encrypted records, when admin (allowed) consumes through Sluice, then every value is byte-identical to what was produced', async () => {
    const lines = await consume('admin', RECORDS);
    assert.equal(lines.length, RECORDS, problems());
    assert.deepEqual(lines, produced);
  });

  test('Given encrypted records, when alice (not allowed) consumes through Sluice, then she reads envelopes for ssn and card numbers and the other fields as produced', async () => {
    const lines = await consume('alice', RECORDS);
    assert.equal(lines.length, RECORDS);
    lines.forEach((line, i) => {
      assert.doesNotMatch(line, /ssn-secret-|card-secret-/);
      const doc = JSON.parse(line);
      const want = JSON.parse(produced[i]);
      assert.match(doc.ssn, new RegExp(`^SLE2\\.s\\.alias/sluice-${want.customerId}\\.`));
      assert.match(doc.cards[0].number, /^SLE2\.s\./);
      assert.equal(doc.cards[1].number, null, 'null fields untouched');
      assert.deepEqual({ ...doc, ssn: 0, cards: 0 }, { ...want, ssn: 0, cards: 0 });
    });
  });

  test('Given the records above, then the KMS calls are one GenerateDataKey per 1,000 values per key and one Decrypt per data key, and no credential is logged', async () => {
    const calls = await kmsCalls();
    // 2,000 records × 2 fields over two customer keys = 2,000 values per key.
    const generated = calls['GenerateDataKey:ok'];
    assert.ok(generated >= 4 && generated <= 6, JSON.stringify(calls));
    assert.equal(calls['Decrypt:ok'], generated, 'each data key unwrapped once (admin), none for alice');
    assert.equal(calls['GenerateDataKey:error'] ?? 0, 0);
    console.log(
      `KMS calls for ${RECORDS} records (${RECORDS * 2} values): ${JSON.stringify(calls)} → ${((generated / RECORDS) * 1e6).toFixed(0)} GenerateDataKey per million records at maxKeyUses ${MAX_KEY_USES}`,
    );
    const all = JSON.stringify(gw.logs);
    assert.ok(!all.includes(MOTO_CREDENTIALS.secretAccessKey), 'KMS secret never logged');
    assert.ok(!all.includes(USERS.alice.password), 'SASL password never logged');
  });

  test('Given KMS stopped mid-run, when a record needing a new data key is produced, then it is refused with retriable REQUEST_TIMED_OUT, nothing reaches Kafka, and it goes through once KMS is back', async () => {
    const record = customer(99_999, 'outage');
    const before = segments().length;
    kms.pause();
    let resumed = false;
    try {
      const p = producer();
      try {
        const err = await p.send({ messages: [{ topic: TOPIC, value: record }], acks: -1 }).then(
          () => null,
          (e: unknown) => e,
        );
        assert.ok(err, 'produce must be refused while KMS is unreachable');
        const found = protocolErrors(err);
        const e = found.find((x) => x.apiId === 'REQUEST_TIMED_OUT');
        assert.ok(e, JSON.stringify(found));
        // KMS does not answer at all (stopped): the KMS request's timeout (1.5 s) says so, or the
        // batch deadline (capability calls included) fires first on a busy machine; both give the
        // same retriable code.
        assert.match(
          String(e.serverErrorMessage),
          /^pii: field encryption unavailable: kms\.encrypt failed$|policy pii failed \(timeout\)/,
        );
      } finally {
        await p.close();
      }
      assert.equal(segments().length, before, 'nothing was appended to the log');
      // The operator reads which KMS call failed and why; the client only that encryption is unavailable.
      assert.ok(
        gw
          .logged(/KMS call failed/)
          .some((l) => /GenerateDataKey with key alias\/sluice-outage/.test(String(l.err))),
      );
      assert.ok(!segments().includes('ssn-secret-99999'));

      // A Java producer with its default retries, started during the outage, gets through once KMS answers.
      const javaSend = runKafkaTool(
        'kafka-console-producer',
        [
          '--bootstrap-server',
          `127.0.0.1:${port}`,
          '--command-config',
          clientConfig('alice'),
          '--topic',
          TOPIC,
          '--command-property',
          'acks=all',
          '--command-property',
          'retry.backoff.ms=500',
        ],
        { input: `${record}\n`, timeoutMs: 120_000 },
      );
      await new Promise((r) => setTimeout(r, 4000));
      kms.resume();
      resumed = true;
      const sent = await javaSend;
      assert.equal(sent.exitCode, 0, sent.stderr);
    } finally {
      if (!resumed) kms.resume();
    }
    const log = segments();
    assert.ok(!log.includes('ssn-secret-99999'), 'still nothing in clear');
    assert.match(log, /SLE2\.s\.alias\/sluice-outage\./);
    const lines = await consume('admin', RECORDS + 1);
    assert.equal(lines.at(-1), record, problems());
    assert.ok((await kmsCalls())['GenerateDataKey:error'] >= 1);
  });

  test(`Given ${AVRO_RECORDS} Confluent-framed Avro records, when produced through Sluice, then the log holds no plaintext of ssn, score or cards and every value still decodes with its writer schema; admin reads them back byte-identical through Sluice`, async () => {
    const p = new Producer({
      clientId: 'field-encryption-avro-test',
      bootstrapBrokers: [`127.0.0.1:${port}`],
      sasl: { mechanism: 'PLAIN', ...USERS.alice },
      retries: 5,
      retryDelay: 300,
    });
    const sent = Array.from({ length: AVRO_RECORDS }, (_, i) => avroCustomer(i));
    try {
      await p.send({ messages: sent.map((value) => ({ topic: AVRO_TOPIC, value })), acks: -1 });
    } finally {
      await p.close();
    }
    const log = segments(AVRO_TOPIC);
    assert.ok(log.includes('avro-name-0'), 'the grep sees the segments');
    assert.equal(log.match(/avro-ssn-secret-|avro-card-secret-/g), null, 'no encrypted field in clear');
    assert.equal(
      log.match(/SLE2\.t\.alias\/sluice-avro\./g)?.length,
      AVRO_RECORDS * 2,
      'ssn and the card in place',
    );

    const readAvro = async (user: 'admin' | 'alice') => {
      const consumer = new Consumer({
        clientId: `field-encryption-avro-${user}`,
        groupId: `field-encryption-avro-${user}`,
        bootstrapBrokers: [`127.0.0.1:${port}`],
        sasl: { mechanism: 'PLAIN', ...USERS[user] },
      });
      const out: { value: Buffer; headers: string[] }[] = [];
      try {
        const stream = await consumer.consume({ topics: [AVRO_TOPIC], mode: 'earliest', maxWaitTime: 500 });
        for await (const m of stream) {
          const headers = [...(m.headers as Map<Buffer, Buffer>).keys()].map((k) => k.toString());
          out.push({ value: Buffer.from(m.value as Buffer), headers });
          if (out.length === AVRO_RECORDS) break;
        }
        await stream.close();
      } finally {
        await consumer.close(true);
      }
      return out;
    };
    // alice reads what Kafka holds: valid Customers with envelopes, the score zeroed and carried in a header.
    const stored = await readAvro('alice');
    assert.equal(stored.length, AVRO_RECORDS, problems());
    for (const [i, r] of stored.entries()) {
      const doc = avroType.fromBuffer(r.value.subarray(5)) as {
        name: string;
        ssn: string;
        score: number;
        cards: string[];
      };
      assert.deepEqual([doc.name, doc.score], [`avro-name-${i}`, 0]);
      assert.match(doc.ssn, /^SLE2\./);
      assert.match(doc.cards[0], /^SLE2\./);
      assert.deepEqual(r.headers, ['sluice-encrypted:score']);
    }
    // admin reads the originals, byte for byte, without the header.
    const back = await readAvro('admin');
    assert.equal(back.length, AVRO_RECORDS, problems());
    for (const [i, r] of back.entries()) {
      assert.ok(r.value.equals(sent[i]), `record ${i} byte-identical`);
      assert.deepEqual(r.headers, []);
    }
  });
});
