// Runs the benchmarks: `npm run bench` runs all of them, `npm run bench -- NAME` one of them.
import { run as controlPlane } from './control-plane.ts';
import { run as crc32c } from './crc32c.ts';
import { run as gatewayPolicyBatch } from './gateway-policy-batch.ts';
import { run as gatewayThroughput } from './gateway-throughput.ts';
import { run as peerCompare } from './peer-compare.ts';
import { run as protocolBatch } from './protocol-batch.ts';

const benches: Record<string, () => void | Promise<void>> = {
  'protocol-batch': protocolBatch,
  crc32c,
  // A policy's cost per partition batch, no sockets or broker (a sandbox worker, ~30 s).
  'gateway-policy-batch': () => gatewayPolicyBatch(),
  // Minutes long: a real Kafka cluster, direct vs through Sluice (docs/benchmarks.md).
  'gateway-throughput': gatewayThroughput,
  // A few minutes, real Kafka: push-to-live latency (1 and 3 replicas), throughput while pushing.
  'control-plane': controlPlane,
  // About 16 minutes, real Kafka: direct / Sluice / Kroxylicious side by side (docs/benchmarks.md).
  'peer-compare': () => peerCompare([]),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
for (const name of wanted.length > 0 ? wanted : Object.keys(benches)) await benches[name]();
