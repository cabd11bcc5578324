// SNI routing: one TLS port; the name the client asked for picks the bootstrap or a broker.
// The port is a plain TCP server that reads the ClientHello's SNI name first: an unknown name
// is refused with a TLS `unrecognized_name` alert (before any Kafka byte), with one log line;
// a known one is handed to the TLS server with the bytes read so far.
import { createServer as createTcpServer, type Socket, type Server as TcpServer } from 'node:net';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import type { Logger } from 'pino';
import type { SniListenerConfig } from '../config/schema.ts';
import type { Filter } from '../pipeline/filter.ts';
import { SniRouter } from '../routing/sni-router.ts';
import { peekClientHello, UNRECOGNIZED_NAME_ALERT } from '../tls/client-hello.ts';
import type { CertificateReloader } from '../tls/reloader.ts';
import { serverContextOptions } from '../tls/server-context.ts';
import { acceptClient, clientAddress, type ListenerDeps } from './accept.ts';
import { closeServer, listen } from './listen.ts';
import { withPooledTlsReads } from './pooled-accept.ts';

export class SniListener {
  readonly config: SniListenerConfig;
  readonly router: SniRouter;
  #deps: ListenerDeps;
  #log: Logger;
  #filters: () => Filter[];
  #server: Server;
  #tcp: TcpServer;
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
      handshakeTimeout: deps.limits.tlsHandshakeTimeoutMs,
    });
    this.#server.on('secureConnection', (socket: TLSSocket) => this.#onSecure(socket));
    this.#server.on('tlsClientError', (err, socket) => {
      this.#log.info({ client: clientAddress(socket), reason: err.message }, 'refused TLS handshake');
      // With a listener here, Node leaves the socket open: a stalled handshake would stay forever.
      socket.destroy();
    });
    this.#tcp = createTcpServer((socket) => this.#onTcp(socket));
    // A server error after listening (e.g. out of file descriptors) must not end the process.
    this.#tcp.on('error', (err: Error) => this.#log.error({ err: err.message }, 'listener error'));
    reloader?.attach(this.#server);
  }

  /** Reads the ClientHello, then refuses the connection or hands it to the TLS server. */
  #onTcp(socket: Socket): void {
    if (!this.#deps.admission.admit(socket, this.config.name)) return;
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => socket.destroy(), this.#deps.limits.tlsHandshakeTimeoutMs);
    timer.unref();
    const handOver = () => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('error', onError);
      socket.off('end', onError);
      if (socket.destroyed) return;
      socket.pause();
      socket.unshift(Buffer.concat(chunks));
      this.#server.emit('connection', socket);
    };
    const onError = () => {
      clearTimeout(timer);
      socket.destroy();
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      const hello = peekClientHello(chunks.length === 1 ? chunk : Buffer.concat(chunks));
      if (hello.kind === 'incomplete') return;
      socket.off('data', onData);
      socket.pause();
      // No name, or not a readable ClientHello: the TLS server answers (closed after the
      // handshake with SLUICE_ROUTE_NO_SNI, or refused by OpenSSL).
      if (hello.kind === 'unreadable' || hello.serverName === undefined) {
        handOver();
        return;
      }
      this.#checkName(hello.serverName).then((ok) => {
        if (ok) handOver();
        else {
          clearTimeout(timer);
          refuse(socket);
        }
      });
    };
    socket.on('data', onData);
    socket.on('error', onError);
    socket.on('end', onError);
  }

  /** Whether the name routes somewhere; a refusal is logged once. */
  async #checkName(name: string): Promise<boolean> {
    const route = this.router.route(name);
    if (!route) {
      this.#log.warn(
        { serverName: name, code: 'SLUICE_ROUTE_UNKNOWN_HOST' },
        'refused connection: unknown SNI name',
      );
      return false;
    }
    if (route.kind === 'bootstrap') return true;
    // A broker name: the node id must be one the upstream cluster reports (refresh once).
    try {
      await this.#deps.cache.resolve(route.nodeId);
      return true;
    } catch (err) {
      this.#log.warn(
        {
          serverName: name,
          nodeId: route.nodeId,
          code: (err as { code?: string }).code ?? 'SLUICE_ROUTE_UNKNOWN_NODE',
        },
        'refused connection: SNI name names no upstream broker',
      );
      return false;
    }
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
    acceptClient(
      socket,
      route,
      this.config.name,
      this.#filters,
      this.#deps,
      this.config.maxFrameBytes,
      name,
      withPooledTlsReads(socket),
    );
  }

  async start(): Promise<void> {
    this.#port = await listen(this.#tcp, this.config.host, this.config.port);
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
    await closeServer(this.#tcp);
  }
}

/** The `unrecognized_name` alert, then the socket is closed (destroyed if the client lingers). */
function refuse(socket: Socket): void {
  socket.end(UNRECOGNIZED_NAME_ALERT);
  setTimeout(() => socket.destroy(), 1000).unref();
  socket.resume(); // read (and drop) whatever else the client sends, so its FIN is seen
}
