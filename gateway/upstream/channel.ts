// Sluice's own request/response channel to one upstream broker, for what Sluice asks itself
// (metadata, the policy store): dialled through the same dialer as client traffic (so the
// same TLS), authenticated with the configured upstream SASL credentials when there are some
// (client credentials are never reused), one request at a time.
import type { Socket } from 'node:net';
import type { ApiKey, RequestOf, ResponseOf } from '../../kafka/apis.ts';
import { API_KEYS } from '../../kafka/apis.ts';
import { FrameDecoder } from '../../kafka/frame.ts';
import { decodeResponseFrame, encodeRequestFrame } from '../../kafka/messages.ts';
import type { UpstreamSaslConfig } from '../config/schema.ts';
import { GatewayError } from '../errors.ts';
import type { HostPort } from '../routing/route.ts';
import type { UpstreamDialer } from './dialer.ts';
import { ScramClient } from './scram-client.ts';

const SASL_HANDSHAKE = { key: API_KEYS.SaslHandshake, version: 1 };
const SASL_AUTHENTICATE = { key: API_KEYS.SaslAuthenticate, version: 2 };

export interface ChannelOptions {
  dialer: UpstreamDialer;
  sasl: UpstreamSaslConfig | undefined;
  requestTimeoutMs: number;
  clientId: string;
}

export class UpstreamChannel {
  readonly #socket: Socket;
  readonly #frames = new FrameDecoder();
  readonly #clientId: string;
  readonly #timeoutMs: number;
  #waiting: ((frame: Buffer) => void) | undefined;
  #failed: ((err: Error) => void) | undefined;
  #correlationId = 0;
  #closed = false;

  private constructor(socket: Socket, opts: ChannelOptions) {
    this.#socket = socket;
    this.#clientId = opts.clientId;
    this.#timeoutMs = opts.requestTimeoutMs;
    socket.on('data', (chunk: Buffer) => {
      for (const frame of this.#frames.push(chunk)) this.#waiting?.(frame);
    });
    const fail = (err?: Error) => {
      this.#closed = true;
      this.#failed?.(err ?? new Error('upstream closed the connection'));
    };
    socket.on('error', fail);
    socket.on('close', () => fail());
  }

  /** Connects to `address` and authenticates; the channel is ready for requests. */
  static async open(address: HostPort, opts: ChannelOptions): Promise<UpstreamChannel> {
    const ch = new UpstreamChannel(await opts.dialer.connectTo(address), opts);
    try {
      if (opts.sasl) await ch.#authenticate(opts.sasl);
    } catch (err) {
      ch.close();
      throw err;
    }
    return ch;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** One request; `timeoutMs` for a request the broker holds on purpose (a long-polling Fetch). */
  request<K extends ApiKey>(
    api: { key: K; version: number },
    body: RequestOf<K>,
    timeoutMs = this.#timeoutMs,
  ): Promise<ResponseOf<K>> {
    const correlationId = ++this.#correlationId;
    const frame = encodeRequestFrame(
      { requestApiKey: api.key, requestApiVersion: api.version, correlationId, clientId: this.#clientId },
      body,
    );
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no answer within ${timeoutMs} ms`));
        this.close();
      }, timeoutMs);
      this.#failed = (err) => {
        clearTimeout(timer);
        reject(err);
      };
      this.#waiting = (frame) => {
        clearTimeout(timer);
        this.#failed = undefined;
        if (frame.readInt32BE(0) !== correlationId) {
          reject(new Error('unexpected correlation id from upstream'));
          this.close();
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

  /** Closes the socket; a request still waiting fails at once rather than at its timeout. */
  close(): void {
    this.#closed = true;
    const waiting = this.#failed;
    this.#failed = undefined;
    this.#socket.destroy();
    waiting?.(new Error('channel closed'));
  }

  async #authenticate(sasl: UpstreamSaslConfig): Promise<void> {
    const hs = await this.request(SASL_HANDSHAKE, { mechanism: sasl.mechanism });
    if (hs.errorCode !== 0)
      throw new Error(`SASL mechanism ${sasl.mechanism} refused (error ${hs.errorCode})`);
    const auth = async (bytes: Buffer): Promise<Buffer> => {
      const res = await this.request(SASL_AUTHENTICATE, { authBytes: bytes });
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
}
