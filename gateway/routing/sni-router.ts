// Maps the SNI name a client sent to a route: the bootstrap host name, or a broker host name
// built from the pattern (e.g. brokermain{nodeId}-gateway.example.com). The name only ever
// selects a node id; the address dialled comes from upstream metadata (no SSRF).
import type { SniListenerConfig } from '../config/schema.ts';
import { NODE_ID_PLACEHOLDER } from '../config/validate.ts';
import type { AdvertisedAddresses, HostPort, Route } from './route.ts';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Node ids are int32 >= 0; leading zeros would give two names for one broker, so refuse them.
const NODE_ID = '(0|[1-9][0-9]{0,9})';

export class SniRouter implements AdvertisedAddresses {
  #bootstrapHost: string;
  #pattern: string;
  #regex: RegExp;
  #port: number;

  constructor(cfg: Pick<SniListenerConfig, 'bootstrapHost' | 'brokerHostPattern' | 'advertisedPort'>) {
    this.#bootstrapHost = cfg.bootstrapHost.toLowerCase();
    const [prefix, suffix] = cfg.brokerHostPattern.toLowerCase().split(NODE_ID_PLACEHOLDER.toLowerCase());
    this.#pattern = `${prefix}${NODE_ID_PLACEHOLDER}${suffix}`;
    this.#regex = new RegExp(`^${escapeRegExp(prefix)}${NODE_ID}${escapeRegExp(suffix)}$`);
    this.#port = cfg.advertisedPort;
  }

  /** The route for an SNI name, or undefined when the name is not one of ours. */
  route(serverName: string | undefined | false): Route | undefined {
    if (!serverName) return undefined;
    // DNS names are case-insensitive; a trailing dot is the same (fully qualified) name.
    const name = serverName.toLowerCase().replace(/\.$/, '');
    if (name === this.#bootstrapHost) return { kind: 'bootstrap' };
    const m = this.#regex.exec(name);
    if (!m) return undefined;
    const nodeId = Number(m[1]);
    if (nodeId > 0x7fffffff) return undefined;
    return { kind: 'broker', nodeId };
  }

  bootstrap(): HostPort {
    return { host: this.#bootstrapHost, port: this.#port };
  }

  broker(nodeId: number): HostPort {
    return { host: this.#pattern.replace(NODE_ID_PLACEHOLDER, String(nodeId)), port: this.#port };
  }
}
