// Sluice's own connection to the upstream cluster, used only to ask for its brokers (on
// start-up and when a client names a node id the cache has not seen). It authenticates with
// the configured SASL credentials when there are some; client credentials are never reused.
import type { Socket } from 'node:net';
import { API_KEYS, type ApiKey, type RequestOf, type ResponseOf } from '../../kafka/apis.ts';
import { FrameDecoder } from '../../kafka/frame.ts';
import { decodeResponseFrame, encodeRequestFrame } from '../../kafka/messages.ts';
import type { UpstreamSaslConfig } from '../config/schema.ts';
import { GatewayError } from '../errors.ts';
import type { UpstreamBroker } from '../routing/metadata-cache.ts';
import type { HostPort } from '../routing/route.ts';
import type { UpstreamDialer } from './dialer.ts';
import { ScramClient } from './scram-client.ts';

const METADATA = { key: API_KEYS.Metadata, version: 12 };
const SASL_HANDSHAKE = { key: API_KEYS.SaslHandshake, version: 1 };
const SASL_AUTHENTICATE = { key: API_KEYS.SaslAuthenticate, version: 2 };
const CLIENT_ID = 'sluice-metadata';

export interface UpstreamMetadataOptions {
  dialer: UpstreamDialer;
  bootstrap: HostPort[];
  sasl: UpstreamSaslConfig | undefined;
  requestTimeoutMs: number;
}

/** A small request/response channel over one socket (one request at a time). */
class Channel {
  #socket: Socket;
  #frames = new FrameDecoder();
  #waiting: ((frame: Buffer) => void) | undefined;
  #failed: ((err: Error) => void) | undefined;
  #correlationId = 0;
  #timeoutMs: number;

  constructor(socket: Socket, timeoutMs: number) {
    this.#socket = socket;
    this.#timeoutMs = timeoutMs;
    socket.on('data', (chunk: Buffer) => {
      for (const frame of this.#frames.push(chunk)) this.#waiting?.(frame);
    });
    const fail = (err?: Error) => this.#failed?.(err ?? new Error('upstream closed the connection'));
    socket.on('error', fail);
    socket.on('close', () => fail());
  }

  request<K extends ApiKey>(api: { key: K; version: number }, body: RequestOf<K>): Promise<ResponseOf<K>> {
    const correlationId = ++this.#correlationId;
    const frame = encodeRequestFrame(
      { requestApiKey: api.key, requestApiVersion: api.version, correlationId, clientId: CLIENT_ID },
      body,
    );
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no answer within ${this.#timeoutMs} ms`)),
        this.#timeoutMs,
      );
      this.#failed = (err) => {
        clearTimeout(timer);
        reject(err);
      };
      this.#waiting = (frame) => {
        clearTimeout(timer);
        if (frame.readInt32BE(0) !== correlationId) {
          reject(new Error('unexpected correlation id from upstream'));
          return;
        }
        try {
          resolve(decodeResponseFrame(frame, api.key, api.version).body);
        } catch (err) {
          reject(err);
        }
      };
      this.#socket.write(frame);
    });
  }

  close(): void {
    this.#failed = undefined;
    this.#socket.destroy();
  }
}

export class UpstreamMetadataClient {
  #opts: UpstreamMetadataOptions;

  constructor(opts: UpstreamMetadataOptions) {
    this.#opts = opts;
  }

  async #authenticate(ch: Channel, sasl: UpstreamSaslConfig): Promise<void> {
    const hs = await ch.request(SASL_HANDSHAKE, { mechanism: sasl.mechanism });
    if (hs.errorCode !== 0)
      throw new Error(`SASL mechanism ${sasl.mechanism} refused (error ${hs.errorCode})`);
    const auth = async (bytes: Buffer): Promise<Buffer> => {
      const res = await ch.request(SASL_AUTHENTICATE, { authBytes: bytes });
      if (res.errorCode !== 0) {
        throw new GatewayError(
          'SLUICE_UPSTREAM_AUTH',
          `upstream refused Sluice's credentials: ${res.errorMessage}`,
        );
      }
      return res.authBytes;
    };
    if (sasl.mechanism === 'PLAIN') {
      await auth(Buffer.from(`\0${sasl.username}\0${sasl.password}`));
      return;
    }
    const scram = new ScramClient(sasl.mechanism, sasl.username, sasl.password);
    const serverFirst = await auth(scram.clientFirst());
    scram.verifyServerFinal(await auth(scram.clientFinal(serverFirst)));
  }

  /** Ask one bootstrap server after another until one answers. */
  async fetchBrokers(): Promise<UpstreamBroker[]> {
    let last: unknown;
    for (const address of this.#opts.bootstrap) {
      let ch: Channel | undefined;
      try {
        ch = new Channel(await this.#opts.dialer.connectTo(address), this.#opts.requestTimeoutMs);
        if (this.#opts.sasl) await this.#authenticate(ch, this.#opts.sasl);
        const res = await ch.request(METADATA, {
          topics: [],
          allowAutoTopicCreation: false,
          includeTopicAuthorizedOperations: false,
        });
        return res.brokers.map((b) => ({ nodeId: b.nodeId, host: b.host, port: b.port }));
      } catch (err) {
        last = err;
      } finally {
        ch?.close();
      }
    }
    throw new GatewayError(
      'SLUICE_METADATA_UNAVAILABLE',
      `no upstream bootstrap server answered a Metadata request (${last instanceof Error ? last.message : String(last)})`,
      {
        cause: last,
        canRetry: true,
      },
    );
  }
}
