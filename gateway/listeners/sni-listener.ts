// SNI routing: one TLS port; the name the client asked for picks the bootstrap or a broker.
// Unknown names are refused during the handshake (before any Kafka byte), with one log line.
import { createServer, type Server, type TLSSocket } from 'node:tls';
import type { Logger } from 'pino';
import type { SniListenerConfig } from '../config/schema.ts';
import type { Filter } from '../pipeline/filter.ts';
import { SniRouter } from '../routing/sni-router.ts';
import type { CertificateReloader } from '../tls/reloader.ts';
import { serverContextOptions } from '../tls/server-context.ts';
import { acceptClient, clientAddress, type ListenerDeps } from './accept.ts';
import { closeServer, listen } from './listen.ts';

export class SniListener {
  readonly config: SniListenerConfig;
  readonly router: SniRouter;
  #deps: ListenerDeps;
  #log: Logger;
  #filters: () => Filter[];
  #server: Server;
  #port = 0;

  constructor(config: SniListenerConfig, deps: ListenerDeps, reloader?: CertificateReloader) {
    this.config = config;
    this.router = new SniRouter(config);
    this.#deps = deps;
    this.#log = deps.log.child({ listener: config.name });
    this.#filters = deps.filtersFor(config.name, this.router);
    const tls = config.tls;
    this.#server = createServer({
      ...serverContextOptions(tls),
      requestCert: tls.clientAuth !== 'none',
      rejectUnauthorized: tls.clientAuth === 'required',
      SNICallback: (name, cb) => this.#checkName(name, cb),
    });
    this.#server.on('secureConnection', (socket: TLSSocket) => this.#onSecure(socket));
    this.#server.on('tlsClientError', (err, socket) => {
      // Unknown names were logged by #checkName already.
      if (!/unknown server name/.test(String(err.message)) && !/SNI/.test(String(err.message))) {
        this.#log.info({ client: clientAddress(socket), reason: err.message }, 'refused TLS handshake');
      }
    });
    // A server error after listening (e.g. out of file descriptors) must not end the process.
    this.#server.on('error', (err: Error) => this.#log.error({ err: err.message }, 'listener error'));
    reloader?.attach(this.#server);
  }

  #checkName(name: string, cb: (err: Error | null, ctx?: undefined) => void): void {
    const route = this.router.route(name);
    if (!route) {
      this.#log.warn(
        { serverName: name, code: 'SLUICE_ROUTE_UNKNOWN_HOST' },
        'refused connection: unknown SNI name',
      );
      cb(new Error('unknown server name'));
      return;
    }
    if (route.kind === 'bootstrap') {
      cb(null);
      return;
    }
    // A broker name: the node id must be one the upstream cluster reports (refresh once).
    this.#deps.cache.resolve(route.nodeId).then(
      () => cb(null),
      (err: { code?: string; message?: string }) => {
        this.#log.warn(
          { serverName: name, nodeId: route.nodeId, code: err.code ?? 'SLUICE_ROUTE_UNKNOWN_NODE' },
          'refused connection: SNI name names no upstream broker',
        );
        cb(new Error('unknown server name: no such broker'));
      },
    );
  }

  #onSecure(socket: TLSSocket): void {
    const name = typeof socket.servername === 'string' ? socket.servername : undefined;
    const route = this.router.route(name);
    if (!route) {
      this.#log.warn(
        { client: clientAddress(socket), code: 'SLUICE_ROUTE_NO_SNI' },
        'refused connection: no SNI name (clients must connect by host name)',
      );
      socket.destroy();
      return;
    }
    acceptClient(socket, route, this.config.name, this.#filters, this.#deps, this.config.maxFrameBytes, name);
  }

  async start(): Promise<void> {
    this.#port = await listen(this.#server, this.config.host, this.config.port);
    this.#log.info(
      {
        bind: `${this.config.host}:${this.#port}`,
        bootstrap: this.config.bootstrapHost,
        brokers: this.config.brokerHostPattern,
      },
      'sni listener ready',
    );
  }

  /** The bound port (useful when the config asked for port 0). */
  get port(): number {
    return this.#port;
  }

  async stop(): Promise<void> {
    await closeServer(this.#server);
  }
}
