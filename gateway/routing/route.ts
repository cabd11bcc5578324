// What a client connection is for: the cluster bootstrap (any broker will do) or one broker.
export type Route = { kind: 'bootstrap' } | { kind: 'broker'; nodeId: number };

export interface HostPort {
  host: string;
  port: number;
}

/**
 * The addresses one listener advertises to its clients. Every broker address that leaves
 * Sluice is produced here, never copied from an upstream response.
 */
export interface AdvertisedAddresses {
  bootstrap(): HostPort;
  broker(nodeId: number): HostPort;
}

/** A listener's advertised addresses; `ready` resolves once a broker's address accepts connections. */
export interface ListenerAddresses extends AdvertisedAddresses {
  /** Undefined when it does already (keeps the response path synchronous). */
  ready?(nodeId: number): Promise<void> | undefined;
}

export function formatHostPort(a: HostPort): string {
  return a.host.includes(':') ? `[${a.host}]:${a.port}` : `${a.host}:${a.port}`;
}

/** Parse "host:port" or "[v6]:port" (validated by the config already). */
export function parseHostPort(s: string): HostPort {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(s) ?? /^([^:]+):(\d+)$/.exec(s);
  if (!m) throw new TypeError(`not host:port: ${s}`);
  return { host: m[1], port: Number(m[2]) };
}
