// Helpers shared by the address rewrites: every broker address a client sees is produced by
// the listener it came in on, so no upstream host or port can leak.
import type { UpstreamBroker } from '../routing/metadata-cache.ts';
import type { FilterContext } from './filter.ts';

export interface BrokerAddressFields {
  host: string;
  port: number;
}

/**
 * Replace host/port of each endpoint with the advertised address of its node, after
 * recording the upstream address in the metadata cache. Resolves once every newly needed
 * broker address (e.g. a port-routing port) is ready to accept connections.
 */
export function rewriteEndpoints<E extends BrokerAddressFields>(
  endpoints: Iterable<E>,
  nodeIdOf: (e: E) => number,
  ctx: FilterContext,
  observe = true,
): Promise<void> | undefined {
  const list = [...endpoints];
  if (list.length === 0) return undefined;
  if (observe) {
    ctx.cache.observe(list.map((e): UpstreamBroker => ({ nodeId: nodeIdOf(e), host: e.host, port: e.port })));
  }
  const waits: Promise<void>[] = [];
  for (const e of list) {
    const nodeId = nodeIdOf(e);
    if (nodeId < 0) continue; // "no node" markers (errors) carry no address worth hiding
    const a = ctx.advertised.broker(nodeId);
    e.host = a.host;
    e.port = a.port;
    const ready = ctx.advertised.ready?.(nodeId);
    if (ready) waits.push(ready);
  }
  ctx.markModified();
  return waits.length > 0 ? Promise.all(waits).then(() => undefined) : undefined;
}

export function thenReturn<T>(wait: Promise<void> | undefined, value: T): T | Promise<T> {
  return wait ? wait.then(() => value) : value;
}
