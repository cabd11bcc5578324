// A bare Kafka client connection for load and fault tests: sends one Produce at a time and
// resolves with what its first partition was answered, so a test can time each request on its
// own (no client library batching, lingering or retrying behind its back).
import { connect, type Socket } from 'node:net';
import { FrameDecoder } from '../../../kafka/frame.ts';
import type { ProduceResponse } from '../../../kafka/generated/produce.ts';
import { decodeResponseFrame, encodeRequestFrame } from '../../../kafka/messages.ts';

const PRODUCE_VERSION = 9;

export interface ProduceAnswer {
  /** The error code of each partition, in the order they were sent. */
  errorCodes: number[];
  /** From the request's write to its answer. */
  ms: number;
}

export class ProduceClient {
  readonly socket: Socket;
  readonly #frames = new FrameDecoder({ maxFrameSize: 1 << 30 });
  #correlationId = 0;
  #answer: { resolve: (frame: Buffer) => void; reject: (e: Error) => void } | undefined;
  closed = false;
  /** Resolves once connected (listened for from the start: the connect may come before anyone asks). */
  readonly opened: Promise<void>;

  constructor(port: number, localAddress = '127.0.0.1', onClose: () => void = () => {}) {
    this.socket = connect({ port, host: '127.0.0.1', localAddress });
    this.socket.setNoDelay(true);
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('error', reject);
    });
    this.socket.on('data', (chunk) => {
      for (const frame of this.#frames.push(chunk)) this.#answer?.resolve(frame);
    });
    this.socket.on('error', () => {});
    this.socket.on('close', () => {
      this.closed = true;
      this.#answer?.reject(new Error('connection closed'));
      onClose();
    });
  }

  /** Sends one Produce (acks=1) of `batches` to partitions 0, 1, … of `topic` and waits for its answer. */
  async produce(topic: string, batches: Buffer[]): Promise<ProduceAnswer> {
    const correlationId = ++this.#correlationId;
    const frame = encodeRequestFrame(
      { requestApiKey: 0, requestApiVersion: PRODUCE_VERSION, correlationId, clientId: 'produce-client' },
      {
        transactionalId: null,
        acks: 1,
        timeoutMs: 30_000,
        topicData: [{ name: topic, partitionData: batches.map((records, index) => ({ index, records })) }],
      },
    );
    const answered = new Promise<Buffer>((resolve, reject) => {
      this.#answer = { resolve, reject };
    });
    const started = performance.now();
    this.socket.write(frame);
    const res = decodeResponseFrame(await answered, 0, PRODUCE_VERSION).body as ProduceResponse;
    const ms = performance.now() - started;
    return { errorCodes: res.responses[0]?.partitionResponses.map((p) => p.errorCode) ?? [], ms };
  }

  close(): void {
    this.socket.destroy();
  }
}
