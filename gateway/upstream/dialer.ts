// Opens the upstream half of a connection pair. The address always comes from the
// configured bootstrap servers or from upstream metadata, never from the client.
import { isIP, type OnReadOpts, type Socket, connect as tcpConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { GatewayError } from '../errors.ts';
import type { MetadataCache } from '../routing/metadata-cache.ts';
import { formatHostPort, type HostPort, type Route } from '../routing/route.ts';
import type { UpstreamTlsOptions } from '../tls/upstream-options.ts';

export interface DialerOptions {
  bootstrap: HostPort[];
  tls: UpstreamTlsOptions | undefined;
  connectTimeoutMs: number;
  cache: MetadataCache;
}

export class UpstreamDialer {
  #opts: DialerOptions;
  // Rotates through the bootstrap servers so that one dead server does not stall every client.
  #next = 0;

  constructor(opts: DialerOptions) {
    this.#opts = opts;
  }

  get tlsOptions(): UpstreamTlsOptions | undefined {
    return this.#opts.tls;
  }

  /**
   * Connect to one address; resolves once TCP (and TLS, if configured) is up. With
   * `onread`, a PLAINTEXT socket delivers its data through it (no 'data' events); a TLS
   * socket ignores it and emits 'data' as usual.
   */
  connectTo(addr: HostPort, onread?: OnReadOpts): Promise<Socket> {
    const { tls, connectTimeoutMs } = this.#opts;
    return new Promise((resolve, reject) => {
      const socket: Socket = tls
        ? tlsConnect({
            ...tls,
            host: addr.host,
            port: addr.port,
            servername: isIP(addr.host) ? undefined : addr.host,
          })
        : tcpConnect({
            host: addr.host,
            port: addr.port,
            onread,
          });
      socket.setNoDelay(true);
      const timer = setTimeout(() => {
        socket.destroy(new Error(`connect timed out after ${connectTimeoutMs} ms`));
      }, connectTimeoutMs);
      const fail = (cause: Error) => {
        clearTimeout(timer);
        socket.destroy();
        reject(
          new GatewayError(
            'SLUICE_UPSTREAM_UNREACHABLE',
            `upstream ${formatHostPort(addr)}: ${cause.message}`,
            {
              cause,
              canRetry: true,
              details: { upstream: formatHostPort(addr) },
            },
          ),
        );
      };
      socket.once('error', fail);
      socket.once(tls ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        socket.off('error', fail);
        resolve(socket);
      });
    });
  }

  /** Bootstrap: the configured servers in turn; broker: the address metadata reported. */
  async dial(route: Route, onread?: OnReadOpts): Promise<{ socket: Socket; address: HostPort }> {
    if (route.kind === 'broker') {
      const address = await this.#opts.cache.resolve(route.nodeId);
      return { socket: await this.connectTo(address, onread), address };
    }
    const servers = this.#opts.bootstrap;
    let last: unknown;
    for (let i = 0; i < servers.length; i++) {
      const address = servers[(this.#next + i) % servers.length];
      try {
        const socket = await this.connectTo(address, onread);
        this.#next = (this.#next + i + 1) % servers.length;
        return { socket, address };
      } catch (err) {
        last = err;
      }
    }
    throw last;
  }
}
