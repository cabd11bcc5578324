// Every broker address a client sees is the listener's own, produced by its AdvertisedAddresses,
// never copied from an upstream response, so no upstream host or port can leak. The upstream
// addresses are recorded in the metadata cache on the way (Sluice dials only addresses the
// cluster itself reported). One filter for every response that carries broker addresses:
// Metadata, FindCoordinator (v0-3 one coordinator, v4+ a batch), DescribeCluster, and the KIP-951
// NodeEndpoints of Produce v10+, Fetch v16+, ShareFetch and ShareAcknowledge. A response that
// waits for a new broker port (port routing) is sent once that port accepts connections.
// A Fetch v16+ response that nothing else decodes is rewritten as it streams
// (fetch-endpoints-streamed.ts), so consumers keep cut-through speed.
import { API_KEYS } from '../../kafka/apis.ts';
import { produceResponseHasTopLevelTags } from '../../kafka/produce-tail.ts';
import { defineFilter, type Filter, type FilterContext } from '../pipeline/filter.ts';
import type { MetadataCache, UpstreamBroker } from '../routing/metadata-cache.ts';
import type { ListenerAddresses } from '../routing/route.ts';
import { StreamedFetchEndpoints } from './fetch-endpoints-streamed.ts';

interface Endpoint {
  host: string;
  port: number;
}

// KIP-919: DescribeCluster endpointType 2 lists controllers, which are not brokers clients reach.
const ENDPOINT_TYPE_CONTROLLER = 2;

export interface BrokerAddressesDeps {
  advertised: ListenerAddresses;
  cache: MetadataCache;
}

export function brokerAddresses({ advertised, cache }: BrokerAddressesDeps): Filter {
  /**
   * Replaces host and port of each endpoint with the advertised address of its node, after
   * recording the upstream address (unless `observe` is false). Resolves once every newly
   * needed broker address is ready to accept connections.
   */
  function rewrite<E extends Endpoint>(
    endpoints: readonly E[] | undefined,
    nodeIdOf: (e: E) => number,
    ctx: FilterContext,
    observe = true,
  ): Promise<undefined> | undefined {
    if (!endpoints || endpoints.length === 0) return undefined;
    ctx.markModified();
    return advertise(endpoints, nodeIdOf, observe);
  }

  function advertise<E extends Endpoint>(
    endpoints: readonly E[],
    nodeIdOf: (e: E) => number,
    observe = true,
  ): Promise<undefined> | undefined {
    if (observe) {
      cache.observe(
        endpoints.map((e): UpstreamBroker => ({ nodeId: nodeIdOf(e), host: e.host, port: e.port })),
      );
    }
    const waits: Promise<void>[] = [];
    for (const e of endpoints) {
      const nodeId = nodeIdOf(e);
      if (nodeId < 0) continue; // "no node" markers (errors) carry no address worth hiding
      const a = advertised.broker(nodeId);
      e.host = a.host;
      e.port = a.port;
      const ready = advertised.ready?.(nodeId);
      if (ready) waits.push(ready);
    }
    return waits.length > 0 ? Promise.all(waits).then(() => undefined) : undefined;
  }

  const nodeEndpoints = {
    on: (res: { nodeEndpoints?: (Endpoint & { nodeId: number })[] }, ctx: FilterContext) =>
      rewrite(res.nodeEndpoints, (e) => e.nodeId, ctx),
  };

  return defineFilter({
    name: 'broker-addresses',
    responses: {
      [API_KEYS.Metadata]: { on: (res, ctx) => rewrite(res.brokers, (b) => b.nodeId, ctx) },
      [API_KEYS.FindCoordinator]: {
        on(res, ctx) {
          if (ctx.head.apiVersion >= 4) {
            const found = (res.coordinators ?? []).filter((c) => c.errorCode === 0 && c.nodeId >= 0);
            return rewrite(found, (c) => c.nodeId, ctx);
          }
          if (res.errorCode !== 0 || res.nodeId === undefined || res.nodeId < 0) return undefined;
          const single = { nodeId: res.nodeId, host: res.host ?? '', port: res.port ?? 0 };
          const wait = rewrite([single], (c) => c.nodeId, ctx);
          res.host = single.host;
          res.port = single.port;
          return wait;
        },
      },
      [API_KEYS.DescribeCluster]: {
        on: (res, ctx) =>
          rewrite(res.brokers, (b) => b.brokerId, ctx, res.endpointType !== ENDPOINT_TYPE_CONTROLLER),
      },
      // NodeEndpoints come only with NOT_LEADER_OR_FOLLOWER answers: most responses pass undecoded.
      [API_KEYS.Produce]: {
        wants: (v) => v >= 10,
        changes: (body, v) => produceResponseHasTopLevelTags(body, v),
        ...nodeEndpoints,
      },
      [API_KEYS.Fetch]: {
        wants: (v) => v >= 16,
        ...nodeEndpoints,
        streamed: (version, ctx) =>
          new StreamedFetchEndpoints(
            version,
            { advertised, cache, advertise: (endpoints) => advertise(endpoints, (e) => e.nodeId) },
            ctx,
          ),
      },
      [API_KEYS.ShareFetch]: nodeEndpoints,
      [API_KEYS.ShareAcknowledge]: nodeEndpoints,
    },
  });
}
