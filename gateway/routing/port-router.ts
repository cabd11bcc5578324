// Port routing: the bootstrap port, and brokerPortBase + nodeId for each broker. The mapping
// is arithmetic, so every Sluice replica with the same config advertises the same ports.
import type { PortListenerConfig } from '../config/schema.ts';
import type { AdvertisedAddresses, HostPort, Route } from './route.ts';

export const MAX_PORT = 65535;

export class PortRouter implements AdvertisedAddresses {
  #cfg: Pick<PortListenerConfig, 'port' | 'advertisedHost' | 'brokerPortBase'>;

  constructor(cfg: Pick<PortListenerConfig, 'port' | 'advertisedHost' | 'brokerPortBase'>) {
    this.#cfg = cfg;
  }

  /** The local port that serves a broker, or undefined when the node id does not fit. */
  brokerPort(nodeId: number): number | undefined {
    const port = this.#cfg.brokerPortBase + nodeId;
    if (nodeId < 0 || port > MAX_PORT || port === this.#cfg.port) return undefined;
    return port;
  }

  /** Which route a local port serves. */
  route(localPort: number): Route | undefined {
    if (localPort === this.#cfg.port) return { kind: 'bootstrap' };
    const nodeId = localPort - this.#cfg.brokerPortBase;
    return nodeId >= 0 ? { kind: 'broker', nodeId } : undefined;
  }

  bootstrap(): HostPort {
    return { host: this.#cfg.advertisedHost, port: this.#cfg.port };
  }

  broker(nodeId: number): HostPort {
    const port = this.brokerPort(nodeId);
    if (port === undefined)
      throw new RangeError(`node id ${nodeId} has no port at base ${this.#cfg.brokerPortBase}`);
    return { host: this.#cfg.advertisedHost, port };
  }
}
