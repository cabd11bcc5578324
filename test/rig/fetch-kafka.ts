// CLI: fetch the rig's Kafka jars into .cache/kafka/<version>/libs (a no-op when cached).
// Usage: node test/rig/fetch-kafka.ts      (prints the libs directory and how long it took)
import { ensureKafkaJars, isKafkaFetched, KAFKA_VERSION } from './kafka-dist.ts';

const started = performance.now();
const cached = isKafkaFetched();
try {
  const dist = ensureKafkaJars();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `Kafka ${KAFKA_VERSION} jars ${cached ? 'already cached' : `fetched in ${seconds}s`}: ${dist.libsDir}\n`,
  );
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
