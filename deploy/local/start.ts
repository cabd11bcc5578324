// `npm start`: runs Sluice's local default. For now that is a 1-broker Kafka from the test rig
// (the gateway joins it in front later); prints where to connect and commands to try, and
// stops everything, deleting its data, on Ctrl-C or SIGTERM.
// Usage: npm start [-- --brokers 3]
import { relative } from 'node:path';
import { type KafkaCluster, startCluster, USERS } from '../../test/rig/kafka-cluster.ts';
import { KAFKA_VERSION, REPO_ROOT } from '../../test/rig/kafka-dist.ts';

const brokersArg = process.argv.indexOf('--brokers');
const brokers = brokersArg === -1 ? 1 : Number(process.argv[brokersArg + 1]);
if (brokers !== 1 && brokers !== 3) {
  process.stderr.write('usage: npm start [-- --brokers 1|3]\n');
  process.exit(2);
}

let cluster: KafkaCluster | undefined;
let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`\n${signal}: stopping Kafka…\n`);
  // Before the cluster exists, exiting is enough: the rig kills what it started on exit.
  await cluster?.stop();
  process.exit(0);
}
// Registered before the cluster starts, so the rig leaves these signals to us.
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const started = performance.now();
process.stderr.write(`Starting a ${brokers}-broker Apache Kafka ${KAFKA_VERSION} (KRaft) on 127.0.0.1…\n`);
try {
  cluster = await startCluster({ brokers });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const bin = (tool: string) => relative(process.cwd(), `${REPO_ROOT}/test/rig/bin/${tool}`) || tool;
const { bootstrap, clientConfig, tls } = cluster;

process.stdout.write(`
Kafka is up (${seconds}s). Data and logs: ${cluster.dir}

  PLAINTEXT bootstrap  ${bootstrap.plaintext}
  SASL_SSL bootstrap   ${bootstrap.saslSsl}
  users                ${USERS.admin.username}/${USERS.admin.password}, ${USERS.alice.username}/${USERS.alice.password} (SASL/PLAIN and SCRAM-SHA-512)
  CA certificate       ${tls.caFile}
  client properties    ${clientConfig.scram}  (SCRAM-SHA-512, admin)
                       ${clientConfig.plain}  (PLAIN, admin)

Try:
  ${bin('kafka-topics')} --bootstrap-server ${bootstrap.saslSsl} --command-config ${clientConfig.scram} --create --topic demo --partitions 3
  seq 5 | ${bin('kafka-console-producer')} --bootstrap-server ${bootstrap.saslSsl} --producer.config ${clientConfig.scram} --topic demo
  ${bin('kafka-console-consumer')} --bootstrap-server ${bootstrap.plaintext} --topic demo --from-beginning --max-messages 5
  kcat -b ${bootstrap.saslSsl} -X security.protocol=SASL_SSL -X sasl.mechanisms=PLAIN -X sasl.username=alice -X sasl.password=alice-secret -X ssl.ca.location=${tls.caFile} -C -t demo -e

Ctrl-C stops Kafka and deletes its data.
`);

// Child processes do not hold the event loop (so a test that forgets stop() still exits);
// this process lives until a signal, and notices a broker that died on its own.
setInterval(() => {
  const dead = cluster?.brokers.find((b) => !b.running);
  if (dead && !stopping) {
    process.stderr.write(`broker ${dead.id} exited unexpectedly; see ${dead.logFile}\n`);
    stopping = true;
    void cluster?.stop().then(() => process.exit(1));
  }
}, 1000);
