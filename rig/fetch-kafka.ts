// CLI: fetch the rig's Kafka jars into .cache/kafka/<version>/libs (a no-op when cached).
// Usage: node rig/fetch-kafka.ts [VERSION...]   (default: the pinned KAFKA_VERSION and the
// other versions the integration suite's broker matrix runs; prints each libs directory)
import { ensureKafkaJars, isKafkaFetched, KAFKA_MATRIX, KAFKA_VERSION } from './kafka-dist.ts';

const versions = process.argv.length > 2 ? process.argv.slice(2) : [KAFKA_VERSION, ...KAFKA_MATRIX];
for (const version of new Set(versions)) {
  const started = performance.now();
  const cached = isKafkaFetched(version);
  try {
    const dist = ensureKafkaJars(version);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `Kafka ${version} jars ${cached ? 'already cached' : `fetched in ${seconds}s`}: ${dist.libsDir}\n`,
    );
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
