// Port routing: a bootstrap port plus one port per broker (brokerPortBase + nodeId). Broker
// ports open as soon as the metadata cache learns of a node, so a broker added to the
// cluster gets its port without a restart.
import { createServer as createTcpServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import type { Logger } from 'pino';
import type { PortListenerConfig } from '../config/schema.ts';
import type { SocketReader } from '../connection/socket-reader.ts';
import type { Filter } from '../pipeline/filter.ts';
import { PortRouter } from '../routing/port-router.ts';
import type { AdvertisedAddresses, HostPort, Route } from '../routing/route.ts';
import type { CertificateReloader } from '../tls/reloader.ts';
import { serverContextOptions } from '../tls/server-context.ts';
import { acceptClient, clientAddress, type ListenerDeps } from './accept.ts';
import { closeServer, listen } from './listen.ts';
import { withPooledReads, withPooledTlsReads } from './pooled-accept.ts';

const BIND_RETRY_FIRST_MS = 500;
const BIND_RETRY_MAX_MS = 30_000;

export class PortListener {
  readonly config: PortListenerConfig;
  readonly router: PortRouter;
  #deps: ListenerDeps;
  #log: Logger;
  #filters: () => Filter[];
  #reloader: CertificateReloader | undefined;
  #bootstrap: Server | undefined;
  #brokers = new Map<number, { server: Server; ready: Promise<void> }>();
  #stopped = false;

  constructor(config: PortListenerConfig, deps: ListenerDeps, reloader?: CertificateReloader) {
    this.config = config;
    this.router = new PortRouter(config);
    this.#deps = deps;
    this.#reloader = reloader;
    this.#log = deps.log.child({ listener: config.name });
    const router = this.router;
    // Rewrites ask for a broker's address; awaiting `ready` guarantees its port is bound
    // before the client can learn about it.
    const advertised: AdvertisedAddresses & { ready(nodeId: number): Promise<void> | undefined } = {
      bootstrap: (): HostPort => router.bootstrap(),
      broker: (nodeId: number): HostPort => router.broker(nodeId),
      ready: (nodeId: number) => this.#ensureBroker(nodeId),
    };
    this.#filters = deps.filtersFor(config.name, advertised);
  }

  #createServer(route: (localPort: number) => Route | undefined): Server {
    const onSocket = (socket: Socket, serverName?: string, reader?: SocketReader) => {
      const r = route(socket.localPort ?? 0);
      if (!r) {
        socket.destroy();
        return;
      }
      acceptClient(
        socket,
        r,
        this.config.name,
        this.#filters,
        this.#deps,
        this.config.maxFrameBytes,
        serverName,
        reader,
      );
    };
    const admitted = (s: Socket) => this.#deps.admission.admit(s, this.config.name);
    const tls = this.config.tls;
    if (!tls) {
      return this.#logErrors(
        createTcpServer({ noDelay: true, pauseOnConnect: true }, (accepted) => {
          const { socket, reader } = withPooledReads(accepted);
          if (admitted(socket)) onSocket(socket, undefined, reader);
        }),
      );
    }
    const server = createTlsServer({
      ...serverContextOptions(tls),
      requestCert: tls.clientAuth !== 'none',
      rejectUnauthorized: tls.clientAuth === 'required',
      handshakeTimeout: this.#deps.limits.tlsHandshakeTimeoutMs,
    });
    server.on('secureConnection', (s: TLSSocket) =>
      onSocket(s, s.servername || undefined, withPooledTlsReads(s)),
    );
    server.on('tlsClientError', (err, s) => {
      this.#log.info({ client: clientAddress(s), reason: err.message }, 'refused TLS handshake');
      // With a listener here, Node leaves the socket open: a stalled handshake would stay forever.
      s.destroy();
    });
    this.#reloader?.attach(server);
    // Admission before TLS: a refused socket costs no handshake.
    return this.#logErrors(
      createTcpServer({ noDelay: true }, (s) => {
        if (admitted(s)) server.emit('connection', s);
      }),
    );
  }

  // A server error after listening (e.g. out of file descriptors) must not end the process.
  #logErrors<S extends Server>(server: S): S {
    server.on('error', (err: Error) => this.#log.error({ err: err.message }, 'listener error'));
    return server;
  }

  /** The bootstrap port. */
  get port(): number {
    return this.config.port;
  }

  async start(): Promise<void> {
    this.#bootstrap = this.#createServer(() => ({ kind: 'bootstrap' }));
    await listen(this.#bootstrap, this.config.host, this.config.port);
    this.#log.info({ bind: `${this.config.host}:${this.config.port}` }, 'port listener: bootstrap ready');
    this.#deps.cache.onNewNode((nodeId) => void this.#ensureBroker(nodeId));
    await Promise.all(this.#deps.cache.nodeIds().map((id) => this.#ensureBroker(id)));
  }

  /** Undefined when the port is already listening (keeps the response path synchronous). */
  #ensureBroker(nodeId: number): Promise<void> | undefined {
    const existing = this.#brokers.get(nodeId);
    if (existing?.server.listening) return undefined;
    if (existing) return existing.ready;
    const port = this.router.brokerPort(nodeId);
    if (port === undefined || this.#stopped) {
      this.#log.error({ nodeId, base: this.config.brokerPortBase }, 'node id has no port in this listener');
      return undefined;
    }
    return this.#bindBroker(nodeId, port, BIND_RETRY_FIRST_MS);
  }

  // A port can be taken for a while (another process, or an outgoing connection's ephemeral
  // port), so a failed bind is retried with backoff instead of leaving the broker unreachable.
  #bindBroker(nodeId: number, port: number, nextRetryMs: number): Promise<void> {
    const server = this.#createServer(() => ({ kind: 'broker', nodeId }));
    const ready = listen(server, this.config.host, port).then(
      () =>
        this.#log.info({ nodeId, bind: `${this.config.host}:${port}` }, 'port listener: broker port ready'),
      (err: Error) => {
        this.#log.error(
          { nodeId, port, err: err.message, retryInMs: nextRetryMs },
          'cannot bind broker port',
        );
        const timer = setTimeout(() => {
          if (this.#stopped || this.#brokers.get(nodeId)?.server !== server) return;
          void this.#bindBroker(nodeId, port, Math.min(nextRetryMs * 2, BIND_RETRY_MAX_MS));
        }, nextRetryMs);
        timer.unref();
      },
    );
    this.#brokers.set(nodeId, { server, ready });
    return ready;
  }

  /** Ports bound now: bootstrap first, then brokers by node id. */
  boundPorts(): { bootstrap: number; brokers: Record<number, number> } {
    const brokers: Record<number, number> = {};
    for (const [id, { server }] of this.#brokers)
      if (server.listening) brokers[id] = this.router.brokerPort(id)!;
    return { bootstrap: this.config.port, brokers };
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    const servers = [this.#bootstrap, ...[...this.#brokers.values()].map((b) => b.server)];
    await Promise.all(servers.filter((s): s is Server => s !== undefined).map(closeServer));
  }
}
