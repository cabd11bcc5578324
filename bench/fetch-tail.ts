// What the streamed NodeEndpoints rewrite of Fetch v16+ costs the gateway's CPU: the same Fetch
// v17 response pushed through FrameStream in 64 KiB chunks, streamed as it is (what Fetch v15
// got) and through the broker-addresses filter's streamed rewrite (walk to the tagged fields,
// pad them to the reserve). CPU time of this process, no sockets.
// Usage: node --no-node-snapshot bench/fetch-tail.ts [partitions] [record bytes per partition]
import { FrameStream } from '../gateway/connection/frame-stream.ts';
import { brokerAddresses } from '../gateway/filters/broker-addresses.ts';
import { MetadataCache } from '../gateway/routing/metadata-cache.ts';
import { PortRouter } from '../gateway/routing/port-router.ts';
import { encodeResponseFrame } from '../kafka/messages.ts';
import { chainOf } from '../test/kit/chain.ts';
import { head } from '../test/kit/context.ts';

const partitions = Number(process.argv[2] ?? 6);
const recordBytes = Number(process.argv[3] ?? 170_000);
const cache = new MetadataCache();
cache.observe([0, 1, 2].map((nodeId) => ({ nodeId, host: '127.0.0.1', port: 9092 + nodeId })));
const advertised = new PortRouter({ port: 19000, advertisedHost: '127.0.0.1', brokerPortBase: 19001 });
const exchange = chainOf([brokerAddresses({ advertised, cache })]).exchangeFor(head(1, 17, 1), true);
const wire = encodeResponseFrame(
  1,
  17,
  { correlationId: 1 },
  {
    throttleTimeMs: 0,
    errorCode: 0,
    sessionId: 1,
    responses: [
      {
        topicId: '2b0e7f3c-2a4e-4b8e-9d0a-5a1b2c3d4e5f',
        partitions: Array.from({ length: partitions }, (_, i) => ({
          partitionIndex: i,
          errorCode: 0,
          highWatermark: 100n,
          lastStableOffset: 100n,
          logStartOffset: 0n,
          abortedTransactions: [],
          preferredReadReplica: -1,
          records: Buffer.alloc(recordBytes, 7),
        })),
      },
    ],
  },
);
const chunks: Buffer[] = [];
for (let i = 0; i < wire.length; i += 65536) chunks.push(wire.subarray(i, i + 65536));

/** CPU seconds to push `responses` responses through, streamed plain or rewritten. */
function cpuSeconds(rewrite: boolean, responses: number): number {
  let out = 0;
  const stream = new FrameStream({
    maxFrameSize: 1 << 26,
    headBytes: 4,
    decide: () => (rewrite ? exchange.rewriteStreamed!() : 'stream'),
    onBytes: (b) => {
      out += b.length;
    },
    onFrame: () => {},
  });
  const start = process.cpuUsage();
  for (let r = 0; r < responses; r++) for (const c of chunks) stream.push(c);
  const used = process.cpuUsage(start);
  if (out < wire.length * responses) throw new Error('bytes went missing');
  return (used.user + used.system) / 1e6;
}

const responses = Math.ceil(2e9 / wire.length);
const gb = (wire.length * responses) / 1e9;
for (let round = 0; round < 3; round++) {
  const plain = cpuSeconds(false, responses);
  const rewritten = cpuSeconds(true, responses);
  console.log(
    `${partitions} partitions × ${recordBytes} B (${wire.length} B per response), ${responses} responses: ` +
      `streamed ${((plain / gb) * 1000).toFixed(1)} CPU-ms/GB, rewritten ${((rewritten / gb) * 1000).toFixed(1)} CPU-ms/GB, ` +
      `${(((rewritten - plain) / responses) * 1e6).toFixed(2)} µs more per response`,
  );
}
