// Which accepted sockets may become connections: at most limits.maxConnections open over
// every listener, limits.maxConnectionsPerIp from one address, and new ones from an address at
// limits.connectionsPerSecondPerIp (a token bucket). Checked at TCP accept, before TLS or any
// Kafka byte, so a flood costs a descriptor for an instant and nothing upstream.
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import type { LimitsConfig } from '../config/schema.ts';

export type RefusalReason = 'max_connections' | 'max_connections_per_ip' | 'connection_rate';

export type ConnectionLimits = Pick<
  LimitsConfig,
  'maxConnections' | 'maxConnectionsPerIp' | 'connectionsPerSecondPerIp'
>;

interface Peer {
  open: number;
  tokens: number;
  at: number;
}

/** A refused address is logged at most this often, so a flood does not flood the log too. */
const LOG_EVERY_MS = 10_000;

export class ConnectionAdmission {
  readonly #limits: ConnectionLimits;
  readonly #log: Logger;
  readonly #refused: (listener: string, reason: RefusalReason) => void;
  readonly #peers = new Map<string, Peer>();
  readonly #loggedAt = new Map<string, number>();
  #open = 0;

  constructor(
    limits: ConnectionLimits,
    log: Logger,
    refused: (listener: string, reason: RefusalReason) => void = () => {},
  ) {
    this.#limits = limits;
    this.#log = log;
    this.#refused = refused;
  }

  /** Connections admitted and not yet closed. */
  get open(): number {
    return this.#open;
  }

  /** Admits `socket` (counted until it closes) or destroys it; true when admitted. */
  admit(socket: Socket, listener: string): boolean {
    const ip = socket.remoteAddress ?? '?';
    const now = Date.now();
    const peer = this.#peer(ip, now);
    const reason = this.#refusal(peer);
    if (reason) {
      this.#refused(listener, reason);
      const logged = this.#loggedAt.get(ip) ?? 0;
      if (now - logged >= LOG_EVERY_MS) {
        this.#loggedAt.set(ip, now);
        this.#log.warn(
          { listener, client: ip, reason, open: this.#open },
          'refused connection: over a limit',
        );
      }
      socket.destroy();
      return false;
    }
    peer.tokens -= 1;
    peer.open += 1;
    this.#open += 1;
    socket.once('close', () => {
      this.#open -= 1;
      peer.open -= 1;
    });
    return true;
  }

  #refusal(peer: Peer): RefusalReason | undefined {
    if (this.#open >= this.#limits.maxConnections) return 'max_connections';
    if (peer.open >= this.#limits.maxConnectionsPerIp) return 'max_connections_per_ip';
    if (peer.tokens < 1) return 'connection_rate';
    return undefined;
  }

  /** The address's bucket, refilled for the time since it was last seen. */
  #peer(ip: string, now: number): Peer {
    const rate = this.#limits.connectionsPerSecondPerIp;
    let peer = this.#peers.get(ip);
    if (!peer) {
      if (this.#peers.size >= 10_000) this.#prune(now);
      peer = { open: 0, tokens: rate, at: now };
      this.#peers.set(ip, peer);
      return peer;
    }
    peer.tokens = Math.min(rate, peer.tokens + ((now - peer.at) / 1000) * rate);
    peer.at = now;
    return peer;
  }

  /** Forgets addresses with nothing open whose bucket has refilled: they start afresh anyway. */
  #prune(now: number): void {
    for (const [ip, p] of this.#peers) {
      if (p.open === 0 && now - p.at >= 1000) {
        this.#peers.delete(ip);
        this.#loggedAt.delete(ip);
      }
    }
  }
}
