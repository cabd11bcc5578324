// `npm start`: runs Sluice for real on a local default. A KRaft Kafka from the test rig
// (SASL_SSL brokers), Sluice in front of it with SNI routing on one TLS port and port routing
// on a plain port, and the example JSON-schema policy on the `orders` topic. Prints the
// client commands to try; Ctrl-C or SIGTERM stops everything and deletes its data.
// The admin API listens on https://gateway.sluice.test:8888 with the walkthrough's demo login
// (admin / conduktor, allowed only because the config says insecureDemo).
// Usage: npm start [-- --brokers 1|3] [-- --sni-port 9092] [-- --port 19092] [-- --admin-port 8888]
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { writeHostsFile } from '../../rig/hostnames.ts';
import { type KafkaCluster, STORE_PASSWORD, startCluster, USERS } from '../../rig/kafka-cluster.ts';
import { KAFKA_VERSION, REPO_ROOT } from '../../rig/kafka-dist.ts';
import { runKafkaToolOk } from '../../rig/kafka-tools.ts';

const { values } = parseArgs({
  options: {
    brokers: { type: 'string', default: '1' },
    'sni-port': { type: 'string', default: '9092' },
    port: { type: 'string', default: '19092' },
    'admin-port': { type: 'string', default: '8888' },
  },
});
const brokers = Number(values.brokers);
const sniPort = Number(values['sni-port']);
const plainPort = Number(values.port);
const adminPort = Number(values['admin-port']);
if (
  (brokers !== 1 && brokers !== 3) ||
  !Number.isInteger(sniPort) ||
  !Number.isInteger(plainPort) ||
  !Number.isInteger(adminPort)
) {
  process.stderr.write('usage: npm start [-- --brokers 1|3] [--sni-port N] [--port N] [--admin-port N]\n');
  process.exit(2);
}

const DOMAIN = 'sluice.test';
const bootstrapHost = `gateway.${DOMAIN}`;
const brokerHost = (id: number | string) => `brokermain${id}-gateway.${DOMAIN}`;

let cluster: KafkaCluster | undefined;
let gateway: ChildProcess | undefined;
let stopping = false;

async function shutdown(reason: string, code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`\n${reason}: stopping Sluice and Kafka…\n`);
  if (gateway && gateway.exitCode === null) {
    const exited = new Promise((resolve) => gateway?.once('exit', resolve));
    gateway.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 8000))]);
    gateway.kill('SIGKILL');
  }
  // Before the cluster exists, exiting is enough: the rig kills what it started on exit.
  await cluster?.stop();
  process.exit(code);
}
// Registered before the cluster starts, so the rig leaves these signals to us.
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

function fail(message: string): Promise<void> {
  process.stderr.write(`${message}\n`);
  return shutdown('start-up failed', 1);
}

const started = performance.now();
process.stderr.write(`Starting a ${brokers}-broker Apache Kafka ${KAFKA_VERSION} (KRaft) on 127.0.0.1…\n`);
try {
  cluster = await startCluster({ brokers, tlsDomain: DOMAIN });
} catch (error) {
  await fail(error instanceof Error ? error.message : String(error));
}
if (!cluster) process.exit(1);

const dir = join(cluster.dir, 'sluice');
mkdirSync(dir, { recursive: true });
const cert = {
  certFile: join(cluster.tls.dir, 'server-chain.crt'),
  keyFile: join(cluster.tls.dir, 'server.key'),
};
const configFile = join(dir, 'sluice.yaml');
writeFileSync(
  configFile,
  stringify({
    logging: { level: 'info' },
    upstream: {
      bootstrapServers: cluster.bootstrap.saslSsl.split(','),
      security: 'ssl',
      tls: { caFile: cluster.tls.caFile },
      sasl: { mechanism: 'SCRAM-SHA-512', ...USERS.admin },
    },
    listeners: [
      {
        name: 'external',
        routing: 'sni',
        port: sniPort,
        bootstrapHost,
        brokerHostPattern: brokerHost('{nodeId}'),
        tls: cert,
      },
      { name: 'internal', routing: 'port', port: plainPort },
    ],
    // HTTPS with the SNI listener's certificate (it names gateway.sluice.test).
    admin: {
      port: adminPort,
      insecureDemo: true,
      users: [{ name: 'admin', role: 'admin', password: 'conduktor' }],
    },
    policyStore: { kind: 'local', dir: join(dir, 'state') },
    policies: {
      dir: join(REPO_ROOT, 'policies'),
      deployments: [
        {
          id: 'orders-schema',
          file: 'json-schema.ts',
          scope: { topics: ['orders'] },
          config: {
            schemas: {
              orders: {
                type: 'object',
                required: ['id', 'amount'],
                properties: { id: { type: 'string' }, amount: { type: 'number', minimum: 0 } },
              },
            },
          },
        },
      ],
    },
  }),
);

