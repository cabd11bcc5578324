// Asks one broker which brokers it knows, with a hand-written Metadata v1 request over
// PLAINTEXT. The rig uses it to wait until a cluster really serves requests; it is written
// here rather than taken from kafka/ so that a broken codec can never make the rig
// itself look broken.
//
// Metadata v1 request:  topics ARRAY(INT32 count, 0 = no topics)
// Metadata v1 response: brokers ARRAY(node_id INT32, host STRING, port INT32, rack NULLABLE_STRING)
//                       controller_id INT32, topics … (ignored)
import { connect } from 'node:net';

const METADATA_API_KEY = 3;
const METADATA_VERSION = 1;
const CLIENT_ID = 'sluice-rig-probe';

export interface ProbedBroker {
  nodeId: number;
  host: string;
  port: number;
}

function metadataRequest(correlationId: number): Buffer {
  const clientId = Buffer.from(CLIENT_ID, 'utf8');
  const body = Buffer.alloc(2 + 2 + 4 + 2 + clientId.length + 4);
  let at = 0;
  at = body.writeInt16BE(METADATA_API_KEY, at);
  at = body.writeInt16BE(METADATA_VERSION, at);
  at = body.writeInt32BE(correlationId, at);
  at = body.writeInt16BE(clientId.length, at);
  at += clientId.copy(body, at);
  body.writeInt32BE(0, at);
  const size = Buffer.alloc(4);
  size.writeInt32BE(body.length, 0);
  return Buffer.concat([size, body]);
}

function parseBrokers(response: Buffer, correlationId: number): ProbedBroker[] {
  let at = 0;
  if (response.readInt32BE(at) !== correlationId) throw new Error('correlation id mismatch');
  at += 4;
  const count = response.readInt32BE(at);
  at += 4;
  const brokers: ProbedBroker[] = [];
  for (let i = 0; i < count; i++) {
    const nodeId = response.readInt32BE(at);
    at += 4;
    const hostLength = response.readInt16BE(at);
    at += 2;
    const host = response.toString('utf8', at, at + hostLength);
    at += hostLength;
    const port = response.readInt32BE(at);
    at += 4;
    const rackLength = response.readInt16BE(at);
    at += 2 + Math.max(rackLength, 0);
    brokers.push({ nodeId, host, port });
  }
  return brokers;
}

/** The brokers that the broker at host:port reports as alive. Rejects on any failure. */
export function probeBrokers(host: string, port: number, timeoutMs = 2000): Promise<ProbedBroker[]> {
  const correlationId = 1 + Math.floor(Math.random() * 1_000_000);
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    let received = Buffer.alloc(0);
    const timer = setTimeout(() => socket.destroy(new Error(`no metadata from ${host}:${port}`)), timeoutMs);
    socket.on('connect', () => socket.write(metadataRequest(correlationId)));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4) return;
      const size = received.readInt32BE(0);
      if (received.length < 4 + size) return;
      clearTimeout(timer);
      socket.destroy();
      try {
        resolve(parseBrokers(received.subarray(4, 4 + size), correlationId));
      } catch (error) {
        reject(error);
      }
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      reject(new Error(`connection to ${host}:${port} closed before a metadata response`));
    });
  });
}