// The gateway runs as its own process, as in production; its pino log goes to a file.
const logFile = join(dir, 'sluice.log');
const log = createWriteStream(logFile);
gateway = spawn(
  process.execPath,
  ['--no-node-snapshot', join(REPO_ROOT, 'bin/sluice.ts'), 'start', '--config', configFile],
  {
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
gateway.stderr?.pipe(log);
const ready = await new Promise<boolean>((resolve) => {
  let seen = '';
  gateway?.stdout?.on('data', (chunk: Buffer) => {
    log.write(chunk);
    if (!seen.includes('sluice started')) {
      seen += chunk.toString();
      if (seen.includes('sluice started')) resolve(true);
    }
  });
  gateway?.once('exit', () => resolve(false));
});
if (!ready) await fail(`Sluice did not start; see ${logFile}`);
gateway.once('exit', (code) => void shutdown(`Sluice exited (code ${code}); see ${logFile}`, 1));

// Client settings: SASL_SSL through the SNI port (hostnames resolved through our hosts file),
// SASL_PLAINTEXT through the plain port. SASL itself passes through Sluice to the brokers.
const names = [bootstrapHost, ...Array.from({ length: brokers + 3 }, (_, i) => brokerHost(i))];
const hostsFile = writeHostsFile(join(dir, 'hosts'), names);
const jaas = `org.apache.kafka.common.security.scram.ScramLoginModule required username="${USERS.admin.username}" password="${USERS.admin.password}";`;
const sniProps = join(dir, 'client-sni.properties');
writeFileSync(
  sniProps,
  [
    'security.protocol=SASL_SSL',
    'sasl.mechanism=SCRAM-SHA-512',
    `sasl.jaas.config=${jaas}`,
    `ssl.truststore.location=${cluster.tls.truststore}`,
    `ssl.truststore.type=PKCS12`,
    `ssl.truststore.password=${STORE_PASSWORD}`,
    '',
  ].join('\n'),
);
const plainProps = join(dir, 'client-port.properties');
writeFileSync(
  plainProps,
  ['security.protocol=SASL_PLAINTEXT', 'sasl.mechanism=SCRAM-SHA-512', `sasl.jaas.config=${jaas}`, ''].join(
    '\n',
  ),
);
const viaPort = `127.0.0.1:${plainPort}`;
const viaSni = `${bootstrapHost}:${sniPort}`;
try {
  await runKafkaToolOk('kafka-topics', [
    '--bootstrap-server',
    viaPort,
    '--command-config',
    plainProps,
    '--create',
    '--if-not-exists',
    '--topic',
    'orders',
    '--partitions',
    '3',
  ]);
} catch (error) {
  await fail(`could not create the orders topic through Sluice: ${String(error)}`);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const bin = (tool: string) => relative(process.cwd(), join(REPO_ROOT, 'rig/bin', tool)) || tool;
const inNamespace = `unshare -m sh -c 'mount --bind ${hostsFile} /etc/hosts && exec "$@"' sh`;
process.stdout.write(`
Sluice is up in front of Kafka (${seconds}s). Files: ${dir}

  SNI listener (TLS)   ${viaSni}, brokers at ${brokerHost('<id>')}:${sniPort}
  port listener        ${viaPort} (brokers at ${plainPort + 1}…), SASL_PLAINTEXT
  policy               orders-schema (policies/json-schema.ts) on topic "orders": {"id": string, "amount": number ≥ 0}
  users                ${USERS.admin.username}/${USERS.admin.password}, ${USERS.alice.username}/${USERS.alice.password} (SCRAM-SHA-512 and PLAIN, checked by the brokers)
  admin API            https://${bootstrapHost}:${adminPort} (admin/conduktor; docs/admin-api.md)
  log                  ${logFile}

Try, through the port listener:
  echo '{"id":"a1","amount":12.5}' | ${bin('kafka-console-producer')} --bootstrap-server ${viaPort} --command-config ${plainProps} --topic orders
  echo '{"id":"a2"}' | ${bin('kafka-console-producer')} --bootstrap-server ${viaPort} --command-config ${plainProps} --topic orders --sync
      (refused by the policy: InvalidRecordException: value must have required property 'amount')
  ${bin('kafka-console-consumer')} --bootstrap-server ${viaPort} --command-config ${plainProps} --topic orders --from-beginning --max-messages 1

Admin API (HTTPS, demo login admin/conduktor):
  curl --resolve ${bootstrapHost}:${adminPort}:127.0.0.1 --cacert ${cluster.tls.caFile} --user admin:conduktor https://${bootstrapHost}:${adminPort}/gateway/v2/interceptor?global=false
  SLUICE_ADMIN_URL=https://127.0.0.1:${adminPort} SLUICE_ADMIN_CA=${cluster.tls.caFile} SLUICE_ADMIN_USER=admin SLUICE_ADMIN_PASSWORD=conduktor \\
    ./node_modules/.bin/node --no-node-snapshot bin/sluice.ts policy list

Through the SNI listener, with the hostnames resolved in a private namespace (needs root for unshare;
or map ${bootstrapHost} and ${brokerHost('N')} to 127.0.0.1 in your own resolver):
  SLUICE_HOSTS_FILE=${hostsFile} ${bin('kafka-topics')} --bootstrap-server ${viaSni} --command-config ${sniProps} --list
  ${inNamespace} kcat -b ${viaSni} -X security.protocol=SASL_SSL -X sasl.mechanisms=PLAIN -X sasl.username=alice -X sasl.password=alice-secret -X ssl.ca.location=${cluster.tls.caFile} -L

Ctrl-C stops Sluice and Kafka and deletes their data.
`);

// Child processes do not hold the event loop; this process lives until a signal, and notices
// a broker that died on its own.
setInterval(() => {
  const dead = cluster?.brokers.find((b) => !b.running);
  if (dead) void shutdown(`broker ${dead.id} exited unexpectedly; see ${dead.logFile}`, 1);
}, 1000);
